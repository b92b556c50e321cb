/// A text after step 1 of the analysis (see `TextAnalyzer`), with the UTF-16 range in the source
/// text of each of its scalars: `starts[k]..<ends[k]` for `scalars[k]`.
struct NormalizedText {
    private(set) var scalars: [Unicode.Scalar] = []
    private(set) var starts: [Int] = []
    private(set) var ends: [Int] = []

    init(_ text: String) {
        let capacity = text.utf8.count
        scalars.reserveCapacity(capacity)
        starts.reserveCapacity(capacity)
        ends.reserveCapacity(capacity)
        let folding = ScalarFolding.shared
        var cache: [Unicode.Scalar: [Unicode.Scalar]] = [:]
        var offset = 0
        for scalar in text.unicodeScalars {
            let next = offset + UTF16.width(scalar)
            if scalar.isASCII {
                let isUppercase = scalar.value >= 0x41 && scalar.value <= 0x5A
                append(isUppercase ? Unicode.Scalar(UInt8(scalar.value) + 0x20) : scalar, offset, next)
            } else {
                let count = scalars.count
                folding.forEachScalar(of: scalar, cache: &cache) { folded in
                    if folded != ScalarFolding.breve {
                        append(folded, offset, next)
                    } else if scalars.last == "и" {
                        scalars[scalars.count - 1] = "й"
                    }
                }
                if scalars.count == count, !ends.isEmpty { ends[ends.count - 1] = next }
            }
            offset = next
        }
    }

    private mutating func append(_ scalar: Unicode.Scalar, _ start: Int, _ end: Int) {
        scalars.append(scalar)
        starts.append(start)
        ends.append(end)
    }
}
