import Foundation

/// What the preview adds to every HTML page it serves: the preview stylesheet in the head, a "Draft" banner
/// at the top of draft pages, and the live reload script before `</body>`.
///
/// Everything is external (`/_deskbook/live.js`, `/_deskbook/preview.css`), so the theme's Content-Security-Policy
/// (`script-src 'self'; style-src 'self'`) holds in the preview as on the published site.
struct PreviewMarkup: Sendable {
    /// The id of the build the page comes from, for live.js to notice a reload it missed; letters, digits and `-`.
    var build: String
    var isDraft: Bool

    static let scriptPath = "/_deskbook/live.js"
    static let stylesheetPath = "/_deskbook/preview.css"

    var stylesheet: String { #"<link rel="stylesheet" href="\#(Self.stylesheetPath)">"# }
    var script: String { #"<script src="\#(Self.scriptPath)" data-build="\#(build)" defer></script>"# }
    static let draftBanner = #"<div class="deskbook-draft" role="note" lang="en">Draft</div>"#

    /// `html` with the additions; a document without `</head>`, `<body>` or `</body>` gets them at the end.
    func applied(to html: Data) -> Data {
        var insertions: [(offset: Int, text: String)] = []
        var trailing = ""
        if let head = html.range(of: Data("</head>".utf8)) {
            insertions.append((head.lowerBound, stylesheet))
        } else {
            trailing += stylesheet
        }
        if isDraft {
            if let body = html.range(of: Data("<body".utf8)), let end = html[body.upperBound...].firstIndex(of: UInt8(ascii: ">")) {
                insertions.append((end + 1, Self.draftBanner))
            } else {
                trailing += Self.draftBanner
            }
        }
        if let close = html.range(of: Data("</body>".utf8), options: .backwards) {
            insertions.append((close.lowerBound, script))
        } else {
            trailing += script
        }
        var result = Data(capacity: html.count + 256)
        var position = html.startIndex
        for insertion in insertions.sorted(by: { $0.offset < $1.offset }) {
            result.append(html[position..<insertion.offset])
            result.append(contentsOf: insertion.text.utf8)
            position = insertion.offset
        }
        result.append(html[position...])
        result.append(contentsOf: trailing.utf8)
        return result
    }
}
