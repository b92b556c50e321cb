import Foundation

/// Converts between instants (seconds since 1970 UTC) and local wall-clock seconds in one time zone.
struct ZoneClock {
    let zone: TimeZone

    /// The zone's offset from UTC at an instant, in seconds.
    func offset(atInstant instant: Int) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(instant)))
    }

    func local(_ instant: Int) -> Int {
        instant + offset(atInstant: instant)
    }

    /// The instant of a local time; in a gap or overlap, the offset in force just after the change decides.
    func instant(_ local: Int) -> Int {
        let guess = local - offset(atInstant: local)
        return local - offset(atInstant: guess)
    }

    /// `YYYY-MM-DDTHH:MM:SS+HH:MM` for an instant.
    func iso(_ instant: Int) -> String {
        let offset = offset(atInstant: instant)
        let local = instant + offset
        let day = CivilTime.floorDiv(local, CivilTime.secondsPerDay)
        let date = CivilTime.date(days: day)
        let seconds = local - day * CivilTime.secondsPerDay
        let sign = offset < 0 ? "-" : "+"
        let magnitude = abs(offset) / 60
        return pad(date.year, 4) + "-" + pad(date.month) + "-" + pad(date.day)
            + "T" + pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
            + sign + pad(magnitude / 60) + ":" + pad(magnitude % 60)
    }

    private func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
