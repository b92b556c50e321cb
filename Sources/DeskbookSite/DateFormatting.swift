import Foundation
import DeskbookCore

/// Writes dates for readers using the theme's month names (`month_names`, comma-separated).
struct DateFormatting {
    let monthNames: [String]

    init(strings: [String: String]) {
        monthNames = (strings["month_names"] ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `12 March 2026`, or ISO when month names are missing.
    func format(_ day: Day) -> String {
        guard monthNames.count == 12 else { return day.description }
        return "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// A date for templates: readable text and the machine-readable date.
    func context(_ day: Day) -> DateContext {
        DateContext(text: format(day), iso: day.description)
    }
}
