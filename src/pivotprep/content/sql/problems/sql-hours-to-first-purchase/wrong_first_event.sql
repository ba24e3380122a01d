-- Takes the user's first event of any kind instead of the first purchase.
WITH first_buy AS (
  SELECT user_id, min(event_time) AS first_at FROM events
  WHERE user_id IN (SELECT user_id FROM events WHERE event_name = 'purchase')
  GROUP BY user_id)
SELECT u.platform, round(avg(date_diff('second', u.signup_at, f.first_at) / 3600.0), 1) AS avg_hours
FROM users u JOIN first_buy f ON f.user_id = u.user_id
GROUP BY u.platform;
