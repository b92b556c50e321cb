"""The real help-center corpora in ../shared/corpus build without a crash.

Their problems come out as `path:line:col: severity: message` diagnostics, and their `> [!NOTE]` alerts render
as callouts. Run with: python3 -m pytest Tests/Corpus -q -s (the -s shows the diagnostic counts).
"""
import os
import pathlib
import re
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPORA = ROOT.parent / "shared" / "corpus"
BINARY = os.environ.get("DESKBOOK_BIN", str(ROOT / ".build" / "debug" / "deskbook"))
DIAGNOSTIC = re.compile(r"^.+:\d+:\d+: (error|warning): .+$")


@pytest.mark.parametrize("folder,language", [("officedocs-support-en", "en"), ("alchemyinsights-ru", "ru")])
def test_corpus_builds_with_diagnostics(tmp_path, folder, language):
    corpus = CORPORA / folder
    if not corpus.is_dir():
        pytest.skip(f"{corpus} is not here")
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / language).symlink_to(corpus)
    (tmp_path / "deskbook.yml").write_text(
        f"title: Corpus\nbase_url: https://example.com/\nlanguages: [{language}]\nbroken_links: warn\n"
    )
    result = subprocess.run(
        [BINARY, "build", "--keep-going", "--source", str(tmp_path)], capture_output=True, text=True, timeout=600
    )
    assert result.returncode in (0, 1), f"crashed with {result.returncode}: {result.stderr[-2000:]}"
    diagnostics = [line for line in result.stderr.splitlines() if line]
    malformed = [line for line in diagnostics if not DIAGNOSTIC.match(line)]
    assert not malformed, f"lines that are not diagnostics: {malformed[:5]}"
    errors = sum(" error: " in line for line in diagnostics)
    warnings = sum(" warning: " in line for line in diagnostics)
    print(f"\n{folder}: {errors} errors, {warnings} warnings; {result.stdout.strip()}")
    pages = list((tmp_path / "public" / language).rglob("index.html"))
    sources = [path for path in corpus.rglob("*.md") if path.name != "_index.md"]
    assert len(pages) >= len(sources) - errors, "pages without errors must all be written"
    notes = sum(path.read_text(errors="replace").count("[!NOTE]") for path in sources)
    callouts = sum(path.read_text().count('class="callout callout-note"') for path in pages)
    assert notes > 0 and callouts >= notes * 0.95, f"{notes} [!NOTE] alerts but {callouts} callouts"
    assert "[!NOTE]" not in "".join(path.read_text() for path in pages[:200])
