import DeskbookCore

/// What made a build, for `SiteBuilder.toolIdentity`: Deskbook's version and the stamp of the running executable,
/// so that a rebuilt or reinstalled `deskbook` never reports a build an earlier one made.
enum ToolIdentity {
    static var current: String? {
        let files = LocalFileSystem()
        guard let executable = files.realPath("/proc/self/exe"), let stamp = files.stamp(of: executable) else { return nil }
        return "deskbook \(Version.current) \(executable) \(stamp.device) \(stamp.inode) \(stamp.size) \(stamp.modified) \(stamp.changed)"
    }
}
