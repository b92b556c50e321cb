/// Weekday and month names used to tell the customer when to expect an answer, in one language.
public struct CalendarWords: Sendable, Hashable, Codable {
    /// Monday first; each name as it reads in the expected-response message ("Monday", "в понедельник").
    public var weekdays: [String]
    /// January first, in the form used after a day number ("12 January", "12 января").
    public var months: [String]

    public init(weekdays: [String], months: [String]) {
        self.weekdays = weekdays
        self.months = months
    }

    /// Built-in names for the languages with built-in wording.
    public static let defaults: [String: CalendarWords] = [
        "en": CalendarWords(
            weekdays: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            months: ["January", "February", "March", "April", "May", "June", "July",
                     "August", "September", "October", "November", "December"]
        ),
        "ru": CalendarWords(
            weekdays: ["в понедельник", "во вторник", "в среду", "в четверг", "в пятницу", "в субботу", "в воскресенье"],
            months: ["января", "февраля", "марта", "апреля", "мая", "июня", "июля",
                     "августа", "сентября", "октября", "ноября", "декабря"]
        ),
    ]
}
