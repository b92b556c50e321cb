import DeskbookContent
import DeskbookCore
import DeskbookEmbedding
import Foundation

/// The build pipeline: load, assemble, render, write. Data flows one way through it.
public struct SiteBuilder: Sendable {
    public var fileSystem: any FileSystem
    /// The current time, injectable for tests.
    public var now: @Sendable () -> Date
    /// Reads intake.yml for the request form pages, /<lang>/request/; nil renders a contact page.
    public var requestForms: (any RequestFormSource)? = IntakeRequestForms()
    /// Pages parsed by earlier builds, for a long-running preview; nil parses every page.
    public var pageCache: PageCache?
    /// The previous build's `BuildResult.cache`, for a long-running preview: pages whose output cannot have
    /// changed keep their bytes, and the search index analyses only edited documents. Nil renders everything
    /// and keeps nothing, as a one-shot build does.
    public var buildCache: BuildCache?
    /// The model for the site's `semantic:` setting (`SemanticModel.load`), asked once per build; nil builds
    /// no vectors and warns of nothing, as tests and embedders of the library want by default.
    public var semanticModel: (@Sendable (_ enabled: Bool) -> SemanticModel.Availability)?
    /// The document vectors of earlier builds; `semanticModel` without it keeps them in the site's
    /// `.deskbook/embeddings/`. A long-running preview sets one and keeps it.
    public var embeddingCache: EmbeddingCache?
    /// What makes this build, such as Deskbook's version and the stamp of its executable: with it, a one-shot build
    /// whose inputs (`InputStamps`) and output are as the last build left them reports that build again instead of
    /// making the same site (`BuildRecord`). Nil makes every build in full.
    public var toolIdentity: String?
    /// Told when the build waits for another build of the same output folder, e.g. to print it.
    public var waiting: @Sendable (String) -> Void = { _ in }

    public init(fileSystem: any FileSystem = LocalFileSystem(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.fileSystem = fileSystem
        self.now = now
    }

    /// Builds the site and writes it to the output folder atomically (`AtomicOutput`). The output's lock is held
    /// from the check that the folder is Deskbook's to the swap, so builds running together publish one site each
    /// in turn, never a mix.
    public func build(_ options: BuildOptions) async -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        let output: OutputFolder
        do {
            output = try OutputFolder.locate(options, fileSystem: fileSystem)
        } catch {
            return BuildReport(outcome: .configurationError, diagnostics: error.diagnostics, pageCounts: [:], fileCount: 0, duration: clock.now - start, phases: [])
        }
        let inputs = buildCache == nil ? toolIdentity.flatMap {
            InputStamps.fingerprint(options, output: output, now: now(), day: buildDay(), tool: $0, fileSystem: fileSystem)
        } : nil
        if let inputs, let unchanged = await unchangedBuild(output, inputs: inputs) {
            return unchanged.report(duration: clock.now - start)
        }
        let result = await make(options, renderingPagesWhenWritten: buildCache == nil)
        var report = result.report
        guard report.outcome == .built || report.outcome == .builtWithErrors else { return report }
        let writeStart = clock.now
        do {
            let lock = try await lockOutput(output)
            defer { lock.unlock() }
            try output.checkOwnership(fileSystem)
            if fileSystem.kind(of: output.buildRecord) != nil { try fileSystem.remove(output.buildRecord) }
            try await AtomicOutput(fileSystem: fileSystem, folder: output).write(result.files)
            // A site that searches by meaning also depends on the model installed, which no stamp here shows. The
            // record only saves time: a build that cannot write it has still published its site.
            if let inputs, result.site?.config.semantic != true {
                try? BuildRecord(inputs: inputs, report: report).write(to: output.buildRecord, fileSystem: fileSystem)
            }
        } catch let list as DiagnosticList {
            report.outcome = .configurationError
            report.diagnostics += list.diagnostics
        } catch {
            report.outcome = .contentErrors
            report.diagnostics.append(.error("could not write the site: \(error)", at: SourceLocation(path: options.outputFolder)))
        }
        let writing = clock.now - writeStart
        report.phases.append((buildCache == nil ? "render pages and write" : "write", writing))
        report.duration += writing
        return report
    }

    /// Builds the site into memory without writing anything: `deskbook build` writes the result,
    /// `deskbook serve` serves it.
    public func buildInMemory(_ options: BuildOptions) async -> BuildResult {
        await make(options, renderingPagesWhenWritten: false)
    }

