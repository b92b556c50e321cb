import DeskbookCore
import Yams

extension IntakeConfigParser {
    /// `submit: {endpoint: URL, email: address, honeypot: name}`: an endpoint or an email, each checked for shape.
    mutating func readSubmit(_ node: Node) -> SubmitRule? {
        guard let keys = reader.keyed(node, allowed: ["endpoint", "email", "honeypot"], in: "submit") else { return nil }
        var rule = SubmitRule()
        if let endpointNode = keys["endpoint"], let endpoint = reader.word(endpointNode, "submit.endpoint") {
            if let problem = Self.endpointProblem(endpoint) {
                reader.error(problem, at: endpointNode)
            } else {
                rule.endpoint = endpoint
            }
        }
        if let emailNode = keys["email"], let email = reader.word(emailNode, "submit.email") {
            if FieldFormat.matches(email, pattern: EmailPattern.excluding(#"\s@?&#/:,;<>""#)) {
                rule.email = email
            } else {
                reader.error("submit.email '\(email)' is not an email address such as support@example.com", at: emailNode)
            }
        }
        if let honeypotNode = keys["honeypot"], let honeypot = reader.word(honeypotNode, "submit.honeypot") {
            if fields.contains(where: { $0.id == honeypot }) || !FieldFormat.matches(honeypot, pattern: "[A-Za-z_][A-Za-z0-9_-]*") {
                reader.error("submit.honeypot must be a name such as \(SubmitRule.defaultHoneypot) that no field uses, not '\(honeypot)'", at: honeypotNode)
            } else {
                rule.honeypot = honeypot
            }
        }
        if keys["endpoint"] == nil && keys["email"] == nil {
            reader.error("submit needs an endpoint (a URL the form posts requests to) or an email (for email-only support)", at: node)
        }
        return rule.endpoint == nil && rule.email == nil ? nil : rule
    }

    /// Nil for a usable endpoint: a path on the site's host, or an https URL (http only for localhost).
    static func endpointProblem(_ endpoint: String) -> String? {
        let usage = "submit.endpoint must be a path such as /api/requests or an https:// URL, not '\(endpoint)'"
        guard !endpoint.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || "\"'<>\\`".unicodeScalars.contains($0) }) else {
            return usage
        }
        if endpoint.hasPrefix("/") {
            return endpoint.hasPrefix("//") ? usage : nil
        }
        let lowered = endpoint.lowercased()
        for scheme in ["https://", "http://"] where lowered.hasPrefix(scheme) {
            let rest = lowered.dropFirst(scheme.count)
            let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            guard !authority.isEmpty, !authority.contains("@") else { return usage }
            if scheme == "http://" {
                let host = authority.hasPrefix("[") ? String(authority.prefix { $0 != "]" }) + "]" : String(authority.prefix { $0 != ":" })
                guard ["localhost", "127.0.0.1", "[::1]"].contains(host) else {
                    return "submit.endpoint '\(endpoint)' would send requests unencrypted; use https:// (http:// only for localhost)"
                }
            }
            return nil
        }
        return usage
    }
}
