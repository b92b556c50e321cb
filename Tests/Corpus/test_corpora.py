"""The real help-center corpora in ../shared/corpus build without a crash.

Their problems come out as `path:line:col: severity: message` diagnostics, and their `> [!NOTE]` alerts render
as callouts. Run with: python3 -m pytest Tests/Corpus -q -s (the -s shows the diagnostic counts).
"""
import os
import pathlib
import re
import shutil
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
    shutil.copytree(corpus, tmp_path / "content" / language)  # a build follows no symbolic link out of the site
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


def test_mutated_files_give_diagnostics_not_crashes(tmp_path):
    """Seeded byte flips, truncations, NUL runs, stray fences and alias bombs in 300 real files."""
    import random

    random.seed(7)
    sources = sorted((CORPORA / "officedocs-support-en").rglob("*.md"))[:300]
    if not sources:
        pytest.skip("corpus is not here")
    content = tmp_path / "content" / "en"
    content.mkdir(parents=True)
    (tmp_path / "deskbook.yml").write_text("title: F\nbase_url: /\nlanguages: [en]\nbroken_links: warn\n")
    insertions = [b"\x00" * 50, b"---\n", b"[x](../../../../etc/passwd.md)", b"```\n", b"<script>", b"\xff\xfe",
                  b"a: &a [1, 1]\nb: [*a, *a]\n", b"> [!NOTE]\n", b"{{< snippet \"nope\" >}}\n"]
    for index, source in enumerate(sources):
        data = bytearray(source.read_bytes())
        operation = random.choice(["flip", "truncate", "insert", "repeat", "keep"])
        if operation == "flip" and data:
            for _ in range(random.randint(1, 20)):
                data[random.randrange(len(data))] = random.randrange(256)
        elif operation == "truncate" and data:
            data = data[: random.randrange(len(data))]
        elif operation == "insert":
            position = random.randrange(len(data) + 1)
            data[position:position] = random.choice(insertions)
        elif operation == "repeat":
            data = data * random.randint(2, 50)
        (content / f"f{index}.md").write_bytes(bytes(data))
    result = subprocess.run([BINARY, "build", "--keep-going", "--source", str(tmp_path)], capture_output=True, timeout=300)
    assert result.returncode in (0, 1), f"crashed with {result.returncode}"
    lines = result.stderr.decode("utf-8", "replace").splitlines()
    malformed = [line for line in lines if line and not DIAGNOSTIC.match(line)]
    assert not malformed, f"lines that are not one-line diagnostics: {malformed[:3]}"
    assert any(" error: " in line for line in lines)
