-- Two codes with the same name under the same parent (issue 11): the application refuses it (case aside, see
-- org.glose.core.coding.CodeNames), but two coders of a team project creating or renaming at the same moment
-- both pass that check; this constraint refuses the second. Root codes have no parent (NULL), and NULLs never
-- clash in a UNIQUE constraint, so the key uses a computed parent_key (0 for the root: ids start at 1).
-- Existing projects hold no such pair, since every way a code is written (create, rename, move, codebook and
-- REFI-QDA import, merge, undo) already refuses or renames a sibling of the same name.
-- ${stored} is empty on H2 and STORED on PostgreSQL (org.glose.store.Dialect).

ALTER TABLE code ADD COLUMN parent_key BIGINT GENERATED ALWAYS AS (COALESCE(parent_id, 0)) ${stored};
ALTER TABLE code ADD CONSTRAINT code_unique_name UNIQUE (parent_key, name);
