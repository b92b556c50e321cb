import Foundation

/// The files of a built index, with paths relative to the output's search/ folder.
public struct SearchIndex: Sendable {
    /// One file of the index.
    public struct File: Sendable {
        /// For example "en/index.json" or "en/s.5e6f7a8b9c.bin".
        public var path: String
        public var data: Data
    }

    public var files: [File]
}
