import CCmarkGFM

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
}
