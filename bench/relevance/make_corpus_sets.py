#!/usr/bin/env python3
"""Derives labelled query sets from the benchmark corpora in ../shared/corpus, reproducibly (seeded).

Method (the same for both corpora):
1. Read every article's front matter title and description (English) or title and first heading and
   first sentence of the body (Russian help cards, which have no description). Skip the `includes/`
   snippets, files without a title, and articles whose title or source text is shared with another
   article (the label would be ambiguous).
2. Pick N articles at random (seed 3). For each, pick the source text: half the time the title (or the
   Russian H1), half the time the description (or the Russian first sentence); fall back to the other
   when the chosen one is too short.
3. Turn it into a customer-style question, the way people retype what they half remember:
   lowercase; drop punctuation, markdown, bracketed parts and boilerplate ("this article describes");
   keep the 12-word window with the most long words; drop each word of 3+ letters with probability 0.3
   (keeping at least 3 words), cut to at most 9 words (a random window), swap two
   neighbouring words or move the last third to the front (reordering), and with probability 0.6
   prefix a question opener ("how do i", "why", "what to do when", "как", "почему", "что делать если").
4. Label it with the article's URL as Deskbook publishes it (/<lang>/<folder slug>/<file slug>/).

The output is deterministic for a given corpus and seed. Usage:
    python3 bench/relevance/make_corpus_sets.py [--corpus-root ../shared/corpus] [--count 150] [--seed 3]
writes bench/relevance/officedocs-en.tsv and bench/relevance/alchemyinsights-ru.tsv.
"""

from __future__ import annotations

import argparse
import collections
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent

OPENERS = {
    "en": ["how do i", "how to", "why", "what to do when", "cannot", "help", "problem with", "how can i fix"],
    "ru": ["как", "почему", "что делать если", "не получается", "помогите", "как исправить", "вопрос"],
}


def url_segment(name: str) -> str:
    """Python twin of URLSlug.segment: lowercase; letters, digits and dots kept; other runs become one dash."""
    slug, pending = [], False
    for character in name.lower():
        if character.isalpha() or character.isnumeric() or character == ".":
            if pending and slug:
                slug.append("-")
            pending = False
            slug.append(character)
        else:
            pending = True
    return "".join(slug) or "page"


def page_url(lang: str, relative: pathlib.Path) -> str:
    parts = list(relative.parts)
    stem = parts.pop()[: -len(".md")]
    if stem != "_index":
        parts.append(stem)
    return "/" + "/".join([lang] + [url_segment(p) for p in parts]) + "/"


def front_matter(text: str) -> tuple[dict[str, str], str]:
    match = re.match(r"---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not match:
        return {}, text
    fields = {}
    for line in match.group(1).splitlines():
        m = re.match(r"^([A-Za-z_.]+):\s*(.*)$", line)
        if m:
            value = m.group(2).strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
                value = value[1:-1]
            fields[m.group(1)] = value
    return fields, text[match.end():]


def clean(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text)  # <a name="..."></a>
    text = re.sub(r"\[!?[A-Z]+[^\]]*\]", " ", text)  # [!INCLUDE ...], [!NOTE]
    text = re.sub(r"\]\([^)]*\)", "]", text)  # link targets
    text = re.sub(r"\([^)]*\)", " ", text)  # bracketed asides
    text = re.sub(r"[*_`#>\[\]|]", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def first_sentence(body: str) -> str:
    for line in body.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ":::", "|", "!", "<", "[!")):
            continue
        line = clean(line)
        if len(line.split()) >= 5:
            return re.split(r"(?<=[.!?])\s", line)[0]
    return ""


def first_heading(body: str) -> str:
    for line in body.splitlines():
        if line.startswith("# "):
            return clean(line[2:])
    return ""


WORD = re.compile(r"[\w.'’-]+", re.U)


BOILERPLATE = re.compile(
    r"\b(this article (describes|provides|explains|discusses|helps)( you)?|provides? (a )?(resolution|workaround)s?( for it)?"
    r"|describes? (an? )?(issue|problem)s?( in which| that)?|this article|in this article|provides? information about"
    r"|в этой статье( описывается| описано)?)\b",
    re.I,
)


