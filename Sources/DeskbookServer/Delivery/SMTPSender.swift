import CCurl
import DeskbookTickets
import Foundation

/// Sends one message over SMTP with libcurl: `smtp://` (with STARTTLS when required) or `smtps://`, with a
/// user name and password when given. libcurl blocks, so each message is sent on a thread of its own.
struct SMTPSender: Sendable {
    var url: String
    var username: String?
    var password: String?
    var requireStartTLS: Bool
    var connectTimeout = 5
    var timeout = Int(Destinations.longestAttempt)

    struct Failed: Error, CustomStringConvertible {
        var description: String
    }

    /// libcurl's global state is set up once, before the first transfer.
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK

    /// Sends `message` from `sender` to `recipients` (the envelope; the headers are in the message).
    func send(_ message: Data, from sender: String, to recipients: [String]) async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            Thread.detachNewThread {
                continuation.resume(with: Result { try sendBlocking(message, from: sender, to: recipients) })
            }
        }
    }

    /// What libcurl reads the message from.
    private final class Upload {
        let data: Data
        var offset = 0
        init(_ data: Data) { self.data = data }
    }

    private func sendBlocking(_ message: Data, from sender: String, to recipients: [String]) throws {
        guard Self.initialized, let handle = curl_easy_init() else { throw Failed(description: "libcurl could not be initialized") }
        defer { curl_easy_cleanup(handle) }
        var list: UnsafeMutablePointer<curl_slist>?
        for recipient in recipients { list = curl_slist_append(list, "<\(recipient)>") }
        defer { curl_slist_free_all(list) }
        let upload = Upload(message)
        let box = Unmanaged.passRetained(upload)
        defer { box.release() }
        var errorBuffer = [CChar](repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        let code: CURLcode = errorBuffer.withUnsafeMutableBufferPointer { buffer in
            deskbook_curl_set_string(handle, CURLOPT_URL, url)
            deskbook_curl_set_string(handle, CURLOPT_MAIL_FROM, "<\(sender)>")
            deskbook_curl_set_pointer(handle, CURLOPT_MAIL_RCPT, list)
            deskbook_curl_set_long(handle, CURLOPT_UPLOAD, 1)
            deskbook_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
            deskbook_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT, connectTimeout)
            deskbook_curl_set_long(handle, CURLOPT_TIMEOUT, timeout)
            deskbook_curl_set_long(handle, CURLOPT_USE_SSL, requireStartTLS ? Int(CURLUSESSL_ALL.rawValue) : Int(CURLUSESSL_NONE.rawValue))
            deskbook_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, buffer.baseAddress)
            if let username, let password {
                deskbook_curl_set_string(handle, CURLOPT_USERNAME, username)
                deskbook_curl_set_string(handle, CURLOPT_PASSWORD, password)
            }
            deskbook_curl_set_pointer(handle, CURLOPT_READDATA, box.toOpaque())
            deskbook_curl_set_read_function(handle) { destination, size, count, context in
                guard let destination, let context else { return 0 }
                let upload = Unmanaged<Upload>.fromOpaque(context).takeUnretainedValue()
                let length = min(size * count, upload.data.count - upload.offset)
                guard length > 0 else { return 0 }
                upload.data.withUnsafeBytes { bytes in
                    let start = bytes.baseAddress!.advanced(by: upload.offset)
                    UnsafeMutableRawPointer(destination).copyMemory(from: start, byteCount: length)
                }
                upload.offset += length
                return length
            }
            return curl_easy_perform(handle)
        }
        guard code == CURLE_OK else {
            let detail = String(decoding: errorBuffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw Failed(description: "SMTP: \(detail.isEmpty ? String(cString: curl_easy_strerror(code)) : detail)")
        }
    }
}
