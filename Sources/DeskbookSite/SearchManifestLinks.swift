import DeskbookCore
import Foundation

/// The path of each language's search manifest in the pages: `site.search_manifest` in templates,
/// which the search form hands to search.js so that its first query skips `<lang>/index.json`.
///
/// The manifest's name carries a hash of the whole index, and the index is built while the pages
/// render (SiteBuilder), so pages are rendered with a marker per language, replaced here once the
/// index is done, the way asset pipelines fill in fingerprinted names after rendering. The marker is
/// made of private-use characters and the language, which no escaping changes and no text contains.
enum SearchManifestLinks {
    private static let prefix = Array("\u{E000}search-manifest:".utf8)
    private static let end = Array("\u{E000}".utf8)

    /// What pages of `language` hold until `fill` replaces it.
    static func marker(for language: String) -> String {
        String(decoding: prefix + Array(language.utf8) + end, as: UTF8.self)
    }

    /// `files` with every marker in the HTML files replaced by its language's manifest path
    /// (relative to search/, as in `SearchIndex.manifests`), or by nothing for a language without one.
    static func fill(_ files: [OutputFile], manifests: [String: String]) async -> [OutputFile] {
        await concurrentMap(files) { file in
            guard file.path.hasSuffix(".html") else { return file }
            var file = file
            file.data = filled(file.data, manifests: manifests)
            return file
        }
    }

    private static func filled(_ data: Data, manifests: [String: String]) -> Data {
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Data in
            guard var start = find(prefix, in: bytes, from: 0) else { return data }
            var result = Data(bytes[..<start])
            while true {
                let languageStart = start + prefix.count
                guard let languageEnd = find(end, in: bytes, from: languageStart) else { break }
                let language = String(decoding: bytes[languageStart..<languageEnd], as: UTF8.self)
                result.append(contentsOf: (manifests[language] ?? "").utf8)
                let rest = languageEnd + end.count
                guard let next = find(prefix, in: bytes, from: rest) else {
                    result.append(contentsOf: bytes[rest...])
                    return result
                }
                result.append(contentsOf: bytes[rest..<next])
                start = next
            }
            result.append(contentsOf: bytes[start...])
            return result
        }
    }

    /// The offset of the first `needle` in `bytes` at or after `from`: memchr finds candidates for
    /// its first byte, which is rare in HTML.
    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from: Int) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        var offset = from
        while offset + needle.count <= bytes.count {
            guard let found = memchr(base + offset, Int32(needle[0]), bytes.count - offset) else { return nil }
            let candidate = base.distance(to: UnsafeRawPointer(found))
            guard candidate + needle.count <= bytes.count else { return nil }
            if memcmp(base + candidate, needle, needle.count) == 0 { return candidate }
            offset = candidate + 1
        }
        return nil
    }
}
