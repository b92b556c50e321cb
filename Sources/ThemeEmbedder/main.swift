// Writes a Swift file that holds a theme's files as base64 string literals, so the `deskbook` binary
// carries its default theme (run by Plugins/EmbedDefaultTheme at build time). String literals compile
// quickly; byte array literals of the same size would not.
//
// Usage: ThemeEmbedder OUTPUT THEME_FOLDER FILE...   (each FILE lies inside THEME_FOLDER)
import Foundation

/// Prints `message` to standard error and ends the process with `code`.
func fail(_ message: String, code: Int32 = 1) -> Never {
    FileHandle.standardError.write(Data((message + "\n").utf8))
    exit(code)
}

/// The text between the quotes of a Swift string literal for `text`: printable ASCII as is, the rest escaped.
func swiftLiteralBody(_ text: String) -> String {
    text.unicodeScalars.map { scalar in
        (0x20...0x7E).contains(scalar.value) && scalar != "\"" && scalar != "\\"
            ? String(scalar) : "\\u{\(String(scalar.value, radix: 16))}"
    }.joined()
}

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else { fail("usage: ThemeEmbedder OUTPUT THEME_FOLDER FILE...", code: 2) }
let output = URL(fileURLWithPath: arguments[0])
let folder = URL(fileURLWithPath: arguments[1]).standardizedFileURL.path + "/"

var source = """
// Generated at build time by ThemeEmbedder (Plugins/EmbedDefaultTheme); do not edit.

/// The theme's files by their path inside the theme folder, each as base64.
let embeddedThemeFiles: [(path: String, base64: String)] = [

"""
for file in arguments.dropFirst(2).map({ URL(fileURLWithPath: $0).standardizedFileURL.path }).sorted() {
    guard file.hasPrefix(folder) else { fail("\(file): error: not inside \(folder)") }
    guard let data = FileManager.default.contents(atPath: file) else { fail("\(file): error: cannot be read") }
    source += "    (\"\(swiftLiteralBody(String(file.dropFirst(folder.count))))\", \"\(data.base64EncodedString())\"),\n"
}
source += "]\n"
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    fail("\(output.path): error: \(error.localizedDescription)")
}
