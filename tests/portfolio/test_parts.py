"""The pure parts of the run stages: finding the app to start, and the request bodies
built from an OpenAPI schema or a README."""

from __future__ import annotations

from pivotprep.portfolio import apps, examples

SCHEMA = {
    "openapi": "3.1.0",
    "info": {"title": "churn", "version": "1"},
    "paths": {
        "/predict": {
            "post": {
                "responses": {"200": {"description": "ok"}},
                "requestBody": {
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Customer"}}
                    }
                },
            }
        },
        "/health": {"get": {"responses": {"200": {"description": "ok"}}}},
    },
    "components": {
        "schemas": {
            "Customer": {
                "type": "object",
                "required": ["tenure_months", "plan"],
                "properties": {
                    "tenure_months": {"type": "integer", "minimum": 0},
                    "spend": {
                        "anyOf": [{"type": "number", "exclusiveMinimum": 0}, {"type": "null"}]
                    },
                    "plan": {"type": "string", "enum": ["basic", "pro"]},
                    "tags": {"type": "array", "items": {"type": "string"}},
                },
            }
        }
    },
}


def test_app_found_in_sources() -> None:
    found = apps.from_sources(
        {"tests/test_x.py": "app = FastAPI()", "src/shop/api.py": "api = FastAPI(title='x')\n"}
    )
    assert found is not None
    assert found.argv[-5:] == ("shop.api:api", "--host", "127.0.0.1", "--port", "8000")
    assert found.found == "FastAPI app in src/shop/api.py"
    flask = apps.from_sources({"web.py": "from flask import Flask\nserver = Flask(__name__)\n"})
    assert flask is not None and "web:server" in flask.argv
    assert apps.from_sources({"lib.py": "x = 1"}) is None


def test_app_from_readme_run_command() -> None:
    found = apps.from_readme("streamlit run dash.py --server.port 8600", "README.md:4")
    assert found is not None and found.port == 8600 and found.argv[0] == "sh"
    assert apps.from_readme("docker compose up", "README.md:9") is None


def test_example_and_malformed_bodies_from_openapi() -> None:
    ops = examples.operations(SCHEMA)
    assert [(o.method, o.path) for o in ops] == [("GET", "/health"), ("POST", "/predict")]
    body = ops[1].example
    assert body == {"tenure_months": 0, "spend": 1.5, "plan": "basic", "tags": ["example"]}
    labels = [label for label, _ in examples.malformed(body)]
    assert labels[0] == "an empty object (missing fields)"
    assert "`tenure_months` of the wrong type" in labels
    assert examples.malformed(body)[1][1]["tenure_months"] == "not-a-number"


def test_readme_documented_endpoint() -> None:
    text = '# API\n\nCall `POST /predict` with\n\n```json\n{"a": 1}\n```\n'
    [op] = examples.from_readme(text)
    assert (op.method, op.path, op.example, op.source) == ("POST", "/predict", {"a": 1}, "README:3")


def test_hidden_state_from_saved_counts() -> None:
    from pivotprep.portfolio.notebooks import Saved, hidden_state

    in_order = Saved([1, 2, None, 3], [False, False, False, False])
    assert in_order.out_of_order() == [] and hidden_state(in_order, None) == ""
    shuffled = Saved([1, 5, 2], [False, False, False])
    assert hidden_state(shuffled, None) == "code cell 3 was run before a cell above it"
    assert hidden_state(shuffled, 2).startswith("code cell 3 ran without error when saved")
    saved_error = Saved([1, 2], [False, True])
    assert hidden_state(saved_error, 1) == ""  # it failed when saved too: no hidden state


def test_schemathesis_generates_valid_and_invalid_requests() -> None:
    from pivotprep.portfolio import fuzz

    requests = fuzz.generate(SCHEMA, 20)
    assert 2 <= len(requests) <= 20
    posts = [r for r in requests if r.method == "POST"]
    assert posts and all(r.path == "/predict" for r in posts)
    assert any(not isinstance(r.json, dict) or "plan" not in r.json for r in posts)  # negative
    assert any(isinstance(r.json, dict) and r.json.get("plan") in ("basic", "pro") for r in posts)
