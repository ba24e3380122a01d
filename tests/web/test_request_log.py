"""Structured request logs: one record per request with its status and time, the query
string never logged, a request id sent back, and JSON lines when configured."""

from __future__ import annotations

import io
import json
import logging

from pivotprep.web.request_log import JsonFormatter


def test_each_request_is_logged_once_without_its_query(web, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="pivotprep.request"):
        answer = web.get("/healthz?token=secret-value")
    records = [r for r in caplog.records if r.name == "pivotprep.request"]
    assert len(records) == 1
    fields = records[0].fields
    assert fields["path"] == "/healthz" and fields["status"] == 200 and fields["method"] == "GET"
    assert fields["request_id"] == answer.headers["x-request-id"]
    assert "secret-value" not in json.dumps(fields)
    assert "account" not in fields  # local mode: nobody logged in


def test_a_missing_page_is_logged_with_its_status(web, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="pivotprep.request"):
        web.get("/practice/no-such-problem")
    [record] = [r for r in caplog.records if r.name == "pivotprep.request"]
    assert record.fields["status"] == 404 and record.levelno == logging.INFO


def test_records_are_json_lines() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("pivotprep.request.test")
    logger.addHandler(handler)
    logger.propagate = False
    logger.error("request", extra={"fields": {"status": 500, "error": "RuntimeError"}})
    line = json.loads(stream.getvalue())
    assert line["event"] == "request" and line["level"] == "error" and line["status"] == 500
