extension Path {
    /// True when `path` is `folder` or lies beneath it; both are canonical paths such as `FileSystem.realPath`
    /// returns. The empty folder, the root of a memory tree, holds every relative path.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        if folder.isEmpty { return !path.hasPrefix("/") }
        if folder == "/" { return path.hasPrefix("/") }
        return path == folder || path.hasPrefix(folder + "/")
    }
}
