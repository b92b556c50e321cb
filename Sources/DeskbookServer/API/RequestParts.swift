import DeskbookIntake
import DeskbookTickets
import Foundation

/// A submitted request split into its JSON and its attached files.
struct RequestParts {
    var json: Data
    var files: [Attachment]

    /// The sanitized file names under each file field, in the order sent.
    var fileNames: [String: [String]] {
        Dictionary(grouping: files, by: \.field).mapValues { $0.map(\.name) }
    }

    /// Reads the form's multipart body: the part `request` holds the JSON, every other part is a file of a
    /// `file` field, within intake.yml's attachment limits. A filled honeypot part is refused.
    static func multipart(_ body: Data, boundary: String, rules: IntakeRules) -> Result<RequestParts, Refusal> {
        let form: MultipartForm
        do {
            form = try MultipartForm(body: body, boundary: boundary, maxParts: rules.limits.attachments + rules.fields.count + 2)
        } catch {
            return .failure(Refusal(.badRequest, "malformed_multipart", "the multipart body is malformed: \(error.reason)"))
        }
        var json: Data?
        var files: [Attachment] = []
        for part in form.parts {
            if part.name == "request" {
                guard json == nil else { return .failure(Refusal(.badRequest, "malformed_multipart", "the part 'request' is given twice")) }
                json = part.content
                continue
            }
            if part.name == rules.honeypot {
                if !part.content.isEmpty { return .failure(Refusal(.badRequest, "rejected", "the request was refused")) }
                continue
            }
            guard rules.field(part.name)?.type == .file, let fileName = part.fileName else {
                return .failure(Refusal(.badRequest, "unknown_part", "the part '\(part.name)' is neither 'request' nor a file field of \(IntakeRules.fileName)"))
            }
            // A file input left empty is sent as a part with no name and no content.
            if fileName.isEmpty && part.content.isEmpty { continue }
            guard files.count < rules.limits.attachments else {
                return .failure(Refusal(.contentTooLarge, "too_large", "a request may carry at most \(rules.limits.attachments) files"))
            }
            guard part.content.count <= rules.limits.attachmentBytes else {
                return .failure(Refusal(.contentTooLarge, "too_large", "each file may be at most \(rules.limits.attachmentBytes) bytes"))
            }
            files.append(Attachment(
                field: part.name, name: AttachmentName.sanitize(fileName),
                mediaType: Self.mediaType(part.contentType), content: part.content
            ))
        }
        guard let json else { return .failure(Refusal(.badRequest, "malformed_multipart", "the multipart body has no part named 'request'")) }
        return .success(RequestParts(json: json, files: files))
    }

    /// The part's media type without parameters, when it looks like one; never trusted for display.
    private static func mediaType(_ contentType: String?) -> String {
        let type = contentType?.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let valid = type.split(separator: "/").count == 2 && type.utf8.allSatisfy { (0x21...0x7E).contains($0) } && type.count <= 100
        return valid ? type : "application/octet-stream"
    }
}
