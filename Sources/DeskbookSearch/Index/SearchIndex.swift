import Foundation

/// The files of a built index, with paths relative to the output's search/ folder.
public struct SearchIndex: Sendable {
    /// One file of the index.
    public struct File: Sendable {
        /// For example "en/manifest.1a2b3c4d.json" or "en/s3.5e6f7a8b.bin".
        public var path: String
        public var data: Data
    }

    public var files: [File]
    /// For each language, the path of its manifest relative to the search/ folder, for pages that
    /// hand it to the runtime (`configure({manifests})`) to save fetching `<lang>/index.json`.
    public var manifests: [String: String]
}
