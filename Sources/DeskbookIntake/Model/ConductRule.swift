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
    /// Threat phrases, matched as consecutive terms ("i will find you", "вы пожалеете").
    public var threats: Keywords
    /// How many terms after an address an insult may come ("you are all useless": 3).
    public var window: Int
    /// Words that demean people for their origin, faith or sexuality, in every inflected form.
    public var slurs: Keywords

    public init(address: Keywords, insults: Keywords, threats: Keywords, window: Int = 3, slurs: Keywords = Keywords()) {
        self.address = address
        self.insults = insults
        self.threats = threats
        self.window = window
        self.slurs = slurs
    }
}
