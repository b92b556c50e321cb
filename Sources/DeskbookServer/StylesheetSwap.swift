import Foundation

/// A stylesheet of the served site replaced by a new version: live.js points its `<link>` at `to`.
public struct StylesheetChange: Sendable, Hashable, Codable {
    /// The URL path the pages referenced (`/assets/css/style.1a2b3c4d5e.css`).
    public var from: String
    /// The URL path of the new version, the same as `from` when the name did not change.
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// Decides whether a new snapshot differs from the old one only in its stylesheets, so open pages can swap
/// them without a reload.
///
/// Theme assets carry a hash of their bytes in their name (`style.1a2b3c4d5e.css`), so an edited stylesheet
/// is removed under its old name, added under a new one, and every page that links it changes by that name
/// only. A change counts as stylesheet-only when every changed path is a stylesheet, or an HTML page whose
/// new bytes are its old bytes with the old stylesheet names replaced by the new ones.
enum StylesheetSwap {
    /// The stylesheet changes, or nil when the change needs a reload.
    static func changes(from old: SiteSnapshot, to new: SiteSnapshot, changed: Set<String>) -> [StylesheetChange]? {
        let stylesheets = changed.filter { $0.hasSuffix(".css") }
        guard !stylesheets.isEmpty else { return nil }
        var removed: [String: String] = [:]
        var added: [String: String] = [:]
        var pairs: [(from: String, to: String)] = []
        for path in stylesheets {
            switch (old.files[path] != nil, new.files[path] != nil) {
            case (true, true): pairs.append((path, path))
            case (true, false): removed[unhashedName(path)] = path
            case (false, true): added[unhashedName(path)] = path
            case (false, false): break
            }
        }
        guard Set(removed.keys) == Set(added.keys) else { return nil }
        let renames = removed.keys.sorted().map { (from: removed[$0]!, to: added[$0]!) }
        for path in changed.subtracting(stylesheets) {
            guard ContentType.isHTML(path: path), let before = old.files[path]?.data, let after = new.files[path]?.data,
                  !renames.isEmpty, replacing(renames, in: before) == after else { return nil }
        }
        return (pairs + renames).map { StylesheetChange(from: "/" + $0.from, to: "/" + $0.to) }.sorted { $0.from < $1.from }
    }

    /// `assets/css/style.1a2b3c4d5e.css` → `assets/css/style.css`: the name without the content hash.
    static func unhashedName(_ path: String) -> String {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return path }
        let hash = parts[parts.count - 2]
        guard hash.count == 10, hash.allSatisfy(\.isHexDigit) else { return path }
        return (parts.dropLast(2) + [parts[parts.count - 1]]).joined(separator: ".")
    }

    /// `data` with every occurrence of each `from` replaced by its `to`.
    private static func replacing(_ renames: [(from: String, to: String)], in data: Data) -> Data {
        var result = data
        for rename in renames {
            let target = Data(rename.from.utf8)
            let replacement = Data(rename.to.utf8)
            var output = Data(capacity: result.count)
            var position = result.startIndex
            while let found = result.range(of: target, in: position..<result.endIndex) {
                output.append(result[position..<found.lowerBound])
                output.append(replacement)
                position = found.upperBound
            }
            output.append(result[position...])
            result = output
        }
        return result
    }
}
