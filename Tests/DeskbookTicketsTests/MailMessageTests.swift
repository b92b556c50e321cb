import DeskbookTickets
import Foundation
import Testing

/// The MIME text of an email: headers that cannot be split, encoded words, base64 parts.
@Suite struct MailMessageTests {
    static let date = Date(timeIntervalSince1970: 1_780_000_000)

    @Test func aMessageWithAnAttachmentIsMultipart() {
        let message = MailMessage(
            from: "desk@example.com", to: ["support@example.com"], replyTo: "anna@example.com",
            subject: "[OT-1] Export skips tasks\r\nBcc: evil@example.com", date: Self.date, messageID: "OT-1.email@deskbook",
            text: "Hello\n", attachments: [Attachment(field: "logs", name: "app.log", mediaType: "text/plain", content: Data("line\n".utf8))]
        )
        let text = String(decoding: message.rendered(boundary: "B"), as: UTF8.self)
        #expect(text.hasPrefix("From: desk@example.com\r\nTo: support@example.com\r\nReply-To: anna@example.com\r\n"))
        #expect(text.contains("\r\nSubject: [OT-1] Export skips tasks  Bcc: evil@example.com\r\n"), "a line break in a subject adds no header")
        #expect(!text.contains("\r\nBcc:"))
        #expect(text.contains("Date: Thu, 28 May 2026 20:26:40 +0000\r\n"))
        #expect(text.contains("Content-Type: multipart/mixed; boundary=\"B\"\r\n\r\n--B\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\nSGVsbG8K\r\n"))
        #expect(text.contains("--B\r\nContent-Type: text/plain; name=\"app.log\"\r\nContent-Disposition: attachment; filename*=UTF-8''app.log\r\nContent-Transfer-Encoding: base64\r\n\r\nbGluZQo=\r\n--B--\r\n"))
    }

    @Test func aNonASCIISubjectIsEncodedWordsSplitBetweenCharacters() {
        let subject = String(repeating: "Экспорт ", count: 6)
        let message = MailMessage(from: "a@example.com", to: ["b@example.com"], replyTo: nil, subject: subject, date: Self.date, messageID: "x@y", text: "")
        let text = String(decoding: message.rendered(), as: UTF8.self)
        let header = text.components(separatedBy: "\r\nDate:")[0].components(separatedBy: "Subject: ")[1]
        let words = header.components(separatedBy: "\r\n ")
        #expect(words.count > 1)
        let decoded = words.map { word in
            String(decoding: Data(base64Encoded: String(word.dropFirst("=?UTF-8?B?".count).dropLast(2)))!, as: UTF8.self)
        }.joined()
        #expect(decoded == subject)
        #expect(!text.contains("multipart"))
    }
}
