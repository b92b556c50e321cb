/// What a page is, which decides its layout and structured data.
public enum PageKind: String, CaseIterable, Sendable, Hashable {
    case article
    case faq
    case policy
}
