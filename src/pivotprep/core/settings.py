"""Where pivotprep keeps its data and which database it talks to.

- `PIVOTPREP_HOME`: the data folder (default: the platform's user data dir, via platformdirs).
- `PIVOTPREP_DATABASE_URL`: a SQLAlchemy URL; default is `sqlite:///<home>/pivotprep.db`.
  `postgresql+psycopg://user@host/db` runs the same app on PostgreSQL.
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Server mode: the learner a request runs for, so their files live apart (None: local mode).
workspace_owner: ContextVar[str | None] = ContextVar("workspace_owner", default=None)


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str

    @property
    def workspace(self) -> Path:
        """Where practice stubs and learner files live (one folder per learner in server mode)."""
        owner = workspace_owner.get()
        if owner is not None:
            return self.home / "learners" / owner / "workspace"
        return self.home / "workspace"

    @property
    def cache_dir(self) -> Path:
        """Built artefacts that can be rebuilt (large SQL datasets, model caches)."""
        return self.home / "cache"


def _default_home() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("pivotprep", appauthor=False))


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    home = Path(os.environ.get("PIVOTPREP_HOME") or _default_home()).expanduser()
    url = os.environ.get("PIVOTPREP_DATABASE_URL") or f"sqlite:///{home / 'pivotprep.db'}"
    return Settings(home=home, database_url=url)


def reset_settings() -> None:
    """Forget cached settings (tests change the environment between cases)."""
    get_settings.cache_clear()
    from pivotprep.core import db

    db.reset_engines()
