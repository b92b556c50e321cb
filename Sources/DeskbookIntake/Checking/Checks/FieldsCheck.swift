/// Required fields, lengths, options, formats, file types, markup and NUL characters, field by field.
struct FieldsCheck: IntakeCheck {
    let name = "fields"
    let codes: [FindingCode] = [.fieldRequired, .subjectEmpty, .fieldTooLong, .fieldTooShort, .fieldOption, .fieldFormat, .fieldMarkup, .fieldFileType, .fieldNulCharacter]

    func check(_ context: inout CheckContext) {
        context.checkFields()
    }
}

extension FindingCode {
    public static let fieldRequired = FindingCode("field.required")
    public static let subjectEmpty = FindingCode("subject.empty")
    public static let fieldTooLong = FindingCode("field.too-long")
    public static let fieldTooShort = FindingCode("field.too-short")
    public static let fieldOption = FindingCode("field.option")
    public static let fieldFormat = FindingCode("field.format")
    public static let fieldMarkup = FindingCode("field.markup", .warning)
    public static let fieldFileType = FindingCode("field.file-type")
    public static let fieldNulCharacter = FindingCode("field.nul-character", configurable: false)
}

private extension CheckContext {
    /// Required, length, option, format, file type, markup and NUL checks, field by field in config order.
    mutating func checkFields() {
        for field in rules.fields {
            guard let value = fields.values[field.id] else {
                if !fields.invalid.contains(field.id) { checkMissing(field) }
                continue
            }
            switch value {
            case .text(let text): checkText(text, of: field)
            case .files(let names): checkFiles(names, of: field)
            case .flag: break
            }
        }
    }

    private mutating func checkMissing(_ field: FieldRule) {
        let isSubject = field.id == rules.subjectField && rules.subject != nil
        guard field.required || isSubject || (!field.requiredWhen.isEmpty && fields.holds(field.requiredWhen)) else { return }
        findings.add(isSubject ? .subjectEmpty : .fieldRequired, field: field.id, ["label": findings.label(field)])
    }

    private mutating func checkText(_ text: String, of field: FieldRule) {
        let label = findings.label(field)
        let length = RequestText.length(text)
        if length > field.maxLength {
            oversized.insert(field.id)
            findings.add(.fieldTooLong, field: field.id, ["label": label, "max": String(field.maxLength)])
        } else if let min = field.minLength, length < min {
            findings.add(.fieldTooShort, field: field.id, ["label": label, "min": String(min)])
        }
        if field.type == .select {
            if !field.options.contains(where: { $0.value == text }) { findings.add(.fieldOption, field: field.id, ["label": label]) }
        } else if let pattern = field.pattern, !oversized.contains(field.id), !FieldFormat.matches(text, pattern: pattern) {
            findings.add(.fieldFormat, field: field.id, ["label": label, "example": field.example ?? ""])
        }
        if RequestText.hasMarkup(text) {
            findings.add(.fieldMarkup, field: field.id, ["label": label])
        }
        checkNul([text], of: field)
    }

    private mutating func checkFiles(_ names: [String], of field: FieldRule) {
        let rejected = !field.accept.isEmpty && names.contains { name in
            guard let dot = name.lastIndex(of: ".") else { return true }
            return !field.accept.contains(name[dot...].lowercased())
        }
        if rejected {
            findings.add(.fieldFileType, field: field.id, ["label": findings.label(field), "accept": field.accept.joined(separator: ", ")])
        }
        checkNul(names, of: field)
    }

    /// A NUL character is refused: back ends cut text at it or cannot store it (PostgreSQL, C strings).
    private mutating func checkNul(_ texts: [String], of field: FieldRule) {
        if texts.contains(where: { $0.unicodeScalars.contains("\u{0}") }) {
            findings.add(.fieldNulCharacter, field: field.id, ["label": findings.label(field)])
        }
    }
}
