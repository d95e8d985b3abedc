-- What the search index reads of a record, as views: the index's contract with the schema.
-- RecordSource reads these and the item core's own tables only; start-up checks that they answer
-- (RecordSource.checkContract), and RecordSourceIT reads records of every kind through them.
-- A new kind of record adds its table to both views in its own migration (CREATE OR REPLACE VIEW).

-- One row per record: the common fields, and the kind's status and year.
CREATE VIEW search_record AS
SELECT i.id, i.item_type AS kind, i.state, i.owner, i.language, i.title, i.title_en, i.summary,
       i.summary_en, i.created_at, i.version,
       p.status,
       COALESCE(pub.publication_year, pr.report_year, EXTRACT(YEAR FROM p.start_date)) AS record_year
FROM item i
LEFT JOIN project p ON p.id = i.id
LEFT JOIN publication pub ON pub.id = i.id
LEFT JOIN practice_report pr ON pr.id = i.id;

-- The kind's texts: 'detail' (longer texts) and 'name' (people, venues, providers, funders), in
-- the order they are indexed.
CREATE VIEW search_record_text AS
SELECT id AS item_id, 'detail' AS role, abstract_text AS text, 1 AS position
  FROM publication WHERE abstract_text IS NOT NULL
UNION ALL SELECT id, 'detail', design, 2 FROM project WHERE design IS NOT NULL
UNION ALL SELECT id, 'detail', target_group, 3 FROM project WHERE target_group IS NOT NULL
UNION ALL SELECT id, 'detail', results, 4 FROM practice_report WHERE results IS NOT NULL
UNION ALL SELECT id, 'detail', lessons, 5 FROM practice_report WHERE lessons IS NOT NULL
UNION ALL SELECT id, 'name', venue, 0 FROM publication WHERE venue IS NOT NULL
UNION ALL SELECT id, 'name', provider, 1 FROM practice_report
UNION ALL SELECT item_id, 'name', name, 1000000 + position FROM item_person
UNION ALL SELECT publication_id, 'name', name, 2000000 + position FROM publication_author
UNION ALL SELECT project_id, 'name', funder, 3000000 + position FROM project_funding;
