--liquibase formatted sql

--changeset alice:create-users
CREATE TABLE users (id bigint PRIMARY KEY, email text);
--rollback DROP TABLE users;

--changeset alice:add-status
ALTER TABLE users ADD COLUMN status text NOT NULL DEFAULT 'active';
--rollback ALTER TABLE users DROP COLUMN status;

--changeset bob:index-email runInTransaction:false
CREATE INDEX CONCURRENTLY users_email_idx ON users (email);
/* liquibase rollback
DROP INDEX CONCURRENTLY users_email_idx;
*/
