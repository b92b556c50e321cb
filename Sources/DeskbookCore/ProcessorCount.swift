import Foundation

/// The number of cores available to the process.
public enum ProcessorCount {
    public static let value = max(1, ProcessInfo.processInfo.activeProcessorCount)
}
