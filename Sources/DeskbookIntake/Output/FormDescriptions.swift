import Foundation
import Synchronization

/// The form's fields as a report describes them (`CheckReport.fields`), built and rendered as JSON once per
/// language and kept: they depend on intake.yml alone, yet describing and encoding them on every check was most
/// of the time `POST /api/check` spent writing its answer.
final class FormDescriptions: Sendable {
    /// The fields in one language, and their pretty JSON as it stands one level inside a report.
    struct Form: Sendable {
        let fields: [FieldSchema]
        let json: String
    }

    private let rules: IntakeRules
    private let forms = Mutex<[String: Form]>([:])

    init(rules: IntakeRules) {
        self.rules = rules
    }

    /// The form in `language`, a resolved site language.
    func form(in language: String) -> Form {
        if let form = forms.withLock({ $0[language] }) { return form }
        let fields = Self.describe(rules, in: language)
        let form = Form(fields: fields, json: Self.render(fields))
        forms.withLock { $0[language] = form }
        return form
    }

    /// The fields of `rules` in intake.yml's order, labels in `language`.
    static func describe(_ rules: IntakeRules, in language: String) -> [FieldSchema] {
        rules.fields.map { FieldSchema($0, language: language, limits: rules.limits) }
    }

    /// `fields` as `JSONEncoder` writes them pretty with sorted keys, each line after the first indented one
    /// level more, as they stand inside a report. Empty lines (the inside of an empty list) stay empty, as the
    /// encoder leaves them.
    static func render(_ fields: [FieldSchema]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(fields) else { return "[]" }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return lines.enumerated().map { index, line in index == 0 || line.isEmpty ? String(line) : "  " + line }
            .joined(separator: "\n")
    }
}
