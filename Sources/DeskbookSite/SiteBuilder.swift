import DeskbookContent
import DeskbookCore
import Foundation

/// The build pipeline: load, assemble, render, write. Data flows one way through it.
public struct SiteBuilder: Sendable {
    public var fileSystem: any FileSystem
    /// The current time, injectable for tests.
    public var now: @Sendable () -> Date
    /// Reads intake.yml for the request form pages, /<lang>/request/; nil renders a contact page.
    public var requestForms: (any RequestFormSource)? = IntakeRequestForms()

    public init(fileSystem: any FileSystem = LocalFileSystem(), now: @escaping @Sendable () -> Date = { Date() }) {
        self.fileSystem = fileSystem
        self.now = now
    }

    public func build(_ options: BuildOptions) async -> BuildReport {
        let clock = ContinuousClock()
        let start = clock.now
        var phases: [(name: String, duration: Duration)] = []
        var phaseStart = start
        func endPhase(_ name: String) {
            let now = clock.now
            phases.append((name, now - phaseStart))
            phaseStart = now
        }
        func report(_ outcome: BuildReport.Outcome, _ diagnostics: [Diagnostic], counts: [String: [PageKind: Int]] = [:], files: Int = 0) -> BuildReport {
            BuildReport(outcome: outcome, diagnostics: diagnostics.sortedByLocation(), pageCounts: counts, fileCount: files, duration: clock.now - start, phases: phases)
        }
        let loader = SiteLoader(fileSystem: fileSystem)
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
            let loader = ThemeLoader(fileSystem: fileSystem)
            let declaredAt = config.themeLocation ?? SourceLocation(path: Path.join(options.source, "deskbook.yml"))
            let builtinThemes = options.builtinThemes.map { ThemeFolder(fileSystem: fileSystem, path: $0) } ?? BuiltinThemes.folder
            let roots = try loader.roots(siteRoot: options.source, theme: config.theme, builtinThemes: builtinThemes, declaredAt: declaredAt)
            theme = try loader.load(roots: roots)
        } catch let list as DiagnosticList {
            return report(.configurationError, diagnostics + list.diagnostics)
        } catch {
            return report(.configurationError, diagnostics + [.error("\(error)", at: SourceLocation(path: options.source))])
        }
        // Request form: intake.yml mistakes are configuration errors (RequestForm.swift).
        let requestForm = RequestForm.load(source: requestForms, siteRoot: options.source, config: config, fileSystem: fileSystem)
        diagnostics += requestForm.diagnostics
        if requestForm.diagnostics.containsErrors { return report(.configurationError, diagnostics) }
        endPhase("config and theme")
        let loaded = await loader.loadPages(source: options.source, config: config)
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
            var renderer = SiteRenderer(site: site, theme: theme, buildDay: buildDay())
            renderer.requestForm = requestForm.form // request form hook
            // search: the index is built while the pages render, and timed on its own.
            async let search = options.includeSearch ? SearchDocuments.index(for: site) : ([], .zero)
            var files = try await renderer.render()
            endPhase("render")
            let index = await search
            files += index.files
            phases.append(("search index, alongside render", index.duration))
            endPhase("search index, after render")
            try await AtomicOutput(fileSystem: fileSystem, destination: options.outputFolder).write(files)
            endPhase("write")
            return report(hasErrors ? .builtWithErrors : .built, diagnostics, counts: pageCounts(site), files: files.count)
        } catch let list as DiagnosticList {
            return report(.configurationError, diagnostics + list.diagnostics)
        } catch {
            return report(.contentErrors, diagnostics + [.error("could not write the site: \(error)", at: SourceLocation(path: options.outputFolder))])
        }
    }

    private func buildDay() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: now())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(iso: "2000-01-01")!
    }

    private func pageCounts(_ site: Site) -> [String: [PageKind: Int]] {
        var counts: [String: [PageKind: Int]] = [:]
        for index in site.articles {
            let page = site.pages[index]
            counts[page.language, default: [:]][page.kind, default: 0] += 1
        }
        return counts
    }
}
