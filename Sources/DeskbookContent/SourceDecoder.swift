import DeskbookCore
import Foundation

/// Turns file bytes into text: UTF-8 only, byte order mark dropped, line endings made `\n`.
public enum SourceDecoder {
    public static func decode(_ data: Data, path: String) -> Result<String, Diagnostic> {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard var text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.error("file is not valid UTF-8; save it as UTF-8", at: firstInvalidByte(bytes, path: path)))
        }
        if bytes.contains(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        return .success(text)
    }

    /// The line and column of the first byte that breaks UTF-8.
    static func firstInvalidByte(_ bytes: [UInt8], path: String) -> SourceLocation {
        var line = 1
        var column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return SourceLocation(path: path, line: line, column: column)
            }
            let end = index + length
            guard end <= bytes.count,
                  String(validating: bytes[index..<end], as: UTF8.self) != nil else {
                return SourceLocation(path: path, line: line, column: column)
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index = end
        }
        return SourceLocation(path: path, line: line, column: column)
    }
}
