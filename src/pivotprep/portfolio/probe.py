"""Probing a served app the way a reviewer pokes at it: the health or root route, a
documented endpoint with a valid example (2xx), malformed input (4xx, never a 5xx or a
traceback), and bounded schema-driven cases when it publishes an OpenAPI document, whose
answers schemathesis's own checks then read (documented status, content type and response
schema); the count of 5xx and the slowest response.

Requests go through the clean room's Unix socket: the app has no network of its own. Every
request has a timeout, the number of cases and the total time are capped.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from pivotprep.portfolio import examples, fuzz
from pivotprep.portfolio.examples import Operation
from pivotprep.portfolio.report import Check, Evidence

REQUEST_SECONDS = 10.0
TOTAL_SECONDS = 90.0
FUZZ_CASES = 40
HUGE_BYTES = 2 * 2**20
TRACEBACK = re.compile(r"Traceback \(most recent call last\)|File \".*\", line \d+")
ROOTS = ("/health", "/healthz", "/", "/docs")


@dataclass(frozen=True)
class Hit:
    """One request and its answer (status 0: no answer in time)."""

    method: str
    path: str
    label: str
    status: int
    seconds: float
    traceback: bool

    def line(self) -> str:
        answer = f"{self.status}" if self.status else "no answer"
        return f"{self.method} {self.path} {self.label} → {answer} ({self.seconds:.2f} s)"


@dataclass
class Prober:
    """Sends requests through the socket and remembers every answer."""

    socket: Path
    hits: list[Hit] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)
    last: httpx.Response | None = None  # the answer to the latest request, for the checks

    def __post_init__(self) -> None:
        transport = httpx.HTTPTransport(uds=str(self.socket))
        self.client = httpx.Client(
            transport=transport, base_url="http://app", timeout=REQUEST_SECONDS
        )

    def out_of_time(self) -> bool:
        return time.monotonic() - self.started > TOTAL_SECONDS

    def send(self, method: str, path: str, label: str, **kwargs: Any) -> Hit:
        """Send one request; status 0: no answer in time; -1: a generated request that
        cannot even be written as HTTP (not counted)."""
        began = time.perf_counter()
        try:
            request = self.client.build_request(method, path, **kwargs)
        except (httpx.HTTPError, ValueError, TypeError):
            return Hit(method, path, label, -1, 0.0, False)
        status, text, self.last = 0, "", None
        for _attempt in range(2):  # a kept-alive connection the server closed: once more
            try:
                answer = self.client.send(request)
                status, text, self.last = answer.status_code, answer.text[:20000], answer
                break
            except httpx.TimeoutException:
                break
            except httpx.HTTPError:
                continue
        hit = Hit(
            method, path, label, status, time.perf_counter() - began, bool(TRACEBACK.search(text))
        )
        self.hits.append(hit)
        return hit

    def close(self) -> None:
        self.client.close()


def _path_of(path: str) -> str:
    return re.sub(r"{[^}]+}", "1", path)


def check_root(prober: Prober) -> Check:
    """The health or root route answers."""
    check = Check("probe-root", "Health or root route answers", "probe", "fail", "", 8)
    for path in ROOTS:
        hit = prober.send("GET", path, "")
        if hit.status and hit.status != 404:
            check.evidence = [Evidence(hit.line())]
            if hit.status < 400:
                check.status, check.summary = "pass", f"GET {path} answered {hit.status}."
                return check
    check.summary = "Neither /health, / nor /docs answered with a success."
    check.fix = "Add a GET /health route that answers 200: the first thing a reviewer calls."
    return check


def openapi(prober: Prober) -> dict[str, Any] | None:
    hit_started = time.perf_counter()
    try:
        answer = prober.client.get("/openapi.json")
        document = answer.json() if answer.status_code == 200 else None
    except (httpx.HTTPError, ValueError):
        document = None
    prober.hits.append(
        Hit(
            "GET",
            "/openapi.json",
            "",
            200 if document else 404,
            time.perf_counter() - hit_started,
            False,
        )
    )
    return document if isinstance(document, dict) and "paths" in document else None


def pick(readme_ops: list[Operation], api_ops: list[Operation]) -> Operation | None:
    """The endpoint to try with a valid example: the README's documented one with a body
    first, else the first OpenAPI operation taking a JSON body."""
    by_key = {(o.method, o.path): o for o in api_ops}
    for op in readme_ops:
        if op.method in ("POST", "PUT", "PATCH") and op.example is not None:
            schema_op = by_key.get((op.method, op.path))
            return Operation(
                op.method, op.path, schema_op.schema if schema_op else None, op.example, op.source
            )
    return next((o for o in api_ops if o.schema is not None), None)


def check_documented(prober: Prober, op: Operation | None) -> Check:
    check = Check("probe-documented", "A documented endpoint answers 2xx", "probe", "fail", "", 10)
    if op is None:
        check.status = "warn"
        check.summary = "No endpoint taking a JSON body is documented (README or OpenAPI)."
        check.fix = (
            "Document the main endpoint in the README with an example request "
            "(`POST /predict` with its JSON body)."
        )
        return check
    hit = prober.send(op.method, _path_of(op.path), "(valid example)", json=op.example)
    check.evidence = [Evidence(op.source), Evidence(hit.line(), 0, json.dumps(op.example)[:200])]
    if 200 <= hit.status < 300:
        check.status, check.summary = "pass", f"{op.method} {op.path} answered {hit.status}."
    else:
        check.summary = (
            f"{op.method} {op.path} with its documented example answered {hit.status or 'nothing'}."
        )
        check.fix = f"Make the documented example of {op.method} {op.path} answer 2xx."
    return check


def check_malformed(prober: Prober, op: Operation | None) -> Check:
    """Missing fields, wrong types, a huge body, the wrong content type, broken JSON:
    each must answer 4xx, never 5xx and never a traceback."""
    check = Check("probe-malformed", "Bad input answers 4xx, never 5xx", "probe", "pass", "", 15)
    if op is None or op.method not in ("POST", "PUT", "PATCH"):
        check.status, check.summary = "skip", "No endpoint taking a JSON body to try."
        return check
    path = _path_of(op.path)
    cases = [(label, {"json": body}) for label, body in examples.malformed(op.example)]
    cases += [
        ("a 2 MB body", {"json": {"blob": "x" * HUGE_BYTES}}),
        (
            "text/plain instead of JSON",
            {"content": b"hello", "headers": {"content-type": "text/plain"}},
        ),
        ("broken JSON", {"content": b'{"a": ', "headers": {"content-type": "application/json"}}),
    ]
    bad = []
    for label, kwargs in cases:
        hit = prober.send(op.method, path, f"with {label}", **kwargs)
        if hit.status == 0 or hit.status >= 500 or hit.traceback or hit.status < 400:
            bad.append(hit)
    check.evidence = [
        Evidence(h.line(), 0, "traceback in the answer" if h.traceback else "") for h in bad
    ]
    if bad:
        crash = [h for h in bad if h.status >= 500 or h.status == 0 or h.traceback]
        check.status = "fail" if crash else "warn"
        check.summary = f"{len(bad)} of {len(cases)} malformed requests were not answered 4xx."
        check.fix = (
            f"Validate the body of {op.method} {op.path} (a pydantic model or a "
            "schema) so that bad input answers 422, not a 500 with a traceback."
        )
    else:
        check.summary = f"All {len(cases)} malformed requests answered 4xx."
    return check


def _send_generated(prober: Prober, request: fuzz.Request) -> Hit:
    headers = {k: v for k, v in request.headers.items() if v.isascii() and v.isprintable()}
    extra: dict[str, Any] = {"params": request.params, "headers": headers}
    if isinstance(request.json, bytes | bytearray):
        return Hit(request.method, request.path, "", -1, 0.0, False)  # not JSON: not tried
    if request.has_body:
        extra["content"] = json.dumps(request.json, default=str).encode()
        headers.setdefault("content-type", "application/json")
    shown = extra.get("content", b"")[:80].decode("utf-8", "replace")
    return prober.send(request.method, request.path, f"(schemathesis) {shown}".strip(), **extra)


def _fuzz_check() -> Check:
    return Check(
        "probe-fuzz",
        "Schema-driven cases cause no 5xx",
        "probe",
        "pass",
        "",
        10,
        command=f"schemathesis: at most {FUZZ_CASES} cases from /openapi.json",
    )


def _conformance_check() -> Check:
    return Check(
        "probe-conformance",
        "Answers match the OpenAPI document",
        "probe",
        "pass",
        "",
        8,
        command="schemathesis checks: " + ", ".join(fuzz.CHECKS[1:]),
    )


@dataclass
class FuzzRun:
    """What the generated cases got: the answers that crashed, and every failed
    schemathesis check with the answer it failed on."""

    sent: int = 0
    crashed: list[Hit] = field(default_factory=list)
    findings: list[tuple[Hit, fuzz.Finding]] = field(default_factory=list)


def _send_all(prober: Prober, requests: list[fuzz.Request]) -> FuzzRun:
    """Send the generated cases (within the total time cap) and run schemathesis's
    checks on each answer."""
    run = FuzzRun()
    for request in requests:
        if prober.out_of_time():
            break
        hit = _send_generated(prober, request)
        if hit.status < 0:
            continue
        run.sent += 1
        found = fuzz.conformance(request, prober.last) if prober.last is not None else []
        server_error = any(f.check == "not_a_server_error" for f in found)
        if hit.status == 0 or hit.status >= 500 or hit.traceback or server_error:
            run.crashed.append(hit)
        run.findings += [(hit, f) for f in found if f.check != "not_a_server_error"]
    return run


FIXES = {
    "response_schema_conformance": "Make the answers of {op} match the response schema it "
    "documents (its response model), or document what it really returns.",
    "content_type_conformance": "Answer {op} with the media type its OpenAPI document "
    "declares, or declare the one it sends.",
    "status_code_conformance": "Document every status {op} answers (FastAPI: `responses=`), "
    "or stop answering the undocumented one.",
}


def _conformance(run: FuzzRun) -> Check:
    """Schemathesis's verdicts on the answers: a body or media type the document does not
    describe fails; an undocumented status alone warns."""
    check = _conformance_check()
    if run.sent == 0:
        check.status, check.summary = "skip", "No generated case was answered."
        return check
    if not run.findings:
        check.summary = f"All {run.sent} answers match the documented status, type and schema."
        return check
    kinds: dict[str, int] = {}
    for _hit, finding in run.findings:
        kinds[finding.check] = kinds.get(finding.check, 0) + 1
    answers = len({id(hit) for hit, _finding in run.findings})
    counts = ", ".join(f"{n} {name}" for name, n in kinds.items())
    check.summary = f"{answers} of {run.sent} answers break the OpenAPI document ({counts})."
    check.status = "warn" if set(kinds) == {"status_code_conformance"} else "fail"
    check.evidence = [Evidence(h.line(), 0, f"{f.check}: {f.reason}") for h, f in run.findings]
    check.evidence = check.evidence[:10]
    first = min((f for _h, f in run.findings), key=lambda f: list(FIXES).index(f.check))
    check.fix = FIXES[first.check].format(op=first.operation)
    return check


def check_fuzz(prober: Prober, document: dict[str, Any] | None) -> list[Check]:
    """Bounded cases generated by schemathesis from the OpenAPI document, valid and not:
    none may answer 5xx, nothing, or a traceback (probe-fuzz); and schemathesis's checks
    of what they got: documented status, content type and schema (probe-conformance)."""
    check, conformance = _fuzz_check(), _conformance_check()
    if document is None:
        check.status, check.summary = "skip", "The app publishes no OpenAPI document."
        conformance.status, conformance.summary = check.status, check.summary
        return [check, conformance]
    try:
        requests = fuzz.generate(document, FUZZ_CASES)
    except ValueError as error:
        check.status, check.summary = "warn", "schemathesis cannot read the OpenAPI document."
        check.tail = [str(error)]
        check.fix = "Make /openapi.json a valid OpenAPI document."
        conformance.status, conformance.summary = "skip", check.summary
        return [check, conformance]
    run = _send_all(prober, requests)
    bad = run.crashed
    check.summary = f"{run.sent} generated cases, {len(bad)} answered 5xx or nothing."
    if bad:
        check.status = "fail"
        check.evidence = [Evidence(h.line()) for h in bad[:10]]
        check.fix = f"Handle the inputs that make {bad[0].method} {bad[0].path} fail with a 5xx."
    return [check, _conformance(run)]


def check_totals(prober: Prober) -> Check:
    """The count of 5xx over every probe and the slowest response."""
    errors = [h for h in prober.hits if h.status >= 500]
    slowest = max(prober.hits, key=lambda h: h.seconds, default=None)
    check = Check(
        "probe-5xx", "No server errors while probed", "probe", "fail" if errors else "pass", "", 5
    )
    slow = f"; slowest: {slowest.method} {slowest.path} {slowest.seconds:.2f} s" if slowest else ""
    check.summary = f"{len(prober.hits)} requests, {len(errors)} answered 5xx{slow}."
    check.seconds = round(slowest.seconds, 3) if slowest else None
    if errors:
        check.evidence = [Evidence(h.line()) for h in errors[:10]]
        check.fix = "Catch the errors behind the 5xx answers and answer 4xx with a reason."
    return check


def probe(socket: Path, readme_text: str) -> list[Check]:
    """Every probe of the app reachable through `socket`."""
    prober = Prober(socket)
    try:
        checks = [check_root(prober)]
        document = openapi(prober)
        api_ops = examples.operations(document) if document else []
        chosen = pick(examples.from_readme(readme_text), api_ops)
        checks += [check_documented(prober, chosen), check_malformed(prober, chosen)]
        checks += [*check_fuzz(prober, document), check_totals(prober)]
    finally:
        prober.close()
    return checks
