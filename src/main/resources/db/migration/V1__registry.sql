-- Registry schema: accounts, organisations, people and the three kinds of items.
-- Written for both MariaDB and H2 in MariaDB mode; ${table_options} is empty on H2.

CREATE TABLE account (
  username      VARCHAR(64)  NOT NULL,
  password_hash VARCHAR(500) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  email         VARCHAR(320),
  enabled       BOOLEAN      NOT NULL,
  created_at    TIMESTAMP(3) NOT NULL,
  version       INT          NOT NULL,
  PRIMARY KEY (username)
) ${table_options};

CREATE TABLE account_role (
  username VARCHAR(64) NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (username, role),
  FOREIGN KEY (username) REFERENCES account (username)
) ${table_options};

CREATE TABLE organisation (
  id          CHAR(36)     NOT NULL,
  name        VARCHAR(300) NOT NULL,
  short_name  VARCHAR(50),
  org_type    VARCHAR(40)  NOT NULL,
  org_number  CHAR(9),
  website     VARCHAR(500),
  city        VARCHAR(100),
  parent_id   CHAR(36),
  withdrawn   BOOLEAN      NOT NULL,
  owner       VARCHAR(64)  NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  updated_at  TIMESTAMP(3) NOT NULL,
  version     INT          NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (parent_id) REFERENCES organisation (id)
) ${table_options};
CREATE UNIQUE INDEX ux_organisation_org_number ON organisation (org_number);
CREATE INDEX ix_organisation_created ON organisation (created_at, id);

CREATE TABLE person (
  id              CHAR(36)     NOT NULL,
  name            VARCHAR(200) NOT NULL,
  orcid           CHAR(19),
  email           VARCHAR(320),
  organisation_id CHAR(36),
  withdrawn       BOOLEAN      NOT NULL,
  owner           VARCHAR(64)  NOT NULL,
  created_at      TIMESTAMP(3) NOT NULL,
  updated_at      TIMESTAMP(3) NOT NULL,
  version         INT          NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};
CREATE UNIQUE INDEX ux_person_orcid ON person (orcid);
CREATE INDEX ix_person_created ON person (created_at, id);

-- Common part of projects, publications and practice reports (one id space, so documents,
-- curation and search can refer to any item).
CREATE TABLE item (
  id                      CHAR(36)     NOT NULL,
  item_type               VARCHAR(20)  NOT NULL,
  title                   VARCHAR(500) NOT NULL,
  title_en                VARCHAR(500),
  summary                 TEXT,
  summary_en              TEXT,
  language                CHAR(2)      NOT NULL,
  state                   VARCHAR(20)  NOT NULL,
  state_before_withdrawal VARCHAR(20),
  owner                   VARCHAR(64)  NOT NULL,
  created_at              TIMESTAMP(3) NOT NULL,
  updated_at              TIMESTAMP(3) NOT NULL,
  version                 INT          NOT NULL,
  PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_item_type_created ON item (item_type, created_at, id);
CREATE INDEX ix_item_owner ON item (owner);

CREATE TABLE item_sector (
  item_id CHAR(36)    NOT NULL,
  term    VARCHAR(60) NOT NULL,
  PRIMARY KEY (item_id, term),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

CREATE TABLE item_level_of_care (
  item_id CHAR(36)    NOT NULL,
  term    VARCHAR(60) NOT NULL,
  PRIMARY KEY (item_id, term),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

CREATE TABLE item_topic (
  item_id CHAR(36)    NOT NULL,
  term    VARCHAR(60) NOT NULL,
  PRIMARY KEY (item_id, term),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

CREATE TABLE item_keyword (
  item_id  CHAR(36)     NOT NULL,
  position INT          NOT NULL,
  keyword  VARCHAR(100) NOT NULL,
  PRIMARY KEY (item_id, position),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

CREATE TABLE item_organisation (
  item_id         CHAR(36)    NOT NULL,
  organisation_id CHAR(36)    NOT NULL,
  role            VARCHAR(20) NOT NULL,
  PRIMARY KEY (item_id, organisation_id, role),
  FOREIGN KEY (item_id) REFERENCES item (id),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

CREATE TABLE item_person (
  item_id   CHAR(36)     NOT NULL,
  position  INT          NOT NULL,
  person_id CHAR(36),
  name      VARCHAR(200) NOT NULL,
  role      VARCHAR(30)  NOT NULL,
  PRIMARY KEY (item_id, position),
  FOREIGN KEY (item_id) REFERENCES item (id),
  FOREIGN KEY (person_id) REFERENCES person (id)
) ${table_options};

CREATE TABLE item_external_id (
  item_id CHAR(36)     NOT NULL,
  scheme  VARCHAR(30)  NOT NULL,
  id_value VARCHAR(200) NOT NULL,
  PRIMARY KEY (item_id, scheme, id_value),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

CREATE TABLE item_link (
  item_id  CHAR(36)     NOT NULL,
  position INT          NOT NULL,
  url      VARCHAR(1000) NOT NULL,
  label    VARCHAR(200),
  PRIMARY KEY (item_id, position),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};

-- Links between items: a publication reports results of a project, a practice report builds on
-- a project or a publication. Stored once, from the item that names the other.
CREATE TABLE item_relation (
  item_id         CHAR(36) NOT NULL,
  related_item_id CHAR(36) NOT NULL,
  PRIMARY KEY (item_id, related_item_id),
  FOREIGN KEY (item_id) REFERENCES item (id),
  FOREIGN KEY (related_item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_item_relation_related ON item_relation (related_item_id);

CREATE TABLE project (
  id           CHAR(36)    NOT NULL,
  status       VARCHAR(20) NOT NULL,
  start_date   DATE,
  end_date     DATE,
  design       TEXT,
  target_group VARCHAR(1000),
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES item (id)
) ${table_options};

CREATE TABLE project_funding (
  project_id      CHAR(36)     NOT NULL,
  position        INT          NOT NULL,
  funder          VARCHAR(300) NOT NULL,
  organisation_id CHAR(36),
  reference       VARCHAR(100),
  PRIMARY KEY (project_id, position),
  FOREIGN KEY (project_id) REFERENCES project (id),
  FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ${table_options};

CREATE TABLE publication (
  id               CHAR(36)     NOT NULL,
  publication_type VARCHAR(20)  NOT NULL,
  publication_year INT          NOT NULL,
  abstract_text    TEXT,
  doi              VARCHAR(255),
  venue            VARCHAR(500),
  isbn             VARCHAR(17),
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_publication_doi ON publication (doi);

CREATE TABLE publication_author (
  publication_id CHAR(36)     NOT NULL,
  position       INT          NOT NULL,
  name           VARCHAR(200) NOT NULL,
  PRIMARY KEY (publication_id, position),
  FOREIGN KEY (publication_id) REFERENCES publication (id)
) ${table_options};

CREATE TABLE practice_report (
  id            CHAR(36)     NOT NULL,
  provider      VARCHAR(300) NOT NULL,
  provider_type VARCHAR(40)  NOT NULL,
  report_year   INT          NOT NULL,
  results       TEXT,
  lessons       TEXT,
  contact       VARCHAR(500),
  PRIMARY KEY (id),
  FOREIGN KEY (id) REFERENCES item (id)
) ${table_options};
