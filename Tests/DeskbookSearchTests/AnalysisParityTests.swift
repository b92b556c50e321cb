import DeskbookSearch
import Foundation
import Testing

/// The folder where Tests/Parity/analysis-parity.sh put what search.js produced; these tests
/// compare the Swift analysis with it, and are skipped when the variable is not set.
private let parityFolder = ProcessInfo.processInfo.environment["DESKBOOK_ANALYSIS_PARITY"].map(URL.init(fileURLWithPath:))

@Suite(.enabled(if: parityFolder != nil, "run by Tests/Parity/analysis-parity.sh"))
struct AnalysisParityTests {
    /// Foundation's NFKC on Linux knows Unicode 15.1, browsers know what their ICU knows (Node 20:
    /// Unicode 17), so code points assigned later may normalize differently; all others must agree.
    @Test func normalizesEveryCodePointLikeSearchJS() throws {
        let folds = try String(contentsOf: parityFolder!.appendingPathComponent("folds.tsv"), encoding: .utf8)
        var expected: [UInt32: String] = [:]
        for line in folds.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            var normalized = String.UnicodeScalarView()
            for value in fields[1].split(separator: " ") { normalized.append(Unicode.Scalar(UInt32(value, radix: 16)!)!) }
            expected[UInt32(fields[0], radix: 16)!] = String(normalized)
        }
        var agreeing = 0, newer = 0, mismatches: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = String(Character(scalar))
            let swift = Normalizer.normalize(character)
            let javaScript = expected[value] ?? character
            if swift == javaScript {
                agreeing += 1
            } else if let age = scalar.properties.age, age.major < 16 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): Swift \(swift.debugDescription), search.js \(javaScript.debugDescription)")
            } else {
                newer += 1
            }
        }
        print("normalize: \(agreeing) of \(agreeing + newer + mismatches.count) code points agree; \(newer) that Unicode 16 or later assigned differ")
        #expect(newer < 100)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20).joined(separator: "\n"))")
    }

    @Test func analyzesTheCorpusLikeSearchJS() throws {
        struct FileTerms: Decodable {
            let path: String
            let terms: [ExpectedTerm]
        }
        let analyzer = TextAnalyzer()
        let lines = try String(contentsOf: parityFolder!.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
        var files = 0, terms = 0, disagreeing: [String] = []
        for line in lines.split(separator: "\n") {
            let expected = try JSONDecoder().decode(FileTerms.self, from: Data(line.utf8))
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: expected.path)), as: UTF8.self)
            let actual = analyzer.tokens(text, language: "en").map(ExpectedTerm.init)
            files += 1
            terms += actual.count
            if let difference = ExpectedTerm.firstDifference(actual, expected.terms) {
                disagreeing.append("\(expected.path): \(difference)")
            }
        }
        print("analysis: \(files - disagreeing.count) of \(files) files agree (\(terms) terms from Swift)")
        #expect(files > 0)
        #expect(disagreeing.isEmpty, "\(disagreeing.prefix(20).joined(separator: "\n"))")
    }
}
