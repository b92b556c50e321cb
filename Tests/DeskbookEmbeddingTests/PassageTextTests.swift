import DeskbookEmbedding
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

    @Test func aLongQuestionIsCutToItsFirstWords() {
        #expect(QueryText.of("one two  three\nfour", budget: 3) == "one two three")
    }
}
