import DeskbookCore
import DeskbookServer
import DeskbookSite
import Foundation
import Testing

/// The preview's incremental rebuilds give, after every edit, exactly the site a full build gives.
@Suite struct IncrementalEqualsFullTests {
    /// A random number generator with a fixed seed, so a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// The example site of the repository, copied into a test folder.
    private func exampleSite() throws -> TestSite {
        let site = try TestSite(files: [:])
        let repository = TestSite.repositoryRoot
        for item in ["content", "deskbook.yml", "intake.yml"] {
            try? FileManager.default.removeItem(atPath: site.root + "/" + item)
            try FileManager.default.copyItem(atPath: repository + "/" + item, toPath: site.root + "/" + item)
        }
        let config = try String(contentsOfFile: site.root + "/deskbook.yml", encoding: .utf8)
        try site.write("deskbook.yml", config.replacingOccurrences(of: "broken_links: error", with: "broken_links: warn"))
        return site
    }

    /// Every Markdown file of the site, relative to its folder.
    private func pages(of site: TestSite) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: site.root + "/content")
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if path.hasSuffix(".md"), !path.contains("_snippets") { found.append("content/" + path) }
        }
        return found.sorted()
    }

    private func read(_ site: TestSite, _ path: String) -> String {
        (try? String(contentsOfFile: site.root + "/" + path, encoding: .utf8)) ?? ""
    }

    /// Applies one random edit and returns the paths it changed, relative to the site folder. Broken links are
    /// errors, which stop the build, for one step at a time: they are warnings otherwise, so that most steps
    /// build a site to compare.
    private func edit(_ site: TestSite, step: Int, using random: inout SeededGenerator) throws -> Set<String> {
        let config = read(site, "deskbook.yml")
        guard config.contains("broken_links: error") else { return try randomEdit(site, step: step, using: &random) }
        try site.write("deskbook.yml", config.replacingOccurrences(of: "broken_links: error", with: "broken_links: warn"))
        return try randomEdit(site, step: step, using: &random).union(["deskbook.yml"])
    }

    private func randomEdit(_ site: TestSite, step: Int, using random: inout SeededGenerator) throws -> Set<String> {
        let all = pages(of: site)
        let page = all.randomElement(using: &random)!
        switch Int.random(in: 0..<16, using: &random) {
        case 0:
            try site.write(page, read(site, page) + "\nA sentence added in step \(step).\n")
            return [page]
        case 1:
            let text = read(site, page)
            try site.write(page, text.replacingOccurrences(of: "title: ", with: "title: Step \(step) ", options: [], range: text.range(of: "title: ")))
            return [page]
        case 2:
            let section = Path.directory(of: page)
            let path = section + "/new-\(step).md"
            try site.write(path, "---\ntitle: New page \(step)\n---\nLinks to [a page](\(Path.fileName(of: all.randomElement(using: &random)!))).\n")
            return [path]
        case 3 where all.count > 10 && !page.hasSuffix("_index.md"):
            try FileManager.default.removeItem(atPath: site.root + "/" + page)
            return [page]
        case 4 where !page.hasSuffix("_index.md"):
            let renamed = Path.directory(of: page) + "/renamed-\(step).md"
            try FileManager.default.moveItem(atPath: site.root + "/" + page, toPath: site.root + "/" + renamed)
            return [page, renamed]
        case 5:
            try site.write(page, read(site, page) + "\nSee [a missing page](missing-\(step % 3).md).\n")
            return [page]
        case 6:
            let text = read(site, page).components(separatedBy: "\n").filter { !$0.contains("missing-") }.joined(separator: "\n")
            try site.write(page, text)
            return [page]
        case 7:
            let language = page.hasPrefix("content/ru/") ? "ru" : "en"
            let snippets = try FileManager.default.contentsOfDirectory(atPath: site.root + "/content/\(language)/_snippets").filter { $0.hasSuffix(".md") }.sorted()
            guard let snippet = snippets.randomElement(using: &random) else { return [] }
            let path = "content/\(language)/_snippets/\(snippet)"
            try site.write(path, read(site, path) + "\nSnippet line \(step).\n")
            return [path]
        case 8:
            let translation = page.hasPrefix("content/en/") ? "content/ru/" + page.dropFirst(11) : "content/en/" + page.dropFirst(11)
            try site.write(translation, "---\ntitle: Translation \(step)\n---\nTranslated text.\n")
            return [translation]
        case 9:
            let template = "themes/default/templates/" + ["article", "faq", "policy"].randomElement(using: &random)! + ".mustache"
            let current = read(site, template)
            let base = current.isEmpty ? try String(contentsOfFile: TestSite.repositoryRoot + "/" + template, encoding: .utf8) : current
            try site.write(template, base + "<!-- step \(step) -->\n")
            return [template]
        case 11:
            // Front matter the listings, feeds and sitemap read: dates, order, description, featured, aliases.
            let line = [
                "updated: 2025-0\(step % 9 + 1)-1\(step % 10)", "order: \(step % 7)", "description: Step \(step) description",
                "featured: \(step % 2 == 0)", "aliases: [/\(page.hasPrefix("content/ru/") ? "ru" : "en")/old-\(step % 4)/]", "draft: \(step % 3 == 0)",
            ].randomElement(using: &random)!
            try site.write(page, replacingFrontMatterKey(of: read(site, page), with: line))
            return [page]
        case 12:
            // A section renamed: the watcher reports both folders.
            let section = Path.directory(of: page)
            guard section.split(separator: "/").count == 3 else { return [] }
            let renamed = section + "-\(step)"
            try FileManager.default.moveItem(atPath: site.root + "/" + section, toPath: site.root + "/" + renamed)
            return [section, renamed]
        case 13:
            // Interface strings of the theme, copied into the site on first use.
            let strings = "themes/default/i18n/" + (Bool.random(using: &random) ? "en" : "ru") + ".yml"
            let current = read(site, strings)
            let base = current.isEmpty ? try String(contentsOfFile: TestSite.repositoryRoot + "/" + strings, encoding: .utf8) : current
            let key = ["kind_article", "heading_anchor", "search_title", "alert_note", "language_name"].randomElement(using: &random)!
            let edited = base.components(separatedBy: "\n").map { $0.hasPrefix(key + ":") ? "\(key): Step \(step)" : $0 }.joined(separator: "\n")
            try site.write(strings, edited)
            return [strings]
        case 14:
            // A partial every page includes, or the stylesheet.
            let file = ["themes/default/templates/partials/header.mustache", "themes/default/templates/shared/footer.mustache", "themes/default/assets/css/style.css"].randomElement(using: &random)!
            let current = read(site, file)
            let base = current.isEmpty ? (try? String(contentsOfFile: TestSite.repositoryRoot + "/" + file, encoding: .utf8)) ?? "" : current
            try site.write(file, base + (file.hasSuffix(".css") ? "/* step \(step) */\n" : "<!-- step \(step) -->\n"))
            return [file]
        case 15:
            // A new section with its own page, linked from an existing page.
            let language = page.hasPrefix("content/ru/") ? "ru" : "en"
            let folder = "content/\(language)/topic-\(step)"
            try site.write(folder + "/_index.md", "---\ntitle: Topic \(step)\n---\nAbout topic \(step).\n")
            try site.write(folder + "/first.md", "---\ntitle: First of \(step)\n---\n## Heading \(step)\n\nText.\n")
            let depth = Path.directory(of: page).split(separator: "/").count - 2
            try site.write(page, read(site, page) + "\nSee [topic](\(String(repeating: "../", count: depth))topic-\(step)/first.md#heading-\(step)).\n")
            return [folder, page]
        default:
            let config = read(site, "deskbook.yml")
            switch Int.random(in: 0..<3, using: &random) {
            case 0:
                try site.write("deskbook.yml", config.replacingOccurrences(of: "title: ", with: "title: S\(step) ", options: [], range: config.range(of: "title: ")))
                return ["deskbook.yml"]
            case 1:
                try site.write("deskbook.yml", config.replacingOccurrences(of: "broken_links: warn", with: "broken_links: error"))
                return ["deskbook.yml"]
            default:
                break
            }
            try site.write("intake.yml", read(site, "intake.yml") + "\n# step \(step)\n")
            return ["intake.yml"]
        }
        try site.write(page, read(site, page) + "\nAnother sentence in step \(step).\n")
        return [page]
    }

    /// The text with `line` (`key: value`) at the start of its front matter, in place of the key's lines there.
    private func replacingFrontMatterKey(of text: String, with line: String) -> String {
        let key = line.prefix { $0 != ":" } + ":"
        var lines = text.components(separatedBy: "\n")
        guard lines.first == "---", let end = lines.dropFirst().firstIndex(of: "---") else { return text }
        var header: [String] = []
        var droppingList = false
        for existing in lines[1..<end] {
            if existing.hasPrefix(key) { droppingList = true; continue }
            if droppingList, existing.hasPrefix(" ") || existing.hasPrefix("-") { continue }
            droppingList = false
            header.append(existing)
        }
        lines.replaceSubrange(1..<end, with: [line] + header)
        return lines.joined(separator: "\n")
    }

    /// What a build gives, in a form two builds can be compared by.
    private func outcome(_ result: BuildResult) -> (files: [String: Data], diagnostics: [String]) {
        var files: [String: Data] = [:]
        for file in result.files { files[file.path] = file.data }
        return (files, result.report.diagnostics.map(\.description))
    }

    @Test func twoHundredRandomEditsGiveTheFullBuildEachTime() async throws {
        let site = try exampleSite()
        let options = site.options()
        let producer = IncrementalSiteProducer(options: options)
        _ = await producer.produce(changed: [])
        var random = SeededGenerator(state: 2026)
        var rendered = 0
        for step in 1...200 {
            let changed = try edit(site, step: step, using: &random)
            let incremental = outcome(await producer.produce(changed: changed))
            let fullResult = await SiteBuilder().buildInMemory(options)
            if !fullResult.files.isEmpty { rendered += 1 }
            let full = outcome(fullResult)
            #expect(incremental.diagnostics == full.diagnostics, "step \(step), after changing \(changed.sorted())")
            let differing = Set(incremental.files.keys).symmetricDifference(full.files.keys)
                .union(full.files.keys.filter { incremental.files[$0] != nil && incremental.files[$0] != full.files[$0] })
            #expect(differing.isEmpty, "step \(step), after changing \(changed.sorted()): \(differing.sorted().prefix(5))")
            if !differing.isEmpty || incremental.diagnostics != full.diagnostics { return }
        }
        // Most steps must give a site to compare, not a build stopped by errors.
        #expect(rendered >= 120, "only \(rendered) of 200 steps built a site")
    }
}
