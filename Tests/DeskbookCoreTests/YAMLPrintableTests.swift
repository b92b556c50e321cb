import DeskbookCore
import Testing

/// Escapes in double-quoted YAML can write any character; those a YAML file could not hold are errors where
/// they are written, in every YAML file Deskbook reads.
@Suite struct YAMLPrintableTests {
    func failure(_ text: String) -> Diagnostic? {
        guard case .failure(let diagnostic) = YAMLSource(path: "x.md", lineOffset: 1).parse(text) else { return nil }
        return diagnostic
    }

    @Test func escapedControlCharactersAndNoncharactersAreErrorsAtTheirValue() {
        #expect(failure("title: \"a\\0b\"\n")?.description == "x.md:2:8: error: YAML text may not contain U+0000: only printable characters, tabs and line breaks are allowed")
        #expect(failure("title: Ok\ndescription: \"\\uFFFF\"\n")?.location.line == 3)
        #expect(failure("title: \"\\e[31m\"\n")?.message.contains("U+001B") == true)
        #expect(failure("tags: [ok, \"\\x7F\"]\n")?.message.contains("U+007F") == true)
        #expect(failure("\"key\\0\": value\n")?.message.contains("U+0000") == true)
        #expect(failure("nested: {list: [{deep: \"\\uFFFE\"}]}\n")?.message.contains("U+FFFE") == true)
    }

    @Test func tabsLineBreaksAndOtherEscapesAreFine() {
        #expect(failure("title: \"Tab\\there, line\\nbreak, \\u00e9t\\u00e9, \\U0001F600\"\n") == nil)
    }
}
