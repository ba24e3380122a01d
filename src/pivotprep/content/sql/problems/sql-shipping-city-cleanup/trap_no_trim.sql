-- Lower-cases but does not trim, so 'berlin ' and 'berlin' stay separate groups.
SELECT coalesce(lower(shipping_city), 'unknown') AS city, count(*) AS orders
FROM orders
GROUP BY 1;
