import DeskbookCore
import Foundation
import HTTPTypes
import Hummingbird

/// Answers a GET or HEAD for a file of the served site as a static host would (see `StaticRoute`), with
/// the preview's additions in HTML pages (`PreviewMarkup`), `ETag`, `Cache-Control: no-cache` and 304 for a
/// matching `If-None-Match`.
struct StaticSiteResponse {
    var site: ServedSite

    func respond(rawPath: String, query: String?, ifNoneMatch: String?) -> Response {
        let snapshot = site.snapshot
        switch StaticRoute.resolve(rawPath: rawPath, query: query, exists: { snapshot.files[$0] != nil }) {
        case .file(let path):
            return file(path, status: .ok, ifNoneMatch: ifNoneMatch)
        case .redirect(let location):
            return Response(status: .movedPermanently, headers: [.location: location, .cacheControl: "no-cache"])
        case .notFound:
            if snapshot.files["404.html"] != nil { return file("404.html", status: .notFound, ifNoneMatch: nil) }
            return page(Self.placeholder(siteIsEmpty: snapshot.files.isEmpty), status: .notFound)
        }
    }

    private func file(_ path: String, status: HTTPResponse.Status, ifNoneMatch: String?) -> Response {
        let file = site.snapshot.files[path]!
        guard ContentType.isHTML(path: path) else {
            return response(file.data, type: file.contentType, etag: file.etag, status: status, ifNoneMatch: ifNoneMatch)
        }
        // A page carries the build id in its script tag, so its validator names the build too.
        let markup = PreviewMarkup(build: site.build, isDraft: site.snapshot.draftPaths.contains(path))
        let etag = file.etag.dropLast() + "-" + site.build + "\""
        if status == .ok, Self.matches(ifNoneMatch, etag) { return notModified(etag) }
        return response(markup.applied(to: file.data), type: file.contentType, etag: etag, status: status, ifNoneMatch: nil)
    }

    private func page(_ html: String, status: HTTPResponse.Status) -> Response {
        let data = PreviewMarkup(build: site.build, isDraft: false).applied(to: Data(html.utf8))
        return Response(
            status: status,
            headers: [.contentType: ContentType.of(path: "index.html"), .cacheControl: "no-cache"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    private func response(_ data: Data, type: String, etag: String, status: HTTPResponse.Status, ifNoneMatch: String?) -> Response {
        if status == .ok, Self.matches(ifNoneMatch, etag) { return notModified(etag) }
        return Response(
            status: status,
            headers: [.contentType: type, .eTag: etag, .cacheControl: "no-cache", .xContentTypeOptions: "nosniff"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data))
        )
    }

    private func notModified(_ etag: String) -> Response {
        Response(status: .notModified, headers: [.eTag: etag, .cacheControl: "no-cache"])
    }

    /// Whether an `If-None-Match` value (`*`, or a list of strong or weak validators) matches `etag`.
    static func matches(_ ifNoneMatch: String?, _ etag: String) -> Bool {
        guard let ifNoneMatch else { return false }
        return ifNoneMatch.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    /// The page for a missing file when the site has no 404.html (or no site was built yet).
    static func placeholder(siteIsEmpty: Bool) -> String {
        let message = siteIsEmpty
            ? "The site is being built, or its last build failed. This page reloads by itself once a build succeeds."
            : "There is no page at this address."
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Not found · Deskbook preview</title>
            </head>
            <body>
            <main>
            <h1>Not found</h1>
            <p>\(message)</p>
            </main>
            </body>
            </html>
            """
    }
}

extension HTTPField.Name {
    static let xContentTypeOptions = HTTPField.Name("X-Content-Type-Options")!
}