def make_question(text: str, lang: str, rng: random.Random) -> str:
    text = BOILERPLATE.sub(" ", text)
    words = [w.strip(".'’-").lower() for w in WORD.findall(text)]
    words = [w for w in words if w and not re.fullmatch(r"[.'’-]+", w)]
    if len(words) > 12:
        # The 12-word window with the most long words: the part a customer would remember.
        best = max(range(len(words) - 11), key=lambda i: (sum(len(w) >= 5 for w in words[i : i + 12]), -i))
        words = words[best : best + 12]
    kept = [w for w in words if not (len(w) >= 3 and rng.random() < 0.3)]
    if len(kept) < 3:
        kept = words[:]
    if len(kept) > 9:
        start = rng.randrange(0, len(kept) - 9 + 1)
        kept = kept[start : start + 9]
    if len(kept) >= 3:
        if rng.random() < 0.5:
            i = rng.randrange(0, len(kept) - 1)
            kept[i], kept[i + 1] = kept[i + 1], kept[i]
        else:
            cut = len(kept) - max(1, len(kept) // 3)
            kept = kept[cut:] + kept[:cut]
    if rng.random() < 0.6:
        kept = rng.choice(OPENERS[lang]).split() + kept
    return " ".join(kept)


def articles_en(corpus: pathlib.Path):
    for path in sorted(corpus.rglob("*.md")):
        relative = path.relative_to(corpus)
        if relative.parts[0] == "includes":
            continue
        fields, _ = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        title, description = clean(fields.get("title", "")), clean(fields.get("description", ""))
        if title:
            yield page_url("en", relative), title, description


def articles_ru(corpus: pathlib.Path):
    for path in sorted(corpus.rglob("*.md")):
        relative = path.relative_to(corpus)
        fields, body = front_matter(path.read_text(encoding="utf-8", errors="replace"))
        title = clean(fields.get("title", ""))
        if not title:
            continue
        heading = first_heading(body) or title
        yield page_url("ru", relative), heading, first_sentence(body)


def build_set(articles, lang: str, count: int, seed: int):
    articles = list(articles)
    titles = collections.Counter(a[1].lower() for a in articles)
    texts = collections.Counter(a[2].lower() for a in articles if a[2])
    urls = collections.Counter(a[0] for a in articles)
    usable = [a for a in articles if titles[a[1].lower()] == 1 and (not a[2] or texts[a[2].lower()] == 1) and urls[a[0]] == 1]
    rng = random.Random(seed)
    chosen = rng.sample(usable, min(count, len(usable)))
    rows = []
    for url, title, text in chosen:
        source = title if rng.random() < 0.5 else text
        if len(source.split()) < 3:
            source = text if source is title else title
        if len(source.split()) < 2:
            continue
        rows.append((make_question(source, lang, rng), url))
    return rows, len(articles), len(usable)


def write(path: pathlib.Path, header: str, rows):
    with path.open("w", encoding="utf-8") as out:
        out.write(header)
        for question, url in rows:
            out.write(f"{question}\t{url}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus-root", default=str(ROOT.parent / "shared" / "corpus"))
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    root = pathlib.Path(args.corpus_root)
    for name, lang, reader in (
        ("officedocs-en", "en", articles_en(root / "officedocs-support-en")),
        ("alchemyinsights-ru", "ru", articles_ru(root / "alchemyinsights-ru")),
    ):
        rows, total, usable = build_set(reader, lang, args.count, args.seed)
        header = (
            f"# Generated by bench/relevance/make_corpus_sets.py (seed {args.seed}) from {name}: {total} articles,"
            f" {usable} with unambiguous titles; {len(rows)} questions.\n"
            "# Columns: question <TAB> expected URL. Questions are titles or descriptions with words dropped and reordered.\n"
        )
        write(HERE / f"{name}.tsv", header, rows)
        print(f"{name}: {len(rows)} questions from {usable} of {total} articles")


if __name__ == "__main__":
    main()
