import DeskbookIntake
import DeskbookTickets
import Foundation
import Logging
import PostgresNIO

/// The ticket store in a PostgreSQL database, shared by every service instance that names it.
///
/// Ticket numbers come from a database sequence, so two instances never hand out the same one; each method
/// is one transaction, committed before it returns; and deliveries are claimed with `FOR UPDATE SKIP LOCKED`,
/// so two workers never take the same delivery at once.
public final class PostgresTicketStore: TicketStore {
    private let client: PostgresClient
    private let runner: Task<Void, Never>
    private let schema: String
    private let logger: Logger

    /// Connects to `location`, creates the store's tables in `schema` when they are missing, and returns the
    /// store; `close()` ends its connections. A server that cannot be reached within `timeout` is an error.
    public static func connect(
        _ location: PostgresLocation, schema: String = "deskbook", timeout: Duration = .seconds(10), logger: Logger = PostgresTicketStore.quietLogger
    ) async throws -> PostgresTicketStore {
        guard PostgresSchema.isValidName(schema) else { throw PostgresLocationError("'\(schema)' is not a usable schema name") }
        var configuration = location.clientConfiguration
        // One connection attempt may take as long as the whole start-up may.
        configuration.options.connectTimeout = timeout
        let store = PostgresTicketStore(client: PostgresClient(configuration: configuration, backgroundLogger: logger), schema: schema, logger: logger)
        do {
            // The pool retries a server that does not answer for ever; starting up waits `timeout` at most.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask {
                    try await store.transaction { connection in
                        try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\("deskbook schema " + schema)))", logger: logger)
                        for statement in PostgresSchema.statements(schema) {
                            try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                        }
                    }
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    throw PostgresLocationError("the server did not answer within \(timeout)")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// Connection attempts and closings are logged at info level; the store logs only warnings and errors.
    public static var quietLogger: Logger {
        var logger = Logger(label: "deskbook-postgres")
        logger.logLevel = .warning
        return logger
    }

    private init(client: PostgresClient, schema: String, logger: Logger) {
        self.client = client
        self.schema = schema
        self.logger = logger
        runner = Task { await client.run() }
    }

    /// Closes the store's connections.
    public func close() async {
        runner.cancel()
        await runner.value
    }

    deinit { runner.cancel() }

    public func accept(_ submission: Submission, format: TicketFormat, answer: @escaping @Sendable (String) throws -> Data) async throws -> Acceptance {
        let schema = self.schema
        let logger = self.logger
        return try await transaction { connection in
            if let key = submission.idempotencyKey {
                // Two instances given the same key at once: the second waits here for the first to commit.
                try await connection.query("SELECT pg_advisory_xact_lock(hashtext(\(key)))", logger: logger)
                let rows = try await connection.query(
                    PostgresQuery(unsafeSQL: "SELECT fingerprint, answer FROM \(schema).idempotency_keys WHERE key = $1", binds: try Self.binds(key)),
                    logger: logger
                ).collect()
                if let row = rows.first {
                    let (fingerprint, body) = try row.decode((String, Data).self)
                    return fingerprint == submission.fingerprint ? .replayed(answer: body) : .keyReused
                }
            }
            let sequence = try await Self.single(Int64.self, connection.query(
                PostgresQuery(unsafeSQL: "SELECT nextval('\(schema).ticket_sequence')"), logger: logger))
            let ticket = format.number(sequence: sequence, receivedAt: submission.receivedAt)
            let body = try answer(ticket)
            let received = submission.receivedAt.timeIntervalSince1970
            let requestID = try await Self.single(Int64.self, connection.query(PostgresQuery(
                unsafeSQL: """
                    INSERT INTO \(schema).requests (ticket, sequence, received_at, language, department, payload, requester, follow_up_of)
                    VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
                    """,
                binds: try Self.binds(
                    ticket, sequence, received, submission.language, submission.department, submission.payload, submission.requester, submission.followUpOf
                )
            ), logger: logger))
            for attachment in submission.attachments {
                try await connection.query(PostgresQuery(
                    unsafeSQL: "INSERT INTO \(schema).attachments (request_id, field, name, media_type, size, content) VALUES ($1, $2, $3, $4, $5, $6)",
                    binds: try Self.binds(requestID, attachment.field, attachment.name, attachment.mediaType, Int64(attachment.content.count), attachment.content)
                ), logger: logger)
            }
            for destination in submission.destinations {
                try await connection.query(PostgresQuery(
                    unsafeSQL: "INSERT INTO \(schema).outbox (request_id, destination, state, attempts, next_attempt) VALUES ($1, $2, 'pending', 0, $3)",
                    binds: try Self.binds(requestID, destination, received)
                ), logger: logger)
            }
            if let key = submission.idempotencyKey {
                try await connection.query(PostgresQuery(
                    unsafeSQL: "INSERT INTO \(schema).idempotency_keys (key, fingerprint, request_id, answer, created_at) VALUES ($1, $2, $3, $4, $5)",
                    binds: try Self.binds(key, submission.fingerprint, requestID, body, received)
                ), logger: logger)
            }
            return .accepted(ticket: ticket, answer: body)
        }
    }

