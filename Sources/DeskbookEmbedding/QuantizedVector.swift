/// A unit vector stored in one byte per dimension: `values[i] * scale` is the i-th component. Cosine
/// similarity with a float query loses about 1% to the rounding, which ranking does not notice.
public struct QuantizedVector: Sendable, Hashable {
    public var scale: Float
    public var values: [Int8]

    public init(scale: Float, values: [Int8]) {
        self.scale = scale
        self.values = values
    }

    /// The vector rounded to bytes, its largest component becoming ±127.
    public init(_ vector: [Float]) {
        let largest = vector.reduce(Float(0)) { max($0, abs($1)) }
        scale = largest > 0 ? largest / 127 : 1
        let scale = self.scale
        values = vector.map { Int8(($0 / scale).rounded()) }
    }

    /// The dot product with `query`: the cosine similarity when both are unit vectors.
    public func similarity(to query: [Float]) -> Float {
        var sum: Float = 0
        for index in 0..<min(values.count, query.count) { sum += Float(values[index]) * query[index] }
        return sum * scale
    }

    /// The dot product with another stored vector.
    public func similarity(to other: QuantizedVector) -> Float {
        var sum: Int32 = 0
        for index in 0..<min(values.count, other.values.count) { sum += Int32(values[index]) * Int32(other.values[index]) }
        return Float(sum) * scale * other.scale
    }
}
