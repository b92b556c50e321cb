/// The fields a document is indexed in.
enum IndexField: Int, CaseIterable {
    case title, headings, description, body
}

/// BM25F settings and the index's size limits. Only the builder uses them: impacts are computed
/// and quantised at build time, so the runtime just sums bytes.
///
/// Field weights: a customer's question names the problem ("reset link expired"), which help-center
/// authors put in the title (or the FAQ question) and restate in section headings; descriptions and
/// tags summarise the page, the body explains it at length and mentions many things in passing. The
/// weights rank a title match over a heading match over a description match over a body match by
/// roughly doubling each step (title 5, headings 2.5, description and tags 2, body 1), so that a
/// page that merely mentions a word many times cannot outrank the page about it.
///
/// Length normalisation per field (b): titles and questions are short and of similar length, so a
/// long title is barely penalised (0.3); headings and descriptions vary more (0.5); bodies range from
/// a 40-word FAQ answer to a 5,000-word article, and standard BM25's 0.75 keeps a long article from
/// matching everything. k1 = 1.2 saturates repeated words early, as in standard BM25.
///
/// Pair terms (adjacent words of titles and headings) get the same BM25F formula at half weight:
/// they add to the match of their two words, which already count in full.
enum RankingParameters {
    struct FieldParameters {
        var weight: Double
        var b: Double
    }

    static let fields: [IndexField: FieldParameters] = [
        .title: FieldParameters(weight: 5, b: 0.3),
        .headings: FieldParameters(weight: 1.5, b: 0.5),
        .description: FieldParameters(weight: 2, b: 0.5),
        .body: FieldParameters(weight: 1, b: 0.75),
    ]
    static let k1 = 1.2
    static let pairFactor = 0.25

    /// Posting lists keep the documents with the highest impacts up to this many: a word found in
    /// more documents says little about each, and the rest of the query decides among them.
    static let maxPostings = 400
    /// The target size of a shard before compression; buckets are packed into shards of about this size.
    static let shardBytes = 2_500
    /// Documents per chunk file.
    static let chunkSize = 4
    /// The longest stored excerpt, in characters.
    static let excerptLength = 180
}
