import Foundation

/// The files of the last build's pages and listings with what each was rendered from, so that the next build
/// of a long-running preview renders again only the pages whose `RenderInputs` or language changed.
struct RenderMemo: Sendable {
    struct Entry: Sendable {
        var inputs: RenderInputs
        var data: Data
    }

    /// Each language's shared inputs.
    var languages: [String: LanguageInputs] = [:]
    /// The related pages of the build's content pages.
    var related = RelatedPages(byPage: [:])
    /// By output path.
    var files: [String: Entry] = [:]

    /// The bytes rendered last time from the same inputs, if any.
    func data(path: String, inputs: RenderInputs, language: LanguageInputs?) -> Data? {
        guard let entry = files[path], let language, languages[inputs.page.lang] == language, entry.inputs == inputs else { return nil }
        return entry.data
    }
}
