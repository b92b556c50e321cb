import DeskbookCore

/// The one place every output file passes before it is written: each path must be safe to write inside
/// the output folder and have exactly one owner.
///
/// Files are taken in a fixed order (owner rank, then where the owner was written, then path), so the same
/// input always keeps the same files. A file is refused, with an error where its owner was written, when its
/// path is absolute or holds an empty, `.` or `..` name, when an earlier file has the same path, or when one
/// of the two needs as a folder what the other writes as a file (an alias `/sitemap.xml` against the sitemap).
enum OutputOwnership {
    /// Which files of a list are kept, by position in the list and in the order taken, and the errors about
    /// the others. It depends on the files' paths and owners only, so a list whose files keep their paths and
    /// owners and change their bytes settles the same way.
    struct Settlement: Sendable {
        var kept: [Int]
        var diagnostics: [Diagnostic]
        /// The paths of the kept files, and the folders they lie in.
        var paths: Set<String>
        var folders: Set<String>

        /// Whether a file at `path` would clash with a kept file: the same path, a folder of one is the other.
        func clashes(with path: String) -> Bool {
            paths.contains(path) || folders.contains(path) || AtomicOutput.ancestors(of: path).contains(where: paths.contains)
        }
    }

    static func settle(_ files: [OutputFile]) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let claims = claims(of: files)
        return (claims.kept.map { files[$0] }, claims.diagnostics)
    }

    /// What `settle(files + added)` gives, for `files` already settled as `settlement`, when no file of `added`
    /// clashes with a kept file of `files`: then only `added` is settled, and the two merged in order. Nil when
    /// one does.
    static func settle(_ files: [OutputFile], settled settlement: Settlement, adding added: [OutputFile]) -> (files: [OutputFile], diagnostics: [Diagnostic])? {
        guard !added.contains(where: { settlement.clashes(with: $0.path) }) else { return nil }
        let others = settle(added)
        var merged: [OutputFile] = []
        merged.reserveCapacity(settlement.kept.count + others.files.count)
        var next = others.files.startIndex
        for position in settlement.kept {
            let file = files[position]
            while next < others.files.endIndex, ordering(others.files[next], file) < 0 {
                merged.append(others.files[next])
                next += 1
            }
            merged.append(file)
        }
        merged += others.files[next...]
        return (merged, others.diagnostics + settlement.diagnostics)
    }

    static func settlement(of files: [OutputFile]) -> Settlement {
        let claims = claims(of: files)
        return Settlement(kept: claims.kept, diagnostics: claims.diagnostics, paths: Set(claims.fileOwners.keys), folders: Set(claims.folderOwners.keys))
    }

    /// The files kept, in order, the errors about the others, and who holds each path and folder.
    private static func claims(of files: [OutputFile]) -> (kept: [Int], diagnostics: [Diagnostic], fileOwners: [String: OutputOwner], folderOwners: [String: OutputOwner]) {
        let order = files.indices.sorted { left, right in
            let comparison = ordering(files[left], files[right])
            return comparison != 0 ? comparison < 0 : left < right
        }
        var fileOwners: [String: OutputOwner] = [:]
        var folderOwners: [String: OutputOwner] = [:]
        var kept: [Int] = []
        var diagnostics: [Diagnostic] = []
        for position in order {
            let file = files[position]
            let location = file.owner.location ?? SourceLocation(path: file.path)
            if let problem = OutputName.problem(withPath: file.path) {
                diagnostics.append(.error("\(file.owner.name) cannot be written to '\(file.path)': it holds \(problem)", at: location))
                continue
            }
            let folders = AtomicOutput.ancestors(of: file.path)
            if let winner = fileOwners[file.path] {
                diagnostics.append(.error("\(file.owner.name) clashes with \(winner.nameAndPlace): both are written to \(file.path)", at: location))
                continue
            }
            if let (path, winner) = folderOwners[file.path].map({ (file.path, $0) }) ?? folders.lazy.compactMap({ folder in fileOwners[folder].map { (folder, $0) } }).first {
                diagnostics.append(.error("\(file.owner.name) clashes with \(winner.nameAndPlace): \(path) cannot be both a file and a folder", at: location))
                continue
            }
            fileOwners[file.path] = file.owner
            for folder in folders where folderOwners[folder] == nil { folderOwners[folder] = file.owner }
            kept.append(position)
        }
        return (kept, diagnostics, fileOwners, folderOwners)
    }

    /// Negative when `a` is taken before `b`, positive when after, 0 for the same path and owner place: lower
    /// owner rank first, then the owner written first, then the path.
    private static func ordering(_ a: OutputFile, _ b: OutputFile) -> Int {
        if a.owner.rank != b.owner.rank { return a.owner.rank < b.owner.rank ? -1 : 1 }
        if a.owner.location != b.owner.location {
            guard let first = a.owner.location else { return -1 }
            guard let second = b.owner.location else { return 1 }
            return first < second ? -1 : 1
        }
        return a.path == b.path ? 0 : a.path < b.path ? -1 : 1
    }
}
