/// Built-in slurs for `conduct`: words that demean people for their origin, faith or sexuality. Each matches
/// in every inflected form (`WordForms`); a plural whose stem drops a vowel ("хохлы") is listed too. Words
/// with an everyday meaning a support request may well use are left out: "dyke" (a dike, and a rock
/// intrusion in geology), "chink" (a gap), "fag" (a cigarette), "чурбан" (a block of wood), "даун" (a
/// server that is down).
enum SlurWords {
    static let lists: [String: [String]] = [
        "en": ["nigger", "nigga", "sandnigger", "kike", "wetback", "beaner", "gook", "raghead", "towelhead", "paki",
               "gyppo", "zipperhead", "faggot", "shemale"],
        "ru": ["жид", "жидовка", "жидяра", "хач", "хачик", "чурка", "чучмек", "черножопый", "черномазый", "узкоглазый",
               "негритос", "хохол", "хохлы", "хохлушка", "кацап", "москаль", "нерусь", "пидор", "пидорас", "пидарас", "педик",
               "гомик"],
    ]
}
