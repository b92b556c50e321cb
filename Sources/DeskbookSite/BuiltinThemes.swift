import DeskbookCore
import DeskbookDefaultTheme
import Foundation

/// The themes compiled into Deskbook, so the binary needs no files beside it.
public enum BuiltinThemes {
    /// The theme a site gets when it names none, and the layer beneath every other theme.
    public static let defaultName = "default"

    /// The files of the default theme by their path inside the theme folder (`templates/base.mustache`).
    public static var defaultThemeFiles: [String: Data] { DefaultThemeFiles.all }

    /// An in-memory folder holding one folder per built-in theme; diagnostics name its files
    /// `(built-in)/default/...`.
    public static let folder: ThemeFolder = {
        let fileSystem = MemoryFileSystem()
        let root = "(built-in)"
        for (path, data) in defaultThemeFiles {
            try? fileSystem.write(data, to: Path.join(root, defaultName, path))
        }
        return ThemeFolder(fileSystem: fileSystem, path: root)
    }()
}
