/// What intake.yml says about the intake service only: how tickets are numbered and where requests go.
///
/// None of it reaches the browser: `IntakeRules.browserJSON()` leaves it out, so webhook addresses stay private.
public struct ServiceRules: Sendable, Hashable {
    public var ticketFormat: TicketFormat
    public var forward: ForwardRule
    /// `store: postgres://user@host/database`: a shared PostgreSQL store (its password only from the
    /// environment); nil keeps the SQLite file.
    public var store: String?
    /// Nil: the service does not look for duplicates.
    public var duplicates: DuplicateRule?
    /// Nil: every customer may ask.
    public var contracts: ContractRule?

    public init(ticketFormat: TicketFormat = .default, forward: ForwardRule = ForwardRule(), store: String? = nil) {
        self.ticketFormat = ticketFormat
        self.forward = forward
        self.store = store
    }
}
