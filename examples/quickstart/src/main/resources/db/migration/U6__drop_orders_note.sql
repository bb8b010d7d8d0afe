-- the column comes back empty; the notes it held are not restored
ALTER TABLE orders ADD COLUMN note text;
