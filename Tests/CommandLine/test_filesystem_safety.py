"""`deskbook build` stays inside its folders, whatever the content or the command line asks.

It reads nothing outside the site folder (a symbolic link is followed only when it stays inside), replaces no
folder it did not write, never builds over its own inputs, and builds of one output folder take turns, so the
published site is always one whole build. Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks
the binary).
"""
import fcntl
import os
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BINARY = os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "debug" / "deskbook"))
TOKEN = "ci-token-4f1d9a0c7e"


def deskbook(*arguments, cwd=None):
    environment = {**os.environ, "DESKBOOK_TEST_TOKEN": TOKEN}
    return subprocess.run(
        [BINARY, *map(str, arguments)], capture_output=True, text=True, timeout=300, cwd=cwd, env=environment
    )


@pytest.fixture
def site(tmp_path):
    """A new site from `deskbook init`, beside a folder of secrets."""
    source = tmp_path / "site"
    result = deskbook("init", source)
    assert result.returncode == 0, result.stderr
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "token.md").write_text(f"---\ntitle: Leaked\n---\n{TOKEN}\n")
    (secrets / "token.txt").write_text(TOKEN)
    return source


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def link(path, target):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.symlink_to(target)


def errors_at(result):
    """The (path, message) of every error diagnostic."""
    found = re.findall(r"^(.+?):\d+:\d+: error: (.+)$", result.stderr, re.MULTILINE)
    return [(pathlib.Path(path).name, message) for path, message in found]


def published_text(folder):
    return "".join(path.read_text(errors="replace") for path in folder.rglob("*") if path.is_file())


def snapshot(folder):
    return {path: path.read_bytes() for path in folder.rglob("*") if path.is_file()}


# ----- Symbolic links -----


def test_a_snippet_linked_to_the_environment_is_an_error_and_publishes_nothing(site):
    link(site / "content/en/_snippets/env.md", "/proc/self/environ")
    write(site / "content/en/env.md", '---\ntitle: Env\n---\n{{< snippet "env" >}}\n')
    result = deskbook("build", "--source", site, "--keep-going")
    assert result.returncode == 1, result.stderr
    assert any(
        name == "env.md" and message.startswith("symbolic link not followed: it leads to /proc/")
        for name, message in errors_at(result)
    ), result.stderr
    assert TOKEN not in published_text(site / "public")
    assert TOKEN not in result.stderr


def test_links_out_of_the_site_are_errors_at_the_link_and_never_published(site, tmp_path):
    secrets = tmp_path / "secrets"
    link(site / "content/en/passwd.md", "/etc/passwd")
    link(site / "content/en/leak.md", secrets / "token.md")
    link(site / "content/en/vault", secrets)
    link(site / "content/en/_snippets/token.md", secrets / "token.txt")
    link(site / "content/en/broken.md", tmp_path / "nothing.md")
    link(site / "content/en/loop.md", "loop.md")
    result = deskbook("build", "--source", site, "--keep-going")
    assert result.returncode == 1, result.stderr
    errors = dict(errors_at(result))
    for name in ("passwd.md", "leak.md", "vault", "token.md"):
        assert errors.get(name, "").startswith("symbolic link not followed: it leads to "), (name, result.stderr)
        assert f"outside {site.resolve()}" in errors[name]
    for name in ("broken.md", "loop.md"):
        assert errors.get(name) == "symbolic link not followed: it is broken or loops", (name, result.stderr)
    text = published_text(site / "public")
    assert TOKEN not in text and "root:x:0:0" not in text
    assert not (site / "public/en/leak").exists() and not (site / "public/en/passwd").exists()


