import Foundation
import Synchronization

/// A token bucket per client address: `capacity` requests at once, refilled at `perSecond`.
///
/// Only the most recent `maxClients` addresses are remembered, so a flood of addresses cannot exhaust memory;
/// a forgotten address starts again with a full bucket.
final class TokenBuckets: Sendable {
    private struct Bucket {
        var tokens: Double
        var updated: TimeInterval
    }

    let capacity: Double
    let perSecond: Double
    let maxClients: Int
    private let buckets = Mutex<[String: Bucket]>([:])

    init(capacity: Int, perMinute: Int, maxClients: Int = 10_000) {
        self.capacity = Double(max(capacity, 1))
        self.perSecond = Double(max(perMinute, 1)) / 60
        self.maxClients = maxClients
    }

    /// Nil when `client` may go ahead (a token is taken), else the whole seconds until a token is back.
    func take(_ client: String, at now: TimeInterval) -> Int? {
        buckets.withLock { buckets in
            if buckets[client] == nil && buckets.count >= maxClients {
                // Forget the clients whose buckets are full again: they lose nothing.
                buckets = buckets.filter { refilled($0.value, at: now) < capacity }
                if buckets.count >= maxClients { buckets.removeAll(keepingCapacity: true) }
            }
            var bucket = buckets[client] ?? Bucket(tokens: capacity, updated: now)
            bucket.tokens = refilled(bucket, at: now)
            bucket.updated = now
            let wait: Int? = bucket.tokens >= 1 ? nil : Int(((1 - bucket.tokens) / perSecond).rounded(.up))
            if wait == nil { bucket.tokens -= 1 }
            buckets[client] = bucket
            return wait
        }
    }

    private func refilled(_ bucket: Bucket, at now: TimeInterval) -> Double {
        min(capacity, bucket.tokens + max(0, now - bucket.updated) * perSecond)
    }
}
