import DeskbookIntake
import Foundation
import GRDB

/// The ticket store in one SQLite file (WAL mode), `<source>/.deskbook/intake.sqlite` by default.
///
/// SQLite runs one write transaction at a time, also across processes, so the ticket counter read and bumped
/// inside `accept` cannot hand out a number twice; a write is on disk (the WAL) when its transaction commits.
public final class SQLiteTicketStore: TicketStore {
    private let pool: DatabasePool

    /// The store file's usual place in a site folder.
    public static func defaultPath(source: String) -> String {
        URL(fileURLWithPath: source).appendingPathComponent(".deskbook/intake.sqlite").path
    }

    /// Opens (or creates, with its folder) the store at `path` and brings its tables up to date.
    public init(path: String) throws {
        try FileManager.default.createDirectory(at: URL(fileURLWithPath: path).deletingLastPathComponent(), withIntermediateDirectories: true)
        var configuration = Configuration()
        // Other processes (a second service, `deskbook requests retry`) may hold the write lock for a moment.
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try SQLiteSchema.migrator.migrate(pool)
    }

    public func accept(_ submission: Submission, format: TicketFormat, answer: @escaping @Sendable (String) throws -> Data) async throws -> Acceptance {
        try await pool.write { db in
            if let key = submission.idempotencyKey,
               let row = try Row.fetchOne(db, sql: "SELECT fingerprint, answer FROM idempotency_keys WHERE key = ?", arguments: [key]) {
                let fingerprint: String = row["fingerprint"]
                return fingerprint == submission.fingerprint ? .replayed(answer: row["answer"]) : .keyReused
            }
            try db.execute(sql: "UPDATE counters SET value = value + 1 WHERE name = 'ticket'")
            let sequence = try Int64.fetchOne(db, sql: "SELECT value FROM counters WHERE name = 'ticket'") ?? 1
            let ticket = format.number(sequence: sequence, receivedAt: submission.receivedAt)
            let body = try answer(ticket)
            let received = submission.receivedAt.timeIntervalSince1970
            try db.execute(
                sql: """
                    INSERT INTO requests (ticket, sequence, received_at, language, department, payload, requester, follow_up_of)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [ticket, sequence, received, submission.language, submission.department, submission.payload, submission.requester, submission.followUpOf]
            )
            let requestID = db.lastInsertedRowID
            for attachment in submission.attachments {
                try db.execute(
                    sql: "INSERT INTO attachments (request_id, field, name, media_type, size, content) VALUES (?, ?, ?, ?, ?, ?)",
                    arguments: [requestID, attachment.field, attachment.name, attachment.mediaType, attachment.content.count, attachment.content]
                )
            }
            for destination in submission.destinations {
                try db.execute(
                    sql: "INSERT INTO outbox (request_id, destination, state, attempts, next_attempt) VALUES (?, ?, 'pending', 0, ?)",
                    arguments: [requestID, destination, received]
                )
            }
            if let key = submission.idempotencyKey {
                try db.execute(
                    sql: "INSERT INTO idempotency_keys (key, fingerprint, request_id, answer, created_at) VALUES (?, ?, ?, ?, ?)",
                    arguments: [key, submission.fingerprint, requestID, body, received]
                )
            }
            return .accepted(ticket: ticket, answer: body)
        }
    }

    public func claimDeliveries(at now: Date, limit: Int, lease: TimeInterval) async throws -> [Delivery] {
        try await pool.write { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT outbox.id, outbox.request_id, outbox.destination, outbox.attempts, requests.ticket, requests.payload
                FROM outbox JOIN requests ON requests.id = outbox.request_id
                WHERE outbox.state = 'pending' AND outbox.next_attempt <= ?
                ORDER BY outbox.next_attempt, outbox.id LIMIT ?
                """, arguments: [now.timeIntervalSince1970, limit])
            var deliveries: [Delivery] = []
            for row in rows {
                let id: Int64 = row["id"]
                try db.execute(sql: "UPDATE outbox SET next_attempt = ? WHERE id = ?", arguments: [now.timeIntervalSince1970 + lease, id])
                let attachments = try Row.fetchAll(
                    db, sql: "SELECT field, name, media_type, content FROM attachments WHERE request_id = ? ORDER BY id",
                    arguments: [row["request_id"] as Int64]
                ).map { Attachment(field: $0["field"], name: $0["name"], mediaType: $0["media_type"], content: $0["content"]) }
                deliveries.append(Delivery(
                    id: id, ticket: row["ticket"], destination: row["destination"], attempts: row["attempts"],
                    payload: row["payload"], attachments: attachments
                ))
            }
            return deliveries
        }
    }

