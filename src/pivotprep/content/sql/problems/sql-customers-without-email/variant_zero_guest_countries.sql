-- The statement allows keeping the countries with no guests, with a count of 0.
SELECT country, count(*) FILTER (WHERE email IS NULL) AS guests
FROM customers
GROUP BY country;
