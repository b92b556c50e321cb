/// Runs `transform` over `items` on all cores and returns the results in the input order.
public func concurrentMap<Item: Sendable, Result: Sendable>(
    _ items: [Item],
    _ transform: @escaping @Sendable (Item) -> Result
) async -> [Result] {
    guard items.count > 1 else { return items.map(transform) }
    let workers = max(1, min(items.count, ProcessorCount.value * 2))
    let chunkSize = (items.count + workers - 1) / workers
    return await withTaskGroup(of: (Int, [Result]).self) { group in
        for start in stride(from: 0, to: items.count, by: chunkSize) {
            let chunk = Array(items[start..<min(start + chunkSize, items.count)])
            group.addTask { (start, chunk.map(transform)) }
        }
        var chunks: [(Int, [Result])] = []
        for await chunk in group { chunks.append(chunk) }
        return chunks.sorted { $0.0 < $1.0 }.flatMap(\.1)
    }
}
