/// Theme names: a plain folder name of letters, digits, `-` and `_`, so `theme:` can only name a folder under
/// `themes/` (never `../..` or an absolute path).
enum ThemeName {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
    }
}
