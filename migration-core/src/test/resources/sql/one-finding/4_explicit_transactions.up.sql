BEGIN;
ALTER TABLE customers ADD COLUMN tier text;
UPDATE customers SET tier = 'gold' WHERE legacy_number < 1000;
UPDATE customers SET tier = 'silver' WHERE legacy_number >= 1000;
COMMIT;

BEGIN;
LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
UPDATE orders SET total = 0 WHERE total IS NULL;
CREATE INDEX orders_total ON orders (total);
COMMIT;

BEGIN;
ALTER TABLE products ADD COLUMN discontinued boolean DEFAULT false;
UPDATE products SET discontinued = true WHERE stock = 0;
