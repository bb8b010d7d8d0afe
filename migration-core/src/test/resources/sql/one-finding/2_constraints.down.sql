ALTER TABLE payments DROP CONSTRAINT payments_invoice_fk;
ALTER TABLE invoices DROP CONSTRAINT invoices_pkey;
ALTER TABLE invoices DROP CONSTRAINT invoices_number_key;
ALTER TABLE order_lines DROP COLUMN coupon_id, DROP COLUMN qty;
ALTER TABLE order_lines DROP COLUMN warehouse_id;
ALTER TABLE order_lines DROP COLUMN product_id;
ALTER TABLE orders DROP CONSTRAINT orders_shop_fk, DROP CONSTRAINT orders_placed_check;
ALTER TABLE orders DROP CONSTRAINT orders_total_positive;
ALTER TABLE orders DROP CONSTRAINT orders_customer_fk;
