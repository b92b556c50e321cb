/// The fields a document is indexed in.
enum IndexField: Int, CaseIterable {
    case title, headings, description, body
}

/// BM25F settings and the index's size limits. Only the builder uses them: impacts are computed
/// and quantised at build time, so the runtime just sums bytes.
///
/// Field weights: a customer's question names the problem ("reset link expired"), which help-center
/// authors put in the title (or the FAQ question); the description (or, for a page without one, its
/// lead sentence), tags and headings restate parts of it; the body explains at length and mentions many
/// things in passing. So a title match counts three times a body match, a description or tag match
/// twice, a heading match one and a half times (a page has many headings, often generic ones such as
/// "Problem" or "Solution"). BM25F saturates the weighted counts of all fields together, so a page
/// that merely mentions a word many times cannot outrank the page about it, while a long article that
/// answers the question in its body still ranks (OR semantics and the body weight keep it in the list).
///
/// Length normalisation per field (b): titles and questions are short and of similar length, so a
/// long title is barely penalised (0.3); headings and descriptions vary more (0.5); bodies range from
/// a 40-word FAQ answer to a 5,000-word article, and standard BM25's 0.75 keeps a long article from
/// matching everything. k1 = 1.2 saturates repeated words early, as in standard BM25.
///
/// Pair terms (adjacent words of the title, a heading or the description, in either order: see
/// `TermKeys.pair`) get the same formula at a quarter weight: they add to the match of their two
/// words, which already count in full.
///
/// Tuned on bench/relevance (MRR@10 with `bench/eval_relevance.py --typos`; sets site-en, site-ru,
/// officedocs-en, alchemyinsights-ru), never for one set alone:
/// - the lead sentence standing in for a missing description: alchemyinsights-ru 0.878 → 0.909, whose
///   Russian help cards have no description and whose questions often come from their first sentence;
///   the other sets have descriptions and do not change;
/// - pair terms from the description: officedocs-en +0.03, site-en +0.007; from the whole body as well:
///   officedocs-en and site-en −0.02, alchemyinsights-ru +0.007 and an index twice as large, so the body
///   gives none;
/// - pairs in either order (word order varies, freely so in Russian): alchemyinsights-ru +0.01,
///   officedocs-en −0.006, site-ru one question down;
/// - title weight 3 rather than 5, once descriptions carry pairs: site-ru +0.01, the others within
///   ±0.002; 3 to 6, headings 1.5 to 2.5, description 2 to 3 and k1 0.9 to 1.6 all land within ±0.01;
/// - pair factor 0.2 or 0.35 instead of 0.25: within ±0.01, 0.35 costs site-ru 0.01, 0 loses phrases
///   entirely (−0.015 on the English sets) and 1 lets pairs outweigh the words (−0.05 to −0.08);
/// - a coordination bonus for documents matching more distinct query words (additive or
///   multiplicative, several strengths): alchemyinsights-ru +0.003 at best, site-en −0.01 to −0.04,
///   so there is none: BM25's sum already rewards matching more words;
/// - average field lengths rounded to a quarter of a doubling (`pivotStepsPerDoubling`), so that an edit
///   does not change every document's impacts: alchemyinsights-ru +0.004, health-en −0.004, the others
///   within ±0.001; rounding to a sixteenth, or scaling impacts by a bound instead of the highest
///   impact, moved the sets as much either way (health-en −0.004 in every variant).
enum RankingParameters {
    struct FieldParameters {
        var weight: Double
        var b: Double
    }

    static let fields: [IndexField: FieldParameters] = [
        .title: FieldParameters(weight: 3, b: 0.3),
        .headings: FieldParameters(weight: 1.5, b: 0.5),
        .description: FieldParameters(weight: 2, b: 0.5),
        .body: FieldParameters(weight: 1, b: 0.75),
    ]
    static let k1 = 1.2
    static let pairFactor = 0.25
    /// Field lengths are compared with the field's average length rounded to a power of
    /// 2^(1 / this) (`ImpactScorer.pivots`): an edit moves the average a little, and the rounded one
    /// only when it crosses a step, so an edit leaves the impacts of other documents as they were.
    static let pivotStepsPerDoubling = 4.0

    /// Posting lists keep the documents with the highest impacts up to this many: a word found in
    /// more documents says little about each, and the rest of the query decides among them. A fixed
    /// number bounds the bytes a common word costs a query whatever the site's size. On the two
    /// corpora (2,459 and 3,025 documents) 250, 300, 550, 600 and no pruning at all each cost
    /// officedocs-en 0.005 to 0.014 MRR@10 and move alchemyinsights-ru by −0.013 to +0.002: pruning
    /// also drops the weakest, most incidental mentions of common words.
    static let maxPostings = 400
    /// The target size of a shard or middle dictionary before compression: buckets and middles are
    /// packed into files of about this size.
    static let shardBytes = 2_500
    /// Documents per chunk file. A query fetches the chunks of the results it shows, all at once; a
    /// browser opens at most 6 connections to an HTTP/1.1 host, so a 7th chunk costs a round trip (150 ms
    /// on a slow mobile link, the time 30 KB take to arrive). Pages of one section sit next to each other,
    /// so larger chunks serve several results: on the 30 queries of bench/search_bytes.py (10 results),
    /// 6 documents need a median 6 chunk requests, 8 need 5, 10 need 4 (12 too, for 1.6 KB more), for
    /// about the same bytes.
    static let chunkSize = 10
    /// The longest text a chunk stores per document (its description, then its body, or the answer),
    /// in code points: the excerpt shown (`ExcerptMarkup.windowLength`) is the part of it with most of
    /// the query's words. 260 rather than 180 costs about 1 KB a query (median, gzip).
    static let storedTextLength = 260
}
