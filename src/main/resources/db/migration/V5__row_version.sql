-- Optimistic locking for team projects (issue 11): every change of a code or a coding adds one to its row_version.
-- A client changes a row only while it still holds the version it last read; another coder's change in between
-- makes the update touch no row, and the change is refused with a message instead of overwriting theirs.
-- Written in SQL that both H2 2.x and PostgreSQL accept.

ALTER TABLE code ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE coding ADD COLUMN row_version INTEGER DEFAULT 0 NOT NULL;
