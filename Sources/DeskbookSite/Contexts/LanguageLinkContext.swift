/// One language in the language switcher: an element of `page.languages`.
struct LanguageLinkContext: TemplateContext {
    /// The language code, for `hreflang` and `lang`.
    var lang: String
    /// The language's name in that language (`language_name` of its theme strings).
    var name: String
    /// The page's translation, or else the home page of that language.
    var url: String
    /// `true` for the page's own language.
    var current: Bool
    /// `true` when the page exists in that language.
    var translated: Bool

    func child(named key: String) -> Any? {
        switch key {
        case "lang": lang
        case "name": name
        case "url": url
        case "current": current
        case "translated": translated
        default: nil
        }
    }
}
