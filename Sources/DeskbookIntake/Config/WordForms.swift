/// The written forms a listed word can take in a request, so that a word list catches a word whatever its
/// inflection, even where the Snowball stemmer gives a form a different stem from the listed one ("дебил"
/// stems to "деб", "дебилы" to "дебил"; "shit" to "shit", "shitty" to "shitti").
///
/// The forms are made by rule from the word alone, without a dictionary: the endings of Russian nouns,
/// adjectives and verbs (with their participles and gerunds), and of English nouns, verbs and adjectives,
/// including the derived adjective in -y. Some made forms are not words; that costs nothing, because a
/// request matches a form only through a word it really contains.
enum WordForms {
    /// `word` and its forms; a word with letters of neither script is returned alone.
    static func forms(of word: String) -> Set<String> {
        if word.unicodeScalars.contains(where: { (0x0400...0x052F).contains($0.value) }) {
            return RussianWordForms.forms(of: word)
        }
        if word.unicodeScalars.allSatisfy({ ("a"..."z").contains($0) }) {
            return EnglishWordForms.forms(of: word)
        }
        return [word]
    }
}
