import DeskbookCore
import Foundation

/// What the last two builds wrote into their sites, so a build recycling one of them can tell a file that
/// already holds its bytes without reading it.
///
/// For each output path it keeps the stamp the file had once written and the fingerprint of its bytes: an
/// entry speaks for a file only while the file has exactly that stamp, and writing, deleting or replacing a file
/// by hand changes its stamp, so such a file is written again. A manifest that is missing, torn or from another
/// folder only costs writes. Kept as the output's hidden sibling `OutputFolder.manifest`.
struct WriteManifest: Sendable, Equatable {
    struct Entry: Sendable, Equatable {
        var stamp: FileStamp
        var fingerprint: UInt64
    }

    /// What the last build wrote (now the published site), by output path.
    private(set) var latest: [String: Entry] = [:]
    /// What the build before it wrote (now the replaced site, which the next build recycles).
    private(set) var earlier: [String: Entry] = [:]

    static let header = "deskbook write manifest 1"
    static let sectionMark = "--"
    static let end = "end"

    init() {}

    /// The manifest after a build that wrote `written`: the last build's entries become the earlier ones.
    func after(writing written: [String: Entry]) -> WriteManifest {
        var next = WriteManifest()
        next.latest = written
        next.earlier = latest
        return next
    }

    /// True when the file at `path` has `stamp` and held bytes with `fingerprint` when it last had it.
    func holds(_ path: String, stamp: FileStamp, fingerprint: UInt64) -> Bool {
        [latest[path], earlier[path]].contains { $0 == Entry(stamp: stamp, fingerprint: fingerprint) }
    }

    /// One line per entry, `fingerprint device inode size modified changed path`, the latest entries first, a
    /// `--` line, the earlier ones, and a last line `end` that tells a whole manifest from a torn one.
    var text: String {
        var lines = [Self.header]
        func add(_ entries: [String: Entry]) {
            for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
                let stamp = entry.stamp
                lines.append("\(String(entry.fingerprint, radix: 16)) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed) \(path)")
            }
        }
        add(latest)
        lines.append(Self.sectionMark)
        add(earlier)
        lines.append(Self.end)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The manifest `text` describes; empty when it is not a whole manifest of this format.
    init(text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == Substring(Self.header), lines.dropLast().last == Substring(Self.end) else { return }
        var section = 0
        for line in lines.dropFirst().dropLast(2) {
            if line == Substring(Self.sectionMark) {
                section += 1
                continue
            }
            let fields = line.split(separator: " ", maxSplits: 6, omittingEmptySubsequences: false)
            guard fields.count == 7, let fingerprint = UInt64(fields[0], radix: 16),
                  let device = UInt64(fields[1]), let inode = UInt64(fields[2]), let size = Int64(fields[3]),
                  let modified = Int64(fields[4]), let changed = Int64(fields[5]) else { continue }
            let entry = Entry(stamp: FileStamp(device: device, inode: inode, size: size, modified: modified, changed: changed), fingerprint: fingerprint)
            if section == 0 { latest[String(fields[6])] = entry } else { earlier[String(fields[6])] = entry }
        }
    }

    /// The manifest at `path`, empty when there is none or it is not a regular file.
    static func read(_ path: String, fileSystem: any FileSystem) -> WriteManifest {
        guard fileSystem.kind(of: path) == .file, let data = try? fileSystem.contents(of: path) else { return WriteManifest() }
        return WriteManifest(text: String(decoding: data, as: UTF8.self))
    }

    /// Writes the manifest to `path`, first removing whatever else is there, such as a symbolic link.
    func write(to path: String, fileSystem: any FileSystem) throws {
        if let kind = fileSystem.kind(of: path), kind != .file { try fileSystem.remove(path) }
        try fileSystem.write(Data(text.utf8), to: path)
    }
}

extension WriteManifest {
    /// True when the folder at `path` holds the files the last build wrote and nothing else (the marker file
    /// aside), each with the stamp it had once written: nobody has touched the published site since.
    func describesLatestBuild(in path: String, fileSystem: any FileSystem) -> Bool {
        guard !latest.isEmpty, fileSystem.kind(of: Path.join(path, OutputFolder.markerName)) == .file else { return false }
        var seen = 0
        var pending = [""]
        while let relative = pending.popLast() {
            guard let names = try? fileSystem.list(Path.join(path, relative)) else { return false }
            for name in names where !(relative.isEmpty && name == OutputFolder.markerName) {
                let child = Path.join(relative, name)
                switch fileSystem.kind(of: Path.join(path, child)) {
                case .directory:
                    pending.append(child)
                case .file:
                    guard let entry = latest[child], fileSystem.stamp(of: Path.join(path, child)) == entry.stamp else { return false }
                    seen += 1
                case .symbolicLink, nil:
                    return false
                }
            }
        }
        return seen == latest.count
    }
}
