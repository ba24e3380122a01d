-- Counts events rather than distinct users, so active users are counted many times.
SELECT u.platform,
  count(*) FILTER (WHERE e.event_name = 'view_item') AS viewed,
  count(*) FILTER (WHERE e.event_name = 'add_to_cart') AS carted,
  count(*) FILTER (WHERE e.event_name = 'checkout') AS checked_out,
  count(*) FILTER (WHERE e.event_name = 'purchase') AS purchased
FROM events e JOIN users u ON u.user_id = e.user_id
GROUP BY u.platform;
