import Foundation

/// An email as RFC 5322 text with MIME parts: a UTF-8 text body and each attachment base64-encoded.
///
/// Header values lose any line breaks (so a customer's subject cannot add headers), and non-ASCII ones are
/// encoded words (RFC 2047).
public struct MailMessage: Sendable, Hashable {
    public var from: String
    public var to: [String]
    public var replyTo: String?
    public var subject: String
    public var date: Date
    /// Without angle brackets, e.g. `OT-2026-000001.email@deskbook`.
    public var messageID: String
    public var text: String
    public var attachments: [Attachment]

    public init(from: String, to: [String], replyTo: String?, subject: String, date: Date, messageID: String, text: String, attachments: [Attachment] = []) {
        self.from = from
        self.to = to
        self.replyTo = replyTo
        self.subject = subject
        self.date = date
        self.messageID = messageID
        self.text = text
        self.attachments = attachments
    }

    /// The message with CRLF line ends, ready for SMTP's DATA.
    public func rendered(boundary: String = "deskbook-" + UUID().uuidString) -> Data {
        var lines = [
            "From: \(Self.clean(from))",
            "To: \(to.map(Self.clean).joined(separator: ", "))",
        ]
        if let replyTo { lines.append("Reply-To: \(Self.clean(replyTo))") }
        lines += [
            "Subject: \(Self.encodedWords(Self.clean(subject)))",
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: <\(Self.clean(messageID))>",
            "MIME-Version: 1.0",
        ]
        let textPart = ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: base64", ""] + Self.base64Lines(Data(text.utf8))
        if attachments.isEmpty {
            lines += textPart
        } else {
            lines += ["Content-Type: multipart/mixed; boundary=\"\(boundary)\"", "", "--\(boundary)"] + textPart
            for attachment in attachments {
                let name = Self.clean(attachment.name).replacingOccurrences(of: "\"", with: "_")
                lines += [
                    "--\(boundary)",
                    "Content-Type: \(Self.clean(attachment.mediaType)); name=\"\(Self.encodedWords(name))\"",
                    "Content-Disposition: attachment; filename*=UTF-8''\(Self.percentEncoded(name))",
                    "Content-Transfer-Encoding: base64",
                    "",
                ] + Self.base64Lines(attachment.content)
            }
            lines.append("--\(boundary)--")
        }
        return Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// A header value on one line, without control characters.
    static func clean(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// ASCII text as it is; anything else as `=?UTF-8?B?...?=` words of at most 45 bytes each, split between characters.
    static func encodedWords(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !$0.isASCII }) else { return value }
        var words: [String] = []
        var chunk = Data()
        for character in value {
            let bytes = Data(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=")
                chunk = Data()
            }
            chunk.append(bytes)
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(chunk.base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }

    static func base64Lines(_ data: Data) -> [String] {
        let encoded = data.base64EncodedString(options: [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed])
        return encoded.isEmpty ? [""] : encoded.components(separatedBy: "\r\n")
    }

    static func percentEncoded(_ name: String) -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)...Unicode.Scalar(0x7F)))
        allowed.insert(charactersIn: "-._~")
        return name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "attachment"
    }

    static func rfc5322Date(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss '+0000'"
        return formatter.string(from: date)
    }
}
