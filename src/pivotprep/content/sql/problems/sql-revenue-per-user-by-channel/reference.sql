WITH per_user AS (
  SELECT u.user_id, coalesce(u.acquisition_channel, 'unknown') AS channel,
         coalesce(sum(e.revenue), 0) AS revenue
  FROM users u LEFT JOIN events e ON e.user_id = u.user_id AND e.event_name = 'purchase'
  GROUP BY u.user_id, channel)
SELECT channel, round(avg(revenue), 2) AS revenue_per_user FROM per_user GROUP BY channel;