def test_links_that_stay_inside_the_site_are_followed(site):
    write(site / "shared/answer.md", "---\ntitle: Shared answer\n---\nThe same text in two places.\n")
    link(site / "content/en/answer.md", "../../shared/answer.md")
    write(site / "snippets/note.md", "A shared note.")
    link(site / "content/en/_snippets/note.md", "../../../snippets/note.md")
    link(site / "content/en/manual", "../../shared")
    write(site / "content/en/uses-note.md", '---\ntitle: Uses note\n---\n{{< snippet "note" >}}\n')
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    assert "The same text in two places." in (site / "public/en/answer/index.html").read_text()
    assert "A shared note." in (site / "public/en/uses-note/index.html").read_text()
    assert (site / "public/en/manual/answer/index.html").is_file()


@pytest.mark.parametrize("theme", ["../../../../etc", "/etc", "..", "default/../../x", ".hidden"])
def test_a_theme_name_is_a_plain_folder_name(site, theme):
    config = site / "deskbook.yml"
    config.write_text(re.sub(r"^theme: .*$", f"theme: '{theme}'", config.read_text(), flags=re.MULTILINE))
    result = deskbook("build", "--source", site)
    assert result.returncode == 2, result.stderr
    assert re.search(r"deskbook\.yml:\d+:\d+: error: theme must be a folder name", result.stderr), result.stderr
    assert not (site / "public").exists()


def test_theme_files_linked_out_of_the_site_are_configuration_errors(site, tmp_path):
    link(site / "themes/default/static/leak.txt", tmp_path / "secrets/token.txt")
    result = deskbook("build", "--source", site)
    assert result.returncode == 2, result.stderr
    errors = dict(errors_at(result))
    assert errors.get("leak.txt", "").startswith(
        f"symbolic link not followed: it leads to {(tmp_path / 'secrets/token.txt').resolve()}, outside {site.resolve()}"
    ), result.stderr
    (site / "themes/default/static/leak.txt").unlink()
    (site / "themes/default/static").rmdir()
    (site / "themes/default").rmdir()
    link(site / "themes/default", "/etc")
    result = deskbook("build", "--source", site)
    assert result.returncode == 2, result.stderr
    assert "theme folder" in result.stderr and "it leads to /etc" in result.stderr
    assert not (site / "public").exists()


@pytest.mark.parametrize("name", ["deskbook.yml", "intake.yml"])
def test_configuration_files_linked_out_of_the_site_are_not_read(site, tmp_path, name):
    outside = tmp_path / "secrets" / name
    outside.write_text((site / "deskbook.yml").read_text() if name == "deskbook.yml" else "languages: [en]\n")
    (site / name).unlink(missing_ok=True)
    link(site / name, outside)
    result = deskbook("build", "--source", site)
    assert result.returncode == 2, result.stderr
    assert f"it leads to {outside.resolve()}, outside {site.resolve()}" in result.stderr


# ----- The output folder -----


@pytest.mark.parametrize("output", ["SITE", "SITE/content", "SITE/content/en", "SITE/themes/default", "SITE/..",
                                    "SITE/deskbook.yml"])
def test_an_output_over_the_sources_is_refused_and_every_source_file_survives(site, output):
    before = snapshot(site)
    for _ in range(2):
        result = deskbook("build", "--source", site, "--output", output.replace("SITE", str(site)))
        assert result.returncode == 2, result.stderr
        assert "error: cannot build into this folder: it " in result.stderr, result.stderr
    assert snapshot(site) == before
    assert [path.name for path in site.parent.iterdir() if path.name.startswith(".")] == []


@pytest.mark.parametrize("cwd", ["site", "parent"])
def test_output_dot_is_refused_with_a_message(site, cwd):
    folder = site if cwd == "site" else site.parent
    result = deskbook("build", "--source", site.resolve(), "--output", ".", cwd=folder)
    assert result.returncode == 2, result.stderr
    assert "cannot build into this folder" in result.stderr
    assert "NSCocoaErrorDomain" not in result.stderr and "Error Domain" not in result.stderr


