/// Whether text is one plain email address, as the service sends to: `local@domain.tld`, no spaces, angle
/// brackets or commas (so it cannot smuggle a second recipient or a header).
public enum EmailAddress {
    public static func isValid(_ text: String) -> Bool {
        text.utf8.count <= 254 && FieldFormat.matches(text, pattern: EmailPattern.excluding(#"\s@<>,;"#))
            && !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F }
    }
}
