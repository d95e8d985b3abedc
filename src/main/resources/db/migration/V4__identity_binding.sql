-- Single sign-on accounts are bound to the identity provider's issuer and subject, never to a
-- username it sends. oidc_key is the SHA-256 (hex) of issuer, a line feed and subject: one unique
-- key that compares exactly on every collation (MariaDB's default ignores case).
ALTER TABLE account ADD COLUMN oidc_issuer VARCHAR(500);
ALTER TABLE account ADD COLUMN oidc_subject VARCHAR(255);
ALTER TABLE account ADD COLUMN oidc_key CHAR(64);
CREATE UNIQUE INDEX ux_account_oidc_key ON account (oidc_key);

-- Usernames have one canonical form (lower case, no spaces). Owners written before it was
-- enforced took the spelling of the request (MariaDB matched "RITA" to "rita"): bring them to it.
UPDATE organisation SET owner = LOWER(TRIM(owner));
UPDATE person SET owner = LOWER(TRIM(owner));
UPDATE item SET owner = LOWER(TRIM(owner));
UPDATE document SET owner = LOWER(TRIM(owner));
UPDATE featured SET owner = LOWER(TRIM(owner));
UPDATE theme SET owner = LOWER(TRIM(owner));
UPDATE item_history SET actor = LOWER(TRIM(actor));
