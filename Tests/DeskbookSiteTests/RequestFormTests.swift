import DeskbookCore
import DeskbookSite
import Foundation
import Testing

/// The request form page, /<lang>/request/, built from the intake rules.
///
/// DeskbookSite reads intake.yml through a `RequestFormSource` (the `deskbook` command plugs in DeskbookIntake's
/// parser), so these tests hand it the browser rules JSON of the example site's intake.yml, the snapshot that
/// Tests/DeskbookIntakeTests/FixtureTests keeps current, or the diagnostics a broken intake.yml gives.
@Suite struct RequestFormTests {
    /// A source returning fixed rules JSON and diagnostics, as DeskbookIntake would for some intake.yml.
    struct FixedForms: RequestFormSource {
        var json: Data?
        var diagnostics: [Diagnostic] = []

        func load(source: String, fileSystem: any FileSystem) -> RequestFormInput {
            RequestFormInput(rulesJSON: json, diagnostics: diagnostics, path: source + "/intake.yml")
        }
    }

    static let exampleRules: Data = {
        let path = TemporarySite.repositoryRoot + "/Tests/Fixtures/intake/rules/site.rules.json"
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("missing \(path)") }
        return data
    }()

    /// The example rules with `submit` set, as intake.yml's `submit:` section adds it.
    static func rules(submit: [String: String]) throws -> Data {
        var object = try #require(try JSONSerialization.jsonObject(with: exampleRules) as? [String: Any])
        object["submit"] = submit
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }

    static let pages = [
        "content/en/_index.md": page("Help"),
        "content/ru/_index.md": page("Помощь"),
        "content/en/a.md": page("A", "Text\n"),
        "content/ru/a.md": page("А", "Текст\n"),
    ]

    static let config = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en, ru]\nparams: {support_email: help@example.com}\n"

    private func build(_ site: TemporarySite, forms: (any RequestFormSource)?, strict: Bool = false) async -> BuildReport {
        let options = BuildOptions(source: site.root, output: site.output, strict: strict, builtinThemes: TemporarySite.repositoryRoot + "/themes")
        var builder = SiteBuilder(now: { Date(timeIntervalSince1970: 1_790_000_000) })
        builder.requestForms = forms
        return await builder.build(options)
    }

    @Test func theFormIsGeneratedPerLanguageFromTheRules() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let report = await build(site, forms: FixedForms(json: Self.exampleRules))
        #expect(report.outcome == .built, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")

        // The rules are published byte for byte under a content-hashed name.
        let files = try FileManager.default.contentsOfDirectory(atPath: site.output + "/intake")
        let rulesFile = try #require(files.first { $0.hasPrefix("rules.") && $0.hasSuffix(".json") })
        #expect(rulesFile == "rules.\(ContentHash.hex(Self.exampleRules)).json")
        #expect(FileManager.default.contents(atPath: site.output + "/intake/" + rulesFile) == Self.exampleRules)
        #expect(files.contains("checker.js"))

        let english = try #require(site.read("public/en/request/index.html"))
        #expect(english.contains("<h1>Contact support</h1>"))
        #expect(english.contains(#"data-rules-url="/intake/\#(rulesFile)""#))
        #expect(english.contains(#"data-checker-url="/intake/checker.js""#))
        #expect(english.contains(#"data-search-url="/search/search.js""#))
        #expect(english.contains(#"data-lang="en""#))
        #expect(english.contains(#"data-confirm-field="docs_checked""#))
        // Email-only: the site's support address, and a plain-text email without script.
        #expect(english.contains(#"data-endpoint="" data-email="help@example.com""#))
        #expect(english.contains(#"action="mailto:help@example.com" enctype="text/plain""#))
        // Subject and description first, then the other fields in config order, with labels, types, required markers, hints and options.
        #expect(english.contains(#"<label for="request-name">Your name<span class="request-field__required" aria-hidden="true">*</span></label>"#))
        #expect(english.contains(#"<input type="email" id="request-email" name="email" autocomplete="email""#))
        #expect(english.contains(#"<p class="request-field__hint" id="request-workspace_id-hint">For example: W-58213</p>"#))
        #expect(english.contains(#"aria-describedby="request-workspace_id-hint request-workspace_id-findings" required>"#))
        #expect(english.contains(#"<textarea id="request-description" name="description" rows="8""#))
        #expect(english.contains(#"<option value="software-error">Error in the app</option>"#))
        #expect(english.contains(#"<input class="file-picker__input" type="file" id="request-logs" name="logs" multiple accept=".log,.txt,.zip""#))
        #expect(english.contains(#"<span class="file-picker__button" aria-hidden="true">Choose files</span>"#))
        #expect(english.contains("Required when “Request type” is “Payments and invoices”. For example: INV-204518"))
        #expect(english.contains(#"<span class="request-field__required" aria-hidden="true" hidden>*</span>"#), "optional fields hide the marker")
        let order = ["request-subject", "request-suggestions-title", "request-description", "request-name", "request-email", "request-workspace_id", "request-screenshot"]
        let positions = order.map { english.range(of: "id=\"\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil } && positions.map { $0! } == positions.map { $0! }.sorted(), "subject and description first, suggestions under the subject")
        // The page script is the hashed theme asset; interface strings travel as JSON in an attribute.
        #expect(english.contains(#"<script type="module" src="/assets/js/request-form."#))
        #expect(english.contains("data-strings=\"{&quot;request_choose&quot;:&quot;Choose…&quot;"))
        #expect(english.contains("connect-src 'self';"))

        let russian = try #require(site.read("public/ru/request/index.html"))
        #expect(russian.contains(#"<html lang="ru">"#))
        #expect(russian.contains("<h1>Написать в поддержку</h1>"))
        #expect(russian.contains(#"<label for="request-name">Ваше имя"#))
        #expect(russian.contains(#"<option value="software-error">Ошибка в приложении</option>"#))
        #expect(russian.contains("Обязательно, если в поле «Вид обращения» выбрано «Оплата и счета». Например: INV-204518"))
        #expect(russian.contains(#"data-rules-url="/intake/\#(rulesFile)""#))
        #expect(russian.contains(#"hreflang="en""#), "the language switcher links the English form")
    }

    @Test func anEndpointIsPostedToAndAllowedByTheContentSecurityPolicy() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let json = try Self.rules(submit: ["endpoint": "https://api.example.com:8443/requests", "email": "desk@example.com"])
        let report = await build(site, forms: FixedForms(json: json))
        #expect(report.outcome == .built, "\(report.diagnostics)")
        let html = try #require(site.read("public/en/request/index.html"))
        #expect(html.contains(#"data-endpoint="https://api.example.com:8443/requests" data-email="desk@example.com""#))
        #expect(html.contains(#"action="https://api.example.com:8443/requests" enctype="multipart/form-data""#))
        #expect(html.contains("connect-src 'self' https://api.example.com:8443;"))
        #expect(html.contains(">Send request</button>"))
    }

    @Test func aSitePathEndpointNeedsNoExtraConnectSource() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let report = await build(site, forms: FixedForms(json: try Self.rules(submit: ["endpoint": "/api/requests"])))
        #expect(report.outcome == .built, "\(report.diagnostics)")
        let html = try #require(site.read("public/en/request/index.html"))
        #expect(html.contains(#"data-endpoint="/api/requests" data-email="help@example.com""#), "the support address is the fallback")
        #expect(html.contains("connect-src 'self';"))
    }

    @Test func withoutIntakeYmlTheLinkLeadsToAContactPage() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let report = await build(site, forms: FixedForms(json: nil))
        #expect(report.outcome == .built, "\(report.diagnostics)")
        #expect(report.diagnostics.isEmpty)
        let html = try #require(site.read("public/en/request/index.html"))
        #expect(html.contains(#"Write to our support team: <a href="mailto:help@example.com">help@example.com</a>"#))
        #expect(!html.contains("<form class=\"request-form\""))
        #expect(!html.contains("request-form."), "no form script")
        #expect(site.read("public/ru/request/index.html")?.contains("Напишите в нашу поддержку") == true)
        #expect((try? FileManager.default.contentsOfDirectory(atPath: site.output + "/intake"))?.contains { $0.hasPrefix("rules.") } != true)
        // Every page's "Contact support" link has its target.
        #expect(site.read("public/en/a/index.html")?.contains(#"href="/en/request/""#) == true)
    }

    @Test func withoutASupportAddressTheContactPageStillExists() async throws {
        let site = try TemporarySite(files: Self.pages)
        let report = await build(site, forms: nil)
        #expect(report.outcome == .built, "\(report.diagnostics)")
        #expect(site.read("public/en/request/index.html")?.contains("cannot take requests here yet") == true)
    }

    @Test func mistakesInIntakeYmlStopTheBuildWithTheirLocation() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        #expect(await build(site, forms: FixedForms(json: Self.exampleRules)).outcome == .built)
        let before = try #require(site.read("public/en/request/index.html"))
        let intake = site.root + "/intake.yml"
        let problems: [Diagnostic] = [
            .error("invalid regular expression '[0-9'", at: SourceLocation(path: intake, line: 9, column: 14)),
            .error("unknown time zone 'Mars/Olympus'", at: SourceLocation(path: intake, line: 20, column: 14)),
        ]
        try site.write("content/en/b.md", page("B"))
        let report = await build(site, forms: FixedForms(json: nil, diagnostics: problems))
        #expect(report.outcome == .configurationError)
        #expect(report.diagnostics.map(\.description) == [
            "\(intake):9:14: error: invalid regular expression '[0-9'",
            "\(intake):20:14: error: unknown time zone 'Mars/Olympus'",
        ])
        // Nothing was written: the previous site is untouched, the new page absent.
        #expect(site.read("public/en/request/index.html") == before)
        #expect(site.read("public/en/b/index.html") == nil)
    }

    @Test func aBadIntakeYmlWritesNoOutputAtAll() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let problem = Diagnostic.error("unknown key 'colour' in intake.yml", at: SourceLocation(path: site.root + "/intake.yml", line: 3, column: 1))
        let report = await build(site, forms: FixedForms(json: nil, diagnostics: [problem]))
        #expect(report.outcome == .configurationError)
        #expect(report.diagnostics == [problem])
        #expect(!FileManager.default.fileExists(atPath: site.output))
    }

    @Test func intakeWarningsAreReportedAndStrictTurnsThemIntoErrors() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let warning = Diagnostic.warning("field 'name' label has no ru text; the en text is used", at: SourceLocation(path: site.root + "/intake.yml", line: 12, column: 12))
        let report = await build(site, forms: FixedForms(json: Self.exampleRules, diagnostics: [warning]))
        #expect(report.outcome == .built)
        #expect(report.diagnostics == [warning])
        let strict = await build(site, forms: FixedForms(json: Self.exampleRules, diagnostics: [warning]), strict: true)
        #expect(strict.outcome == .contentErrors)
    }

    @Test func aLanguageTheRulesLackFallsBackWithAWarning() async throws {
        let site = try TemporarySite(files: Self.pages.merging(["content/de/_index.md": page("Hilfe")]) { $1 },
                                     config: "title: Help\nbase_url: https://help.example.com/\nlanguages: [en, ru, de]\n")
        let report = await build(site, forms: FixedForms(json: Self.exampleRules))
        #expect(report.outcome == .built)
        #expect(report.diagnostics.map(\.message) == [
            "the request form has nowhere to send requests: add submit: {endpoint: URL} or submit: {email: address} to intake.yml, or params.support_email to deskbook.yml",
            "the site is in de but intake.yml languages are en, ru; the de request form uses en labels and messages",
        ])
        #expect(site.read("public/de/request/index.html")?.contains(#"<label for="request-name">Your name"#) == true)
    }

    @Test func unreadableRulesAreAConfigurationError() async throws {
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let report = await build(site, forms: FixedForms(json: Data("{\"fields\": 3}".utf8)))
        #expect(report.outcome == .configurationError)
        #expect(report.diagnostics.first?.message.hasPrefix("the request form cannot read the intake rules") == true)
    }

    @Test func textFromTheRulesIsEscaped() async throws {
        var object = try #require(try JSONSerialization.jsonObject(with: Self.exampleRules) as? [String: Any])
        var fields = try #require(object["fields"] as? [[String: Any]])
        fields[0]["label"] = ["en": "<script>alert(1)</script>", "ru": "\"><b>x</b>"]
        fields[0]["example"] = "\"><img src=x>"
        object["fields"] = fields
        let site = try TemporarySite(files: Self.pages, config: Self.config)
        let report = await build(site, forms: FixedForms(json: try JSONSerialization.data(withJSONObject: object)))
        #expect(report.outcome == .built)
        let english = try #require(site.read("public/en/request/index.html"))
        #expect(!english.contains("<script>alert"))
        #expect(english.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!english.contains("<img src=x>"))
        #expect(site.read("public/ru/request/index.html")?.contains("<b>x</b>") == false)
    }
}
