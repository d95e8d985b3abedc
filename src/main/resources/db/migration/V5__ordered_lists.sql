-- EclipseLink writes a changed list of values (keywords, authors, a theme's records) by inserting
-- the new rows before it deletes the old ones, which it finds by value: a primary key on (owner,
-- position) refused every change of a list that was not empty. Position stays indexed (the new
-- index is made first: the foreign keys need one), not unique; and on MariaDB the values compare
-- exactly (${binary_collation}), so deleting "Nordic" never deletes a new "nordic".
CREATE INDEX ix_item_keyword_item ON item_keyword (item_id, position);
ALTER TABLE item_keyword DROP PRIMARY KEY;
ALTER TABLE item_keyword MODIFY keyword VARCHAR(100) ${binary_collation} NOT NULL;

CREATE INDEX ix_publication_author_publication ON publication_author (publication_id, position);
ALTER TABLE publication_author DROP PRIMARY KEY;
ALTER TABLE publication_author MODIFY name VARCHAR(200) ${binary_collation} NOT NULL;

CREATE INDEX ix_theme_item_theme ON theme_item (theme_id, position);
ALTER TABLE theme_item DROP PRIMARY KEY;