def test_output_dot_in_an_empty_folder_is_refused(site, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    result = deskbook("build", "--source", site.resolve(), "--output", ".", cwd=empty)
    assert result.returncode == 2, result.stderr
    assert "it holds the current folder" in result.stderr
    assert sorted(path.name for path in tmp_path.iterdir()) == ["empty", "secrets", "site"]


def test_a_folder_deskbook_did_not_write_is_never_replaced(site, tmp_path):
    documents = tmp_path / "documents"
    write(documents / "thesis.txt", "years of work")
    for _ in range(2):
        result = deskbook("build", "--source", site, "--output", documents)
        assert result.returncode == 2, result.stderr
        assert "has no .deskbook-output file" in result.stderr and "Remove it or choose another --output" in result.stderr
    assert (documents / "thesis.txt").read_text() == "years of work"
    assert sorted(path.name for path in tmp_path.iterdir() if "documents" in path.name) == [
        ".documents.deskbook-lock", "documents"]
    (tmp_path / "notes.txt").write_text("a file")
    assert deskbook("build", "--source", site, "--output", tmp_path / "notes.txt").returncode == 2
    assert (tmp_path / "notes.txt").read_text() == "a file"


def test_an_empty_or_marked_folder_is_replaced_and_marked(site, tmp_path):
    output = tmp_path / "www"
    output.mkdir()
    for _ in range(3):
        result = deskbook("build", "--source", site, "--output", output)
        assert result.returncode == 0, result.stderr
        assert (output / ".deskbook-output").is_file() and (output / "index.html").is_file()


def test_an_output_from_before_the_marker_is_refused_until_removed(site):
    assert deskbook("build", "--source", site).returncode == 0
    (site / "public/.deskbook-output").unlink()
    result = deskbook("build", "--source", site)
    assert result.returncode == 2 and "has no .deskbook-output file" in result.stderr


def test_links_planted_in_the_published_site_are_not_written_through(site, tmp_path):
    victim = tmp_path / "victim.html"
    victim.write_text("untouched")
    for _ in range(3):
        assert deskbook("build", "--source", site).returncode == 0
        page = site / "public/en/index.html"
        page.unlink()
        page.symlink_to(victim)
    assert deskbook("build", "--source", site).returncode == 0
    assert victim.read_text() == "untouched"
    assert not (site / "public/en/index.html").is_symlink()


# ----- Builds at the same time -----


def test_a_build_waits_while_another_holds_the_output(site):
    with open(site / ".public.deskbook-lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        build = subprocess.Popen([BINARY, "build", "--source", site], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = build.stderr.readline()
        assert first.startswith("waiting for another build of "), first + build.stderr.read()
        assert str((site / "public").resolve()) in first
        assert not (site / "public").exists()
        fcntl.flock(lock, fcntl.LOCK_UN)
    assert build.wait(timeout=300) == 0, build.stderr.read()
    assert (site / "public/index.html").is_file()


def test_two_builds_at_once_publish_one_whole_site(tmp_path):
    """Two builds of a 3,000-page site into one folder: every page comes from the build that finished last."""
    source = tmp_path / "big"
    assert deskbook("init", source).returncode == 0
    for section in range(30):
        write(source / f"content/en/s{section}/_index.md", f"---\ntitle: Section {section}\n---\n")
        for number in range(100):
            write(source / f"content/en/s{section}/p{number}.md",
                  f"---\ntitle: Page {section}-{number}\n---\nText of page {number} in section {section}.\n")
    builds = [
        subprocess.Popen([BINARY, "build", "--source", source, "--base-url", f"https://{name}.example/"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for name in ("first", "second")
    ]
    outcomes = [(build.wait(timeout=600), build.stderr.read()) for build in builds]
    assert [code for code, _ in outcomes] == [0, 0], outcomes
    hosts = {}
    for page in (source / "public/en").rglob("index.html"):
        found = re.search(r'<link rel="canonical" href="https://(\w+)\.example/', page.read_text())
        hosts[found[1] if found else None] = hosts.get(found[1] if found else None, 0) + 1
    assert len(hosts) == 1 and None not in hosts, hosts
    assert sum(hosts.values()) >= 3000
