import DeskbookCore
import Foundation

/// Passage vectors by a hash of the model and the passage text, kept in the site's
/// `.deskbook/embeddings/<model>.bin` between builds, so that an unchanged document is never embedded twice.
/// A long-running preview keeps one cache for all its builds and re-embeds only what an edit changed.
///
/// The file holds the vectors of the last build: per entry an 8-byte key, a Float32 scale and the bytes of the
/// vector. A damaged file is read as empty and rewritten.
public final class EmbeddingCache: @unchecked Sendable {
    private let fileSystem: any FileSystem
    private let folder: String
    private let lock = NSLock()
    private var loadedModel: String?
    private var entries: [UInt64: QuantizedVector] = [:]

    /// A cache in `<source>/.deskbook/embeddings/`.
    public init(source: String, fileSystem: any FileSystem = LocalFileSystem()) {
        self.fileSystem = fileSystem
        folder = Path.join(source, ".deskbook/embeddings")
    }

    /// The key of `passage` for `model`.
    static func key(model: String, passage: String) -> UInt64 {
        ContentHash.fnv1a(Array((model + "\n" + passage).utf8))
    }

    /// The vector of each passage: cached ones as they are, the others embedded by `embedder` in batches (the
    /// engine spreads a batch over the cores). The file is rewritten when the set of vectors changed.
    public func vectors(for passages: [String], embedder: any TextEmbedder, batchSize: Int = 16) throws -> [QuantizedVector] {
        lock.lock()
        defer { lock.unlock() }
        let model = embedder.modelID
        if loadedModel != model {
            entries = read(model: model, dimension: embedder.dimension)
            loadedModel = model
        }
        let keys = passages.map { Self.key(model: model, passage: $0) }
        var missing: [(key: UInt64, passage: String)] = []
        var seen = Set<UInt64>()
        for (key, passage) in zip(keys, passages) where entries[key] == nil && seen.insert(key).inserted {
            missing.append((key, passage))
        }
        for start in stride(from: 0, to: missing.count, by: batchSize) {
            let batch = missing[start..<min(start + batchSize, missing.count)]
            let vectors = try embedder.embed(batch.map(\.passage), as: .passage)
            for (entry, vector) in zip(batch, vectors) { entries[entry.key] = QuantizedVector(vector) }
        }
        let used = Set(keys)
        if !missing.isEmpty || used.count != entries.count {
            entries = entries.filter { used.contains($0.key) }
            write(model: model)
        }
        return keys.map { entries[$0]! }
    }

    private func file(model: String) -> String { Path.join(folder, model + ".bin") }

    private func read(model: String, dimension: Int) -> [UInt64: QuantizedVector] {
        guard let data = try? fileSystem.contents(of: file(model: model)) else { return [:] }
        let bytes = [UInt8](data)
        let size = 12 + dimension
        guard bytes.count % size == 0 else { return [:] }
        var entries: [UInt64: QuantizedVector] = [:]
        for offset in stride(from: 0, to: bytes.count, by: size) {
            let key = bytes[offset..<(offset + 8)].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let pattern = bytes[(offset + 8)..<(offset + 12)].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            let values = bytes[(offset + 12)..<(offset + size)].map { Int8(bitPattern: $0) }
            entries[key] = QuantizedVector(scale: Float(bitPattern: pattern), values: values)
        }
        return entries
    }

    private func write(model: String) {
        var data = Data()
        for (key, vector) in entries.sorted(by: { $0.key < $1.key }) {
            withUnsafeBytes(of: key.littleEndian) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: vector.scale.bitPattern.littleEndian) { data.append(contentsOf: $0) }
            vector.values.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        // Written beside and moved into place, so a build stopped halfway leaves the old file whole.
        let path = file(model: model)
        let partial = path + ".partial"
        try? fileSystem.createDirectory(folder)
        do {
            try fileSystem.write(data, to: partial)
            try fileSystem.remove(path)
            try fileSystem.move(partial, to: path)
        } catch {
            try? fileSystem.remove(partial)
        }
    }
}
