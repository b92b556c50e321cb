/// Russian forms by ending tables: the cases of nouns and adjectives, short adjectives and comparatives;
/// for a word that looks like a verb (an infinitive or a past form), the present, past and imperative
/// forms with the participles and gerunds, declined as adjectives.
enum RussianWordForms {
    private static let nounEndings = ["а", "я", "о", "е", "ы", "и", "у", "ю", "ь", "й", "ом", "ем", "ой", "ей", "ою", "ею",
                                      "ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях"]
    private static let adjectiveEndings = ["ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему",
                                           "ым", "им", "ом", "ем", "ых", "их", "ую", "юю", "ою", "ею"]
    private static let shortEndings = ["", "а", "о", "ы", "и"]
    private static let comparativeEndings = ["ее", "ей", "е"] + adjectiveEndings.flatMap { ["ейш" + $0, "айш" + $0] }
    private static let verbMarkers = ["ть", "ться", "ти", "л", "ла", "ло", "ли", "лся", "лась", "лось", "лись"]
    private static let verbEndings = ["ть", "ться", "ю", "у", "ешь", "ет", "ем", "ете", "ют", "ут", "ишь", "ит", "им", "ите", "емте", "имте",
                                      "ят", "ат", "й", "йте", "и", "л", "ла", "ло", "ли", "в", "вши", "я", "а", "ся", "сь"]
    private static let participleSuffixes = ["вш", "ющ", "ущ", "ащ", "ящ", "ем", "им", "енн", "нн", "т", "ш"]
    private static let vowels: Set<Character> = ["а", "е", "ё", "и", "о", "у", "ы", "э", "ю", "я"]

    static func forms(of word: String) -> Set<String> {
        var forms: Set<String> = [word]
        let nominalEndings = nounEndings + adjectiveEndings + shortEndings + comparativeEndings
        for root in nominalRoots(of: word) {
            for ending in nominalEndings { forms.insert(root + ending) }
        }
        for base in verbBases(of: word) {
            for ending in verbEndings { forms.insert(base + ending) }
            for suffix in participleSuffixes {
                for ending in adjectiveEndings + shortEndings { forms.insert(base + suffix + ending) }
            }
        }
        return forms
    }

    /// The word, the word without its longest noun or adjective ending, and each of those with a fleeting
    /// vowel dropped (придурок → придурк-) or put back (говн- → говен).
    private static func nominalRoots(of word: String) -> Set<String> {
        var roots: Set<String> = [word]
        if let root = strip(word, endings: nounEndings + adjectiveEndings) { roots.insert(root) }
        for root in roots {
            let letters = Array(root)
            guard letters.count >= 3 else { continue }
            let last = letters[letters.count - 1], beforeLast = letters[letters.count - 2]
            if letters.count >= 4, !vowels.contains(last), "ое".contains(beforeLast), !vowels.contains(letters[letters.count - 3]) {
                roots.insert(String(letters.dropLast(2)) + String(last))
            }
            if isConsonant(last), isConsonant(beforeLast) {
                let head = String(letters.dropLast())
                for vowel in fleetingVowels(between: beforeLast, and: last) { roots.insert(head + vowel + String(last)) }
            }
        }
        return roots
    }

    /// The vowels that may come back between two final consonants. Before к the choice is fixed: е after a
    /// hushing consonant or ц (хохлушка → хохлушек), о after any other (чурка → чурок, never "чурек", a flatbread).
    private static func fleetingVowels(between first: Character, and last: Character) -> [String] {
        guard last == "к" else { return ["е", "о"] }
        return "жшчщц".contains(first) ? ["е"] : ["о"]
    }

    /// For a word that looks like a verb, the stems its other forms are made from: without the infinitive
    /// or past ending, and without the stem's final а or е (ебать → еб-, еба-, ебу; охуеть → охуе-, охуев-).
    private static func verbBases(of word: String) -> Set<String> {
        guard let base = strip(word, endings: verbMarkers) else { return [] }
        var bases: Set<String> = [base]
        if base.hasSuffix("а") { bases.insert(String(base.dropLast())) }
        if base.hasSuffix("е") {
            bases.insert(String(base.dropLast()))
            bases.insert(base + "в")
        }
        return bases
    }

    /// `word` without the longest of `endings` it ends with, keeping at least two letters.
    private static func strip(_ word: String, endings: [String]) -> String? {
        let ending = endings.filter { word.hasSuffix($0) && word.count - $0.count >= 2 }.max { $0.count < $1.count }
        return ending.map { String(word.dropLast($0.count)) }
    }

    private static func isConsonant(_ letter: Character) -> Bool {
        !vowels.contains(letter) && letter != "ь" && letter != "ъ" && letter != "й"
    }
}
