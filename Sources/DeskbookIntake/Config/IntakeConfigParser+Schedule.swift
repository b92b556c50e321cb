import DeskbookCore
import Foundation
import Yams

extension IntakeConfigParser {
    static let scheduleKeys = [
        "time_zone", "zone_label", "days", "hours", "breaks", "holidays", "extra_working_days",
        "priority_field", "default_priority", "targets", "target",
    ]
    static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// Reads the whole section, reporting every mistake in it, and returns nil when any part is unusable.
    mutating func readSchedule(_ node: Node) -> ScheduleRule? {
        guard let keys = reader.keyed(node, allowed: Self.scheduleKeys, in: "schedule") else { return nil }
        let zone = readZone(keys["time_zone"], at: node)
        let label = keys["zone_label"].flatMap { reader.localized($0, "schedule.zone_label", languages: languages) }
        let days = readWeekdays(keys["days"]) ?? Array(1...5)
        let periods = readPeriods(hours: keys["hours"], breaks: keys["breaks"], at: node)
        let holidays = readHolidays(keys["holidays"])
        let extraWorkingDays = readDates(keys["extra_working_days"], "schedule.extra_working_days")
        let priorityField = keys["priority_field"].flatMap { node in
            reader.word(node, "schedule.priority_field").flatMap { knownField($0, at: node, "schedule.priority_field") ? $0 : nil }
        }
        let targets = readTargets(keys, priorityField: priorityField, at: node)
        var defaultPriority: String?
        if let node = keys["default_priority"], let value = reader.word(node, "schedule.default_priority") {
            if targets?.contains(where: { $0.priority == value }) == true {
                defaultPriority = value
            } else {
                reader.error("schedule.default_priority '\(value)' has no entry under targets", at: node)
            }
        } else if targets?.first?.priority != nil {
            reader.error("schedule needs a default_priority for requests that name none", at: node)
        }
        guard let zone, let periods, let targets else { return nil }
        return ScheduleRule(
            timeZone: zone,
            zoneLabel: label ?? LocalizedText(Dictionary(uniqueKeysWithValues: languages.all.map { ($0, zone) })),
            days: days,
            periods: periods,
            holidays: holidays,
            extraWorkingDays: extraWorkingDays,
            priorityField: priorityField,
            defaultPriority: defaultPriority,
            targets: targets
        )
    }

    private mutating func readZone(_ node: Node?, at section: Node) -> String? {
        guard let node, let zone = reader.word(node, "schedule.time_zone") else {
            reader.error("schedule needs a time_zone, e.g. Europe/Moscow", at: section)
            return nil
        }
        guard TimeZone(identifier: zone) != nil, zone.contains("/") || zone == "UTC" else {
            reader.error("unknown time zone '\(zone)'; use an IANA name such as Europe/Moscow", at: node)
            return nil
        }
        return zone
    }

    private mutating func readWeekdays(_ node: Node?) -> [Int]? {
        guard let node, let names = reader.words(node, "schedule.days") else { return nil }
        var days: [Int] = []
        for name in names {
            guard let index = Self.weekdayNames.firstIndex(of: name.lowercased()) else {
                reader.error("unknown weekday '\(name)'; use \(Self.weekdayNames.joined(separator: ", "))", at: node)
                continue
            }
            if !days.contains(index + 1) { days.append(index + 1) }
        }
        if days.isEmpty { reader.error("schedule.days needs at least one working weekday", at: node) }
        return days.sorted()
    }

    /// Working hours minus breaks, as sorted `[start, end)` minute ranges.
    private mutating func readPeriods(hours: Node?, breaks: Node?, at section: Node) -> [[Int]]? {
        guard let hours else {
            reader.error("schedule needs working hours, e.g. hours: \"09:00-18:00\"", at: section)
            return nil
        }
        guard let open = readRange(hours, "schedule.hours") else { return nil }
        var periods = [open]
        for item in breaks.flatMap({ reader.list($0, "schedule.breaks") }) ?? [] {
            guard let pause = readRange(item, "a schedule break") else { continue }
            guard pause[0] >= open[0], pause[1] <= open[1] else {
                reader.error("break \(Self.clock(pause[0]))-\(Self.clock(pause[1])) is outside the working hours", at: item)
                continue
            }
            periods = periods.flatMap { period -> [[Int]] in
                guard pause[0] < period[1], pause[1] > period[0] else { return [period] }
                return [[period[0], pause[0]], [pause[1], period[1]]].filter { $0[0] < $0[1] }
            }
        }
        if periods.isEmpty { reader.error("the breaks leave no working time", at: section) }
        return periods
    }

    /// Reads `HH:MM-HH:MM` (end may be 24:00) as minutes after midnight.
    private mutating func readRange(_ node: Node, _ what: String) -> [Int]? {
        guard let text = reader.word(node, what) else { return nil }
        let parts = text.split(separator: "-").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 else {
            reader.error("\(what) must look like 09:00-18:00, not '\(text)'", at: node)
            return nil
        }
        guard let start = Self.minutes(parts[0]), start < 1440 else {
            reader.error("\(what) has an invalid time '\(parts[0])'; use HH:MM from 00:00 to 23:59", at: node)
            return nil
        }
        guard let end = Self.minutes(parts[1]) else {
            reader.error("\(what) has an invalid time '\(parts[1])'; use HH:MM from 00:00 to 24:00", at: node)
            return nil
        }
        guard start < end else {
            reader.error("\(what) ends before it starts", at: node)
            return nil
        }
        return [start, end]
    }

