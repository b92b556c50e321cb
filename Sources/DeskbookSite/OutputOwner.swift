import DeskbookContent
import DeskbookCore

/// Who publishes an output file. When two owners want one path, the lower rank keeps it: the generator's
/// own files first (pages such as /en/search/, the sitemap, feeds, the search index), then the theme's,
/// then the content's sections, pages and aliases.
public struct OutputOwner: Sendable, Hashable {
    public enum Rank: Int, Sendable, Comparable {
        case generator, theme, section, page, alias

        public static func < (lhs: Rank, rhs: Rank) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var rank: Rank
    /// How messages name the owner: `the sitemap`, `page /en/a/`, `alias /en/old/`.
    public var name: String
    /// Where a clash the owner loses is reported: a page's file, an alias's front matter line, a theme file.
    /// Nil for the generator, whose files never give way.
    public var location: SourceLocation?

    public init(rank: Rank, name: String, location: SourceLocation?) {
        self.rank = rank
        self.name = name
        self.location = location
    }

    /// A file the generator writes on its own, such as `the sitemap`.
    public static func generator(_ name: String) -> OutputOwner {
        OutputOwner(rank: .generator, name: name, location: nil)
    }

    /// A file of the theme's `static/` or `assets/` folder, by its path in the theme.
    static func theme(_ path: String, theme: String) -> OutputOwner {
        OutputOwner(rank: .theme, name: "theme file \(path)", location: SourceLocation(path: "themes/\(theme)/\(path)"))
    }

    /// A content page, reported at its file.
    static func page(_ page: Page) -> OutputOwner {
        OutputOwner(rank: .page, name: "page \(page.url)", location: SourceLocation(path: page.displayPath))
    }

    /// A section's listing page, reported at its `_index.md`, or at its folder when it has none.
    static func section(_ section: Section, location: SourceLocation) -> OutputOwner {
        OutputOwner(rank: .section, name: "section \(section.url)", location: location)
    }

    /// A redirect from an alias, reported at the alias's line; the one from the site root is the generator's.
    static func redirect(_ redirect: Redirect) -> OutputOwner {
        guard let location = redirect.location else { return .generator("the redirect to the default language") }
        return OutputOwner(rank: .alias, name: "alias \(redirect.from)", location: location)
    }

    /// The name with where the owner was written, for messages read at another owner's location.
    var nameAndPlace: String {
        guard let location else { return name }
        return "\(name) (\(location.path)\(location.line > 1 ? ":\(location.line)" : ""))"
    }
}
