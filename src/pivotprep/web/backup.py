"""Your data: download everything as one file, or restore from one (the web side of
`pivotprep export` / `pivotprep import`)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from pivotprep.backup.service import MAX_IMPORT_BYTES, export_data, import_data, validate
from pivotprep.core.clock import today
from pivotprep.core.errors import ImportFormatError, InputTooLargeError, UserError
from pivotprep.core.settings import get_settings
from pivotprep.web.render import render

router = APIRouter()


def _page(request: Request, *, error: str = "", message: str = "", status: int = 200):  # type: ignore[no-untyped-def]
    return render(
        request,
        "backup/index.html",
        {
            "error": error,
            "message": message,
            "limit_mb": MAX_IMPORT_BYTES // 2**20,
            "workspace": get_settings().workspace,
        },
        status_code=status,
    )


@router.get("/data", response_class=HTMLResponse)
def data_page(request: Request) -> HTMLResponse:
    return _page(request)


@router.get("/data/export.json")
def data_export(request: Request) -> Response:
    body = json.dumps(export_data(request.app.state.engine), ensure_ascii=False, indent=1)
    name = f"pivotprep-export-{today().isoformat()}.json"
    return Response(
        body.encode("utf-8") + b"\n",
        media_type="application/json",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@router.post("/data/import", response_class=HTMLResponse)
async def data_import(request: Request, file: UploadFile | None = None) -> HTMLResponse:
    try:
        if file is None or not file.filename:
            raise ImportFormatError("Choose a file written by pivotprep's export.")
        raw = await file.read(MAX_IMPORT_BYTES + 1)
        if len(raw) > MAX_IMPORT_BYTES:
            raise InputTooLargeError(
                f"The file is larger than {MAX_IMPORT_BYTES // 2**20} MB; an export never is."
            )
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise ImportFormatError(
                "This file is not a complete pivotprep export (it is corrupt or truncated). "
                "Nothing was changed."
            ) from None
        validate(data)
        counts = import_data(request.app.state.engine, data)
    except UserError as error:
        return _page(request, error=error.message, status=422)
    return _page(
        request, message=f"Restored {sum(counts.values())} rows into {len(counts)} tables."
    )
