import DeskbookContent
import DeskbookCore
import Foundation

/// What the last one-shot build of an output folder was made from and what it reported, kept as the output's
/// hidden sibling `OutputFolder.buildRecord`. A build whose inputs have the same fingerprint (`InputStamps`), into
/// an output still exactly as that build left it, reports the same without loading, rendering or writing.
struct BuildRecord: Codable, Equatable {
    /// The `InputStamps` fingerprint of the build's inputs, taken before it read them.
    var inputs: UInt64
    /// True when the build wrote the site despite errors (`--keep-going`).
    var withErrors: Bool
    var diagnostics: [Diagnostic]
    /// Page counts by language and kind name.
    var pageCounts: [String: [String: Int]]
    var fileCount: Int

    /// The record of a build that published its site.
    init(inputs: UInt64, report: BuildReport) {
        self.inputs = inputs
        withErrors = report.outcome == .builtWithErrors
        diagnostics = report.diagnostics
        pageCounts = report.pageCounts.mapValues { counts in
            Dictionary(uniqueKeysWithValues: counts.map { ($0.key.rawValue, $0.value) })
        }
        fileCount = report.fileCount
    }

    /// The report of the recorded build, again, having taken `duration` to tell that nothing changed.
    func report(duration: Duration) -> BuildReport {
        BuildReport(
            outcome: withErrors ? .builtWithErrors : .built,
            diagnostics: diagnostics,
            pageCounts: pageCounts.mapValues { counts in
                Dictionary(uniqueKeysWithValues: counts.compactMap { name, count in PageKind(rawValue: name).map { ($0, count) } })
            },
            fileCount: fileCount,
            duration: duration,
            phases: [("unchanged since the last build", duration)]
        )
    }

    /// The record at `path`; nil when there is none or it cannot be read.
    static func read(_ path: String, fileSystem: any FileSystem) -> BuildRecord? {
        guard fileSystem.kind(of: path) == .file, let data = try? fileSystem.contents(of: path) else { return nil }
        return try? JSONDecoder().decode(BuildRecord.self, from: data)
    }

    /// Writes the record to `path`, first removing whatever else is there, such as a symbolic link.
    func write(to path: String, fileSystem: any FileSystem) throws {
        if let kind = fileSystem.kind(of: path), kind != .file { try fileSystem.remove(path) }
        try fileSystem.write(try JSONEncoder().encode(self), to: path)
    }
}
