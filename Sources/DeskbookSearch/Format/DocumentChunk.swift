import Foundation

/// What a result shows, as stored in chunk files: a JSON array of rows [url, title, kind, excerpt].
struct DocumentRow: Sendable, Equatable {
    var url: String
    var title: String
    var kind: String
    /// Plain text, cut by `ExcerptText`.
    var excerpt: String
}

/// Encodes and decodes chunk files.
enum DocumentChunk {
    static func encode(_ rows: ArraySlice<DocumentRow>) -> Data {
        let array = rows.map { [$0.url, $0.title, $0.kind, $0.excerpt] }
        return try! JSONSerialization.data(withJSONObject: array, options: [.withoutEscapingSlashes])
    }

    static func decode(_ data: Data, file: String) throws -> [DocumentRow] {
        guard let rows = try? JSONSerialization.jsonObject(with: data) as? [[String]],
              rows.allSatisfy({ $0.count == 4 })
        else { throw SearchIndexError.corrupt(file) }
        return rows.map { DocumentRow(url: $0[0], title: $0[1], kind: $0[2], excerpt: $0[3]) }
    }
}
