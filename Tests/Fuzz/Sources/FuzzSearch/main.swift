import DeskbookSearch
import FuzzSupport

/// The search query path: the input is a query, analysed and run against an index of the bundled site's
/// pages, in a language and with a result limit picked by the input. Results must be at most the limit, best
/// first, with positive scores.
func fuzzSearch(_ input: FuzzInput) {
    let query = input.text
    let language = input.pick(Fixtures.languages, salt: 0)
    let limit = input.pick(Array(0...12), salt: 1)
    let results: [SearchResult]
    do {
        results = try Fixtures.searchEngine.search(query, language: language, limit: limit)
    } catch {
        fatalError("the fixture index cannot be read: \(error)")
    }
    require(results.count <= limit, "\(results.count) results for limit \(limit)")
    require(results.allSatisfy { $0.score > 0 }, "a result without a score")
    require(zip(results, results.dropFirst()).allSatisfy { $0.score >= $1.score }, "results out of order")
}

// The fixtures are read before fuzzing starts, so that the first input is not timed with them.
_ = Fixtures.searchEngine
FuzzDriver.run { bytes, size in
    fuzzSearch(FuzzInput(bytes, size))
    return 0
}
