import DeskbookIntake
import Foundation

/// Something a reader did on the help center that tells whether self-service works: a search and how many
/// results it had, a suggestion shown, opened or found to answer the question, a request sent anyway, or an
/// article vote. It holds no personal data: no address, no account, no request text.
public struct SelfServiceEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
        case search
        case suggestionShown = "suggestion_shown"
        case suggestionOpened = "suggestion_opened"
        case answered
        case submittedAnyway = "submitted_anyway"
        case vote
    }

    /// Why a reader found an article unhelpful.
    public enum VoteReason: String, Sendable, Hashable, CaseIterable, Codable {
        case outdated, unclear
        case notMyQuestion = "not_my_question"
        case other
    }

    public var kind: Kind
    /// When the service received it.
    public var at: Date
    public var language: String
    /// For a search: the text searched for, trimmed to `maxQueryLength` characters, and the result count.
    public var query: String?
    public var results: Int?
    /// For every other kind: the article's site path, such as `/en/billing/refunds/`, or an FAQ answer's, the
    /// page's path with the question's anchor (`/en/faq/general/#is-there-a-free-plan`).
    public var article: String?
    /// For a vote: the answer to "Was this helpful?", and for a no, an optional reason and a comment trimmed
    /// to `maxCommentLength` characters.
    public var helpful: Bool?
    public var reason: VoteReason?
    public var comment: String?

    public init(
        kind: Kind, at: Date, language: String, query: String? = nil, results: Int? = nil, article: String? = nil,
        helpful: Bool? = nil, reason: VoteReason? = nil, comment: String? = nil
    ) {
        self.kind = kind
        self.at = at
        self.language = language
        self.query = query
        self.results = results
        self.article = article
        self.helpful = helpful
        self.reason = reason
        self.comment = comment
    }

    public static let maxQueryLength = 200
    public static let maxCommentLength = 500
    public static let maxArticleLength = 300
    /// The largest body `read` accepts: a vote with a full comment in four-byte characters fits.
    public static let maxBytes = 4096
}

/// Why an event body was refused; `description` is a sentence for the sender.
public struct EventProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}

extension SelfServiceEvent {
    /// Reads an event as a page sends it: one JSON object with `type`, `lang` and the fields of that type.
    /// Keys that the type does not use are ignored and never kept; a key given twice is refused.
    public static func read(_ body: Data, at date: Date) -> Result<SelfServiceEvent, EventProblem> {
        guard body.count <= maxBytes else { return .failure(EventProblem("an event may be at most \(maxBytes) bytes")) }
        guard body.drop(while: { [0x20, 0x09, 0x0A, 0x0D].contains($0) }).first == UInt8(ascii: "{"),
              case .success(.object(let object)) = RequestReader.read(body, limit: maxBytes) else {
            return .failure(EventProblem("an event must be one JSON object"))
        }
        return EventFields(object).event(at: date)
    }
}

/// The typed reading of an event object's keys.
private struct EventFields {
    let object: [String: RequestValue]

    init(_ object: [String: RequestValue]) {
        self.object = object
    }

    func event(at date: Date) -> Result<SelfServiceEvent, EventProblem> {
        do {
            guard let name = try text("type"), let kind = SelfServiceEvent.Kind(rawValue: name) else {
                let names = SelfServiceEvent.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(EventProblem("type must be one of \(names)"))
            }
            guard let language = try text("lang"), Self.isLanguage(language) else {
                return .failure(EventProblem("lang must be a language code such as en or pt-br"))
            }
            var event = SelfServiceEvent(kind: kind, at: date, language: language)
            switch kind {
            case .search:
                guard let query = try text("query") else { return .failure(EventProblem("a search needs query")) }
                guard case .number(let count)? = object["results"], count >= 0, count <= 1_000_000, count == count.rounded() else {
                    return .failure(EventProblem("a search needs results, a whole number of at least 0"))
                }
                event.query = String(query.trimmingCharacters(in: .whitespacesAndNewlines).prefix(SelfServiceEvent.maxQueryLength))
                event.results = Int(count)
            case .suggestionShown, .suggestionOpened, .answered, .submittedAnyway, .vote:
                guard let article = try text("article"), Self.isArticlePath(article) else {
                    return .failure(EventProblem("article must be a site path such as /en/billing/refunds/ or /en/faq/#question"))
                }
                event.article = article
            }
            if kind == .vote {
                guard case .bool(let helpful)? = object["helpful"] else { return .failure(EventProblem("a vote needs helpful, true or false")) }
                event.helpful = helpful
                if let reasonName = try text("reason") {
                    guard !helpful, let reason = SelfServiceEvent.VoteReason(rawValue: reasonName) else {
                        let names = SelfServiceEvent.VoteReason.allCases.map(\.rawValue).joined(separator: ", ")
                        return .failure(EventProblem("reason goes with helpful: false and is one of \(names)"))
                    }
                    event.reason = reason
                }
                if let comment = try text("comment") {
                    guard !helpful else { return .failure(EventProblem("comment goes with helpful: false")) }
                    let trimmed = String(comment.trimmingCharacters(in: .whitespacesAndNewlines).prefix(SelfServiceEvent.maxCommentLength))
                    event.comment = trimmed.isEmpty ? nil : trimmed
                }
            }
            return .success(event)
        } catch {
            return .failure(error)
        }
    }

    /// The text under `key`; nil when the key is missing or null, an error when it holds something else.
    private func text(_ key: String) throws(EventProblem) -> String? {
        switch object[key] {
        case nil, .null?: return nil
        case .string(let text)?: return text
        default: throw EventProblem("\(key) must be text")
        }
    }

    /// `en`, `pt-br`: letters, digits and hyphens, up to 16 characters.
    private static func isLanguage(_ text: String) -> Bool {
        (1...16).contains(text.count) && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A path on the site, optionally with the `#anchor` of an FAQ answer: it starts with `/`, has no scheme,
    /// query or spaces, at most one `#` followed by an anchor, and is not too long.
    private static func isArticlePath(_ text: String) -> Bool {
        let parts = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        return text.hasPrefix("/") && !text.hasPrefix("//") && text.count <= SelfServiceEvent.maxArticleLength
            && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && !"?#\\".unicodeScalars.contains($0) } }
    }
}
