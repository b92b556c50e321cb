import Foundation
import DeskbookCore
import Yams

/// Typed, position-aware reads from a YAML mapping, collecting diagnostics instead of throwing.
struct MappingReader {
    let mapping: Node.Mapping
    let source: YAMLSource
    var diagnostics: [Diagnostic] = []
    /// Values by key text; Yams' own subscript compares nodes one by one.
    private let values: [String: Node]
    /// Keys of the mapping in order, with where each was written.
    let keys: [(string: String, location: SourceLocation)]

    init(mapping: Node.Mapping, source: YAMLSource) {
        self.mapping = mapping
        self.source = source
        var values: [String: Node] = [:]
        var keys: [(string: String, location: SourceLocation)] = []
        for (key, value) in mapping {
            let text = key.string ?? "\(key)"
            if values[text] == nil { values[text] = value }
            keys.append((text, source.location(of: key)))
        }
        self.values = values
        self.keys = keys
    }

    func node(_ key: String) -> Node? { values[key] }

    func unknownKeys(_ known: Set<String>) -> [(string: String, location: SourceLocation)] {
        keys.filter { !known.contains($0.string) }
    }

    func location(of key: String) -> SourceLocation {
        values[key].map(source.location(of:)) ?? source.location(of: .mapping(mapping))
    }

    mutating func fail(_ message: String, key: String) {
        diagnostics.append(.error(message, at: location(of: key)))
    }

    mutating func string(_ key: String) -> String? {
        guard let node = values[key] else { return nil }
        return text(of: node, named: "'\(key)'")
    }

    /// The text of a value YAML reads as a string. A list, a mapping, or a plain `null`, `yes` or `42` (which
    /// YAML reads as nothing, a boolean or a number) is an error at the value, telling to quote it.
    private mutating func text(of node: Node, named name: String) -> String? {
        guard case .scalar(let scalar) = node else {
            diagnostics.append(.error("\(name) must be text", at: source.location(of: node)))
            return nil
        }
        let value = YAMLSource.value(of: node)
        if case .string = value { return scalar.string }
        let message: String
        switch value {
        case .null where scalar.string.isEmpty: message = "\(name) has no value"
        case .null: message = "\(name) must be text, but YAML reads \(scalar.string) as no value"
        case .bool: message = "\(name) must be text, but YAML reads \(scalar.string) as true or false"
        default: message = "\(name) must be text, but YAML reads \(scalar.string) as a number"
        }
        let hint = scalar.string.isEmpty ? "" : "; put it in quotes (\"\(scalar.string)\") to mean the text"
        diagnostics.append(.error(message + hint, at: source.location(of: node)))
        return nil
    }

    mutating func requiredString(_ key: String) -> String? {
        guard values[key] != nil else {
            diagnostics.append(.error("missing required key '\(key)'", at: source.location(of: .mapping(mapping))))
            return nil
        }
        guard let value = string(key) else { return nil }
        if value.trimmingCharacters(in: .whitespaces).isEmpty {
            fail("'\(key)' must not be empty", key: key)
            return nil
        }
        return value
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = values[key] else { return nil }
        guard case .bool(let value) = YAMLSource.value(of: node) else {
            fail("'\(key)' must be true or false", key: key)
            return nil
        }
        return value
    }

    mutating func int(_ key: String) -> Int? {
        guard let node = values[key] else { return nil }
        guard case .int(let value) = YAMLSource.value(of: node) else {
            fail("'\(key)' must be a whole number", key: key)
            return nil
        }
        return value
    }

    /// A whole number within `range`, so that limits stay sane and arithmetic on them cannot overflow.
    mutating func int(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = int(key) else { return nil }
        guard range.contains(value) else {
            fail("'\(key)' must be a whole number from \(range.lowerBound) to \(range.upperBound), not \(value)", key: key)
            return nil
        }
        return value
    }

    /// A date written `YYYY-MM-DD` that exists in the calendar.
    mutating func day(_ key: String) -> Day? {
        guard let node = values[key] else { return nil }
        guard case .scalar(let scalar) = node, let day = Day(iso: scalar.string) else {
            let written = node.scalar.map { " not '\($0.string)'" } ?? ""
            fail("'\(key)' must be a date written YYYY-MM-DD that exists in the calendar,\(written)", key: key)
            return nil
        }
        return day
    }

    /// A list of strings; a single string is accepted as a one-element list.
    mutating func stringList(_ key: String) -> [String]? {
        locatedStringList(key)?.map(\.text)
    }

    /// A list of strings with where each was written; a single string is accepted as a one-element list.
    mutating func locatedStringList(_ key: String) -> [(text: String, location: SourceLocation)]? {
        guard let node = values[key] else { return nil }
        switch node {
        case .scalar: return text(of: node, named: "'\(key)'").map { [($0, source.location(of: node))] }
        case .sequence(let sequence):
            return sequence.compactMap { item in text(of: item, named: "each of '\(key)'").map { ($0, source.location(of: item)) } }
        default:
            fail("'\(key)' must be a list", key: key)
            return nil
        }
    }

    mutating func stringMap(_ key: String) -> [String: String]? {
        guard let node = values[key] else { return nil }
        guard case .mapping(let mapping) = node else {
            fail("'\(key)' must be a mapping", key: key)
            return nil
        }
        var values: [String: String] = [:]
        for (name, value) in mapping {
            let name = name.string ?? "\(name)"
            values[name] = text(of: value, named: "'\(key).\(name)'")
        }
        return values
    }
}
