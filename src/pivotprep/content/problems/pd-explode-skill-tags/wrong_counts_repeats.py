"""Counts a tag twice when one posting repeats it."""

import pandas as pd


def tag_counts(postings: pd.DataFrame) -> pd.DataFrame:
    tags = postings.assign(tag=postings["tags"].str.split(",")).explode("tag")
    tags["tag"] = tags["tag"].str.strip().str.lower()
    tags = tags[tags["tag"].notna() & (tags["tag"] != "")]
    out = tags.groupby("tag").size().rename("postings").reset_index()
    return out.sort_values(["postings", "tag"], ascending=[False, True]).reset_index(drop=True)
