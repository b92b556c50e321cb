import DeskbookCore
import Testing

@Suite struct PathTests {
    @Test func normalizesDotsAndClimbing() {
        #expect(Path.normalize("en/billing/../account/./reset.md") == "en/account/reset.md")
        #expect(Path.normalize("../outside.md") == nil)
        #expect(Path.join("a/", "/b", "", "c") == "a/b/c")
        #expect(Path.directory(of: "en/billing/refunds.md") == "en/billing")
        #expect(Path.directory(of: "top.md") == "")
        #expect(Path.fileName(of: "en/billing/refunds.md") == "refunds.md")
    }

    @Test func daysParseCompareAndPrint() throws {
        let day = try #require(Day(iso: "2026-03-01"))
        #expect(day.description == "2026-03-01")
        #expect(Day(iso: "2026-03-01T10:00:00Z") == day)
        #expect(Day(iso: "2026-13-01") == nil)
        #expect(Day(iso: "03/01/2026") == nil)
        #expect(try #require(Day(iso: "2025-12-31")) < day)
        #expect(day.timestamp == "2026-03-01T00:00:00Z")
    }

    @Test func contentHashChangesWithContent() {
        let first = ContentHash.hex(Array("body { color: red }".utf8))
        #expect(first.count == 10)
        #expect(first == ContentHash.hex(Array("body { color: red }".utf8)))
        #expect(first != ContentHash.hex(Array("body { color: blue }".utf8)))
    }

    @Test func diagnosticsPrintLikeCompilers() {
        let diagnostic = Diagnostic.error("broken link", at: SourceLocation(path: "content/en/a.md", line: 7, column: 3))
        #expect(diagnostic.description == "content/en/a.md:7:3: error: broken link")
        #expect([diagnostic].containsErrors)
        #expect(![Diagnostic.warning("w", at: SourceLocation(path: "x"))].containsErrors)
    }

    @Test func memoryFileSystemMovesFolders() throws {
        let fileSystem = MemoryFileSystem(files: ["out/a/index.html": "a", "out/b.txt": "b"])
        try fileSystem.move("out", to: "site")
        #expect(fileSystem.allFiles == ["site/a/index.html", "site/b.txt"])
        #expect(try fileSystem.list("site") == ["a", "b.txt"])
        #expect(fileSystem.kind(of: "out") == nil)
    }

    @Test func concurrentMapKeepsOrder() async {
        let numbers = Array(0..<1000)
        let doubled = await concurrentMap(numbers) { $0 * 2 }
        #expect(doubled == numbers.map { $0 * 2 })
    }
}

