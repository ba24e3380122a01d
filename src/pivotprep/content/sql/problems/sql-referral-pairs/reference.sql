SELECT c.full_name AS customer_name, r.full_name AS referrer_name
FROM customers c
JOIN customers r ON r.customer_id = c.referred_by;
