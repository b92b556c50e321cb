/// An old URL, from a page's `aliases`, that sends visitors to the page's current URL.
public struct Redirect: Sendable, Hashable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}
