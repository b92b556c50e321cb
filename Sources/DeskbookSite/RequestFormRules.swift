import Foundation

/// The part of the browser rules JSON (`IntakeRules.browserJSON()`) that the request form page is built from.
/// Keys are those of docs/intake-rules.schema.json, which checker.js reads too.
struct RequestFormRules: Decodable, Sendable {
    struct Option: Decodable, Sendable {
        var value: String
        var label: [String: String]
    }

    struct Condition: Decodable, Sendable {
        var field: String
        var values: [String]
    }

    struct Field: Decodable, Sendable {
        var id: String
        var label: [String: String]
        var type: String
        var required: Bool
        var requiredWhen: [Condition]
        var minLength: Int?
        var maxLength: Int
        var example: String?
        var options: [Option]
        var accept: [String]

        private enum CodingKeys: String, CodingKey {
            case id, label, type, required, example, options, accept
            case requiredWhen = "required_when"
            case minLength = "min_length"
            case maxLength = "max_length"
        }
    }

    struct Documentation: Decodable, Sendable {
        var limit: Int
        var confidence: Double
        var confirmField: String

        private enum CodingKeys: String, CodingKey {
            case limit, confidence
            case confirmField = "confirm_field"
        }
    }

    struct Submit: Decodable, Sendable {
        var endpoint: String?
        var email: String?
        var honeypot: String?
    }

    var languages: [String]
    var defaultLanguage: String
    var fields: [Field]
    var subjectField: String?
    var bodyField: String?
    var documentation: Documentation?
    var submit: Submit?

    private enum CodingKeys: String, CodingKey {
        case languages, fields, documentation, submit
        case defaultLanguage = "default_language"
        case subjectField = "subject_field"
        case bodyField = "body_field"
    }

    /// `language` when the rules have texts in it, otherwise their default language.
    func resolvedLanguage(_ language: String) -> String {
        languages.contains(language) ? language : defaultLanguage
    }
}
