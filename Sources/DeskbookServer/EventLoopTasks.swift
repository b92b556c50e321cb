import NIOCore
import NIOPosix

extension ProductionServer {
    /// Runs Swift concurrency's tasks on NIO's shared event loops, the ones Hummingbird serves connections on,
    /// instead of on a separate pool of threads: a request's handler then runs on the thread that reads and
    /// writes its connection, without two thread switches per request. For `deskbook serve --production` only, and
    /// once, before it starts; false when the runtime does not allow it (the tasks then stay on the global pool).
    public static func runTasksOnEventLoops() -> Bool {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}
