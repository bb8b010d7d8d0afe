-- A shop schema from scratch: types chosen here are what the design rules look at.
CREATE TABLE customers (
    id serial PRIMARY KEY,
    legacy_number integer NOT NULL,
    country_code char(2),
    email varchar(320) NOT NULL,
    signed_up_at timestamp DEFAULT now(),
    preferences json
);

CREATE TABLE products (id bigserial PRIMARY KEY, sku varchar(40) UNIQUE, stock smallint, rank smallserial);

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id integer REFERENCES customers (id),
    placed_at timestamp without time zone NOT NULL,
    total numeric(12, 2) CHECK (total >= 0)
);

CREATE INDEX orders_customer ON orders (customer_id);
CREATE UNIQUE INDEX customers_email ON customers (lower(email));
