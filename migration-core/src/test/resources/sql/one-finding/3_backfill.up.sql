-- One lock taken early, then a long tail of statements that read or write many rows.
ALTER TABLE customers ADD COLUMN status text;
UPDATE customers SET status = 'active';
UPDATE customers SET status = 'dormant' WHERE signed_up_at < now() - interval '2 years';
CREATE INDEX customers_status ON customers (status);
DELETE FROM sessions WHERE expires_at < now();
INSERT INTO customer_archive SELECT * FROM customers WHERE status = 'dormant';
ALTER TABLE orders ALTER COLUMN total TYPE numeric(14, 2);
ALTER TABLE orders ALTER COLUMN placed_at SET NOT NULL;
ALTER TABLE payments ADD CONSTRAINT payments_amount_check CHECK (amount > 0);
ALTER TABLE payments ADD CONSTRAINT payments_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
REINDEX TABLE orders;
CLUSTER customers USING customers_pkey;
REFRESH MATERIALIZED VIEW sales_by_day;
ALTER TABLE products ALTER COLUMN stock TYPE integer;
ALTER TABLE products ALTER COLUMN sku TYPE varchar(64);