    /// A list of dates, or a built-in calendar with more dates: `{country: CA, subdivision: AB, dates: [...]}`.
    private mutating func readHolidays(_ node: Node?) -> [Int] {
        guard let node else { return [] }
        guard case .mapping = node else { return readDates(node, "schedule.holidays") }
        guard let keys = reader.keyed(node, allowed: ["country", "subdivision", "dates"], in: "schedule.holidays") else { return [] }
        var days = readDates(keys["dates"], "schedule.holidays.dates")
        guard let countryNode = keys["country"] else {
            if let subdivision = keys["subdivision"] { reader.error("schedule.holidays.subdivision needs a country", at: subdivision) }
            return days
        }
        guard let country = reader.word(countryNode, "schedule.holidays.country") else { return days }
        var code = country.uppercased()
        var codeNode = countryNode
        if let subdivisionNode = keys["subdivision"], let subdivision = reader.word(subdivisionNode, "schedule.holidays.subdivision") {
            code += "-" + subdivision.uppercased()
            codeNode = subdivisionNode
        }
        guard let calendar = PublicHolidays.days(of: code) else {
            let known = PublicHolidays.codes
            let sameCountry = known.filter { $0.hasPrefix(country.uppercased() + "-") }
            let offered = sameCountry.isEmpty ? known.filter { !$0.contains("-") } : sameCountry
            reader.error("no built-in holiday calendar '\(code)'; Deskbook has \(offered.joined(separator: ", "))", at: codeNode)
            return days
        }
        days += calendar
        return Array(Set(days)).sorted()
    }

    private mutating func readDates(_ node: Node?, _ what: String) -> [Int] {
        guard let node, let items = reader.list(node, what) else { return [] }
        var days: [Int] = []
        for item in items {
            guard let text = reader.word(item, what) else { continue }
            guard let day = CivilTime.days(iso: text) else {
                reader.error("\(what) has an invalid date '\(text)'; use YYYY-MM-DD", at: item)
                continue
            }
            days.append(day)
        }
        return days.sorted()
    }

    private mutating func readTargets(_ keys: [String: Node], priorityField: String?, at section: Node) -> [Target]? {
        switch (keys["target"], keys["targets"]) {
        case (let single?, nil):
            if priorityField != nil, let node = keys["priority_field"] {
                reader.error("priority_field needs targets per priority, not a single target", at: node)
            }
            return readTarget(single, priority: nil).map { [$0] }
        case (nil, let many?):
            guard case .mapping(let mapping) = many, !mapping.isEmpty else {
                reader.error("schedule.targets must map each priority to its times, e.g. urgent: {response: 2 working hours}", at: many)
                return nil
            }
            guard let priorityField, let field = fields.first(where: { $0.id == priorityField }) else {
                reader.error("targets per priority need schedule.priority_field naming the priority field", at: many)
                return nil
            }
            var targets: [Target] = []
            for (keyNode, value) in mapping {
                guard let priority = reader.word(keyNode, "priority") else { continue }
                if field.type == .select, !field.options.contains(where: { $0.value == priority }) {
                    reader.error("priority '\(priority)' is not an option of field '\(field.id)'", at: keyNode)
                }
                if let target = readTarget(value, priority: priority) { targets.append(target) }
            }
            return targets.isEmpty ? nil : targets
        case (_?, _?):
            reader.error("schedule has both target and targets; use target for one, targets per priority", at: section)
            return nil
        case (nil, nil):
            reader.error("schedule needs a target (response time), or targets per priority", at: section)
            return nil
        }
    }

    private mutating func readTarget(_ node: Node, priority: String?) -> Target? {
        let what = priority.map { "schedule.targets.\($0)" } ?? "schedule.target"
        guard let keys = reader.keyed(node, allowed: ["response", "resolution"], in: what) else { return nil }
        guard let responseNode = keys["response"] else {
            reader.error("\(what) needs a response time", at: node)
            return nil
        }
        guard let response = readDuration(responseNode, "\(what).response") else { return nil }
        return Target(priority: priority, response: response, resolution: keys["resolution"].flatMap { readDuration($0, "\(what).resolution") })
    }

    /// Reads "2 working hours", "1 working day", "end of 1 working day", "24 hours" or "7 days".
    private mutating func readDuration(_ node: Node, _ what: String) -> WorkDuration? {
        guard let text = reader.word(node, what) else { return nil }
        var words = text.split(whereSeparator: \.isWhitespace).map { $0.lowercased() }
        let endOf = words.starts(with: ["end", "of"])
        if endOf { words.removeFirst(2) }
        let unitName = (endOf ? ["end", "of"] : []) + words.dropFirst()
        let name = unitName.joined(separator: "_")
        let unit = WorkDuration.Unit(rawValue: name) ?? WorkDuration.Unit(rawValue: name + "s")
        let valid = unit.map { !endOf || $0 == .endOfWorkingDays } ?? false
        guard let first = words.first, let amount = Int(first), amount > 0, amount <= 10_000, let unit, valid else {
            reader.error("\(what) must look like '2 working hours', '1 working day', 'end of 1 working day', '24 hours' or '7 days', not '\(text)'", at: node)
            return nil
        }
        return WorkDuration(amount: amount, unit: unit)
    }

    static func minutes(_ text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hours = Int(parts[0]), let minutes = Int(parts[1]),
              (0...24).contains(hours), (0...59).contains(minutes), hours < 24 || minutes == 0 else { return nil }
        return hours * 60 + minutes
    }

    static func clock(_ minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return (hours < 10 ? "0" : "") + "\(hours):" + (rest < 10 ? "0" : "") + "\(rest)"
    }
}
