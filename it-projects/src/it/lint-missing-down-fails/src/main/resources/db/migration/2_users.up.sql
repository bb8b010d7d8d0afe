CREATE TABLE users (id bigint PRIMARY KEY, account_id bigint NOT NULL);
