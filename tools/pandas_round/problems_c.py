"""The pandas round, part C: joins by time and range, exploding, cleaning; and the speed
drills, where a loop or `apply` is rewritten vectorised (written for pivotprep)."""

from tools.pandas_round.spec import F, Problem

PROBLEMS: list[Problem] = []
add = PROBLEMS.append

add(Problem(
    id="pd-trades-latest-quote",
    title="Trades at the Latest Quote",
    entry="with_quotes",
    signature="trades: pd.DataFrame, quotes: pd.DataFrame",
    difficulty="hard",
    minutes=25,
    story=(
        "`trades` has `trade_id`, `symbol` and `at` (a timestamp); `quotes` has `symbol`,"
        " `at` and `price`. Give each trade the price of the latest quote for the same"
        " symbol at or before the trade's time, in a column `price`; a trade with no earlier"
        " quote has a missing price. Return `trade_id`, `symbol`, `at`, `price`, sorted by"
        " `at` then `trade_id`, with a fresh index."
    ),
    reference='''
def with_quotes(trades: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    left = trades.sort_values("at")
    right = quotes.sort_values("at")
    out = pd.merge_asof(left, right, on="at", by="symbol", direction="backward")
    out = out[["trade_id", "symbol", "at", "price"]]
    return out.sort_values(["at", "trade_id"]).reset_index(drop=True)
''',
    wrongs={
        "nearest_quote": ('''"""Takes the nearest quote, which may come after the trade (a look-ahead)."""


def with_quotes(trades: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    out = pd.merge_asof(trades.sort_values("at"), quotes.sort_values("at"), on="at", by="symbol", direction="nearest")
    return out[["trade_id", "symbol", "at", "price"]].sort_values(["at", "trade_id"]).reset_index(drop=True)
'''),
        "ignores_symbol": ('''"""Matches quotes of any symbol."""


def with_quotes(trades: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    right = quotes.drop(columns="symbol").sort_values("at")
    out = pd.merge_asof(trades.sort_values("at"), right, on="at", direction="backward")
    return out[["trade_id", "symbol", "at", "price"]].sort_values(["at", "trade_id"]).reset_index(drop=True)
'''),
    },
    hints=[
        "An ordinary merge needs equal keys; here you need the last key at or before.",
        "`pd.merge_asof` with `by=` for the symbol and `direction=\"backward\"`.",
        "Both sides must be sorted by the time column.",
    ],
    tags=["merge", "merge-asof", "time-series"],
    cases=[
        ("example-1", "two symbols", {
            "trades": F(["trade_id", "symbol", "at"], [
                [1, "ABC", "2024-01-02 10:00:05"], [2, "XYZ", "2024-01-02 10:00:07"],
                [3, "ABC", "2024-01-02 10:00:01"]], {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [
                ["ABC", "2024-01-02 10:00:00", 10.0], ["ABC", "2024-01-02 10:00:04", 10.5],
                ["XYZ", "2024-01-02 10:00:08", 99.0]], {"at": "datetime64[ns]"})}),
        ("same-second", "a quote at the trade's exact time counts", {
            "trades": F(["trade_id", "symbol", "at"], [[5, "Q", "2024-01-02 09:00:00"]], {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [["Q", "2024-01-02 09:00:00", 1.25]], {"at": "datetime64[ns]"})}),
        ("no-trades", "no trades: no rows, price still a float column", {
            "trades": F(["trade_id", "symbol", "at"], [], {"trade_id": "int64", "symbol": "str", "at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [["Q", "2024-01-02 09:00:00", 1.25]], {"at": "datetime64[ns]"})}),
        ("no-quotes", "no quotes at all: every price is missing", {
            "trades": F(["trade_id", "symbol", "at"], [[1, "R", "2024-01-02 09:00:00"], [2, "S", "2024-01-02 09:00:01"]],
                {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [], {"symbol": "str", "at": "datetime64[ns]", "price": "float64"})}),
        ("too-early", "a trade before its symbol's first quote has no price", {
            "trades": F(["trade_id", "symbol", "at"], [[1, "T", "2024-01-02 08:59:59"], [2, "T", "2024-01-02 09:00:30"]],
                {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [["T", "2024-01-02 09:00:00", 3.0]], {"at": "datetime64[ns]"})}),
        ("no-look-ahead", "a quote one second later is closer but not allowed", {
            "trades": F(["trade_id", "symbol", "at"], [[1, "U", "2024-01-02 09:00:10"]], {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [
                ["U", "2024-01-02 09:00:00", 5.0], ["U", "2024-01-02 09:00:11", 6.0]], {"at": "datetime64[ns]"})}),
        ("other-symbol", "another symbol's earlier quote is not used", {
            "trades": F(["trade_id", "symbol", "at"], [[1, "V", "2024-01-02 09:00:05"], [2, "W", "2024-01-02 09:00:06"]],
                {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [
                ["W", "2024-01-02 09:00:00", 7.0], ["V", "2024-01-02 09:00:07", 8.0]], {"at": "datetime64[ns]"})}),
        ("unsorted-quotes", "quotes out of order: the latest before the trade wins", {
            "trades": F(["trade_id", "symbol", "at"], [[2, "X", "2024-01-02 10:00:00"], [1, "X", "2024-01-02 10:00:00"]],
                {"at": "datetime64[ns]"}),
            "quotes": F(["symbol", "at", "price"], [
                ["X", "2024-01-02 09:59:00", 2.0], ["X", "2024-01-02 09:00:00", 1.0],
                ["X", "2024-01-02 09:59:30", 2.5]], {"at": "datetime64[ns]"})}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-customers-without-orders",
    title="Customers Who Never Ordered",
    entry="never_ordered",
    signature="customers: pd.DataFrame, orders: pd.DataFrame",
    difficulty="easy",
    story=(
        "`customers` has `customer_id`, `name` and `city`; `orders` has `order_id` and"
        " `customer_id`. Return the customers (all three columns) who have no order,"
        " sorted by `customer_id`, with a fresh index."
    ),
    reference='''
def never_ordered(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    out = customers[~customers["customer_id"].isin(orders["customer_id"])]
    return out.sort_values("customer_id").reset_index(drop=True)
''',
    wrongs={
        "left_join_dupes": ('''"""Left-joins without de-duplicating customers who are missing: fine, but keeps order_id as a column."""


def never_ordered(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    out = customers.merge(orders, on="customer_id", how="left")
    out = out[out["order_id"].isna()]
    return out.sort_values("customer_id").reset_index(drop=True)
'''),
        "wrong_direction": ('''"""Returns the customers who did order."""


def never_ordered(customers: pd.DataFrame, orders: pd.DataFrame) -> pd.DataFrame:
    out = customers[customers["customer_id"].isin(orders["customer_id"])]
    return out.sort_values("customer_id").reset_index(drop=True)
'''),
    },
    hints=[
        "You need the customers whose id does not appear among the orders' ids.",
        "`isin` tests membership; `~` negates a boolean Series.",
        "A join would add the orders' columns; a membership test keeps only the customer's.",
    ],
    tags=["anti-join", "filtering"],
    cases=[
        ("example-1", "two of four never ordered", {
            "customers": F(["customer_id", "name", "city"], [
                [4, "Di", "Rome"], [1, "Ana", "Porto"], [2, "Ben", "Leeds"], [3, "Cy", "Oslo"]]),
            "orders": F(["order_id", "customer_id"], [[10, 1], [11, 1], [12, 3]])}),
        ("no-orders", "nobody ordered", {
            "customers": F(["customer_id", "name", "city"], [[1, "Ana", "Porto"]]),
            "orders": F(["order_id", "customer_id"], [], {"order_id": "int64", "customer_id": "int64"})}),
        ("everyone", "everybody ordered", {
            "customers": F(["customer_id", "name", "city"], [[1, "Ana", "Porto"]]),
            "orders": F(["order_id", "customer_id"], [[1, 1]])}),
        ("no-customers", "no customers: no rows", {
            "customers": F(["customer_id", "name", "city"], [], {"customer_id": "int64", "name": "str", "city": "str"}),
            "orders": F(["order_id", "customer_id"], [[1, 1]])}),
        ("unknown-customer", "an order for an unknown customer changes nothing", {
            "customers": F(["customer_id", "name", "city"], [[2, "Bo", "Kiel"], [3, "Cy", "Oslo"]]),
            "orders": F(["order_id", "customer_id"], [[1, 99], [2, 3]])}),
        ("many-orders", "many orders from one customer", {
            "customers": F(["customer_id", "name", "city"], [[5, "Ed", "Riga"], [6, "Flo", "Bonn"]]),
            "orders": F(["order_id", "customer_id"], [[1, 5], [2, 5], [3, 5], [4, 5]])}),
        ("unsorted", "customers arrive out of id order", {
            "customers": F(["customer_id", "name", "city"], [
                [30, "Gil", "Nice"], [10, "Hal", "Graz"], [20, "Ivy", "Bern"], [40, "Jo", "Cork"]]),
            "orders": F(["order_id", "customer_id"], [[1, 20]])}),
        ("missing-id", "an order without a customer id matches nobody", {
            "customers": F(["customer_id", "name", "city"], [[7, "Kai", "Gent"]]),
            "orders": F(["order_id", "customer_id"], [[1, None], [2, 8]], {"customer_id": "float64"})}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-explode-skill-tags",
    title="Count Skill Tags",
    entry="tag_counts",
    signature="postings: pd.DataFrame",
    difficulty="easy",
    story=(
        "`postings` has `posting_id` and `tags`, a comma-separated text such as"
        " `'SQL, python ,Airflow'` (spacing and case vary; an empty or missing value means"
        " no tags). Return a DataFrame with `tag` (lower case, trimmed) and `postings` (how"
        " many postings carry it; a tag repeated in one posting counts once), sorted by"
        " `postings` descending then `tag`, with a fresh index."
    ),
    reference='''
def tag_counts(postings: pd.DataFrame) -> pd.DataFrame:
    tags = postings.assign(tag=postings["tags"].str.split(",")).explode("tag")
    tags["tag"] = tags["tag"].str.strip().str.lower()
    tags = tags[tags["tag"].notna() & (tags["tag"] != "")]
    tags = tags.drop_duplicates(subset=["posting_id", "tag"])
    out = tags.groupby("tag").size().rename("postings").reset_index()
    out["postings"] = out["postings"].astype("int64")
    return out.sort_values(["postings", "tag"], ascending=[False, True]).reset_index(drop=True)
''',
    wrongs={
        "no_strip": ('''"""Splits without trimming, so ' python ' and 'python' count apart."""


def tag_counts(postings: pd.DataFrame) -> pd.DataFrame:
    tags = postings.assign(tag=postings["tags"].str.lower().str.split(",")).explode("tag")
    tags = tags[tags["tag"].notna() & (tags["tag"] != "")].drop_duplicates(subset=["posting_id", "tag"])
    out = tags.groupby("tag").size().rename("postings").reset_index()
    return out.sort_values(["postings", "tag"], ascending=[False, True]).reset_index(drop=True)
'''),
        "counts_repeats": ('''"""Counts a tag twice when one posting repeats it."""


def tag_counts(postings: pd.DataFrame) -> pd.DataFrame:
    tags = postings.assign(tag=postings["tags"].str.split(",")).explode("tag")
    tags["tag"] = tags["tag"].str.strip().str.lower()
    tags = tags[tags["tag"].notna() & (tags["tag"] != "")]
    out = tags.groupby("tag").size().rename("postings").reset_index()
    return out.sort_values(["postings", "tag"], ascending=[False, True]).reset_index(drop=True)
'''),
    },
    hints=[
        "Split into lists, then `explode` gives one row per tag.",
        "Normalise before counting; drop repeats within a posting.",
        "Empty pieces (from a blank value or a stray comma) are not tags.",
    ],
    tags=["explode", "string-cleaning", "groupby"],
    cases=[
        ("example-1", "messy tags", {"postings": F(["posting_id", "tags"], [
            [1, "SQL, python ,Airflow"], [2, "python,dbt"], [3, "sql,SQL"], [4, None], [5, ""]])}),
        ("single", "one tag", {"postings": F(["posting_id", "tags"], [[1, " Excel "]])}),
        ("empty", "no postings: no rows", {"postings": F(["posting_id", "tags"], [],
            {"posting_id": "int64", "tags": "str"})}),
        ("no-tags", "only blank and missing tags: no rows", {"postings": F(["posting_id", "tags"], [
            [1, None], [2, ""], [3, " , "]])}),
        ("stray-commas", "leading, doubled and trailing commas", {"postings": F(["posting_id", "tags"], [
            [1, ",sql,,python,"], [2, "python"]])}),
        ("repeat-in-posting", "one posting repeating a tag in three spellings counts once", {
            "postings": F(["posting_id", "tags"], [[1, "Python, python , PYTHON"], [2, "go"]])}),
        ("ties", "equal counts are listed by tag", {"postings": F(["posting_id", "tags"], [
            [1, "rust, c"], [2, "zig, c"], [3, "rust ,ada"]])}),
        ("popular-first", "the most common tag comes first", {"postings": F(["posting_id", "tags"], [
            [1, "aws"], [2, "gcp, aws"], [3, "AWS, azure"], [4, "gcp"]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-yes-no-to-boolean",
    title="Yes/No Answers to Booleans",
    entry="to_boolean",
    signature="survey: pd.DataFrame",
    difficulty="easy",
    story=(
        "A survey export has `respondent` and `consent`, typed freely: `yes`, `Y`, `TRUE`,"
        " `1`, `no`, `n`, `false`, `0`, or blank. Replace `consent` with a nullable boolean"
        " column (pandas' `boolean` dtype): True for yes-like answers, False for no-like ones"
        " (case and surrounding spaces do not matter) and missing for anything else. Keep"
        " rows, order and index."
    ),
    reference='''
YES = {"yes", "y", "true", "1"}
NO = {"no", "n", "false", "0"}


def to_boolean(survey: pd.DataFrame) -> pd.DataFrame:
    text = survey["consent"].astype("string").str.strip().str.lower()
    value = pd.Series(pd.NA, index=survey.index, dtype="boolean")
    value[text.isin(YES).fillna(False)] = True
    value[text.isin(NO).fillna(False)] = False
    return survey.assign(consent=value)
''',
    wrongs={
        "truthy_text": ('''"""Uses Python truthiness: every non-empty text, even 'no', becomes True."""


def to_boolean(survey: pd.DataFrame) -> pd.DataFrame:
    return survey.assign(consent=survey["consent"].astype(bool).astype("boolean"))
'''),
    },
    hints=[
        "Normalise the text, then map the two sets of spellings.",
        "Is the text `'no'` true in Python? Think about what `astype(bool)` does to it.",
        "The `boolean` dtype can hold missing values.",
    ],
    tags=["dtypes", "string-cleaning", "missing-values"],
    cases=[
        ("example-1", "many spellings", {"survey": F(["respondent", "consent"], [
            [1, "yes"], [2, " N "], [3, "TRUE"], [4, "0"], [5, "maybe"], [6, None]])}),
        ("numbers-as-text", "ones and zeros", {"survey": F(["respondent", "consent"], [[1, "1"], [2, "0"]])}),
        ("empty", "no answers: consent is still a boolean column", {"survey": F(["respondent", "consent"], [],
            {"respondent": "int64", "consent": "str"})}),
        ("all-missing", "nobody answered", {"survey": F(["respondent", "consent"], [[1, None], [2, None]])}),
        ("no-like", "every no-like spelling is False", {"survey": F(["respondent", "consent"], [
            [1, "no"], [2, "No"], [3, "n"], [4, "FALSE"], [5, " false "]])}),
        ("yes-like", "every yes-like spelling is True", {"survey": F(["respondent", "consent"], [
            [1, "Y"], [2, " yes"], [3, "True"], [4, "1 "]])}),
        ("blank", "empty and all-space answers are missing, not False", {"survey": F(["respondent", "consent"], [
            [1, ""], [2, "   "], [3, "y"]])}),
        ("near-misses", "'yess', 'nope', '01' and 't' are not recognised", {"survey": F(["respondent", "consent"], [
            [1, "yess"], [2, "nope"], [3, "01"], [4, "t"]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-top-two-products",
    title="Two Best Sellers per Category",
    entry="top_two",
    signature="sales: pd.DataFrame",
    difficulty="medium",
    story=(
        "`sales` has `category`, `product` and `units` (one row per sale). Return, for each"
        " category, the two products with the most units in total (ties broken by product"
        " name), with the columns `category`, `product`, `units`, sorted by category and then"
        " units descending, fresh index. A category with one product has one row."
    ),
    reference='''
def top_two(sales: pd.DataFrame) -> pd.DataFrame:
    totals = sales.groupby(["category", "product"], as_index=False)["units"].sum()
    totals = totals.sort_values(["category", "units", "product"], ascending=[True, False, True])
    return totals.groupby("category").head(2).reset_index(drop=True)
''',
    wrongs={
        "rows_not_totals": ('''"""Ranks single sales instead of each product's total."""


def top_two(sales: pd.DataFrame) -> pd.DataFrame:
    ranked = sales.sort_values(["category", "units", "product"], ascending=[True, False, True])
    return ranked.groupby("category").head(2)[["category", "product", "units"]].reset_index(drop=True)
'''),
    },
    hints=[
        "A product's standing depends on all its sales added up, not on one sale.",
        "Once the totals are sorted, each category's first two rows are its best sellers.",
        "Sort by units descending and by product ascending to settle ties.",
    ],
    tags=["groupby", "top-k"],
    cases=[
        ("example-1", "two categories", {"sales": F(["category", "product", "units"], [
            ["tea", "green", 3], ["tea", "black", 5], ["tea", "green", 4], ["tea", "mint", 1],
            ["cake", "lemon", 2]])}),
        ("tie", "tied totals", {"sales": F(["category", "product", "units"], [
            ["x", "b", 2], ["x", "a", 2], ["x", "c", 2]])}),
        ("empty", "no sales: no rows", {"sales": F(["category", "product", "units"], [],
            {"category": "str", "product": "str", "units": "int64"})}),
        ("one-product", "a category with one product has one row", {"sales": F(["category", "product", "units"], [
            ["ink", "blue", 1], ["ink", "blue", 2]])}),
        ("many-small", "many small sales beat one big sale", {"sales": F(["category", "product", "units"], [
            ["pens", "gel", 5], ["pens", "ball", 3], ["pens", "ball", 3], ["pens", "quill", 4],
            ["pens", "ball", 3]])}),
        ("third-loses-tie", "a tie for second place goes to the earlier name", {"sales": F(["category", "product", "units"], [
            ["mugs", "tall", 9], ["mugs", "wide", 4], ["mugs", "tiny", 4]])}),
        ("unsorted-categories", "categories arrive in any order", {"sales": F(["category", "product", "units"], [
            ["zinc", "z1", 1], ["acid", "a1", 2], ["zinc", "z2", 3], ["acid", "a2", 1], ["acid", "a3", 5]])}),
        ("zero-units", "a product with 0 units can still be second", {"sales": F(["category", "product", "units"], [
            ["bags", "tote", 0], ["bags", "sack", 6]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-orders-in-campaigns",
    title="Orders Inside Campaign Windows",
    entry="campaign_orders",
    signature="orders: pd.DataFrame, campaigns: pd.DataFrame",
    difficulty="hard",
    minutes=25,
    story=(
        "`orders` has `order_id` and `placed` (a timestamp); `campaigns` has `campaign`,"
        " `starts` and `ends` (dates, both days included: a campaign ending on 31 March"
        " covers orders up to 23:59:59 that day). Campaigns may overlap. Return one row per"
        " (order, campaign) pair where the order falls inside the campaign, with `order_id`"
        " and `campaign`, sorted by both, fresh index."
    ),
    reference='''
def campaign_orders(orders: pd.DataFrame, campaigns: pd.DataFrame) -> pd.DataFrame:
    pairs = orders.merge(campaigns, how="cross")
    inside = (pairs["placed"] >= pairs["starts"]) & (pairs["placed"] < pairs["ends"] + pd.Timedelta(days=1))
    out = pairs.loc[inside, ["order_id", "campaign"]]
    return out.sort_values(["order_id", "campaign"]).reset_index(drop=True)
''',
    wrongs={
        "end_at_midnight": ('''"""Compares with the end date at midnight, losing the last day's orders."""


def campaign_orders(orders: pd.DataFrame, campaigns: pd.DataFrame) -> pd.DataFrame:
    pairs = orders.merge(campaigns, how="cross")
    inside = (pairs["placed"] >= pairs["starts"]) & (pairs["placed"] <= pairs["ends"])
    return pairs.loc[inside, ["order_id", "campaign"]].sort_values(["order_id", "campaign"]).reset_index(drop=True)
'''),
    },
    hints=[
        "A cross join pairs every order with every campaign.",
        "The end date includes the whole day: compare with the next midnight.",
        "An order can belong to several campaigns, so one order may give several rows.",
    ],
    tags=["merge", "cross-join", "dates"],
    cases=[
        ("example-1", "overlapping campaigns and a late order", {
            "orders": F(["order_id", "placed"], [[1, "2024-03-31 18:30"], [2, "2024-04-01 00:00"], [3, "2024-02-15 12:00"]],
                {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [["spring", "2024-03-01", "2024-03-31"], ["easter", "2024-03-29", "2024-04-01"]],
                {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("none", "no order in any window", {
            "orders": F(["order_id", "placed"], [[1, "2024-01-01 10:00"]], {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [["c", "2024-02-01", "2024-02-02"]],
                {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("no-orders", "no orders: no rows", {
            "orders": F(["order_id", "placed"], [], {"order_id": "int64", "placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [["c", "2024-02-01", "2024-02-02"]],
                {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("no-campaigns", "no campaigns: no rows", {
            "orders": F(["order_id", "placed"], [[1, "2024-01-01 10:00"]], {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [],
                {"campaign": "str", "starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("last-second", "23:59:59 on the end day is inside", {
            "orders": F(["order_id", "placed"], [[1, "2024-05-10 23:59:59"], [2, "2024-05-11 00:00:00"]],
                {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [["may", "2024-05-01", "2024-05-10"]],
                {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("first-second", "midnight on the start day is inside, a second before is not", {
            "orders": F(["order_id", "placed"], [[1, "2024-05-01 00:00:00"], [2, "2024-04-30 23:59:59"]],
                {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [["may", "2024-05-01", "2024-05-10"]],
                {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("one-day", "a campaign starting and ending on the same day covers that day", {
            "orders": F(["order_id", "placed"], [[1, "2024-06-06 12:00"], [2, "2024-06-07 00:30"]],
                {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [["flash", "2024-06-06", "2024-06-06"]],
                {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
        ("three-overlap", "an order inside three campaigns gives three rows, in order", {
            "orders": F(["order_id", "placed"], [[8, "2024-07-15 10:00"], [3, "2024-07-01 10:00"]],
                {"placed": "datetime64[ns]"}),
            "campaigns": F(["campaign", "starts", "ends"], [
                ["summer", "2024-06-01", "2024-08-31"], ["july", "2024-07-01", "2024-07-31"],
                ["mid", "2024-07-10", "2024-07-20"]], {"starts": "datetime64[ns]", "ends": "datetime64[ns]"})}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-most-complete-record",
    title="Keep the Most Complete Record",
    entry="most_complete",
    signature="records: pd.DataFrame",
    difficulty="medium",
    story=(
        "`records` has `supplier_id`, `phone`, `email` and `address`; the same supplier can"
        " appear several times with different fields filled in. Keep one row per supplier:"
        " the one with the fewest missing fields, and among equally complete rows the one"
        " that comes first in the data. Return them sorted by `supplier_id`, with the four"
        " columns, fresh index."
    ),
    reference='''
def most_complete(records: pd.DataFrame) -> pd.DataFrame:
    missing = records[["phone", "email", "address"]].isna().sum(axis=1)
    ranked = records.assign(_missing=missing, _pos=range(len(records)))
    ranked = ranked.sort_values(["supplier_id", "_missing", "_pos"])
    best = ranked.drop_duplicates(subset="supplier_id", keep="first")
    return best.drop(columns=["_missing", "_pos"]).reset_index(drop=True)
''',
    wrongs={
        "first_row": ('''"""Keeps each supplier's first row, however empty."""


def most_complete(records: pd.DataFrame) -> pd.DataFrame:
    best = records.drop_duplicates(subset="supplier_id", keep="first")
    return best.sort_values("supplier_id").reset_index(drop=True)
'''),
        "unstable_sort": ('''"""Sorts with the default quicksort on the count only, so ties may pick a later row."""


def most_complete(records: pd.DataFrame) -> pd.DataFrame:
    missing = records[["phone", "email", "address"]].isna().sum(axis=1)
    ranked = records.assign(_missing=missing).sort_values(["_missing"], ascending=False)
    best = ranked.drop_duplicates(subset="supplier_id", keep="last")
    return best.drop(columns="_missing").sort_values("supplier_id").reset_index(drop=True)
'''),
    },
    hints=["Count the missing fields per row: `isna().sum(axis=1)`.", "Sort by supplier, then missing count, then original position; keep the first."],
    tags=["deduplication", "missing-values"],
    cases=[
        ("example-1", "three suppliers", {"records": F(["supplier_id", "phone", "email", "address"], [
            [1, None, "a@x.io", None], [1, "555", "a@x.io", None], [2, "111", None, "Main St"],
            [2, None, "b@y.io", "Side St"], [3, None, None, None]])}),
        ("tie-first", "equally complete: the first wins", {"records": F(["supplier_id", "phone", "email", "address"], [
            [9, "1", None, None], [9, None, "e@e.e", None]])}),
        ("empty", "no records: no rows", {"records": F(["supplier_id", "phone", "email", "address"], [],
            {"supplier_id": "int64", "phone": "str", "email": "str", "address": "str"})}),
        ("single", "one record is kept as it is", {"records": F(["supplier_id", "phone", "email", "address"], [
            [4, None, "d@d.d", None]])}),
        ("complete-last", "the complete row comes last", {"records": F(["supplier_id", "phone", "email", "address"], [
            [5, None, None, None], [5, "2", None, None], [5, "3", "f@f.f", "Elm Rd"]])}),
        ("three-way-tie", "three equally complete rows: the first of them wins", {
            "records": F(["supplier_id", "phone", "email", "address"], [
                [6, None, None, None], [6, "7", "g@g.g", None], [6, None, "h@h.h", "Oak Rd"],
                [6, "8", None, "Ash Rd"]])}),
        ("interleaved", "suppliers interleaved and out of id order", {
            "records": F(["supplier_id", "phone", "email", "address"], [
                [8, "1", None, None], [2, None, None, "Bay Rd"], [8, "1", "i@i.i", None],
                [2, "9", "j@j.j", "Bay Rd"], [8, None, "k@k.k", None]])}),
        ("all-empty", "a supplier whose every field is missing is still listed", {
            "records": F(["supplier_id", "phone", "email", "address"], [
                [3, None, None, None], [1, "5", None, None]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-interpolate-hourly-temperature",
    title="Hourly Temperatures Without Holes",
    entry="hourly",
    signature="readings: pd.DataFrame",
    difficulty="hard",
    minutes=25,
    story=(
        "`readings` has `at` (a timestamp on the hour) and `celsius`, for one weather"
        " station, with some hours missing entirely. Return one row per hour from the first"
        " to the last reading (`at`, `celsius`), sorted, where a missing hour's temperature is"
        " interpolated linearly in time between its neighbours, rounded to one decimal."
        " Fresh index."
    ),
    reference='''
def hourly(readings: pd.DataFrame) -> pd.DataFrame:
    series = readings.set_index("at")["celsius"].sort_index().astype("float64")
    full = series.resample("h").mean().interpolate(method="time").round(1)
    return full.rename_axis("at").reset_index()
''',
    wrongs={
        "no_new_hours": ('''"""Interpolates only the rows that exist, so missing hours never appear."""


def hourly(readings: pd.DataFrame) -> pd.DataFrame:
    out = readings.sort_values("at").reset_index(drop=True)
    out["celsius"] = out["celsius"].astype("float64").interpolate().round(1)
    return out
'''),
        "forward_fill": ('''"""Fills a missing hour with the previous reading instead of interpolating."""


def hourly(readings: pd.DataFrame) -> pd.DataFrame:
    series = readings.set_index("at")["celsius"].sort_index().astype("float64")
    return series.resample("h").mean().ffill().round(1).rename_axis("at").reset_index()
'''),
    },
    hints=[
        "First make the missing hours exist as rows; only then can they be filled.",
        "`resample(\"h\")` creates the missing hours (as NaN).",
        "`interpolate(method=\"time\")` fills them from their neighbours; round at the end.",
    ],
    tags=["resample", "interpolate", "time-series"],
    cases=[
        ("example-1", "two missing hours", {"readings": F(["at", "celsius"], [
            ["2024-07-01 00:00", 15.0], ["2024-07-01 03:00", 18.0], ["2024-07-01 04:00", 17.5]],
            {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("unsorted", "rows out of order", {"readings": F(["at", "celsius"], [
            ["2024-07-01 02:00", 10.0], ["2024-07-01 00:00", 12.0]], {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("complete", "nothing missing", {"readings": F(["at", "celsius"], [
            ["2024-07-01 00:00", 1.0], ["2024-07-01 01:00", 2.0]], {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("empty", "no readings: no rows", {"readings": F(["at", "celsius"], [],
            {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("single", "one reading is one hour", {"readings": F(["at", "celsius"], [
            ["2024-07-01 05:00", 21.0]], {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("thirds", "two missing hours between 10 and 11 are rounded to one decimal", {"readings": F(["at", "celsius"], [
            ["2024-07-01 00:00", 10.0], ["2024-07-01 03:00", 11.0]], {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("midnight", "a gap across midnight, temperatures falling below zero", {"readings": F(["at", "celsius"], [
            ["2024-12-31 22:00", 1.0], ["2025-01-01 02:00", -3.0]], {"at": "datetime64[ns]", "celsius": "float64"})}),
        ("long-gap", "a long gap after a short one", {"readings": F(["at", "celsius"], [
            ["2024-07-02 00:00", 20.0], ["2024-07-02 02:00", 22.0], ["2024-07-02 08:00", 16.0]],
            {"at": "datetime64[ns]", "celsius": "float64"})}),
    ],
    frame={"index": True},
))

# --- speed drills: the starting file is the slow version; the goal is a factor in one run.

DRILL_GENERATE_ORDERS = '''"""n random order lines for the speed drill."""

import random


def generate(n: int, rng: random.Random) -> dict:
    rows = [
        [i, rng.choice(["north", "south", "east", "west"]), rng.randint(1, 40),
         round(rng.uniform(1, 200), 2)]
        for i in range(n)
    ]
    columns = ["line_id", "region", "quantity", "unit_price"]
    return {"lines": {"__frame__": {"columns": columns, "rows": rows}}}
'''
LINES = ["line_id", "region", "quantity", "unit_price"]
NO_LINES = F(LINES, [], {"line_id": "int64", "region": "str", "quantity": "int64", "unit_price": "float64"})

add(Problem(
    id="pd-drill-line-totals",
    title="Speed Drill: Line Totals",
    entry="line_totals",
    signature="lines: pd.DataFrame",
    difficulty="easy",
    story=(
        "Your starting file computes each order line's `total` (quantity x unit price,"
        " less a 10% discount on lines of 20 units or more) with `apply` over rows. It gives"
        " the right answer, slowly. Rewrite it without `apply` or a Python loop so it runs at"
        " least 10 times faster than the starting version on 5,000 lines, measured in the"
        " same run. Return `lines` with the float column `total` added; keep rows and index."
    ),
    reference='''
def line_totals(lines: pd.DataFrame) -> pd.DataFrame:
    gross = lines["quantity"] * lines["unit_price"]
    total = gross.where(lines["quantity"] < 20, gross * 0.9)
    return lines.assign(total=total.astype("float64"))
''',
    slow='''
def line_totals(lines: pd.DataFrame) -> pd.DataFrame:
    def total(row):
        gross = row["quantity"] * row["unit_price"]
        return gross * 0.9 if row["quantity"] >= 20 else gross

    return lines.assign(total=lines.apply(total, axis=1).astype("float64"))
''',
    wrongs={
        "discount_everything": ('''"""Vectorised, but discounts every line."""


def line_totals(lines: pd.DataFrame) -> pd.DataFrame:
    return lines.assign(total=(lines["quantity"] * lines["unit_price"] * 0.9).astype("float64"))
'''),
    },
    hints=["Multiply whole columns at once.", "`Series.where(condition, other)` picks per row without a loop."],
    tags=["vectorisation", "speed-drill"],
    drill={"factor": 10, "n": 5000},
    generate=DRILL_GENERATE_ORDERS,
    cases=[
        ("example-1", "a discounted line and a plain one", {"lines": F(LINES, [
            [1, "north", 2, 10.0], [2, "south", 20, 5.0], [3, "east", 25, 1.5]])}),
        ("empty", "no lines", {"lines": F(LINES, [], {"line_id": "int64", "region": "str", "quantity": "int64", "unit_price": "float64"})}),
        ("threshold", "19 units pay full price, 20 get the discount", {"lines": F(LINES, [
            [1, "west", 19, 2.0], [2, "west", 20, 2.0]])}),
        ("single", "one plain line", {"lines": F(LINES, [[1, "north", 3, 4.5]])}),
        ("zero", "a line of 0 units totals 0.0", {"lines": F(LINES, [[1, "east", 0, 9.99]])}),
        ("all-discounted", "every line is large", {"lines": F(LINES, [
            [1, "south", 40, 1.0], [2, "north", 25, 2.0], [3, "east", 21, 0.5]])}),
        ("cents", "prices with cents", {"lines": F(LINES, [[1, "west", 3, 0.1], [2, "west", 30, 0.05]])}),
        ("duplicates", "identical lines each get their total", {"lines": F(LINES, [
            [7, "north", 22, 3.0], [7, "north", 22, 3.0]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-drill-region-share",
    title="Speed Drill: Share of the Region",
    entry="region_share",
    signature="lines: pd.DataFrame",
    difficulty="medium",
    story=(
        "Your starting file gives each line its `share` of its region's revenue (quantity"
        " x unit price over the region's total) with a Python loop that filters the frame"
        " once per row. Rewrite it so it runs at least 20 times faster on 1,000 lines, in the"
        " same run. Return `lines` with the float column `share` added; keep rows and index."
    ),
    reference='''
def region_share(lines: pd.DataFrame) -> pd.DataFrame:
    revenue = lines["quantity"] * lines["unit_price"]
    total = revenue.groupby(lines["region"]).transform("sum")
    return lines.assign(share=(revenue / total).astype("float64"))
''',
    slow='''
def region_share(lines: pd.DataFrame) -> pd.DataFrame:
    shares = []
    for _, row in lines.iterrows():
        same = lines[lines["region"] == row["region"]]
        total = (same["quantity"] * same["unit_price"]).sum()
        shares.append(row["quantity"] * row["unit_price"] / total)
    return lines.assign(share=pd.Series(shares, index=lines.index, dtype="float64"))
''',
    wrongs={
        "company_total": ('''"""Vectorised, but divides by the company's total instead of the region's."""


def region_share(lines: pd.DataFrame) -> pd.DataFrame:
    revenue = lines["quantity"] * lines["unit_price"]
    return lines.assign(share=(revenue / revenue.sum()).astype("float64"))
'''),
    },
    hints=[
        "Compute revenue for all rows at once.",
        "Each row needs its region's total beside it, computed once per region, not once per row.",
        "`groupby(\"region\").transform(\"sum\")` gives each row its region's total.",
    ],
    tags=["vectorisation", "speed-drill", "groupby"],
    drill={"factor": 20, "n": 1000},
    generate=DRILL_GENERATE_ORDERS,
    cases=[
        ("example-1", "two regions", {"lines": F(LINES, [
            [1, "north", 1, 10.0], [2, "north", 3, 10.0], [3, "south", 2, 4.0]])}),
        ("single", "one line", {"lines": F(LINES, [[1, "west", 5, 2.0]])}),
        ("empty", "no lines: share is still a float column", {"lines": NO_LINES}),
        ("equal-halves", "two equal lines share a region half and half", {"lines": F(LINES, [
            [1, "east", 2, 5.0], [2, "east", 5, 2.0]])}),
        ("interleaved", "regions interleaved: each line against its own region", {"lines": F(LINES, [
            [1, "north", 1, 1.0], [2, "south", 1, 100.0], [3, "north", 3, 1.0], [4, "south", 1, 300.0]])}),
        ("free-line", "a free line has share 0", {"lines": F(LINES, [
            [1, "west", 4, 0.0], [2, "west", 2, 3.0]])}),
        ("one-each", "one line per region: every share is 1", {"lines": F(LINES, [
            [1, "north", 2, 2.0], [2, "south", 3, 3.0], [3, "east", 4, 4.0], [4, "west", 5, 5.0]])}),
        ("duplicates", "identical lines each take their share", {"lines": F(LINES, [
            [9, "north", 1, 2.0], [9, "north", 1, 2.0], [10, "north", 2, 2.0]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-drill-price-lookup",
    title="Speed Drill: Price Lookup",
    entry="priced",
    signature="lines: pd.DataFrame, prices: pd.DataFrame",
    difficulty="easy",
    story=(
        "Your starting file looks up each line's `list_price` in `prices` (`region`,"
        " `list_price`) row by row. Rewrite it with a join or a mapping so it runs at least"
        " 10 times faster on 1,000 lines, in the same run. A region missing from `prices`"
        " leaves the price missing. Return `lines` with `list_price` added as the last column;"
        " keep rows and order (the index is not compared)."
    ),
    reference='''
def priced(lines: pd.DataFrame, prices: pd.DataFrame) -> pd.DataFrame:
    lookup = prices.drop_duplicates("region").set_index("region")["list_price"]
    return lines.assign(list_price=lines["region"].map(lookup).astype("float64"))
''',
    slow='''
def priced(lines: pd.DataFrame, prices: pd.DataFrame) -> pd.DataFrame:
    found = []
    for _, row in lines.iterrows():
        match = prices[prices["region"] == row["region"]]
        found.append(float(match["list_price"].iloc[0]) if len(match) else float("nan"))
    return lines.assign(list_price=pd.Series(found, index=lines.index, dtype="float64"))
''',
    wrongs={
        "inner_merge": ('''"""An inner merge drops the lines whose region has no price."""


def priced(lines: pd.DataFrame, prices: pd.DataFrame) -> pd.DataFrame:
    return lines.merge(prices, on="region").astype({"list_price": "float64"})
'''),
    },
    hints=[
        "Look up every row at once instead of filtering `prices` once per line.",
        "`Series.map` with a Series indexed by region looks up every row at once.",
        "A region missing from the price list must keep its line: no inner join.",
    ],
    tags=["vectorisation", "speed-drill", "merge"],
    drill={"factor": 10, "n": 1000},
    generate='''"""n random order lines and a price list for the speed drill."""

import random


def generate(n: int, rng: random.Random) -> dict:
    rows = [
        [i, rng.choice(["north", "south", "east", "west"]), rng.randint(1, 40),
         round(rng.uniform(1, 200), 2)]
        for i in range(n)
    ]
    columns = ["line_id", "region", "quantity", "unit_price"]
    prices = [["north", 9.5], ["south", 8.0], ["east", 7.25]]
    return {
        "lines": {"__frame__": {"columns": columns, "rows": rows}},
        "prices": {"__frame__": {"columns": ["region", "list_price"], "rows": prices}},
    }
''',
    cases=[
        ("example-1", "one unknown region", {
            "lines": F(LINES, [[1, "north", 1, 1.0], [2, "west", 1, 1.0], [3, "east", 2, 2.0]]),
            "prices": F(["region", "list_price"], [["north", 9.5], ["east", 7.25]])}),
        ("all-known", "every region priced", {
            "lines": F(LINES, [[1, "south", 1, 1.0]]),
            "prices": F(["region", "list_price"], [["south", 8.0]])}),
        ("no-lines", "no lines: no rows, list_price still added", {
            "lines": NO_LINES,
            "prices": F(["region", "list_price"], [["south", 8.0]])}),
        ("no-prices", "an empty price list leaves every price missing", {
            "lines": F(LINES, [[1, "north", 1, 1.0], [2, "south", 2, 2.0]]),
            "prices": F(["region", "list_price"], [], {"region": "str", "list_price": "float64"})}),
        ("all-unknown", "no line's region is priced", {
            "lines": F(LINES, [[1, "west", 1, 1.0], [2, "west", 1, 1.0]]),
            "prices": F(["region", "list_price"], [["north", 9.5]])}),
        ("listed-twice", "a region listed twice with one price adds no rows", {
            "lines": F(LINES, [[1, "east", 1, 1.0], [2, "north", 1, 1.0]]),
            "prices": F(["region", "list_price"], [["east", 7.25], ["east", 7.25], ["north", 9.5]])}),
        ("order-kept", "lines keep their order, unknown ones included", {
            "lines": F(LINES, [[5, "north", 1, 1.0], [2, "west", 1, 1.0], [9, "east", 1, 1.0],
                               [1, "north", 1, 1.0]]),
            "prices": F(["region", "list_price"], [["east", 7.25], ["north", 9.5]])}),
        ("integer-price", "a whole-number price becomes a float", {
            "lines": F(LINES, [[1, "south", 1, 1.0]]),
            "prices": F(["region", "list_price"], [["south", 8]])}),
    ],
    frame={"index": False},
))

add(Problem(
    id="pd-drill-quantity-bands",
    title="Speed Drill: Quantity Bands",
    entry="banded",
    signature="lines: pd.DataFrame",
    difficulty="easy",
    story=(
        "Your starting file labels each line's `band` from its quantity with a Python loop:"
        " `small` below 10, `medium` from 10 to 29, `bulk` from 30. Rewrite it so it runs at"
        " least 10 times faster on 5,000 lines, in the same run. The `band` column holds"
        " text; keep rows and index."
    ),
    reference='''
def banded(lines: pd.DataFrame) -> pd.DataFrame:
    band = pd.cut(lines["quantity"], bins=[-float("inf"), 10, 30, float("inf")],
                  labels=["small", "medium", "bulk"], right=False)
    return lines.assign(band=band.astype("str"))
''',
    slow='''
def banded(lines: pd.DataFrame) -> pd.DataFrame:
    labels = []
    for _, row in lines.iterrows():
        if row["quantity"] < 10:
            labels.append("small")
        elif row["quantity"] < 30:
            labels.append("medium")
        else:
            labels.append("bulk")
    return lines.assign(band=pd.Series(labels, index=lines.index, dtype="str"))
''',
    wrongs={
        "right_closed": ('''"""Closes the bins on the right, so 10 is 'small' and 30 is 'medium'."""


def banded(lines: pd.DataFrame) -> pd.DataFrame:
    band = pd.cut(lines["quantity"], bins=[-float("inf"), 10, 30, float("inf")], labels=["small", "medium", "bulk"])
    return lines.assign(band=band.astype("str"))
'''),
    },
    hints=["`pd.cut` puts every value in a bin at once.", "Mind `right=False`: 10 belongs to `medium`."],
    tags=["vectorisation", "speed-drill", "binning"],
    drill={"factor": 10, "n": 5000},
    generate=DRILL_GENERATE_ORDERS,
    cases=[
        ("example-1", "the band edges", {"lines": F(LINES, [
            [1, "north", 9, 1.0], [2, "north", 10, 1.0], [3, "south", 29, 1.0], [4, "east", 30, 1.0]])}),
        ("single", "one line", {"lines": F(LINES, [[1, "west", 1, 1.0]])}),
        ("empty", "no lines: band is still added", {"lines": NO_LINES}),
        ("around-ten", "9, 10 and 11 units", {"lines": F(LINES, [
            [1, "north", 9, 1.0], [2, "north", 10, 1.0], [3, "north", 11, 1.0]])}),
        ("around-thirty", "29, 30 and 31 units", {"lines": F(LINES, [
            [1, "south", 31, 1.0], [2, "south", 30, 1.0], [3, "south", 29, 1.0]])}),
        ("zero", "0 units is small", {"lines": F(LINES, [[1, "east", 0, 1.0]])}),
        ("huge", "a very large order is bulk", {"lines": F(LINES, [[1, "west", 1000000, 0.01]])}),
        ("all-bulk", "every line is bulk", {"lines": F(LINES, [[1, "east", 40, 1.0], [2, "west", 35, 2.0]])}),
    ],
    frame={"index": True},
))

add(Problem(
    id="pd-drill-latest-status",
    title="Speed Drill: Latest Status per Order",
    entry="latest_status",
    signature="events: pd.DataFrame",
    difficulty="medium",
    story=(
        "`events` has `order_id`, `seq` (increasing per order) and `status`. Your starting"
        " file finds each order's latest status by looping over the orders and filtering the"
        " frame for each one. Rewrite it so it runs at least 20 times faster on 5,000 events,"
        " in the same run. Return `order_id` and `status`, sorted by `order_id`, fresh index."
    ),
    reference='''
def latest_status(events: pd.DataFrame) -> pd.DataFrame:
    last = events.sort_values(["order_id", "seq"]).drop_duplicates("order_id", keep="last")
    return last[["order_id", "status"]].reset_index(drop=True)
''',
    slow='''
def latest_status(events: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for order_id in sorted(events["order_id"].unique()):
        mine = events[events["order_id"] == order_id]
        rows.append([order_id, mine.loc[mine["seq"].idxmax(), "status"]])
    return pd.DataFrame(rows, columns=["order_id", "status"]).astype({"order_id": "int64"})
''',
    wrongs={
        "first_status": ('''"""Vectorised, but keeps each order's first status."""


def latest_status(events: pd.DataFrame) -> pd.DataFrame:
    first = events.sort_values(["order_id", "seq"]).drop_duplicates("order_id", keep="first")
    return first[["order_id", "status"]].reset_index(drop=True)
'''),
    },
    hints=[
        "Filtering the frame once per order is what makes the loop slow: work on all orders at once.",
        "Sort once by order and sequence.",
        "After sorting, each order's latest event is its last row: which `keep=` keeps it?",
    ],
    tags=["vectorisation", "speed-drill", "deduplication"],
    drill={"factor": 20, "n": 5000},
    generate='''"""n status events over about n/4 orders for the speed drill."""

import random


def generate(n: int, rng: random.Random) -> dict:
    statuses = ["placed", "paid", "packed", "shipped", "delivered"]
    rows, seq = [], {}
    for _ in range(n):
        order = rng.randint(1, max(1, n // 4))
        seq[order] = seq.get(order, 0) + 1
        rows.append([order, seq[order], statuses[min(seq[order], 5) - 1]])
    return {"events": {"__frame__": {"columns": ["order_id", "seq", "status"], "rows": rows}}}
''',
    cases=[
        ("example-1", "two orders, events out of order", {"events": F(["order_id", "seq", "status"], [
            [2, 1, "placed"], [1, 2, "paid"], [1, 1, "placed"], [2, 3, "shipped"], [2, 2, "paid"]])}),
        ("single", "one event", {"events": F(["order_id", "seq", "status"], [[7, 1, "placed"]])}),
        ("empty", "no events: no rows", {"events": F(["order_id", "seq", "status"], [],
            {"order_id": "int64", "seq": "int64", "status": "str"})}),
        ("seq-gaps", "sequence numbers with gaps: the highest wins", {"events": F(["order_id", "seq", "status"], [
            [3, 1, "placed"], [3, 7, "delivered"], [3, 4, "shipped"]])}),
        ("ten-events", "seq 10 comes after seq 9", {"events": F(["order_id", "seq", "status"], [
            [4, 9, "packed"], [4, 10, "shipped"], [4, 2, "paid"]])}),
        ("unsorted-orders", "orders out of id order in the input", {"events": F(["order_id", "seq", "status"], [
            [30, 1, "placed"], [4, 1, "placed"], [17, 2, "paid"], [17, 1, "placed"], [4, 2, "paid"]])}),
        ("one-event-each", "every order has a single event", {"events": F(["order_id", "seq", "status"], [
            [2, 1, "placed"], [1, 1, "paid"]])}),
        ("same-status", "a status repeated is still the latest", {"events": F(["order_id", "seq", "status"], [
            [5, 1, "paid"], [5, 2, "paid"], [6, 1, "placed"], [6, 2, "cancelled"]])}),
    ],
    frame={"index": True},
))
