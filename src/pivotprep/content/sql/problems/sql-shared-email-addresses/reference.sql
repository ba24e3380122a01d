SELECT email, count(*) AS people FROM employees GROUP BY email HAVING count(*) > 1;
