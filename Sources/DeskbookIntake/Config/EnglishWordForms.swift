/// English forms by the regular spelling rules: plural and third person (-s, -es), past (-ed), -ing,
/// comparison (-er, -est), the adjective in -y and its comparison (-ier, -iest), and -ly, -ness, -ish.
enum EnglishWordForms {
    private static let vowelEndings = ["es", "ed", "ing", "er", "est", "y", "ier", "iest", "ies", "ied", "ily", "ish"]
    private static let consonantEndings = ["", "s", "ness", "ly"]
    private static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    static func forms(of word: String) -> Set<String> {
        var forms: Set<String> = [word]
        for root in roots(of: word) {
            for ending in consonantEndings { forms.insert(root + ending) }
            let beforeVowel = doublesFinalConsonant(root) ? root + String(root.last!) : root
            for ending in vowelEndings { forms.insert(beforeVowel + ending) }
        }
        return forms
    }

    /// The word without a final silent e, a final -y (as `i` before endings), or an -ing or -ed it was
    /// listed with, and without the consonant such an ending doubled ("crappy" → "crap").
    private static func roots(of word: String) -> Set<String> {
        var roots: Set<String> = [word]
        if word.hasSuffix("e") { roots.insert(String(word.dropLast())) }
        if word.hasSuffix("y"), word.count > 3 { roots.insert(String(word.dropLast()) + "i") }
        for ending in ["ing", "ed", "y"] where word.hasSuffix(ending) && word.count - ending.count >= 3 {
            var root = String(word.dropLast(ending.count))
            if let last = root.last, root.dropLast().last == last, !vowels.contains(last) { root.removeLast() }
            roots.insert(root)
        }
        return roots
    }

    /// Whether a vowel ending doubles the last letter: one short vowel between consonants at the end of a
    /// short word (crap → crapped, shit → shitty; not moron, idiot).
    private static func doublesFinalConsonant(_ root: String) -> Bool {
        let letters = Array(root)
        guard letters.count >= 3, letters.count <= 4 else { return false }
        let (before, vowel, last) = (letters[letters.count - 3], letters[letters.count - 2], letters[letters.count - 1])
        return !vowels.contains(before) && vowels.contains(vowel) && !vowels.contains(last) && !"wxy".contains(last)
    }
}
