/// Follow-ups keep the ticket number in the subject; a request that mentions an earlier one without it gets a hint.
public struct FollowUpRule: Sendable, Hashable, Codable {
    /// The ticket number as it must appear in the subject, e.g. `\[#[0-9]{4,}\]`.
    public var ticketPattern: String
    /// A subject fragment matching `ticketPattern`, shown in messages.
    public var example: String
    /// Marks a request as a follow-up (`when: {category: follow-up}`); empty means only mentions count.
    public var when: [Condition]
    /// Phrases that refer to an earlier request ("previous ticket", "прошлое обращение").
    public var mentions: Keywords

    private enum CodingKeys: String, CodingKey {
        case example, when, mentions
        case ticketPattern = "ticket_pattern"
    }

    public init(ticketPattern: String, example: String, when: [Condition], mentions: Keywords) {
        self.ticketPattern = ticketPattern
        self.example = example
        self.when = when
        self.mentions = mentions
    }
}
