-- Constraints added to tables that already hold rows.
ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);
ALTER TABLE orders ADD CONSTRAINT orders_total_positive CHECK (total > 0);
ALTER TABLE orders
    ADD CONSTRAINT orders_placed_check CHECK (placed_at > '2000-01-01'),
    ADD CONSTRAINT orders_shop_fk FOREIGN KEY (shop_id) REFERENCES shops (id) ON DELETE CASCADE;
ALTER TABLE order_lines ADD COLUMN product_id bigint REFERENCES products (id);
ALTER TABLE order_lines ADD COLUMN warehouse_id integer DEFAULT 1 REFERENCES warehouses (id);
ALTER TABLE order_lines ADD COLUMN coupon_id bigint REFERENCES coupons (id), ADD COLUMN qty int DEFAULT 1;
ALTER TABLE invoices ADD CONSTRAINT invoices_number_key UNIQUE (number);
ALTER TABLE invoices ADD PRIMARY KEY (id);
ALTER TABLE payments ADD CONSTRAINT payments_invoice_fk FOREIGN KEY (invoice_id) REFERENCES invoices (id) NOT VALID;
ALTER TABLE payments VALIDATE CONSTRAINT payments_invoice_fk;
