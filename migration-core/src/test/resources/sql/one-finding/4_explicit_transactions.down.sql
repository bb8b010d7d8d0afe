ALTER TABLE products DROP COLUMN discontinued;
DROP INDEX orders_total;
ALTER TABLE customers DROP COLUMN tier;
