"""The deployment files hold together without a container engine to run them:
`compose.yaml`'s pivotprep services run real CLI commands with options the commands
accept, set only variables the code reads (and the documentation explains), and reach the
database and broker services by name; the Dockerfile's command and variables are real too;
every `pivotprep ...` line in docs/deploy.md is a command line the CLI accepts."""

from __future__ import annotations

import ast
import inspect
import re
import shlex
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from typer.testing import CliRunner

from pivotprep import registry
from pivotprep.cli.main import app

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "pivotprep"
COMPOSE = yaml.safe_load((ROOT / "compose.yaml").read_text(encoding="utf-8"))
DOCS = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")
DOCKERFILE = (ROOT / "Dockerfile").read_text(encoding="utf-8")
INTERPOLATION = re.compile(r"\$\{(\w+)(?::?[-?][^}]*)?\}")
EXAMPLE_VALUES = {
    "POSTGRES_PASSWORD": "pgsecret123",
    "RABBITMQ_PASSWORD": "mqsecret123",
    "PIVOTPREP_PUBLIC_URL": "https://prep.example.org",
}
# Variables read by a library pivotprep runs in, not by pivotprep's own code.
LIBRARY_VARIABLES = {"FORWARDED_ALLOW_IPS": "uvicorn.config"}
# The task queue (`pivotprep worker` and its variables) lands in its own change. Until it
# does, these names are expected to be absent; the day they exist the first test fails, so
# this set is emptied and every check below covers them too.
LANDING = {"worker", "PIVOTPREP_BROKER_URL", "PIVOTPREP_WORKER_THREADS", "PIVOTPREP_QUEUE"}


def variables_read() -> set[str]:
    """Every `PIVOTPREP_*` name the code spells out as a string of its own (a setting it
    reads: `os.environ.get("PIVOTPREP_HOME")`, `_int("PIVOTPREP_SESSION_HOURS", ...)`)."""
    names = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and re.fullmatch(r"PIVOTPREP_[A-Z0-9_]+", text):
                names.add(text)
    for name, module in LIBRARY_VARIABLES.items():
        source = inspect.getsource(__import__(module, fromlist=["_"]))
        if f'"{name}"' in source:
            names.add(name)
    return names


def accepted(args: list[str]) -> tuple[bool, str]:
    """Whether the CLI parses `pivotprep ARGS` (asked for help, so nothing runs)."""
    result = CliRunner().invoke(app, [*args, "--help"])
    return result.exit_code == 0 and "Usage" in result.output, result.output[-400:]


def pivotprep_services() -> dict[str, dict]:
    return {n: s for n, s in COMPOSE["services"].items() if s.get("build")}


def test_what_is_still_landing_has_not_landed() -> None:
    landed = (LANDING & set(registry.commands())) | (LANDING & variables_read())
    assert not landed, f"{sorted(landed)} exist now: remove them from LANDING"


def test_compose_runs_the_database_the_broker_the_web_and_workers() -> None:
    services = COMPOSE["services"]
    assert set(services) == {"db", "broker", "web", "worker"}
    assert services["db"]["image"].startswith("postgres:")
    assert services["broker"]["image"].startswith("rabbitmq:")
    commands = {name: s["command"] for name, s in pivotprep_services().items()}
    assert commands["web"][:3] == ["pivotprep", "serve", "--server"]
    assert commands["worker"] == ["pivotprep", "worker"]
    assert services["web"]["ports"] == ["127.0.0.1:8765:8765"], "published to the proxy only"


@pytest.mark.parametrize("service", ["web", "worker"])
def test_each_pivotprep_service_runs_a_real_command(service: str) -> None:
    command = COMPOSE["services"][service]["command"]
    assert command[0] == "pivotprep"
    if set(command[1:2]) & LANDING:
        assert command[1] not in registry.commands()
        return
    ok, output = accepted(command[1:])
    assert ok, f"{service}: `{' '.join(command)}` is not a command the CLI accepts: {output}"


