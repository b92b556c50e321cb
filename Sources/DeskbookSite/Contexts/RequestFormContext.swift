/// `page.form` on the request page: the form built from intake.yml, and the settings its script reads from
/// data attributes.
struct RequestFormContext: TemplateContext {
    /// The fields, in the order of intake.yml.
    var fields: [RequestFieldContext]
    /// The published rules the script checks requests against.
    var rulesURL: String
    /// Where requests are posted (`submit.endpoint`), or an empty text.
    var endpoint: String
    /// The support email address, or an empty text.
    var email: String
    /// The support email address, for a link, if there is one.
    var emailLink: String?
    /// The theme's `request_*` strings as one JSON object, for the script.
    var strings: String
    /// The form's `action` without script: the endpoint, else a `mailto:` URL, if there is either.
    var action: String?
    /// The form's `enctype`: `multipart/form-data` for an endpoint taking files, `text/plain` for email;
    /// none otherwise.
    var enctype: String?
    /// `true` when requests go by email (no endpoint).
    var isEmail: Bool
    /// The field that records whether a suggested article answered the request, or an empty text.
    var confirmField: String
    /// The subject field, or an empty text.
    var subjectField: String
    /// The description field, or an empty text.
    var bodyField: String
    /// The name of the field only bots fill (`submit.honeypot`), when requests are posted to an endpoint.
    var honeypot: String?

    func child(named key: String) -> Any? {
        switch key {
        case "fields": fields
        case "rules_url": rulesURL
        case "endpoint": endpoint
        case "email": email
        case "email_link": emailLink.templateValue
        case "strings": strings
        case "action": action.templateValue
        case "enctype": enctype.templateValue
        case "is_email": isEmail
        case "confirm_field": confirmField
        case "subject_field": subjectField
        case "body_field": bodyField
        case "honeypot": honeypot.templateValue
        default: nil
        }
    }
}
