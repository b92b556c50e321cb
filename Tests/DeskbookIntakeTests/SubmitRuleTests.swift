import DeskbookIntake
import Foundation
import Testing

/// `submit` in intake.yml: where the request form sends a request (an endpoint, an email address, or both).
@Suite struct SubmitRuleTests {
    private func parse(_ submit: String) -> (rules: IntakeRules?, diagnostics: [String]) {
        TestSupport.parse(ConfigParserTests.minimal + submit)
    }

    @Test func endpointAndEmailAreRead() throws {
        let parsed = parse("submit:\n  endpoint: /api/requests\n  email: support@example.com\n")
        #expect(parsed.diagnostics == [])
        let rules = try #require(parsed.rules)
        #expect(rules.submit == SubmitRule(endpoint: "/api/requests", email: "support@example.com"))
    }

    @Test(arguments: ["/api/requests", "https://support.example.com/requests", "https://api.example.com:8443/v1/requests?src=form",
                      "http://localhost:8080/requests", "http://127.0.0.1/requests"])
    func acceptedEndpoints(_ endpoint: String) throws {
        let parsed = parse("submit: {endpoint: '\(endpoint)'}\n")
        #expect(parsed.diagnostics == [])
        #expect(parsed.rules?.submit?.endpoint == endpoint)
        #expect(parsed.rules?.submit?.email == nil)
    }

    @Test func rejectedEndpointsAreReportedAtTheirLine() {
        #expect(parse("submit:\n  endpoint: javascript:alert(1)\n").diagnostics == [
            "intake.yml:8:13: error: submit.endpoint must be a path such as /api/requests or an https:// URL, not 'javascript:alert(1)'",
        ])
        #expect(parse("submit:\n  endpoint: http://support.example.com/requests\n").diagnostics == [
            "intake.yml:8:13: error: submit.endpoint 'http://support.example.com/requests' would send requests unencrypted; use https:// (http:// only for localhost)",
        ])
        #expect(parse("submit: {endpoint: //evil.example/x}\n").diagnostics.count == 1)
        #expect(parse("submit: {endpoint: 'https://user@evil.example/x'}\n").diagnostics.count == 1)
        #expect(parse("submit: {endpoint: '/api/<x>'}\n").diagnostics.count == 1)
    }

    @Test func badEmailAndUnknownKeys() {
        #expect(parse("submit:\n  email: support at example.com\n  fax: 123\n").diagnostics == [
            "intake.yml:8:10: error: submit.email 'support at example.com' is not an email address such as support@example.com",
            "intake.yml:9:3: error: unknown key 'fax' in submit; expected one of: endpoint, email, honeypot",
        ])
        #expect(parse("submit: {email: 'a@b.co?cc=x@y.com'}\n").diagnostics.count == 1)
    }

    @Test func anEmptySubmitSectionIsAnError() {
        let parsed = parse("submit: {}\n")
        #expect(parsed.diagnostics == [
            "intake.yml:7:9: error: submit needs an endpoint (a URL the form posts requests to) or an email (for email-only support)",
        ])
        #expect(parsed.rules == nil)
    }

    @Test func submitTravelsInTheBrowserRules() throws {
        let rules = try #require(parse("submit: {email: help@example.org}\n").rules)
        let json = try #require(String(data: try rules.browserJSON(), encoding: .utf8))
        #expect(json.contains(#""submit":{"email":"help@example.org"}"#))
        #expect(try JSONDecoder().decode(IntakeRules.self, from: rules.browserJSON()) == rules)
        // Without a submit section the browser rules are unchanged (no key at all).
        let plain = try #require(TestSupport.parse(ConfigParserTests.minimal).rules)
        #expect(!(String(data: try plain.browserJSON(), encoding: .utf8) ?? "").contains("submit"))
    }
}