    public func recordDelivered(_ id: Int64, at now: Date) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE outbox SET state = 'delivered', attempts = attempts + 1, delivered_at = ?, last_error = NULL WHERE id = ?",
                arguments: [now.timeIntervalSince1970, id]
            )
        }
    }

    public func recordFailure(_ id: Int64, reason: String, at now: Date, policy: RetryPolicy) async throws -> DeliveryState {
        try await pool.write { db in
            let attempts = (try Int.fetchOne(db, sql: "SELECT attempts FROM outbox WHERE id = ?", arguments: [id]) ?? 0) + 1
            let state: DeliveryState = attempts >= policy.maxAttempts ? .dead : .pending
            let next = now.timeIntervalSince1970 + policy.delay(afterAttempts: attempts)
            try db.execute(
                sql: "UPDATE outbox SET state = ?, attempts = ?, next_attempt = ?, last_error = ? WHERE id = ? AND state = 'pending'",
                arguments: [state.rawValue, attempts, next, String(reason.prefix(500)), id]
            )
            return state
        }
    }

    public func requests(failedOnly: Bool, limit: Int) async throws -> [RequestSummary] {
        try await pool.read { db in
            let filter = failedOnly ? "WHERE EXISTS (SELECT 1 FROM outbox WHERE outbox.request_id = requests.id AND state = 'dead')" : ""
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM requests \(filter) ORDER BY sequence DESC LIMIT ?", arguments: [limit])
            return try rows.map { try Self.summary($0, db) }
        }
    }

    public func request(ticket: String) async throws -> RequestDetail? {
        try await pool.read { db in
            guard let row = try Self.requestRow(ticket, db) else { return nil }
            let attachments = try Row.fetchAll(
                db, sql: "SELECT field, name, media_type, size FROM attachments WHERE request_id = ? ORDER BY id", arguments: [row["id"] as Int64]
            ).map { AttachmentInfo(field: $0["field"], name: $0["name"], mediaType: $0["media_type"], size: $0["size"]) }
            return RequestDetail(summary: try Self.summary(row, db), payload: row["payload"], attachments: attachments)
        }
    }

    public func ticketExists(_ ticket: String) async throws -> Bool {
        try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM requests WHERE ticket = ?)", arguments: [ticket]) ?? false
        }
    }

    public func recentRequests(requester: String, since: Date, limit: Int) async throws -> [EarlierRequest] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: """
                    SELECT ticket, payload, idempotency_keys.fingerprint FROM requests
                    LEFT JOIN idempotency_keys ON idempotency_keys.request_id = requests.id
                    WHERE requester = ? AND received_at >= ? ORDER BY received_at DESC LIMIT ?
                    """,
                arguments: [requester, since.timeIntervalSince1970, limit]
            ).map { EarlierRequest(ticket: $0["ticket"], payload: $0["payload"], fingerprint: $0["fingerprint"]) }
        }
    }

    public func retry(ticket: String, at now: Date) async throws -> Int? {
        try await pool.write { db in
            guard let id: Int64 = try Self.requestRow(ticket, db)?["id"] else { return nil }
            try db.execute(
                sql: "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt = ? WHERE request_id = ? AND state = 'dead'",
                arguments: [now.timeIntervalSince1970, id]
            )
            return db.changesCount
        }
    }

    public func record(_ event: SelfServiceEvent) async throws {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO events (at, type, language, query, results, article, helpful, reason, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                arguments: [
                    event.at.timeIntervalSince1970, event.kind.rawValue, event.language, event.query, event.results, event.article,
                    event.helpful, event.reason?.rawValue, event.comment,
                ]
            )
        }
    }

    public func events(from start: Date, to end: Date) async throws -> [SelfServiceEvent] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM events WHERE at >= ? AND at < ? ORDER BY at, id",
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970]
            ).compactMap { row in
                guard let kind = SelfServiceEvent.Kind(rawValue: row["type"]) else { return nil }
                return SelfServiceEvent(
                    kind: kind, at: Date(timeIntervalSince1970: row["at"]), language: row["language"], query: row["query"],
                    results: row["results"], article: row["article"], helpful: row["helpful"],
                    reason: (row["reason"] as String?).flatMap(SelfServiceEvent.VoteReason.init(rawValue:)), comment: row["comment"]
                )
            }
        }
    }

    public func requestFacts(from start: Date, to end: Date) async throws -> [RequestFact] {
        try await pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT received_at, language, department FROM requests WHERE received_at >= ? AND received_at < ? ORDER BY received_at",
                arguments: [start.timeIntervalSince1970, end.timeIntervalSince1970]
            ).map { RequestFact(receivedAt: Date(timeIntervalSince1970: $0["received_at"]), language: $0["language"], department: $0["department"]) }
        }
    }

    /// The request with this ticket number or, for a number, this sequence number.
    private static func requestRow(_ ticket: String, _ db: Database) throws -> Row? {
        try Row.fetchOne(db, sql: "SELECT * FROM requests WHERE ticket = ? OR sequence = ? ORDER BY ticket = ? DESC LIMIT 1",
                         arguments: [ticket, Int64(ticket) ?? -1, ticket])
    }

    private static func summary(_ row: Row, _ db: Database) throws -> RequestSummary {
        let deliveries = try Row.fetchAll(
            db, sql: "SELECT destination, state, attempts, next_attempt, last_error FROM outbox WHERE request_id = ? ORDER BY id",
            arguments: [row["id"] as Int64]
        ).map { delivery in
            let state = DeliveryState(rawValue: delivery["state"]) ?? .pending
            return DeliveryStatus(
                destination: delivery["destination"], state: state, attempts: delivery["attempts"],
                nextAttempt: state == .pending ? Date(timeIntervalSince1970: delivery["next_attempt"]) : nil,
                lastError: delivery["last_error"]
            )
        }
        return RequestSummary(
            ticket: row["ticket"], receivedAt: Date(timeIntervalSince1970: row["received_at"]), language: row["language"],
            department: row["department"], deliveries: deliveries
        )
    }
}
