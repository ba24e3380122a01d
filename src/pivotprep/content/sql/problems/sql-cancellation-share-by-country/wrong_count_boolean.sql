-- count(status = 'cancelled') counts false as well as true, giving 100% everywhere.
SELECT c.country, count(*) AS orders,
       round(100.0 * count(o.status = 'cancelled') / count(*), 1) AS cancelled_pct
FROM orders o JOIN customers c ON c.customer_id = o.customer_id
GROUP BY c.country;
