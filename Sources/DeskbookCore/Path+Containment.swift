extension Path {
    /// True when `path` is `folder` or lies beneath it; both are canonical paths such as `FileSystem.realPath`
    /// returns. The empty folder, the root of a memory tree, holds every relative path.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder.isEmpty { return !path.hasPrefix("/") }
        if folder == "/" { return path.hasPrefix("/") }
        let (inner, outer) = (path.utf8, folder.utf8)
        guard inner.starts(with: outer) else { return false }
        let rest = inner.dropFirst(outer.count)
        return rest.isEmpty || rest.first == UInt8(ascii: "/")
    }
}
