import Foundation

/// The bytes libFuzzer hands to a target, with the ways the targets read them.
public struct FuzzInput: Sendable {
    public let data: Data

    /// Copies the `size` bytes at `bytes` (nil when the input is empty).
    public init(_ bytes: UnsafePointer<UInt8>?, _ size: Int) {
        data = bytes.map { Data(bytes: $0, count: size) } ?? Data()
    }

    /// The bytes as text, invalid UTF-8 replaced, for entry points that take a String.
    public var text: String { String(decoding: data, as: UTF8.self) }

    /// A number that depends on every byte (FNV-1a) and on `salt`, mixed as splitmix64 does: choices derived
    /// from it (a language, a time) stay the same when the input is replayed, and vary independently of each
    /// other when their salts differ.
    public func number(salt: UInt64) -> UInt64 {
        let hash = data.reduce(0xcbf2_9ce4_8422_2325 as UInt64) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
        var mixed = hash ^ (salt &* 0x9e37_79b9_7f4a_7c15)
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return mixed ^ (mixed >> 31)
    }

    /// One of `choices` (not empty), picked by `number(salt:)`.
    public func pick<Choice>(_ choices: [Choice], salt: UInt64) -> Choice {
        choices[Int(number(salt: salt) % UInt64(choices.count))]
    }
}

/// Stops the fuzzer with `message` when a property every input must keep does not hold: libFuzzer saves the
/// input as a crash.
public func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        fatalError("fuzz property failed: " + message())
    }
}
