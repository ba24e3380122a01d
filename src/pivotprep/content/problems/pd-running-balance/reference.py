"""Reference for pd-running-balance."""

import pandas as pd


def running_balance(ledger: pd.DataFrame) -> pd.DataFrame:
    out = ledger.sort_values(["account", "posted"]).reset_index(drop=True)
    out["balance"] = out.groupby("account")["change"].cumsum()
    out["overdrawn"] = out["balance"] < 0
    return out
