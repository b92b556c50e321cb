import DeskbookCore
import DeskbookSite
import Foundation
import Testing

/// The Content-Security-Policy lets forms post only to the site itself, plus, on the request page, where the
/// request form sends requests: the origin of `submit.endpoint`, or `mailto:` for email-only support.
@Suite struct FormActionPolicyTests {
    /// The `form-action` sources of a page's Content-Security-Policy.
    func formAction(_ html: String?) -> String? {
        guard let html, let policy = html.firstMatch(of: /http-equiv="Content-Security-Policy" content="([^"]*)"/)?.output.1 else { return nil }
        let directive = policy.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.first { $0.hasPrefix("form-action") }
        return directive.map { String($0.dropFirst("form-action".count)).trimmingCharacters(in: .whitespaces) }
    }

    func build(submit: [String: String]?) async throws -> TemporarySite {
        let site = try TemporarySite(files: RequestFormTests.pages, config: RequestFormTests.config)
        var builder = SiteBuilder(now: { Date(timeIntervalSince1970: 1_790_000_000) })
        if let submit {
            builder.requestForms = RequestFormTests.FixedForms(json: try RequestFormTests.rules(submit: submit))
        }
        let options = BuildOptions(source: site.root, output: site.output, builtinThemes: TemporarySite.repositoryRoot + "/themes")
        let report = await builder.build(options)
        #expect(report.outcome == .built, "\(report.diagnostics)")
        return site
    }

    @Test func pagesPostOnlyToTheSiteItself() async throws {
        let site = try await build(submit: nil)
        for path in ["public/en/a/index.html", "public/en/index.html", "public/en/request/index.html", "public/404.html"] {
            #expect(formAction(site.read(path)) == "'self'", "\(path)")
        }
    }

    @Test func theRequestPageMayPostToItsEndpointOrigin() async throws {
        let site = try await build(submit: ["endpoint": "https://api.example.com:8443/v1/requests"])
        #expect(formAction(site.read("public/en/request/index.html")) == "'self' https://api.example.com:8443")
        #expect(formAction(site.read("public/ru/request/index.html")) == "'self' https://api.example.com:8443")
        #expect(formAction(site.read("public/en/a/index.html")) == "'self'")
    }

    @Test func aRelativeEndpointNeedsNothingMore() async throws {
        let site = try await build(submit: ["endpoint": "/api/requests"])
        #expect(formAction(site.read("public/en/request/index.html")) == "'self'")
    }

    @Test func emailOnlySupportMayComposeAnEmail() async throws {
        let site = try await build(submit: ["email": "help@example.com"])
        #expect(formAction(site.read("public/en/request/index.html")) == "'self' mailto:")
        #expect(formAction(site.read("public/en/a/index.html")) == "'self'")
    }
}
