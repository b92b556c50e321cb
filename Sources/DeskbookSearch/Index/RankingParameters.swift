/// The fields a document is indexed in.
enum IndexField: Int, CaseIterable {
    case title, headings, description, body
}

/// BM25F settings and the index's size limits. Only the builder uses them: impacts are computed
/// and quantised at build time, so the runtime just sums bytes.
///
/// Field weights: a customer's question names the problem ("reset link expired"), which help-center
/// authors put in the title (or the FAQ question); headings, the description and tags restate parts
/// of it; the body explains at length and mentions many things in passing. So a title match counts
/// five times a body match, a description or tag match twice, a heading match one and a half times
/// (a page has many headings, often generic ones such as "Problem" or "Solution"). A page that merely
/// mentions a word many times cannot outrank the page about it, while a long article that answers
/// the question in its body still ranks (OR semantics and the body weight keep it in the list).
///
/// Length normalisation per field (b): titles and questions are short and of similar length, so a
/// long title is barely penalised (0.3); headings and descriptions vary more (0.5); bodies range from
/// a 40-word FAQ answer to a 5,000-word article, and standard BM25's 0.75 keeps a long article from
/// matching everything. k1 = 1.2 saturates repeated words early, as in standard BM25.
///
/// Pair terms (adjacent words of titles and headings) get the same formula at a quarter weight: they
/// add to the match of their two words, which already count in full.
///
/// Tuned on bench/relevance (MRR@10 with bench/eval_relevance.py, clean and with typos): title 3 to 6,
/// headings 1.5 to 2.5, description 1.5 to 3 and k1 0.9 to 1.6 all land within ±0.01 of each other;
/// the pair factor matters most (0: −0.015 on the English sets, 1: −0.05 to −0.08 on the corpus sets,
/// 0.25 best overall).
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
    /// The target size of a shard or middle dictionary before compression: buckets and middles are
    /// packed into files of about this size.
    static let shardBytes = 2_500
    /// Documents per chunk file.
    static let chunkSize = 4
    /// The longest stored excerpt, in code points.
    static let excerptLength = 180
}