    /// The site in memory; with `renderingPagesWhenWritten`, its pages and listings are rendered only when they
    /// are written (`OutputFile.bytes()`), so that `build` never holds every page's HTML at once.
    private func make(_ options: BuildOptions, renderingPagesWhenWritten: Bool) async -> BuildResult {
        let clock = ContinuousClock()
        let start = clock.now
        var phases: [(name: String, duration: Duration)] = []
        var phaseStart = start
        func endPhase(_ name: String) {
            let now = clock.now
            phases.append((name, now - phaseStart))
            phaseStart = now
        }
        func report(_ outcome: BuildReport.Outcome, _ diagnostics: [Diagnostic], counts: [String: [PageKind: Int]] = [:], files: [OutputFile] = [], site: Site? = nil, cache: BuildCache? = nil) -> BuildResult {
            let report = BuildReport(outcome: outcome, diagnostics: diagnostics.sortedByLocation(), pageCounts: counts, fileCount: files.count, duration: clock.now - start, phases: phases)
            return BuildResult(report: report, files: files, site: site, cache: cache)
        }
        // Every input is read through one symbolic link policy: links are followed only within the site folder
        // (and, for the theme, the built-in themes); the output folder is the only thing written.
        let inputs = ConfinedFileSystem(base: fileSystem, folders: [options.source])
        let loader = SiteLoader(fileSystem: inputs)
        let config: SiteConfig
        var diagnostics: [Diagnostic]
        switch loader.loadConfig(source: options.source, baseURL: options.baseURL) {
        case .success(let loaded):
            config = loaded.config
            diagnostics = loaded.warnings
        case .failure(let list):
            return report(.configurationError, list.diagnostics)
        }
        let theme: Theme
        do {
            let themeFolders = [options.source] + [options.builtinThemes].compactMap { $0 }
            let loader = ThemeLoader(fileSystem: ConfinedFileSystem(base: fileSystem, folders: themeFolders))
            let declaredAt = config.themeLocation ?? SourceLocation(path: Path.join(options.source, "deskbook.yml"))
            let builtinThemes = options.builtinThemes.map { ThemeFolder(fileSystem: loader.fileSystem, path: $0) } ?? BuiltinThemes.folder
            let roots = try loader.roots(siteRoot: options.source, theme: config.theme, builtinThemes: builtinThemes, declaredAt: declaredAt)
            theme = try loader.load(roots: roots)
        } catch let list as DiagnosticList {
            return report(.configurationError, diagnostics + list.diagnostics)
        } catch {
            return report(.configurationError, diagnostics + [.error("\(error)", at: SourceLocation(path: options.source))])
        }
        // Request form: intake.yml mistakes are configuration errors (RequestForm.swift).
        let requestForm = RequestForm.load(source: requestForms, siteRoot: options.source, config: config, fileSystem: inputs)
        diagnostics += requestForm.diagnostics
        if requestForm.diagnostics.containsErrors { return report(.configurationError, diagnostics) }
        endPhase("config and theme")
        let loaded = await loader.loadPages(source: options.source, config: config, cache: pageCache)
        diagnostics += loaded.diagnostics
        endPhase("load and parse")
        let assembled = await SiteAssembler(config: config, includeDrafts: options.includeDrafts).assemble(loaded.pages)
        diagnostics += assembled.diagnostics
        endPhase("assemble and check links")
        if options.strict {
            diagnostics = diagnostics.map { Diagnostic(.error, $0.message, at: $0.location) }
        }
        let hasErrors = diagnostics.containsErrors
        guard !hasErrors || options.keepGoing else { return report(.contentErrors, diagnostics) }
        let site = assembled.site
        do {
            let day = buildDay()
            var renderer = SiteRenderer(site: site, theme: theme, buildDay: day)
            renderer.requestForm = requestForm.form // request form hook
            // search: the index is built while the pages render, and timed on its own.
            let previous = buildCache
            let semantic: (indexer: SemanticIndexer?, warning: Diagnostic?) = options.includeSearch ? semanticIndexer(config, options) : (nil, nil)
            diagnostics += semantic.warning.map { [$0] } ?? []
            async let search = options.includeSearch ? SearchDocuments.index(for: site, reusing: previous?.search, semantic: semantic.indexer) : SearchIndexOutput()
            let (rendered, memo) = try await renderer.render(reusing: previous?.rendered, renderingWhenWritten: renderingPagesWhenWritten)
            endPhase("render")
            let index = await search
            diagnostics += index.warnings
            phases.append(("search index, alongside render", index.duration))
            endPhase("search index, after render")
            let settlement = OutputOwnership.settlement(of: rendered)
            let owned = Self.settle(rendered, settlement, index: index)
            let withErrors = hasErrors || owned.diagnostics.containsErrors
            guard !withErrors || options.keepGoing else {
                return report(.contentErrors, diagnostics + owned.diagnostics, cache: previous == nil ? nil : BuildCache(rendered: memo, search: index.cache))
            }
            let counts = pageCounts(site, published: owned.files)
            let published = PublishedBuild(
                site: site, theme: theme, buildDay: day, rendered: rendered, settlement: settlement, diagnostics: diagnostics,
                requestForm: requestForm.form, pageCounts: counts
            )
            let next = previous == nil ? nil : BuildCache(rendered: memo, search: index.cache, published: published)
            return report(withErrors ? .builtWithErrors : .built, diagnostics + owned.diagnostics, counts: counts, files: owned.files, site: site, cache: next)
        } catch let list as DiagnosticList {
            return report(.configurationError, diagnostics + list.diagnostics)
        } catch {
            return report(.contentErrors, diagnostics + [.error("could not render the site: \(error)", at: SourceLocation(path: options.source))])
        }
    }

