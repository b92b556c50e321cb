import DeskbookCore
import DeskbookServer
import DeskbookSite
import Foundation
import Testing

/// The site folder to time, from DESKBOOK_BENCH_SITE; the benchmark is skipped without it.
private let benchSite = ProcessInfo.processInfo.environment["DESKBOOK_BENCH_SITE"]

/// How long the preview's rebuild (`IncrementalSiteProducer.produce`) takes after one body edit and after one
/// title edit, on a copy of a site. It prints the medians and the slowest phases, checks the last rebuild
/// against a full build, and holds no time limit. For the 2,459-article corpus, in release (DIR holding
/// deskbook.yml and content/en, see bench/README.md; DESKBOOK_BENCH_EDITS sets the number of edits of each
/// kind, 20 by default):
///   DESKBOOK_BENCH_SITE=DIR swift test -c release -Xswiftc -enable-testing --scratch-path .build-release \
///     --filter IncrementalRebuildBenchmark
@Suite(.enabled(if: benchSite != nil, "set DESKBOOK_BENCH_SITE to a site folder"))
struct IncrementalRebuildBenchmark {
    @Test func rebuildAfterABodyEditAndATitleEdit() async throws {
        let copy = NSTemporaryDirectory() + "deskbook-rebuild-bench-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: benchSite!, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        // Keep going as bench/build_vs_hugo.py does: the corpus has a few pages in error.
        let options = BuildOptions(source: copy, builtinThemes: TestSite.repositoryRoot + "/themes", keepGoing: true)
        let producer = IncrementalSiteProducer(options: options)
        let clock = ContinuousClock()
        let firstStart = clock.now
        var result = await producer.produce(changed: [])
        let first = clock.now - firstStart
        let articles = try articlePaths(in: copy)
        let edits = Int(ProcessInfo.processInfo.environment["DESKBOOK_BENCH_EDITS"] ?? "") ?? 20
        var figures: [String] = []
        for kind in ["body", "title"] {
            var durations: [Duration] = []
            var phases: [String: [Duration]] = [:]
            for edit in 0..<edits {
                let path = articles[(edit * 997 + (kind == "title" ? 13 : 0)) % articles.count]
                let full = copy + "/" + path
                var text = try String(contentsOfFile: full, encoding: .utf8)
                if kind == "body" {
                    text += "\nThis sentence was added by edit \(edit) to time the preview.\n"
                } else if let title = text.range(of: "title: ") {
                    text.replaceSubrange(title, with: "title: Edit \(edit) ")
                }
                try Data(text.utf8).write(to: URL(fileURLWithPath: full))
                let start = clock.now
                result = await producer.produce(changed: [path])
                durations.append(clock.now - start)
                for phase in result.report.phases { phases[phase.name, default: []].append(phase.duration) }
            }
            let slowest = phases.map { ($0.key, median($0.value)) }.sorted { $0.1 > $1.1 }.prefix(4)
            figures.append("\(kind) edit: median \(milliseconds(median(durations))), slowest \(milliseconds(durations.max()!)) "
                + "(phases: " + slowest.map { "\($0.0) \(milliseconds($0.1))" }.joined(separator: ", ") + ")")
        }
        let fresh = await SiteBuilder().buildInMemory(options)
        #expect(Dictionary(uniqueKeysWithValues: fresh.files.map { ($0.path, $0.data) }) == Dictionary(uniqueKeysWithValues: result.files.map { ($0.path, $0.data) }))
        print("incremental rebuild of \(articles.count) articles, \(result.files.count) files (first build \(milliseconds(first))), medians of \(edits): "
            + figures.joined(separator: "; "))
    }

    /// The Markdown files of the site that are not section pages or snippets, relative to its folder.
    private func articlePaths(in site: String) throws -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: site + "/content")
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md"), !path.hasSuffix("_index.md"), !path.contains("_snippets"), !path.hasPrefix("en/includes") { found.append("content/" + path) }
        }
        return found.sorted()
    }

    private func median(_ durations: [Duration]) -> Duration { durations.sorted()[durations.count / 2] }

    private func milliseconds(_ duration: Duration) -> String { String(format: "%.1f ms", duration / .milliseconds(1)) }
}
