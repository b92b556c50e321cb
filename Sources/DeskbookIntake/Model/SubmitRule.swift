/// Where the request form sends a request that passed the checks.
///
/// - `endpoint`: the form POSTs the request as JSON (the same object `deskbook check` reads) to this URL: a path
///   on the help center's own host (`/api/requests`) or an `https://` URL (`http://` only for localhost).
/// - `email`: for email-only support, the form opens the customer's email program with a `mailto:` link whose
///   subject and body hold the fields. With both, the email is offered when posting fails.
///
/// - `honeypot`: the name of a form field hidden from people; the service refuses a request that fills it.
///
/// Without a `submit` section the site build falls back to `params.support_email` of deskbook.yml.
public struct SubmitRule: Sendable, Hashable, Codable {
    public var endpoint: String?
    public var email: String?
    public var honeypot: String?

    /// The honeypot's name when `submit` does not set one.
    public static let defaultHoneypot = "deskbook_website"

    public init(endpoint: String? = nil, email: String? = nil, honeypot: String? = nil) {
        self.endpoint = endpoint
        self.email = email
        self.honeypot = honeypot
    }
}
