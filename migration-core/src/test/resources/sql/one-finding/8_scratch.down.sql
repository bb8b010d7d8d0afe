ALTER TABLE customers DROP COLUMN referrer_id;
DROP TABLE scratch;
