"""The SQLite progress file's tables, their set-up, and which SQLite errors are worth a retry."""

import sqlite3

_BUSY = {sqlite3.SQLITE_BUSY, getattr(sqlite3, "SQLITE_LOCKED", 6)}

SCHEMA = """
CREATE TABLE IF NOT EXISTS progress (
    learner TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    conversation TEXT NOT NULL,
    updated_at REAL NOT NULL,
    version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (learner, lesson_id)
);
CREATE TABLE IF NOT EXISTS completions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    learner TEXT NOT NULL,
    lesson_id TEXT NOT NULL,
    summary TEXT NOT NULL,
    completed_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS completions_by_learner ON completions (learner, completed_at);
CREATE TABLE IF NOT EXISTS reviews (
    learner TEXT NOT NULL,
    item_id TEXT NOT NULL,
    item TEXT NOT NULL,
    updated_at REAL NOT NULL,
    version INTEGER NOT NULL,
    PRIMARY KEY (learner, item_id)
);
"""
# Run after the columns exist: a file from before `version` gets it added first.
INDEXES = "CREATE INDEX IF NOT EXISTS progress_by_age ON progress (updated_at);"


def is_busy(error: sqlite3.Error) -> bool:
    """Whether an SQLite error is a lock held by someone else, worth retrying."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in _BUSY
    return "locked" in str(error) or "busy" in str(error)


def set_up(db: sqlite3.Connection) -> str:
    """Create the tables (WAL mode, a `version` column added to an older file); return the
    journal mode."""
    db.execute("COMMIT")  # journal_mode cannot change inside a transaction
    mode = db.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    db.execute("BEGIN IMMEDIATE")
    for statement in SCHEMA.split(";"):
        if statement.strip():
            db.execute(statement)
    columns = {row[1] for row in db.execute("PRAGMA table_info(progress)")}
    if "version" not in columns:
        db.execute("ALTER TABLE progress ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
    db.execute(INDEXES)
    return mode
