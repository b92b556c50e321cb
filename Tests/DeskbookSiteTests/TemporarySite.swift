import DeskbookCore
import DeskbookSite
import Foundation

/// A site written to a fresh temporary folder on disk, removed when the value is released.
final class TemporarySite {
    let root: String
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    init(files: [String: String] = [:], config: String = "title: Help\nbase_url: https://help.example.com/\nlanguages: [en, ru]\n") throws {
        root = NSTemporaryDirectory() + "deskbook-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write("deskbook.yml", config)
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    func write(_ path: String, _ text: String) throws {
        try writeData(path, Data(text.utf8))
    }

    func writeData(_ path: String, _ data: Data) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try data.write(to: URL(fileURLWithPath: full))
    }

    func read(_ path: String) -> String? {
        try? String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    var output: String { root + "/public" }

    func build(strict: Bool = false, drafts: Bool = false, search: Bool = true) async -> BuildReport {
        let options = BuildOptions(source: root, output: output, includeDrafts: drafts, strict: strict, builtinThemes: TemporarySite.repositoryRoot + "/themes", includeSearch: search)
        return await SiteBuilder(now: { Date(timeIntervalSince1970: 1_790_000_000) }).build(options)
    }
}

func page(_ title: String, _ body: String = "", extra: String = "") -> String {
    "---\ntitle: \(title)\n\(extra)---\n\(body)"
}
