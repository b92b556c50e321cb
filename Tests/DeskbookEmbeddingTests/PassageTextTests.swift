@testable import DeskbookEmbedding
import DeskbookSearch
import Testing

@Suite struct PassageTextTests {
    @Test func titleThenDescriptionHeadingsAndBodyWithinTheBudget() {
        let page = SearchDocument(
            language: "en", url: "/en/a/", title: "Refunds", kind: "article", headings: ["Who can ask", "How long"],
            description: "Get your money back.", body: String(repeating: "word ", count: 200), excerpt: ""
        )
        let text = PassageText.of(page, budget: 80)
        #expect(text.hasPrefix("Refunds. Get your money back. Who can ask, How long. word"))
        #expect(text.count <= 80)
        #expect(!text.hasSuffix(" "))
    }

    @Test func whitespaceIsCollapsedOnlyAsFarAsTheBudgetReads() {
        #expect(PassageText.collapsed("  one \n\t two\n\nthree  ", upTo: 100) == "one two three")
        #expect(PassageText.collapsed("one   two three", upTo: 5) == "one tw")
        #expect(PassageText.collapsed("one   two three", upTo: 3) == "one ")
        #expect(PassageText.collapsed(" \n ", upTo: 3) == "")
    }

    @Test func aLongBodyGivesTheSamePassageAsCollapsingAllOfIt() {
        let body = (1...3000).map { "word\($0)" + ($0 % 7 == 0 ? "\n\n  " : " ") }.joined()
        for budget in [60, 300, 1000] {
            let page = SearchDocument(
                language: "en", url: "/en/a/", title: "Long  page", kind: "article", headings: ["A", "B"],
                description: "What it\nis about", body: body, excerpt: ""
            )
            let whole = ["Long page", "What it is about", "A, B", body.split(whereSeparator: \.isWhitespace).joined(separator: " ")]
                .joined(separator: ". ")
            #expect(PassageText.of(page, budget: budget) == PassageText.cut(whole, at: budget))
        }
    }

    @Test func aLongQuestionIsCutToItsFirstWords() {
        #expect(QueryText.of("one two  three\nfour", budget: 3) == "one two three")
    }
}
