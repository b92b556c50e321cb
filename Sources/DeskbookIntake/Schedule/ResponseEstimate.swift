import Foundation

extension CheckContext {
    /// When to expect the first answer (and the resolution, when the policy sets a target), for a request
    /// sent at `instant` (whole seconds since 1970 UTC), by the schedule of its department or else the site's.
    func expectedResponse(sentAt instant: Int) -> ExpectedResponse? {
        guard let schedule = department()?.schedule ?? rules.schedule, let zone = TimeZone(identifier: schedule.timeZone) else { return nil }
        let requested = fields.text(schedule.priorityField)
        guard let target = schedule.targets.first(where: { $0.priority == requested })
            ?? schedule.targets.first(where: { $0.priority == schedule.defaultPriority }) else { return nil }
        let clock = ZoneClock(zone: zone)
        let calendar = WorkingCalendar(schedule)
        let sent = clock.local(instant)
        guard let response = Self.deadline(target.response, from: sent, calendar: calendar, clock: clock) else { return nil }
        let resolution = target.resolution.flatMap { Self.deadline($0, from: sent, calendar: calendar, clock: clock) }
        let names = rules.calendar[language]
        let formatter = findings.formatter
        var message = formatter.text(MessageCatalog.Key.firstResponse, [
            "sent_day": Self.dayName(sent, sent: sent, names: names),
            "sent_time": Self.time(sent),
            "zone": schedule.zoneLabel.text(in: language),
            "response_day": Self.dayName(response, sent: sent, names: names),
            "response_time": Self.time(response),
        ])
        if let resolution {
            message += " " + formatter.text(MessageCatalog.Key.resolution, [
                "resolution_day": Self.dayName(resolution, sent: sent, names: names),
                "resolution_time": Self.time(resolution),
            ])
        }
        return ExpectedResponse(
            priority: target.priority,
            sent: clock.iso(instant),
            firstResponseBy: clock.iso(clock.instant(response)),
            resolutionBy: resolution.map { clock.iso(clock.instant($0)) },
            message: message
        )
    }

    /// The local deadline of a target counted from the local submission time.
    private static func deadline(_ duration: WorkDuration, from sent: Int, calendar: WorkingCalendar, clock: ZoneClock) -> Int? {
        switch duration.unit {
        case .workingHours:
            return calendar.adding(workingSeconds: duration.amount * 3600, to: sent)
        case .workingDays:
            return calendar.adding(workingSeconds: duration.amount * calendar.workingDaySeconds, to: sent)
        case .endOfWorkingDays:
            return calendar.closing(workingDays: duration.amount, after: sent)
        case .hours, .days:
            guard let opening = calendar.adding(workingSeconds: 0, to: sent) else { return nil }
            let length = duration.amount * (duration.unit == .hours ? 3600 : CivilTime.secondsPerDay)
            return clock.local(clock.instant(opening) + length)
        }
    }

    /// The weekday, with the date when it is more than six days after the submission day.
    private static func dayName(_ local: Int, sent: Int, names: CalendarWords?) -> String {
        let day = CivilTime.floorDiv(local, CivilTime.secondsPerDay)
        let weekday = names?.weekdays[CivilTime.weekday(days: day) - 1] ?? ""
        guard day - CivilTime.floorDiv(sent, CivilTime.secondsPerDay) > 6 else { return weekday }
        let date = CivilTime.date(days: day)
        return weekday + ", \(date.day) " + (names?.months[date.month - 1] ?? "")
    }

    /// `HH:MM` of a local time.
    private static func time(_ local: Int) -> String {
        let seconds = local - CivilTime.floorDiv(local, CivilTime.secondsPerDay) * CivilTime.secondsPerDay
        let hours = seconds / 3600, minutes = seconds / 60 % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (minutes < 10 ? "0" : "") + "\(minutes)"
    }
}
