import DeskbookContent
import DeskbookCore
import Foundation

/// The request form of one build: the rules the page checks against, published under a content-hashed name,
/// and where the page sends requests.
struct RequestForm: Sendable {
    var rules: RequestFormRules
    /// `intake/rules.<hash>.json`: the browser rules JSON, byte for byte as the intake parser wrote it.
    var rulesFile: OutputFile
    /// The URL the form POSTs requests to, from `submit.endpoint`.
    var endpoint: String?
    /// The address of email-only support (`submit.email`, else `params.support_email` of deskbook.yml);
    /// with an endpoint, offered when posting fails.
    var email: String?

    /// The path of the rules file in the output folder, hashed so hosts may cache it forever.
    static func rulesPath(for data: Data) -> String {
        "intake/rules.\(ContentHash.hex(data)).json"
    }

    /// `params.support_email` of deskbook.yml, when it is a non-empty text.
    static func supportEmail(_ config: SiteConfig) -> String? {
        guard case .string(let email)? = config.params["support_email"] else { return nil }
        let trimmed = email.trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// Loads the form for a build. Problems in intake.yml come back as diagnostics at their file:line; the form
    /// is nil when the site has no intake.yml, when there is no source to read it, or when it has errors.
    static func load(source: (any RequestFormSource)?, siteRoot: String, config: SiteConfig, fileSystem: any FileSystem) -> (form: RequestForm?, diagnostics: [Diagnostic]) {
        guard let source else { return (nil, []) }
        let input = source.load(source: siteRoot, fileSystem: fileSystem)
        var diagnostics = input.diagnostics
        guard let data = input.rulesJSON, !diagnostics.containsErrors else { return (nil, diagnostics) }
        let rules: RequestFormRules
        do {
            rules = try JSONDecoder().decode(RequestFormRules.self, from: data)
        } catch {
            return (nil, diagnostics + [.error("the request form cannot read the intake rules: \(error)", at: SourceLocation(path: input.path))])
        }
        let location = SourceLocation(path: input.path)
        for language in config.languages where !rules.languages.contains(language) {
            diagnostics.append(.warning("the site is in \(language) but intake.yml languages are \(rules.languages.joined(separator: ", ")); the \(language) request form uses \(rules.defaultLanguage) labels and messages", at: location))
        }
        let form = RequestForm(
            rules: rules,
            rulesFile: OutputFile(path: rulesPath(for: data), data: data),
            endpoint: rules.submit?.endpoint,
            email: rules.submit?.email ?? supportEmail(config)
        )
        if form.endpoint == nil && form.email == nil {
            diagnostics.append(.warning("the request form has nowhere to send requests: add submit: {endpoint: URL} or submit: {email: address} to intake.yml, or params.support_email to deskbook.yml", at: location))
        }
        return (form, diagnostics)
    }

    /// The origin of an absolute endpoint (`https://api.example.com`), which the page's CSP must let it connect to.
    var endpointOrigin: String? {
        guard let endpoint, let url = URL(string: endpoint), let scheme = url.scheme?.lowercased(), let host = url.host else { return nil }
        let bracketed = host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
        return "\(scheme)://\(bracketed)" + (url.port.map { ":\($0)" } ?? "")
    }

    /// The intake service's events endpoint, `/events` in place of a final `/requests` of the endpoint
    /// (`/api/requests` gives `/api/events`); nil for an endpoint that is not the intake service's.
    var eventsURL: String? {
        guard let endpoint, endpoint.hasSuffix("/requests") else { return nil }
        return String(endpoint.dropLast("requests".count)) + "events"
    }

    /// What the page's CSP `form-action` must allow besides 'self' for the form to be sent without script: the
    /// origin of an absolute endpoint, or `mailto:` when the request is composed as an email.
    var formActionSource: String? {
        if endpoint != nil { return endpointOrigin }
        return email == nil ? nil : "mailto:"
    }

    /// The mailto: URL of the support address (without subject or body).
    var mailtoURL: String? {
        email.map { "mailto:" + $0 }
    }
}
