/// Integers keyed by token texts (normalized UTF-8 bytes), looked up by the bytes themselves, so
/// that a token seen before costs one hash and one comparison and makes no string. Open addressing
/// with linear probing over FNV-1a hashes; keys are kept one after another in one byte array.
struct TokenTable {
    private struct Entry {
        var hash: UInt32
        var offset: Int32
        var length: Int32
        var value: Int32
    }

    private var keys: [UInt8] = []
    private var entries: [Entry] = []
    /// Entry index + 1 for each slot, 0 for an empty one; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 1 << 12)

    /// The value of `key`, nil when the table does not have it.
    func value(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(key)
        var slot = Int(hash) & (slots.count - 1)
        while slots[slot] != 0 {
            let entry = entries[Int(slots[slot]) - 1]
            if entry.hash == hash, Int(entry.length) == key.count, matches(entry, key) { return entry.value }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Adds `key`, which the table does not have, with `value`.
    mutating func insert(_ key: UnsafeBufferPointer<UInt8>, value: Int32) {
        entries.append(Entry(hash: Self.hash(key), offset: Int32(keys.count), length: Int32(key.count), value: value))
        keys.append(contentsOf: key)
        if entries.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for index in entries.indices { place(index) }
        } else {
            place(entries.count - 1)
        }
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in key { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        return hash
    }

    /// Puts entry `index` into the first free slot from its hash on.
    private mutating func place(_ index: Int) {
        var slot = Int(entries[index].hash) & (slots.count - 1)
        while slots[slot] != 0 { slot = (slot + 1) & (slots.count - 1) }
        slots[slot] = Int32(index + 1)
    }

    private func matches(_ entry: Entry, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        keys.withUnsafeBufferPointer { keys in
            var position = Int(entry.offset)
            for byte in key {
                guard keys[position] == byte else { return false }
                position += 1
            }
            return true
        }
    }
}
