SELECT country, count(*) AS guests
FROM customers
WHERE email IS NULL
GROUP BY country;
