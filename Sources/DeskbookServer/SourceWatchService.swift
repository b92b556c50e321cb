import ServiceLifecycle

/// Builds the site for the first time once the server listens, then feeds the watcher's batches of changed
/// paths to the session until the server shuts down; then it stops the watcher and ends the open event
/// streams, so the HTTP server can finish its requests.
struct SourceWatchService: Service {
    let watcher: FileWatcher
    let session: PreviewSession
    /// Yields once the HTTP server listens; a server that cannot start cancels this service before it builds.
    let serverListening: AsyncStream<Void>

    func run() async throws {
        var listening = serverListening.makeAsyncIterator()
        guard await listening.next() != nil else {
            watcher.stop()
            return
        }
        guard await session.start().outcome != .configurationError else {
            watcher.stop()
            throw PreviewServer.Failure.configuration
        }
        await withGracefulShutdownHandler {
            await withDiscardingTaskGroup { group in
                for await paths in watcher.changes {
                    group.addTask { await session.sourcesChanged(paths) }
                }
            }
        } onGracefulShutdown: {
            watcher.stop()
            session.closeEvents()
        }
    }
}
