ALTER TABLE users ADD COLUMN nickname text;
CREATE INDEX users_email_idx ON users (email);
