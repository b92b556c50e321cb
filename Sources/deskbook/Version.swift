/// Deskbook's version, printed by `deskbook --version`; the one place it is set.
enum Version {
    static let current = "0.1.0"
}
