import DeskbookEmbedding
import Testing

@Suite struct RankFusionTests {
    @Test func aDocumentBothRankingsAgreeOnComesFirst() {
        let fusion = RankFusion(lexicalWeight: 1, semanticWeight: 1, k: 10)
        let fused = fusion.fuse(lexical: ["a", "b", "c"], semantic: ["d", "b", "a"])
        #expect(fused.first == "b" || fused.first == "a")
        #expect(Set(fused) == ["a", "b", "c", "d"])
        #expect(fused.firstIndex(of: "b")! < fused.firstIndex(of: "c")!)
        #expect(fused.firstIndex(of: "b")! < fused.firstIndex(of: "d")!)
    }

    @Test func weightsDecideBetweenTheTwoFirstResults() {
        let lexicalFirst = RankFusion(lexicalWeight: 2, semanticWeight: 1, k: 10).fuse(lexical: ["a", "b"], semantic: ["b", "a"])
        let semanticFirst = RankFusion(lexicalWeight: 1, semanticWeight: 2, k: 10).fuse(lexical: ["a", "b"], semantic: ["b", "a"])
        #expect(lexicalFirst == ["a", "b"])
        #expect(semanticFirst == ["b", "a"])
    }

    @Test func onlyTheFirstDepthCandidatesOfEachSideCount() {
        let fusion = RankFusion(lexicalWeight: 1, semanticWeight: 1, k: 10, depth: 2)
        #expect(fusion.fuse(lexical: ["a", "b", "c"], semantic: []) == ["a", "b"])
    }
}
