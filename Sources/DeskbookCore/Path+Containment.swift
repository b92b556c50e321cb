import Glibc

extension Path {
    /// True when `path` is `folder` or lies beneath it; both are canonical paths such as `FileSystem.realPath`
    /// returns. The empty folder, the root of a memory tree, holds every relative path.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder.isEmpty { return !path.hasPrefix("/") }
        if folder == "/" { return path.hasPrefix("/") }
        let (inner, outer) = (path.utf8, folder.utf8)
        guard inner.count >= outer.count, startsWith(inner, outer) else { return false }
        let rest = inner.dropFirst(outer.count)
        return rest.isEmpty || rest.first == UInt8(ascii: "/")
    }

    /// Whether `text` begins with `prefix`, compared with memcmp when both strings are stored contiguously (as
    /// native strings are): paths in one site share long prefixes, which a byte loop walks slowly.
    private static func startsWith(_ text: String.UTF8View, _ prefix: String.UTF8View) -> Bool {
        let compared = text.withContiguousStorageIfAvailable { textBytes in
            prefix.withContiguousStorageIfAvailable { prefixBytes in
                prefixBytes.isEmpty || memcmp(textBytes.baseAddress!, prefixBytes.baseAddress!, prefixBytes.count) == 0
            }
        }
        return (compared ?? nil) ?? text.starts(with: prefix)
    }
}
