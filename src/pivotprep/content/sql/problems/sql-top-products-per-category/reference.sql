WITH units AS (
  SELECT p.category, p.product_id, sum(oi.quantity) AS units
  FROM order_items oi JOIN products p ON p.product_id = oi.product_id
  GROUP BY p.category, p.product_id),
ranked AS (
  SELECT *, row_number() OVER (PARTITION BY category ORDER BY units DESC, product_id) AS rn
  FROM units)
SELECT category, product_id, units FROM ranked WHERE rn <= 3;
