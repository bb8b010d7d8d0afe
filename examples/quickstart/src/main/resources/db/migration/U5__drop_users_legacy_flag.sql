-- the column comes back with its default; the values it held are not restored
ALTER TABLE users ADD COLUMN legacy_flag boolean NOT NULL DEFAULT false;
