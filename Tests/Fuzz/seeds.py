#!/usr/bin/env python3
"""Writes the seed inputs of one fuzz target into a folder.

    seeds.py TARGET FOLDER [SAMPLE]

Seeds are the project's fixtures plus SAMPLE files picked at random from the real corpora in ../shared/corpus
(next to the repository; skipped with a note when it is missing), turned into what the target reads:
whole pages, front matter blocks, or titles and descriptions as search queries.
"""
import base64
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_sample(count):
    """Up to `count` Markdown files of the shared corpora, a new random pick on every run."""
    if not CORPUS.is_dir():
        print(f"note: {CORPUS} is missing; seeding from the fixtures only", file=sys.stderr)
        return []
    files = sorted(CORPUS.rglob("*.md"))
    return random.sample(files, min(count, len(files)))


def front_matter(text):
    """The YAML between a page's opening and closing `---` lines, or None."""
    match = re.match(r"---\r?\n(.*?)\r?\n---\r?\n", text, re.S)
    return match.group(1) if match else None


def header_values(text, keys=("title", "description")):
    """The values of simple `key: value` lines of a page's front matter."""
    yaml = front_matter(text) or ""
    found = []
    for line in yaml.splitlines():
        key, _, value = line.partition(":")
        if key.strip() in keys and value.strip():
            found.append(value.strip().strip("'\""))
    return found


def pages(sample):
    return sorted((ROOT / "content").rglob("*.md")) + corpus_sample(sample)


def page_seeds(sample):
    return [path.read_bytes() for path in pages(sample)]


def snippet_seeds(sample):
    """Pages that include snippets, then pages followed by a snippet of the bundled site after a NUL."""
    snippets = sorted((ROOT / "content").glob("*/_snippets/*.md"))
    seeds = page_seeds(sample)
    for index, snippet in enumerate(snippets):
        seeds.append(b'Intro\n{{< snippet "a" >}}\nEnd\n\0' + snippet.read_bytes())
        seeds.append(f'{{{{< snippet "{snippet.stem}" >}}}}\n'.encode() * (index + 1))
    return seeds


def intake_config_seeds(sample):
    configs = [ROOT / "intake.yml"] + sorted((ROOT / "examples").glob("*/intake.yml"))
    seeds = [path.read_bytes() for path in configs]
    for path in corpus_sample(sample // 4):
        yaml = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        if yaml:
            seeds.append(yaml.encode())
    return seeds


def request_seeds(sample):
    seeds = [path.read_bytes() for path in sorted((ROOT / "examples").glob("*/requests/*.json"))
             if not path.name.endswith(".expected.json")]
    for path in sorted((ROOT / "Tests" / "Fixtures" / "intake").glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        if "raw" in case:
            seeds.append(base64.b64decode(case["raw"]))
        elif "request" in case:
            seeds.append(json.dumps(case["request"], ensure_ascii=False, indent=1).encode())
    for path in corpus_sample(sample // 4):
        yaml = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        if yaml:
            seeds.append(yaml.encode())
    return seeds


def search_seeds(sample):
    """Titles and descriptions of the bundled pages, and titles from half the sample (a query takes longer)."""
    seeds = []
    for path in sorted((ROOT / "content").rglob("*.md")):
        seeds += [value.encode() for value in header_values(path.read_text(encoding="utf-8"))]
    for path in corpus_sample(sample // 2):
        seeds += [value.encode() for value in header_values(path.read_text(encoding="utf-8", errors="replace"), ["title"])]
    return seeds


TARGETS = {
    "page": page_seeds,
    "snippets": snippet_seeds,
    "intake-config": intake_config_seeds,
    "request": request_seeds,
    "search": search_seeds,
}


def main():
    if len(sys.argv) not in (3, 4) or sys.argv[1] not in TARGETS:
        sys.exit(f"usage: seeds.py {{{'|'.join(TARGETS)}}} FOLDER [SAMPLE]")
    folder = Path(sys.argv[2])
    sample = int(sys.argv[3]) if len(sys.argv) == 4 else 300
    folder.mkdir(parents=True, exist_ok=True)
    seeds = TARGETS[sys.argv[1]](sample)
    for number, seed in enumerate(seeds):
        (folder / f"seed-{number:05}").write_bytes(seed)
    print(f"{sys.argv[1]}: {len(seeds)} seeds", file=sys.stderr)


if __name__ == "__main__":
    main()
