DROP DOMAIN positive_money;
DROP INDEX CONCURRENTLY products_sku;
