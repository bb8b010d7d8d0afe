-- migration-guard:ignore ban-drop-column nothing has read legacy_flag since release 2.3
ALTER TABLE users DROP COLUMN legacy_flag;
