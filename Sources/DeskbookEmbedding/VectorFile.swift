import DeskbookCore
import Foundation

/// One language's document vectors as `deskbook build` writes them, `search/<lang>/vectors.bin`, beside the
/// lexical index: what a result shows (URL, title, kind, excerpt) and its vector, for the search commands and
/// the service. The browser never downloads it.
///
/// Layout: "DBV1", a UInt32 (little-endian) length, that many bytes of JSON (`Header`), then per document a
/// Float32 scale and `dimension` signed bytes, in the header's order.
public struct VectorFile: Sendable {
    /// What a search result shows for a document found by meaning only.
    public struct Document: Codable, Sendable, Hashable {
        public var url: String
        public var title: String
        public var kind: String
        /// Plain text, the start of the document's excerpt.
        public var excerpt: String

        public init(url: String, title: String, kind: String, excerpt: String) {
            self.url = url
            self.title = title
            self.kind = kind
            self.excerpt = excerpt
        }
    }

    struct Header: Codable {
        var model: String
        var dimension: Int
        var documents: [Document]
    }

    public var model: String
    public var dimension: Int
    public var documents: [Document]
    public var vectors: [QuantizedVector]

    public init(model: String, dimension: Int, documents: [Document], vectors: [QuantizedVector]) {
        self.model = model
        self.dimension = dimension
        self.documents = documents
        self.vectors = vectors
    }

    /// The file of `language` relative to the search/ folder.
    public static func path(language: String) -> String { language + "/vectors.bin" }

    static let magic = Array("DBV1".utf8)

    /// The file's bytes; the same value always gives the same bytes.
    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let header = (try? encoder.encode(Header(model: model, dimension: dimension, documents: documents))) ?? Data()
        var data = Data(Self.magic)
        withUnsafeBytes(of: UInt32(header.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(header)
        data.reserveCapacity(data.count + vectors.count * (4 + dimension))
        for vector in vectors {
            withUnsafeBytes(of: vector.scale.bitPattern.littleEndian) { data.append(contentsOf: $0) }
            vector.values.withUnsafeBytes { data.append(contentsOf: $0) }
        }
        return data
    }

    /// Reads bytes `encoded()` wrote; nil when they are not such a file or are cut short.
    public static func decode(_ data: Data) -> VectorFile? {
        let bytes = [UInt8](data)
        guard bytes.count >= 8, Array(bytes[0..<4]) == magic else { return nil }
        let length = Int(UInt32(bytes[4]) | UInt32(bytes[5]) << 8 | UInt32(bytes[6]) << 16 | UInt32(bytes[7]) << 24)
        guard bytes.count >= 8 + length,
              let header = try? JSONDecoder().decode(Header.self, from: Data(bytes[8..<(8 + length)])),
              header.dimension > 0,
              bytes.count == 8 + length + header.documents.count * (4 + header.dimension)
        else { return nil }
        var vectors: [QuantizedVector] = []
        vectors.reserveCapacity(header.documents.count)
        var offset = 8 + length
        for _ in header.documents {
            let pattern = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            let values = bytes[(offset + 4)..<(offset + 4 + header.dimension)].map { Int8(bitPattern: $0) }
            vectors.append(QuantizedVector(scale: Float(bitPattern: pattern), values: values))
            offset += 4 + header.dimension
        }
        return VectorFile(model: header.model, dimension: header.dimension, documents: header.documents, vectors: vectors)
    }

    /// The `limit` documents most similar to `query`, most similar first, as (index, similarity).
    public func nearest(to query: [Float], limit: Int) -> [(index: Int, similarity: Float)] {
        guard limit > 0 else { return [] }
        let scored = vectors.enumerated().map { (index: $0.offset, similarity: $0.element.similarity(to: query)) }
        return Array(scored.sorted { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.index < $1.index }.prefix(limit))
    }
}
