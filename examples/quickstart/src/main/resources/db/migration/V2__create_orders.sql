CREATE TABLE orders (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     bigint NOT NULL REFERENCES users (id),
    total_cents bigint NOT NULL,
    note        text
);

-- orders is created just above and still empty: a plain CREATE INDEX blocks nobody
CREATE INDEX orders_user_id_idx ON orders (user_id);
