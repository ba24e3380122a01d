"""Leaves rank as the float column rank() returns."""

import pandas as pd


def leaderboard(scores: pd.DataFrame) -> pd.DataFrame:
    rank = scores["score"].rank(method="dense", ascending=False)
    return scores.assign(rank=rank).sort_values(["rank", "player"]).reset_index(drop=True)
