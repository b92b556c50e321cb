import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The PostgreSQL server the store tests use: `DESKBOOK_TEST_POSTGRES_URL` when set (.ci/run starts one cluster
/// and sets it), else a throwaway cluster that `.ci/postgres start` brings up once for this test process and that
/// is stopped when the process ends. Each test works in a schema of its own (see `StoreFixture`). Nil only when
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

    /// How long a test waits for its store to connect and create its tables: long, as a loaded machine runs
    /// many store tests at once.
    static let connectTimeout: Duration = .seconds(120)

    private static let script = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".ci/postgres").path

    /// Runs `.ci/postgres <action>` on a port of the tests' own; its last line of output, or nil when it failed.
    ///
    /// The output goes to a file rather than a pipe, since the server it starts would keep a pipe open; and the
    /// script is awaited with `waitpid`, which does not depend on a run loop (Foundation's `Process` can wait
    /// for ever when it is first used inside a static initializer).
    private static func script(_ action: String) -> String? {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("deskbook-postgres-\(getpid())-\(action).out").path
        defer { unlink(output) }
        var environment = ProcessInfo.processInfo.environment
        environment["DESKBOOK_PG_PORT"] = environment["DESKBOOK_PG_PORT"] ?? "55433"
        let arguments = ["/bin/bash", script, action]
        let environmentLines = environment.map { "\($0.key)=\($0.value)" }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid = pid_t()
        let spawned = withCStrings(arguments) { argv in
            withCStrings(environmentLines) { envp in posix_spawn(&pid, "/bin/bash", &actions, nil, argv, envp) }
        }
        guard spawned == 0 else { return nil }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // Exited normally with status 0.
        guard status & 0x7F == 0, (status >> 8) & 0xFF == 0 else { return nil }
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        return text.split(separator: "\n").last.map(String.init)
    }

    /// Calls `body` with a NULL-terminated C array of `strings`.
    private static func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
