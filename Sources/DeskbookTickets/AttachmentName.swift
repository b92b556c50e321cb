import Foundation

/// A file name from a browser made safe to store, show and send: no folders, no control or shell-special
/// characters, no leading dot, at most 100 characters with the extension kept.
public enum AttachmentName {
    public static func sanitize(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        var cleaned = String(String.UnicodeScalarView(base.unicodeScalars.map { scalar in
            let unsafe = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || "<>:\"|?*'`$;&".unicodeScalars.contains(scalar)
                || scalar.properties.generalCategory == .format
            return unsafe ? "_" : scalar
        }))
        cleaned = cleaned.trimmingCharacters(in: .whitespaces)
        while cleaned.hasPrefix(".") { cleaned.removeFirst() }
        if cleaned.count > 100 {
            let dot = cleaned.lastIndex(of: ".").map { cleaned.distance(from: $0, to: cleaned.endIndex) } ?? 0
            let keep = dot > 0 && dot <= 12 ? String(cleaned.suffix(dot)) : ""
            cleaned = String(cleaned.prefix(100 - keep.count)) + keep
        }
        return cleaned.isEmpty ? "attachment" : cleaned
    }
}
