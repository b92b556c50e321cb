"""More writer tools: page templates per kind (archetypes), links written as site paths checked like `.md`
links, a misspelt front-matter key named with its likely meaning, and a bilingual `init`."""
import json

from test_commands import deskbook, site, write_page  # noqa: F401 - `site` is a fixture


def test_new_uses_the_sites_archetype_for_the_kind(site):
    (site / "archetypes").mkdir()
    (site / "archetypes" / "faq.md").write_text(
        "---\ntitle: {title}\nkind: faq\ndate: {date}\ndraft: true\ntags: [faq]\n---\n\n## {question}?\n\nAnswer.\n", encoding="utf-8"
    )
    result = deskbook("new", "content/en/getting-started/billing-questions.md", "--kind", "faq", "--source", site)
    assert result.returncode == 0, result.stderr
    text = (site / "content" / "en" / "getting-started" / "billing-questions.md").read_text(encoding="utf-8")
    assert text.startswith('---\ntitle: "Billing questions"\nkind: faq\ndate: 20'), text
    assert "tags: [faq]" in text and "## {question}?" in text, "other braces stay as written"
    assert "a draft" in result.stdout
    # Without an archetype for the kind, the built-in page.
    other = deskbook("new", "content/en/getting-started/plain.md", "--source", site)
    assert other.returncode == 0, other.stderr
    assert "Write the article here." in (site / "content" / "en" / "getting-started" / "plain.md").read_text(encoding="utf-8")


def test_an_archetype_without_draft_makes_a_published_page(site):
    (site / "archetypes").mkdir()
    (site / "archetypes" / "article.md").write_text("---\ntitle: {title}\n---\nBody.\n", encoding="utf-8")
    result = deskbook("new", "content/en/getting-started/now.md", "--source", site)
    assert result.returncode == 0, result.stderr
    assert "draft" not in result.stdout
    assert deskbook("build", "--source", site).returncode == 0
    assert (site / "public" / "en" / "getting-started" / "now" / "index.html").is_file()


def test_links_written_as_site_paths_are_checked(site):
    page = write_page(site, "en/getting-started/links.md", "\n".join([
        "---", "title: Links", "---",
        "[fine](/en/getting-started/welcome/) [section](/en/getting-started/) [home](/en/) [search](/en/search/?q=refund)",
        "",
        "[missing](/en/billing/missing/)",
        "",
        "[no heading](/en/getting-started/welcome/#nope)",
        "",
        "[file](/en/feed.xml) [other site](//cdn.example.com/x/) [not a language](/static/x/)",
        "",
    ]))
    result = deskbook("build", "--source", site)
    assert result.returncode == 1, result.stdout + result.stderr
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [
        f"{page}:6:1: error: broken link: /en/billing/missing/: no such page",
        f"{page}:8:1: error: broken link: /en/getting-started/welcome/#nope: the page has no heading #nope",
    ], result.stderr


def test_links_to_tag_pages_are_site_paths_too(site):
    write_page(site, "en/getting-started/tagged.md", "---\ntitle: Tagged\ntags: [Billing Help]\n---\nBody.\n")
    page = write_page(site, "en/getting-started/links.md", "\n".join([
        "---", "title: Links", "---",
        "[tags](/en/tags/) [billing](/en/tags/billing-help/)",
        "",
        "[none](/en/tags/nothing/)",
        "",
    ]))
    result = deskbook("build", "--source", site)
    errors = [line for line in result.stderr.splitlines() if ": error: " in line]
    assert errors == [f"{page}:6:1: error: broken link: /en/tags/nothing/: no such page"], result.stderr
    page.write_text(page.read_text(encoding="utf-8").replace("[none](/en/tags/nothing/)", ""), encoding="utf-8")
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    assert (site / "public" / "en" / "tags" / "billing-help" / "index.html").is_file(), "the link named the real tag page"


def test_a_site_path_link_follows_broken_links_warn(site):
    config = site / "deskbook.yml"
    config.write_text(config.read_text().replace("broken_links: error", "broken_links: warn"))
    write_page(site, "en/getting-started/links.md", "---\ntitle: Links\n---\n[missing](/en/billing/missing/)\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    assert "warning: broken link: /en/billing/missing/: no such page" in result.stderr


def test_a_misspelt_front_matter_key_gets_a_warning_with_the_likely_key(site):
    page = write_page(site, "en/getting-started/typo.md", "---\ntitle: Typo\ntitel: Typo\ndesciption: x\naudience: admins\n---\nText.\n")
    result = deskbook("build", "--source", site)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if ": warning: " in line]
    assert warnings == [
        f"{page}:3:1: warning: unknown key 'titel'; did you mean 'title'?",
        f"{page}:4:1: warning: unknown key 'desciption'; did you mean 'description'?",
    ], result.stderr
    assert deskbook("build", "--source", site, "--strict").returncode == 1


def test_init_with_languages_makes_a_bilingual_site_with_a_request_form(tmp_path):
    source = tmp_path / "bilingual"
    result = deskbook("init", source, "--languages", "en,ru")
    assert result.returncode == 0, result.stderr
    assert "languages: [en, ru]" in (source / "deskbook.yml").read_text()
    assert (source / "content" / "ru" / "getting-started" / "welcome.md").read_text(encoding="utf-8").startswith('---\ntitle: "Добро пожаловать"')
    ignored = (source / ".gitignore").read_text().splitlines()
    assert "public/" in ignored and ".deskbook/" in ignored
    build = deskbook("build", "--source", source, "--strict")
    assert build.returncode == 0, build.stderr
    assert build.stdout.strip().splitlines()[-1].startswith("Built 2 pages (en: 1 article; ru: 1 article), "), build.stdout
    for language in ("en", "ru"):
        assert (source / "public" / language / "request" / "index.html").is_file()
    russian = deskbook("check", "-", "--source", source, "--lang", "ru", "--json", stdin=json.dumps({"email": "a@example.com"}))
    assert russian.returncode == 1, russian.stderr
    assert any(finding["field"] == "subject" for finding in json.loads(russian.stdout)["findings"])


def test_init_refuses_bad_language_lists(tmp_path):
    for languages in ("", "en,,ru", "EN", "en,en", "english"):
        result = deskbook("init", tmp_path / "bad", "--languages", languages)
        assert result.returncode == 2, (languages, result.stdout)
        assert "--languages" in result.stderr
        assert not (tmp_path / "bad" / "deskbook.yml").exists()
