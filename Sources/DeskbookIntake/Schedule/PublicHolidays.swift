/// Built-in public holiday calendars, for `holidays: {country: RU}` in intake.yml.
enum PublicHolidays {
    /// The holidays of `code` (`RU`, or `CA-AB` for a province) as days since 1970-01-01, sorted; nil for a
    /// calendar Deskbook does not have.
    static func days(of code: String) -> [Int]? {
        guard let encoded = table[code] else { return nil }
        var days: [Int] = []
        for yearEntry in encoded.split(separator: ";") {
            let parts = yearEntry.split(separator: ":")
            guard parts.count == 2, let year = Int(parts[0]) else { continue }
            for monthDay in parts[1].split(separator: ",") {
                guard let number = Int(monthDay), let day = CivilTime.days(year: year, month: number / 100, day: number % 100) else { continue }
                days.append(day)
            }
        }
        return days
    }

    /// The calendar codes, sorted, for messages.
    static var codes: [String] { table.keys.sorted() }
}
