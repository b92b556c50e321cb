"""Where `deskbook build` writes: only inside its output folder, one owner per output file, the same bytes on
every build, and `--keep-going` doing what its help says.

Run with: python3 -m pytest Tests/CommandLine/test_output_paths.py -q (DESKBOOK_BIN picks the binary). The
byte-for-byte test builds a corpus from ../shared/corpus twice and takes a few minutes with a debug binary.
"""
import filecmp
import os
import pathlib
import subprocess

import pytest

from test_commands import BINARY, DIAGNOSTIC, ROOT, deskbook, site, write_page  # noqa: F401 (site is a fixture)

CORPUS = ROOT.parent / "shared" / "corpus" / "alchemyinsights-ru"


def tree(folder):
    """Every path under `folder`, relative to it, folders included."""
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*")}


def diagnostics(stderr):
    """(file name, line, severity, message) of each diagnostic line."""
    found = []
    for line in stderr.splitlines():
        match = DIAGNOSTIC.match(line)
        if match:
            found.append((pathlib.Path(match["path"]).name, int(match["line"]), match["severity"], line.split(": ", 2)[-1]))
    return found


def test_a_folder_named_by_dots_writes_nothing_outside_the_output(tmp_path, site):
    """`-..` slugged to `..`: pages were written two levels above the site and the sitemap listed /en/../../."""
    folder = site / "content" / "en" / "-.." / "-.." / "-.." / "-.."
    folder.mkdir(parents=True)
    (folder / "pwned.md").write_text("---\ntitle: Pwned\n---\nHello\n")
    before = tree(tmp_path)
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    written = tree(tmp_path) - before
    # site/.deskbook/ keeps the embedding cache of semantic search.
    outside = [path for path in written if not path.startswith(("site/public", "site/.public.deskbook-", "site/.deskbook"))]
    assert not outside, sorted(outside)[:10]
    sitemap = (site / "public" / "sitemap.xml").read_text()
    assert ".." not in sitemap
    assert "/en/page/page/page/page/pwned/" in sitemap
    assert (site / "public" / "en" / "page" / "page" / "page" / "page" / "pwned" / "index.html").is_file()


def test_a_name_too_long_once_lowercased_is_an_error_at_the_file(site):
    """`İ` is two bytes and `i̇` three: the file system takes the name but not its slug (was a raw NSCocoaError)."""
    name = "İ" * 120
    write_page(site, f"en/{name}.md", "---\ntitle: Long\n---\nText\n")
    write_page(site, f"en/{name}/inside.md", "---\ntitle: Inside\n---\nText\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 1
    assert "NSCocoaError" not in result.stderr and "could not write" not in result.stderr
    found = diagnostics(result.stderr)
    assert {(file, line, severity) for file, line, severity, _ in found} == {(f"{name}.md", 1, "error"), ("inside.md", 1, "error")}
    assert all("255-byte limit" in message for *_, message in found)


GENERATED = ["/en/search/", "/en/request/", "/sitemap.xml", "/404.html", "/en/feed.xml", "/search/search.js", "/en/getting-started/welcome/"]


@pytest.mark.parametrize("alias", GENERATED)
def test_an_alias_that_claims_another_output_is_an_error_at_its_line(site, alias):
    """Was a random winner between builds (search, request) or NSCocoaErrorDomain Code=512 (files)."""
    write_page(site, "en/moved.md", f"---\ntitle: Moved\naliases:\n  - /en/old-moved/\n  - {alias}\n---\nText\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 1, result.stderr
    assert "NSCocoaError" not in result.stderr
    assert [(file, line, severity) for file, line, severity, _ in diagnostics(result.stderr)] == [("moved.md", 5, "error")]
    assert "clashes with" in result.stderr


@pytest.mark.parametrize("page", ["en/request.md", "en/search/_index.md", "en/search.md"])
def test_a_page_at_a_generated_url_is_an_error_at_line_1(site, page):
    write_page(site, page, "---\ntitle: Written by hand\n---\nText\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 1, result.stderr
    found = diagnostics(result.stderr)
    assert [(file, line, severity) for file, line, severity, _ in found] == [(pathlib.Path(page).name, 1, "error")]


def test_keep_going_publishes_the_generated_page_and_leaves_the_clash_out(site):
    write_page(site, "en/request.md", "---\ntitle: Written by hand\n---\nText\n")
    write_page(site, "en/moved.md", "---\ntitle: Moved\naliases: [/en/search/]\n---\nText\n")
    for _ in range(2):
        result = deskbook("build", "--source", site, "--keep-going")
        assert result.returncode == 1
        assert "Written by hand" not in (site / "public" / "en" / "request" / "index.html").read_text()
        assert 'http-equiv="refresh"' not in (site / "public" / "en" / "search" / "index.html").read_text()
    assert "(en: 2 articles)" in result.stdout, result.stdout


def test_keep_going_publishes_a_broken_link_as_its_text_and_says_so(site):
    """Its help said pages with errors are left out, yet the page was published with href="nope.md"."""
    write_page(site, "en/linking.md", "---\ntitle: Linking\n---\n\nRead [the missing guide](nope.md) first.\n")
    result = deskbook("build", "--source", site, "--keep-going")
    assert result.returncode == 1
    assert [(file, line) for file, line, *_ in diagnostics(result.stderr)] == [("linking.md", 5)]
    assert "broken links published as text" in result.stdout
    html = (site / "public" / "en" / "linking" / "index.html").read_text()
    assert "<p>Read the missing guide first.</p>" in html
    assert "nope.md" not in html
    help_text = " ".join(deskbook("build", "--help").stdout.split())
    assert "broken link is published as its text" in help_text
    readme = " ".join((ROOT / "README.md").read_text().split())
    assert "a broken link is published as its text without the link" in readme


def build_into(source, output, *options):
    result = subprocess.run(
        [BINARY, "build", "--source", str(source), "--output", str(output), *options],
        capture_output=True, text=True, timeout=900,
    )
    assert result.returncode in (0, 1), result.stderr[-2000:]
    assert (output / "index.html").is_file(), result.stderr[-2000:]
    return result


def assert_same_files(first, second):
    assert tree(first) == tree(second)
    files = sorted(path for path in tree(first) if (first / path).is_file())
    _, mismatch, errors = filecmp.cmpfiles(first, second, files, shallow=False)
    assert not mismatch and not errors, f"{len(mismatch)} files differ, e.g. {mismatch[:5]}"


def test_the_example_site_builds_byte_identical_twice(tmp_path):
    for name in ("first", "second"):
        result = build_into(ROOT, tmp_path / name)
        assert result.returncode == 0, result.stderr
    assert_same_files(tmp_path / "first", tmp_path / "second")


def test_a_corpus_builds_byte_identical_twice(tmp_path):
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is not here")
    source = tmp_path / "site"
    (source / "content").mkdir(parents=True)
    (source / "content" / "ru").symlink_to(CORPUS)
    (source / "deskbook.yml").write_text("title: Corpus\nbase_url: https://example.com/\nlanguages: [ru]\nbroken_links: warn\n")
    for name in ("first", "second"):
        build_into(source, tmp_path / name, "--keep-going")
    assert_same_files(tmp_path / "first", tmp_path / "second")
