import DeskbookCore
import Foundation
import Yams

extension IntakeConfigParser {
    static let fieldKeys = [
        "id", "label", "type", "required", "required_when", "min_length", "max_length", "pattern", "example",
        "options", "accept",
    ]

    mutating func readFields(_ node: Node, limits: Limits) -> [FieldRule] {
        guard let items = reader.list(node, "fields") else { return [] }
        var result: [FieldRule] = []
        for item in items {
            guard let field = readField(item, limits: limits) else { continue }
            if result.contains(where: { $0.id == field.id }) {
                reader.error("field '\(field.id)' is declared twice", at: item)
                continue
            }
            result.append(field)
        }
        return result
    }

    private mutating func readField(_ node: Node, limits: Limits) -> FieldRule? {
        guard let keys = reader.keyed(node, allowed: Self.fieldKeys, in: "a field") else { return nil }
        guard let idNode = keys["id"], let id = reader.word(idNode, "field id") else {
            reader.error("every field needs an id", at: node)
            return nil
        }
        let what = "field '\(id)'"
        var type = FieldType.text
        if let typeNode = keys["type"], let name = reader.word(typeNode, "\(what) type") {
            if let known = FieldType(rawValue: name) {
                type = known
            } else {
                reader.error("\(what) has unknown type '\(name)'; types: \(FieldType.allCases.map(\.rawValue).joined(separator: ", "))", at: typeNode)
            }
        }
        guard let labelNode = keys["label"] else {
            reader.error("\(what) needs a label", at: node)
            return nil
        }
        guard let label = reader.localized(labelNode, "\(what) label", languages: languages) else { return nil }
        var field = FieldRule(id: id, label: label, type: type, maxLength: limits.fieldLength)
        field.required = keys["required"].flatMap { reader.bool($0, "\(what) required") } ?? false
        field.requiredWhen = keys["required_when"].map { readConditions($0, "\(what) required_when", deferCheck: true) } ?? []
        field.minLength = keys["min_length"].flatMap { reader.int($0, "\(what) min_length", in: 1...limits.fieldLength) }
        if let node = keys["max_length"], let max = reader.int(node, "\(what) max_length", in: 1...limits.fieldLength) {
            field.maxLength = max
            if let min = field.minLength, min > max { reader.error("\(what) min_length is above max_length", at: node) }
        }
        readFormat(&field, keys: keys, what: what)
        if let node = keys["options"] { field.options = readOptions(node, what: what) }
        if type == .select, field.options.isEmpty {
            reader.error("\(what) is a select and needs options", at: node)
        }
        if let node = keys["accept"], let list = reader.words(node, "\(what) accept") {
            field.accept = list.map { ($0.hasPrefix(".") ? $0 : "." + $0).lowercased() }
        }
        return field
    }

    /// The pattern and example: given ones win over the type's built-in format; a pattern needs an example.
    private mutating func readFormat(_ field: inout FieldRule, keys: [String: Node], what: String) {
        if let builtIn = field.type.builtInFormat {
            field.pattern = builtIn.pattern
            field.example = builtIn.example
        }
        if let node = keys["pattern"], let pattern = reader.word(node, "\(what) pattern") {
            if let problem = PatternCheck.problem(in: pattern) {
                reader.error(problem, at: node)
            } else {
                field.pattern = pattern
                if keys["example"] == nil {
                    reader.error("\(what) has a pattern but no example to show customers", at: node)
                }
            }
        }
        if let node = keys["example"], let example = reader.word(node, "\(what) example") {
            field.example = example
            if let pattern = field.pattern, !FieldFormat.matches(example, pattern: pattern) {
                reader.error("\(what) example '\(example)' does not match its own pattern", at: node)
            }
        }
    }

    private mutating func readOptions(_ node: Node, what: String) -> [FieldOption] {
        guard let items = reader.list(node, "\(what) options") else { return [] }
        var options: [FieldOption] = []
        for item in items {
            if let value = item.scalar?.string {
                options.append(FieldOption(value: value, label: LocalizedText(Dictionary(uniqueKeysWithValues: languages.all.map { ($0, value) }))))
                continue
            }
            guard let keys = reader.keyed(item, allowed: ["value", "label"], in: "\(what) option"),
                  let valueNode = keys["value"], let value = reader.word(valueNode, "\(what) option value") else {
                reader.error("each option of \(what) needs a value", at: item)
                continue
            }
            let label = keys["label"].flatMap { reader.localized($0, "\(what) option '\(value)' label", languages: languages) }
            options.append(FieldOption(value: value, label: label ?? LocalizedText(Dictionary(uniqueKeysWithValues: languages.all.map { ($0, value) }))))
        }
        return options
    }

    /// Reads `{field: value}` or `{field: [values]}`; every condition must hold. Field names are checked now,
    /// or, with `deferCheck`, once every field is known.
    mutating func readConditions(_ node: Node, _ what: String, deferCheck: Bool = false) -> [Condition] {
        guard case .mapping(let mapping) = node else {
            reader.error("\(what) must map field ids to values, e.g. {category: software-error}", at: node)
            return []
        }
        var conditions: [Condition] = []
        for (keyNode, valueNode) in mapping {
            guard let field = reader.word(keyNode, "\(what) field"),
                  let values = reader.words(valueNode, "\(what).\(field)") else { continue }
            if deferCheck {
                pendingConditions.append((field, keyNode))
            } else if !knownField(field, at: keyNode, what) {
                continue
            }
            conditions.append(Condition(field: field, values: values))
        }
        return conditions
    }
}
