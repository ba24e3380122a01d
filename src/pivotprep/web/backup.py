"""Your data: download everything as one file, or restore from one (the web side of
`pivotprep export` / `pivotprep import`)."""

from __future__ import annotations

import json

from fastapi import APIRouter, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from pivotprep.backup.service import (
    MAX_IMPORT_BYTES,
    export_data,
    export_file_name,
    import_upload,
)
from pivotprep.core.clock import today
from pivotprep.core.errors import ImportFormatError, UserError
from pivotprep.core.settings import get_settings
from pivotprep.web.deps import request_engine
from pivotprep.web.errors import status_for
from pivotprep.web.render import render

router = APIRouter()


def _page(
    request: Request, *, error: str = "", message: str = "", status: int = 200
) -> HTMLResponse:
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
    body = json.dumps(export_data(request_engine(request)), ensure_ascii=False, indent=1)
    name = export_file_name(today())
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
        raw = await file.read(MAX_IMPORT_BYTES + 1)  # one byte more: too large is refused
        counts = import_upload(request_engine(request), file.filename, raw)
    except UserError as error:
        return _page(request, error=error.message, status=status_for(error))
    return _page(
        request, message=f"Restored {sum(counts.values())} rows into {len(counts)} tables."
    )
