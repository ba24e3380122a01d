-- Looks only for delivered orders, so customers whose orders were all cancelled, pending or returned count as never ordering.
SELECT c.customer_id, c.full_name
FROM customers c
LEFT JOIN orders o ON o.customer_id = c.customer_id AND o.status = 'delivered'
WHERE o.order_id IS NULL;
