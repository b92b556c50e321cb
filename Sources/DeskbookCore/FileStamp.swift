/// What tells one version of a regular file from another without reading it: where it is stored, its size,
/// and when its contents and its metadata last changed. Writing, truncating, replacing or touching a file gives
/// it another stamp; renaming a folder above it does not.
public struct FileStamp: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var size: Int64
    /// Nanoseconds since 1970 of the last change to the contents.
    public var modified: Int64
    /// Nanoseconds since 1970 of the last change to the contents or the metadata, which no program can set back.
    public var changed: Int64

    public init(device: UInt64, inode: UInt64, size: Int64, modified: Int64, changed: Int64) {
        self.device = device
        self.inode = inode
        self.size = size
        self.modified = modified
        self.changed = changed
    }
}
