@testable import DeskbookIntake
import Testing

/// Patterns that backtracking engines (ICU, browsers) can take seconds or forever on are refused in intake.yml, at
/// the pattern's line; the usual safe shapes pass.
@Suite struct PatternSafetyTests {
    private func diagnostics(pattern: String, example: String) -> [String] {
        let yaml = ConfigParserTests.minimal + "    pattern: '\(pattern)'\n    example: '\(example)'\n"
        return TestSupport.parse(yaml).diagnostics
    }

    @Test(arguments: [
        ("(a+)+$", "aa"), ("(\\w+\\s?)*", "a b"), ("([a-z]*)*x", "ax"), ("(.*a){3}", "aaa"),
        ("(?:[0-9]+,?)+", "1,2"), ("((ab)*c?)+", "abc"), ("([A-Z]{2,3})+", "ABC"),
    ])
    func aRepeatedGroupWithARepeatInsideIsRefused(pattern: String, example: String) throws {
        let found = diagnostics(pattern: pattern, example: example)
        #expect(found.count == 1)
        let diagnostic = try #require(found.first)
        #expect(diagnostic.hasPrefix("intake.yml:7:14: error: regular expression '\(pattern)' can take exponential time: "))
        #expect(diagnostic.contains("repeats on its own"))
    }

    @Test(arguments: [("(a|ab)+", "ab"), ("(\\w|\\d)+", "a1"), ("(?:x|[a-z]y)*z", "xz"), ("(й|[а-я])+", "й")])
    func aRepeatedGroupWithAlternativesThatMeetIsRefused(pattern: String, example: String) throws {
        let diagnostic = try #require(diagnostics(pattern: pattern, example: example).first)
        #expect(diagnostic.hasPrefix("intake.yml:7:14: error: regular expression '\(pattern)' can take exponential time: "))
        #expect(diagnostic.contains("can start with the same character"))
    }

    @Test(arguments: [
        ("[^\\s@]+@[^\\s@]+\\.[^\\s@]{2,}", "a@b.cd"), ("\\d+0*\\d+", "100"), ("a+a+", "aa"), (".*@.*", "a@b"),
        ("[a-z0-9.-]+\\.[a-z]{2,}", "a.bc"),
    ])
    func overlappingUnboundedNeighboursAreRefused(pattern: String, example: String) throws {
        let diagnostic = try #require(diagnostics(pattern: pattern, example: example).first)
        #expect(diagnostic.hasPrefix("intake.yml:7:14: error: regular expression '\(pattern)' can take time growing with the square of the text: "))
    }

    @Test(arguments: [
        ("[0-9]+(\\.[0-9]+){1,3}", "2.4.1"), ("(?:[a-z0-9-]+\\.)+[a-z]{2,}", "example.com"), ("([A-Z]{2})+", "ABCD"),
        ("https?://[^ ]+", "https://a.b"), ("[Ww]-[0-9]{4,6}", "W-1234"), ("(\\+7|8)[0-9]{10}", "89991234567"),
        ("[A-Z]+-[0-9]+", "AB-12"), ("(?:-[0-9]+)*", "-1-2"), ("[a-z]+[0-9]+", "ab12"), ("[0-9]*[0-9]{2}", "12"),
        ("(?=.*[0-9])[A-Za-z0-9]{8,}", "abcdefg1"), ("(a|b)+", "ab"), ("(foo|bar)*baz", "foobaz"),
    ])
    func commonSafeShapesPass(pattern: String, example: String) {
        #expect(diagnostics(pattern: pattern, example: example) == [])
    }

    @Test func aTicketPatternIsCheckedToo() {
        let yaml = ConfigParserTests.minimal + "follow_up:\n  ticket_pattern: '(#[0-9]+)+'\n  example: '#1'\n"
        #expect(TestSupport.parse(yaml).diagnostics == [])
        let slow = ConfigParserTests.minimal + "follow_up:\n  ticket_pattern: '([0-9]+)+#'\n  example: '1#'\n"
        let diagnostic = TestSupport.parse(slow).diagnostics.first ?? ""
        #expect(diagnostic.hasPrefix("intake.yml:8:19: error: regular expression '([0-9]+)+#' can take exponential time"))
    }

    @Test func everyBuiltInFormatIsSafe() throws {
        for type in FieldType.allCases {
            guard let format = type.builtInFormat else { continue }
            #expect(PatternCheck.problem(in: format.pattern) == nil, "\(type)")
        }
    }

    /// The built-in email format was quadratic: 100 KB of "a." took Node half a minute.
    @Test func theEmailFormatKeepsItsAddresses() throws {
        let pattern = try #require(FieldType.email.builtInFormat?.pattern)
        let valid = ["name@example.com", "a@b.cd", "a@.b.cd", "a@b..cd", "first.last@sub.example.co.uk", "и@пример.рф"]
        let invalid = ["a@b", "a@b.c", "@b.cd", "a@@b.cd", "a b@c.de", "a@b.c d", "a@.cd", "name(at)example.com"]
        for address in valid { #expect(FieldFormat.matches(address, pattern: pattern), "\(address)") }
        for address in invalid { #expect(!FieldFormat.matches(address, pattern: pattern), "\(address)") }
    }

    @Test func oddPatternsParseWithoutCrashing() {
        for pattern in ["(", "\\", "[", "a{", "a{1", "a{,2}", "(?<n", "\\k<n", "\\p{L", "\\x4", "(?", "[]]", "[^]]+", "a{99999999999999999999}"] {
            _ = PatternSafety.problem(in: pattern)
        }
    }
}
