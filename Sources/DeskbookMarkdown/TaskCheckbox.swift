import DeskbookCore
import Foundation

/// Gives the checkboxes of GFM task lists an accessible name; cmark-gfm writes them without one.
enum TaskCheckbox {
    static let marker = #"<input type="checkbox""#
    static let done = #"<input type="checkbox" checked="" disabled="" />"#
    static let open = #"<input type="checkbox" disabled="" />"#

    /// `html` with a slot for the accessible name of each checkbox.
    static func mark(_ html: String, markers: inout SlotMarkers) -> String {
        guard TextScan.contains(html, marker) else { return html }
        var result = html
        for (tag, isDone) in [(done, true), (open, false)] {
            let parts = result.components(separatedBy: tag)
            result = parts[0]
            for part in parts.dropFirst() {
                let label = markers.marker(for: .taskLabel(done: isDone))
                result += String(tag.dropLast(2)) + "aria-label=\"\(label)\" />" + part
            }
        }
        return result
    }
}
