import Foundation

/// Where the preview prints: build summaries to standard output, diagnostics to standard error.
public struct PreviewConsole: Sendable {
    public var info: @Sendable (String) -> Void
    public var error: @Sendable (String) -> Void

    public init(info: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void) {
        self.info = info
        self.error = error
    }

    /// The terminal.
    public static let terminal = PreviewConsole(
        info: { line in FileHandle.standardOutput.write(Data((line + "\n").utf8)) },
        error: { line in FileHandle.standardError.write(Data((line + "\n").utf8)) }
    )

    /// Prints nothing, for tests.
    public static let silent = PreviewConsole(info: { _ in }, error: { _ in })
}
