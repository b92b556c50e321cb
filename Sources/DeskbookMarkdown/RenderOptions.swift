/// Localized words the Markdown renderer writes into HTML.
public struct RenderOptions: Sendable {
    /// Callout titles by alert kind, e.g. `.warning: "Warning"`.
    public var alertTitles: [AlertKind: String]
    /// Accessible label of the `#` link next to each heading.
    public var headingAnchorLabel: String

    public init(alertTitles: [AlertKind: String] = [:], headingAnchorLabel: String = "Link to this section") {
        self.alertTitles = alertTitles
        self.headingAnchorLabel = headingAnchorLabel
    }

    func title(for kind: AlertKind) -> String {
        alertTitles[kind] ?? kind.rawValue.capitalized
    }
}
