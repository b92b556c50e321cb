/// Working-time arithmetic on local wall-clock seconds (see `CivilTime`) for one schedule.
struct WorkingCalendar {
    /// How far ahead to look for working time before giving up (a schedule of only holidays).
    static let horizonDays = 3_700

    let rule: ScheduleRule
    private let holidays: Set<Int>
    private let extraWorkingDays: Set<Int>

    init(_ rule: ScheduleRule) {
        self.rule = rule
        holidays = Set(rule.holidays)
        extraWorkingDays = Set(rule.extraWorkingDays)
    }

    /// The working time of one working day: the periods added up.
    var workingDaySeconds: Int {
        rule.periods.reduce(0) { $0 + ($1[1] - $1[0]) * 60 }
    }

    func isWorkingDay(_ day: Int) -> Bool {
        if extraWorkingDays.contains(day) { return true }
        return !holidays.contains(day) && rule.days.contains(CivilTime.weekday(days: day))
    }

    /// The moment `seconds` of working time have passed since `local`; `seconds == 0` gives the next opening.
    func adding(workingSeconds seconds: Int, to local: Int) -> Int? {
        var remaining = seconds
        var day = CivilTime.floorDiv(local, CivilTime.secondsPerDay)
        var clock = local - day * CivilTime.secondsPerDay
        for _ in 0..<Self.horizonDays {
            if isWorkingDay(day) {
                for period in rule.periods {
                    let start = period[0] * 60, end = period[1] * 60
                    guard clock < end else { continue }
                    let from = max(clock, start)
                    if remaining <= end - from { return day * CivilTime.secondsPerDay + from + remaining }
                    remaining -= end - from
                }
            }
            day += 1
            clock = 0
        }
        return nil
    }

    /// Closing time of the `count`th working day after the day of receipt (see `WorkDuration`).
    func closing(workingDays count: Int, after local: Int) -> Int? {
        guard let close = rule.periods.last?[1] else { return nil }
        var day = CivilTime.floorDiv(local, CivilTime.secondsPerDay)
        let clock = local - day * CivilTime.secondsPerDay
        if !(isWorkingDay(day) && clock < close * 60) {
            guard let next = nextWorkingDay(after: day) else { return nil }
            day = next
        }
        for _ in 0..<count {
            guard let next = nextWorkingDay(after: day) else { return nil }
            day = next
        }
        return day * CivilTime.secondsPerDay + close * 60
    }

    private func nextWorkingDay(after day: Int) -> Int? {
        var candidate = day + 1
        for _ in 0..<Self.horizonDays {
            if isWorkingDay(candidate) { return candidate }
            candidate += 1
        }
        return nil
    }
}
