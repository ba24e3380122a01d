"""Where pivotprep keeps its data and which database it talks to.

- `PIVOTPREP_HOME`: the data folder (default: the platform's user data dir, via platformdirs).
- `PIVOTPREP_DATABASE_URL`: a SQLAlchemy URL; default is `sqlite:///<home>/pivotprep.db`.
  `postgresql+psycopg://user@host/db` runs the same app on PostgreSQL.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    home: Path
    database_url: str

    @property
    def workspace(self) -> Path:
        """Where practice stubs and learner files live."""
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
