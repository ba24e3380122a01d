-- Joins purchases with an inner join, so it averages over buyers only.
WITH per_user AS (
  SELECT u.user_id, coalesce(u.acquisition_channel, 'unknown') AS channel, sum(e.revenue) AS revenue
  FROM users u JOIN events e ON e.user_id = u.user_id AND e.event_name = 'purchase'
  GROUP BY u.user_id, channel)
SELECT channel, round(avg(revenue), 2) AS revenue_per_user FROM per_user GROUP BY channel;
