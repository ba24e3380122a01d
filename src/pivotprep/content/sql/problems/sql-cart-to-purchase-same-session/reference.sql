WITH per_session AS (
  SELECT session_id, bool_or(event_name = 'add_to_cart') AS carted,
         bool_or(event_name = 'purchase') AS purchased
  FROM events GROUP BY session_id)
SELECT s.device, count(*) AS carted_sessions, count(*) FILTER (WHERE p.purchased) AS purchased_sessions,
       round(100.0 * count(*) FILTER (WHERE p.purchased) / count(*), 1) AS conversion_pct
FROM per_session p JOIN sessions s ON s.session_id = p.session_id
WHERE p.carted
GROUP BY s.device;
