-- Editorial workflow, history, sign-in credentials and curation.

-- When an item was last submitted for review: the review queue is ordered by it.
ALTER TABLE item ADD COLUMN submitted_at TIMESTAMP(3);
CREATE INDEX ix_item_state_submitted ON item (state, submitted_at);

-- Accounts besides the owner who may change an item.
CREATE TABLE item_co_owner (
  item_id  CHAR(36)    NOT NULL,
  username VARCHAR(64) NOT NULL,
  PRIMARY KEY (item_id, username),
  FOREIGN KEY (item_id) REFERENCES item (id),
  FOREIGN KEY (username) REFERENCES account (username)
) ${table_options};
CREATE INDEX ix_item_co_owner_username ON item_co_owner (username);

-- Every change of an item: who, when, what (field-level changes as JSON) and the whole item after
-- the change (JSON), from which an editor can restore an earlier version.
CREATE TABLE item_history (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  item_id    CHAR(36)     NOT NULL,
  seq_no     INT          NOT NULL,
  action     VARCHAR(30)  NOT NULL,
  actor      VARCHAR(64)  NOT NULL,
  changed_at TIMESTAMP(3) NOT NULL,
  state      VARCHAR(20)  NOT NULL,
  note       VARCHAR(2000),
  changes    MEDIUMTEXT   NOT NULL,
  snapshot   MEDIUMTEXT   NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE UNIQUE INDEX ux_item_history_sequence ON item_history (item_id, seq_no);

-- Where an account came from: local (password) or oidc (single sign-on; no usable password).
ALTER TABLE account ADD COLUMN origin VARCHAR(10) DEFAULT 'local' NOT NULL;

-- Personal API tokens. Only the SHA-256 of the token is stored; the token is shown once.
CREATE TABLE api_token (
  id           CHAR(36)     NOT NULL,
  username     VARCHAR(64)  NOT NULL,
  name         VARCHAR(100) NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  expires_at   TIMESTAMP(3),
  last_used_at TIMESTAMP(3),
  PRIMARY KEY (id),
  FOREIGN KEY (username) REFERENCES account (username)
) ${table_options};
CREATE UNIQUE INDEX ux_api_token_hash ON api_token (token_hash);
CREATE INDEX ix_api_token_username ON api_token (username);

-- Browser sessions (cookie sign-in). The cookie holds a random token; only its SHA-256 is stored,
-- with the session's CSRF token.
CREATE TABLE account_session (
  token_hash  CHAR(64)     NOT NULL,
  username    VARCHAR(64)  NOT NULL,
  csrf_token  CHAR(43)     NOT NULL,
  created_at  TIMESTAMP(3) NOT NULL,
  expires_at  TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (token_hash),
  FOREIGN KEY (username) REFERENCES account (username)
) ${table_options};
CREATE INDEX ix_account_session_expires ON account_session (expires_at);

-- Featured records: ordered, optionally limited in time, with a plain-language teaser.
CREATE TABLE featured (
  id         CHAR(36)      NOT NULL,
  item_id    CHAR(36)      NOT NULL,
  position   INT           NOT NULL,
  from_date  DATE,
  to_date    DATE,
  teaser     VARCHAR(1000),
  teaser_en  VARCHAR(1000),
  owner      VARCHAR(64)   NOT NULL,
  created_at TIMESTAMP(3)  NOT NULL,
  updated_at TIMESTAMP(3)  NOT NULL,
  version    INT           NOT NULL,
  PRIMARY KEY (id),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
CREATE INDEX ix_featured_position ON featured (position);

-- Theme collections: an introduction and an ordered list of records.
CREATE TABLE theme (
  id           CHAR(36)     NOT NULL,
  slug         VARCHAR(100) NOT NULL,
  title        VARCHAR(300) NOT NULL,
  title_en     VARCHAR(300),
  introduction TEXT,
  introduction_en TEXT,
  position     INT          NOT NULL,
  owner        VARCHAR(64)  NOT NULL,
  created_at   TIMESTAMP(3) NOT NULL,
  updated_at   TIMESTAMP(3) NOT NULL,
  version      INT          NOT NULL,
  PRIMARY KEY (id)
) ${table_options};
CREATE UNIQUE INDEX ux_theme_slug ON theme (slug);

CREATE TABLE theme_item (
  theme_id CHAR(36) NOT NULL,
  position INT      NOT NULL,
  item_id  CHAR(36) NOT NULL,
  PRIMARY KEY (theme_id, position),
  FOREIGN KEY (theme_id) REFERENCES theme (id),
  FOREIGN KEY (item_id) REFERENCES item (id)
) ${table_options};
