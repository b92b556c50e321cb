import Foundation

/// Finds the themes that ship with Deskbook.
enum BuiltinThemes {
    /// `DESKBOOK_THEMES`, else a `themes/` folder holding `default/` above the executable, else the shared install folder.
    static func locate() -> String? {
        let fileManager = FileManager.default
        if let configured = ProcessInfo.processInfo.environment["DESKBOOK_THEMES"] { return configured }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("themes")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("default/templates").path) { return candidate.path }
            let shared = folder.appendingPathComponent("share/deskbook/themes")
            if fileManager.fileExists(atPath: shared.appendingPathComponent("default/templates").path) { return shared.path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
