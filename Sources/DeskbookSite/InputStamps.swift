import DeskbookCore
import Foundation

/// A fingerprint of everything a one-shot build reads and is asked: the stamp of every file below the site folder
/// (hidden entries and the output folder left out, as the build leaves them out), the options, the build day and
/// what made the build (`SiteBuilder.toolIdentity`). Two builds with the same fingerprint make the same site.
enum InputStamps {
    /// The fingerprint, or nil when the site folder holds something whose stamp cannot tell versions apart: a
    /// symbolic link, an unreadable folder, a file system without stamps, or a file changed less than
    /// `settling` before `now`, as a file system's clock ticks coarsely and a second write within one tick could
    /// leave the same stamp. Such a site is built in full.
    static func fingerprint(_ options: BuildOptions, output: OutputFolder, now: Date, day: Day, tool: String, fileSystem: any FileSystem) -> UInt64? {
        let settled = Int64((now.timeIntervalSince1970 - settling) * 1e9)
        var text = "\(tool)\n\(day)\n\(describe(options))\n"
        var unstamped = false
        for folder in [options.source] + [options.builtinThemes].compactMap({ $0 }) {
            let problems = FolderWalker(fileSystem: fileSystem).walk(folder) { entry in
                if entry.isDirectory {
                    guard (fileSystem.realPath(entry.path) ?? entry.path) != output.path else { return false }
                    text += "\(entry.path)/\n"
                    return true
                }
                guard let stamp = fileSystem.stamp(of: entry.path), stamp.changed < settled else {
                    unstamped = true
                    return false
                }
                text += "\(entry.path)\t\(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed)\n"
                return false
            }
            if !problems.isEmpty { return nil }
        }
        return unstamped ? nil : ContentHash.wordFingerprint(Data(text.utf8))
    }

    /// How long ago, in seconds, a file must have last changed for its stamp to be trusted.
    static let settling = 1.0

    /// The options that change what a build makes, one per line.
    private static func describe(_ options: BuildOptions) -> String {
        [
            "source \(options.source)", "output \(options.outputFolder)", "drafts \(options.includeDrafts)",
            "base \(options.baseURL ?? "-")", "strict \(options.strict)", "themes \(options.builtinThemes ?? "-")",
            "keep-going \(options.keepGoing)", "search \(options.includeSearch)",
        ].joined(separator: "\n")
    }
}