    /// The record of the last build when its inputs had the fingerprint `inputs` and the output is still as it
    /// left it; nil when the site must be built.
    private func unchangedBuild(_ output: OutputFolder, inputs: UInt64) async -> BuildRecord? {
        guard let lock = try? await lockOutput(output) else { return nil }
        defer { lock.unlock() }
        guard let record = BuildRecord.read(output.buildRecord, fileSystem: fileSystem), record.inputs == inputs,
              WriteManifest.read(output.manifest, fileSystem: fileSystem).describesLatestBuild(in: output.path, fileSystem: fileSystem)
        else { return nil }
        return record
    }

    /// Takes the output folder's lock on a thread of its own, so waiting for another build blocks no task.
    private func lockOutput(_ output: OutputFolder) async throws -> FileLock {
        let fileSystem = self.fileSystem
        let waiting = self.waiting
        return try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(with: Result {
                    try output.lock(fileSystem) { waiting("waiting for another build of \(output.path) to finish") }
                })
            }.start()
        }
    }

    func buildDay() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(iso: "2000-01-01")!
    }

    /// The files of a build as `OutputOwnership` keeps them: the renderer's, which settle as `settlement`, and
    /// the search index's.
    static func settle(_ rendered: [OutputFile], _ settlement: OutputOwnership.Settlement, index: SearchIndexOutput) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let indexFiles = index.files.map { $0.owned(by: .generator("the search index")) }
        return OutputOwnership.settle(rendered, settled: settlement, adding: indexFiles) ?? OutputOwnership.settle(rendered + indexFiles)
    }

    /// Pages per language and kind, counting only pages whose file is among `published`.
    func pageCounts(_ site: Site, published: [OutputFile]) -> [String: [PageKind: Int]] {
        let publishedPages = Set(published.lazy.filter { $0.owner.rank == .page }.compactMap(\.owner.location?.path))
        var counts: [String: [PageKind: Int]] = [:]
        for index in site.articles where publishedPages.contains(site.pages[index].displayPath) {
            let page = site.pages[index]
            counts[page.language, default: [:]][page.kind, default: 0] += 1
        }
        return counts
    }
}

extension SiteBuilder {
    /// The indexer of this build's document vectors, or the warning that says why there is none.
    func semanticIndexer(_ config: SiteConfig, _ options: BuildOptions) -> (indexer: SemanticIndexer?, warning: Diagnostic?) {
        guard let semanticModel else { return (nil, nil) }
        switch semanticModel(config.semantic) {
        case .ready(let embedder):
            let cache = embeddingCache ?? EmbeddingCache(source: options.source, fileSystem: fileSystem)
            let budget = config.semanticPassage ?? PassageText.defaultBudget
            return (SemanticIndexer(embedder: embedder, cache: cache, passageBudget: budget), nil)
        case .off(let warning):
            return (nil, warning.map { .warning($0, at: SourceLocation(path: Path.join(options.source, "deskbook.yml"))) })
        }
    }
}
