import DeskbookCore
import Yams

/// Reads typed values out of YAML nodes, collecting a diagnostic with file:line:col for every mistake.
struct ConfigReader {
    let source: YAMLSource
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String) {
        source = YAMLSource(path: path)
    }

    mutating func error(_ message: String, at node: Node) {
        diagnostics.append(.error(message, at: source.location(of: node)))
    }

    mutating func warning(_ message: String, at node: Node) {
        diagnostics.append(.warning(message, at: source.location(of: node)))
    }

    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// The entries of a mapping, reporting keys outside `allowed`; nil (with an error) when `node` is no mapping.
    mutating func mapping(_ node: Node, allowed: [String], in context: String) -> [(key: String, node: Node, keyNode: Node)]? {
        guard case .mapping(let mapping) = node else {
            error("\(context) must be a mapping of keys to values", at: node)
            return nil
        }
        var entries: [(key: String, node: Node, keyNode: Node)] = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                error("\(context) keys must be plain words", at: keyNode)
                continue
            }
            guard allowed.contains(key) else {
                error("unknown key '\(key)' in \(context); expected one of: \(allowed.joined(separator: ", "))", at: keyNode)
                continue
            }
            entries.append((key, value, keyNode))
        }
        return entries
    }

    /// Like `mapping`, as a dictionary for sections whose keys are read by name.
    mutating func keyed(_ node: Node, allowed: [String], in context: String) -> [String: Node]? {
        guard let entries = mapping(node, allowed: allowed, in: context) else { return nil }
        return Dictionary(entries.map { ($0.key, $0.node) }, uniquingKeysWith: { first, _ in first })
    }

    /// A scalar's text, or nil with an error for a list or a mapping.
    mutating func string(_ node: Node, _ what: String) -> String? {
        guard let scalar = node.scalar else {
            error("\(what) must be a single value, not a list or a mapping", at: node)
            return nil
        }
        return scalar.string
    }

    /// A non-empty scalar text.
    mutating func word(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("\(what) must not be empty", at: node)
            return nil
        }
        return text
    }

    mutating func int(_ node: Node, _ what: String, in range: ClosedRange<Int>) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            error("\(what) must be a whole number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", at: node)
            return nil
        }
        return value
    }

    mutating func double(_ node: Node, _ what: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(node, what) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            error("\(what) must be a number from \(range.lowerBound) to \(range.upperBound), not '\(text)'", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ node: Node, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error("\(what) must be true or false, not '\(text)'", at: node)
            return nil
        }
    }

    /// The items of a list; a single scalar counts as a list of one.
    mutating func list(_ node: Node, _ what: String) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar: return [node]
        default:
            error("\(what) must be a list", at: node)
            return nil
        }
    }

    /// A list of non-empty texts; a single scalar counts as a list of one.
    mutating func words(_ node: Node, _ what: String) -> [String]? {
        guard let items = list(node, what) else { return nil }
        return items.compactMap { word($0, "each item of \(what)") }
    }
}
