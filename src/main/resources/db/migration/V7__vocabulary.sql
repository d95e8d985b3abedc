-- The field's vocabulary as editors keep it: each entry is a set of terms that mean the same in
-- search (an abbreviation and its long form, an everyday and a formal name, an older and a newer
-- name). The packed default lives in index-config/; these entries come on top, at query time.
CREATE TABLE vocabulary_entry (
  id         CHAR(36)      NOT NULL,
  language   VARCHAR(10)   NOT NULL,
  terms      VARCHAR(2100) NOT NULL,
  note       VARCHAR(1000),
  owner      VARCHAR(64)   NOT NULL,
  created_at TIMESTAMP(3)  NOT NULL,
  updated_at TIMESTAMP(3)  NOT NULL,
  version    BIGINT        NOT NULL,
  PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_vocabulary_entry_language ON vocabulary_entry (language, updated_at);

-- Every change of an entry, never removed: who, when, what it was and what it became. The highest
-- id is the vocabulary's version: every instance compares it with the one its searches use.
CREATE TABLE vocabulary_change (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  entry_id       CHAR(36)      NOT NULL,
  action         VARCHAR(20)   NOT NULL,
  actor          VARCHAR(64)   NOT NULL,
  changed_at     TIMESTAMP(3)  NOT NULL,
  language       VARCHAR(10)   NOT NULL,
  terms          VARCHAR(2100),
  previous_terms VARCHAR(2100),
  note           VARCHAR(1000),
  PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_vocabulary_change_entry ON vocabulary_change (entry_id, id);
