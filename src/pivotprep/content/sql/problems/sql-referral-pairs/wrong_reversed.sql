-- Joins in the wrong direction: pairs each customer with the people they referred, swapping the roles.
SELECT c.full_name AS customer_name, r.full_name AS referrer_name
FROM customers c
JOIN customers r ON c.customer_id = r.referred_by;
