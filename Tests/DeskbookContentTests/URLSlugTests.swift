import DeskbookContent
import DeskbookCore
import Testing

@Suite struct URLSlugTests {
    @Test func ordinaryNamesKeepTheirSlugs() {
        #expect(URLSlug.segment("getting-started") == "getting-started")
        #expect(URLSlug.segment("Refund Rules") == "refund-rules")
        #expect(URLSlug.segment("two_factor  authentication") == "two-factor-authentication")
        #expect(URLSlug.segment("Условия возврата") == "условия-возврата")
        #expect(URLSlug.segment("--Why? (2026)--") == "why-2026")
    }

    @Test func dotsBecomeDashesAndNothingNamesAFolderByItsPlace() {
        #expect(URLSlug.segment("tls-1.2") == "tls-1-2")
        #expect(URLSlug.segment("password.policies") == "password-policies")
        #expect(URLSlug.segment(".hidden") == "hidden")
        for name in ["..", ".", "-..", "...", "", " ", "-", "_.-_", ". .", "\u{200B}"] {
            #expect(URLSlug.segment(name) == "page", "\(name.debugDescription)")
        }
        let pwned = URLSlug.pageURL(basePath: "/", language: "en", contentPath: "-../-../-../-../pwned.md")
        #expect(pwned == "/en/page/page/page/page/pwned/")
    }

    @Test func everySegmentIsAWritableName() {
        let names = ["..", "a..b", "x/../y", "C:\\Windows", "new\nline", "tab\tname", ".env", "%2e%2e", "İstanbul", "ß.md", "   "]
        for name in names {
            let segment = URLSlug.segment(name)
            #expect(!segment.contains(".") && OutputName.problem(with: Substring(segment)) == nil, "\(name.debugDescription) → \(segment)")
        }
    }

    /// `İ` takes two bytes and its lowercase `i̇` three, so a name a file system accepts can slug past its limit.
    @Test func overlongSegmentsAreFound() {
        let name = String(repeating: "İ", count: 120)
        #expect(name.utf8.count + 3 <= OutputName.maximumBytes)
        let url = URLSlug.pageURL(basePath: "/", language: "en", contentPath: "faq/\(name).md")
        #expect(URLSlug.overlongSegment(in: url)?.utf8.count == 360)
        #expect(URLSlug.overlongSegment(in: "/en/faq/short/") == nil)
    }

    @Test func anOverlongURLIsAnErrorAtTheFileAndThePageIsLeftOut() async {
        let long = String(repeating: "İ", count: 120)
        let (site, diagnostics) = await assemble([
            "content/en/\(long).md": page("Long"),
            "content/en/\(long)/inside.md": page("Inside"),
            "content/en/ok.md": page("Ok"),
        ])
        #expect(Set(diagnostics.map(\.location.path)) == ["content/en/\(long)/inside.md", "content/en/\(long).md"])
        #expect(diagnostics.allSatisfy { $0.message.contains("360 bytes, over the 255-byte limit of file names") })
        #expect(site.pages.map(\.title) == ["Ok"])
    }

    @Test func aliasesThatAreNotPlainSitePathsAreErrorsAtTheirLines() async {
        let (site, diagnostics) = await assemble([
            "content/en/a.md": page("A", extra: "aliases:\n  - /en/old/\n  - /en/../../etc/\n  - /en/./x/\n  - /\n"),
        ])
        #expect(diagnostics.map(\.description) == [
            "content/en/a.md:5:5: error: alias '/en/../../etc/' is not a site path like /en/old-page/: it holds '..', which names a folder by its place",
            "content/en/a.md:6:5: error: alias '/en/./x/' is not a site path like /en/old-page/: it holds '.', which names a folder by its place",
            "content/en/a.md:7:5: error: alias '/' is not a site path like /en/old-page/: it holds no name",
        ])
        #expect(site.redirects.map(\.from) == ["/en/old/"])
        #expect(site.redirects.first?.location == SourceLocation(path: "content/en/a.md", line: 4, column: 5))
    }
}
