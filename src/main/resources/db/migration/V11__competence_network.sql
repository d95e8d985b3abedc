-- The competence network: organisations as actors, and three new kinds of records (programmes,
-- networks, events) with network memberships and event registrations.

-- Organisations as actors: what kind, where, in which sectors and levels of care.
ALTER TABLE organisation ADD COLUMN org_kind VARCHAR(40);
ALTER TABLE organisation ADD COLUMN country CHAR(2);
ALTER TABLE organisation ADD COLUMN region VARCHAR(40);
CREATE INDEX ix_organisation_parent ON organisation (parent_id);

CREATE TABLE organisation_sector (
  organisation_id CHAR(36)    NOT NULL,
  term            VARCHAR(60) NOT NULL,
  PRIMARY KEY (organisation_id, term),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

CREATE TABLE organisation_level_of_care (
  organisation_id CHAR(36)    NOT NULL,
  term            VARCHAR(60) NOT NULL,
  PRIMARY KEY (organisation_id, term),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

-- What an institution offers (an ARR programme): topics and levels of care are the item's own.
CREATE TABLE programme (
  id             CHAR(36)     NOT NULL,
  provider_id    CHAR(36)     NOT NULL,
  form           VARCHAR(40)  NOT NULL,
  region         VARCHAR(40),
  referral_route VARCHAR(2000),
  duration       VARCHAR(200),
  contact        VARCHAR(500),
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES item (id),
  FOREIGN KEY (provider_id) REFERENCES organisation (id)
) ${table_options};
CREATE INDEX ix_programme_provider ON programme (provider_id);

-- A network of organisations; a sub-group (the core group) names the network it belongs to.
CREATE TABLE network (
  id              CHAR(36) NOT NULL,
  since_year      INT,
  coordinator_id  CHAR(36),
  parent_id       CHAR(36),
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES item (id),
  FOREIGN KEY (coordinator_id) REFERENCES organisation (id),
  FOREIGN KEY (parent_id) REFERENCES network (id)
) ${table_options};

-- Memberships are never deleted: ending one sets valid_to, so the network's history is kept.
CREATE TABLE network_membership (
  id              CHAR(36)     NOT NULL,
  network_id      CHAR(36)     NOT NULL,
  organisation_id CHAR(36)     NOT NULL,
  person_id       CHAR(36),
  role            VARCHAR(40)  NOT NULL,
  valid_from      DATE         NOT NULL,
  valid_to        DATE,
  owner           VARCHAR(64)  NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  updated_at      TIMESTAMP(3) NOT NULL,
  version         INT          NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (network_id) REFERENCES network (id),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};
CREATE INDEX ix_membership_network ON network_membership (network_id, valid_from);
CREATE INDEX ix_membership_organisation ON network_membership (organisation_id);

-- One occurrence of an event (Åpen arena 2024); the series is named.
CREATE TABLE event (
  id          CHAR(36)     NOT NULL,
  series_name VARCHAR(200),
  start_date  DATE         NOT NULL,
  end_date    DATE         NOT NULL,
  place       VARCHAR(300),
  online_url  VARCHAR(1000),
  audience    VARCHAR(2000),
  capacity    INT,
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_event_start ON event (start_date);

CREATE TABLE event_organiser (
  event_id        CHAR(36) NOT NULL,
  position        INT      NOT NULL,
  organisation_id CHAR(36) NOT NULL,
  PRIMARY KEY (event_id, position),
  FOREIGN KEY (event_id) REFERENCES event (id),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};
CREATE INDEX ix_event_organiser_organisation ON event_organiser (organisation_id);

-- The event's programme: sessions in order (local time in Norway), each with its speakers (JSON:
-- name, person, organisation; their names also as text for search) and the records it presents
-- (ids separated by spaces; they are also the event's item_relation rows).
CREATE TABLE event_session (
  event_id      CHAR(36)      NOT NULL,
  position      INT           NOT NULL,
  starts_at     TIMESTAMP(0)  NOT NULL,
  ends_at       TIMESTAMP(0),
  title         VARCHAR(500)  NOT NULL,
  speakers      TEXT,
  speaker_names VARCHAR(4000),
  item_ids      VARCHAR(4000),
  PRIMARY KEY (event_id, position),
  FOREIGN KEY (event_id) REFERENCES event (id)
) ${table_options};

-- Sign-ups. Name, e-mail, organisation and role are personal data: blanked (personal_data_deleted)
-- a configured number of days after the event; sector and kind of organisation stay for the
-- aggregated attendance. Only a hash of the cancel token is kept.
CREATE TABLE event_registration (
  id                    CHAR(36)     NOT NULL,
  event_id              CHAR(36)     NOT NULL,
  status                VARCHAR(20)  NOT NULL,
  name                  VARCHAR(200),
  email                 VARCHAR(320),
  organisation          VARCHAR(300),
  role                  VARCHAR(200),
  sector                VARCHAR(60),
  organisation_kind     VARCHAR(40),
  cancel_token_hash     CHAR(64),
  registered_at         TIMESTAMP(3) NOT NULL,
  updated_at            TIMESTAMP(3) NOT NULL,
  personal_data_deleted BOOLEAN      NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (event_id) REFERENCES event (id)
) ${table_options};
CREATE INDEX ix_registration_event ON event_registration (event_id, status, registered_at);
CREATE UNIQUE INDEX ux_registration_token ON event_registration (cancel_token_hash);

-- The search views (V6) with the new kinds (an event's year is its start, a network's its start),
-- and organisations, which are searched as records of their own (kind 'organisation', published
-- unless withdrawn). Programmes and organisations have a region, programmes a form. RecordSource reads the sectors and levels of both through the views below.
CREATE OR REPLACE VIEW search_record AS
SELECT i.id, i.item_type AS kind, i.state, i.owner, i.language, i.title, i.title_en, i.summary,
       i.summary_en, i.created_at, i.version,
       p.status,
       COALESCE(pub.publication_year, pr.report_year, EXTRACT(YEAR FROM p.start_date),
                EXTRACT(YEAR FROM ev.start_date), nw.since_year) AS record_year,
       pg.region, pg.form
FROM item i
LEFT JOIN project p ON p.id = i.id
LEFT JOIN publication pub ON pub.id = i.id
LEFT JOIN practice_report pr ON pr.id = i.id
LEFT JOIN event ev ON ev.id = i.id
LEFT JOIN network nw ON nw.id = i.id
LEFT JOIN programme pg ON pg.id = i.id
UNION ALL
SELECT o.id, 'organisation', CASE WHEN o.withdrawn THEN 'withdrawn' ELSE 'published' END, o.owner,
       'nb', o.name, NULL, NULL, NULL, o.created_at, o.version, NULL, NULL, o.region, NULL
FROM organisation o;

CREATE VIEW search_record_sector AS
SELECT item_id, term FROM item_sector
UNION ALL SELECT organisation_id, term FROM organisation_sector;

CREATE VIEW search_record_level AS
SELECT item_id, term FROM item_level_of_care
UNION ALL SELECT organisation_id, term FROM organisation_level_of_care;

CREATE OR REPLACE VIEW search_record_text AS
SELECT id AS item_id, 'detail' AS role, abstract_text AS text, 1 AS position
  FROM publication WHERE abstract_text IS NOT NULL
UNION ALL SELECT id, 'detail', design, 2 FROM project WHERE design IS NOT NULL
UNION ALL SELECT id, 'detail', target_group, 3 FROM project WHERE target_group IS NOT NULL
UNION ALL SELECT id, 'detail', results, 4 FROM practice_report WHERE results IS NOT NULL
UNION ALL SELECT id, 'detail', lessons, 5 FROM practice_report WHERE lessons IS NOT NULL
UNION ALL SELECT id, 'detail', referral_route, 6 FROM programme WHERE referral_route IS NOT NULL
UNION ALL SELECT id, 'detail', audience, 7 FROM event WHERE audience IS NOT NULL
UNION ALL SELECT event_id, 'detail', title, 100 + position FROM event_session
UNION ALL SELECT id, 'name', venue, 0 FROM publication WHERE venue IS NOT NULL
UNION ALL SELECT id, 'name', provider, 1 FROM practice_report
UNION ALL SELECT id, 'name', series_name, 2 FROM event WHERE series_name IS NOT NULL
UNION ALL SELECT id, 'name', place, 3 FROM event WHERE place IS NOT NULL
UNION ALL SELECT pg.id, 'name', o.name, 4 FROM programme pg JOIN organisation o ON o.id = pg.provider_id
UNION ALL SELECT nw.id, 'name', o.name, 5 FROM network nw JOIN organisation o ON o.id = nw.coordinator_id
UNION ALL SELECT m.network_id, 'name', o.name, 6 FROM network_membership m
  JOIN organisation o ON o.id = m.organisation_id WHERE m.valid_to IS NULL
UNION ALL SELECT eo.event_id, 'name', o.name, 10 + eo.position
  FROM event_organiser eo JOIN organisation o ON o.id = eo.organisation_id
UNION ALL SELECT id, 'name', short_name, 20 FROM organisation WHERE short_name IS NOT NULL
UNION ALL SELECT id, 'name', city, 21 FROM organisation WHERE city IS NOT NULL
UNION ALL SELECT event_id, 'name', speaker_names, 500000 + position FROM event_session
  WHERE speaker_names IS NOT NULL
UNION ALL SELECT item_id, 'name', name, 1000000 + position FROM item_person
UNION ALL SELECT publication_id, 'name', name, 2000000 + position FROM publication_author
UNION ALL SELECT project_id, 'name', funder, 3000000 + position FROM project_funding;

-- Every record that names an organisation, and how: an organisation's profile and the index's
-- repair after an organisation changes read this, so neither needs to know the kinds.
CREATE VIEW organisation_reference AS
SELECT organisation_id, item_id, 'records' AS relation, role, CAST(NULL AS DATE) AS valid_from,
       CAST(NULL AS DATE) AS valid_to
  FROM item_organisation
UNION ALL SELECT provider_id, id, 'programmes', 'provider', NULL, NULL FROM programme
UNION ALL SELECT coordinator_id, id, 'networks', 'coordinator', NULL, NULL FROM network
  WHERE coordinator_id IS NOT NULL
UNION ALL SELECT organisation_id, network_id, 'networks', role, valid_from, valid_to
  FROM network_membership
UNION ALL SELECT organisation_id, event_id, 'events',
       CASE WHEN position = 0 THEN 'organiser' ELSE 'co-organiser' END, NULL, NULL
  FROM event_organiser;
