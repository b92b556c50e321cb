import CFuzzerDriver
import Foundation

/// Starts libFuzzer from a fuzz target's main.
///
/// SwiftPM renames an executable's main and points the linker's `main` at it, so the main libFuzzer brings
/// along is never used: each target calls `run`, which hands the command line to libFuzzer's driver.
public enum FuzzDriver {
    /// Runs libFuzzer with the process's arguments; it calls `test` with each input (bytes and count).
    public static func run(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, test))
    }
}
