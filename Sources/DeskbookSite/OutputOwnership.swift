import DeskbookCore

/// The one place every output file passes before it is written: each path must be safe to write inside
/// the output folder and have exactly one owner.
///
/// Files are taken in a fixed order (owner rank, then where the owner was written, then path), so the same
/// input always keeps the same files. A file is refused, with an error where its owner was written, when its
/// path is absolute or holds an empty, `.` or `..` name, when an earlier file has the same path, or when one
/// of the two needs as a folder what the other writes as a file (an alias `/sitemap.xml` against the sitemap).
enum OutputOwnership {
    static func settle(_ files: [OutputFile]) -> (files: [OutputFile], diagnostics: [Diagnostic]) {
        let order = files.indices.sorted { left, right in
            let (a, b) = (files[left], files[right])
            if a.owner.rank != b.owner.rank { return a.owner.rank < b.owner.rank }
            if a.owner.location != b.owner.location {
                guard let first = a.owner.location else { return true }
                guard let second = b.owner.location else { return false }
                return first < second
            }
            return (a.path, left) < (b.path, right)
        }
        var fileOwners: [String: OutputOwner] = [:]
        var folderOwners: [String: OutputOwner] = [:]
        var kept: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for file in order.map({ files[$0] }) {
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
            kept.append(file)
        }
        return (kept, diagnostics)
    }
}
