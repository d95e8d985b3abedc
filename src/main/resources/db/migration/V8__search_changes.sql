-- What changed, for the search index of every instance sharing the database: written in the same
-- transaction as the change itself, so it is there exactly when the change is. Each instance
-- follows the rows (ids grow) and indexes what the other instances changed. Rows older than a day
-- are pruned: an instance that was down longer compares its whole index at start-up anyway.
CREATE TABLE search_change (
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  kind       VARCHAR(20)  NOT NULL,
  target_id  CHAR(36)     NOT NULL,
  node       CHAR(36)     NOT NULL,
  changed_at TIMESTAMP(3) NOT NULL,
  PRIMARY KEY (id)
) ${table_options};
CREATE INDEX ix_search_change_changed_at ON search_change (changed_at);
