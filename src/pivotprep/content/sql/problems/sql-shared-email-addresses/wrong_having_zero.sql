-- HAVING count(*) > 0 keeps every address, shared or not.
SELECT email, count(*) AS people FROM employees GROUP BY email HAVING count(*) > 0;
