import DeskbookIntake
import Testing

/// intake.yml's `ticket`, `forward`, attachment limits and `submit.honeypot`: what the intake service reads.
@Suite struct ServiceRulesTests {
    private func parse(_ yaml: String) -> (rules: IntakeRules?, diagnostics: [String]) {
        TestSupport.parse(ConfigParserTests.minimal + yaml)
    }

    @Test func ticketFormatNumbersFromTheSequence() throws {
        let parsed = parse("ticket: {format: \"OT-{year}-{seq:6}\"}\n")
        #expect(parsed.diagnostics == [])
        let format = try #require(parsed.rules?.service.ticketFormat)
        #expect(format.number(sequence: 42, year: 2026) == "OT-2026-000042")
        #expect(format.number(sequence: 1_234_567, year: 2026) == "OT-2026-1234567")
        #expect(try TicketFormat.parse("#{seq}").get().number(sequence: 7, year: 2026) == "#7")
    }

    @Test func withoutTicketTheDefaultFormatIsUsed() throws {
        let rules = try #require(parse("").rules)
        #expect(rules.service.ticketFormat == .default)
        #expect(rules.service.ticketFormat.number(sequence: 3, year: 2026) == "2026-000003")
        #expect(rules.service.forward == ForwardRule())
        #expect(rules.honeypot == SubmitRule.defaultHoneypot)
    }

    @Test func badFormatsAreReportedAtTheirLine() {
        #expect(parse("ticket:\n  format: OT-{year}\n").diagnostics == [
            "intake.yml:8:11: error: ticket.format 'OT-{year}': the format needs {seq} (or {seq:N}) so that numbers never repeat",
        ])
        #expect(parse("ticket:\n  format: '{seq:99}'\n").diagnostics.first?.hasPrefix("intake.yml:8:11: error: ticket.format '{seq:99}': {seq:99} needs a width") == true)
        #expect(parse("ticket:\n  format: '{day}-{seq}'\n").diagnostics.first?.contains("unknown placeholder {day}") == true)
        #expect(parse("ticket:\n  format: 'a b {seq}'\n").diagnostics.count == 1)
        #expect(parse("ticket:\n  number: x\n").diagnostics.first?.contains("unknown key 'number' in ticket") == true)
    }

    @Test func forwardReadsWebhooksAndRetries() throws {
        let parsed = parse("""
            forward:
              max_attempts: 4
              retry_delay: 2
              webhook:
                - {url: "https://helpdesk.example.com/hook", secret_env: HELPDESK_KEY}
                - {url: "http://127.0.0.1:9000/in", secret_env: LOCAL_KEY}

            """)
        #expect(parsed.diagnostics == [])
        let forward = try #require(parsed.rules?.service.forward)
        #expect(forward == ForwardRule(webhooks: [
            WebhookRule(name: "webhook", url: "https://helpdesk.example.com/hook", secretEnvironment: "HELPDESK_KEY"),
            WebhookRule(name: "webhook-2", url: "http://127.0.0.1:9000/in", secretEnvironment: "LOCAL_KEY"),
        ], maxAttempts: 4, retryDelay: 2))
    }

    @Test func forwardMistakesAreReported() {
        #expect(parse("forward:\n  webhook: {url: 'http://helpdesk.example.com/x', secret_env: KEY}\n").diagnostics == [
            "intake.yml:8:18: error: forward.webhook.url must be a full https:// URL (http:// only for localhost), not 'http://helpdesk.example.com/x'",
        ])
        // A key written into the file instead of the name of a variable holding it.
        #expect(parse("forward:\n  webhook: {url: 'https://h.example/x', secret_env: 's3cr3t key!'}\n").diagnostics.first?
            .contains("names an environment variable") == true)
        #expect(parse("forward:\n  webhook: {url: 'https://h.example/x'}\n").diagnostics.first?.contains("needs a url and secret_env") == true)
        #expect(parse("forward:\n  max_attempts: 0\n").diagnostics.count == 1)
    }

    @Test func attachmentLimitsAndHoneypot() throws {
        let rules = try #require(parse("limits: {attachment_bytes: 2000, attachments: 2}\nsubmit: {endpoint: /api/requests, honeypot: nickname}\n").rules)
        #expect(rules.limits.attachmentBytes == 2000 && rules.limits.attachments == 2)
        #expect(rules.honeypot == "nickname")
        #expect(parse("submit: {endpoint: /api/requests, honeypot: subject}\n").diagnostics.first?.contains("that no field uses") == true)
    }

    /// Webhook addresses and key names are for the server only.
    @Test func serviceRulesStayOutOfTheBrowserJSON() throws {
        let rules = try #require(parse("ticket: {format: 'OT-{seq}'}\nforward:\n  webhook: {url: 'https://secret-helpdesk.example/x', secret_env: HOOK_KEY}\n").rules)
        let json = String(decoding: try rules.browserJSON(), as: UTF8.self)
        #expect(!json.contains("secret-helpdesk") && !json.contains("HOOK_KEY") && !json.contains("OT-"))
    }
}
