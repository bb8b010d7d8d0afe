-- Flyway-style versioned migrations
CREATE SCHEMA IF NOT EXISTS billing;
SET search_path TO billing, public;
CREATE SEQUENCE billing.invoice_number_seq START WITH 1000 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE billing.invoice (
    id          UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    number      BIGINT NOT NULL DEFAULT nextval('billing.invoice_number_seq'),
    customer_id UUID NOT NULL,
    amount      NUMERIC(12, 2) NOT NULL CHECK (amount >= 0),
    currency    CHAR(3) NOT NULL DEFAULT 'EUR',
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
    paid_at     TIMESTAMPTZ,
    CONSTRAINT invoice_number_uq UNIQUE (number)
);
CREATE TABLE billing.invoice_line (
    invoice_id UUID NOT NULL REFERENCES billing.invoice (id) ON DELETE CASCADE,
    line_no    INT NOT NULL,
    sku        VARCHAR(64) NOT NULL,
    qty        INT NOT NULL DEFAULT 1,
    unit_price NUMERIC(12, 2) NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);
ALTER SEQUENCE billing.invoice_number_seq OWNED BY billing.invoice.number;
COMMENT ON TABLE billing.invoice IS 'Invoices issued to customers';
COMMENT ON COLUMN billing.invoice.amount IS 'Total including tax';
CREATE INDEX invoice_customer_idx ON billing.invoice (customer_id, issued_at DESC);
ALTER TABLE billing.invoice ADD COLUMN status VARCHAR(20) NOT NULL DEFAULT 'OPEN';
ALTER TABLE billing.invoice ADD CONSTRAINT invoice_status_chk CHECK (status IN ('OPEN', 'PAID', 'VOID')) NOT VALID;
ALTER TABLE billing.invoice VALIDATE CONSTRAINT invoice_status_chk;
UPDATE billing.invoice SET status = 'PAID' WHERE paid_at IS NOT NULL;
INSERT INTO billing.invoice_line (invoice_id, line_no, sku, qty, unit_price)
SELECT id, 1, 'LEGACY', 1, amount FROM billing.invoice WHERE NOT EXISTS (SELECT 1 FROM billing.invoice_line l WHERE l.invoice_id = invoice.id);
DELETE FROM billing.invoice WHERE amount = 0 AND status = 'VOID';
ALTER TABLE billing.invoice ALTER COLUMN currency TYPE VARCHAR(3) USING trim(currency);
CREATE VIEW billing.open_invoices AS SELECT id, number, amount FROM billing.invoice WHERE status = 'OPEN';
CREATE OR REPLACE VIEW billing.open_invoices AS SELECT id, number, amount, issued_at FROM billing.invoice WHERE status = 'OPEN';
DROP VIEW IF EXISTS billing.open_invoices;
ALTER TABLE billing.invoice_line RENAME TO invoice_item;
ALTER TABLE billing.invoice_item RENAME CONSTRAINT invoice_line_pkey TO invoice_item_pkey;
ALTER INDEX billing.invoice_customer_idx SET TABLESPACE pg_default;
ALTER TABLE billing.invoice SET SCHEMA accounting;
CREATE TABLE IF NOT EXISTS public.flyway_audit (id SERIAL PRIMARY KEY, script TEXT NOT NULL, applied_at TIMESTAMP DEFAULT now());
TRUNCATE TABLE public.flyway_audit RESTART IDENTITY;
DROP TABLE IF EXISTS public.flyway_audit;
ALTER TABLE accounting.invoice ALTER COLUMN amount SET STATISTICS 1000;
ALTER TABLE accounting.invoice SET (autovacuum_vacuum_scale_factor = 0.01, fillfactor = 90);
ALTER TABLE accounting.invoice RESET (fillfactor);
ALTER TABLE accounting.invoice OWNER TO billing_owner;
ANALYZE accounting.invoice;
