--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;
CREATE SCHEMA app;
ALTER SCHEMA app OWNER TO postgres;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
CREATE TYPE app.order_status AS ENUM (
    'pending',
    'shipped',
    'delivered'
);
ALTER TYPE app.order_status OWNER TO postgres;
CREATE FUNCTION app.touch_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END;
$$;
ALTER FUNCTION app.touch_updated_at() OWNER TO postgres;
SET default_tablespace = '';
SET default_table_access_method = heap;
CREATE TABLE app.orders (
    id bigint NOT NULL,
    customer text NOT NULL,
    status app.order_status DEFAULT 'pending'::app.order_status NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone
);
ALTER TABLE app.orders OWNER TO postgres;
CREATE SEQUENCE app.orders_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;
ALTER TABLE app.orders_id_seq OWNER TO postgres;
ALTER SEQUENCE app.orders_id_seq OWNED BY app.orders.id;
ALTER TABLE ONLY app.orders ALTER COLUMN id SET DEFAULT nextval('app.orders_id_seq'::regclass);
COPY app.orders (id, customer, status, created_at, updated_at) FROM stdin;
1	alice	pending	2024-01-01 00:00:00+00	\N
2	bob	shipped	2024-01-02 00:00:00+00	\N
\.
SELECT pg_catalog.setval('app.orders_id_seq', 2, true);
ALTER TABLE ONLY app.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE INDEX orders_customer_trgm_idx ON app.orders USING gin (customer public.gin_trgm_ops);
CREATE TRIGGER orders_touch BEFORE UPDATE ON app.orders FOR EACH ROW EXECUTE FUNCTION app.touch_updated_at();
CREATE TABLE app.order_items (
    order_id bigint NOT NULL,
    sku text NOT NULL,
    qty integer DEFAULT 1 NOT NULL
);
ALTER TABLE ONLY app.order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES app.orders(id) ON DELETE CASCADE;
CREATE MATERIALIZED VIEW app.order_counts AS
 SELECT orders.customer,
    count(*) AS n
   FROM app.orders
  GROUP BY orders.customer
  WITH NO DATA;
REFRESH MATERIALIZED VIEW app.order_counts;
REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT ALL ON SCHEMA public TO PUBLIC;
GRANT SELECT ON TABLE app.orders TO reporting;
ALTER DEFAULT PRIVILEGES FOR ROLE postgres IN SCHEMA app GRANT SELECT ON TABLES TO reporting;
\connect app_db
SELECT pg_catalog.set_config('search_path', 'app', false);
