"""`pivotprep export` and `pivotprep import`: a round trip through a file, and a broken or
missing file refused with exit 2 and nothing changed."""

from __future__ import annotations

import json


def test_cli_export_and_import(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("PIVOTPREP_TODAY", "2026-01-06")
    assert (
        cli("init", "--role", "data-analyst", "--sizes", "mid", "--start", "2026-01-05").exit_code
        == 0
    )
    assert cli("plan").exit_code == 0
    out = tmp_path / "all.json"
    result = cli("export", "-o", str(out))
    assert result.exit_code == 0 and "rows from" in result.output
    assert json.loads(out.read_text())["format"] == "pivotprep-backup"
    assert cli("init", "--role", "ml-engineer", "--sizes", "large").exit_code == 0
    result = cli("import", str(out), "--yes")
    assert result.exit_code == 0, result.output
    assert "data-analyst" in cli("profile").output
    broken = tmp_path / "broken.json"
    broken.write_text(out.read_text()[:100])
    result = cli("import", str(broken), "--yes")
    assert result.exit_code == 2 and "Nothing was changed" in result.output
    assert cli("import", str(tmp_path / "missing.json"), "--yes").exit_code == 2
