"""Server backup and restore (`pivotprep server backup` / `restore`, pg_dump/pg_restore) of a
cohort on this machine's PostgreSQL, beside the baseline of doing the same with the local
mode's JSON export, one learner's schema at a time (export each, then create each schema
and import it). Each learner has a profile, a six-month plan, stories and companies.

Prints, for both ways: seconds to back up, bytes written, seconds to restore into a new
database, and whether every learner's rows came back exactly. `--quick`: 5 learners
instead of 40. Needs PostgreSQL (PIVOTPREP_TEST_PG_ADMIN, default the local `postgres`
database) and pg_dump; says so and stops otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, text

ADMIN_URL = os.environ.get(
    "PIVOTPREP_TEST_PG_ADMIN", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
)
PASSWORD = "bench password 1"


def scratch_database(admin, tag: str) -> str:
    name = f"pivotprep_bench_{tag}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return name


def drop_database(admin, name: str) -> None:
    with admin.connect() as conn:
        conn.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :n"),
            {"n": name},
        )
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))


def seed(url: str, learners: int) -> None:
    """`learners` accounts, each schema filled through the features' services."""
    from pivotprep.applications import service as applications
    from pivotprep.core.db import make_engine, session_scope
    from pivotprep.plan import service as plan
    from pivotprep.profile import service as profile
    from pivotprep.server import service as server
    from pivotprep.stories import service as stories

    engine = make_engine(url)
    server.ensure_store(engine)
    for number in range(learners):
        with session_scope(engine) as session:
            account = server.create_account(session, f"learner{number:03d}", PASSWORD, "learner")
        with session_scope(server.learner_engine(engine, account)) as session:
            profile.save_profile(
                session,
                profile.validate_profile(
                    target_role="data-engineer", company_sizes="mid", hours_per_week=15,
                    timeline_months=6, start_date="2026-02-23", name=f"Learner {number}",
                ),
            )  # fmt: skip
            plan.ensure_plan(session)
            for index in range(5):
                text_ = f"At school {index} attendance fell. I built a tracker. It rose {index}%."
                stories.create_story(
                    session, stories.StoryInput(title=f"Story {index}", text=text_)
                )
                applications.add_company(
                    session, applications.CompanyInput(name=f"Company {index}", size="mid")
                )
    engine.dispose()


def snapshots(url: str) -> dict[str, dict]:
    """Every learner schema's rows, as the JSON export holds them."""
    from pivotprep.backup.service import export_data
    from pivotprep.core.db import make_engine, schema_engine

    engine = make_engine(url)
    found = {}
    with engine.connect() as conn:
        schemas = conn.execute(
            text("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'learner\\_%'")
        ).scalars()
        names = sorted(schemas)
    for schema in names:
        data = export_data(schema_engine(engine, schema))
        data.pop("exported_at")
        found[schema] = data
    engine.dispose()
    return found


def with_dump(source: str, target: str, folder: Path) -> tuple[float, int, float]:
    from pivotprep.core.db import make_engine
    from pivotprep.server.service import backup_database, restore_database

    path = folder / "cohort.dump"
    started = time.perf_counter()
    backup_database(make_engine(source), path)
    backed = time.perf_counter() - started
    started = time.perf_counter()
    restore_database(make_engine(target), path)
    return backed, path.stat().st_size, time.perf_counter() - started


def with_json(source: str, target: str, folder: Path) -> tuple[float, int, float]:
    """The baseline: the local export of each learner's schema, and its import."""
    from pivotprep.backup.service import export_to, import_from
    from pivotprep.core.db import make_engine, schema_engine
    from pivotprep.core.migrate import upgrade_schema
    from pivotprep.server.service import learner_schemas

    engine = make_engine(source)
    started = time.perf_counter()
    files = {}
    for schema in learner_schemas(engine):
        files[schema] = folder / f"{schema}.json"
        export_to(schema_engine(engine, schema), files[schema])
    backed = time.perf_counter() - started
    size = sum(p.stat().st_size for p in files.values())
    restored = make_engine(target)
    started = time.perf_counter()
    for schema, path in files.items():
        upgrade_schema(restored, schema)
        import_from(schema_engine(restored, schema), path)
    return backed, size, time.perf_counter() - started


def main(argv: list[str]) -> int:
    learners = 5 if "--quick" in argv else 40
    try:
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as error:  # noqa: BLE001 - any failure to connect means "no server"
        print(f"skipped: PostgreSQL is not reachable at {ADMIN_URL} ({type(error).__name__})")
        return 0
    if shutil.which("pg_dump") is None:
        print("skipped: pg_dump is not installed (postgresql-client)")
        return 0
    base = ADMIN_URL.rsplit("/", 1)[0]
    names = [scratch_database(admin, tag) for tag in ("source", "dump", "json")]
    try:
        with tempfile.TemporaryDirectory() as home:
            os.environ["PIVOTPREP_HOME"] = home
            source, by_dump, by_json = (f"{base}/{name}" for name in names)
            started = time.perf_counter()
            seed(source, learners)
            print(f"{learners} learners seeded in {time.perf_counter() - started:.1f} s")
            expected = snapshots(source)
            rows = sum(len(t["rows"]) for s in expected.values() for t in s["tables"].values())
            print(f"rows in learner schemas: {rows}")
            results = {
                "pg_dump/pg_restore (server backup)": with_dump(source, by_dump, Path(home)),
                "JSON export per learner (baseline)": with_json(source, by_json, Path(home)),
            }
            checks = {"server backup": by_dump, "baseline": by_json}
            exact = {label: snapshots(url) == expected for label, url in checks.items()}
    finally:
        for name in names:
            drop_database(admin, name)
    print(f"{'way':<38} {'backup s':>9} {'bytes':>12} {'restore s':>10}")
    for label, (backed, size, restored) in results.items():
        print(f"{label:<38} {backed:>9.2f} {size:>12,} {restored:>10.2f}")
    dump, baseline = results.values()
    print(f"backup: {baseline[0] / dump[0]:.1f}x faster than the baseline; "
          f"file {dump[1] / baseline[1]:.2f} of its size; "
          f"restore {baseline[2] / dump[2]:.1f}x faster")  # fmt: skip
    print(f"every learner's rows back exactly: {json.dumps(exact)}")
    return 0 if all(exact.values()) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
