SELECT c.country, count(*) AS orders,
       round(100.0 * count(*) FILTER (WHERE o.status = 'cancelled') / count(*), 1) AS cancelled_pct
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
GROUP BY c.country;
