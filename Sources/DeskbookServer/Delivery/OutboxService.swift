import DeskbookTickets
import ServiceLifecycle

/// Runs the outbox worker as part of the server's service group: it starts with the server and, on SIGTERM,
/// finishes the deliveries under way and stops (what it did not send stays pending in the store).
struct OutboxService: Service {
    let worker: OutboxWorker
    let wakeUps: AsyncStream<Void>

    func run() async throws {
        await cancelWhenGracefulShutdown {
            await worker.run(wakeUps: wakeUps)
        }
    }
}
