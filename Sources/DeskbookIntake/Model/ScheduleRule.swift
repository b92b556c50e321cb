/// A response or resolution target: an amount of working or calendar time.
///
/// - `working_hours` ("2 working hours"): that much working time, counted from the submission, or from the next
///   opening when the request arrives outside working time; breaks, nights, days off and holidays do not count.
///   The deadline may fall exactly at closing time (17:00 plus 1 working hour with 9-18 hours is 18:00).
/// - `working_days` ("1 working day"): the same with the length of a working day (the hours minus breaks, so
///   8 hours for 9-18 with a lunch hour). Sent Friday 17:00, 1 working day: Monday 17:00.
/// - `end_of_working_days` ("end of 1 working day"): closing time of the Nth working day after the day of
///   receipt. The day of receipt is the submission day when the request arrives on a working day before
///   closing, otherwise the next working day. Sent Friday 17:00: Monday 18:00.
/// - `hours`, `days` ("24 hours", "7 days"): elapsed time, a day being 24 hours, counted from the next opening
///   (from the submission itself during working time).
public struct WorkDuration: Sendable, Hashable, Codable {
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
        case workingHours = "working_hours"
        case workingDays = "working_days"
        case endOfWorkingDays = "end_of_working_days"
        case hours
        case days
    }

    public var amount: Int
    public var unit: Unit

    public init(amount: Int, unit: Unit) {
        self.amount = amount
        self.unit = unit
    }
}

/// The targets for one priority, or for every request when `priority` is nil.
public struct Target: Sendable, Hashable, Codable {
    public var priority: String?
    public var response: WorkDuration
    public var resolution: WorkDuration?

    public init(priority: String?, response: WorkDuration, resolution: WorkDuration?) {
        self.priority = priority
        self.response = response
        self.resolution = resolution
    }
}

/// When support works and how soon it answers.
public struct ScheduleRule: Sendable, Hashable, Codable {
    /// IANA time zone of the working hours ("Europe/Moscow").
    public var timeZone: String
    /// How the zone is named in messages ("Moscow time").
    public var zoneLabel: LocalizedText
    /// Working weekdays, 1 = Monday ... 7 = Sunday.
    public var days: [Int]
    /// Working periods of a working day in minutes after midnight, `[start, end)`, sorted; breaks already removed.
    public var periods: [[Int]]
    /// Days off on otherwise working weekdays, as days since 1970-01-01.
    public var holidays: [Int]
    /// Working days on otherwise free weekdays (transferred working Saturdays), as days since 1970-01-01.
    public var extraWorkingDays: [Int]
    /// The request field that holds the priority; nil when the policy has none.
    public var priorityField: String?
    public var defaultPriority: String?
    public var targets: [Target]

    private enum CodingKeys: String, CodingKey {
        case days, periods, holidays, targets
        case timeZone = "time_zone"
        case zoneLabel = "zone_label"
        case extraWorkingDays = "extra_working_days"
        case priorityField = "priority_field"
        case defaultPriority = "default_priority"
    }

    public init(
        timeZone: String, zoneLabel: LocalizedText, days: [Int], periods: [[Int]], holidays: [Int],
        extraWorkingDays: [Int], priorityField: String?, defaultPriority: String?, targets: [Target]
    ) {
        self.timeZone = timeZone
        self.zoneLabel = zoneLabel
        self.days = days
        self.periods = periods
        self.holidays = holidays
        self.extraWorkingDays = extraWorkingDays
        self.priorityField = priorityField
        self.defaultPriority = defaultPriority
        self.targets = targets
    }
}
