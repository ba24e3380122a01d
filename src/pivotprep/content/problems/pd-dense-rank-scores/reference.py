"""Reference for pd-dense-rank-scores."""

import pandas as pd


def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    rank = scores["score"].rank(method="dense", ascending=False).astype("int64")
    out = scores.assign(rank=rank)
    return out.sort_values(["rank", "player"]).reset_index(drop=True)
