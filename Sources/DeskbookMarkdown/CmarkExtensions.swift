import CCmarkGFM

/// The GFM extensions Deskbook enables, registered with cmark-gfm once per process.
enum CmarkExtensions {
    /// GFM's tag filter is left out: `RawHTML` lets through only allowlisted tags, which it never filters.
    static let names = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registers the core extensions; a static `let` makes this run exactly once, thread-safely.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parser options: raw HTML is rendered (after `RawHTML` made it safe), footnotes are on.
    static let options: Int32 = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES
}
