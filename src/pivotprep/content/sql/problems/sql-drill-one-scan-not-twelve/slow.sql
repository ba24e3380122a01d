WITH months AS (SELECT m FROM generate_series(1, 12) g(m))
SELECT m AS month,
  (SELECT count(*) FROM events e WHERE e.event_name = 'purchase'
     AND e.event_time >= make_date(2024, m::INT, 1) AND e.event_time < make_date(2024, m::INT, 1) + INTERVAL 1 MONTH) AS purchases,
  (SELECT sum(revenue) FROM events e WHERE e.event_name = 'purchase'
     AND e.event_time >= make_date(2024, m::INT, 1) AND e.event_time < make_date(2024, m::INT, 1) + INTERVAL 1 MONTH) AS revenue
FROM months ORDER BY m;
