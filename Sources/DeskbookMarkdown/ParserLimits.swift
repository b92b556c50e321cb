/// Limits on Markdown constructs that cmark-gfm 0.29 parses in more than linear time.
///
/// Its table extension takes time that grows with the square of the cells in a row; an unclosed `<![CDATA[`,
/// `<!DECLARATION` or `<?` is searched for its end through the rest of its paragraph, once per opener; and every
/// link scans back over all the unclosed image openers (`![`) before it. A page over a limit is reported and not
/// parsed (see `ParserGuard`).
public struct ParserLimits: Sendable, Hashable {
    /// Cells in one line of a table.
    public var tableColumns: Int
    /// `<![CDATA[`, `<!` followed by a letter, and `<?` in a page.
    public var htmlDeclarations: Int
    /// `![` in a page.
    public var images: Int

    public init(tableColumns: Int = 100, htmlDeclarations: Int = 100, images: Int = 200) {
        self.tableColumns = tableColumns
        self.htmlDeclarations = htmlDeclarations
        self.images = images
    }
}
