-- Review comments anchored to a passage of a document: a memo with document_id and a range [start_pos, end_pos)
-- in UTF-16 code units of the document's stored plain text (docs/offsets.md). Both columns are null for every
-- other memo. Written in SQL that both H2 2.x and PostgreSQL accept.

ALTER TABLE memo ADD COLUMN start_pos INTEGER;
ALTER TABLE memo ADD COLUMN end_pos INTEGER;
ALTER TABLE memo ADD CONSTRAINT memo_passage CHECK (
    (start_pos IS NULL AND end_pos IS NULL)
    OR (start_pos >= 0 AND end_pos > start_pos AND document_id IS NOT NULL));
