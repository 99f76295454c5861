-- Typed case attributes (issue 5): an attribute is text, a number, a date (stored ISO yyyy-MM-dd) or a choice
-- among an ordered list of values. Every existing attribute becomes text: its values stay as they are.
-- The choices live in their own table, in their order; deleting an attribute deletes its choices.
-- Written in SQL that both H2 2.x and PostgreSQL accept.

ALTER TABLE attribute ADD COLUMN attr_type VARCHAR(10) DEFAULT 'TEXT' NOT NULL;
-- A CASE, not IN (...) nor ORs (which H2 turns into IN): H2 2.4.240 evaluates a constant IN list of a CHECK with
-- the session that created it (here Flyway's, closed afterwards), so every insert into a new project failed
-- until the project was reopened.
ALTER TABLE attribute ADD CONSTRAINT attribute_known_type CHECK (
    CASE attr_type WHEN 'TEXT' THEN 1 WHEN 'NUMBER' THEN 1 WHEN 'DATE' THEN 1 WHEN 'CHOICE' THEN 1 ELSE 0 END = 1);

CREATE TABLE attribute_choice (
    attribute_id BIGINT        NOT NULL REFERENCES attribute (id) ON DELETE CASCADE,
    sort_order   INTEGER       NOT NULL,
    choice_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (attribute_id, sort_order)
);
