@testable import DeskbookSearch
import Testing

/// The excerpt of a result: the window of its stored text that holds most of the query's words.
@Suite struct ExcerptTests {
    private let analyzer = TextAnalyzer()

    private func html(_ text: String, _ terms: Set<String>) -> String {
        ExcerptMarkup.html(text, marking: terms, language: "en", analyzer: analyzer)
    }

    @Test func aShortTextIsShownWhole() {
        #expect(html("Reset the password.", ["password"]) == "Reset the <mark>password</mark>.")
    }

    @Test func theWindowWithMostDistinctMatchedWordsIsShown() {
        let filler = Array(repeating: "Lorem ipsum dolor sit amet.", count: 8).joined(separator: " ")
        let text = "Invoices list every payment. " + filler + " To reset the password, open the reset link we sent."
        let excerpt = html(text, ["reset", "password", "invoic"])
        #expect(excerpt.hasPrefix("…<mark>reset</mark> the <mark>password</mark>, open the <mark>reset</mark> link"), "\(excerpt)")
        #expect(!excerpt.hasSuffix("…"))
        #expect(!excerpt.contains("Invoices"))
    }

    @Test func withoutMatchesOrWhenTheStartIsAsGoodTheTextStartIsShown() {
        let text = "Reset the password here. " + Array(repeating: "More words follow.", count: 12).joined(separator: " ") + " Password again."
        let none = html(text, ["refund"])
        #expect(none.hasPrefix("Reset the password here."))
        #expect(none.hasSuffix("…"))
        #expect(none.count <= ExcerptMarkup.windowLength + 1)
        #expect(html(text, ["password"]).hasPrefix("Reset the <mark>password</mark> here."))
    }

    @Test func theWindowEndsAtASpace() {
        let text = String(repeating: "abcdefghi ", count: 30)
        let window = ExcerptMarkup.window(in: Array(text.utf16), matched: [])
        #expect(window == 0..<159)
        #expect(Array(text.utf16)[window.upperBound] == 0x20)
    }

    @Test func storedTextIsCutAtAWord() {
        #expect(ExcerptText.make("  one   two\nthree ", limit: 20) == "one two three")
        #expect(ExcerptText.make("one two three", limit: 9) == "one two…")
        #expect(ExcerptText.make("abcdefghijk", limit: 4) == "abcd…")
        let long = String(repeating: "word ", count: 100_000)
        #expect(ExcerptText.make(long, limit: 300) == Array(repeating: "word", count: 60).joined(separator: " ") + "…")
    }
}
