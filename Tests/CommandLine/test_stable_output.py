"""Stable output: a body edit of one page changes that page's HTML and the search files that hold its words,
and nothing else, so a deploy uploads only those files and a preview reloads only that page.

The example site (the repository's content/) is built twice into two folders, with one body sentence of one
page changed in between, and the two outputs are compared file by file. The search files are read back to
check that every one that changed holds the edited page: its postings (shards), its words (dictionaries) or
its result row (chunks). Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import json
import pathlib
import shutil

from test_commands import ROOT, deskbook

PAGE = pathlib.Path("content/en/billing/refunds.md")
PAGE_URL = "/en/billing/refunds/"


def example_site(target):
    """A copy of the repository's example site: settings, content and theme overrides."""
    target.mkdir()
    for name in ("deskbook.yml", "intake.yml"):
        if (ROOT / name).is_file():
            shutil.copy(ROOT / name, target / name)
    for name in ("content", "themes"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, target / name)
    return target


def build(site, output):
    result = deskbook("build", "--source", site, "--output", output)
    assert result.returncode == 0, result.stderr
    return {str(path.relative_to(output)): path.read_bytes() for path in output.rglob("*") if path.is_file()}


def edit_first_sentence(path):
    """Adds a word to the first sentence of the page's first paragraph; returns the sentence's line."""
    text = path.read_text(encoding="utf-8")
    _, front_matter, body = text.split("---\n", 2)
    lines = body.split("\n")
    number = next(i for i, line in enumerate(lines) if line[:1].isalpha() and ". " in line)
    lines[number] = lines[number].replace(". ", " today. ", 1)
    path.write_text("---\n" + front_matter + "---\n" + "\n".join(lines), encoding="utf-8")
    return lines[number]


def varint(data, offset):
    value, shift = 0, 0
    while True:
        byte = data[offset]
        offset += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, offset
        shift += 7


def term_table(data, with_postings):
    """The terms of a shard or dictionary (TermTable.swift), and for a shard the document ids of each."""
    count, offset = varint(data, 0)
    terms, previous = [], b""
    for _ in range(count):
        shared, offset = varint(data, offset)
        length, offset = varint(data, offset)
        previous = previous[:shared] + data[offset : offset + length]
        offset += length
        terms.append(previous.decode())
    counts = []
    for _ in range(count):
        value, offset = varint(data, offset)
        counts.append(value)
    if not with_postings:
        return {term: [] for term in terms}
    for _ in range(count):  # scales
        _, offset = varint(data, offset)
    postings = {}
    for term, length in zip(terms, counts):
        documents, document = [], 0
        for _ in range(length):
            gap, offset = varint(data, offset)
            document += gap
            documents.append(document)
        postings[term] = documents
    return postings


def page_terms(files, document):
    """Every term of the English index whose postings hold `document`."""
    terms = set()
    for path, data in files.items():
        if path.startswith("search/en/s."):
            terms |= {term for term, documents in term_table(data, True).items() if document in documents}
    return terms


def document_id(files, url):
    """The id of the search document of `url`: its row in the chunks, in the order the manifest lists them."""
    manifest = json.loads(files["search/en/index.json"])
    for number, chunk_hash in enumerate(manifest["chunkHashes"]):
        rows = json.loads(files[f"search/en/c.{chunk_hash}.json"])
        for row, (row_url, *_rest) in enumerate(rows):
            if row_url == url:
                return number * manifest["chunkSize"] + row
    raise AssertionError(f"{url} is not in the English search index")


def test_a_body_edit_changes_only_its_page_and_the_search_files_of_its_words(tmp_path):
    site = example_site(tmp_path / "site")
    before = build(site, tmp_path / "before")
    sentence = edit_first_sentence(site / PAGE)
    after = build(site, tmp_path / "after")

    changed = sorted(path for path in before.keys() | after.keys() if before.get(path) != after.get(path))
    listing = "\n".join(changed)
    html = "en/billing/refunds/index.html"
    assert [path for path in changed if not path.startswith("search/")] == [html], listing
    assert "today." in after[html].decode() and "today." not in before[html].decode(), sentence

    # Search files: the English manifest, and files named by their bytes, each either gone or new.
    assert "search/en/index.json" in changed, listing
    hashed = [path for path in changed if path.startswith("search/") and path != "search/en/index.json"]
    assert all(path.startswith("search/en/") for path in hashed), listing
    assert all((path in before) != (path in after) for path in hashed), listing
    for files in (before, after):
        manifest = json.loads(files["search/en/index.json"])
        named = {f"search/en/{kind}.{name}.{ext}" for kind, key, ext in
                 (("s", "shardHashes", "bin"), ("d", "dictionaryHashes", "bin"), ("m", "middleHashes", "bin"), ("c", "chunkHashes", "json"))
                 for name in manifest[key]}
        assert named == {path for path in files if path.startswith("search/en/") and path != "search/en/index.json"}

    # Each changed search file holds the edited page.
    document = document_id(before, PAGE_URL)
    assert document == document_id(after, PAGE_URL)
    terms = page_terms(before, document) | page_terms(after, document)
    for path in hashed:
        data = (before if path in before else after)[path]
        name = path.rsplit("/", 1)[1]
        if name.startswith("s."):
            assert any(document in documents for documents in term_table(data, True).values()), f"{path} does not hold the page"
        elif name.startswith(("d.", "m.")):
            assert terms & term_table(data, False).keys(), f"{path} lists no word of the page"
        else:
            assert any(row[0] == PAGE_URL for row in json.loads(data)), f"{path} does not show the page"
    assert any(path.rsplit("/", 1)[1].startswith("s.") for path in hashed), listing
