CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
INSERT INTO users VALUES (1, 'seed@example.com');
