"""Server mode's one door: accounts, logins, invitations, learner schemas, sharing, and
mentoring (review requests with anchored comments, review times, the cohort view).

Every feature's tables name no schema; a learner's requests run on `learner_engine`, which
translates them into that learner's own PostgreSQL schema, so isolation is a property of
the connection rather than a filter each query must remember.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from pivotprep.core.db import schema_engine
from pivotprep.core.errors import LockedError, NotFoundError, ValidationError
from pivotprep.core.migrate import ensure_schema_current
from pivotprep.server import dump
from pivotprep.server.cohort import COHORT_KINDS, CohortRow, GaugeFigure, PlanFigure, cohort
from pivotprep.server.config import ServerConfig, server_config
from pivotprep.server.csrf import add_token_to_forms, token_in_request
from pivotprep.server.dump import DumpReport, backup_database, check_backup
from pivotprep.server.models import (
    Account,
    Invitation,
    LoginAttempt,
    LoginSession,
    Share,
)
from pivotprep.server.passwords import MAX_LENGTH, MIN_LENGTH, hash_password, verify_password
from pivotprep.server.passwords import verify_dummy as _verify_dummy
from pivotprep.server.review_items import ITEM_PAGES, REVIEWABLE
from pivotprep.server.review_times import ReviewTimes, duration_text
from pivotprep.server.reviews import (
    STATUSES,
    CommentView,
    QueueRow,
    ReviewView,
    add_comment,
    all_requests,
    close_review,
    learner_requests,
    learner_review,
    mentor_queue,
    mentor_review,
    request_again,
    request_review,
    set_status,
    shared_kinds,
)
from pivotprep.server.reviews import times as review_times
from pivotprep.server.schemas import (
    SchemaUpgrade,
    is_server_database,
    learner_schema,
    learner_schemas,
    upgrade_schemas,
)
from pivotprep.server.store import upgrade_store

__all__ = [
    "COHORT_KINDS",
    "ITEM_PAGES",
    "REVIEWABLE",
    "ROLES",
    "SHAREABLE",
    "STATUSES",
    "AccountInfo",
    "CohortRow",
    "CommentView",
    "DumpReport",
    "GaugeFigure",
    "Identity",
    "PlanFigure",
    "QueueRow",
    "ReviewTimes",
    "ReviewView",
    "SchemaUpgrade",
    "ServerConfig",
    "accept_invitation",
    "account_named",
    "add_comment",
    "add_token_to_forms",
    "all_requests",
    "backup_database",
    "check_backup",
    "close_review",
    "cohort",
    "create_account",
    "create_invitation",
    "duration_text",
    "ensure_store",
    "identity_for",
    "invitation_role",
    "is_server_database",
    "learner_engine",
    "learner_requests",
    "learner_review",
    "learner_schema",
    "learner_schemas",
    "list_accounts",
    "log_in",
    "log_out",
    "mentor_queue",
    "mentor_review",
    "mentor_shares",
    "request_again",
    "request_review",
    "restore_database",
    "review_times",
    "server_config",
    "set_share",
    "set_status",
    "shared_kinds",
    "shares_of",
    "token_in_request",
    "upgrade_learners",
]

ROLES = ("admin", "mentor", "learner")
# What a learner can share: features with a dashboard card (the mentor sees that card),
# items a mentor can review (mock rounds, portfolio checks) and the cohort view's figures.
SHAREABLE = (
    "resume",
    "stories",
    "practice",
    "design",
    "mock",
    "portfolio",
    "applications",
    "readiness",
    "plan",
)
USERNAME = re.compile(r"[a-z0-9][a-z0-9._-]{2,59}")
LOGIN_WINDOW = timedelta(minutes=15)
INVITATION_HOURS = 7 * 24


@dataclass(frozen=True)
class Identity:
    """Who a request comes from: their account, role and the CSRF token of their login."""

    account_id: int
    username: str
    role: str
    csrf_token: str


@dataclass(frozen=True)
class AccountInfo:
    account_id: int
    username: str
    role: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


def ensure_store(engine: Engine) -> None:
    """Create the server schema and bring its tables up to date (safe to run again)."""
    upgrade_store(engine)


def learner_engine(engine: Engine, account_id: int) -> Engine:
    """`engine` bound to the learner's schema, created and migrated on first use."""
    schema = learner_schema(account_id)
    ensure_schema_current(engine, schema)
    return schema_engine(engine, schema)


