-- Compares with `= NULL`, which is never true, so no rows come back.
SELECT country, count(*) AS guests
FROM customers
WHERE email = NULL
GROUP BY country;
