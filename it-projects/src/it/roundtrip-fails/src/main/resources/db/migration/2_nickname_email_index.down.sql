-- drops the column and forgets the index
ALTER TABLE users DROP COLUMN nickname;
