import DeskbookCore
import DeskbookServer
import DeskbookSite
import Foundation

/// A small site in a fresh temporary folder, built with the repository's themes; removed when released.
final class TestSite: @unchecked Sendable {
    let root: String
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    init(files: [String: String] = TestSite.basicPages) throws {
        root = NSTemporaryDirectory() + "deskbook-server-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try write("deskbook.yml", "title: Help\nbase_url: https://help.example.com/\nlanguages: [en]\n")
        for (path, text) in files { try write(path, text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    static let basicPages = [
        "content/en/_index.md": "---\ntitle: Home\n---\nWelcome.\n",
        "content/en/billing/_index.md": "---\ntitle: Billing\n---\n",
        "content/en/billing/refunds.md": "---\ntitle: Refunds\n---\nRefunds take five days.\n\nSee [invoices](invoices.md).\n",
        "content/en/billing/invoices.md": "---\ntitle: Invoices\n---\nInvoices are sent monthly.\n",
    ]

    func write(_ path: String, _ text: String) throws {
        let full = root + "/" + path
        try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: full))
    }

    func options(drafts: Bool = false, output: String? = nil) -> BuildOptions {
        BuildOptions(source: root, output: output, includeDrafts: drafts, builtinThemes: Self.repositoryRoot + "/themes")
    }

    /// A session serving this site, built once.
    func session(drafts: Bool = false) async -> PreviewSession {
        let session = PreviewSession(producer: IncrementalSiteProducer(options: options(drafts: drafts)), siteRoot: root, console: .silent)
        await session.start()
        return session
    }
}
