import DeskbookContent
import DeskbookCore
import Testing

@Suite struct SiteConfigParserTests {
    @Test func readsTheSettings() throws {
        let result = SiteConfigParser().parse("""
        title: Help
        base_url: https://example.com/docs
        languages: [en, ru]
        language_titles: {ru: Помощь}
        broken_links: warn
        params: {support_email: a@b.c}
        """)
        let config = try result.get().config
        #expect(config.baseURL == "https://example.com/docs/")
        #expect(config.basePath == "/docs/")
        #expect(config.defaultLanguage == "en")
        #expect(config.title(for: "ru") == "Помощь")
        #expect(config.title(for: "en") == "Help")
        #expect(config.brokenLinks == .warning)
        #expect(config.params["support_email"] == .string("a@b.c"))
        #expect(config.absoluteURL("/docs/en/") == "https://example.com/docs/en/")
    }

    @Test func readsSearchSynonymsPerLanguage() throws {
        let (config, warnings) = try SiteConfigParser().parse("""
        title: Help
        base_url: https://example.com/
        languages: [en, ru]
        builtin_synonyms: false
        synonyms:
          en: [[workspace, team space], [invoice, bill]]
          ru: [[пространство, воркспейс]]
        """).get()
        #expect(warnings.isEmpty)
        #expect(config.builtinSynonyms == false)
        #expect(config.synonyms == ["en": [["workspace", "team space"], ["invoice", "bill"]], "ru": [["пространство", "воркспейс"]]])
    }

    @Test func badSynonymGroupsAreErrorsAtTheirLine() {
        let result = SiteConfigParser().parse("""
        title: Help
        base_url: https://example.com/
        languages: [en]
        synonyms:
          en:
            - [workspace, team space]
            - [lonely]
          de: [[Rechnung, Faktura]]
        """)
        guard case .failure(let list) = result else {
            Issue.record("expected an error")
            return
        }
        #expect(list.diagnostics.map(\.location.line) == [7, 8])
        #expect(list.diagnostics.first?.message == "a synonym group must be a list of two or more words or phrases")
        #expect(list.diagnostics.last?.severity == .warning)
    }

    @Test func reportsMistakesWithPositions() {
        let result = SiteConfigParser().parse("title: Help\nbase_url: https://x.org/\nlanguages: [en, English]\nbroken_links: maybe\ncolour: blue\n")
        guard case .failure(let list) = result else {
            Issue.record("expected errors")
            return
        }
        let lines = list.diagnostics.map(\.location.line)
        #expect(lines.contains(3))
        #expect(lines.contains(4))
        #expect(list.diagnostics.contains { $0.severity == .warning && $0.message.contains("colour") })
    }

    @Test func readsThePassageLengthOfSemanticSearch() throws {
        let base = "title: Help\nbase_url: https://example.com/\nlanguages: [en]\nsemantic: true\n"
        let (config, warnings) = try SiteConfigParser().parse(base + "semantic_passage: 250\n").get()
        #expect(warnings.isEmpty)
        #expect(config.semantic)
        #expect(config.semanticPassage == 250)
        #expect(try SiteConfigParser().parse(base).get().config.semanticPassage == nil)
    }

    @Test func aPassageLengthOutOfRangeOrNotANumberIsAnErrorAtItsLine() {
        let base = "title: Help\nbase_url: https://example.com/\nlanguages: [en]\n"
        for (value, message) in [
            ("20", "'semantic_passage' must be a whole number from 50 to 2000, not 20"),
            ("5000", "'semantic_passage' must be a whole number from 50 to 2000, not 5000"),
            ("short", "'semantic_passage' must be a whole number"),
        ] {
            guard case .failure(let list) = SiteConfigParser().parse(base + "semantic_passage: \(value)\n") else {
                Issue.record("expected an error for \(value)")
                continue
            }
            #expect(list.diagnostics.map(\.message) == [message])
            #expect(list.diagnostics.map(\.location.line) == [4])
        }
    }

    @Test func missingRequiredSettings() {
        guard case .failure(let list) = SiteConfigParser().parse("theme: default\n") else {
            Issue.record("expected errors")
            return
        }
        let messages = list.diagnostics.map(\.message)
        #expect(messages.contains("missing required key 'title'"))
        #expect(messages.contains("missing required key 'base_url'"))
        #expect(messages.contains("missing required setting 'languages'"))
    }
}
