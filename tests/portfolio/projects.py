"""Fixture projects, written by the tests (never downloaded): each is a dict of file name
-> text, and `write(root, files)` lays one out. They are what a reviewer receives:
a good FastAPI app with tests, one importing a package it does not declare, one that
answers 500 on bad input, one whose answers break the response model it declares, a
notebook-only one, one with a committed secret, one whose server never starts.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

README = """# Churn scorer

A small API that scores a customer's churn risk.

## Setup

```bash
pip install -r requirements.txt
```

## Run

```bash
uvicorn app:app --port 8000
```

## Test

```bash
pytest -q
```

`POST /predict` with `{"tenure_months": 12, "monthly_spend": 40.5}` answers the risk.
"""

GOOD_APP = '''"""Churn risk from two numbers."""

from fastapi import FastAPI
from pydantic import BaseModel, Field

app = FastAPI()


class Customer(BaseModel):
    tenure_months: int = Field(ge=0, le=600)
    monthly_spend: float = Field(ge=0, le=100000)


@app.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}


@app.post("/predict")
def predict(customer: Customer) -> dict[str, float]:
    risk = 1.0 / (1.0 + customer.tenure_months / 12.0)
    return {"risk": round(min(1.0, risk + customer.monthly_spend / 1e6), 4)}
'''

GOOD_TESTS = """from fastapi.testclient import TestClient

from app import app

client = TestClient(app)


def test_health():
    assert client.get("/health").json() == {"status": "ok"}


def test_predict():
    answer = client.post("/predict", json={"tenure_months": 12, "monthly_spend": 40.5})
    assert answer.status_code == 200
    assert 0 <= answer.json()["risk"] <= 1


def test_bad_input():
    assert client.post("/predict", json={"tenure_months": "x"}).status_code == 422
"""

REQUIREMENTS = """fastapi==0.165.0
pydantic==2.14.4
uvicorn==0.55.0
httpx==0.29.0
pytest==9.2.0
"""

GOOD = {
    "README.md": README,
    "app.py": GOOD_APP,
    "tests/test_app.py": GOOD_TESTS,
    "conftest.py": "# pytest puts this folder on sys.path, so tests import app\n",
    "requirements.txt": REQUIREMENTS,
    ".gitignore": ".venv/\n__pycache__/\n.env\n",
    "LICENSE": "MIT License\n\nCopyright (c) 2026 A. Candidate\n",
}

UNDECLARED = {
    **GOOD,
    "features.py": "import yaml\n\n\ndef load(text):\n    return yaml.safe_load(text)\n",
    "app.py": "import features  # noqa: F401\n" + GOOD_APP,
}

SERVER_ERROR_APP = """from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/health")
def health():
    return {"status": "ok"}


@app.post("/predict")
async def predict(request: Request):
    body = await request.json()
    return {"risk": 1.0 / (1.0 + body["tenure_months"] / 12.0)}
"""

SERVER_ERROR = {**GOOD, "app.py": SERVER_ERROR_APP}

# Declares `Risk` (a number) as its answer, but sends a JSONResponse of its own, which
# FastAPI does not validate: the risk goes out as a word.
WRONG_SCHEMA_APP = GOOD_APP.replace(
    "from fastapi import FastAPI\n",
    "from fastapi import FastAPI\nfrom fastapi.responses import JSONResponse\n",
).replace(
    '@app.post("/predict")\ndef predict(customer: Customer) -> dict[str, float]:\n'
    "    risk = 1.0 / (1.0 + customer.tenure_months / 12.0)\n"
    '    return {"risk": round(min(1.0, risk + customer.monthly_spend / 1e6), 4)}\n',
    "class Risk(BaseModel):\n    risk: float\n\n\n"
    '@app.post("/predict", response_model=Risk)\ndef predict(customer: Customer):\n'
    '    return JSONResponse({"risk": "high" if customer.tenure_months < 12 else "low"})\n',
)

WRONG_SCHEMA = {**GOOD, "app.py": WRONG_SCHEMA_APP}

NEVER_STARTS = {
    **GOOD,
    "app.py": GOOD_APP.replace(
        "app = FastAPI()", "import time\n\ntime.sleep(10**6)\napp = FastAPI()"
    ),
}


def _notebook(cells: list[str], counts: list[int | None] | None = None) -> str:
    counts = counts or [None] * len(cells)
    return json.dumps(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "execution_count": count,
                    "metadata": {},
                    "outputs": [],
                    "source": source,
                }
                for source, count in zip(cells, counts, strict=True)
            ],
            "metadata": {
                "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}
            },
            "nbformat": 4,
            "nbformat_minor": 5,
        }
    )


NOTEBOOK_ONLY = {
    "analysis.ipynb": _notebook(
        [
            "from sklearn.datasets import load_iris\n",
            "data = load_iris()\n",
            "print(len(data.data))\n",
        ]
    ),
}

NOTEBOOKS = {
    "requirements.txt": "pytest==9.2.0\n",
    "clean.ipynb": _notebook(["x = 2\n", "print(x * 21)\n"], [1, 2]),
    "notebooks/hidden.ipynb": _notebook(["total = base + 1\n", "base = 41\n"], [3, 2]),
}

SECRET = {
    **GOOD,
    "settings.py": 'AWS_ACCESS_KEY_ID = "AKIAQ3EGRBMW6T2EXAMP"\nDEBUG = False\n',
}


SPY_TESTS = """import os
import socket
from pathlib import Path

import pytest


def test_no_network():
    with pytest.raises(OSError):
        socket.create_connection(("1.1.1.1", 53), timeout=3)


def test_host_files_are_invisible():
    assert not Path(os.environ.get("SPY_TARGET", "/nonexistent")).exists()
    home = Path("/root")  # only the Python install may be mounted below it
    assert not home.exists() or {p.name for p in home.iterdir()} <= {".pyenv"}
    assert os.environ["HOME"] == "/tmp"
"""

SPY = {"requirements.txt": "pytest==9.2.0\n", "test_spy.py": SPY_TESTS}


def write(root: Path, files: dict[str, str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def zip_of(path: Path, files: dict[str, str], folder: str = "") -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in files.items():
            archive.writestr(folder + name, text)
    return path
