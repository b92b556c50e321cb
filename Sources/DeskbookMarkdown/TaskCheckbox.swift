import Foundation

/// Gives the checkboxes of GFM task lists an accessible name; cmark-gfm writes them without one.
enum TaskCheckbox {
    static let marker = #"<input type="checkbox""#
    static let done = #"<input type="checkbox" checked="" disabled="" />"#
    static let open = #"<input type="checkbox" disabled="" />"#

    static func label(_ html: String, labels: (done: String, open: String)) -> String {
        html
            .replacingOccurrences(of: done, with: #"<input type="checkbox" checked="" disabled="" aria-label="\#(HTMLEscape.attribute(labels.done))" />"#)
            .replacingOccurrences(of: open, with: #"<input type="checkbox" disabled="" aria-label="\#(HTMLEscape.attribute(labels.open))" />"#)
    }
}
