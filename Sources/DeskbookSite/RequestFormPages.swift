import DeskbookContent
import DeskbookCore
import DeskbookIntake
import Foundation

/// Renders `/<lang>/request/` for every language: the request form built from intake.yml when the site has
/// one, otherwise a contact page with `params.support_email`. The header and footer link to it either way.
extension SiteRenderer {
    func requestPages(_ renderer: PageRenderer) throws -> [OutputFile] {
        let config = site.config
        var urls: [String: String] = [:]
        for language in config.languages { urls[language] = config.basePath + language + "/request/" }
        var files: [OutputFile] = []
        if let requestForm { files.append(requestForm.rulesFile) }
        for language in config.languages {
            let strings = theme.strings(for: language)
            var page = renderer.templatePage(language: language, title: strings["request_title"] ?? "Contact support", url: urls[language]!, translations: urls)
            if let requestForm {
                page.form = RequestFormPage(form: requestForm, language: language, strings: strings, basePath: config.basePath).context
                page.formAction = requestForm.formActionSource
            }
            page.contactEmail = requestForm?.email ?? RequestForm.supportEmail(config)
            files.append(try renderer.render(template: "request", page: page))
        }
        return files
    }
}

/// The `page.form` of one language's request page: its fields with labels, hints and ids, and the
/// settings the page script reads from data attributes.
struct RequestFormPage {
    let form: RequestForm
    let language: String
    let strings: [String: String]
    let basePath: String

    private var rulesLanguage: String { form.rules.resolvedLanguage(language) }

    var context: RequestFormContext {
        let rules = form.rules
        var ids = Set<String>()
        let fields = Self.subjectAndBodyFirst(rules).map { field -> RequestFieldContext in
            let base = "request-" + String(field.id.map { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" ? $0 : "-" })
            var inputID = base
            var number = 1
            while !ids.insert(inputID).inserted {
                number += 1
                inputID = "\(base)-\(number)"
            }
            return context(of: field, inputID: inputID)
        }
        let endpoint = form.endpoint
        return RequestFormContext(
            fields: fields,
            rulesURL: basePath + form.rulesFile.path,
            endpoint: endpoint ?? "",
            email: form.email ?? "",
            emailLink: form.email,
            strings: stringsJSON,
            // Without script the form still goes somewhere: posted to the endpoint, or as a plain-text email.
            action: endpoint ?? form.mailtoURL,
            enctype: endpoint == nil ? (form.email == nil ? nil : "text/plain") : (rules.fields.contains { $0.type == "file" } ? "multipart/form-data" : nil),
            isEmail: endpoint == nil && form.email != nil,
            confirmField: rules.documentation?.confirmField ?? "",
            subjectField: rules.subjectField ?? "",
            bodyField: rules.bodyField ?? "",
            honeypot: endpoint == nil ? nil : rules.submit?.honeypot ?? SubmitRule.defaultHoneypot
        )
    }

    /// The fields in the order the form shows them: the subject and the description first, so that article
    /// suggestions come while the customer writes, then the details in intake.yml's order.
    static func subjectAndBodyFirst(_ rules: RequestFormRules) -> [RequestFormRules.Field] {
        let leading = [rules.subjectField, rules.bodyField].compactMap { id in rules.fields.first { $0.id == id } }
        return leading + rules.fields.filter { field in !leading.contains { $0.id == field.id } }
    }

    /// The theme's `request_*` strings for the page script, as one JSON object (written into an attribute).
    var stringsJSON: String {
        let own = strings.filter { $0.key.hasPrefix("request_") }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(own) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    /// A theme string with each `{name}` found in `values` replaced, in one pass (values are not re-read).
    private func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Placeholders.fill(strings[key] ?? key, values)
    }

    private func label(_ texts: [String: String]) -> String {
        texts[rulesLanguage] ?? texts[form.rules.defaultLanguage] ?? texts.values.sorted().first ?? ""
    }

    private func context(of field: RequestFormRules.Field, inputID: String) -> RequestFieldContext {
        let hint = hint(for: field)
        let inputType: String
        let autocomplete: String?
        switch field.type {
        case "email": (inputType, autocomplete) = ("email", "email")
        case "phone": (inputType, autocomplete) = ("tel", "tel")
        default: (inputType, autocomplete) = ("text", field.id == "name" ? "name" : nil)
        }
        return RequestFieldContext(
            id: field.id,
            inputID: inputID,
            label: label(field.label),
            type: field.type,
            required: field.required,
            conditional: !field.requiredWhen.isEmpty,
            hint: hint.isEmpty ? nil : hint,
            inputType: inputType,
            autocomplete: autocomplete,
            accept: field.accept.isEmpty ? nil : field.accept.joined(separator: ","),
            options: field.options.map { RequestOptionContext(value: $0.value, label: label($0.label)) },
            isSubject: field.id == form.rules.subjectField,
            isBody: field.id == form.rules.bodyField,
            suggestions: field.id == form.rules.subjectField && form.rules.documentation != nil
        )
    }

    /// What to write, in a sentence or two: the format by example, the minimum length, the accepted files, and
    /// when a conditionally required field is needed.
    func hint(for field: RequestFormRules.Field) -> String {
        var parts: [String] = []
        if !field.requiredWhen.isEmpty {
            let conditions = field.requiredWhen.map { condition -> String in
                let other = form.rules.fields.first { $0.id == condition.field }
                let values = condition.values.map { value in
                    text("request_quote", ["text": other?.options.first { $0.value == value }.map { label($0.label) } ?? value])
                }
                return text("request_hint_required_when", ["field": other.map { label($0.label) } ?? condition.field, "values": values.joined(separator: " " + text("request_or") + " ")])
            }
            parts += conditions
        }
        if let example = field.example, !["select", "file", "checkbox", "textarea"].contains(field.type) {
            parts.append(text("request_hint_example", ["example": example]))
        }
        if let min = field.minLength {
            parts.append(text("request_hint_min", ["min": String(min)]))
        }
        if field.type == "file", !field.accept.isEmpty {
            parts.append(text("request_hint_files", ["accept": field.accept.joined(separator: ", ")]))
        }
        return parts.joined(separator: " ")
    }
}
