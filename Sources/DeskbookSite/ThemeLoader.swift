import DeskbookCore
import Foundation
import Mustache
import Yams

/// Loads a theme from layered folders: files in earlier roots override the same paths in later ones.
public struct ThemeLoader: Sendable {
    /// The file system holding the site and its own `themes/` folder.
    public var fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// The theme folders to merge for a site, most specific first: the theme's folder in the site and among
    /// the built-in themes, then the built-in default beneath a theme of another name. A theme that neither
    /// place has is an error at `declaredAt`, so a misspelt name never falls back to the default unnoticed.
    public func roots(siteRoot: String, theme: String, builtinThemes: ThemeFolder, declaredAt: SourceLocation) throws -> [ThemeFolder] {
        let candidates = [ThemeFolder(fileSystem: fileSystem, path: Path.join(siteRoot, "themes", theme)), builtinThemes.appending(theme)]
        if let refused = candidates.first(where: { $0.fileSystem.kind(of: $0.path) == .symbolicLink }) {
            throw DiagnosticList([.error("theme folder \(refused.path): symbolic link not followed: \(refused.fileSystem.unfollowedLinkReason(refused.path))", at: declaredAt)])
        }
        var seen: Set<String> = []
        var roots = candidates.filter { seen.insert($0.path).inserted && $0.isDirectory }
        guard !roots.isEmpty else {
            throw DiagnosticList([.error("theme '\(theme)' not found; looked in \(candidates.map(\.path).joined(separator: ", "))", at: declaredAt)])
        }
        if theme != BuiltinThemes.defaultName { roots.append(builtinThemes.appending(BuiltinThemes.defaultName)) }
        return roots
    }

    public func load(roots: [ThemeFolder]) throws -> Theme {
        let existing = roots.filter { $0.fileSystem.kind(of: $0.path) != nil }
        guard !existing.isEmpty else {
            throw DiagnosticList([.error("theme not found; looked in \(roots.map(\.path).joined(separator: ", "))", at: SourceLocation(path: roots.first?.path ?? "themes"))])
        }
        let templateFiles = try merged(existing, folder: "templates")
        var templates: [String: MustacheTemplate] = [:]
        var diagnostics: [Diagnostic] = []
        var fingerprint = Hasher()
        for relative in templateFiles.keys.sorted() {
            fingerprint.combine(relative)
            fingerprint.combine(templateFiles[relative]!.data.count)
            templateFiles[relative]!.data.withUnsafeBytes { fingerprint.combine(bytes: $0) } // Data's own hash reads only its start
        }
        _ = TemplateEscaping.registered
        for (relative, (path, data)) in templateFiles where relative.hasSuffix(".mustache") {
            do {
                let source = TemplateEscaping.pragma + String(decoding: data, as: UTF8.self)
                templates[String(relative.dropLast(".mustache".count))] = try MustacheTemplate(string: source)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template error: \(error.error)", at: SourceLocation(path: path, line: error.context.lineNumber, column: error.context.columnNumber)))
            }
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        var strings: [String: [String: String]] = [:]
        for (relative, (path, data)) in try merged(existing, folder: "i18n") where relative.hasSuffix(".yml") {
            let language = String(relative.dropLast(4))
            switch YAMLSource(path: path).parse(String(decoding: data, as: UTF8.self)) {
            case .success(let node):
                if case .map(let values)? = node.map(YAMLSource.value(of:)) { strings[language] = values.compactMapValues(\.text) }
            case .failure(let diagnostic):
                throw DiagnosticList([diagnostic])
            }
        }
        let assets = try merged(existing, folder: "assets").sorted { $0.key < $1.key }.map { ThemeAsset(themePath: $0.key, data: $0.value.data) }
        let staticFiles = try merged(existing, folder: "static").mapValues(\.data)
        return Theme(templates: templates, assets: assets, staticFiles: staticFiles, strings: strings, templatesFingerprint: fingerprint.finalize())
    }

    /// Files under `folder` in every root, keyed by relative path; earlier roots win. Unreadable files and
    /// symbolic links that are not followed are errors.
    private func merged(_ roots: [ThemeFolder], folder: String) throws -> [String: (path: String, data: Data)] {
        var files: [String: (path: String, data: Data)] = [:]
        var diagnostics: [Diagnostic] = []
        for root in roots.reversed() {
            let problems = FolderWalker(fileSystem: root.fileSystem).walk(root.appending(folder).path) { entry in
                guard !entry.isDirectory else { return true }
                do {
                    files[entry.relativePath] = (entry.path, try root.fileSystem.contents(of: entry.path))
                } catch {
                    diagnostics.append(.error("cannot read theme file: \(error)", at: SourceLocation(path: entry.path)))
                }
                return false
            }
            diagnostics += problems
        }
        guard diagnostics.isEmpty else { throw DiagnosticList(diagnostics) }
        return files
    }
}
