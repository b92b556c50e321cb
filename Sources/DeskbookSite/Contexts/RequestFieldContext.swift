/// One field of the request form: an element of `page.form.fields`.
struct RequestFieldContext: TemplateContext {
    /// The field's id in intake.yml, the name it is posted under.
    var id: String
    /// The `id` of its input element, unique on the page: `request-<id>`.
    var inputID: String
    /// The label in the page's language.
    var label: String
    /// The intake type: `text`, `email`, `phone`, `select`, `textarea`, `file`, `checkbox`...
    var type: String
    /// `true` when the field must always be filled in.
    var required: Bool
    /// `true` when the field is required only for some values of another field.
    var conditional: Bool
    /// What to write (format, minimum length, accepted files, when it is required), if any.
    var hint: String?
    /// `email`, `tel` or `text`.
    var inputType: String
    /// The `autocomplete` value (`email`, `tel`, `name`); none for other fields.
    var autocomplete: String?
    /// Accepted file types, comma-separated; none when any file is accepted.
    var accept: String?
    /// The choices of a select field.
    var options: [RequestOptionContext]
    /// `true` for the subject field.
    var isSubject: Bool
    /// `true` for the description field.
    var isBody: Bool
    /// `true` after the subject field when the form suggests articles.
    var suggestions: Bool

    /// The `id` of the hint element.
    var hintID: String { inputID + "-hint" }
    /// The `id` of the element the script writes the field's problems into.
    var findingsID: String { inputID + "-findings" }
    /// The `aria-describedby` value: the hint's (when there is one) and the findings' ids.
    var describedby: String { hint == nil ? findingsID : hintID + " " + findingsID }
    /// `true` for the types shown as an `<input>` of `input_type`.
    var isInput: Bool { !["select", "textarea", "file", "checkbox"].contains(type) }

    func child(named key: String) -> Any? {
        switch key {
        case "id": id
        case "input_id": inputID
        case "label": label
        case "type": type
        case "required": required
        case "conditional": conditional
        case "hint": hint.templateValue
        case "hint_id": hintID
        case "findings_id": findingsID
        case "describedby": describedby
        case "is_select": type == "select"
        case "is_textarea": type == "textarea"
        case "is_file": type == "file"
        case "is_checkbox": type == "checkbox"
        case "is_input": isInput
        case "input_type": inputType
        case "autocomplete": autocomplete.templateValue
        case "accept": accept.templateValue
        case "multiple": type == "file"
        case "options": options
        case "is_subject": isSubject
        case "is_body": isBody
        case "suggestions": suggestions
        default: nil
        }
    }
}
