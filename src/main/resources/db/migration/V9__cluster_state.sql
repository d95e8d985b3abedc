-- State that instances sharing the database must agree on.

-- Which instance extracts a pending document, and until when at most: each document is extracted
-- once; a claim that ran out (its instance died) is taken over.
ALTER TABLE document ADD COLUMN claimed_by CHAR(36);
ALTER TABLE document ADD COLUMN claimed_until TIMESTAMP(3);

-- Failed sign-ins per username ("u:name") and per client address ("a:address"), for the throttle
-- that slows password guessing on every instance alike. Rows an hour old are forgotten.
CREATE TABLE sign_in_failure (
  throttle_key  VARCHAR(300) NOT NULL,
  failures      INT          NOT NULL,
  last_failure  TIMESTAMP(3) NOT NULL,
  blocked_until TIMESTAMP(3),
  PRIMARY KEY (throttle_key)
) ${table_options};
CREATE INDEX ix_sign_in_failure_last ON sign_in_failure (last_failure);

-- Single sign-ons under way (OpenID Connect state, nonce and PKCE verifier), so the provider's
-- answer may reach any instance. Keyed by the SHA-256 of the state, which is a secret of the browser.
CREATE TABLE sign_on_pending (
  state_hash CHAR(64)      NOT NULL,
  nonce      VARCHAR(100)  NOT NULL,
  verifier   VARCHAR(100)  NOT NULL,
  return_to  VARCHAR(2000),
  expires_at TIMESTAMP(3)  NOT NULL,
  PRIMARY KEY (state_hash)
) ${table_options};
CREATE INDEX ix_sign_on_pending_expires ON sign_on_pending (expires_at);
