import Foundation

/// The GitHub alert kinds, written `> [!NOTE]` as the first line of a block quote.
public enum AlertKind: String, CaseIterable, Sendable {
    case note, tip, important, warning, caution

    /// Recognizes a marker such as `[!NOTE]` (any case, surrounding spaces ignored).
    init?(marker: String) {
        let trimmed = marker.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]") else { return nil }
        self.init(rawValue: trimmed.dropFirst(2).dropLast().lowercased())
    }
}
