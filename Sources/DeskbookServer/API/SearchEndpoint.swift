import DeskbookEmbedding
import DeskbookSearch
import Foundation
import HTTPTypes
import Hummingbird

/// `GET /api/search?q=&lang=&limit=`: the site's search, ranked as `deskbook search` ranks it, by words and
/// meaning when the model is loaded. Every parameter is bounded: `q` up to 200 characters, `lang` one of the
/// site's languages, `limit` 1 to 50 (default 10), `mode` hybrid (default), lexical or semantic. The
/// `Deskbook-Search-Mode` header says how it was answered: `lexical` when there is no model or vectors, or
/// when the model is busy (`HybridSearch.gate`).
struct SearchEndpoint: Sendable {
    /// The search over the served index, nil when the site has none; and the languages it covers.
    var engine: @Sendable () async -> (search: HybridSearch, languages: [String])?

    static let modeHeader = HTTPField.Name("Deskbook-Search-Mode")!

    static let maxQueryLength = 200
    static let maxLimit = 50

    func respond(to request: Request) async -> APIResponse {
        let query = request.uri.queryParameters
        guard let text = query["q"].map(String.init), !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            return .error("bad_parameter", "q, the text to search for, is required", status: .badRequest)
        }
        guard text.count <= Self.maxQueryLength else {
            return .error("bad_parameter", "q may be at most \(Self.maxQueryLength) characters", status: .badRequest)
        }
        var limit = 10
        if let raw = query["limit"] {
            guard let value = Int(raw), (1...Self.maxLimit).contains(value) else {
                return .error("bad_parameter", "limit must be a whole number from 1 to \(Self.maxLimit)", status: .badRequest)
            }
            limit = value
        }
        var mode = SearchMode.hybrid
        if let raw = query["mode"] {
            guard let value = SearchMode(rawValue: String(raw)) else {
                return .error("bad_parameter", "mode must be hybrid, lexical or semantic", status: .badRequest)
            }
            mode = value
        }
        guard let (engine, languages) = await engine(), let fallback = languages.first else {
            return .error("no_index", "this site has no search index; build it first", status: .serviceUnavailable)
        }
        let language = query["lang"].map(String.init) ?? fallback
        guard languages.contains(language) else {
            return .error("bad_parameter", "lang must be one of \(languages.joined(separator: ", "))", status: .badRequest)
        }
        do {
            let answer = try engine.search(text, language: language, limit: limit, mode: mode)
            var response = APIResponse.json(answer.results)
            response.headers[Self.modeHeader] = answer.mode.rawValue
            return response
        } catch {
            return .error("no_index", "the search index for \(language) is missing or damaged", status: .serviceUnavailable)
        }
    }
}
