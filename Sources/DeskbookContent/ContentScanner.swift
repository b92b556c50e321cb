import DeskbookCore
import Foundation

/// Walks `content/<language>/`, reading Markdown files and snippets and reporting unreadable entries and link loops.
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
        for language in languages {
            let languageRoot = Path.join(contentRoot, language)
            guard fileSystem.kind(of: languageRoot) != nil else {
                result.diagnostics.append(.warning("no content for language '\(language)': \(languageRoot) does not exist", at: SourceLocation(path: languageRoot)))
                continue
            }
            var visited: Set<String> = []
            walk(languageRoot, relative: "", language: language, visited: &visited, into: &result)
        }
        return result
    }

    private func walk(_ directory: String, relative: String, language: String, visited: inout Set<String>, into result: inout Result) {
        let real = fileSystem.resolvingSymlinks(directory)
        guard visited.insert(real).inserted else {
            result.diagnostics.append(.error("symbolic link loop: \(directory) leads back to \(real)", at: SourceLocation(path: directory)))
            return
        }
        defer { visited.remove(real) }
        let entries: [String]
        do {
            entries = try fileSystem.list(directory)
        } catch {
            result.diagnostics.append(.error("cannot read folder: \(error.localizedDescription)", at: SourceLocation(path: directory)))
            return
        }
        for name in entries where !name.hasPrefix(".") {
            let path = Path.join(directory, name)
            let relativePath = Path.join(relative, name)
            var kind = fileSystem.kind(of: path)
            if kind == .symbolicLink {
                let target = fileSystem.resolvingSymlinks(path)
                kind = target == path ? nil : fileSystem.kind(of: target)
                if kind == nil {
                    result.diagnostics.append(.error("broken or looping symbolic link", at: SourceLocation(path: path)))
                    continue
                }
            }
            switch kind {
            case .directory where name == Self.snippetFolder && relative.isEmpty:
                readSnippets(in: path, language: language, into: &result)
            case .directory:
                walk(path, relative: relativePath, language: language, visited: &visited, into: &result)
            case .file where name.hasSuffix(".md"):
                guard let data = read(path, into: &result) else { continue }
                result.files.append(ContentFile(displayPath: path, language: language, contentPath: relativePath, data: data))
            default:
                continue
            }
        }
    }

    private func readSnippets(in directory: String, language: String, into result: inout Result) {
        for name in (try? fileSystem.list(directory)) ?? [] where name.hasSuffix(".md") {
            let path = Path.join(directory, name)
            guard let data = read(path, into: &result) else { continue }
            switch SourceDecoder.decode(data, path: path) {
            case .success(let text):
                let trimmed = text.hasSuffix("\n") ? String(text.dropLast()) : text
                result.snippets[language, default: [:]][String(name.dropLast(3))] = trimmed
            case .failure(let diagnostic):
                result.diagnostics.append(diagnostic)
            }
        }
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
