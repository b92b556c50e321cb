import DeskbookCore
import Foundation
import Yams

/// Why raw request bytes could not become field values.
public struct RequestProblem: Error, Sendable, Hashable {
    public var code: FindingCode
    /// Extra values for the message template (`max` for an oversized request).
    public var values: [String: String]

    public init(_ code: FindingCode, values: [String: String] = [:]) {
        self.code = code
        self.values = values
    }
}

/// Turns the bytes of a request file (JSON, or YAML for people writing by hand) into a request value.
public enum RequestReader {
    /// The decoded request, or the reason it cannot be read: too large, not UTF-8, or neither JSON nor YAML (a
    /// key given twice counts as unreadable, in JSON as in YAML: see `RequestJSON`).
    public static func read(_ data: Data, limit: Int) -> Result<RequestValue, RequestProblem> {
        guard data.count <= limit else { return .failure(RequestProblem(.requestTooLarge, values: ["max": String(limit)])) }
        guard let text = String(validating: data, as: UTF8.self) else { return .failure(RequestProblem(.requestEncoding)) }
        let trimmed = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
        if trimmed.first == "{" || trimmed.first == "[" {
            guard let value = try? RequestJSON.parse(trimmed) else { return .failure(RequestProblem(.requestSyntax)) }
            return .success(value)
        }
        switch YAMLSource(path: "request").parse(String(trimmed)) {
        case .success(let node): return .success(node.map(value(of:)) ?? .object([:]))
        case .failure: return .failure(RequestProblem(.requestSyntax))
        }
    }

    /// YAML scalars stay text, except null and true/false, so `version: 3.10` keeps its zero.
    static func value(of node: Node) -> RequestValue {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain {
                if ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return .null }
                if let bool = Bool.construct(from: scalar) { return .bool(bool) }
            }
            return .string(scalar.string)
        case .sequence(let sequence):
            return .array(sequence.map(value(of:)))
        case .mapping(let mapping):
            var result: [String: RequestValue] = [:]
            for (key, child) in mapping {
                result[key.scalar?.string ?? ""] = value(of: child)
            }
            return .object(result)
        case .alias:
            return .null
        }
    }
}
