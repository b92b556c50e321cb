import DeskbookContent
import DeskbookCore
import DeskbookSearch
@testable import DeskbookSite
import Foundation
import Testing

/// The site folder to time, from DESKBOOK_BENCH_SITE; the benchmark is skipped without it.
private let benchSite = ProcessInfo.processInfo.environment["DESKBOOK_BENCH_SITE"]

/// How long the search index of a whole site takes to build, and to rebuild from the previous build's cache
/// after one body edit, as a preview process does (`SearchIndexBuilder.build(_:reusing:)`). It prints the
/// figures and checks that every fifth rebuild gives the files of a full build; it holds no time limit. For
/// the 2,459-article corpus, in release (DIR holding deskbook.yml and content/en, see bench/README.md;
/// DESKBOOK_BENCH_EDITS sets the number of edits, 20 by default):
///   DESKBOOK_BENCH_SITE=DIR swift test -c release -Xswiftc -enable-testing --scratch-path .build-bench \
///     --filter SearchRebuildBenchmark
@Suite(.enabled(if: benchSite != nil, "set DESKBOOK_BENCH_SITE to a site folder"))
struct SearchRebuildBenchmark {
    @Test func rebuildAfterOneBodyEdit() async throws {
        let loader = SiteLoader(fileSystem: LocalFileSystem())
        let config = try loader.loadConfig(source: benchSite!).get().config
        let pages = await loader.loadPages(source: benchSite!, config: config).pages
        let site = await SiteAssembler(config: config).assemble(pages).site
        var documents = SearchDocuments.make(for: site)
        let builder = SearchIndexBuilder(synonyms: Synonyms.forSite(config.synonyms, includingBuiltin: config.builtinSynonyms))
        let clock = ContinuousClock()
        var full: [Duration] = []
        for _ in 0..<5 {
            let start = clock.now
            _ = await builder.build(documents)
            full.append(clock.now - start)
        }
        var (index, cache) = await builder.build(documents, reusing: SearchIndexCache())
        let edits = Int(ProcessInfo.processInfo.environment["DESKBOOK_BENCH_EDITS"] ?? "") ?? 20
        var rebuilds: [Duration] = []
        var changedFiles: [Int] = []
        for edit in 0..<edits {
            let target = (edit * 997) % documents.count
            documents[target].body += " This sentence was added by edit \(edit) to check the preview."
            let start = clock.now
            let rebuilt = await builder.build(documents, reusing: cache)
            rebuilds.append(clock.now - start)
            cache = rebuilt.cache
            let previous = Dictionary(uniqueKeysWithValues: index.files.map { ($0.path, $0.data) })
            changedFiles.append(rebuilt.index.files.filter { previous[$0.path] != $0.data }.count)
            index = rebuilt.index
            if edit % 5 == 0 {
                let fresh = await builder.build(documents)
                #expect(fresh.files.map(\.path) == index.files.map(\.path) && fresh.files.map(\.data) == index.files.map(\.data))
            }
        }
        func milliseconds(_ duration: Duration) -> String { String(format: "%.1f ms", duration / .milliseconds(1)) }
        print("search index of \(documents.count) documents, \(index.files.count) files: full build \(milliseconds(full.sorted()[full.count / 2])) "
            + "(median of \(full.count)); rebuild after one body edit \(milliseconds(rebuilds.sorted()[rebuilds.count / 2])) "
            + "(median of \(rebuilds.count), slowest \(milliseconds(rebuilds.max()!))); "
            + "files new or changed per edit: median \(changedFiles.sorted()[changedFiles.count / 2]), most \(changedFiles.max()!); "
            + "edits that changed more than a tenth of the files: \(changedFiles.filter { $0 * 10 > index.files.count }.count) of \(changedFiles.count)")
    }
}