    public func claimDeliveries(at now: Date, limit: Int, lease: TimeInterval) async throws -> [Delivery] {
        let schema = self.schema
        let logger = self.logger
        return try await transaction { connection in
            // Rows another instance is claiming right now are skipped, not waited for.
            let rows = try await connection.query(PostgresQuery(
                unsafeSQL: """
                    WITH due AS (
                        SELECT id, next_attempt FROM \(schema).outbox
                        WHERE state = 'pending' AND next_attempt <= $1
                        ORDER BY next_attempt, id LIMIT $2
                        FOR UPDATE SKIP LOCKED
                    ), claimed AS (
                        UPDATE \(schema).outbox SET next_attempt = $3 FROM due WHERE outbox.id = due.id
                        RETURNING outbox.id, outbox.request_id, outbox.destination, outbox.attempts, due.next_attempt AS due_at
                    )
                    SELECT claimed.id, claimed.request_id, claimed.destination, claimed.attempts, requests.ticket, requests.payload
                    FROM claimed JOIN \(schema).requests ON requests.id = claimed.request_id
                    ORDER BY claimed.due_at, claimed.id
                    """,
                binds: try Self.binds(now.timeIntervalSince1970, Int64(limit), now.timeIntervalSince1970 + lease)
            ), logger: logger).collect()
            var deliveries: [Delivery] = []
            for row in rows {
                let (id, requestID, destination, attempts, ticket, payload) = try row.decode((Int64, Int64, String, Int32, String, Data).self)
                let attachments = try await connection.query(PostgresQuery(
                    unsafeSQL: "SELECT field, name, media_type, content FROM \(schema).attachments WHERE request_id = $1 ORDER BY id",
                    binds: try Self.binds(requestID)
                ), logger: logger).collect().map { row in
                    let (field, name, mediaType, content) = try row.decode((String, String, String, Data).self)
                    return Attachment(field: field, name: name, mediaType: mediaType, content: content)
                }
                deliveries.append(Delivery(id: id, ticket: ticket, destination: destination, attempts: Int(attempts), payload: payload, attachments: attachments))
            }
            return deliveries
        }
    }

    public func recordDelivered(_ id: Int64, at now: Date) async throws {
        try await client.query(PostgresQuery(
            unsafeSQL: "UPDATE \(schema).outbox SET state = 'delivered', attempts = attempts + 1, delivered_at = $1, last_error = NULL WHERE id = $2",
            binds: try Self.binds(now.timeIntervalSince1970, id)
        ), logger: logger)
    }

    public func recordFailure(_ id: Int64, reason: String, at now: Date, policy: RetryPolicy) async throws -> DeliveryState {
        let schema = self.schema
        let logger = self.logger
        return try await transaction { connection in
            let rows = try await connection.query(PostgresQuery(
                unsafeSQL: "SELECT attempts FROM \(schema).outbox WHERE id = $1 FOR UPDATE", binds: try Self.binds(id)
            ), logger: logger).collect()
            let attempts = Int(try rows.first?.decode(Int32.self) ?? 0) + 1
            let state: DeliveryState = attempts >= policy.maxAttempts ? .dead : .pending
            try await connection.query(PostgresQuery(
                unsafeSQL: "UPDATE \(schema).outbox SET state = $1, attempts = $2, next_attempt = $3, last_error = $4 WHERE id = $5 AND state = 'pending'",
                binds: try Self.binds(state.rawValue, Int32(attempts), now.timeIntervalSince1970 + policy.delay(afterAttempts: attempts), String(reason.prefix(500)), id)
            ), logger: logger)
            return state
        }
    }

