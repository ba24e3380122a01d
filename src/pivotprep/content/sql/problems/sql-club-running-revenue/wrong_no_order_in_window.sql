-- A window without ORDER BY sums the whole month on every row.
WITH daily AS (
  SELECT b.starts_at::DATE AS day, sum(b.slots * CASE WHEN b.member_id IS NULL THEN f.guest_rate ELSE f.member_rate END) AS revenue
  FROM bookings b JOIN facilities f ON f.facility_id = b.facility_id
  WHERE NOT b.cancelled AND b.starts_at >= TIMESTAMP '2024-06-01' AND b.starts_at < TIMESTAMP '2024-07-01'
  GROUP BY 1)
SELECT day, revenue, sum(revenue) OVER () AS running_total
FROM daily
ORDER BY day;
