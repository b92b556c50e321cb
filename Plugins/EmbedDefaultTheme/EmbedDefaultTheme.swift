import Foundation
import PackagePlugin

/// Compiles themes/default into the target it is applied to as base64 string literals (Sources/ThemeEmbedder),
/// so the `deskbook` binary needs nothing beside it. Every theme file is an input, and SwiftPM notices files
/// being added or removed through the link Sources/DeskbookDefaultTheme/theme: the embedded copy is
/// regenerated on the next build after any change.
@main
struct EmbedDefaultTheme: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let theme = context.package.directoryURL.appending(path: "themes/default")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedThemeFiles.swift")
        let files = themeFiles(under: theme)
        return [
            .buildCommand(
                displayName: "Embedding the default theme (\(files.count) files)",
                executable: try context.tool(named: "ThemeEmbedder").url,
                arguments: [output.path, theme.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            ),
        ]
    }

    /// The theme's files, sorted, leaving out hidden ones (editor and system files such as .DS_Store).
    private func themeFiles(under folder: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        return (walker?.compactMap { $0 as? URL } ?? [])
            .filter { (try? $0.resourceValues(forKeys: Set(keys)).isRegularFile) == true }
            .sorted { $0.path < $1.path }
    }
}
