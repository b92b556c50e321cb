import DeskbookContent
import DeskbookCore
import DeskbookMarkdown
import Foundation
import Testing

/// Front matter and configuration values that used to slip through as something else, and pages whose size or
/// shape used to make a build take unbounded time or memory.
@Suite struct ContentHolesTests {
    func frontMatter(_ yaml: String) -> (FrontMatterParser.Parsed?, [String]) {
        var diagnostics: [Diagnostic] = []
        let parsed = FrontMatterParser().parse("---\n\(yaml)---\nBody\n", path: "content/en/a.md", diagnostics: &diagnostics)
        return (parsed, diagnostics.map(\.description))
    }

    @Test func datesThatDoNotExistAreErrorsAtTheirLine() {
        let (parsed, diagnostics) = frontMatter("title: A\ndate: 2026-02-30\nupdated: 2025-02-29\neffective: 2026-04-31\nhistory:\n  - {date: 2026-13-01, summary: S}\n")
        #expect(parsed == nil)
        #expect(diagnostics == [
            "content/en/a.md:3:7: error: 'date' must be a date written YYYY-MM-DD that exists in the calendar, not '2026-02-30'",
            "content/en/a.md:4:10: error: 'updated' must be a date written YYYY-MM-DD that exists in the calendar, not '2025-02-29'",
            "content/en/a.md:5:12: error: 'effective' must be a date written YYYY-MM-DD that exists in the calendar, not '2026-04-31'",
            "content/en/a.md:7:12: error: 'date' must be a date written YYYY-MM-DD that exists in the calendar, not '2026-13-01'",
        ])
        let (leapDay, none) = frontMatter("title: A\ndate: 2024-02-29\nupdated: 2000-02-29\n")
        #expect(none.isEmpty)
        #expect(leapDay?.frontMatter.lastModified?.description == "2024-02-29")
        #expect(Day(year: 1900, month: 2, day: 29) == nil)
    }

    @Test func aTitleYAMLReadsAsNullBooleanOrNumberIsAnError() {
        for (yaml, read) in [("null", "no value"), ("~", "no value"), ("yes", "true or false"), ("False", "true or false"), ("2024", "a number"), ("1.5", "a number")] {
            let (parsed, diagnostics) = frontMatter("title: \(yaml)\n")
            #expect(parsed == nil)
            #expect(diagnostics == ["content/en/a.md:2:8: error: 'title' must be text, but YAML reads \(yaml) as \(read); put it in quotes (\"\(yaml)\") to mean the text"])
        }
        #expect(frontMatter("title:\n").1 == ["content/en/a.md:2:7: error: 'title' has no value"])
        let (quoted, none) = frontMatter("title: \"yes\"\ndescription: 'null'\ntags: [\"2024\", billing]\n")
        #expect(none.isEmpty)
        #expect(quoted?.frontMatter.title == "yes")
        #expect(quoted?.frontMatter.description == "null")
        #expect(quoted?.frontMatter.tags == ["2024", "billing"])
    }

    @Test func otherTextFieldsFollowTheSameRule() {
        let (_, diagnostics) = frontMatter("title: A\ndescription: no\nkind: 1\ntags: [billing, yes]\naliases: ~\n")
        #expect(diagnostics == [
            "content/en/a.md:3:14: error: 'description' must be text, but YAML reads no as true or false; put it in quotes (\"no\") to mean the text",
            "content/en/a.md:4:7: error: 'kind' must be text, but YAML reads 1 as a number; put it in quotes (\"1\") to mean the text",
            "content/en/a.md:5:17: error: each of 'tags' must be text, but YAML reads yes as true or false; put it in quotes (\"yes\") to mean the text",
            "content/en/a.md:6:10: error: 'aliases' must be text, but YAML reads ~ as no value; put it in quotes (\"~\") to mean the text",
        ])
        let config = SiteConfigParser().parse("title: yes\nbase_url: https://help.example.com/\nlanguages: [en, no]\nlanguage_titles: {en: 12}\n")
        guard case .failure(let list) = config else {
            Issue.record("non-text settings must be errors")
            return
        }
        #expect(list.diagnostics.map(\.description) == [
            "deskbook.yml:1:8: error: 'title' must be text, but YAML reads yes as true or false; put it in quotes (\"yes\") to mean the text",
            "deskbook.yml:3:17: error: each of 'languages' must be text, but YAML reads no as true or false; put it in quotes (\"no\") to mean the text",
            "deskbook.yml:4:23: error: 'language_titles.en' must be text, but YAML reads 12 as a number; put it in quotes (\"12\") to mean the text",
        ])
    }

    @Test func aNulEscapeInFrontMatterIsAnErrorNotPartOfThePage() {
        let (parsed, diagnostics) = frontMatter("title: \"Reset\\0password\"\n")
        #expect(parsed == nil)
        #expect(diagnostics == ["content/en/a.md:2:8: error: YAML text may not contain U+0000: only printable characters, tabs and line breaks are allowed"])
    }

    @Test func limitsMustBeSaneWholeNumbers() {
        let base = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n"
        let cases = [
            ("max_page_size: 9223372036854775807", "deskbook.yml:4:16: error: 'max_page_size' must be a whole number from 1 to 100, not 9223372036854775807"),
            ("max_page_size: 0", "deskbook.yml:4:16: error: 'max_page_size' must be a whole number from 1 to 100, not 0"),
            ("feed_size: -1", "deskbook.yml:4:12: error: 'feed_size' must be a whole number from 1 to 1000, not -1"),
            ("max_table_columns: 100000", "deskbook.yml:4:20: error: 'max_table_columns' must be a whole number from 1 to 1000, not 100000"),
            ("max_html_declarations: many", "deskbook.yml:4:24: error: 'max_html_declarations' must be a whole number"),
        ]
        for (line, expected) in cases {
            guard case .failure(let list) = SiteConfigParser().parse(base + line + "\n") else {
                Issue.record("\(line) must be refused")
                continue
            }
            #expect(list.diagnostics.map(\.description) == [expected])
        }
        let config = try? SiteConfigParser().parse(base + "max_page_size: 100\nmax_table_columns: 300\nmax_html_declarations: 0\nmax_images: 5000\n").get().config
        #expect(config?.maxPageBytes == 100 << 20)
        #expect(config?.parserLimits == ParserLimits(tableColumns: 300, htmlDeclarations: 0, images: 5000))
    }

    @Test func aPageOverTheLimitSaysByHowMuchInUnitsThatAddUp() async {
        let config = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\nmax_page_size: 1\n"
        let (_, diagnostics) = await assemble(["content/en/big.md": page("Big", String(repeating: "x", count: 1 << 20))], config: config)
        #expect(diagnostics.map(\.description) == ["content/en/big.md:1:1: error: file is 1.1 MB, over the 1 MB page limit; split it or raise max_page_size"])
        #expect(ByteSize.text(4 << 20) == "4 MB")
        #expect(ByteSize.text((4 << 20) + 1) == "4.1 MB")
        #expect(ByteSize.text(1536) == "1.5 KB")
        #expect(ByteSize.text(900) == "900 bytes")
    }

    @Test func snippetsCountAgainstThePageLimitAndExpandingStopsThere() async {
        let config = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\nmax_page_size: 1\n"
        let include = "{{< snippet \"big\" >}}\n"
        let (site, diagnostics) = await assemble([
            "content/en/_snippets/big.md": String(repeating: "Long text. ", count: 30_000),
            "content/en/many.md": page("Many", "Intro\n\n" + String(repeating: include, count: 200)),
            "content/en/few.md": page("Few", include + include),
        ], config: config)
        #expect(diagnostics.map(\.description) == [
            "content/en/many.md:9:1: error: including snippet 'big' takes the page to 1.3 MB or more, over the 1 MB page limit; include less or raise max_page_size",
        ])
        #expect(site.pages.map(\.title) == ["Few"])
    }

    @Test func pagesThatWouldParseSlowlyAreErrorsAtTheLineOverTheLimit() async {
        let wide = (0..<150).map { "c\($0)" }.joined(separator: " | ")
        let delimiter = Array(repeating: "---", count: 150).joined(separator: " | ")
        let (site, diagnostics) = await assemble([
            "content/en/cdata.md": page("Cdata", "Intro\n\n" + String(repeating: "a <![CDATA[ ", count: 60_000)),
            "content/en/processing.md": page("Processing", String(repeating: "a <?\n", count: 150)),
            "content/en/images.md": page("Images", String(repeating: "![[]()\n", count: 300)),
            "content/en/table.md": page("Table", "Intro\n\n\(wide)\n\(delimiter)\n"),
            "content/en/quoted.md": page("Quoted", "> a | b\n> " + delimiter + "\n"),
            "content/en/ok.md": page("Ok", "| a | b |\n| - | - |\n| 1 | 2 |\n\n<![CDATA[ x ]]> and ![logo](logo.png)\n"),
        ])
        #expect(diagnostics.map(\.description) == [
            "content/en/cdata.md:6:1: error: the page has more than 100 '<![CDATA[', '<!' or '<?' (max_html_declarations), which the Markdown parser would take too long to read",
            "content/en/images.md:204:1: error: the page has more than 200 images or '![' (max_images), which the Markdown parser would take too long to read",
            "content/en/processing.md:104:1: error: the page has more than 100 '<![CDATA[', '<!' or '<?' (max_html_declarations), which the Markdown parser would take too long to read",
            "content/en/quoted.md:5:1: error: a table line with 150 cells is over the limit of 100 columns (max_table_columns)",
            "content/en/table.md:6:1: error: a table line with 150 cells is over the limit of 100 columns (max_table_columns)",
        ])
        #expect(site.pages.map(\.title) == ["Ok"])
        let raised = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\nmax_table_columns: 150\n"
        let (wider, none) = await assemble(["content/en/table.md": page("Table", "\(wide)\n\(delimiter)\n")], config: raised)
        #expect(none.isEmpty)
        #expect(wider.pages.count == 1)
    }
}
