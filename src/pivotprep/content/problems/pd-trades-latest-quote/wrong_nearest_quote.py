"""Takes the nearest quote, which may come after the trade (a look-ahead)."""

import pandas as pd


def with_quotes(trades: pd.DataFrame, quotes: pd.DataFrame) -> pd.DataFrame:
    out = pd.merge_asof(trades.sort_values("at"), quotes.sort_values("at"), on="at", by="symbol", direction="nearest")
    return out[["trade_id", "symbol", "at", "price"]].sort_values(["at", "trade_id"]).reset_index(drop=True)
