SELECT customer_id, count(*) AS orders
FROM orders
WHERE status = 'delivered'
GROUP BY customer_id
HAVING count(*) > 10;
