import DeskbookCore
import Foundation

/// The valid contracts of intake.yml `contracts:`, read from its CSV file: each id with its last valid day.
public struct ContractRegistry: Sendable, Hashable {
    public var field: String
    /// By id, upper-cased and trimmed, so `w-58213` finds `W-58213`.
    var validUntil: [String: Day]

    /// What the registry says about one id.
    public enum Standing: Sendable, Hashable {
        case valid
        case unknown
        case expired(Day)
    }

    public init(field: String, validUntil: [String: Day]) {
        self.field = field
        self.validUntil = Dictionary(validUntil.map { (Self.key($0.key), $0.value) }, uniquingKeysWith: max)
    }

    /// Reads the CSV text (a header `id,valid_until`, then one contract a line; quotes around a value are
    /// dropped). Every problem is a diagnostic at `path:line:1`.
    public static func parse(_ text: String, path: String, field: String) -> Result<ContractRegistry, DiagnosticList> {
        var contracts: [String: Day] = [:]
        var problems: [Diagnostic] = []
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        guard let header = lines.first, cells(header) == ["id", "valid_until"] else {
            return .failure(DiagnosticList([Diagnostic(.error, "the first line must be: id,valid_until", at: SourceLocation(path: path))]))
        }
        for (index, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            let values = cells(line)
            guard values.count == 2, !values[0].isEmpty, let day = Day(iso: values[1]) else {
                problems.append(Diagnostic(.error, "expected an id and a date such as W-58213,2027-03-31", at: SourceLocation(path: path, line: index + 1)))
                continue
            }
            contracts[key(values[0])] = max(contracts[key(values[0])] ?? day, day)
        }
        return problems.isEmpty ? .success(ContractRegistry(field: field, validUntil: contracts)) : .failure(DiagnosticList(problems))
    }

    /// Whether `id` holds a contract valid on `day` (its last valid day included).
    public func standing(of id: String, on day: Day) -> Standing {
        guard let until = validUntil[Self.key(id)] else { return .unknown }
        return until < day ? .expired(until) : .valid
    }

    private static func key(_ id: String) -> String {
        id.trimmingCharacters(in: .whitespaces).uppercased()
    }

    private static func cells(_ line: Substring) -> [String] {
        line.split(separator: ",", omittingEmptySubsequences: false).map { cell in
            var value = cell.trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value
        }
    }
}
