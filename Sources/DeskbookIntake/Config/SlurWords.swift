/// Built-in slurs for `conduct`: words that demean people for their origin, faith or sexuality. Each matches
/// in every inflected form (`WordForms`); a plural whose stem drops a vowel ("хохлы") is listed too. Words
/// with an everyday meaning a support request may well use are left out: "dyke" (a dike, and a rock
/// intrusion in geology), "chink" (a gap), "fag" (a cigarette), "чурбан" (a block of wood), "даун" (a
/// server that is down).
///
/// Phrases that set people apart as a lot ("their kind never", "foreigners like you") are listed apart, each
/// with the word that makes it demeaning, as "your kind" alone is polite ("thank you for your kind help").
enum SlurWords {
    static let lists: [String: [String]] = [
        "en": ["nigger", "nigga", "sandnigger", "kike", "wetback", "beaner", "gook", "raghead", "towelhead", "paki",
               "gyppo", "zipperhead", "faggot", "shemale"],
        "ru": ["жид", "жидовка", "жидяра", "хач", "хачик", "чурка", "чучмек", "черножопый", "черномазый", "узкоглазый",
               "негритос", "хохол", "хохлы", "хохлушка", "кацап", "москаль", "нерусь", "пидор", "пидорас", "пидарас", "педик",
               "гомик"],
    ]

    /// Phrases that set people apart as a lot, matched word for word with the small words kept.
    static let phrases: [String: [String]] = [
        "en": ["your kind never", "your kind always", "your kind are", "your kind can't", "their kind never",
               "their kind always", "their kind are", "their kind can't", "you people never", "you people always",
               "you people are all", "foreigners like you", "immigrants like you", "people of your kind"],
        "ru": ["понаехавшие", "ваше племя", "их племя", "ваша порода", "их порода", "иностранцы вроде вас",
               "приезжие вроде вас", "вам подобные всегда", "вам подобные никогда"],
    ]

    /// The built-in `conduct.slurs`: the words, then the phrases.
    static let defaults: [String: [String]] = lists.merging(phrases) { $0 + $1 }
}
