BEGIN;

-- Running downgrade c1a8e5f3d207 -> 9e7c3d2b1f45

COMMIT;

DROP INDEX CONCURRENTLY ix_account_id;

BEGIN;

UPDATE alembic_version SET version_num='9e7c3d2b1f45' WHERE alembic_version.version_num = 'c1a8e5f3d207';

-- Running downgrade 9e7c3d2b1f45 -> 4b2d6f1a9c30

ALTER TABLE account ADD COLUMN email TEXT;

UPDATE alembic_version SET version_num='4b2d6f1a9c30' WHERE alembic_version.version_num = '9e7c3d2b1f45';

-- Running downgrade 4b2d6f1a9c30 -> 

DROP TABLE account;

DELETE FROM alembic_version WHERE alembic_version.version_num = '4b2d6f1a9c30';

DROP TABLE alembic_version;

COMMIT;

