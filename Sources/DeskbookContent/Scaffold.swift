import Foundation
import DeskbookCore

/// Starting files for new sites and pages.
public enum Scaffold {
    /// The files of a new site, by path relative to the site folder.
    public static func site(title: String) -> [(path: String, text: String)] {
        [
            ("deskbook.yml", """
            title: \(yamlQuoted(title))
            base_url: https://help.example.com/
            languages: [en]
            theme: default
            broken_links: error
            params:
              support_email: support@example.com
            # Words your customers use for your documentation's words, for search:
            # synonyms:
            #   en: [[workspace, team space]]

            """),
            ("content/en/_index.md", page(kind: nil, title: title, description: "Answers and guides from our support team.")),
            ("content/en/getting-started/_index.md", """
            ---
            title: Getting started
            description: First steps with the product.
            order: 1
            ---

            """),
            ("content/en/getting-started/welcome.md", page(kind: .article, title: "Welcome", description: "What this help center covers.")),
            ("content/en/_snippets/contact.md", "Write to us at support@example.com.\n"),
            ("themes/README.md", "Files placed here under themes/default/ override the same paths of the built-in theme; `deskbook theme eject` writes all of them here to start from.\n"),
        ]
    }

    /// A new page of the given kind, with front matter to fill in; a page `deskbook new` writes has its
    /// creation `date` (YYYY-MM-DD) and is a `draft` until the writer publishes it.
    public static func page(kind: PageKind?, title: String, description: String = "", date: String? = nil, draft: Bool = false) -> String {
        var header = "---\ntitle: \(yamlQuoted(title))\ndescription: \(yamlQuoted(description))\n"
        if let kind { header += "kind: \(kind.rawValue)\n" }
        if let date { header += "date: \(date)\n" }
        if draft { header += "draft: true\n" }
        switch kind {
        case .faq:
            return header + "---\n\nA short introduction to these questions.\n\n## First question?\n\nThe answer.\n\n## Second question?\n\nThe answer.\n"
        case .policy:
            return header + "effective: 2026-01-01\nhistory:\n  - date: 2026-01-01\n    summary: First version.\n---\n\n## Scope\n\nWhat this policy covers.\n"
        case .article, .none:
            return header + "---\n\nWrite the article here.\n"
        }
    }

    /// The `_index.md` of a new section, titled after its folder.
    public static func section(title: String) -> String {
        "---\ntitle: \(yamlQuoted(title))\ndescription: \"\"\n---\n"
    }

    /// A title from a file name: `reset-password.md` → `Reset password`.
    public static func title(fromPath path: String) -> String {
        let name = Path.fileName(of: path)
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        let words = stem.split(whereSeparator: { $0 == "-" || $0 == "_" }).joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
