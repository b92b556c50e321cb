import GRDB

/// The tables of `SQLiteTicketStore`, created and changed by numbered migrations.
enum SQLiteSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                INSERT INTO counters (name, value) VALUES ('ticket', 0);
                CREATE TABLE requests (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    ticket TEXT NOT NULL UNIQUE,
                    sequence INTEGER NOT NULL UNIQUE,
                    received_at REAL NOT NULL,
                    language TEXT NOT NULL,
                    department TEXT,
                    payload BLOB NOT NULL
                );
                CREATE TABLE attachments (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    request_id INTEGER NOT NULL REFERENCES requests(id),
                    field TEXT NOT NULL,
                    name TEXT NOT NULL,
                    media_type TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    content BLOB NOT NULL
                );
                CREATE INDEX attachments_by_request ON attachments(request_id);
                CREATE TABLE idempotency_keys (
                    key TEXT PRIMARY KEY,
                    fingerprint TEXT NOT NULL,
                    request_id INTEGER NOT NULL REFERENCES requests(id),
                    answer BLOB NOT NULL,
                    created_at REAL NOT NULL
                );
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    request_id INTEGER NOT NULL REFERENCES requests(id),
                    destination TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('pending', 'delivered', 'dead')),
                    attempts INTEGER NOT NULL,
                    next_attempt REAL NOT NULL,
                    last_error TEXT,
                    delivered_at REAL
                );
                CREATE INDEX outbox_due ON outbox(state, next_attempt);
                CREATE INDEX outbox_by_request ON outbox(request_id);
                """)
        }
        migrator.registerMigration("v2: requester and follow-ups") { db in
            try db.execute(sql: """
                ALTER TABLE requests ADD COLUMN requester TEXT;
                ALTER TABLE requests ADD COLUMN follow_up_of TEXT;
                CREATE INDEX requests_by_requester ON requests(requester, received_at);
                """)
        }
        migrator.registerMigration("v3: self-service events") { db in
            try db.execute(sql: """
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at REAL NOT NULL,
                    type TEXT NOT NULL,
                    language TEXT NOT NULL,
                    query TEXT,
                    results INTEGER,
                    article TEXT,
                    helpful INTEGER,
                    reason TEXT,
                    comment TEXT
                );
                CREATE INDEX events_by_time ON events(at);
                CREATE INDEX requests_by_time ON requests(received_at);
                """)
        }
        return migrator
    }
}
