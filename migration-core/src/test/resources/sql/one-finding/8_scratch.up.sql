CREATE TABLE scratch (id int, payload text);
ALTER TABLE scratch ADD COLUMN n integer;
UPDATE scratch SET n = 1;
CREATE INDEX scratch_n ON scratch (n);
ALTER TABLE scratch ADD CONSTRAINT scratch_fk FOREIGN KEY (n) REFERENCES customers (id);
INSERT INTO scratch (id) VALUES (1);
\connect other
SELECT set_config('statement_timeout', '30s', false);
ALTER TABLE customers ADD COLUMN referrer_id integer REFERENCES customers (id) DEFAULT NULL;