    public func requests(failedOnly: Bool, limit: Int) async throws -> [RequestSummary] {
        let filter = failedOnly ? "WHERE EXISTS (SELECT 1 FROM \(schema).outbox WHERE outbox.request_id = requests.id AND state = 'dead')" : ""
        let rows = try await client.query(PostgresQuery(
            unsafeSQL: "SELECT id, ticket, received_at, language, department FROM \(schema).requests \(filter) ORDER BY sequence DESC LIMIT $1",
            binds: try Self.binds(Int64(limit))
        ), logger: logger).collect()
        var summaries: [RequestSummary] = []
        for row in rows { summaries.append(try await summary(row)) }
        return summaries
    }

    public func request(ticket: String) async throws -> RequestDetail? {
        let rows = try await client.query(PostgresQuery(
            unsafeSQL: """
                SELECT id, ticket, received_at, language, department, payload FROM \(schema).requests
                WHERE ticket = $1 OR sequence = $2 ORDER BY ticket = $1 DESC LIMIT 1
                """,
            binds: try Self.binds(ticket, Int64(ticket) ?? -1)
        ), logger: logger).collect()
        guard let row = rows.first else { return nil }
        let (id, _, _, _, _, payload) = try row.decode((Int64, String, Double, String, String?, Data).self)
        let attachments = try await client.query(PostgresQuery(
            unsafeSQL: "SELECT field, name, media_type, size FROM \(schema).attachments WHERE request_id = $1 ORDER BY id", binds: try Self.binds(id)
        ), logger: logger).collect().map { row in
            let (field, name, mediaType, size) = try row.decode((String, String, String, Int64).self)
            return AttachmentInfo(field: field, name: name, mediaType: mediaType, size: Int(size))
        }
        return RequestDetail(summary: try await summary(row), payload: payload, attachments: attachments)
    }

    public func ticketExists(_ ticket: String) async throws -> Bool {
        try await client.query(PostgresQuery(
            unsafeSQL: "SELECT 1 FROM \(schema).requests WHERE ticket = $1", binds: try Self.binds(ticket)
        ), logger: logger).collect().isEmpty == false
    }

    public func recentRequests(requester: String, since: Date, limit: Int) async throws -> [EarlierRequest] {
        try await client.query(PostgresQuery(
            unsafeSQL: """
                SELECT ticket, payload, idempotency_keys.fingerprint FROM \(schema).requests
                LEFT JOIN \(schema).idempotency_keys ON idempotency_keys.request_id = requests.id
                WHERE requester = $1 AND received_at >= $2 ORDER BY received_at DESC LIMIT $3
                """,
            binds: try Self.binds(requester, since.timeIntervalSince1970, Int64(limit))
        ), logger: logger).collect().map { row in
            let (ticket, payload, fingerprint) = try row.decode((String, Data, String?).self)
            return EarlierRequest(ticket: ticket, payload: payload, fingerprint: fingerprint)
        }
    }

    public func retry(ticket: String, at now: Date) async throws -> Int? {
        guard let detail = try await request(ticket: ticket) else { return nil }
        let rows = try await client.query(PostgresQuery(
            unsafeSQL: """
                UPDATE \(schema).outbox SET state = 'pending', attempts = 0, next_attempt = $1
                WHERE request_id = (SELECT id FROM \(schema).requests WHERE ticket = $2) AND state = 'dead' RETURNING id
                """,
            binds: try Self.binds(now.timeIntervalSince1970, detail.summary.ticket)
        ), logger: logger).collect()
        return rows.count
    }

