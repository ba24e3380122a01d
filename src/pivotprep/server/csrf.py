"""CSRF tokens for server mode, as pure functions on bytes.

Every page's POST forms get a hidden `csrf_token` field added to the HTML on its way out,
so no template needs to know about server mode; every state-changing request must carry
the token of its login (in that field or an `X-CSRF-Token` header) or is refused.
"""

from __future__ import annotations

import hmac
import re
from html import escape
from urllib.parse import parse_qs

FIELD = "csrf_token"
HEADER = "x-csrf-token"
_POST_FORM = re.compile(rb"<form\b[^>]*\bmethod\s*=\s*[\"']?post\b[^>]*>", re.IGNORECASE)


def add_token_to_forms(html: bytes, token: str) -> bytes:
    """`html` with a hidden token field as the first child of every POST form."""
    field = f'<input type="hidden" name="{FIELD}" value="{escape(token)}">'.encode()
    return _POST_FORM.sub(lambda m: m.group(0) + field, html)


def _same(a: str, b: str) -> bool:
    return bool(a) and hmac.compare_digest(a.encode(), b.encode())


def token_in_request(token: str, headers: dict[str, str], body: bytes) -> bool:
    """True when the request carries `token` in the header or in its form body."""
    if _same(headers.get(HEADER, ""), token):
        return True
    kind = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if kind == "application/x-www-form-urlencoded":
        values = parse_qs(body.decode("latin-1"), max_num_fields=10_000).get(FIELD, [])
        return any(_same(v, token) for v in values)
    if kind == "multipart/form-data":
        # The field is the first part the browser sends (it is the form's first input);
        # only someone who knows the token can put these bytes in the body.
        part = f'name="{FIELD}"\r\n\r\n{token}\r\n'.encode()
        return bool(token) and part in body
    return False
