"""The web guards: rebinding, cross-origin posts, oversized bodies, framework errors as pages."""

from __future__ import annotations

import pytest

from pivotprep.web.guards import allowed_hosts, cross_origin_refusal

FORM = {
    "target_role": "data-analyst",
    "company_sizes": ["mid"],
    "hours_per_week": "15",
    "timeline_months": "4",
}


def test_requests_for_another_host_name_are_refused(web):
    """DNS rebinding: a page on evil.example resolving to 127.0.0.1 sends Host: evil.example."""
    page = web.get("/profile", headers={"host": "evil.example:8765"})
    assert page.status_code == 400
    assert web.get("/profile").status_code == 200


@pytest.mark.parametrize("origin", ["http://evil.example", "null"])
def test_posts_from_another_or_an_opaque_origin_are_refused(web, origin):
    page = web.post("/profile", data=FORM, headers={"origin": origin})
    assert page.status_code == 403


def test_same_origin_post_is_accepted(web):
    page = web.post(
        "/profile", data=FORM, headers={"origin": "http://testserver"}, follow_redirects=False
    )
    assert page.status_code == 303


def test_declared_oversized_body_is_refused_before_reading(web):
    big = b"x" * (13 * 2**20)
    page = web.post(
        "/profile", content=big, headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert page.status_code == 413
    assert "too large" in page.text


def test_streamed_oversized_body_without_length_is_refused(web):
    def chunks():
        for _ in range(14):
            yield b"x" * 2**20

    page = web.post(
        "/profile", content=chunks(), headers={"content-type": "application/x-www-form-urlencoded"}
    )
    assert page.status_code == 413


def test_unknown_page_is_an_html_page_not_json(web):
    page = web.get("/no/such/page")
    assert page.status_code == 404
    assert "text/html" in page.headers["content-type"]
    assert "no page at this address" in page.text


def test_allowed_hosts_add_the_bound_interface_and_the_environment(monkeypatch):
    monkeypatch.setenv("PIVOTPREP_ALLOWED_HOSTS", "prep.example.org, other")
    hosts = allowed_hosts("192.168.1.5")
    assert {"127.0.0.1", "localhost", "192.168.1.5", "prep.example.org", "other"} <= set(hosts)
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")


def test_reads_are_never_refused_as_cross_origin():
    assert cross_origin_refusal("GET", {"origin": "http://evil.example"}) is None
    assert cross_origin_refusal("POST", {"host": "127.0.0.1:8765"}) is None
    assert cross_origin_refusal("POST", {"sec-fetch-site": "cross-site"}) is not None


def test_streamed_oversized_upload_without_length_is_refused(web):
    """A chunked multipart upload (no Content-Length) over the limit is a 413 page, not a
    500: the limit holds even when the route reads the body inside a task group."""
    boundary = "pivotprepboundary"

    def chunks():
        yield (
            f'--{boundary}\r\nContent-Disposition: form-data; name="resume"; '
            'filename="big.pdf"\r\nContent-Type: application/pdf\r\n\r\n'
        ).encode()
        for _ in range(14):
            yield b"%" * 2**20
        yield f"\r\n--{boundary}--\r\n".encode()

    page = web.post(
        "/resume/scan",
        content=chunks(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
    )
    assert page.status_code == 413
    assert "too large" in page.text


def test_a_malformed_address_is_a_page_not_json(web):
    page = web.post("/plan/tasks/abc/done")
    assert page.status_code == 422
    assert "text/html" in page.headers["content-type"]
    assert "malformed" in page.text


def test_head_is_answered_like_get_without_a_body(web):
    got = web.get("/profile")
    head = web.head("/profile")
    assert head.status_code == got.status_code == 200
    assert head.content == b"" and head.headers["content-type"] == got.headers["content-type"]
    assert web.head("/no/such/page").status_code == 404


@pytest.mark.parametrize("path", ["/profile", "/static/style.css", "/no/such/page"])
def test_every_answer_forbids_framing_and_sniffing(web, path):
    """Clickjacking: a decoy page framing the app could steer one click into a solution peek."""
    page = web.get(path)
    assert page.headers["x-frame-options"] == "DENY"
    policy = page.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    assert "default-src 'self'" in policy
    assert "script-src" not in policy  # scripts fall back to 'self': no inline script runs
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "same-origin"


def test_guard_refusals_carry_the_headers_too(web):
    page = web.get("/profile", headers={"host": "evil.example"})
    assert page.status_code == 400
    assert page.headers["x-frame-options"] == "DENY"


def test_no_template_relies_on_inline_script():
    """The policy forbids inline handlers and javascript: links; none may be left to break."""
    import re
    from pathlib import Path

    import pivotprep.web

    templates = Path(pivotprep.web.__file__).parent / "templates"
    offenders = [
        str(path.relative_to(templates))
        for path in templates.rglob("*.html")
        if re.search(r"\son[a-z]+=|javascript:|<script>", path.read_text())
    ]
    assert offenders == []


@pytest.mark.parametrize("host", ["[::1]:8765", "[::1]", "localhost:8765", "127.0.0.1"])
def test_loopback_names_are_served_including_ipv6(web, host):
    assert web.get("/profile", headers={"host": host}).status_code == 200


@pytest.mark.parametrize("host", ["[::2]:8765", "[::1", "localhost:http", "", "[::1]x"])
def test_malformed_or_foreign_hosts_are_refused(web, host):
    assert web.get("/profile", headers={"host": host}).status_code == 400


def test_favicon_is_served(web):
    icon = web.get("/favicon.ico")
    assert icon.status_code == 200
    assert icon.headers["content-type"].startswith("image/svg+xml")
    assert b"<svg" in icon.content
