import DeskbookCore
import Testing

@Suite struct OutputNameTests {
    @Test func writablePathsPass() {
        for path in ["index.html", "en/billing/refunds/index.html", "assets/css/style.1a2b3c4d5e.css", "a..b/index.html", ".well-known/x", "ru/оплата/index.html", "ja/日本/é\u{A0}x"] {
            #expect(OutputName.problem(withPath: path) == nil, "\(path)")
        }
    }

    @Test func pathsThatCouldLeaveTheOutputOrFailAreRefused() {
        let refused = [
            "", "/etc/passwd", "..", "../x", "en/../../x/index.html", "en/./x", "en//x", "en/x/", "a\\..\\b/c",
            "en/\u{0}/x", "en/a\u{1F}b", "en/a\u{7F}", "en/a\u{85}b", "en/\u{9F}", String(repeating: "a", count: 256) + "/index.html",
        ]
        for path in refused {
            #expect(OutputName.problem(withPath: path) != nil, "\(path.debugDescription)")
        }
        #expect(OutputName.problem(withPath: String(repeating: "a", count: 255)) == nil)
    }
}
