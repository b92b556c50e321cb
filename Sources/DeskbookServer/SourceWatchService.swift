import ServiceLifecycle

/// Feeds the watcher's batches of changed paths to the session, until the server shuts down; then it stops
/// the watcher and ends the open event streams, so the HTTP server can finish its requests.
struct SourceWatchService: Service {
    let watcher: FileWatcher
    let session: PreviewSession

    func run() async {
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
