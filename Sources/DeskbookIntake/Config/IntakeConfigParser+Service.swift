import DeskbookCore
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

    /// `forward: {webhook: {url, secret_env} or a list of them, max_attempts, retry_delay}`.
    mutating func readForward(_ node: Node) -> ForwardRule {
        var rule = ForwardRule()
        guard let keys = reader.keyed(node, allowed: ["webhook", "max_attempts", "retry_delay"], in: "forward") else { return rule }
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
}
