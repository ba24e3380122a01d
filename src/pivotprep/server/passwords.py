"""Password hashing with argon2id (argon2-cffi's defaults: RFC 9106 low-memory profile)."""

from __future__ import annotations

from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 10
MAX_LENGTH = 200  # bounded work per attempt: hashing cost grows with the input


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


def hash_password(password: str) -> str:
    hashed: str = _hasher().hash(password)
    return hashed


def verify_password(stored: str, password: str) -> bool:
    """True when `password` matches `stored`; a malformed hash is a mismatch, never a crash."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return bool(_hasher().verify(stored, password))
    except (VerificationError, InvalidHashError):
        return False


# A hash of a throwaway password, checked against on unknown user names so that a login
# takes as long for a name that does not exist as for a wrong password.
_DUMMY: list[str] = []


def verify_dummy(password: str) -> None:
    if not _DUMMY:
        _DUMMY.append(hash_password("not-a-real-password"))
    verify_password(_DUMMY[0], password)
