"""The pandas round, part B: windows, rolling, time series, ranking (written for pivotprep)."""

from tools.pandas_round.spec import F, S, Problem

PROBLEMS: list[Problem] = []
add = PROBLEMS.append

DAILY = ["day", "store", "sales"]
DAILY_T = {"day": "datetime64[ns]", "sales": "float64"}

add(Problem(
    id="pd-rolling-three-day-sales",
    title="Three-Day Rolling Sales",
    entry="rolling_sales",
    signature="daily: pd.DataFrame",
    difficulty="medium",
    story=(
        "`daily` holds one row per store and day: `day`, `store`, `sales`. Add a column"
        " `rolling_3d`: the mean of that store's sales over the current row and the two"
        " rows before it (by day, within the same store). A store's first two days use the"
        " rows they have (one or two). Return the rows sorted by `store` then `day`, with a"
        " fresh index."
    ),
    reference='''
def rolling_sales(daily: pd.DataFrame) -> pd.DataFrame:
    out = daily.sort_values(["store", "day"]).reset_index(drop=True)
    rolled = out.groupby("store")["sales"].rolling(3, min_periods=1).mean()
    out["rolling_3d"] = rolled.reset_index(level=0, drop=True)
    return out
''',
    wrongs={
        "across_stores": ('''"""Rolls over the whole column: a store's window borrows another store's days."""


def rolling_sales(daily: pd.DataFrame) -> pd.DataFrame:
    out = daily.sort_values(["store", "day"]).reset_index(drop=True)
    out["rolling_3d"] = out["sales"].rolling(3, min_periods=1).mean()
    return out
'''),
        "full_windows_only": ('''"""Leaves the first two days of each store empty (min_periods defaults to 3)."""


def rolling_sales(daily: pd.DataFrame) -> pd.DataFrame:
    out = daily.sort_values(["store", "day"]).reset_index(drop=True)
    rolled = out.groupby("store")["sales"].rolling(3).mean()
    out["rolling_3d"] = rolled.reset_index(level=0, drop=True)
    return out
'''),
    },
    hints=[
        "Sort by store and day first.",
        "A grouped `rolling(3)` keeps windows inside a store; `min_periods` decides the first days.",
        "The result carries the store as an extra index level: drop it to align.",
    ],
    tags=["rolling", "window", "groupby"],
    cases=[
        ("example-1", "two stores over four days", {"daily": F(DAILY, [
            ["2024-05-01", "a", 10.0], ["2024-05-02", "a", 20.0], ["2024-05-03", "a", 30.0],
            ["2024-05-04", "a", 40.0], ["2024-05-01", "b", 5.0], ["2024-05-02", "b", 7.0]], DAILY_T)}),
        ("unsorted", "rows out of order", {"daily": F(DAILY, [
            ["2024-05-03", "x", 3.0], ["2024-05-01", "x", 1.0], ["2024-05-02", "x", 2.0]], DAILY_T)}),
        ("single", "one day", {"daily": F(DAILY, [["2024-05-01", "z", 9.0]], DAILY_T)}),
        ("empty", "no rows: rolling_3d is still added", {"daily": F(DAILY, [], {"store": "object", **DAILY_T})}),
        ("two-days", "a store with only two days averages what it has", {"daily": F(DAILY, [
            ["2024-05-01", "k", 4.0], ["2024-05-02", "k", 8.0]], DAILY_T)}),
        ("sliding", "the window slides: the fourth day forgets the first", {"daily": F(DAILY, [
            ["2024-05-01", "s", 100.0], ["2024-05-02", "s", 0.0], ["2024-05-03", "s", 0.0],
            ["2024-05-04", "s", 0.0], ["2024-05-05", "s", 3.0]], DAILY_T)}),
        ("interleaved", "three stores interleaved and out of order", {"daily": F(DAILY, [
            ["2024-05-02", "c", 2.0], ["2024-05-01", "a", 1.0], ["2024-05-02", "b", 20.0],
            ["2024-05-01", "c", 4.0], ["2024-05-01", "b", 10.0], ["2024-05-03", "c", 6.0],
            ["2024-05-02", "a", 3.0]], DAILY_T)}),
        ("negative", "returns make a day negative", {"daily": F(DAILY, [
            ["2024-05-01", "r", 5.0], ["2024-05-02", "r", -5.0], ["2024-05-03", "r", -3.0]], DAILY_T)}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-weekly-revenue-resample",
    title="Weekly Revenue",
    entry="weekly_revenue",
    signature="orders: pd.DataFrame",
    difficulty="medium",
    story=(
        "`orders` has `order_id`, `placed` (a timestamp) and `amount`. Finance reports by"
        " week, weeks starting on Monday. Return a DataFrame with the columns `week_start`"
        " (the Monday, a datetime at midnight) and `revenue` (a float), one row per week from"
        " the first order's week to the last order's week, including weeks without orders"
        " (revenue 0.0), sorted by week, with a fresh index."
    ),
    reference='''
def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    if orders.empty:
        return pd.DataFrame(
            {"week_start": pd.Series([], dtype="datetime64[ns]"), "revenue": pd.Series([], dtype="float64")}
        )
    series = orders.set_index("placed")["amount"].astype("float64")
    weekly = series.resample("W-MON", label="left", closed="left").sum()
    out = weekly.rename("revenue").rename_axis("week_start").reset_index()
    out["week_start"] = out["week_start"].dt.normalize().astype("datetime64[ns]")
    return out
''',
    wrongs={
        "sunday_weeks": ('''"""Uses pandas' default weeks, which end on Sunday and are labelled by that Sunday."""


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    weekly = orders.set_index("placed")["amount"].astype("float64").resample("W").sum()
    out = weekly.rename("revenue").rename_axis("week_start").reset_index()
    out["week_start"] = out["week_start"].astype("datetime64[ns]")
    return out
'''),
        "skips_empty_weeks": ('''"""Groups by the week of each order, so weeks without orders are missing."""


def weekly_revenue(orders: pd.DataFrame) -> pd.DataFrame:
    week = orders["placed"].dt.to_period("W-SUN").dt.start_time.astype("datetime64[ns]")
    out = orders.assign(week_start=week).groupby("week_start", as_index=False)["amount"].sum()
    return out.rename(columns={"amount": "revenue"}).astype({"revenue": "float64"})
'''),
    },
    hints=[
        "Put the timestamps in the index and `resample`.",
        "Anchored weekly frequencies: `W-MON` with `label=\"left\", closed=\"left\"` starts weeks on Monday.",
        "`resample(...).sum()` gives 0 for empty weeks.",
    ],
    tags=["resample", "time-series"],
    cases=[
        ("example-1", "a quiet week in the middle", {"orders": F(["order_id", "placed", "amount"], [
            [1, "2024-03-04 09:00", 10.0], [2, "2024-03-10 23:59", 5.0], [3, "2024-03-20 12:00", 7.5]],
            {"placed": "datetime64[ns]"})}),
        ("monday-midnight", "an order at Monday 00:00 opens the new week", {"orders": F(
            ["order_id", "placed", "amount"], [[1, "2024-03-10 22:00", 1.0], [2, "2024-03-11 00:00", 2.0]],
            {"placed": "datetime64[ns]"})}),
        ("one", "a single order", {"orders": F(["order_id", "placed", "amount"], [
            [1, "2024-02-29 10:00", 3.0]], {"placed": "datetime64[ns]"})}),
        ("empty", "no orders", {"orders": F(["order_id", "placed", "amount"], [],
            {"order_id": "int64", "placed": "datetime64[ns]", "amount": "float64"})}),
        ("sunday-night", "Sunday 23:59 still belongs to the week that began on Monday", {"orders": F(
            ["order_id", "placed", "amount"], [[1, "2024-03-17 23:59", 4.0], [2, "2024-03-12 08:00", 1.0]],
            {"placed": "datetime64[ns]"})}),
        ("unsorted", "orders out of time order, several in one week", {"orders": F(
            ["order_id", "placed", "amount"], [
                [3, "2024-04-10 10:00", 2.5], [1, "2024-04-01 09:00", 1.0],
                [2, "2024-04-03 09:00", 1.5], [4, "2024-04-09 10:00", 0.5]],
            {"placed": "datetime64[ns]"})}),
        ("new-year", "weeks across the new year (30 December 2024 is a Monday)", {"orders": F(
            ["order_id", "placed", "amount"], [[1, "2024-12-29 12:00", 8.0], [2, "2025-01-01 12:00", 9.0]],
            {"placed": "datetime64[ns]"})}),
        ("long-gap", "several empty weeks in a row get 0.0", {"orders": F(
            ["order_id", "placed", "amount"], [[1, "2024-06-03 10:00", 5.0], [2, "2024-07-01 10:00", 6.0]],
            {"placed": "datetime64[ns]"})}),
    ],
    frame={"index": True},
))

SCORES = ["player", "score"]

add(Problem(
    id="pd-dense-rank-scores",
    title="Leaderboard Ranks",
    entry="leaderboard",
    signature="scores: pd.DataFrame",
    difficulty="easy",
    story=(
        "`scores` has `player` and `score`. Add an integer column `rank`: 1 for the highest"
        " score, players with equal scores share a rank, and the next distinct score gets"
        " the next rank (no gaps: 100, 100, 90 rank 1, 1, 2). Return the rows sorted by rank"
        " and then player name, with a fresh index."
    ),
    reference='''
def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    rank = scores["score"].rank(method="dense", ascending=False).astype("int64")
    out = scores.assign(rank=rank)
    return out.sort_values(["rank", "player"]).reset_index(drop=True)
''',
    wrongs={
        "min_rank": ('''"""Uses the 'min' method: ranks jump after a tie (1, 1, 3)."""


def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    rank = scores["score"].rank(method="min", ascending=False).astype("int64")
    return scores.assign(rank=rank).sort_values(["rank", "player"]).reset_index(drop=True)
'''),
        "float_rank": ('''"""Leaves rank as the float column rank() returns."""


def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    rank = scores["score"].rank(method="dense", ascending=False)
    return scores.assign(rank=rank).sort_values(["rank", "player"]).reset_index(drop=True)
'''),
    },
    hints=[
        "`Series.rank` has a `method` argument: which one leaves no gaps?",
        "Highest first means ranking in descending order.",
        "Cast the result to int.",
    ],
    tags=["ranking", "window"],
    cases=[
        ("example-1", "a tie at the top", {"scores": F(SCORES, [["cy", 90], ["ana", 100], ["bo", 100], ["di", 70]])}),
        ("all-equal", "everyone tied", {"scores": F(SCORES, [["b", 5], ["a", 5]])}),
        ("single", "one player", {"scores": F(SCORES, [["solo", 1]])}),
        ("negative", "negative scores", {"scores": F(SCORES, [["x", -1], ["y", -5], ["z", 0]])}),
        ("empty", "no players: no rows, rank still an integer column", {"scores": F(SCORES, [], {
            "player": "object", "score": "int64"})}),
        ("no-gap", "after a tie the next score gets the next rank, not a jump", {"scores": F(SCORES, [
            ["p", 80], ["q", 100], ["r", 100], ["s", 90], ["t", 90]])}),
        ("tie-names", "tied players are listed by name whatever the input order", {"scores": F(SCORES, [
            ["zed", 7], ["amy", 7], ["kim", 7], ["bob", 9]])}),
        ("floats", "fractional scores", {"scores": F(SCORES, [["u", 9.5], ["v", 9.25], ["w", 9.5]])}),
    ],
    frame={"index": True},
))

EVENTS = ["user_id", "ts"]

add(Problem(
    id="pd-session-numbers",
    title="Number the Sessions",
    entry="number_sessions",
    signature="events: pd.DataFrame, gap_minutes: int",
    difficulty="hard",
    minutes=25,
    story=(
        "A web log has `user_id` and `ts` (a timestamp). A session is a run of one user's"
        " events where each event comes less than `gap_minutes` minutes after the previous"
        " one; a gap of `gap_minutes` or more starts a new session.\n\nAdd an integer column"
        " `session`: 1 for each user's first session, 2 for the next, and so on. Return the"
        " rows sorted by `user_id` and `ts`, with a fresh index."
    ),
    reference='''
def number_sessions(events: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    out = events.sort_values(["user_id", "ts"]).reset_index(drop=True)
    gap = out.groupby("user_id")["ts"].diff()
    new = gap.isna() | (gap >= pd.Timedelta(minutes=gap_minutes))
    out["session"] = new.astype("int64").groupby(out["user_id"]).cumsum().astype("int64")
    return out
''',
    wrongs={
        "global_counter": ('''"""Counts sessions across all users instead of restarting at 1 for each user."""


def number_sessions(events: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    out = events.sort_values(["user_id", "ts"]).reset_index(drop=True)
    gap = out.groupby("user_id")["ts"].diff()
    new = gap.isna() | (gap >= pd.Timedelta(minutes=gap_minutes))
    out["session"] = new.astype("int64").cumsum()
    return out
'''),
        "strict_gap": ('''"""Starts a new session only after a gap strictly longer than gap_minutes."""


def number_sessions(events: pd.DataFrame, gap_minutes: int) -> pd.DataFrame:
    out = events.sort_values(["user_id", "ts"]).reset_index(drop=True)
    gap = out.groupby("user_id")["ts"].diff()
    new = gap.isna() | (gap > pd.Timedelta(minutes=gap_minutes))
    out["session"] = new.astype("int64").groupby(out["user_id"]).cumsum().astype("int64")
    return out
'''),
    },
    hints=[
        "`groupby(\"user_id\")[\"ts\"].diff()` gives the time since the user's previous event.",
        "Mark where a session starts (a boolean), then count the marks so far per user.",
        "A cumulative sum of booleans, grouped by user, numbers the sessions.",
    ],
    tags=["sessionisation", "window", "time-series"],
    cases=[
        ("example-1", "two users, one long pause", {"events": F(EVENTS, [
            [1, "2024-01-01 10:00"], [1, "2024-01-01 10:10"], [1, "2024-01-01 11:00"],
            [2, "2024-01-01 10:05"]], {"ts": "datetime64[ns]"}), "gap_minutes": 30}),
        ("exact-gap", "a gap of exactly gap_minutes starts a session", {"events": F(EVENTS, [
            [7, "2024-01-01 10:00"], [7, "2024-01-01 10:30"]], {"ts": "datetime64[ns]"}), "gap_minutes": 30}),
        ("unsorted", "events out of order", {"events": F(EVENTS, [
            [3, "2024-01-01 12:00"], [3, "2024-01-01 09:00"], [3, "2024-01-01 09:05"]],
            {"ts": "datetime64[ns]"}), "gap_minutes": 60}),
        ("empty", "no events: no rows, session still an integer column", {"events": F(EVENTS, [], {
            "user_id": "int64", "ts": "datetime64[ns]"}), "gap_minutes": 30}),
        ("single", "one event is session 1", {"events": F(EVENTS, [[4, "2024-01-01 08:00"]],
            {"ts": "datetime64[ns]"}), "gap_minutes": 5}),
        ("just-under", "a gap one second short of the limit keeps the session", {"events": F(EVENTS, [
            [5, "2024-01-01 10:00:00"], [5, "2024-01-01 10:29:59"], [5, "2024-01-01 10:59:58"]],
            {"ts": "datetime64[ns]"}), "gap_minutes": 30}),
        ("same-time", "two events at the same moment are one session", {"events": F(EVENTS, [
            [6, "2024-01-01 10:00"], [6, "2024-01-01 10:00"], [6, "2024-01-01 12:00"]],
            {"ts": "datetime64[ns]"}), "gap_minutes": 15}),
        ("interleaved", "users interleaved: each user's count restarts at 1", {"events": F(EVENTS, [
            [9, "2024-01-02 09:00"], [8, "2024-01-01 09:00"], [9, "2024-01-01 09:00"],
            [8, "2024-01-01 15:00"], [8, "2024-01-01 09:10"]], {"ts": "datetime64[ns]"}), "gap_minutes": 60}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-month-over-month-growth",
    title="Month-over-Month Growth",
    entry="growth",
    signature="monthly: pd.DataFrame",
    difficulty="easy",
    story=(
        "`monthly` has `month` (text, `2024-01`) and `revenue`, one row per month but not"
        " in order. Return the rows sorted by month with a new float column `growth`: the"
        " change from the previous month as a fraction (0.25 for +25%); the first month's"
        " growth is missing. A month after a month with revenue 0 also has missing growth"
        " (not infinity). Use a fresh index."
    ),
    reference='''
def growth(monthly: pd.DataFrame) -> pd.DataFrame:
    out = monthly.sort_values("month").reset_index(drop=True)
    previous = out["revenue"].shift(1).astype("float64")
    change = (out["revenue"] - previous) / previous.where(previous != 0)
    out["growth"] = change.astype("float64")
    return out
''',
    wrongs={
        "unsorted_shift": ('''"""Shifts in file order, before sorting by month."""


def growth(monthly: pd.DataFrame) -> pd.DataFrame:
    previous = monthly["revenue"].shift(1).astype("float64")
    out = monthly.assign(growth=(monthly["revenue"] - previous) / previous.where(previous != 0))
    return out.sort_values("month").reset_index(drop=True)
'''),
        "infinite": ('''"""Divides by a zero month, which gives infinity instead of a missing value."""


def growth(monthly: pd.DataFrame) -> pd.DataFrame:
    out = monthly.sort_values("month").reset_index(drop=True)
    previous = out["revenue"].shift(1).astype("float64")
    out["growth"] = (out["revenue"] - previous) / previous
    return out
'''),
    },
    hints=["Sort first; `shift(1)` then gives the previous month.", "Replace zero denominators with NaN before dividing."],
    tags=["window", "shift"],
    cases=[
        ("example-1", "three months out of order", {"monthly": F(["month", "revenue"], [
            ["2024-03", 150.0], ["2024-01", 100.0], ["2024-02", 120.0]])}),
        ("zero", "a month after zero", {"monthly": F(["month", "revenue"], [
            ["2024-01", 0.0], ["2024-02", 10.0], ["2024-03", 5.0]])}),
        ("single", "one month", {"monthly": F(["month", "revenue"], [["2024-06", 9.0]])}),
        ("empty", "no months: no rows, growth still a float column", {"monthly": F(["month", "revenue"], [],
            {"month": "object", "revenue": "float64"})}),
        ("decline", "falling revenue gives negative growth, down to -1.0", {"monthly": F(["month", "revenue"], [
            ["2024-02", 50.0], ["2024-01", 200.0], ["2024-03", 0.0]])}),
        ("flat", "unchanged revenue is growth 0.0", {"monthly": F(["month", "revenue"], [
            ["2024-05", 30.0], ["2024-04", 30.0]])}),
        ("year-end", "December comes before the next January", {"monthly": F(["month", "revenue"], [
            ["2024-01", 110.0], ["2023-11", 80.0], ["2023-12", 100.0]])}),
        ("integers", "whole-number revenue still gives float growth", {"monthly": F(["month", "revenue"], [
            ["2024-08", 3], ["2024-07", 2]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-running-balance",
    title="Running Account Balance",
    entry="running_balance",
    signature="ledger: pd.DataFrame",
    difficulty="easy",
    story=(
        "`ledger` has `account`, `posted` (a timestamp) and `change` (positive for deposits,"
        " negative for withdrawals). Add `balance`: each account's running total after the"
        " row, in time order. Also add a boolean `overdrawn`, True where the balance is"
        " below zero. Return rows sorted by `account` and `posted`, with a fresh index."
    ),
    reference='''
def running_balance(ledger: pd.DataFrame) -> pd.DataFrame:
    out = ledger.sort_values(["account", "posted"]).reset_index(drop=True)
    out["balance"] = out.groupby("account")["change"].cumsum()
    out["overdrawn"] = out["balance"] < 0
    return out
''',
    wrongs={
        "one_balance": ('''"""Runs one total over all accounts."""


def running_balance(ledger: pd.DataFrame) -> pd.DataFrame:
    out = ledger.sort_values(["account", "posted"]).reset_index(drop=True)
    out["balance"] = out["change"].cumsum()
    out["overdrawn"] = out["balance"] < 0
    return out
'''),
    },
    hints=[
        "Sort into time order before adding anything up.",
        "Each account's total must restart from zero: add up within a group, not over the column.",
        "The flag is a comparison of the new column with zero; exactly zero is not overdrawn.",
    ],
    tags=["cumulative", "groupby"],
    cases=[
        ("example-1", "two accounts", {"ledger": F(["account", "posted", "change"], [
            ["A", "2024-01-01", 100], ["B", "2024-01-01", 20], ["A", "2024-01-03", -150],
            ["A", "2024-01-02", 30]], {"posted": "datetime64[ns]"})}),
        ("single", "one row", {"ledger": F(["account", "posted", "change"], [["Z", "2024-01-01", -1]],
            {"posted": "datetime64[ns]"})}),
        ("empty", "no rows: balance and overdrawn are still added", {"ledger": F(
            ["account", "posted", "change"], [],
            {"account": "object", "posted": "datetime64[ns]", "change": "int64"})}),
        ("exactly-zero", "a balance of exactly 0 is not overdrawn", {"ledger": F(
            ["account", "posted", "change"], [["C", "2024-02-01", 50], ["C", "2024-02-02", -50]],
            {"posted": "datetime64[ns]"})}),
        ("back-in-credit", "overdrawn, then a deposit brings it back", {"ledger": F(
            ["account", "posted", "change"], [
                ["D", "2024-02-03", 40], ["D", "2024-02-01", 10], ["D", "2024-02-02", -30]],
            {"posted": "datetime64[ns]"})}),
        ("interleaved", "a rich account does not cover a poor one", {"ledger": F(
            ["account", "posted", "change"], [
                ["rich", "2024-03-01", 1000], ["poor", "2024-03-01", -5], ["rich", "2024-03-02", 1],
                ["poor", "2024-03-02", 2]], {"posted": "datetime64[ns]"})}),
        ("cents", "fractional changes", {"ledger": F(
            ["account", "posted", "change"], [["E", "2024-04-01", 0.1], ["E", "2024-04-02", -0.35]],
            {"posted": "datetime64[ns]"})}),
        ("same-day", "several postings on one day in time order", {"ledger": F(
            ["account", "posted", "change"], [
                ["F", "2024-05-01 15:00", -20], ["F", "2024-05-01 09:00", 15], ["F", "2024-05-01 12:00", 10]],
            {"posted": "datetime64[ns]"})}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-first-purchase-cohorts",
    title="Signup Cohorts",
    entry="cohorts",
    signature="orders: pd.DataFrame",
    difficulty="hard",
    minutes=30,
    story=(
        "`orders` has `customer_id` and `placed` (a timestamp). A customer's cohort is the"
        " month of their first order. Return a table with one row per cohort (`cohort`, text"
        " `2024-01`, sorted) and integer columns `m0`, `m1`, `m2`: how many of the cohort's"
        " customers ordered in the cohort's month, one month later and two months later."
        " Fill a missing count with 0. Fresh index."
    ),
    reference='''
def cohorts(orders: pd.DataFrame) -> pd.DataFrame:
    month = orders["placed"].dt.to_period("M")
    first = month.groupby(orders["customer_id"]).transform("min")
    age = (month.dt.year - first.dt.year) * 12 + (month.dt.month - first.dt.month)
    frame = pd.DataFrame({"customer_id": orders["customer_id"], "cohort": first.astype(str), "age": age})
    frame = frame[frame["age"] <= 2].drop_duplicates()
    table = frame.pivot_table(index="cohort", columns="age", values="customer_id", aggfunc="nunique", fill_value=0)
    table = table.reindex(columns=[0, 1, 2], fill_value=0).astype("int64")
    table.columns = ["m0", "m1", "m2"]
    return table.sort_index().reset_index()
''',
    wrongs={
        "counts_orders": ('''"""Counts orders instead of distinct customers: a customer ordering twice counts twice."""


def cohorts(orders: pd.DataFrame) -> pd.DataFrame:
    month = orders["placed"].dt.to_period("M")
    first = month.groupby(orders["customer_id"]).transform("min")
    age = (month.dt.year - first.dt.year) * 12 + (month.dt.month - first.dt.month)
    frame = pd.DataFrame({"customer_id": orders["customer_id"], "cohort": first.astype(str), "age": age})
    frame = frame[frame["age"] <= 2]
    table = frame.pivot_table(index="cohort", columns="age", values="customer_id", aggfunc="count", fill_value=0)
    table = table.reindex(columns=[0, 1, 2], fill_value=0).astype("int64")
    table.columns = ["m0", "m1", "m2"]
    return table.sort_index().reset_index()
'''),
        "month_number_only": ('''"""Subtracts month numbers and ignores the year: December to January looks like -11."""


def cohorts(orders: pd.DataFrame) -> pd.DataFrame:
    month = orders["placed"].dt.to_period("M")
    first = month.groupby(orders["customer_id"]).transform("min")
    age = month.dt.month - first.dt.month
    frame = pd.DataFrame({"customer_id": orders["customer_id"], "cohort": first.astype(str), "age": age})
    frame = frame[(frame["age"] >= 0) & (frame["age"] <= 2)].drop_duplicates()
    table = frame.pivot_table(index="cohort", columns="age", values="customer_id", aggfunc="nunique", fill_value=0)
    table = table.reindex(columns=[0, 1, 2], fill_value=0).astype("int64")
    table.columns = ["m0", "m1", "m2"]
    return table.sort_index().reset_index()
'''),
    },
    hints=[
        "Each order's month, and each customer's first month (`transform(\"min\")`).",
        "The age is the difference in months, years included.",
        "Count distinct customers per (cohort, age) and pivot.",
    ],
    tags=["cohorts", "pivot", "dates"],
    cases=[
        ("example-1", "two cohorts", {"orders": F(["customer_id", "placed"], [
            [1, "2024-01-05"], [1, "2024-02-10"], [1, "2024-02-11"], [2, "2024-01-20"],
            [3, "2024-02-01"], [3, "2024-04-01"]], {"placed": "datetime64[ns]"})}),
        ("year-end", "a cohort across the new year", {"orders": F(["customer_id", "placed"], [
            [5, "2023-12-30"], [5, "2024-01-02"], [6, "2023-12-01"]], {"placed": "datetime64[ns]"})}),
        ("single", "one order", {"orders": F(["customer_id", "placed"], [[9, "2024-07-07"]], {"placed": "datetime64[ns]"})}),
        ("empty", "no orders: no rows", {"orders": F(["customer_id", "placed"], [],
            {"customer_id": "int64", "placed": "datetime64[ns]"})}),
        ("repeat-orders", "a customer ordering many times in a month counts once", {"orders": F(
            ["customer_id", "placed"], [[1, "2024-03-01"], [1, "2024-03-02"], [1, "2024-03-30"],
                                        [1, "2024-04-15"], [1, "2024-04-16"]], {"placed": "datetime64[ns]"})}),
        ("later-months", "orders three or more months later are not counted", {"orders": F(
            ["customer_id", "placed"], [[2, "2024-01-10"], [2, "2024-04-10"], [2, "2024-09-10"]],
            {"placed": "datetime64[ns]"})}),
        ("skipped-month", "ordering in the cohort month and two months later, not between", {"orders": F(
            ["customer_id", "placed"], [[3, "2024-05-31"], [3, "2024-07-01"], [4, "2024-05-01"]],
            {"placed": "datetime64[ns]"})}),
        ("unsorted-cohorts", "orders out of order; the first order decides the cohort", {"orders": F(
            ["customer_id", "placed"], [[7, "2024-03-05"], [8, "2024-01-09"], [7, "2024-02-20"],
                                        [8, "2024-03-01"]], {"placed": "datetime64[ns]"})}),
        ("across-year", "November's cohort two months later is January", {"orders": F(
            ["customer_id", "placed"], [[5, "2023-11-11"], [5, "2024-01-11"], [6, "2023-11-20"]],
            {"placed": "datetime64[ns]"})}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-split-full-names",
    title="Split Full Names",
    entry="split_names",
    signature="people: pd.DataFrame",
    difficulty="easy",
    story=(
        "`people` has `person_id` and `full_name`, typed with stray spaces: `'  ada   lovelace'`."
        " Return `person_id`, `first` and `last`: the first word and the last word of the"
        " name after collapsing spaces, each in title case (`Ada`, `Lovelace`); middle names"
        " are dropped. A one-word name has an empty (missing) `last`. Keep the order, fresh"
        " index."
    ),
    reference='''
def split_names(people: pd.DataFrame) -> pd.DataFrame:
    words = people["full_name"].str.split()
    first = words.str[0].str.title()
    last = words.where(words.str.len() > 1).str[-1].str.title()
    return pd.DataFrame({"person_id": people["person_id"], "first": first, "last": last}).reset_index(drop=True)
''',
    wrongs={
        "second_word": ('''"""Takes the second word as the last name, so middle names win."""


def split_names(people: pd.DataFrame) -> pd.DataFrame:
    words = people["full_name"].str.split()
    first = words.str[0].str.title()
    last = words.str[1].str.title()
    return pd.DataFrame({"person_id": people["person_id"], "first": first, "last": last}).reset_index(drop=True)
'''),
        "split_on_one_space": ('''"""Splits on single spaces, so extra spaces make empty words."""


def split_names(people: pd.DataFrame) -> pd.DataFrame:
    words = people["full_name"].str.split(" ")
    first = words.str[0].str.title()
    last = words.where(words.str.len() > 1).str[-1].str.title()
    return pd.DataFrame({"person_id": people["person_id"], "first": first, "last": last}).reset_index(drop=True)
'''),
    },
    hints=["`.str.split()` with no argument splits on any run of spaces.", "`.str[-1]` takes the last element of each list."],
    tags=["string-cleaning"],
    cases=[
        ("example-1", "stray spaces and a middle name", {"people": F(["person_id", "full_name"], [
            [1, "  ada   lovelace"], [2, "GRACE brewster HOPPER"]])}),
        ("one-word", "a single name", {"people": F(["person_id", "full_name"], [[3, "Plato"]])}),
        ("already-clean", "clean names", {"people": F(["person_id", "full_name"], [[4, "Alan Turing"]])}),
        ("empty", "no people: no rows, the three columns", {"people": F(["person_id", "full_name"], [],
            {"person_id": "int64", "full_name": "object"})}),
        ("many-middles", "two middle names are both dropped", {"people": F(["person_id", "full_name"], [
            [5, "john ronald reuel tolkien"]])}),
        ("padded-one-word", "a one-word name padded with spaces", {"people": F(["person_id", "full_name"], [
            [6, "   socrates  "]])}),
        ("shouting", "upper case becomes title case", {"people": F(["person_id", "full_name"], [
            [7, "MARIE   CURIE "], [8, "rOSALIND fRANKLIN"]])}),
        ("duplicates", "the same name twice gives two rows", {"people": F(["person_id", "full_name"], [
            [9, "ada lovelace"], [9, "ada lovelace"]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-category-dtype-sizes",
    title="Shirt Sizes in Order",
    entry="size_counts",
    signature="orders: pd.DataFrame",
    difficulty="medium",
    story=(
        "`orders` has `order_id` and `size`, one of `XS`, `S`, `M`, `L`, `XL` (sometimes"
        " in lower case). Return a Series named `orders`, indexed by size in the natural order"
        " XS, S, M, L, XL (index name `size`), counting the orders of each size, with 0 for a"
        " size nobody ordered. Sizes outside the five are ignored."
    ),
    reference='''
SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(orders: pd.DataFrame) -> pd.Series:
    size = pd.Categorical(orders["size"].str.upper(), categories=SIZES, ordered=True)
    counts = pd.Series(size).value_counts(sort=False).reindex(SIZES, fill_value=0)
    return counts.astype("int64").rename("orders").rename_axis("size")
''',
    wrongs={
        "alphabetical": ('''"""Counts with value_counts on text, so sizes come in alphabetical order and unordered sizes are missing."""


def size_counts(orders: pd.DataFrame) -> pd.Series:
    counts = orders["size"].str.upper().value_counts().sort_index()
    return counts.astype("int64").rename("orders").rename_axis("size")
'''),
        "case_sensitive": ('''"""Forgets the lower-case sizes."""


SIZES = ["XS", "S", "M", "L", "XL"]


def size_counts(orders: pd.DataFrame) -> pd.Series:
    size = pd.Categorical(orders["size"], categories=SIZES, ordered=True)
    counts = pd.Series(size).value_counts(sort=False).reindex(SIZES, fill_value=0)
    return counts.astype("int64").rename("orders").rename_axis("size")
'''),
    },
    hints=[
        "An ordered Categorical knows the order of the sizes.",
        "`reindex(SIZES, fill_value=0)` adds the sizes nobody ordered.",
    ],
    tags=["dtypes", "categorical"],
    returns="pd.Series",
    cases=[
        ("example-1", "mixed case, one size missing", {"orders": F(["order_id", "size"], [
            [1, "M"], [2, "s"], [3, "XL"], [4, "m"], [5, "XXL"]])}),
        ("all-one", "one size only", {"orders": F(["order_id", "size"], [[1, "L"], [2, "L"]])}),
        ("none-valid", "no valid size", {"orders": F(["order_id", "size"], [[1, "huge"]])}),
        ("empty", "no orders: every size with 0", {"orders": F(["order_id", "size"], [],
            {"order_id": "int64", "size": "object"})}),
        ("all-five", "every size, listed out of order", {"orders": F(["order_id", "size"], [
            [1, "XL"], [2, "L"], [3, "M"], [4, "S"], [5, "XS"], [6, "XL"]])}),
        ("lower-case", "only lower-case spellings", {"orders": F(["order_id", "size"], [
            [1, "xs"], [2, "xl"], [3, "xs"]])}),
        ("missing", "an order without a size is ignored", {"orders": F(["order_id", "size"], [
            [1, None], [2, "S"]])}),
        ("near-misses", "'XXS' and 'SM' are not sizes", {"orders": F(["order_id", "size"], [
            [1, "XXS"], [2, "SM"], [3, "L"]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-outlier-flags",
    title="Flag Outlier Readings",
    entry="flag_outliers",
    signature="readings: pd.DataFrame",
    difficulty="medium",
    story=(
        "`readings` has `sensor` and `value`. A reading is an outlier when it lies more than"
        " 1.5 interquartile ranges below the first quartile or above the third quartile of"
        " its own sensor's readings (quartiles as pandas' `quantile` computes them by default)."
        " Add a boolean column `outlier`. Keep rows, order and index."
    ),
    reference='''
def flag_outliers(readings: pd.DataFrame) -> pd.DataFrame:
    grouped = readings.groupby("sensor")["value"]
    q1 = grouped.transform(lambda s: s.quantile(0.25))
    q3 = grouped.transform(lambda s: s.quantile(0.75))
    spread = 1.5 * (q3 - q1)
    outlier = (readings["value"] < q1 - spread) | (readings["value"] > q3 + spread)
    return readings.assign(outlier=outlier.astype(bool))
''',
    wrongs={
        "global_quartiles": ('''"""Uses the quartiles of all sensors together."""


def flag_outliers(readings: pd.DataFrame) -> pd.DataFrame:
    q1, q3 = readings["value"].quantile(0.25), readings["value"].quantile(0.75)
    spread = 1.5 * (q3 - q1)
    outlier = (readings["value"] < q1 - spread) | (readings["value"] > q3 + spread)
    return readings.assign(outlier=outlier)
'''),
    },
    hints=[
        "Each row needs its own sensor's quartiles beside it.",
        "Compute each sensor's quartiles with `groupby(...).transform`.",
        "Compare each value with its own sensor's fences; a value on a fence is not outside it.",
    ],
    tags=["groupby", "transform", "statistics"],
    cases=[
        ("example-1", "two sensors with different scales", {"readings": F(["sensor", "value"], [
            ["t", 20.0], ["t", 21.0], ["t", 22.0], ["t", 21.5], ["t", 45.0],
            ["p", 1000.0], ["p", 1010.0], ["p", 990.0], ["p", 1005.0]])}),
        ("no-outliers", "tight readings", {"readings": F(["sensor", "value"], [["a", 1.0], ["a", 1.1], ["a", 0.9]])}),
        ("empty", "no readings: outlier is still added", {"readings": F(["sensor", "value"], [],
            {"sensor": "object", "value": "float64"})}),
        ("single", "one reading is never an outlier", {"readings": F(["sensor", "value"], [["s", 5.0]])}),
        ("on-fence", "a value exactly on the upper fence is not an outlier", {"readings": F(["sensor", "value"], [
            ["f", 0.0], ["f", 4.0], ["f", 4.0], ["f", 8.0], ["f", 14.0]])}),
        ("past-fence", "just past the upper fence is an outlier", {"readings": F(["sensor", "value"], [
            ["f", 0.0], ["f", 4.0], ["f", 4.0], ["f", 8.0], ["f", 14.5]])}),
        ("low", "a reading far below the rest", {"readings": F(["sensor", "value"], [
            ["d", 50.0], ["d", 51.0], ["d", 49.0], ["d", 50.5], ["d", 2.0]])}),
        ("interleaved", "sensors interleaved, each judged on its own scale", {"readings": F(["sensor", "value"], [
            ["big", 500.0], ["small", 1.0], ["big", 510.0], ["small", 2.0], ["big", 505.0],
            ["small", 1.5], ["small", 9.0]])}),
    ],
    frame={"index": True},
))
