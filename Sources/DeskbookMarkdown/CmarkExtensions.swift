import CCmarkGFM
import Foundation

/// The GFM extensions Deskbook enables, registered with cmark-gfm once per process.
enum CmarkExtensions {
    /// GFM's tag filter is left out: `RawHTML` lets through only allowlisted tags, which it never filters.
    static let names = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the core extensions; a static `let` makes this run exactly once, thread-safely.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Held while a parser finishes. cmark-gfm 0.29 marks the characters its extensions react to (`:` and `w`
    /// for autolinks, `~` for strikethrough) in one process-wide table, setting them when a parser starts its inline
    /// pass and clearing them when it ends; pages finishing at the same time would clear them under each other and
    /// lose autolinks or strikethrough at random, so the same content would not always give the same HTML.
    static let inlinePass = NSLock()

    /// Parser options: raw HTML is rendered (after `RawHTML` made it safe), footnotes are on.
    static let options: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
}
