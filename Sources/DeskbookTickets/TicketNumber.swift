import DeskbookIntake
import Foundation

extension TicketFormat {
    /// The ticket number for sequence number `sequence` of a request received at `receivedAt` (its year in UTC).
    public func number(sequence: Int64, receivedAt: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return number(sequence: sequence, year: calendar.component(.year, from: receivedAt))
    }
}
