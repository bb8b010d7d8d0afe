-- a nullable column without a default: no table rewrite, only a short lock
ALTER TABLE users ADD COLUMN nickname text;
