/// The regular expression of an email address, `local@domain`, whose domain has a dot after its first character
/// and at least two characters after that dot, all without the `excluded` characters.
///
/// The obvious form, `[^X]+@[^X]+\.[^X]{2,}`, is ambiguous: every dot of the domain can be "the" dot, and a
/// backtracking engine (ICU, every browser's) tries each of them against the rest: on 100 KB of "a." that takes
/// Node half a minute. This form matches the same addresses with one way to read each (the domain's first dot
/// after its first character is the dot), so the time grows linearly with the text.
enum EmailPattern {
    /// The pattern for addresses without the characters of `excluded`, a character class body such as `\s@`.
    static func excluding(_ excluded: String) -> String {
        "[^\(excluded)]+@[^\(excluded)][^\(excluded).]*\\.[^\(excluded)]*[^\(excluded)]{2}"
    }
}
