-- the order service of the running release still reads this column
ALTER TABLE orders DROP COLUMN note;
