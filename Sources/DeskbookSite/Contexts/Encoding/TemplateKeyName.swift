/// The name templates use for a context field: the Swift name in snake case.
enum TemplateKeyName {
    /// `kindLabel` → `kind_label`; a run of capitals is one word: `jsonLD` → `json_ld`, `rulesURL` → `rules_url`,
    /// `urlPath` → `url_path`, `URLPath` → `url_path`. Names without capitals are returned as they are.
    static func snakeCase(_ name: String) -> String {
        guard name.utf8.contains(where: isUpper) else { return name }
        let bytes = Array(name.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 4)
        for (index, byte) in bytes.enumerated() {
            guard isUpper(byte) else {
                result.append(byte)
                continue
            }
            let startsWord = index > 0 && (!isUpper(bytes[index - 1]) || (index + 1 < bytes.count && isLower(bytes[index + 1])))
            if startsWord { result.append(UInt8(ascii: "_")) }
            result.append(byte + 32)
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isUpper(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") }
    private static func isLower(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") }
}
