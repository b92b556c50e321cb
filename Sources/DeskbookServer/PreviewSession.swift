import DeskbookCore
import DeskbookIntake
import DeskbookSearch
import DeskbookSite
import Foundation

/// What the preview serves right now: the snapshot of the last good build and that build's id.
public struct ServedSite: Sendable {
    public let snapshot: SiteSnapshot
    /// Unique to this process and build (`k3x9a-4`), so a page can tell whether it is current.
    public let build: String
}

/// The preview's state: the last good site, the problems of the latest build, and the pages listening for
/// changes. Rebuilds go through a `SiteProducer`, one at a time; changes reported during a rebuild are
/// gathered into the next one.
public actor PreviewSession {
    private let producer: any SiteProducer
    private let siteRoot: String
    private let fileSystem: any FileSystem
    private let console: PreviewConsole
    private let broadcaster = EventBroadcaster()
    private let processID = String(UInt32.random(in: .min ... .max), radix: 36)
    private var generation = 0
    private var pending: Set<String> = []
    private var isRebuilding = false
    private var cachedChecker: CheckerAvailability?

    /// The site being served; empty until a build succeeds.
    public private(set) var served: ServedSite
    /// The latest build's diagnostics when it had errors, as printed; empty when it succeeded.
    public private(set) var problems: [String] = []
    /// Whether each build's phases are printed after its summary.
    private let timings: Bool

    /// - Parameters:
    ///   - siteRoot: the site folder, where `/api/check` reads intake.yml.
    ///   - timings: whether each build's phases are printed after its summary.
    public init(producer: any SiteProducer, siteRoot: String, fileSystem: any FileSystem = LocalFileSystem(), console: PreviewConsole = .terminal, timings: Bool = false) {
        self.producer = producer
        self.timings = timings
        self.siteRoot = siteRoot
        self.fileSystem = fileSystem
        self.console = console
        served = ServedSite(snapshot: .empty, build: processID + "-0")
    }

    public var status: PreviewStatus { PreviewStatus(build: served.build, problems: problems) }

    /// Builds the whole site for the first time and serves it when it succeeds.
    @discardableResult
    public func start() async -> BuildReport {
        let result = await producer.produce(changed: [])
        publish(result)
        return result.report
    }

    /// Rebuilds after the source files at `paths` changed (see `SiteProducer`). Returns when no rebuild is
    /// left to do, or at once when a rebuild is already running: that one picks the paths up after it.
    public func sourcesChanged(_ paths: Set<String>) async {
        pending.formUnion(paths)
        guard !isRebuilding else { return }
        isRebuilding = true
        while !pending.isEmpty {
            let batch = pending
            pending = []
            publish(await producer.produce(changed: batch))
        }
        isRebuilding = false
    }

    /// Serves a build's result when it succeeded, prints its diagnostics, and tells the open pages.
    public func publish(_ result: BuildResult) {
        let report = result.report
        for diagnostic in report.diagnostics { console.error(diagnostic.description) }
        let hadProblems = !problems.isEmpty
        let succeeded = report.outcome == .built || report.outcome == .builtWithErrors
        problems = report.diagnostics.containsErrors || !succeeded ? report.diagnostics.map(\.description) : []
        cachedChecker = nil
        guard succeeded else {
            console.error(report.summary)
            broadcaster.send(.status(status))
            return
        }
        console.info(report.summary)
        if timings { report.timings.forEach(console.error) }
        let previous = served
        let snapshot = SiteSnapshot(files: result.files, draftPaths: SiteSnapshot.draftPaths(of: result.site), previous: previous.snapshot)
        let changed = snapshot.changedPaths(since: previous.snapshot)
        if !changed.isEmpty || snapshot.draftPaths != previous.snapshot.draftPaths {
            generation += 1
            served = ServedSite(snapshot: snapshot, build: "\(processID)-\(generation)")
        }
        if !problems.isEmpty || (served.build == previous.build && hadProblems) {
            broadcaster.send(.status(status))
        } else if served.build != previous.build {
            if !hadProblems, let swaps = StylesheetSwap.changes(from: previous.snapshot, to: snapshot, changed: changed) {
                broadcaster.send(.stylesheets(build: served.build, changes: swaps))
            } else {
                broadcaster.send(.reload(build: served.build))
            }
        }
    }

    /// A stream of events for one open page, starting with the current status.
    public func events() -> AsyncStream<PreviewEvent> {
        broadcaster.subscribe(startingWith: .status(status))
    }

    /// How many pages are listening.
    public nonisolated var listenerCount: Int { broadcaster.subscriberCount }

    /// Ends every event stream, now and later: the server can then stop.
    public nonisolated func closeEvents() {
        broadcaster.close()
    }

    /// The request checker of `/api/check`: the site's intake.yml, suggesting articles from the served index.
    public func checker() -> CheckerAvailability {
        if let cachedChecker { return cachedChecker }
        let loaded = IntakeRules.load(from: siteRoot, fileSystem: fileSystem)
        let availability: CheckerAvailability
        if let rules = loaded.rules {
            let snapshot = served.snapshot
            let engine = SearchEngine { path in
                guard let file = snapshot.files["search/" + path] else { throw FileSystemError(path: path, reason: "not in the served site") }
                return file.data
            }
            availability = .ready(IntakeChecker(rules: rules, suggester: SearchSuggester(engine: engine)))
        } else if loaded.diagnostics.isEmpty {
            availability = .missing
        } else {
            availability = .broken(loaded.diagnostics)
        }
        cachedChecker = availability
        return availability
    }
}

/// Whether `/api/check` can check requests.
public enum CheckerAvailability: Sendable {
    case ready(IntakeChecker)
    /// The site has no intake.yml.
    case missing
    /// intake.yml has errors.
    case broken([Diagnostic])
}
