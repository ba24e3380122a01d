-- Counts purchase events, and duplicated events inflate the numerator.
SELECT s.device,
       count(DISTINCT e.session_id) FILTER (WHERE e.event_name = 'add_to_cart') AS carted_sessions,
       count(*) FILTER (WHERE e.event_name = 'purchase') AS purchased_sessions,
       round(100.0 * count(*) FILTER (WHERE e.event_name = 'purchase')
             / count(DISTINCT e.session_id) FILTER (WHERE e.event_name = 'add_to_cart'), 1) AS conversion_pct
FROM events e JOIN sessions s ON s.session_id = e.session_id
GROUP BY s.device;
