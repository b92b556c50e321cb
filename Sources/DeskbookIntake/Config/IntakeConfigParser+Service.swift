import DeskbookCore
import Foundation
import Yams

extension IntakeConfigParser {
    /// `ticket: {format: "OT-{year}-{seq:6}"}`.
    mutating func readTicket(_ node: Node) -> TicketFormat {
        guard let keys = reader.keyed(node, allowed: ["format"], in: "ticket"),
              let formatNode = keys["format"], let text = reader.word(formatNode, "ticket.format") else {
            return .default
        }
        switch TicketFormat.parse(text) {
        case .success(let format): return format
        case .failure(let problem):
            reader.error("ticket.format '\(text)': \(problem.message)", at: formatNode)
            return .default
        }
    }

    /// `store: postgres://user@host/database`: a URL with no password (that comes from PGPASSWORD).
    mutating func readStore(_ node: Node) -> String? {
        guard let text = reader.word(node, "store") else { return nil }
        guard text.hasPrefix("postgres://") || text.hasPrefix("postgresql://"), let url = URLComponents(string: text), url.host?.isEmpty == false else {
            reader.error("store must be a postgres://user@host/database URL (SQLite, the default, needs no store key), not '\(text)'", at: node)
            return nil
        }
        guard url.password == nil else {
            reader.error("store must not carry a password: a file in the site is no place for it; set PGPASSWORD in the service's environment", at: node)
            return nil
        }
        return text
    }

    /// `duplicates: {window_hours, similarity}` (similarity in percent, 50 to 100).
    mutating func readDuplicates(_ node: Node) -> DuplicateRule {
        var rule = DuplicateRule()
        guard let keys = reader.keyed(node, allowed: ["window_hours", "similarity_percent"], in: "duplicates") else { return rule }
        if let hours = keys["window_hours"].flatMap({ reader.int($0, "duplicates.window_hours", in: 1...8760) }) { rule.windowHours = hours }
        if let percent = keys["similarity_percent"].flatMap({ reader.int($0, "duplicates.similarity_percent", in: 50...100) }) {
            rule.similarity = Double(percent) / 100
        }
        return rule
    }

    /// `contracts: {file, field}`: a CSV beside intake.yml and the field it is checked against.
    mutating func readContracts(_ node: Node) -> ContractRule? {
        guard let keys = reader.keyed(node, allowed: ["file", "field"], in: "contracts") else { return nil }
        guard let fileNode = keys["file"], let fieldNode = keys["field"],
              let file = reader.word(fileNode, "contracts.file"), let field = reader.word(fieldNode, "contracts.field") else {
            reader.error("contracts needs a file (a CSV of id,valid_until) and the field holding the customer's id", at: node)
            return nil
        }
        guard !file.hasPrefix("/"), !file.split(separator: "/").contains("..") else {
            reader.error("contracts.file is a path inside the site folder, not '\(file)'", at: fileNode)
            return nil
        }
        guard fields.contains(where: { $0.id == field }) else {
            reader.error("contracts.field names the field with the customer's id or contract; there is no field '\(field)'", at: fieldNode)
            return nil
        }
        return ContractRule(file: file, field: field)
    }

    /// `forward: {webhook: {url, secret_env} or a list of them, email: {...} or a list, max_attempts, retry_delay}`.
    mutating func readForward(_ node: Node) -> ForwardRule {
        var rule = ForwardRule()
        guard let keys = reader.keyed(node, allowed: ["webhook", "email", "max_attempts", "retry_delay"], in: "forward") else { return rule }
        if let value = keys["max_attempts"].flatMap({ reader.int($0, "forward.max_attempts", in: 1...100) }) {
            rule.maxAttempts = value
        }
        if let value = keys["retry_delay"].flatMap({ reader.int($0, "forward.retry_delay", in: 1...3600) }) {
            rule.retryDelay = value
        }
        if let webhookNode = keys["webhook"] {
            let items: [Node] = if case .sequence(let list) = webhookNode { Array(list) } else { [webhookNode] }
            for item in items {
                let name = rule.webhooks.isEmpty ? "webhook" : "webhook-\(rule.webhooks.count + 1)"
                if let webhook = readWebhook(item, name: name) { rule.webhooks.append(webhook) }
            }
        }
        if let emailNode = keys["email"] {
            let items: [Node] = if case .sequence(let list) = emailNode { Array(list) } else { [emailNode] }
            for item in items {
                let name = rule.emails.isEmpty ? "email" : "email-\(rule.emails.count + 1)"
                if let email = readEmail(item, name: name) { rule.emails.append(email) }
            }
        }
        return rule
    }

