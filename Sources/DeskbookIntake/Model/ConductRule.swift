/// Disrespect that no single word shows: an insult addressed to the reader, and threats; and slurs, which
/// demean people whoever is addressed.
///
/// Entries are term sequences with stop words kept ("you are" stays two terms), because the small words
/// are what make a phrase personal or a threat.
public struct ConductRule: Sendable, Hashable, Codable {
    /// Second-person words and phrases ("you", "you guys", "ты", "вы").
    public var address: Keywords
    /// Words that insult a person when they follow an address ("useless", "clowns", "бездари").
    public var insults: Keywords
    /// Threat phrases, matched as consecutive terms ("i will find you", "вам конец").
    public var threats: Keywords
    /// Threat constructions: a subject, then the rest of the phrase within `menaceGap` terms ("you will regret",
    /// "вы пожалеете" also match "you, trust me, will regret", "вы об этом сильно пожалеете"), unless a negation
    /// comes before the end of the phrase or right after it ("you will regret nothing", "вы не пожалеете").
    /// An entry of one word has no rest and never matches.
    public var menaces: Keywords
    /// Words that turn a menace into a promise ("not", "nothing", "не", "ничего").
    public var negations: Keywords
    /// How many terms may come between a menace's subject and the rest of it.
    public var menaceGap: Int
    /// How many terms after an address an insult may come ("you are all useless": 3).
    public var window: Int
    /// Words that demean people for their origin, faith or sexuality, in every inflected form.
    public var slurs: Keywords

    private enum CodingKeys: String, CodingKey {
        case address, insults, threats, menaces, negations, window, slurs
        case menaceGap = "menace_gap"
    }

    public init(
        address: Keywords, insults: Keywords, threats: Keywords, menaces: Keywords = Keywords(),
        negations: Keywords = Keywords(), menaceGap: Int = 3, window: Int = 3, slurs: Keywords = Keywords()
    ) {
        self.address = address
        self.insults = insults
        self.threats = threats
        self.menaces = menaces
        self.negations = negations
        self.menaceGap = menaceGap
        self.window = window
        self.slurs = slurs
    }
}
