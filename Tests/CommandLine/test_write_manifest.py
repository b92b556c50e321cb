"""`deskbook build` writes only what changed, and never trusts its write manifest blindly.

A build recycles the site the build before last published (`.public.deskbook-previous`) as its staging folder
and skips a file that the manifest `.public.deskbook-manifest` shows to hold its bytes already: same inode,
size, modification and change times as when it was written. A file edited, replaced or deleted by hand is
written again, and a build that is stopped part way leaves the published site whole.
Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import os
import re
import signal
import subprocess
import time

import pytest

from test_commands import BINARY, deskbook, site, write_page  # noqa: F401 (site is a fixture)


def stamps(folder):
    """Inode and modification time (ns) of every file below `folder`, by relative path."""
    return {
        str(path.relative_to(folder)): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in folder.rglob("*") if path.is_file()
    }


def contents(folder):
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def build(site):
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    return result


def rebuild(site):
    """A full build of the same content: touching deskbook.yml keeps a build from reporting the last one again
    (test_unchanged_build.py), so it renders every page and goes through the manifest."""
    os.utime(site / "deskbook.yml")
    return build(site)


@pytest.fixture
def built(site):
    """A site with a few pages, built three times, so that both the published and the replaced site exist."""
    for number in range(5):
        write_page(site, f"en/guide/page-{number}.md", f"---\ntitle: Page {number}\n---\nText of page {number}.\n")
    for _ in range(3):
        rebuild(site)
    return site


def test_a_full_build_with_nothing_changed_rewrites_no_file(built):
    recycled = stamps(built / ".public.deskbook-previous")
    assert recycled
    rebuild(built)
    assert stamps(built / "public") == recycled


def test_a_changed_page_is_the_only_page_rewritten(built):
    write_page(built, "en/guide/page-2.md", "---\ntitle: Page 2\n---\nNew text of page 2.\n")
    recycled = stamps(built / ".public.deskbook-previous")
    build(built)
    after = stamps(built / "public")
    changed = {path for path in after if after[path] != recycled.get(path)}
    assert "en/guide/page-2/index.html" in changed
    assert not any(path.endswith("index.html") and "page-2" not in path for path in changed), changed
    assert "New text of page 2." in (built / "public/en/guide/page-2/index.html").read_text()


def test_files_edited_or_deleted_by_hand_are_restored(built):
    expected = contents(built / "public")
    page = "en/guide/page-1/index.html"
    for folder in ("public", ".public.deskbook-previous"):
        edited = built / folder / page
        before = edited.stat()
        # An edit of the same size with the old modification time set back: only the change time tells it.
        edited.write_bytes(edited.read_bytes().replace(b"Text of page 1", b"Text of page X"))
        os.utime(edited, ns=(before.st_atime_ns, before.st_mtime_ns))
        assert edited.stat().st_size == before.st_size
        (built / folder / "en/guide/page-3/index.html").unlink()
    for _ in range(2):
        rebuild(built)
        assert contents(built / "public") == expected


def test_a_torn_or_foreign_manifest_only_costs_writes(built):
    expected = contents(built / "public")
    manifest = built / ".public.deskbook-manifest"
    assert manifest.is_file()
    manifest.write_text(manifest.read_text()[:200])
    build(built)
    assert contents(built / "public") == expected
    manifest.unlink()
    manifest.symlink_to(built / "content/en/guide/page-0.md")
    build(built)
    assert contents(built / "public") == expected
    assert not manifest.is_symlink() and "Text of page 0." in (built / "content/en/guide/page-0.md").read_text()


def hosts(folder):
    """The host of the canonical link of every page below `folder`, with how many pages have it."""
    found = {}
    for page in folder.rglob("index.html"):
        match = re.search(r'<link rel="canonical" href="https://(\w+)\.example/', page.read_text())
        host = match[1] if match else None
        found[host] = found.get(host, 0) + 1
    return found


def test_a_build_stopped_part_way_leaves_the_last_whole_site(site):
    """Builds killed at different moments: the published site is always one whole build, and the next complete
    build publishes every page anew, whatever the stopped one left in the staging folder."""
    for section in range(10):
        write_page(site, f"en/s{section}/_index.md", f"---\ntitle: Section {section}\n---\n")
        for number in range(60):
            write_page(site, f"en/s{section}/p{number}.md", f"---\ntitle: Page {section}-{number}\n---\nPage {number}.\n")
    assert deskbook("build", "--source", site, "--base-url", "https://old.example/").returncode == 0
    pages = sum(hosts(site / "public").values())
    killed = 0
    for delay in (0.05, 0.2, 0.4, 0.7, 1.0, 1.5, 2.0):
        build = subprocess.Popen([BINARY, "build", "--source", site, "--base-url", "https://new.example/"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if build.poll() is None:
            build.send_signal(signal.SIGKILL)
            killed += 1
        build.wait(timeout=300)
        published = hosts(site / "public")
        assert len(published) == 1 and None not in published and sum(published.values()) == pages, published
        if build.returncode == 0:
            assert deskbook("build", "--source", site, "--base-url", "https://old.example/").returncode == 0
    assert killed > 0
    assert deskbook("build", "--source", site, "--base-url", "https://new.example/").returncode == 0
    assert hosts(site / "public") == {"new": pages}
