import DeskbookIntake
import DeskbookServer
import DeskbookSite
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// The preview's HTTP interface, through Hummingbird's in-process router tests, over real builds.
@Suite struct PreviewRoutesTests {
    func withClient(_ session: PreviewSession, _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let application = Application(router: PreviewRoutes.router(session: session))
        try await application.test(.router) { client in try await test(client) }
    }

    @Test func servesPagesWithTheStaticHostRules() async throws {
        let site = try TestSite()
        let session = await site.session()
        try await withClient(session) { client in
            try await client.execute(uri: "/en/billing/refunds/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.cacheControl] == "no-cache")
                #expect(String(buffer: response.body).contains("Refunds take five days."))
            }
            try await client.execute(uri: "/en/billing/refunds", method: .get) { response in
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == "/en/billing/refunds/")
            }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains(#"url=/en/""#))
            }
            try await client.execute(uri: "/sitemap.xml", method: .get) { response in
                #expect(response.headers[.contentType] == "application/xml")
            }
            let stylesheet = try #require(await session.served.snapshot.files.keys.first { $0.hasSuffix(".css") })
            try await client.execute(uri: "/" + stylesheet, method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
            }
            try await client.execute(uri: "/en/billing/refunds/", method: .post) { response in
                #expect(response.status == .methodNotAllowed)
            }
        }
    }

    @Test func unknownPathsGetTheSites404Page() async throws {
        let site = try TestSite()
        let session = await site.session()
        let notFound = try #require(await session.served.snapshot.files["404.html"])
        try await withClient(session) { client in
            for path in ["/en/nothing-here/", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/en/%2e%2e/%2e%2e/deskbook.yml", "/..%2fdeskbook.yml"] {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .notFound, "\(path)")
                    let body = String(buffer: response.body)
                    #expect(body.contains(String(decoding: notFound.data.prefix(200), as: UTF8.self)), "\(path)")
                    #expect(!body.contains("base_url"), "\(path)")
                }
            }
        }
    }

    @Test func etagsAnswerRevalidationWith304() async throws {
        let site = try TestSite()
        let session = await site.session()
        try await withClient(session) { client in
            for path in ["/en/billing/refunds/", "/sitemap.xml"] {
                let etag = try await client.execute(uri: path, method: .get) { response in
                    try #require(response.headers[.eTag])
                }
                try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: etag]) { response in
                    #expect(response.status == .notModified)
                    #expect(response.body.readableBytes == 0)
                    #expect(response.headers[.eTag] == etag)
                }
                try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"other\", W/\(etag)"]) { response in
                    #expect(response.status == .notModified)
                }
                try await client.execute(uri: path, method: .get, headers: [.ifNoneMatch: "\"other\""]) { response in
                    #expect(response.status == .ok)
                }
            }
        }
    }

    @Test func aPageChangedByARebuildGetsANewEtag() async throws {
        let site = try TestSite()
        let session = await site.session()
        try await withClient(session) { client in
            let etag = try await client.execute(uri: "/en/billing/refunds/", method: .get) { try #require($0.headers[.eTag]) }
            try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take a week.\n")
            await session.sourcesChanged(["content/en/billing/refunds.md"])
            try await client.execute(uri: "/en/billing/refunds/", method: .get, headers: [.ifNoneMatch: etag]) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body).contains("a week"))
            }
        }
    }

    @Test func headAnswersWithoutABody() async throws {
        let site = try TestSite()
        let session = await site.session()
        try await withClient(session) { client in
            let length = try await client.execute(uri: "/en/billing/refunds/", method: .get) { $0.body.readableBytes }
            try await client.execute(uri: "/en/billing/refunds/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.body.readableBytes == 0)
                #expect(response.headers[.contentLength] == String(length))
            }
            try await client.execute(uri: "/missing/", method: .head) { response in
                #expect(response.status == .notFound)
                #expect(response.body.readableBytes == 0)
            }
        }
    }

    @Test func theLiveReloadScriptIsAddedOnlyInThePreview() async throws {
        let site = try TestSite(files: TestSite.basicPages.merging(["content/en/billing/soon.md": "---\ntitle: Soon\ndraft: true\n---\nNot yet.\n"]) { a, _ in a })
        let built = await SiteBuilder().buildInMemory(site.options(drafts: true))
        for file in built.files where file.path.hasSuffix(".html") {
            #expect(!String(decoding: file.data, as: UTF8.self).contains("/_deskbook/"), "\(file.path) of `deskbook build`")
        }
        let session = await site.session(drafts: true)
        let build = await session.served.build
        try await withClient(session) { client in
            for path in ["/en/billing/refunds/", "/en/", "/missing/"] {
                try await client.execute(uri: path, method: .get) { response in
                    let page = String(buffer: response.body)
                    #expect(page.contains(#"<script src="/_deskbook/live.js" data-build="\#(build)" defer></script></body>"#), "\(path)")
                    #expect(page.contains(#"<link rel="stylesheet" href="/_deskbook/preview.css"></head>"#), "\(path)")
                    #expect(!page.contains("deskbook-draft"), "\(path)")
                }
            }
            try await client.execute(uri: "/en/billing/soon/", method: .get) { response in
                #expect(String(buffer: response.body).contains(#"<div class="deskbook-draft" role="note" lang="en">Draft</div>"#))
            }
            try await client.execute(uri: "/sitemap.xml", method: .get) { response in
                #expect(!String(buffer: response.body).contains("_deskbook"))
            }
            try await client.execute(uri: "/_deskbook/live.js", method: .get) { response in
                #expect(response.headers[.contentType] == "text/javascript; charset=utf-8")
                let script = String(buffer: response.body)
                #expect(script.contains("new EventSource('/_deskbook/events')"))
                #expect(!script.contains("innerHTML"))
            }
            try await client.execute(uri: "/_deskbook/preview.css", method: .get) { response in
                #expect(response.headers[.contentType] == "text/css; charset=utf-8")
                #expect(String(buffer: response.body).contains(".deskbook-problems"))
            }
        }
    }

    @Test func theEventStreamAnnouncesANewBuild() async throws {
        let site = try TestSite()
        let session = await site.session()
        let before = await session.served.build
        try await withClient(session) { client in
            async let stream = client.execute(uri: "/_deskbook/events", method: .get)
            while session.listenerCount == 0 { await Task.yield() }
            try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nRefunds take two days.\n")
            await session.sourcesChanged(["content/en/billing/refunds.md"])
            let after = await session.served.build
            session.closeEvents()
            let response = try await stream
            #expect(response.headers[.contentType] == "text/event-stream; charset=utf-8")
            #expect(String(buffer: response.body) == """
                retry: 1000

                event: status
                data: {"build":"\(before)","problems":[]}

                event: reload
                data: {"build":"\(after)"}


                """)
        }
    }

    @Test func theStatusNamesTheProblemsOfABrokenBuild() async throws {
        let site = try TestSite()
        let session = await site.session()
        try site.write("content/en/billing/refunds.md", "---\ntitle: Refunds\n---\nSee [gone](gone.md).\n")
        await session.sourcesChanged(["content/en/billing/refunds.md"])
        try await withClient(session) { client in
            try await client.execute(uri: "/_deskbook/status", method: .get) { response in
                let status = try JSONDecoder().decode(PreviewStatus.self, from: Data(buffer: response.body))
                #expect(status.problems.count == 1)
                #expect(status.problems.first?.contains("refunds.md:4:") == true, "\(status.problems)")
            }
            // The last good site is still served.
            try await client.execute(uri: "/en/billing/refunds/", method: .get) { response in
                #expect(String(buffer: response.body).contains("Refunds take five days."))
            }
        }
    }
}

/// `POST /api/check` answers as `deskbook check --json` does, and bad bodies get 4xx.
@Suite struct CheckEndpointTests {
    static let ready = #"{"name": "Anna", "email": "anna@example.com", "workspace_id": "W-58213", "app_version": "3.2.1", "platform": "web", "category": "question", "subject": "Export to CSV skips archived tasks", "description": "The export to CSV leaves out archived tasks. Can it include them?"}"#
    static let at = "2026-01-16T17:00:00+03:00"

    func site() throws -> TestSite {
        let site = try TestSite()
        try site.write("intake.yml", try String(contentsOfFile: TestSite.repositoryRoot + "/intake.yml", encoding: .utf8))
        return site
    }

    func check(_ session: PreviewSession, body: String?, contentType: String? = "application/json", query: String = "?at=2026-01-16T17:00:00%2B03:00") async throws -> (status: HTTPResponse.Status, body: String) {
        let application = Application(router: PreviewRoutes.router(session: session))
        return try await application.test(.router) { client in
            var headers = HTTPFields()
            if let contentType { headers[.contentType] = contentType }
            return try await client.execute(uri: "/api/check" + query, method: .post, headers: headers, body: body.map { ByteBuffer(string: $0) }) { response in
                (response.status, String(buffer: response.body))
            }
        }
    }

    @Test func answersWithTheJSONOfDeskbookCheck() async throws {
        let site = try site()
        let session = await site.session()
        // `deskbook check --json` on the same site, built to disk for its search index.
        let output = site.root + "/public"
        _ = await SiteBuilder().build(site.options(output: output))
        for request in [Self.ready, #"{"subject": "Help"}"#] {
            let expected = CheckRun.run(
                file: nil, source: site.root, json: true, language: nil, at: Self.at,
                suggester: SearchSuggester(indexDirectory: output + "/search"), standardInput: { Data(request.utf8) }
            )
            let answer = try await check(session, body: request)
            #expect(answer.status == .ok)
            #expect(answer.body == expected.output + "\n")
        }
    }

    @Test func badBodiesGet4xxNever5xx() async throws {
        let site = try site()
        let session = await site.session()
        #expect(try await check(session, body: Self.ready, contentType: "text/plain").status == .unsupportedMediaType)
        #expect(try await check(session, body: Self.ready, contentType: nil).status == .unsupportedMediaType)
        #expect(try await check(session, body: "{not json").status == .badRequest)
        #expect(try await check(session, body: "[1, 2]").status == .badRequest)
        #expect(try await check(session, body: nil).status == .ok, "an empty body is an empty request, which is not ready")
        let tooLarge = try await check(session, body: #"{"description": ""# + String(repeating: "a", count: 70_000) + #""}"#)
        #expect(tooLarge.status == .contentTooLarge)
        #expect(tooLarge.body.contains("request.too-large"))
        #expect(try await check(session, body: Self.ready, query: "?lang=de").status == .badRequest)
        #expect(try await check(session, body: Self.ready, query: "?at=yesterday").status == .badRequest)
        #expect(try await check(session, body: Self.ready, contentType: "application/json; charset=utf-8").status == .ok)
    }

    @Test func aSiteWithoutIntakeRulesHasNoChecker() async throws {
        let site = try TestSite()
        let session = await site.session()
        #expect(try await check(session, body: Self.ready).status == .notFound)
    }
}
