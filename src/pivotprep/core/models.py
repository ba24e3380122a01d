"""The declarative base every feature's tables derive from, and shared column helpers."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping
from datetime import datetime

from sqlalchemy import DateTime, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so migrations are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )


# A column's `info[IMPORT_CHECK]`: a function that raises on a value the feature could not
# read back (a JSON column whose inner shape its type does not say, such as an FSRS card)
# or would never have stored (a stage it does not know). `pivotprep import` calls it on
# every row of an export before changing anything; a `ValueError`'s message is shown.
IMPORT_CHECK = "import_check"

# A table's `info[IMPORT_ROW_CHECK]`: a function of one whole row (column name -> value,
# already of its column's type) returning {column: why} for each value the feature would
# refuse, for checks that read several columns at once or reuse a whole form's validator
# (the profile's). Called by `pivotprep import` like IMPORT_CHECK.
IMPORT_ROW_CHECK = "import_row_check"
RowCheck = Callable[[Mapping[str, object]], Mapping[str, str]]


def one_of(choices: Collection[object], what: str) -> Callable[[object], None]:
    """An IMPORT_CHECK accepting only `choices` (a feature's fixed words: stages, kinds; or
    numbers: FSRS ratings), so an imported row holds nothing the feature's pages cannot show."""
    shown = ", ".join(repr(c) for c in choices)

    def check(value: object) -> None:
        if value not in choices:
            raise ValueError(f"{what} must be one of {shown}; got {str(value)[:40]!r}.")

    return check


def between(low: int, high: int, what: str) -> Callable[[object], None]:
    """An IMPORT_CHECK accepting whole numbers from `low` to `high` (a feature's own bounds),
    so an imported number cannot run the feature's arithmetic off its range."""

    def check(value: object) -> None:
        if not isinstance(value, int) or not low <= value <= high:
            raise ValueError(f"{what} must be from {low} to {high}; got {str(value)[:40]}.")

    return check
