"""Splits without trimming, so ' python ' and 'python' count apart."""

import pandas as pd


def tag_counts(postings: pd.DataFrame) -> pd.DataFrame:
    tags = postings.assign(tag=postings["tags"].str.lower().str.split(",")).explode("tag")
    tags = tags[tags["tag"].notna() & (tags["tag"] != "")].drop_duplicates(subset=["posting_id", "tag"])
    out = tags.groupby("tag").size().rename("postings").reset_index()
    return out.sort_values(["postings", "tag"], ascending=[False, True]).reset_index(drop=True)
