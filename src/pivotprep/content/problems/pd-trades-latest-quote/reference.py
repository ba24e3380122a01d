"""Reference for pd-trades-latest-quote."""

import pandas as pd


def with_quotes(trades: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    left = trades.sort_values("at")
    right = quotes.sort_values("at")
    out = pd.merge_asof(left, right, on="at", by="symbol", direction="backward")
    out = out[["trade_id", "symbol", "at", "price"]]
    return out.sort_values(["at", "trade_id"]).reset_index(drop=True)
