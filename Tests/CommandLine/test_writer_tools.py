"""Writer tools of issue 11, item 9: `deskbook new` and the build summary.

Run with: python3 -m pytest Tests/CommandLine -q (DESKBOOK_BIN picks the binary).
"""
import datetime
import re

from test_commands import SUMMARY, deskbook, site, write_page  # noqa: F401 - `site` is a fixture


def front_matter(path):
    return re.match(r"---\n(.*?)\n---\n", path.read_text(encoding="utf-8"), re.S).group(1)


def test_new_makes_a_dated_draft(site):
    result = deskbook("new", "content/en/getting-started/first-steps.md", "--source", site)
    assert result.returncode == 0, result.stderr
    header = front_matter(site / "content" / "en" / "getting-started" / "first-steps.md")
    assert "draft: true" in header.splitlines()
    dates = re.findall(r"^date: (\d{4}-\d{2}-\d{2})$", header, re.M)
    today = datetime.date.today()
    assert dates and abs((datetime.date.fromisoformat(dates[0]) - today).days) <= 1, header
    assert "draft" in result.stdout
    # The draft is left out of the build until published, and shown with --drafts.
    assert not (site / "public" / "en" / "getting-started" / "first-steps").exists()
    assert deskbook("build", "--source", site).returncode == 0
    assert not (site / "public" / "en" / "getting-started" / "first-steps").exists()
    assert deskbook("build", "--source", site, "--drafts").returncode == 0
    assert (site / "public" / "en" / "getting-started" / "first-steps" / "index.html").is_file()


def test_new_creates_the_index_of_a_new_section(site):
    result = deskbook("new", "content/en/billing/refunds/yearly-plans.md", "--source", site)
    assert result.returncode == 0, result.stderr
    for folder, title in (("billing", "Billing"), ("billing/refunds", "Refunds")):
        index = site / "content" / "en" / folder / "_index.md"
        assert index.is_file(), folder
        assert f'title: "{title}"' in front_matter(index)
    # An existing section keeps what it has.
    before = (site / "content" / "en" / "getting-started" / "_index.md").read_text()
    assert deskbook("new", "content/en/getting-started/more.md", "--source", site).returncode == 0
    assert (site / "content" / "en" / "getting-started" / "_index.md").read_text() == before
    assert not (site / "content" / "en" / "_index.md").read_text().startswith("---\ntitle: \"En\"")
    build = deskbook("build", "--source", site, "--drafts")
    assert build.returncode == 0, build.stderr
    assert (site / "public" / "en" / "billing" / "refunds" / "index.html").is_file()


def test_the_summary_counts_in_words(site):
    build = deskbook("build", "--source", site)
    assert build.returncode == 0, build.stderr
    line = build.stdout.strip().splitlines()[-1]
    assert SUMMARY.match(line), line
    # deskbook init makes one article.
    assert line.startswith("Built 1 page (en: 1 article), "), line
    write_page(site, "en/getting-started/second.md", "---\ntitle: Second\n---\nText.\n")
    write_page(site, "en/getting-started/questions.md", "---\ntitle: Questions\nkind: faq\n---\n## One?\n\nYes.\n")
    several = deskbook("build", "--source", site).stdout.strip().splitlines()[-1]
    assert several.startswith("Built 3 pages (en: 2 articles, 1 FAQ page), "), several
