import Foundation

/// The files of the last build's pages and listings with what each was rendered from, so that the next build
/// of a long-running preview renders again only the pages whose `RenderInputs` or language changed.
struct RenderMemo: Sendable {
    /// One file and its inputs, shared rather than copied: builds pass every page's entry on.
    final class Entry: Sendable {
        let inputs: RenderInputs
        let data: Data

        init(inputs: RenderInputs, data: Data) {
            self.inputs = inputs
            self.data = data
        }
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