    public func record(_ event: SelfServiceEvent) async throws {
        try await client.query(PostgresQuery(
            unsafeSQL: "INSERT INTO \(schema).events (at, type, language, query, results, article, helpful, reason, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            binds: try Self.binds(
                event.at.timeIntervalSince1970, event.kind.rawValue, event.language, event.query, event.results.map(Int64.init), event.article,
                event.helpful, event.reason?.rawValue, event.comment
            )
        ), logger: logger)
    }

    public func events(from start: Date, to end: Date) async throws -> [SelfServiceEvent] {
        try await client.query(PostgresQuery(
            unsafeSQL: "SELECT type, at, language, query, results, article, helpful, reason, comment FROM \(schema).events WHERE at >= $1 AND at < $2 ORDER BY at, id",
            binds: try Self.binds(start.timeIntervalSince1970, end.timeIntervalSince1970)
        ), logger: logger).collect().compactMap { row in
            let (type, at, language, query, results, article, helpful, reason, comment) =
                try row.decode((String, Double, String, String?, Int64?, String?, Bool?, String?, String?).self)
            guard let kind = SelfServiceEvent.Kind(rawValue: type) else { return nil }
            return SelfServiceEvent(
                kind: kind, at: Date(timeIntervalSince1970: at), language: language, query: query, results: results.map(Int.init),
                article: article, helpful: helpful, reason: reason.flatMap(SelfServiceEvent.VoteReason.init(rawValue:)), comment: comment
            )
        }
    }

    public func requestFacts(from start: Date, to end: Date) async throws -> [RequestFact] {
        try await client.query(PostgresQuery(
            unsafeSQL: "SELECT received_at, language, department FROM \(schema).requests WHERE received_at >= $1 AND received_at < $2 ORDER BY received_at",
            binds: try Self.binds(start.timeIntervalSince1970, end.timeIntervalSince1970)
        ), logger: logger).collect().map { row in
            let (received, language, department) = try row.decode((Double, String, String?).self)
            return RequestFact(receivedAt: Date(timeIntervalSince1970: received), language: language, department: department)
        }
    }

    /// A request row (id, ticket, received_at, language, department, ...) with its deliveries.
    private func summary(_ row: PostgresRow) async throws -> RequestSummary {
        let columns = row.makeRandomAccess()
        let id = try columns["id"].decode(Int64.self)
        let deliveries = try await client.query(PostgresQuery(
            unsafeSQL: "SELECT destination, state, attempts, next_attempt, last_error FROM \(schema).outbox WHERE request_id = $1 ORDER BY id",
            binds: try Self.binds(id)
        ), logger: logger).collect().map { delivery in
            let (destination, stateName, attempts, next, lastError) = try delivery.decode((String, String, Int32, Double, String?).self)
            let state = DeliveryState(rawValue: stateName) ?? .pending
            return DeliveryStatus(
                destination: destination, state: state, attempts: Int(attempts),
                nextAttempt: state == .pending ? Date(timeIntervalSince1970: next) : nil, lastError: lastError
            )
        }
        return RequestSummary(
            ticket: try columns["ticket"].decode(String.self),
            receivedAt: Date(timeIntervalSince1970: try columns["received_at"].decode(Double.self)),
            language: try columns["language"].decode(String.self),
            department: try columns["department"].decode(String?.self),
            deliveries: deliveries
        )
    }

    /// Runs `body` in a transaction; an error thrown by `body` is rethrown as it is.
    private func transaction<Result: Sendable>(_ body: (PostgresConnection) async throws -> sending Result) async throws -> Result {
        do {
            return try await client.withTransaction(logger: logger, body)
        } catch let error as PostgresTransactionError {
            throw error.closureError ?? error
        }
    }

    private static func single<Value: PostgresDecodable>(_ type: Value.Type, _ rows: PostgresRowSequence) async throws -> Value {
        guard let row = try await rows.collect().first else { throw PostgresLocationError("the database returned no row") }
        return try row.decode(Value.self)
    }

    private static func binds(_ values: (any PostgresEncodable)?...) throws -> PostgresBindings {
        var bindings = PostgresBindings(capacity: values.count)
        for value in values {
            if let value { try bindings.append(value) } else { bindings.appendNull() }
        }
        return bindings
    }
}
