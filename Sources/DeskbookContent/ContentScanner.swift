import DeskbookCore
import Foundation

/// Walks `content/<language>/`, reading Markdown files and snippets and reporting unreadable entries and the
/// symbolic links its file system does not follow (see `ConfinedFileSystem`).
public struct ContentScanner: Sendable {
    public var fileSystem: any FileSystem
    /// The site folder as given on the command line; diagnostics are printed relative to it.
    public var siteRoot: String

    public init(fileSystem: any FileSystem, siteRoot: String) {
        self.fileSystem = fileSystem
        self.siteRoot = siteRoot
    }

    /// Everything read from the content folder.
    public struct Result: Sendable {
        public var files: [ContentFile] = []
        /// Snippet bodies per language, by name.
        public var snippets: [String: [String: String]] = [:]
        public var diagnostics: [Diagnostic] = []
    }

    static let snippetFolder = "_snippets"

    public func scan(languages: [String]) -> Result {
        var result = Result()
        let contentRoot = Path.join(siteRoot == "." ? "" : siteRoot, "content")
        let walker = FolderWalker(fileSystem: fileSystem)
        for language in languages {
            let languageRoot = Path.join(contentRoot, language)
            guard fileSystem.kind(of: languageRoot) != nil else {
                result.diagnostics.append(.warning("no content for language '\(language)': \(languageRoot) does not exist", at: SourceLocation(path: languageRoot)))
                continue
            }
            let problems = walker.walk(languageRoot) { entry in
                if entry.isDirectory {
                    guard entry.relativePath == Self.snippetFolder else { return true }
                    readSnippets(in: entry.path, language: language, into: &result)
                    return false
                }
                if entry.path.hasSuffix(".md"), let data = read(entry.path, into: &result) {
                    result.files.append(ContentFile(displayPath: entry.path, language: language, contentPath: entry.relativePath, data: data))
                }
                return false
            }
            result.diagnostics += problems
        }
        return result
    }

    /// Reads the `.md` files directly in a language's snippet folder; its subfolders are not read.
    private func readSnippets(in directory: String, language: String, into result: inout Result) {
        let problems = FolderWalker(fileSystem: fileSystem).walk(directory) { entry in
            let name = Path.fileName(of: entry.path)
            guard !entry.isDirectory, name.hasSuffix(".md"), let data = read(entry.path, into: &result) else { return false }
            switch SourceDecoder.decode(data, path: entry.path) {
            case .success(let text):
                let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
                result.snippets[language, default: [:]][String(name.dropLast(3))] = trimmed
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic)
            }
            return false
        }
        result.diagnostics += problems
    }

    private func read(_ path: String, into result: inout Result) -> Data? {
        do {
            return try fileSystem.contents(of: path)
        } catch {
            result.diagnostics.append(.error("cannot read file: \(error)", at: SourceLocation(path: path)))
            return nil
        }
    }
}
