/// Localized words the Markdown renderer writes into HTML.
public struct RenderOptions: Sendable {
    /// Callout titles by alert kind, e.g. `.warning: "Warning"`.
    public var alertTitles: [AlertKind: String]
    /// Accessible label of the `#` link next to each heading.
    public var headingAnchorLabel: String
    /// Accessible names of task-list checkboxes: done and not done.
    public var taskLabels: (done: String, open: String)

    public init(
        alertTitles: [AlertKind: String] = [:],
        headingAnchorLabel: String = "Link to this section",
        taskLabels: (done: String, open: String) = ("Done", "To do")
    ) {
        self.alertTitles = alertTitles
        self.headingAnchorLabel = headingAnchorLabel
        self.taskLabels = taskLabels
    }

    func title(for kind: AlertKind) -> String {
        alertTitles[kind] ?? kind.rawValue.capitalized
    }
}
