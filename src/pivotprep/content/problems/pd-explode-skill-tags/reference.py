"""Reference for pd-explode-skill-tags."""

import pandas as pd


def tag_counts(postings: pd.DataFrame) -> pd.DataFrame:
    tags = postings.assign(tag=postings["tags"].str.split(",")).explode("tag")
    tags["tag"] = tags["tag"].str.strip().str.lower()
    tags = tags[tags["tag"].notna() & (tags["tag"] != "")]
    tags = tags.drop_duplicates(subset=["posting_id", "tag"])
    out = tags.groupby("tag").size().rename("postings").reset_index()
    out["postings"] = out["postings"].astype("int64")
    return out.sort_values(["postings", "tag"], ascending=[False, True]).reset_index(drop=True)
