import Foundation

extension IntakeRules {
    /// The rules as compact JSON for checker.js: the same data the Swift checker uses, stems and messages included,
    /// under the snake_case keys that docs/intake-rules.schema.json documents (each model type's `CodingKeys`).
    public func browserJSON() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
