"""Review requests: a learner asks mentors to review one item; a mentor comments on its
sentences or lines and says where it stands.

Who sees what is decided here, once: a learner reaches only their own requests; a mentor
reaches a request only while its learner shares that kind with them (revoking a share
hides the learner's queued items at once). Statuses: waiting (no mentor has answered),
in review (a mentor commented), changes suggested, done. A learner can close a request or
ask again, which takes a fresh snapshot of the item (the old one keeps its comments).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pivotprep.core.errors import ConflictError, LockedError, NotFoundError, ValidationError
from pivotprep.server.anchors import quote, units
from pivotprep.server.models import Account, ReviewComment, ReviewRequest, Share
from pivotprep.server.review_items import ITEM_PAGES, REVIEWABLE, snapshot_of
from pivotprep.server.review_times import ReviewTimes, review_times

STATUSES = {
    "waiting": "Waiting for a mentor",
    "in_review": "In review",
    "changes": "Changes suggested",
    "done": "Done",
}
OPEN = ("waiting", "in_review", "changes")
MENTOR_SETS = ("changes", "done")  # what a mentor marks a request as
MAX_OPEN = 50  # open requests per learner
MAX_PER_DAY = 20  # new requests per learner in 24 hours (closing and asking again included)
MAX_COMMENT = 4000
MAX_COMMENTS = 500  # per request
QUEUE_LIMIT = 500


@dataclass(frozen=True)
class CommentView:
    id: int
    anchor: int
    quote: str
    body: str
    author: str
    created_at: datetime


@dataclass(frozen=True)
class QueueRow:
    id: int
    learner_id: int
    learner: str
    kind: str
    title: str
    status: str
    requested_at: datetime
    comments: int

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]


@dataclass(frozen=True)
class ReviewView:
    id: int
    learner: str
    kind: str
    item_id: int
    title: str
    mode: str
    units: tuple[str, ...]
    status: str
    requested_at: datetime
    comments: tuple[CommentView, ...]

    @property
    def status_label(self) -> str:
        return STATUSES[self.status]

    @property
    def item_page(self) -> str:
        return ITEM_PAGES[self.kind].format(id=self.item_id)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    def comments_on(self, anchor: int) -> list[CommentView]:
        return [c for c in self.comments if c.anchor == anchor]


def _now() -> datetime:
    return datetime.now(UTC)


def _kinds(value: str) -> set[str]:
    return {k for k in value.split(",") if k}


def shared_kinds(session: Session, learner_id: int) -> frozenset[str]:
    """The reviewable kinds the learner shares with at least one mentor."""
    rows = session.scalars(select(Share.kinds).where(Share.learner_id == learner_id))
    return frozenset(k for value in rows for k in _kinds(value) if k in REVIEWABLE)


def _visible_kinds(session: Session, mentor_id: int) -> dict[int, set[str]]:
    """Learner id -> the kinds that learner shares with mentor `mentor_id`."""
    rows = session.scalars(select(Share).where(Share.mentor_id == mentor_id))
    return {s.learner_id: _kinds(s.kinds) for s in rows if s.kinds}


def request_review(
    session: Session, learner_db: Session, learner_id: int, kind: str, item_id: int
) -> int:
    """Ask for a review of one item (read from `learner_db`, the learner's own session);
    the open request for the same item when there is one already."""
    if kind not in REVIEWABLE:
        raise ValidationError(f"A review covers {', '.join(REVIEWABLE)}, not {kind!r}.")
    if kind not in shared_kinds(session, learner_id):
        raise LockedError(
            f"No mentor sees your {kind} yet: share {kind} with a mentor on the Sharing page."
        )
    existing = session.scalar(
        select(ReviewRequest.id).where(
            ReviewRequest.learner_id == learner_id,
            ReviewRequest.kind == kind,
            ReviewRequest.item_id == item_id,
            ReviewRequest.status.in_(OPEN),
        )
    )
    if existing is not None:
        return existing
    return _new_request(session, learner_db, learner_id, kind, item_id)


def _new_request(
    session: Session, learner_db: Session, learner_id: int, kind: str, item_id: int
) -> int:
    count = session.scalar(
        select(func.count()).where(
            ReviewRequest.learner_id == learner_id, ReviewRequest.status.in_(OPEN)
        )
    )
    if (count or 0) >= MAX_OPEN:
        raise ConflictError(
            f"You have {MAX_OPEN} open review requests: close some before asking again."
        )
    today = session.scalar(
        select(func.count()).where(
            ReviewRequest.learner_id == learner_id,
            ReviewRequest.requested_at > _now() - timedelta(days=1),
        )
    )
    if (today or 0) >= MAX_PER_DAY:
        raise ConflictError(
            f"You asked for {MAX_PER_DAY} reviews in the last 24 hours, the most a day holds: "
            "ask again tomorrow."
        )
    item = snapshot_of(learner_db, kind, item_id)
    row = ReviewRequest(
        learner_id=learner_id,
        kind=kind,
        item_id=item_id,
        title=item.title,
        mode=item.mode,
        snapshot=item.text,
        status="waiting",
        requested_at=_now(),
    )
    session.add(row)
    session.flush()
    return row.id


def _own(session: Session, learner_id: int, request_id: int) -> ReviewRequest:
    row = session.get(ReviewRequest, request_id) if 0 < request_id < 2**31 else None
    if row is None or row.learner_id != learner_id:
        raise NotFoundError(f"You have no review request {request_id}.")
    return row


def _seen_by(session: Session, mentor_id: int, request_id: int) -> ReviewRequest:
    row = session.get(ReviewRequest, request_id) if 0 < request_id < 2**31 else None
    if row is None or row.kind not in _visible_kinds(session, mentor_id).get(row.learner_id, ()):
        raise NotFoundError(f"No learner shares review request {request_id} with you.")
    return row


def _view(session: Session, row: ReviewRequest) -> ReviewView:
    comments = list(
        session.scalars(
            select(ReviewComment)
            .where(ReviewComment.request_id == row.id)
            .order_by(ReviewComment.id)
        )
    )
    ids = {row.learner_id, *(c.author_id for c in comments)}
    query = select(Account.id, Account.username).where(Account.id.in_(ids))
    names = {r.id: r.username for r in session.execute(query)}
    return ReviewView(
        id=row.id,
        learner=names.get(row.learner_id, "?"),
        kind=row.kind,
        item_id=row.item_id,
        title=row.title,
        mode=row.mode,
        units=tuple(units(row.snapshot, row.mode)),
        status=row.status,
        requested_at=row.requested_at,
        comments=tuple(
            CommentView(c.id, c.anchor, c.quote, c.body, names.get(c.author_id, "?"), c.created_at)
            for c in comments
        ),
    )


def learner_review(session: Session, learner_id: int, request_id: int) -> ReviewView:
    return _view(session, _own(session, learner_id, request_id))


def mentor_review(session: Session, mentor_id: int, request_id: int) -> ReviewView:
    return _view(session, _seen_by(session, mentor_id, request_id))


def close_review(session: Session, learner_id: int, request_id: int) -> None:
    """The learner has what they needed: the request is done."""
    row = _own(session, learner_id, request_id)
    row.status = "done"


def request_again(session: Session, learner_db: Session, learner_id: int, request_id: int) -> int:
    """Close the request and ask anew with the item as it is now; the new request's id."""
    row = _own(session, learner_id, request_id)
    row.status = "done"
    session.flush()
    return request_review(session, learner_db, learner_id, row.kind, row.item_id)


def add_comment(session: Session, mentor_id: int, request_id: int, anchor: int, body: str) -> None:
    """A mentor's comment on sentence or line `anchor` of the request's snapshot."""
    row = _seen_by(session, mentor_id, request_id)
    if row.status not in OPEN:
        raise ConflictError("This review is done; the learner can ask again to reopen it.")
    parts = units(row.snapshot, row.mode)
    if not 0 <= anchor < len(parts):
        raise ValidationError(f"Choose a sentence or line from 1 to {len(parts)}.", field="anchor")
    text = body.strip()
    if not text or len(text) > MAX_COMMENT:
        raise ValidationError(f"A comment is 1 to {MAX_COMMENT} characters.", field="body")
    count = session.scalar(select(func.count()).where(ReviewComment.request_id == row.id))
    if (count or 0) >= MAX_COMMENTS:
        raise ConflictError(f"This review has {MAX_COMMENTS} comments, the most it can hold.")
    when = _now()
    session.add(
        ReviewComment(
            request_id=row.id,
            author_id=mentor_id,
            anchor=anchor,
            quote=quote(parts[anchor]),
            body=text,
            created_at=when,
        )
    )
    row.answered_at = row.answered_at or when
    if row.status == "waiting":
        row.status = "in_review"


def set_status(session: Session, mentor_id: int, request_id: int, status: str) -> None:
    """A mentor marks the request as needing changes, or done."""
    if status not in MENTOR_SETS:
        raise ValidationError(f"A mentor marks a review {' or '.join(MENTOR_SETS)}.")
    row = _seen_by(session, mentor_id, request_id)
    if row.status not in OPEN:
        raise ConflictError("This review is done already.")
    row.status = status
    row.answered_at = row.answered_at or _now()


def _rows(session: Session, where: list[object]) -> list[QueueRow]:
    counts = (
        select(ReviewComment.request_id, func.count().label("n"))
        .group_by(ReviewComment.request_id)
        .subquery()
    )
    found = session.execute(
        select(ReviewRequest, Account.username, counts.c.n)
        .join(Account, Account.id == ReviewRequest.learner_id)
        .outerjoin(counts, counts.c.request_id == ReviewRequest.id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(ReviewRequest.requested_at, ReviewRequest.id)
        .limit(QUEUE_LIMIT)
    )
    return [
        QueueRow(r.id, r.learner_id, name, r.kind, r.title, r.status, r.requested_at, n or 0)
        for r, name, n in found
    ]


def learner_requests(session: Session, learner_id: int) -> list[QueueRow]:
    return _rows(session, [ReviewRequest.learner_id == learner_id])


def all_requests(session: Session, *, done: bool = False) -> list[QueueRow]:
    """Every learner's requests, oldest first (for the deployment's operator): open
    ones, or with `done` all."""
    return _rows(session, [] if done else [ReviewRequest.status.in_(OPEN)])


def mentor_queue(session: Session, mentor_id: int, *, done: bool = False) -> list[QueueRow]:
    """The requests this mentor may see, oldest first: open ones, or with `done` all."""
    visible = _visible_kinds(session, mentor_id)
    if not visible:
        return []
    where: list[object] = [ReviewRequest.learner_id.in_(visible)]
    if not done:
        where.append(ReviewRequest.status.in_(OPEN))
    rows = _rows(session, where)
    return [r for r in rows if r.kind in visible[r.learner_id]]


def times(session: Session, mentor_id: int | None = None) -> ReviewTimes:
    """Review-time figures over the requests a mentor may see (every request for None)."""
    query = select(
        ReviewRequest.learner_id,
        ReviewRequest.kind,
        ReviewRequest.requested_at,
        ReviewRequest.answered_at,
        ReviewRequest.status,
    )
    visible = None if mentor_id is None else _visible_kinds(session, mentor_id)
    if visible is not None:
        query = query.where(ReviewRequest.learner_id.in_(visible))
    rows = [
        (r.requested_at, r.answered_at, r.status in OPEN)
        for r in session.execute(query)
        if visible is None or r.kind in visible[r.learner_id]
    ]
    return review_times(rows, _now())
