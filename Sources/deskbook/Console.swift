import Foundation

/// Writes to standard error, where diagnostics go.
enum Console {
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
