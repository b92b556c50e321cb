/// What a file or folder name in the output may be, and what a path relative to the output folder may be,
/// so that nothing a build writes can land outside that folder or fail on the file system.
public enum OutputName {
    /// The longest file or folder name common file systems (ext4, APFS, NTFS) accept, in UTF-8 bytes.
    public static let maximumBytes = 255

    /// Why `name` cannot be one file or folder name in the output, or nil when it can: it must not be empty,
    /// `.` or `..`, longer than `maximumBytes`, or hold a slash, a backslash or a control character.
    public static func problem(with name: Substring) -> String? {
        if name.utf8.isEmpty { return "an empty name" }
        if name.utf8.count <= 2, name.utf8.allSatisfy({ $0 == UInt8(ascii: ".") }) { return "'\(name)', which names a folder by its place" }
        if name.utf8.count > maximumBytes {
            return "a name of \(name.utf8.count) bytes, over the \(maximumBytes)-byte limit of file names"
        }
        if holdsSeparatorOrControl(name.utf8) {
            return "a name with a slash, backslash or control character"
        }
        return nil
    }

    /// Whether UTF-8 text holds a slash, a backslash or a control character (Unicode's Cc: U+0000–U+001F,
    /// U+007F and U+0080–U+009F, the last written as C2 80–C2 9F), read byte by byte.
    private static func holdsSeparatorOrControl(_ bytes: Substring.UTF8View) -> Bool {
        var afterC2 = false
        for byte in bytes {
            if byte < 0x20 || byte == 0x7F || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\") { return true }
            if afterC2, (0x80...0x9F).contains(byte) { return true }
            afterC2 = byte == 0xC2
        }
        return false
    }

    /// Why `path`, relative to the output folder, cannot be written, or nil when it can: it must not be
    /// absolute, and each of its slash-separated names must pass `problem(with:)`.
    public static func problem(withPath path: String) -> String? {
        if path.hasPrefix("/") { return "an absolute path" }
        for name in path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false) {
            if let problem = problem(with: Substring(name)) { return problem }
        }
        return nil
    }
}
