import DeskbookCore
import Yams

extension IntakeConfigParser {
    /// Every finding code's severity: the built-in one unless `severities` changes it.
    mutating func readSeverities(_ node: Node?) -> [String: Severity] {
        var result = Dictionary(uniqueKeysWithValues: FindingCode.allCases.map { ($0.rawValue, $0.defaultSeverity) })
        guard let node, let entries = reader.mapping(node, allowed: FindingCode.allCases.map(\.rawValue), in: "severities") else {
            return result
        }
        for entry in entries {
            guard let code = FindingCode(rawValue: entry.key), let name = reader.word(entry.node, "severities.\(entry.key)") else { continue }
            guard let severity = Severity(rawValue: name) else {
                reader.error("severity must be error or warning, not '\(name)'", at: entry.node)
                continue
            }
            guard code.severityIsConfigurable else {
                reader.error("\(entry.key) always blocks a request; its severity cannot change", at: entry.keyNode)
                continue
            }
            result[entry.key] = severity
        }
        return result
    }

    /// Every template in every site language: the built-in wording unless `messages` replaces it.
    mutating func readMessages(_ node: Node?) -> [String: [String: String]] {
        var result = MessageCatalog.defaults.mapValues { $0.filter { languages.all.contains($0.key) } }
        guard let node, let entries = reader.mapping(node, allowed: MessageCatalog.keys, in: "messages") else { return result }
        for entry in entries {
            guard let text = reader.localized(entry.node, "messages.\(entry.key)", languages: languages) else { continue }
            let allowed = Self.placeholders(in: MessageCatalog.defaults[entry.key]?["en"] ?? "")
            let allowedList = allowed.isEmpty ? "none" : allowed.sorted().map { "{\($0)}" }.joined(separator: ", ")
            for (language, template) in text.values.sorted(by: { $0.key < $1.key }) {
                for name in Self.placeholders(in: template).sorted() where !allowed.contains(name) {
                    reader.error("messages.\(entry.key) uses {\(name)}; placeholders it may use: \(allowedList)", at: entry.node)
                }
                result[entry.key, default: [:]][language] = template
            }
        }
        return result
    }

    /// The `{name}` placeholders of a template.
    static func placeholders(in template: String) -> Set<String> {
        var names: Set<String> = []
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            let after = rest[rest.index(after: open)...]
            guard let close = after.firstIndex(of: "}") else { break }
            let name = after[..<close]
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "_" }) { names.insert(String(name)) }
            rest = after[after.index(after: close)...]
        }
        return names
    }
}
