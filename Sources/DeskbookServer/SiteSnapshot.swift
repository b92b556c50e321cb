import DeskbookContent
import DeskbookCore
import DeskbookSite
import Foundation

/// One file of a snapshot, with the headers a static host sends for it.
public struct SnapshotFile: Sendable {
    public let data: Data
    /// A quoted strong validator: a fingerprint of the bytes.
    public let etag: String
    public let contentType: String
}

/// An immutable copy of a built site, by output path (`en/a/index.html`): what the preview serves.
public struct SiteSnapshot: Sendable {
    public let files: [String: SnapshotFile]
    /// The output paths of draft pages, which the preview marks with a banner.
    public let draftPaths: Set<String>

    /// A snapshot of `files`, each at its own path; the fingerprints of files whose bytes equal those in
    /// `previous` are reused. It starts from `previous`'s table, which an edit changes in a few places.
    public init(files: [OutputFile], draftPaths: Set<String> = [], previous: SiteSnapshot? = nil) {
        var entries = previous?.files ?? [:]
        entries.reserveCapacity(files.count)
        var kept = 0
        for file in files {
            if let old = entries[file.path] {
                kept += 1
                if Self.sameBytes(old.data, file.data) { continue }
            }
            entries[file.path] = SnapshotFile(
                data: file.data,
                etag: "\"" + ContentHash.hex(file.data, length: 16) + "\"",
                contentType: ContentType.of(path: file.path)
            )
        }
        if let previous, kept != previous.files.count {
            let paths = Set(files.map(\.path))
            entries = entries.filter { paths.contains($0.key) }
        }
        self.files = entries
        self.draftPaths = draftPaths
    }

    /// Whether two files hold the same bytes, without comparing them when both share one buffer, as the files
    /// a rebuild kept from the build before do.
    private static func sameBytes(_ first: Data, _ second: Data) -> Bool {
        guard first.count == second.count else { return false }
        let shared = first.withUnsafeBytes { left in second.withUnsafeBytes { right in left.baseAddress == right.baseAddress } }
        return shared || first == second
    }

    /// A snapshot with no files, served until the first build succeeds.
    public static let empty = SiteSnapshot(files: [])

    /// The output paths of the draft pages of `site`.
    public static func draftPaths(of site: Site?) -> Set<String> {
        guard let site else { return [] }
        return Set(site.pages.filter(\.frontMatter.draft).map { OutputPath.forURL($0.url, basePath: site.config.basePath) })
    }

    /// Paths added, removed or changed since `old`.
    public func changedPaths(since old: SiteSnapshot) -> Set<String> {
        var changed: Set<String> = []
        for (path, file) in files where old.files[path]?.etag != file.etag { changed.insert(path) }
        for path in old.files.keys where files[path] == nil { changed.insert(path) }
        return changed
    }
}
