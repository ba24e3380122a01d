"""Request bodies for probing an API: a valid example built from an OpenAPI schema, the
malformed variants a reviewer tries (missing fields, wrong types), and the example a
README documents ("POST /predict with {...}"). Pure.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

MAX_DEPTH = 6
ENDPOINT = re.compile(r"\b(GET|POST|PUT|PATCH|DELETE)\s+`?(/[\w/{}.-]*)")


@dataclass(frozen=True)
class Operation:
    """One documented endpoint: method, path, the JSON body schema (None: no body), and an
    example body (from the README or built from the schema)."""

    method: str
    path: str
    schema: dict[str, Any] | None
    example: Any = None
    source: str = "OpenAPI"


def resolve(schema: Any, document: dict[str, Any], depth: int = 0) -> dict[str, Any]:
    """The schema with `$ref`, `allOf` and nullable `anyOf` resolved (one level)."""
    if not isinstance(schema, dict) or depth > MAX_DEPTH:
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/"):
        node: Any = document
        for part in ref[2:].split("/"):
            node = node.get(part, {}) if isinstance(node, dict) else {}
        return resolve(node, document, depth + 1)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}, "required": []}
        for part in schema["allOf"]:
            sub = resolve(part, document, depth + 1)
            merged["properties"].update(sub.get("properties", {}))
            merged["required"] += sub.get("required", [])
        return merged
    for key in ("anyOf", "oneOf"):
        options = [o for o in schema.get(key, []) if o.get("type") != "null"]
        if options:
            return resolve(options[0], document, depth + 1)
    return schema


def _number(schema: dict[str, Any], integer: bool) -> int | float:
    low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
    high = schema.get("maximum", schema.get("exclusiveMaximum", low + 10))
    value = low + 1 if "exclusiveMinimum" in schema else low
    value = min(max(value, low), high)
    return int(value) if integer else float(value) + 0.5 * (high > value + 0.5)


def example(schema: Any, document: dict[str, Any], depth: int = 0) -> Any:
    """A value that satisfies the schema (its own example or default when it has one)."""
    node = resolve(schema, document)
    for key in ("example", "default"):
        if key in node:
            return node[key]
    if node.get("examples") and isinstance(node["examples"], list):
        return node["examples"][0]
    if node.get("enum"):
        return node["enum"][0]
    kind = node.get("type", "object" if "properties" in node else "string")
    if kind in ("integer", "number"):
        return _number(node, kind == "integer")
    if kind == "boolean":
        return True
    if kind == "array":
        return [example(node.get("items", {}), document, depth + 1)] if depth < MAX_DEPTH else []
    if kind == "object":
        props = node.get("properties", {})
        return (
            {k: example(v, document, depth + 1) for k, v in props.items()}
            if depth < MAX_DEPTH
            else {}
        )
    fmt = node.get("format", "")
    text = {
        "email": "reviewer@example.org",
        "date": "2024-01-31",
        "date-time": "2024-01-31T10:00:00Z",
        "uuid": "123e4567-e89b-12d3-a456-426614174000",
        "uri": "https://example.org",
    }.get(fmt, "example")
    return text.ljust(node.get("minLength", 0), "x")[: node.get("maxLength", 10_000)]


def wrong_type(value: Any) -> Any:
    """A value of another JSON type than `value`."""
    if isinstance(value, bool):
        return "maybe"
    if isinstance(value, int | float):
        return "not-a-number"
    if isinstance(value, str):
        return {"unexpected": ["object"]}
    if isinstance(value, list):
        return "not-a-list"
    return 12345


def malformed(valid: Any) -> list[tuple[str, Any]]:
    """(label, body) variants of a valid body that a robust API answers with 4xx."""
    cases: list[tuple[str, Any]] = [("an empty object (missing fields)", {})]
    if isinstance(valid, dict):
        for key, value in list(valid.items())[:3]:
            cases.append((f"`{key}` of the wrong type", {**valid, key: wrong_type(value)}))
    cases.append(("a list instead of an object", [valid]))
    return cases


def operations(document: dict[str, Any]) -> list[Operation]:
    """Every operation of an OpenAPI document, with a JSON body schema where it has one."""
    found: list[Operation] = []
    for path, item in sorted((document.get("paths") or {}).items()):
        if not isinstance(item, dict):
            continue
        for method in ("get", "post", "put", "patch", "delete"):
            op = item.get(method)
            if not isinstance(op, dict):
                continue
            content = (op.get("requestBody") or {}).get("content") or {}
            schema = (content.get("application/json") or {}).get("schema")
            body = example(schema, document) if schema is not None else None
            found.append(Operation(method.upper(), path, schema, body))
    return found


def from_readme(text: str) -> list[Operation]:
    """Endpoints a README documents ("POST /predict" followed by a JSON example)."""
    found: list[Operation] = []
    for match in ENDPOINT.finditer(text):
        body = None
        window = text[match.end() : match.end() + 600]
        start = window.find("{")
        if start >= 0:
            try:
                body, _ = json.JSONDecoder().raw_decode(window[start:])
            except ValueError:
                body = None
        line = text.count("\n", 0, match.start()) + 1
        found.append(Operation(match.group(1), match.group(2), None, body, f"README:{line}"))
    return found
