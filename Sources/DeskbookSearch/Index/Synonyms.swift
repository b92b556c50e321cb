/// Groups of words and phrases that mean the same, per language, for the index builder.
///
/// A customer writes "vid", "remove" or "залить", the article says "video", "delete" or "загрузить". The
/// builder expands each document at build time: where a field contains one phrase of a group, the
/// words of the group's other phrases count in that field at `expansionWeight` of a real occurrence.
/// The runtime and the index format stay as they are (search.js and the Swift engine need no list), and
/// a query in either wording finds the page, the wording the page really uses ranking first.
public struct Synonyms: Sendable, Equatable {
    /// Phrase groups by language code.
    public var groups: [String: [[String]]]

    /// How much an occurrence of a synonym counts next to an occurrence of the word itself.
    static let expansionWeight: Int32 = 1
    /// An occurrence of the word itself, in the same units.
    static let occurrenceWeight: Int32 = 2

    public init(groups: [String: [[String]]] = [:]) {
        self.groups = groups
    }

    /// The built-in groups plus `site`'s, or `site`'s alone.
    public static func forSite(_ site: [String: [[String]]], includingBuiltin: Bool) -> Synonyms {
        guard includingBuiltin else { return Synonyms(groups: site) }
        return Synonyms(groups: BuiltinSynonyms.groups.merging(site) { $0 + $1 })
    }
}
