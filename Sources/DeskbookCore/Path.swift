/// Small helpers for slash-separated relative paths, independent of the host platform.
public enum Path {
    /// Joins components with single slashes.
    public static func join(_ parts: String...) -> String { join(parts) }

    public static func join(_ parts: [String]) -> String {
        var result = ""
        for part in parts where !part.isEmpty {
            if result.isEmpty { result = part; continue }
            let left = result.hasSuffix("/") ? String(result.dropLast()) : result
            let right = part.hasPrefix("/") ? String(part.dropFirst()) : part
            result = left + "/" + right
        }
        return result
    }

    /// Resolves `.` and `..` in a relative path; returns nil when it climbs above its root.
    public static func normalize(_ path: String) -> String? {
        var stack: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !stack.isEmpty else { return nil }
                stack.removeLast()
            default: stack.append(part)
            }
        }
        return stack.joined(separator: "/")
    }

    /// The folder part of a relative path ("" for a top-level file).
    public static func directory(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The last component of a path.
    public static func fileName(of path: String) -> String {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        return String(path[path.utf8.index(after: slash)...])
    }
}
