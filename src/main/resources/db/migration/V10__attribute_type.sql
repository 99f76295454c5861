-- Typed case attributes (issue 5): an attribute is text, a number, a date (stored ISO yyyy-MM-dd) or a choice
-- among an ordered list of values. Every existing attribute becomes text: its values stay as they are.
-- The choices live in their own table, in their order; deleting an attribute deletes its choices.
-- Written in SQL that both H2 2.x and PostgreSQL accept.

ALTER TABLE attribute ADD COLUMN attr_type VARCHAR(10) DEFAULT 'TEXT' NOT NULL;
ALTER TABLE attribute ADD CONSTRAINT attribute_known_type CHECK (attr_type IN ('TEXT', 'NUMBER', 'DATE', 'CHOICE'));

CREATE TABLE attribute_choice (
    attribute_id BIGINT        NOT NULL REFERENCES attribute (id) ON DELETE CASCADE,
    sort_order   INTEGER       NOT NULL,
    choice_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (attribute_id, sort_order)
);
