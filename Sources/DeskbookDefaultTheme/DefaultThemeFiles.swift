import Foundation

/// The files of themes/default, compiled into Deskbook at build time by the EmbedDefaultTheme plugin.
public enum DefaultThemeFiles {
    /// Every file by its path inside the theme folder, such as `templates/base.mustache`.
    public static let all: [String: Data] = Dictionary(
        uniqueKeysWithValues: embeddedThemeFiles.map { ($0.path, Data(base64Encoded: $0.base64) ?? Data()) }
    )
}