def upgrade_learners(engine: Engine) -> list[SchemaUpgrade]:
    """Migrate the server tables and every learner's schema; what each learner's schema
    went through (nothing on a database that never ran in server mode: nothing is created
    there)."""
    if not is_server_database(engine):
        return []
    ensure_store(engine)
    return upgrade_schemas(engine)


def restore_database(engine: Engine, path: Path, *, timeout: float = 3600) -> DumpReport:
    """Restore a server backup into an empty database (see `server.dump`), then bring the
    accounts store and every restored schema to this release's revisions."""
    report = dump.restore_database(engine, path, timeout=timeout)
    upgrade_learners(engine)
    return report


def _check_credentials(username: str, password: str) -> str:
    name = username.strip().lower()
    if not USERNAME.fullmatch(name):
        raise ValidationError(
            "A user name is 3 to 60 characters: lower-case letters, digits, '.', '_' or '-'.",
            field="username",
        )
    if not MIN_LENGTH <= len(password) <= MAX_LENGTH:
        raise ValidationError(
            f"A password is {MIN_LENGTH} to {MAX_LENGTH} characters long.", field="password"
        )
    return name


def create_account(session: Session, username: str, password: str, role: str) -> int:
    """A new account with an argon2id hash of `password`; its id."""
    if role not in ROLES:
        raise ValidationError(f"A role is one of {', '.join(ROLES)}, not {role!r}.")
    name = _check_credentials(username, password)
    if session.scalar(select(Account.id).where(Account.username == name)) is not None:
        raise ValidationError(f"The user name {name!r} is taken; choose another.")
    account = Account(username=name, password_hash=hash_password(password), role=role)
    session.add(account)
    session.flush()
    return account.id


def create_invitation(session: Session, role: str, note: str = "") -> str:
    """A one-use invitation token for `role`, valid for a week (only its hash is stored)."""
    if role not in ROLES:
        raise ValidationError(f"A role is one of {', '.join(ROLES)}, not {role!r}.")
    token = secrets.token_urlsafe(32)
    session.add(
        Invitation(
            token_hash=_digest(token),
            role=role,
            note=note.strip()[:200],
            expires_at=_now() + timedelta(hours=INVITATION_HOURS),
        )
    )
    session.flush()
    return token


def _open_invitation(session: Session, token: str) -> Invitation:
    invitation = session.scalar(
        select(Invitation).where(Invitation.token_hash == _digest(token)).with_for_update()
    )
    if invitation is None or invitation.used_by is not None or invitation.expires_at < _now():
        raise NotFoundError(
            "This invitation link is unknown, already used or expired; ask for a new one."
        )
    return invitation


def invitation_role(session: Session, token: str) -> str:
    """The role an open invitation grants."""
    return _open_invitation(session, token).role


def accept_invitation(session: Session, token: str, username: str, password: str) -> int:
    """Create the invited account and close the invitation; the new account's id."""
    invitation = _open_invitation(session, token)
    account_id = create_account(session, username, password, invitation.role)
    invitation.used_by = account_id
    return account_id


def _check_rate(session: Session, name: str, client: str, limit: int) -> None:
    since = _now() - LOGIN_WINDOW
    by_name = session.scalar(
        select(func.count()).where(LoginAttempt.username == name, LoginAttempt.at > since)
    )
    by_client = session.scalar(
        select(func.count()).where(LoginAttempt.client == client, LoginAttempt.at > since)
    )
    if (by_name or 0) >= limit or (by_client or 0) >= 4 * limit:
        raise LockedError(
            "Too many failed logins: wait 15 minutes, then try again (or ask an admin)."
        )


