import Foundation

/// The PostgreSQL server the store tests use: `DESKBOOK_TEST_POSTGRES_URL` when set (.ci/run sets it), else a
/// throwaway cluster that `.ci/postgres start` brings up and that is stopped when the tests end. Nil only when
/// no PostgreSQL can be started (the package is not installed); the PostgreSQL cases are then left out.
enum TestPostgres {
    static let url: String? = {
        if let given = ProcessInfo.processInfo.environment["DESKBOOK_TEST_POSTGRES_URL"], !given.isEmpty { return given }
        guard let started = script("start") else {
            print("note: no PostgreSQL could be started (.ci/postgres start failed); the PostgreSQL store tests are skipped")
            return nil
        }
        atexit { _ = TestPostgres.script("stop") }
        return started
    }()

    private static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".ci/postgres").path

    /// Runs `.ci/postgres <action>` on a port of the tests' own; its last line of output, or nil when it failed.
    private static func script(_ action: String) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script, action]
        var environment = ProcessInfo.processInfo.environment
        environment["DESKBOOK_PG_PORT"] = environment["DESKBOOK_PG_PORT"] ?? "55433"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").last.map(String.init)
    }
}
