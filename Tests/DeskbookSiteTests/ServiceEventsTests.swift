import DeskbookCore
import DeskbookSite
import Foundation
import Testing

/// Pages of a site whose request form posts to the intake service name its `/events` endpoint (`data-api`),
/// let the CSP connect to it, and carry the "Was this helpful?" widget; other sites have none of it.
@Suite struct ServiceEventsTests {
    typealias Forms = RequestFormTests.FixedForms

    private func build(submit: [String: String]?) async throws -> TemporarySite {
        let site = try TemporarySite(files: RequestFormTests.pages, config: RequestFormTests.config)
        let json = try submit.map { try RequestFormTests.rules(submit: $0) } ?? RequestFormTests.exampleRules
        let options = BuildOptions(source: site.root, output: site.output, builtinThemes: TemporarySite.repositoryRoot + "/themes")
        var builder = SiteBuilder(now: { Date(timeIntervalSince1970: 1_790_000_000) })
        builder.requestForms = Forms(json: json)
        let report = await builder.build(options)
        #expect(report.outcome == .built, "\(report.diagnostics)")
        return site
    }

    @Test func everyPageOfAServiceSiteNamesTheEventsEndpointAndMayConnectToIt() async throws {
        let site = try await build(submit: ["endpoint": "https://api.example.com:8443/v1/requests"])
        for path in ["public/en/a/index.html", "public/ru/index.html", "public/en/search/index.html", "public/en/request/index.html"] {
            let html = try #require(site.read(path))
            #expect(html.contains(#"<body data-api="https://api.example.com:8443/v1/events">"#), "\(path)")
            #expect(html.contains("connect-src 'self' https://api.example.com:8443;"), "\(path)")
            #expect(html.contains(#"<script type="module" src="/assets/js/events."#), "\(path)")
        }
        let article = try #require(site.read("public/en/a/index.html"))
        #expect(article.contains(#"data-feedback data-article="/en/a/" hidden>"#))
        #expect(article.contains("<legend>What was wrong? (optional)</legend>"))
        #expect(article.contains(#"<input type="radio" name="reason" value="not_my_question">"#))
        let russian = try #require(site.read("public/ru/a/index.html"))
        #expect(russian.contains(">Статья помогла?</h2>"))
    }

    @Test func theFormCarriesTheHoneypotOnlyWhenItPosts() async throws {
        let posting = try await build(submit: ["endpoint": "/api/requests", "honeypot": "nickname"])
        let form = try #require(posting.read("public/en/request/index.html"))
        #expect(form.contains(#"<div class="request-honeypot" aria-hidden="true">"#))
        #expect(form.contains(#"name="nickname" tabindex="-1" autocomplete="off" data-request-honeypot>"#))
        #expect(form.contains(#"<body data-api="/api/events">"#))
        #expect(form.contains("connect-src 'self';"), "a site path needs no other source")

        let emailOnly = try await build(submit: ["email": "help@example.com"])
        let mailForm = try #require(emailOnly.read("public/en/request/index.html"))
        #expect(!mailForm.contains("request-honeypot"))
    }

    @Test func withoutTheServiceThereIsNoEventsEndpointNorWidget() async throws {
        for submit in [nil, ["email": "help@example.com"], ["endpoint": "https://helpdesk.example.com/hooks/new"]] {
            let site = try await build(submit: submit)
            let article = try #require(site.read("public/en/a/index.html"))
            #expect(article.contains("<body>"), "\(String(describing: submit))")
            #expect(!article.contains("data-feedback"))
            #expect(!article.contains("/assets/js/events."))
        }
    }
}
