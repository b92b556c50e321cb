import DeskbookCore
import DeskbookEmbedding
import DeskbookSite
import Foundation
import Testing

/// A model that keeps every passage it is given and gives each the same vector.
private final class RecordingEmbedder: TextEmbedder, @unchecked Sendable {
    let modelID = "recording-test-model"
    let dimension = 2
    private let lock = NSLock()
    private var texts: [String] = []

    func embed(_ texts: [String], as role: EmbeddingRole) throws -> [[Float]] {
        lock.withLock { self.texts += texts }
        return texts.map { _ in [0.6, 0.8] }
    }

    var passages: [String] { lock.withLock { texts } }
}

/// deskbook.yml's `semantic_passage` reaches the model: each document is embedded from that many characters.
@Suite struct SemanticPassageTests {
    private func passages(settings: String) async throws -> [String] {
        let body = String(repeating: "Refunds reach the card within five working days. ", count: 40)
        let site = try TemporarySite(
            files: ["content/en/refunds.md": page("Refunds", body)],
            config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\nsemantic: true\n" + settings
        )
        let embedder = RecordingEmbedder()
        var builder = SiteBuilder(now: { Date(timeIntervalSince1970: 1_790_000_000) })
        builder.semanticModel = { _ in .ready(embedder) }
        let options = BuildOptions(source: site.root, output: site.output, builtinThemes: TemporarySite.repositoryRoot + "/themes")
        let report = await builder.build(options)
        #expect(report.outcome == .built, "\(report.diagnostics)")
        #expect(FileManager.default.fileExists(atPath: site.output + "/search/en/vectors.bin"))
        return embedder.passages.filter { $0.hasPrefix("Refunds.") }
    }

    @Test func theSettingSetsTheLengthOfEachPassage() async throws {
        let passages = try await passages(settings: "semantic_passage: 120\n")
        #expect(passages.count == 1)
        #expect(passages.allSatisfy { (100...120).contains($0.count) }, "\(passages)")
    }

    @Test func withoutItThePassageHasTheDefaultLength() async throws {
        let passages = try await passages(settings: "")
        #expect(passages.count == 1)
        #expect(passages.allSatisfy { (PassageText.defaultBudget - 20...PassageText.defaultBudget).contains($0.count) }, "\(passages)")
    }
}
