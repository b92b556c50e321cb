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
        guard case .scalar(let scalar) = node else {
            fail("'\(key)' must be text", key: key)
            return nil
        }
        return scalar.string
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

    mutating func positiveInt(_ key: String) -> Int? {
        guard let value = int(key) else { return nil }
        guard value > 0 else {
            fail("'\(key)' must be greater than zero", key: key)
            return nil
        }
        return value
    }

    mutating func day(_ key: String) -> Day? {
        guard let text = string(key) else { return nil }
        guard let day = Day(iso: text) else {
            fail("'\(key)' must be a date written YYYY-MM-DD, not '\(text)'", key: key)
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
        case .scalar(let scalar): return [(scalar.string, source.location(of: node))]
        case .sequence(let sequence):
            var values: [(text: String, location: SourceLocation)] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    diagnostics.append(.error("'\(key)' must be a list of text values", at: source.location(of: item)))
                    continue
                }
                values.append((scalar.string, source.location(of: item)))
            }
            return values
        default:
            fail("'\(key)' must be a list", key: key)
            return nil
        }
    }

    mutating func stringMap(_ key: String) -> [String: String]? {
        guard let node = values[key] else { return nil }
        guard case .map(let values) = YAMLSource.value(of: node) else {
            fail("'\(key)' must be a mapping", key: key)
            return nil
        }
        return values.compactMapValues(\.text)
    }
}
