import Foundation

extension CheckResult {
    /// The `--json` form: `{ready, findings, suggestions, route, expected_response}`, keys sorted.
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(self) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// The form for people: a verdict line, then findings, route, expected response (for a request that can be
    /// sent) and articles.
    public func text() -> String {
        var lines = [ready ? "ready: the request can be sent" : "not ready: fix the errors below"]
        for finding in findings {
            let place = finding.field.map { " [\(Self.printable($0))]" } ?? ""
            lines.append("\(finding.severity.rawValue): \(finding.code)\(place): \(finding.message)")
        }
        if let route {
            lines.append("route: \(route.label) (\(route.department))")
        }
        if ready, let expectedResponse {
            lines.append(expectedResponse.message)
        }
        for suggestion in suggestions {
            lines.append("article: \(suggestion.title) <\(suggestion.url)> score \(suggestion.score)")
        }
        return lines.joined(separator: "\n")
    }

    /// A request key safe for a terminal: control characters become `?`.
    private static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) ? "?" : $0 }))
    }
}
