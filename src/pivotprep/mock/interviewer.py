"""An optional LLM interviewer: a user-configured OpenAI-compatible endpoint (a local
Ollama, say) phrases the scripted follow-up in the context of the round. Off by default and
never needed: any failure, a slow answer or an odd reply leaves the scripted wording. It
only phrases; the scorecard never reads what it says.

    PIVOTPREP_LLM_URL=http://127.0.0.1:11434/v1  PIVOTPREP_LLM_MODEL=llama3.2
    PIVOTPREP_LLM_KEY=...   (optional: sent as a bearer token)
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass

TIMEOUT = 8.0  # seconds: a follow-up that takes longer is asked as scripted
MAX_REPLY_BYTES = 64 * 1024
MAX_CHARS = 400
CONTEXT_CHARS = 1_500
SYSTEM = (
    "You are a technical interviewer in a mock interview. Rephrase the follow-up question "
    "you are given so that it refers to what the candidate just said or did. Keep its "
    "intent. Ask exactly one question, in one or two sentences, and nothing else: no "
    "praise, no hints, no answer."
)


@dataclass(frozen=True)
class Endpoint:
    url: str
    model: str
    key: str = ""


@dataclass(frozen=True)
class Phrased:
    text: str
    by: str  # the model's name, or "" for the scripted wording
    problem: str = ""  # why the scripted wording was kept, when an endpoint is configured


def endpoint() -> Endpoint | None:
    """The configured endpoint, or None (the default: follow-ups as scripted)."""
    url = os.environ.get("PIVOTPREP_LLM_URL", "").strip().rstrip("/")
    model = os.environ.get("PIVOTPREP_LLM_MODEL", "").strip()
    if not url or not model or not url.startswith(("http://", "https://")):
        return None
    return Endpoint(url, model, os.environ.get("PIVOTPREP_LLM_KEY", "").strip())


def _request(found: Endpoint, question: str, context: str) -> urllib.request.Request:
    body = {
        "model": found.model,
        "temperature": 0.3,
        "max_tokens": 120,
        "messages": [
            {"role": "system", "content": SYSTEM},
            {
                "role": "user",
                "content": f"What the candidate did:\n{context[-CONTEXT_CHARS:]}\n\n"
                f"Follow-up to rephrase:\n{question}",
            },
        ],
    }
    headers = {"Content-Type": "application/json"}
    if found.key:
        headers["Authorization"] = f"Bearer {found.key}"
    return urllib.request.Request(
        found.url + "/chat/completions", json.dumps(body).encode(), headers, method="POST"
    )


def _reply_text(raw: bytes) -> str:
    data = json.loads(raw.decode("utf-8"))
    return str(data["choices"][0]["message"]["content"]).strip()


def _acceptable(text: str) -> bool:
    return 10 <= len(text) <= MAX_CHARS and text.endswith("?") and "\n\n" not in text


def phrase(question: str, context: str) -> Phrased:
    """The follow-up as the configured model words it, else as scripted."""
    found = endpoint()
    if found is None:
        return Phrased(question, "")
    try:
        with urllib.request.urlopen(_request(found, question, context), timeout=TIMEOUT) as resp:
            raw = resp.read(MAX_REPLY_BYTES + 1)
        if len(raw) > MAX_REPLY_BYTES:
            return Phrased(question, "", "the model's reply was too long")
        text = " ".join(_reply_text(raw).split())
    except (OSError, urllib.error.URLError, ValueError, KeyError, IndexError, TypeError) as error:
        return Phrased(question, "", f"the model could not be reached ({type(error).__name__})")
    if not _acceptable(text):
        return Phrased(question, "", "the model's reply was not one short question")
    return Phrased(text, found.model)
