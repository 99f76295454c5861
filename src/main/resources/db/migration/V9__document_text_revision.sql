-- Counts the edits of a document's text (fix a typo, anonymise a name). The search index compares it to what it
-- indexed, so an edit that keeps the text's length is re-indexed too: an anonymised name must leave the index.
ALTER TABLE document ADD COLUMN text_revision INTEGER DEFAULT 0 NOT NULL;
