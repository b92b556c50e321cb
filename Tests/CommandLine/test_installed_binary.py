"""`deskbook` installed as users install it: the one binary copied alone to a folder on the PATH, and run by
its bare name from another folder. Nothing beside the binary may be needed: the default theme is inside it.
"""
import os
import pathlib
import re
import shutil
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


@pytest.fixture
def installed(tmp_path):
    """Runs the binary copied to tmp_path/bin, by its bare name through PATH, in tmp_path/elsewhere."""
    built = shutil.which(os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "debug" / "deskbook")))
    assert built, "the deskbook binary was not found; build it or set DESKBOOK_BIN"
    folder = tmp_path / "bin"
    folder.mkdir()
    shutil.copy2(built, folder / "deskbook")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    environment = {key: value for key, value in os.environ.items() if key != "DESKBOOK_THEMES"}
    environment["PATH"] = str(folder) + os.pathsep + environment.get("PATH", "")

    def run(*arguments):
        return subprocess.run(
            ["deskbook", *map(str, arguments)], capture_output=True, text=True, timeout=120, cwd=elsewhere, env=environment
        )

    run.cwd = elsewhere
    return run


def test_a_new_site_builds_with_the_theme_inside_the_binary(installed):
    assert installed("init", "hc").returncode == 0
    result = installed("build", "--source", "hc")
    assert result.returncode == 0, result.stderr
    site = installed.cwd / "hc" / "public"
    assert "<footer" in (site / "en" / "index.html").read_text()
    assert len(list((site / "assets" / "css").glob("style.*.css"))) == 1
    assert (site / "search" / "search.js").read_bytes() == (ROOT / "themes/default/static/search/search.js").read_bytes()


def test_version_prints_one_version_number(installed):
    result = installed("--version")
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+\.\d+\.\d+\n", result.stdout), result.stdout


def test_theme_eject_writes_the_built_in_theme_into_the_site(installed):
    assert installed("init", "hc").returncode == 0
    result = installed("theme", "eject", "--source", "hc")
    assert result.returncode == 0, result.stderr
    ejected = installed.cwd / "hc" / "themes" / "default"
    theme = ROOT / "themes" / "default"
    expected = sorted(p.relative_to(theme) for p in theme.rglob("*") if p.is_file() and not p.name.startswith("."))
    assert sorted(p.relative_to(ejected) for p in ejected.rglob("*") if p.is_file()) == expected
    assert all((ejected / path).read_bytes() == (theme / path).read_bytes() for path in expected)


def test_an_ejected_file_once_edited_changes_the_site(installed):
    assert installed("init", "hc").returncode == 0
    assert installed("theme", "eject", "--source", "hc").returncode == 0
    footer = installed.cwd / "hc" / "themes" / "default" / "templates" / "shared" / "footer.mustache"
    footer.write_text("<footer>Our own footer</footer>\n")
    assert installed("build", "--source", "hc").returncode == 0
    assert "<footer>Our own footer</footer>" in (installed.cwd / "hc" / "public" / "en" / "index.html").read_text()


def test_theme_eject_refuses_to_overwrite_files_unless_forced(installed):
    assert installed("theme", "eject", "mine").returncode == 0
    base = installed.cwd / "mine" / "templates" / "base.mustache"
    original = base.read_text()
    base.write_text("edited")
    refused = installed("theme", "eject", "mine")
    assert refused.returncode == 2
    assert "mine/templates/base.mustache:1:1: error: the file already exists" in refused.stderr
    assert "--force" in refused.stderr
    assert base.read_text() == "edited"
    forced = installed("theme", "eject", "mine", "--force")
    assert forced.returncode == 0, forced.stderr
    assert base.read_text() == original


def test_theme_eject_never_writes_through_a_link(installed, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_text("untouched")
    (installed.cwd / "mine" / "templates").mkdir(parents=True)
    (installed.cwd / "mine" / "templates" / "base.mustache").symlink_to(outside)
    assert installed("theme", "eject", "mine").returncode == 2
    assert installed("theme", "eject", "mine", "--force").returncode == 0
    assert outside.read_text() == "untouched"
    assert not (installed.cwd / "mine" / "templates" / "base.mustache").is_symlink()
