import DeskbookEmbedding
import Foundation
import Testing

@Suite struct VectorFileTests {
    @Test func aFileReadsBackAsWritten() {
        let file = VectorFile(
            model: "m", dimension: 3,
            documents: [.init(url: "/en/a/", title: "A", kind: "article", excerpt: "a"), .init(url: "/en/b/#q", title: "B?", kind: "faq", excerpt: "b")],
            vectors: [QuantizedVector([1, 0, 0]), QuantizedVector([0, 0.6, 0.8])]
        )
        let decoded = VectorFile.decode(file.encoded())
        #expect(decoded?.documents == file.documents)
        #expect(decoded?.vectors == file.vectors)
        #expect(decoded?.nearest(to: [0, 0.8, 0.6], limit: 1).first?.index == 1)
    }

    @Test func aCutOrForeignFileIsRefused() {
        let data = VectorFile(model: "m", dimension: 2, documents: [.init(url: "/a/", title: "A", kind: "article", excerpt: "")], vectors: [QuantizedVector([1, 0])]).encoded()
        #expect(VectorFile.decode(data.dropLast()) == nil)
        #expect(VectorFile.decode(Data("{}".utf8)) == nil)
    }

    @Test func quantizingKeepsTheCosine() {
        let a: [Float] = [0.6, 0.8, 0]
        let b: [Float] = [0.8, 0.6, 0]
        #expect(abs(QuantizedVector(a).similarity(to: b) - 0.96) < 0.01)
        #expect(abs(QuantizedVector(a).similarity(to: QuantizedVector(b)) - 0.96) < 0.01)
    }

    @Test func relatedPagesAreTheNearestAboveTheFloorInOneLanguage() {
        let file = VectorFile(
            model: "m", dimension: 2,
            documents: ["/en/a/", "/en/b/#one", "/en/b/#two", "/en/c/"].map { .init(url: $0, title: "", kind: "article", excerpt: "") },
            vectors: [QuantizedVector([1, 0]), QuantizedVector([0.99, 0.14]), QuantizedVector([0.95, 0.31]), QuantizedVector([0, 1])]
        )
        let related = RelatedPages.byPage(in: file, limit: 5, floor: 0.9)
        #expect(related["/en/a/"] == ["/en/b/"])
        #expect(related["/en/b/"] == ["/en/a/"])
        #expect(related["/en/c/"] == [])
    }
}