def log_in(
    session: Session, username: str, password: str, *, client: str, hours: int, limit: int
) -> tuple[str, Identity]:
    """Check the password (rate limited per name and per client); a new session token."""
    name = username.strip().lower()[:60]
    client = client[:60]
    _check_rate(session, name, client, limit)
    account = session.scalar(select(Account).where(Account.username == name))
    if account is None:
        _verify_dummy(password)
    if account is None or not verify_password(account.password_hash, password):
        # Failures older than the window count for nothing: dropped, so the table stays
        # as small as the failures of the last 15 minutes.
        session.execute(delete(LoginAttempt).where(LoginAttempt.at <= _now() - LOGIN_WINDOW))
        session.add(LoginAttempt(username=name, client=client, at=_now()))
        session.commit()  # the failure must count even though the error rolls back the rest
        raise ValidationError("Wrong user name or password.", field="password")
    session.execute(delete(LoginAttempt).where(LoginAttempt.username == name))
    session.execute(delete(LoginSession).where(LoginSession.expires_at <= _now()))
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(
        LoginSession(
            token_hash=_digest(token),
            account_id=account.id,
            csrf_token=csrf,
            expires_at=_now() + timedelta(hours=hours),
        )
    )
    return token, Identity(account.id, account.username, account.role, csrf)


def identity_for(session: Session, token: str) -> Identity | None:
    """Who holds the session `token`, or None when it is unknown or expired."""
    if not token or len(token) > 100:
        return None
    row = session.execute(
        select(LoginSession.csrf_token, Account.id, Account.username, Account.role)
        .join(Account, Account.id == LoginSession.account_id)
        .where(LoginSession.token_hash == _digest(token), LoginSession.expires_at > _now())
    ).first()
    if row is None:
        return None
    return Identity(row.id, row.username, row.role, row.csrf_token)


def log_out(session: Session, token: str) -> None:
    session.execute(delete(LoginSession).where(LoginSession.token_hash == _digest(token)))


def list_accounts(session: Session) -> list[AccountInfo]:
    rows = session.execute(select(Account.id, Account.username, Account.role).order_by(Account.id))
    return [AccountInfo(r.id, r.username, r.role) for r in rows]


def set_share(session: Session, learner_id: int, mentor_id: int, kinds: list[str]) -> None:
    """Let mentor `mentor_id` see `kinds` of learner `learner_id`'s data (none: stop sharing)."""
    unknown = sorted(set(kinds) - set(SHAREABLE))
    if unknown:
        raise ValidationError(f"Cannot share {', '.join(unknown)}: choose among {SHAREABLE}.")
    mentor = session.get(Account, mentor_id)
    if mentor is None or mentor.role != "mentor":
        raise NotFoundError("There is no mentor with that account.")
    share = session.scalar(
        select(Share).where(Share.learner_id == learner_id, Share.mentor_id == mentor_id)
    )
    value = ",".join(k for k in SHAREABLE if k in kinds)
    if share is None:
        session.add(Share(learner_id=learner_id, mentor_id=mentor_id, kinds=value))
    else:
        share.kinds = value


def shares_of(session: Session, learner_id: int) -> dict[int, list[str]]:
    """Mentor id -> the kinds the learner shares with them."""
    rows = session.execute(select(Share).where(Share.learner_id == learner_id)).scalars()
    return {s.mentor_id: [k for k in s.kinds.split(",") if k] for s in rows}


def mentor_shares(session: Session, mentor_id: int) -> dict[int, list[str]]:
    """Learner id -> the kinds that learner shares with mentor `mentor_id`."""
    rows = session.execute(select(Share).where(Share.mentor_id == mentor_id)).scalars()
    return {s.learner_id: [k for k in s.kinds.split(",") if k] for s in rows if s.kinds}


def account_named(session: Session, username: str, role: str) -> AccountInfo:
    """The account called `username`, which must have `role` (a clear error otherwise)."""
    name = username.strip().lower()
    account = session.scalar(select(Account).where(Account.username == name))
    if account is None:
        raise NotFoundError(f"There is no account {name!r}: see `pivotprep server accounts`.")
    if account.role != role:
        raise ValidationError(f"{name!r} is a {account.role}, not a {role}.")
    return AccountInfo(account.id, account.username, account.role)
