ALTER TABLE shipments DROP COLUMN total_cents;
ALTER TABLE shipments DROP COLUMN label, DROP COLUMN shipped_at, DROP COLUMN note, DROP COLUMN legacy_ref;
ALTER TABLE shipments DROP COLUMN seq, DROP COLUMN weight_grams, DROP COLUMN carrier, DROP COLUMN token;
ALTER TABLE shipments DROP COLUMN tracking_id, DROP COLUMN id;
