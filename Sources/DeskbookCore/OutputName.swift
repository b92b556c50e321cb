/// What a file or folder name in the output may be, and what a path relative to the output folder may be,
/// so that nothing a build writes can land outside that folder or fail on the file system.
public enum OutputName {
    /// The longest file or folder name common file systems (ext4, APFS, NTFS) accept, in UTF-8 bytes.
    public static let maximumBytes = 255

    /// Why `name` cannot be one file or folder name in the output, or nil when it can: it must not be empty,
    /// `.` or `..`, longer than `maximumBytes`, or hold a slash, a backslash or a control character.
    public static func problem(with name: Substring) -> String? {
        if name.isEmpty { return "an empty name" }
        if name == "." || name == ".." { return "'\(name)', which names a folder by its place" }
        if name.utf8.count > maximumBytes {
            return "a name of \(name.utf8.count) bytes, over the \(maximumBytes)-byte limit of file names"
        }
        if name.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control }) {
            return "a name with a slash, backslash or control character"
        }
        return nil
    }

    /// Why `path`, relative to the output folder, cannot be written, or nil when it can: it must not be
    /// absolute, and each of its slash-separated names must pass `problem(with:)`.
    public static func problem(withPath path: String) -> String? {
        if path.hasPrefix("/") { return "an absolute path" }
        for name in path.split(separator: "/", omittingEmptySubsequences: false) {
            if let problem = problem(with: name) { return problem }
        }
        return nil
    }
}
