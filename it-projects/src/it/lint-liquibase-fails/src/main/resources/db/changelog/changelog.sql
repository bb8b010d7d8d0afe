--liquibase formatted sql

--changeset alice:create-users
--comment: the users table
CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy_name text);
--rollback DROP TABLE users;

--changeset alice:index-email runInTransaction:false
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
--rollback DROP INDEX CONCURRENTLY users_email_idx;

--changeset bob:drop-legacy-name
-- migration-guard:ignore ban-drop-column nothing has read legacy_name since release 12
ALTER TABLE users DROP COLUMN legacy_name;
--rollback ALTER TABLE users ADD COLUMN legacy_name text;

--changeset bob:add-status
ALTER TABLE users ADD COLUMN status text;
