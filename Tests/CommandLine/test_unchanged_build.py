"""`deskbook build` with nothing changed reports the last build again instead of making the same site.

The last one-shot build records the fingerprint of its inputs (the stamp of every file of the site folder, the
options, the day and the executable) beside the output, `.public.deskbook-build`. A build with the same fingerprint,
into an output still as that build left it (`.public.deskbook-manifest`), prints the same diagnostics and summary and
exits with the same code, touching nothing. Any change to an input, an option or the output means a full build.
Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import os
import time

import pytest

from test_commands import deskbook, site, write_page  # noqa: F401 (site is a fixture)


def contents(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def settle():
    """Files changed within the last second are not trusted by their stamps (a coarse clock could give a second
    write the same stamp), so wait until the site's files are older than that."""
    time.sleep(1.1)


def build(site, *options):
    return deskbook("build", "--source", site, "--timings", *options)


def reported_again(result):
    return "unchanged since the last build" in result.stderr


def diagnostics(result):
    return [line for line in result.stderr.splitlines() if ": error: " in line or ": warning: " in line]


@pytest.fixture
def settled(site):
    write_page(site, "en/guide/broken.md", "---\ntitle: Broken\n---\nSee [the missing page](missing.md).\n")
    write_page(site, "en/guide/fine.md", "---\ntitle: Fine\n---\nFine text.\n")
    settle()
    return site


def test_a_second_build_reports_the_first_again_and_touches_nothing(settled):
    first = build(settled, "--keep-going")
    assert first.returncode == 1 and not reported_again(first)
    published = contents(settled / "public")
    inodes = {path: path.stat().st_ino for path in (settled / "public").rglob("*")}
    second = build(settled, "--keep-going")
    assert reported_again(second), second.stderr
    assert second.returncode == first.returncode
    assert diagnostics(second) == diagnostics(first) and any("missing.md" in line for line in diagnostics(second))
    assert second.stdout.split(" in ")[0] == first.stdout.split(" in ")[0]
    assert contents(settled / "public") == published
    assert {path: path.stat().st_ino for path in (settled / "public").rglob("*")} == inodes


@pytest.mark.parametrize("change", ["edit", "touch", "add", "delete", "folder", "config"])
def test_a_changed_input_is_built(settled, change):
    assert build(settled, "--keep-going").returncode == 1
    page = settled / "content/en/guide/fine.md"
    if change == "edit":
        page.write_text("---\ntitle: Fine\n---\nFine text, edited.\n")
    elif change == "touch":
        os.utime(page)
    elif change == "add":
        write_page(settled, "en/guide/new.md", "---\ntitle: New\n---\nNew text.\n")
    elif change == "delete":
        page.unlink()
    elif change == "folder":
        (settled / "content/en/empty").mkdir()
    else:
        (settled / "deskbook.yml").write_text((settled / "deskbook.yml").read_text() + "\n# a comment\n")
    again = build(settled, "--keep-going")
    assert not reported_again(again), change
    if change == "edit":
        assert "Fine text, edited." in (settled / "public/en/guide/fine/index.html").read_text()
    if change == "add":
        assert (settled / "public/en/guide/new/index.html").is_file()
    if change == "delete":
        assert not (settled / "public/en/guide/fine").exists()


@pytest.mark.parametrize("options", [["--drafts"], ["--base-url", "https://other.example/"], ["--strict"], ["--no-search"]])
def test_other_options_are_built(settled, options):
    assert build(settled, "--keep-going").returncode == 1
    again = build(settled, "--keep-going", *options)
    assert not reported_again(again), options


@pytest.mark.parametrize("tampering", ["edit", "delete", "add", "record"])
def test_an_output_changed_by_hand_is_built_again(settled, tampering):
    assert build(settled, "--keep-going").returncode == 1
    expected = contents(settled / "public")
    page = settled / "public/en/guide/fine/index.html"
    if tampering == "edit":
        page.write_bytes(page.read_bytes().replace(b"Fine text.", b"Vandalised."))
    elif tampering == "delete":
        page.unlink()
    elif tampering == "add":
        (settled / "public/en/guide/stray.html").write_text("stray")
    else:
        (settled / ".public.deskbook-build").write_text("{not json")
    again = build(settled, "--keep-going")
    assert not reported_again(again), tampering
    assert contents(settled / "public") == expected


def test_a_site_with_a_symbolic_link_is_always_built(settled):
    (settled / "content/en/guide/alias.md").symlink_to(settled / "content/en/guide/fine.md")
    settle()
    build(settled, "--keep-going")
    assert not reported_again(build(settled, "--keep-going"))


def test_a_file_changed_just_before_the_build_is_not_trusted(site):
    """Within one tick of a coarse file-system clock, a second write of the same size could keep the stamp: a
    build right after a change records nothing, so the build after it is a full one too."""
    write_page(site, "en/guide/fresh.md", "---\ntitle: Fresh\n---\nAAAA.\n")
    assert build(site).returncode == 0
    write_page(site, "en/guide/fresh.md", "---\ntitle: Fresh\n---\nBBBB.\n")
    again = build(site)
    assert not reported_again(again)
    assert "BBBB." in (site / "public/en/guide/fresh/index.html").read_text()
