@testable import DeskbookServer
import Foundation
import Testing

/// What the preview adds to pages, and which rebuilds count as stylesheet-only.
@Suite struct PreviewMarkupTests {
    @Test func addsTheStylesheetScriptAndDraftBanner() {
        let html = Data("<html><head><title>A</title></head><body class=\"x\"><p>Hi</p></body></html>".utf8)
        let page = String(decoding: PreviewMarkup(build: "b-1", isDraft: true).applied(to: html), as: UTF8.self)
        #expect(page == #"<html><head><title>A</title><link rel="stylesheet" href="/_deskbook/preview.css"></head><body class="x"><div class="deskbook-draft" role="note" lang="en">Draft</div><p>Hi</p><script src="/_deskbook/live.js" data-build="b-1" defer></script></body></html>"#)
    }

    @Test func aPageWithoutBodyTagsGetsTheAdditionsAtTheEnd() {
        let page = String(decoding: PreviewMarkup(build: "b-2", isDraft: false).applied(to: Data("<p>Hi</p>".utf8)), as: UTF8.self)
        #expect(page == #"<p>Hi</p><link rel="stylesheet" href="/_deskbook/preview.css"><script src="/_deskbook/live.js" data-build="b-2" defer></script>"#)
    }

    @Test func unhashedNames() {
        #expect(StylesheetSwap.unhashedName("assets/css/style.1a2b3c4d5e.css") == "assets/css/style.css")
        #expect(StylesheetSwap.unhashedName("assets/css/style.css") == "assets/css/style.css")
        #expect(StylesheetSwap.unhashedName("print.v2.css") == "print.v2.css")
    }

    @Test func aRenamedStylesheetLinkedByUnchangedPagesIsASwap() {
        let old = SiteSnapshot(files: [
            .init(path: "assets/css/style.aaaaaaaaaa.css", text: "a{}"),
            .init(path: "en/index.html", text: #"<link href="/assets/css/style.aaaaaaaaaa.css"><p>Hi</p>"#),
        ])
        let new = SiteSnapshot(files: [
            .init(path: "assets/css/style.bbbbbbbbbb.css", text: "b{}"),
            .init(path: "en/index.html", text: #"<link href="/assets/css/style.bbbbbbbbbb.css"><p>Hi</p>"#),
        ])
        let changed = new.changedPaths(since: old)
        #expect(StylesheetSwap.changes(from: old, to: new, changed: changed) == [
            StylesheetChange(from: "/assets/css/style.aaaaaaaaaa.css", to: "/assets/css/style.bbbbbbbbbb.css"),
        ])
        let edited = SiteSnapshot(files: [
            .init(path: "assets/css/style.bbbbbbbbbb.css", text: "b{}"),
            .init(path: "en/index.html", text: #"<link href="/assets/css/style.bbbbbbbbbb.css"><p>Hello</p>"#),
        ])
        #expect(StylesheetSwap.changes(from: old, to: edited, changed: edited.changedPaths(since: old)) == nil)
    }

    @Test func aStylesheetUnderTheSameNameIsASwapToItself() {
        let old = SiteSnapshot(files: [.init(path: "theme.css", text: "a{}"), .init(path: "index.html", text: "<p>Hi</p>")])
        let new = SiteSnapshot(files: [.init(path: "theme.css", text: "b{}"), .init(path: "index.html", text: "<p>Hi</p>")])
        #expect(new.changedPaths(since: old) == ["theme.css"])
        #expect(StylesheetSwap.changes(from: old, to: new, changed: ["theme.css"]) == [StylesheetChange(from: "/theme.css", to: "/theme.css")])
    }

    @Test func snapshotsReuseTheFingerprintsOfUnchangedFiles() {
        let old = SiteSnapshot(files: [.init(path: "a.html", text: "<p>A</p>"), .init(path: "b.html", text: "<p>B</p>")])
        let new = SiteSnapshot(files: [.init(path: "a.html", text: "<p>A</p>"), .init(path: "c.html", text: "<p>C</p>")], previous: old)
        #expect(new.files["a.html"]?.etag == old.files["a.html"]?.etag)
        #expect(new.changedPaths(since: old) == ["b.html", "c.html"])
        #expect(new.files["a.html"]?.contentType == "text/html; charset=utf-8")
    }
}
