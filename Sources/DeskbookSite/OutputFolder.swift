import DeskbookCore
import Foundation

/// The folder a build publishes to, resolved and checked before anything is written, with its hidden siblings.
///
/// A build writes, replaces or deletes nothing but these: the output folder, `.<name>.deskbook-staging` (the new
/// site while it is written), `.<name>.deskbook-previous` (the replaced site, recycled by the next build), the
/// lock file `.<name>.deskbook-lock`, `.<name>.deskbook-manifest` (what the last builds wrote, `WriteManifest`) and
/// `.<name>.deskbook-build` (what the last build was made from, `BuildRecord`). The output may not be the site folder, hold it, or overlap one of its inputs,
/// and a folder is replaced only when it is missing, empty or holds the marker file every Deskbook output has.
public struct OutputFolder: Sendable, Equatable {
    /// The real path of the output folder (symbolic links in it resolved), which may not exist yet.
    public let path: String

    /// The file that marks a folder as written by Deskbook, and so safe to replace.
    public static let markerName = ".deskbook-output"
    static let markerText = "This folder is written by `deskbook build`, which replaces all of it on every build.\n"

    init(path: String) {
        self.path = path
    }

    var parent: String { Self.parent(of: path) }

    /// The folder holding `path`: `/` for `/srv`, the empty root of a memory tree for `public`.
    private static func parent(of path: String) -> String {
        let parent = Path.directory(of: path)
        return parent.isEmpty && path.hasPrefix("/") ? "/" : parent
    }

    private func sibling(_ suffix: String) -> String {
        Path.join(parent, ".\(Path.fileName(of: path)).deskbook-\(suffix)")
    }

    /// Where the next site is written before it replaces the output.
    public var staging: String { sibling("staging") }
    /// The site the last build replaced, recycled as the next staging folder.
    public var previous: String { sibling("previous") }
    /// What the last two builds wrote (`WriteManifest`).
    public var manifest: String { sibling("manifest") }
    /// What the last one-shot build was made from and reported (`BuildRecord`).
    public var buildRecord: String { sibling("build") }
    /// The file locked while a build of this output runs.
    public var lockFile: String { sibling("lock") }

    /// Resolves the output folder of `options`, refusing one that is the site folder, holds it or overlaps an input
    /// (content/, themes/, deskbook.yml, intake.yml, the built-in themes), and one that holds the current folder,
    /// which the swap would leave behind in the replaced site.
    public static func locate(_ options: BuildOptions, fileSystem: any FileSystem) throws(DiagnosticList) -> OutputFolder {
        let given = options.outputFolder
        func refuse(_ reason: String) -> DiagnosticList {
            DiagnosticList([.error("cannot build into this folder: \(reason)", at: SourceLocation(path: given))])
        }
        guard let output = resolve(given, fileSystem: fileSystem), !Path.fileName(of: output).isEmpty else {
            throw refuse("it is not a folder that can be replaced")
        }
        let source = resolve(options.source, fileSystem: fileSystem) ?? options.source
        if Path.isInside(source, output) {
            throw refuse("it holds the site folder \(source), which the build would replace; choose a folder such as \(Path.join(source, "public"))")
        }
        if let current = fileSystem.realPath("."), Path.isInside(current, output) {
            throw refuse("it holds the current folder \(current), and a build replaces its output folder; run it from elsewhere or choose another folder")
        }
        let inputs = ["content", "themes", "deskbook.yml", "intake.yml"].compactMap { resolve(Path.join(options.source, $0), fileSystem: fileSystem) }
            + [options.builtinThemes].compactMap { $0.flatMap { resolve($0, fileSystem: fileSystem) } }
        if let input = inputs.first(where: { Path.isInside(output, $0) || Path.isInside($0, output) }) {
            throw refuse("it overlaps \(input), an input of the build; choose a folder such as \(Path.join(source, "public"))")
        }
        return OutputFolder(path: output)
    }

    /// The real path `path` names, resolving the part that exists and adding the rest, e.g. `/srv/site/public`
    /// for `public` in `/srv/site`; nil when it climbs above the root.
    static func resolve(_ path: String, fileSystem: any FileSystem) -> String? {
        let absolute = path.hasPrefix("/")
        let parts = path.split(separator: "/").map(String.init)
        for known in stride(from: parts.count, through: 0, by: -1) {
            let prefix = (absolute ? "/" : "") + parts[..<known].joined(separator: "/")
            guard var resolved = fileSystem.realPath(prefix.isEmpty ? "." : prefix) else { continue }
            for part in parts[known...] where part != "." {
                if part != ".." {
                    resolved = Path.join(resolved, part)
                } else if resolved.isEmpty || resolved == "/" {
                    return nil
                } else {
                    resolved = parent(of: resolved)
                }
            }
            return resolved
        }
        return nil
    }

    /// Takes the lock of this output, creating its parent folder when missing; `whileWaiting` is called when
    /// another build holds it.
    func lock(_ fileSystem: any FileSystem, whileWaiting: () -> Void) throws -> FileLock {
        if fileSystem.kind(of: parent) == nil { try fileSystem.createDirectory(parent) }
        return try fileSystem.lockExclusively(lockFile, whileWaiting: whileWaiting)
    }

    /// Refuses to go on when the output or a sibling folder exists but was not written by Deskbook: a non-empty
    /// folder without the marker file, a file or a symbolic link. Checked under the lock.
    func checkOwnership(_ fileSystem: any FileSystem) throws(DiagnosticList) {
        for folder in [path, staging, previous] {
            let problem: String
            switch fileSystem.kind(of: folder) {
            case nil:
                continue
            case .directory:
                if fileSystem.kind(of: Path.join(folder, Self.markerName)) == .file { continue }
                if let names = try? fileSystem.list(folder), names.isEmpty { continue }
                problem = "it is not empty and has no \(Self.markerName) file, so Deskbook did not write it"
            case .file:
                problem = "it is a file"
            case .symbolicLink:
                problem = "it is a symbolic link"
            }
            throw DiagnosticList([.error("cannot replace this folder: \(problem). Remove it or choose another --output (sites built before Deskbook marked its output need removing once)", at: SourceLocation(path: folder))])
        }
    }
}
