BEGIN;

CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 4b2d6f1a9c30

CREATE TABLE account (
    id BIGINT GENERATED ALWAYS AS IDENTITY, 
    email TEXT NOT NULL, 
    PRIMARY KEY (id)
);

INSERT INTO alembic_version (version_num) VALUES ('4b2d6f1a9c30') RETURNING alembic_version.version_num;

-- Running upgrade 4b2d6f1a9c30 -> 9e7c3d2b1f45

ALTER TABLE account DROP COLUMN email;

UPDATE alembic_version SET version_num='9e7c3d2b1f45' WHERE alembic_version.version_num = '4b2d6f1a9c30';

-- Running upgrade 9e7c3d2b1f45 -> c1a8e5f3d207

COMMIT;

CREATE INDEX CONCURRENTLY ix_account_id ON account (id);

BEGIN;

UPDATE alembic_version SET version_num='c1a8e5f3d207' WHERE alembic_version.version_num = '9e7c3d2b1f45';

COMMIT;

