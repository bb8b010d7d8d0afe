-- users is a live table: this blocks every INSERT, UPDATE and DELETE on it while the index builds
CREATE INDEX users_email_idx ON users (email);
