import PostgresNIO

/// The tables of `PostgresTicketStore`, in a schema of their own (`deskbook` unless told otherwise).
///
/// Every statement is idempotent, and the whole runs under an advisory lock of the schema's own, so instances
/// starting together against one schema create the tables once, while stores in other schemas start meanwhile.
enum PostgresSchema {
    /// A schema name is put into SQL as it is, so only plain lower-case identifiers are accepted.
    static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) || first == "_", name.count <= 63 else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    static func statements(_ schema: String) -> [String] {
        [
            "CREATE SCHEMA IF NOT EXISTS \(schema)",
            // Numbers come from a sequence: unique across every instance, never handed out twice, though a
            // rolled-back submission leaves a gap.
            "CREATE SEQUENCE IF NOT EXISTS \(schema).ticket_sequence",
            """
            CREATE TABLE IF NOT EXISTS \(schema).requests (
                id BIGSERIAL PRIMARY KEY,
                ticket TEXT NOT NULL UNIQUE,
                sequence BIGINT NOT NULL UNIQUE,
                received_at DOUBLE PRECISION NOT NULL,
                language TEXT NOT NULL,
                department TEXT,
                payload BYTEA NOT NULL
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS \(schema).attachments (
                id BIGSERIAL PRIMARY KEY,
                request_id BIGINT NOT NULL REFERENCES \(schema).requests(id),
                field TEXT NOT NULL,
                name TEXT NOT NULL,
                media_type TEXT NOT NULL,
                size BIGINT NOT NULL,
                content BYTEA NOT NULL
            )
            """,
            "CREATE INDEX IF NOT EXISTS attachments_by_request ON \(schema).attachments(request_id)",
            """
            CREATE TABLE IF NOT EXISTS \(schema).idempotency_keys (
                key TEXT PRIMARY KEY,
                fingerprint TEXT NOT NULL,
                request_id BIGINT NOT NULL REFERENCES \(schema).requests(id),
                answer BYTEA NOT NULL,
                created_at DOUBLE PRECISION NOT NULL
            )
            """,
            """
            CREATE TABLE IF NOT EXISTS \(schema).outbox (
                id BIGSERIAL PRIMARY KEY,
                request_id BIGINT NOT NULL REFERENCES \(schema).requests(id),
                destination TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
                attempts INTEGER NOT NULL,
                next_attempt DOUBLE PRECISION NOT NULL,
                last_error TEXT,
                delivered_at DOUBLE PRECISION
            )
            """,
            "CREATE INDEX IF NOT EXISTS outbox_due ON \(schema).outbox(state, next_attempt)",
            "CREATE INDEX IF NOT EXISTS outbox_by_request ON \(schema).outbox(request_id)",
            "ALTER TABLE \(schema).requests ADD COLUMN IF NOT EXISTS requester TEXT",
            "ALTER TABLE \(schema).requests ADD COLUMN IF NOT EXISTS follow_up_of TEXT",
            "CREATE INDEX IF NOT EXISTS requests_by_requester ON \(schema).requests(requester, received_at)",
            """
            CREATE TABLE IF NOT EXISTS \(schema).events (
                id BIGSERIAL PRIMARY KEY,
                at DOUBLE PRECISION NOT NULL,
                type TEXT NOT NULL,
                language TEXT NOT NULL,
                query TEXT,
                results BIGINT,
                article TEXT,
                helpful BOOLEAN,
                reason TEXT,
                comment TEXT
            )
            """,
            "CREATE INDEX IF NOT EXISTS events_by_time ON \(schema).events(at)",
            "CREATE INDEX IF NOT EXISTS requests_by_time ON \(schema).requests(received_at)",
        ]
    }
}
