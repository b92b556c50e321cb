@testable import DeskbookServer
import Testing

/// The URL rules of a static host, on a fixed list of files.
@Suite struct StaticRouteTests {
    static let files: Set<String> = ["index.html", "404.html", "en/index.html", "en/a/index.html", "en/feed.xml", "assets/css/style.1a2b3c4d5e.css", "en/ä b/index.html"]

    /// The files are looked up as a disk would find them, resolving `.` and `..`, so that a route that let
    /// such a segment through would reach a file.
    func route(_ path: String, query: String? = nil) -> StaticRoute {
        StaticRoute.resolve(rawPath: path, query: query, exists: { Self.files.contains(Self.resolvedOnDisk($0)) })
    }

    static func resolvedOnDisk(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }

    @Test func folderURLsServeTheirIndexPage() {
        #expect(route("/") == .file("index.html"))
        #expect(route("/en/") == .file("en/index.html"))
        #expect(route("/en/a/") == .file("en/a/index.html"))
        #expect(route("/en/a/index.html") == .file("en/a/index.html"))
        #expect(route("/en/feed.xml") == .file("en/feed.xml"))
    }

    @Test func aFolderWithoutItsSlashRedirects() {
        #expect(route("/en/a") == .redirect("/en/a/"))
        #expect(route("/en/a", query: "q=1") == .redirect("/en/a/?q=1"))
        #expect(route("/en/%C3%A4%20b") == .redirect("/en/%C3%A4%20b/"))
        #expect(route("/en/%C3%A4%20b/") == .file("en/ä b/index.html"))
    }

    @Test func unknownPathsAreNotFound() {
        #expect(route("/en/b/") == .notFound)
        #expect(route("/en/feed.xml/") == .notFound)
        #expect(route("/missing") == .notFound)
    }

    @Test func traversalNeverLeavesTheSnapshot() {
        for path in ["/../index.html", "/en/../index.html", "/%2e%2e/index.html", "/%2E%2E/%2e%2e/etc/passwd", "/en/%2e%2e/index.html",
                     "/en%2f..%2findex.html", "/en/a/..%5cindex.html", "/./index.html", "/en/%00", "/%zz"] {
            #expect(route(path) == .notFound, "\(path)")
        }
    }

    @Test func redirectsStayOnTheSite() {
        // `//host/path` would be a protocol-relative address; the redirect is always a path of this site.
        #expect(route("//en/a") == .redirect("/en/a/"))
    }
}
