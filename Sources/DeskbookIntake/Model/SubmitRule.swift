/// Where the request form sends a request that passed the checks.
///
/// - `endpoint`: the form POSTs the request as JSON (the same object `deskbook check` reads) to this URL: a path
///   on the help center's own host (`/api/requests`) or an `https://` URL (`http://` only for localhost).
/// - `email`: for email-only support, the form opens the customer's email program with a `mailto:` link whose
///   subject and body hold the fields. With both, the email is offered when posting fails.
///
/// Without a `submit` section the site build falls back to `params.support_email` of deskbook.yml.
public struct SubmitRule: Sendable, Hashable, Codable {
    public var endpoint: String?
    public var email: String?

    public init(endpoint: String? = nil, email: String? = nil) {
        self.endpoint = endpoint
        self.email = email
    }
}
