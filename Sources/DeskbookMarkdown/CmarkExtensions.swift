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

    /// Held while cmark-gfm finishes a parse, which is when it parses inlines. Version 0.29.0.gfm.6 keeps the characters that start extension syntax
    /// (`:` and `w` of autolinks, `~`, `|`) in one table for the whole process, which each parse fills when
    /// it starts and clears when it ends; parses that overlap clear it under each other and lose autolinks
    /// at random. Rendering does not touch that table and stays parallel.
    static let parsing = NSLock()

    /// Parser options: raw HTML passes through the tag filter, footnotes are on.
    static let options: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
}
