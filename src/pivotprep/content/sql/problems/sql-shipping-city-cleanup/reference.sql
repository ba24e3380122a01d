SELECT coalesce(lower(trim(shipping_city)), 'unknown') AS city, count(*) AS orders
FROM orders
GROUP BY 1;
