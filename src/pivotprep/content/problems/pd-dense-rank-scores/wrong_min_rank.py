"""Uses the 'min' method: ranks jump after a tie (1, 1, 3)."""

import pandas as pd


def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    rank = scores["score"].rank(method="min", ascending=False).astype("int64")
    return scores.assign(rank=rank).sort_values(["rank", "player"]).reset_index(drop=True)