@pytest.mark.parametrize("service", ["web", "worker"])
def test_each_variable_a_service_sets_is_read_and_documented(service: str) -> None:
    read = variables_read()
    for name in COMPOSE["services"][service]["environment"]:
        assert name in read or name in LANDING, f"{service} sets {name}, which nothing reads"
        assert f"`{name}`" in DOCS, f"{name} is not explained in docs/deploy.md"


def interpolated(value: str) -> str:
    return INTERPOLATION.sub(lambda m: EXAMPLE_VALUES[m.group(1)], value)


def test_the_services_find_each_other_by_name_with_the_same_secrets(monkeypatch) -> None:
    from pivotprep.server.service import server_config

    services = COMPOSE["services"]
    env = {k: interpolated(str(v)) for k, v in services["web"]["environment"].items()}
    database = urlsplit(env["PIVOTPREP_DATABASE_URL"])
    assert database.hostname == "db" and database.port == 5432
    assert database.password == EXAMPLE_VALUES["POSTGRES_PASSWORD"]
    assert database.path.lstrip("/") == services["db"]["environment"]["POSTGRES_DB"]
    assert database.username == services["db"]["environment"]["POSTGRES_USER"]
    broker = urlsplit(env["PIVOTPREP_BROKER_URL"])
    assert broker.hostname == "broker" and broker.scheme == "amqp"
    assert broker.username == services["broker"]["environment"]["RABBITMQ_DEFAULT_USER"]
    worker = services["worker"]["environment"]
    assert (
        worker["PIVOTPREP_DATABASE_URL"] == services["web"]["environment"]["PIVOTPREP_DATABASE_URL"]
    )
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    config = server_config()  # the web's settings as the container sees them are valid
    assert config.public_host == "prep.example.org" and config.cookie_secure


def test_the_forwarded_headers_are_believed_from_the_network_gateway_only() -> None:
    gateway = COMPOSE["networks"]["pivotprep"]["ipam"]["config"][0]["gateway"]
    assert COMPOSE["services"]["web"]["environment"]["FORWARDED_ALLOW_IPS"] == gateway


def test_the_dockerfile_runs_a_real_command_with_variables_the_code_reads() -> None:
    command = re.search(r"^CMD (\[.*\])$", DOCKERFILE, re.MULTILINE)
    assert command, "the Dockerfile names its command"
    args = yaml.safe_load(command.group(1))
    assert args[0] == "pivotprep" and accepted(args[1:])[0]
    assert "RUN pivotprep judge prepare" in DOCKERFILE and accepted(["judge", "prepare"])[0]
    block = re.search(r"^ENV ((?:.*\\\n)*.*)$", DOCKERFILE, re.MULTILINE)
    assert block, "the Dockerfile sets the data folder"
    names = re.findall(r"(\w+)=", block.group(1))
    assert names and set(names) <= variables_read(), names


def documented_command_lines() -> list[list[str]]:
    """Every `pivotprep ...` command line in the shell blocks of docs/deploy.md, on its own
    or run in a container (`docker compose run ... web pivotprep ...`)."""
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", DOCS, re.DOTALL):
        for line in block.splitlines():
            for part in re.split(r"&&|;|\|", line.split(" #", 1)[0]):
                words = shlex.split(part.replace("&", ""))
                run = words[:1] == ["pivotprep"] or words[:2] == ["docker", "compose"]
                if run and "pivotprep" in words:
                    lines.append(words[words.index("pivotprep") + 1 :])
    return lines


def test_every_command_in_the_deployment_guide_is_one_the_cli_accepts() -> None:
    lines = documented_command_lines()
    assert len(lines) >= 8
    for args in lines:
        if set(args[:1]) & LANDING:
            continue
        ok, output = accepted(args)
        assert ok, f"docs/deploy.md: `pivotprep {' '.join(args)}` is refused: {output}"
