-- wait at most 5 s for locks on users instead of queueing every query behind this migration
SET lock_timeout = '5s';

CREATE TABLE orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    total_cents bigint NOT NULL
);

-- the table is new and empty, so a plain index build locks nobody out
CREATE INDEX orders_user_id_idx ON orders (user_id);
