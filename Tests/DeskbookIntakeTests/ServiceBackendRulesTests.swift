import DeskbookIntake
import Testing

/// intake.yml's `store` and `forward.email`: the intake service's PostgreSQL store and its mail destinations.
@Suite struct ServiceBackendRulesTests {
    private func parse(_ yaml: String) -> (rules: IntakeRules?, diagnostics: [String]) {
        TestSupport.parse(ConfigParserTests.minimal + yaml)
    }

    @Test func storeTakesAPostgresURLWithoutAPassword() throws {
        #expect(parse("store: postgres://deskbook@db.internal/help\n").rules?.service.store == "postgres://deskbook@db.internal/help")
        #expect(parse("store: 'postgres://deskbook:hunter2@db.internal/help'\n").diagnostics.first?.contains("must not carry a password") == true)
        #expect(parse("store: intake.sqlite\n").diagnostics.first?.contains("must be a postgres://") == true)
    }

    @Test func emailReadsItsServerSecretsAndAcknowledgement() throws {
        let parsed = parse("""
            forward:
              email:
                to: [support@example.com, desk@example.com]
                from: help@example.com
                smtp_url: 'smtp://mail.example.com:587'
                username_env: SMTP_USER
                password_env: SMTP_PASSWORD
                starttls: true
                acknowledge: description

            """)
        #expect(parsed.diagnostics == [])
        let email = try #require(parsed.rules?.service.forward.emails.first)
        #expect(email == EmailRule(
            name: "email", to: ["support@example.com", "desk@example.com"], from: "help@example.com", smtpURL: "smtp://mail.example.com:587",
            usernameEnvironment: "SMTP_USER", passwordEnvironment: "SMTP_PASSWORD", startTLS: true, acknowledgeField: "description"
        ))
        #expect(parsed.rules?.service.forward.destinationNames == ["email", "email-acknowledgement"])
    }

    @Test func badEmailSettingsAreReported() {
        let base = "forward:\n  email: {to: support@example.com, from: help@example.com, smtp_url: 'smtp://mail.example.com'"
        #expect(parse(base + ", acknowledge: nope}\n").diagnostics.first?.contains("there is no field 'nope'") == true)
        #expect(parse(base + ", password_env: SMTP_PASSWORD}\n").diagnostics.first?.contains("both username_env and password_env") == true)
        #expect(parse(base + ", username_env: 'a-b', password_env: P}\n").diagnostics.first?.contains("names an environment variable") == true)
        #expect(parse("forward:\n  email: {to: 'a@b.example, c@d.example', from: help@example.com, smtp_url: 'smtp://m.example'}\n")
            .diagnostics.first?.contains("is not an email address") == true)
        #expect(parse("forward:\n  email: {to: a@b.example, from: help@example.com, smtp_url: 'http://m.example'}\n")
            .diagnostics.first?.contains("smtp_url must be") == true)
        #expect(parse("forward:\n  email: {to: a@b.example}\n").diagnostics.first?.contains("needs to, from and smtp_url") == true)
    }
}