    private mutating func readWebhook(_ node: Node, name: String) -> WebhookRule? {
        guard let keys = reader.keyed(node, allowed: ["url", "secret_env"], in: "forward.webhook") else { return nil }
        guard let urlNode = keys["url"], let secretNode = keys["secret_env"] else {
            reader.error("forward.webhook needs a url and secret_env (the environment variable holding its signing key)", at: node)
            return nil
        }
        guard let url = reader.word(urlNode, "forward.webhook.url"), let secret = reader.word(secretNode, "forward.webhook.secret_env") else {
            return nil
        }
        var usable = true
        if url.hasPrefix("/") || Self.endpointProblem(url) != nil {
            reader.error("forward.webhook.url must be a full https:// URL (http:// only for localhost), not '\(url)'", at: urlNode)
            usable = false
        }
        if !FieldFormat.matches(secret, pattern: "[A-Za-z_][A-Za-z0-9_]*") {
            reader.error("forward.webhook.secret_env names an environment variable (such as DESKBOOK_WEBHOOK_KEY), not '\(secret)'; the key itself never goes in a file", at: secretNode)
            usable = false
        }
        return usable ? WebhookRule(name: name, url: url, secretEnvironment: secret) : nil
    }

    /// `email: {to, from, smtp_url, username_env, password_env, starttls, acknowledge}`.
    private mutating func readEmail(_ node: Node, name: String) -> EmailRule? {
        let allowed = ["to", "from", "smtp_url", "username_env", "password_env", "starttls", "acknowledge"]
        guard let keys = reader.keyed(node, allowed: allowed, in: "forward.email") else { return nil }
        guard let toNode = keys["to"], let fromNode = keys["from"], let urlNode = keys["smtp_url"] else {
            reader.error("forward.email needs to, from and smtp_url", at: node)
            return nil
        }
        let to: [String]? = if case .sequence = toNode { reader.words(toNode, "forward.email.to") } else { reader.word(toNode, "forward.email.to").map { [$0] } }
        guard let to, let from = reader.word(fromNode, "forward.email.from"), let url = reader.word(urlNode, "forward.email.smtp_url") else { return nil }
        var usable = true
        for address in to + [from] where !EmailAddress.isValid(address) {
            reader.error("forward.email: '\(address)' is not an email address", at: node)
            usable = false
        }
        if !(url.hasPrefix("smtp://") || url.hasPrefix("smtps://")) || URLComponents(string: url)?.host?.isEmpty != false || URLComponents(string: url)?.password != nil {
            reader.error("forward.email.smtp_url must be smtp://host:port or smtps://host:port, without a password, not '\(url)'", at: urlNode)
            usable = false
        }
        var variables: [String: String] = [:]
        for key in ["username_env", "password_env"] {
            guard let variableNode = keys[key], let variable = reader.word(variableNode, "forward.email.\(key)") else { continue }
            if FieldFormat.matches(variable, pattern: "[A-Za-z_][A-Za-z0-9_]*") {
                variables[key] = variable
            } else {
                reader.error("forward.email.\(key) names an environment variable (such as SMTP_PASSWORD), not '\(variable)'; secrets never go in a file", at: variableNode)
                usable = false
            }
        }
        if (keys["username_env"] == nil) != (keys["password_env"] == nil) {
            reader.error("forward.email needs both username_env and password_env, or neither", at: node)
            usable = false
        }
        let startTLS = keys["starttls"].flatMap { reader.bool($0, "forward.email.starttls") } ?? false
        var acknowledgeField: String?
        if let ackNode = keys["acknowledge"], let field = reader.word(ackNode, "forward.email.acknowledge") {
            if fields.contains(where: { $0.id == field }) {
                acknowledgeField = field
            } else {
                reader.error("forward.email.acknowledge names the field with the customer's address; there is no field '\(field)'", at: ackNode)
                usable = false
            }
        }
        return usable ? EmailRule(
            name: name, to: to, from: from, smtpURL: url, usernameEnvironment: variables["username_env"],
            passwordEnvironment: variables["password_env"], startTLS: startTLS, acknowledgeField: acknowledgeField
        ) : nil
    }
}
