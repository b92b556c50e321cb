import CCmarkGFM
import Foundation

/// The GFM extensions Deskbook enables, registered with cmark-gfm once per process.
enum CmarkExtensions {
    static let names = ["table", "strikethrough", "autolink", "tasklist", "tagfilter"]

    /// Registers the core extensions; a static `let` makes this run exactly once, thread-safely.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parser options: raw HTML passes through the tag filter, footnotes are on.
    static let options: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES

    private static let inlineParsing = NSLock()

    /// Finishes `parser`, one parser at a time. Finishing parses the inlines, and cmark-gfm keeps the
    /// characters that start an extension's inlines (":" and "w" of autolinks, "~" of strikethrough) in
    /// one table for the whole process, which each parser fills before and clears after its inlines: two
    /// parsers at once would clear them under each other, and autolinks would appear in one build and
    /// not in the next.
    static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        inlineParsing.withLock { cmark_parser_finish(parser) }
    }
}
