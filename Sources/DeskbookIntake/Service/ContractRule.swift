/// Which customers may ask for support: intake.yml `contracts: {file, field}`. The file (beside intake.yml)
/// is a CSV with the columns `id` and `valid_until` (YYYY-MM-DD); `field` is the request field holding the
/// customer id or contract number. Only the intake service reads it: the browser never sees the list.
public struct ContractRule: Sendable, Hashable {
    /// The CSV file, relative to the site folder.
    public var file: String
    public var field: String

    public init(file: String, field: String) {
        self.file = file
        self.field = field
    }
}
