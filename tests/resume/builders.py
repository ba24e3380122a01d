"""Builders of real resume files for tests: PDF (fpdf2) and DOCX (python-docx), as bytes.

Every builder writes a genuine file an ATS parser would meet: one and two columns, skills
in a table, contact details only in the page header or footer, a text box, a scanned
(image-only) PDF, an encrypted PDF, a corrupt PDF, a zero-byte file and a DOCX zip bomb.
Import them from any test: `from tests.resume.builders import one_column_pdf`.

The resume text is one written example (a financial analyst moving into data analysis),
so tests can assert exactly what comes out.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field, replace
from functools import cache

NAME = "Maria Lopez"
HEADLINE = "Data Analyst | SQL, Python and Tableau"
EMAIL = "maria.lopez@example.com"
PHONE = "+44 20 7946 0958"
LINKEDIN = "linkedin.com/in/marialopez"
LOCATION = "London, UK"
CONTACT_LINE = f"{EMAIL} | {PHONE} | {LINKEDIN} | {LOCATION}"


@dataclass(frozen=True)
class Job:
    title: str
    organisation: str
    dates: str
    bullets: tuple[str, ...]


@dataclass(frozen=True)
class ResumeSpec:
    """The content of a resume, independent of the file format."""

    name: str = NAME
    headline: str = HEADLINE
    contact: str = CONTACT_LINE
    summary: str = (
        "Financial analyst with six years of forecasting and reporting experience, "
        "now building dashboards and data pipelines in SQL and Python."
    )
    experience_heading: str = "Professional Experience"
    jobs: tuple[Job, ...] = (
        Job(
            "Financial Analyst",
            "Northwind Bank",
            "Jan 2019 - Present",
            (
                "Built Excel models forecasting quarterly revenue for 12 branches",
                "Automated monthly reporting with SQL and Python, saving 20 hours a month",
                "Presented variance analysis to senior stakeholders",
            ),
        ),
        Job(
            "Junior Analyst",
            "Contoso Insurance",
            "03/2016 - 12/2018",
            (
                "Reconciled claims data across three systems",
                "Maintained Tableau dashboards for the claims team",
            ),
        ),
    )
    education: tuple[str, ...] = ("BSc Economics, University of Leeds, 2012-2015",)
    skills_heading: str = "Technical Skills"
    skills: tuple[str, ...] = (
        "SQL, Python (pandas), Tableau, Excel",
        "Statistics, A/B testing, forecasting",
    )
    projects: tuple[str, ...] = (
        "Churn dashboard: cleaned 50,000 customer records and built a Tableau dashboard",
    )
    certifications: tuple[str, ...] = ("Google Data Analytics Certificate, 2023",)


SPEC = ResumeSpec()


def _job_lines(job: Job) -> list[tuple[str, str]]:
    lines = [("job", f"{job.title}, {job.organisation}"), ("date", job.dates)]
    lines += [("bullet", b) for b in job.bullets]
    return lines


def resume_blocks(spec: ResumeSpec = SPEC, *, contact: bool = True) -> list[tuple[str, str]]:
    """The resume as (kind, text) blocks in reading order: name, headline, contact, sections."""
    blocks: list[tuple[str, str]] = [("name", spec.name), ("text", spec.headline)]
    if contact:
        blocks.append(("text", spec.contact))
    blocks += [("heading", "Summary"), ("text", spec.summary)]
    blocks.append(("heading", spec.experience_heading))
    for job in spec.jobs:
        blocks += _job_lines(job)
    blocks.append(("heading", "Education"))
    blocks += [("text", e) for e in spec.education]
    blocks.append(("heading", spec.skills_heading))
    blocks += [("text", s) for s in spec.skills]
    blocks.append(("heading", "Projects"))
    blocks += [("bullet", p) for p in spec.projects]
    blocks.append(("heading", "Certifications"))
    blocks += [("text", c) for c in spec.certifications]
    return blocks


def resume_text(spec: ResumeSpec = SPEC) -> str:
    """The resume as plain text, the way a person would type it in a .txt file."""
    out: list[str] = []
    for kind, text in resume_blocks(spec):
        if kind == "heading":
            out += ["", text.upper()]
        elif kind == "bullet":
            out.append(f"- {text}")
        elif kind == "job":
            out.append(text)
        elif kind == "date":
            out[-1] = f"{out[-1]} | {text}"
        else:
            out.append(text)
    return "\n".join(out) + "\n"


def resume_markdown(spec: ResumeSpec = SPEC) -> str:
    out: list[str] = []
    for kind, text in resume_blocks(spec):
        if kind == "name":
            out.append(f"# {text}")
        elif kind == "heading":
            out += ["", f"## {text}"]
        elif kind == "bullet":
            out.append(f"* {text}")
        elif kind == "job":
            out += ["", f"**{text}**"]
        elif kind == "date":
            out[-1] = f"{out[-1]} | {text}"
        else:
            out.append(text)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- PDF


def _pdf():  # type: ignore[no-untyped-def]
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.core_fonts_encoding = "cp1252"  # the bullet character is in Windows-1252
    pdf.set_margins(50, 50, 50)
    pdf.set_auto_page_break(True, margin=50)
    pdf.set_creator("pivotprep tests")
    return pdf


def _write_block(
    pdf, kind: str, text: str, width: float, x: float, family: str = "Helvetica"
) -> None:  # type: ignore[no-untyped-def]
    pdf.set_x(x)
    if kind == "name":
        pdf.set_font(family, "B", 20)
        pdf.multi_cell(width, 24, text, new_x="LEFT", new_y="NEXT")
    elif kind == "heading":
        pdf.ln(6)
        pdf.set_x(x)
        pdf.set_font(family, "B", 12)
        pdf.multi_cell(width, 16, text.upper(), new_x="LEFT", new_y="NEXT")
    elif kind == "bullet":
        pdf.set_font(family, "", 10)
        pdf.multi_cell(width, 13, f"\u2022 {text}", new_x="LEFT", new_y="NEXT")
    elif kind == "job":
        pdf.set_font(family, "B", 10)
        pdf.multi_cell(width, 13, text, new_x="LEFT", new_y="NEXT")
    else:
        pdf.set_font(family, "", 10)
        pdf.multi_cell(width, 13, text, new_x="LEFT", new_y="NEXT")


@cache
def one_column_pdf(spec: ResumeSpec = SPEC, *, pages: int = 1) -> bytes:
    """A plain one-column text PDF; `pages` > 1 repeats the experience to fill more pages.

    Builders are cached (they return immutable bytes), so tests may call them freely.
    """
    pdf = _pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        _write_block(pdf, kind, text, width, pdf.l_margin)
    while pdf.page < pages:
        for job in spec.jobs:
            for kind, text in _job_lines(job):
                _write_block(pdf, kind, text, width, pdf.l_margin)
    return bytes(pdf.output())


@cache
def two_column_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """Name and headline across the top, then a left sidebar (contact, education, skills,
    certifications) and a right main column (summary, experience, projects).

    The text is written row by row across both columns, as design tools and table-based
    templates do, so a reader that follows the file order mixes the columns line by line.
    """
    pdf = _pdf()
    pdf.add_page()
    left_x, left_w = 50.0, 170.0
    right_x = 250.0
    right_w = pdf.w - pdf.r_margin - right_x
    full_w = pdf.w - pdf.l_margin - pdf.r_margin
    _write_block(pdf, "name", spec.name, full_w, left_x)
    _write_block(pdf, "text", spec.headline, full_w, left_x)
    top = pdf.get_y() + 10
    sidebar: list[tuple[str, str]] = [("heading", "Contact")]
    sidebar += [("text", part.strip()) for part in spec.contact.split("|")]
    main: list[tuple[str, str]] = []
    current = main
    for kind, text in resume_blocks(spec, contact=False)[2:]:
        if kind == "heading":
            sidebar_heading = text in ("Education", spec.skills_heading, "Certifications")
            current = sidebar if sidebar_heading else main
        current.append((kind, text))
    placed: list[tuple[float, float, str, float, str]] = []  # y, x, style, size, text
    for blocks, x, width in ((sidebar, left_x, left_w), (main, right_x, right_w)):
        y = top
        for kind, text in blocks:
            style, size, height = {
                "heading": ("B", 12, 16),
                "job": ("B", 10, 13),
            }.get(kind, ("", 10, 13))
            if kind == "heading":
                y += 6
                text = text.upper()
            if kind == "bullet":
                text = f"\u2022 {text}"
            pdf.set_font("Helvetica", style, size)
            for line in pdf.multi_cell(width, height, text, dry_run=True, output="LINES"):
                y += height
                # dry-run lines come back in the core font's byte encoding
                placed.append((y, x, style, size, line.encode("latin-1").decode("cp1252")))
    for y, x, style, size, text in sorted(placed):
        pdf.set_font("Helvetica", style, size)
        pdf.text(x, y, text)
    return bytes(pdf.output())


@cache
def tab_dates_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """One column, with each job's dates on the title line at a tab stop (x = 420 pt):
    a common second left edge that is not a second column."""
    pdf = _pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        if kind == "date":
            continue
        if kind == "job":
            job = next(j for j in spec.jobs if text == f"{j.title}, {j.organisation}")
            pdf.set_font("Helvetica", "B", 10)
            y = pdf.get_y()
            pdf.cell(300, 13, text)
            pdf.set_xy(420, y)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(width - 370, 13, job.dates, new_x="LMARGIN", new_y="NEXT")
            continue
        _write_block(pdf, kind, text, width, pdf.l_margin)
    return bytes(pdf.output())


DEJAVU = "/usr/share/fonts/truetype/dejavu"  # Debian's fonts-dejavu-core


def has_unicode_font() -> bool:
    from pathlib import Path

    return Path(DEJAVU, "DejaVuSans.ttf").is_file()


UNICODE_SPEC = ResumeSpec(
    name="María López",
    headline="Data Analyst – SQL, Python and Tableau",
    jobs=(
        Job(
            "Financial Analyst",
            "Banco Señor",
            "Jan 2019 – Present",
            ("Built Excel models forecasting quarterly revenue (€2M) for 12 branches",),
        ),
        Job("Junior Analyst", "Société Générale", "03/2016 – 12/2018", ("Reconciled claims",)),
    ),
)


@cache
def unicode_pdf(spec: ResumeSpec = UNICODE_SPEC) -> bytes:
    """Text in an embedded TrueType font (Identity-H with a ToUnicode map), as Word and
    Google Docs export: accents, en dashes and the euro sign must survive."""
    pdf = _pdf()
    pdf.add_font("DejaVu", "", f"{DEJAVU}/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", f"{DEJAVU}/DejaVuSans-Bold.ttf")
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        _write_block(pdf, kind, text, width, pdf.l_margin, family="DejaVu")
    return bytes(pdf.output())


LINKEDIN_URL = "https://www.linkedin.com/in/marialopez"
LINKED_CONTACT = f"{EMAIL} | {PHONE} | LinkedIn | {LOCATION}"


@cache
def hidden_link_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """The contact line says "LinkedIn"; the address is only in a link annotation over it."""
    pdf = _pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(replace(spec, contact=LINKED_CONTACT)):
        if text == LINKED_CONTACT:
            pdf.set_font("Helvetica", "", 10)
            y = pdf.get_y()
            before = pdf.get_string_width(f"{EMAIL} | {PHONE} | ")
            pdf.link(pdf.l_margin + before, y, pdf.get_string_width("LinkedIn"), 13, LINKEDIN_URL)
        _write_block(pdf, kind, text, width, pdf.l_margin)
    return bytes(pdf.output())


@cache
def hidden_link_docx(spec: ResumeSpec = SPEC) -> bytes:
    """The same, in Word: a hyperlink run reading "LinkedIn"."""
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc = _docx_document()
    for kind, text in resume_blocks(replace(spec, contact=LINKED_CONTACT)):
        if text != LINKED_CONTACT:
            _docx_add(doc, kind, text)
            continue
        paragraph = doc.add_paragraph(f"{EMAIL} | {PHONE} | ")
        rel_id = doc.part.relate_to(LINKEDIN_URL, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel_id)
        run = OxmlElement("w:r")
        run_text = OxmlElement("w:t")
        run_text.text = "LinkedIn"
        run.append(run_text)
        link.append(run)
        paragraph._p.append(link)
        paragraph.add_run(f" | {LOCATION}")
    return _docx_bytes(doc)


@cache
def many_pages_pdf(pages: int, spec: ResumeSpec = SPEC) -> bytes:
    """The one-column resume followed by short pages of one line each, up to `pages`."""
    pdf = _pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        _write_block(pdf, kind, text, width, pdf.l_margin)
    pdf.set_font("Helvetica", "", 10)
    while pdf.page < pages:
        pdf.add_page()
        pdf.set_y(300)
        pdf.cell(0, 13, f"Additional project notes, part {pdf.page}")
    return bytes(pdf.output())


@cache
def table_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """One column, but the skills are laid out in a ruled two-column table."""
    pdf = _pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        if kind == "heading" and text == spec.skills_heading:
            _write_block(pdf, kind, text, width, pdf.l_margin)
            pdf.set_font("Helvetica", "", 10)
            with pdf.table(col_widths=(120, width - 120), line_height=14) as table:
                for row in (("Languages", "SQL, Python"), ("Tools", "Tableau, Excel")):
                    cells = table.row()
                    for cell in row:
                        cells.cell(cell)
            continue
        if kind == "text" and text in spec.skills:
            continue
        _write_block(pdf, kind, text, width, pdf.l_margin)
    return bytes(pdf.output())


@cache
def header_contact_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """Two pages; the contact line is printed only in the top margin of every page and a
    page number in the bottom margin, as a word processor's header and footer would."""
    from fpdf import FPDF

    class WithHeader(FPDF):
        def header(self) -> None:
            self.set_y(18)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, spec.contact, align="C")
            self.set_y(self.t_margin)

        def footer(self) -> None:
            self.set_y(-28)
            self.set_font("Helvetica", "", 8)
            self.cell(0, 10, f"Page {self.page_no()}", align="C")

    pdf = WithHeader(format="A4", unit="pt")
    pdf.core_fonts_encoding = "cp1252"
    pdf.set_margins(50, 60, 50)
    pdf.set_auto_page_break(True, margin=60)
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec, contact=False):
        _write_block(pdf, kind, text, width, pdf.l_margin)
    pdf.add_page()
    for job in spec.jobs:
        for kind, text in _job_lines(job):
            _write_block(pdf, kind, text, width, pdf.l_margin)
    return bytes(pdf.output())


def _scan_png(spec: ResumeSpec) -> bytes:
    from PIL import Image, ImageDraw

    image = Image.new("L", (600, 800), 255)
    draw = ImageDraw.Draw(image)
    y = 30
    for _kind, text in resume_blocks(spec):
        draw.text((30, y), text[:90], fill=0)
        y += 16
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@cache
def image_only_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """A 'scanned' resume: the page is one picture of text, with no text layer."""
    pdf = _pdf()
    pdf.add_page()
    pdf.image(io.BytesIO(_scan_png(spec)), x=20, y=20, w=pdf.w - 40)
    return bytes(pdf.output())


@cache
def text_then_scan_pdf(spec: ResumeSpec = SPEC) -> bytes:
    """Page 1 is real text; page 2 is a scanned picture (a certificate, a second page)."""
    pdf = _pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        _write_block(pdf, kind, text, width, pdf.l_margin)
    pdf.add_page()
    pdf.image(io.BytesIO(_scan_png(spec)), x=20, y=20, w=pdf.w - 40)
    return bytes(pdf.output())


@cache
def encrypted_pdf(
    spec: ResumeSpec = SPEC, *, user_password: str | None = "secret", method: str = "RC4"
) -> bytes:
    """Password-protected. With `user_password=None` anyone may open it (owner password only).
    `method`: "RC4" (old Acrobat), "AES_128" or "AES_256" (current exports)."""
    from fpdf.enums import EncryptionMethod

    pdf = _pdf()
    pdf.set_encryption(
        owner_password="owner-pw",
        user_password=user_password,
        encryption_method=EncryptionMethod[method],
    )
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, text in resume_blocks(spec):
        _write_block(pdf, kind, text, width, pdf.l_margin)
    return bytes(pdf.output())


@cache
def corrupt_pdf() -> bytes:
    """Starts like a PDF, then the file is cut short and garbled."""
    good = one_column_pdf()
    return good[:400] + b"\x00garbage\xff" * 20


def zero_byte() -> bytes:
    return b""


# ---------------------------------------------------------------- DOCX


def _docx_document():  # type: ignore[no-untyped-def]
    from docx import Document

    return Document()


def _docx_add(doc, kind: str, text: str) -> None:  # type: ignore[no-untyped-def]
    if kind == "name":
        doc.add_paragraph(text, style="Title")
    elif kind == "heading":
        doc.add_heading(text, level=1)
    elif kind == "bullet":
        doc.add_paragraph(text, style="List Bullet")
    elif kind == "job":
        paragraph = doc.add_paragraph()
        paragraph.add_run(text).bold = True
    else:
        doc.add_paragraph(text)


def _docx_bytes(doc) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


@cache
def one_column_docx(spec: ResumeSpec = SPEC) -> bytes:
    doc = _docx_document()
    for kind, text in resume_blocks(spec):
        _docx_add(doc, kind, text)
    return _docx_bytes(doc)


@cache
def table_docx(spec: ResumeSpec = SPEC) -> bytes:
    """Experience laid out as a table: dates in the left cell, the job in the right."""
    doc = _docx_document()
    blocks = resume_blocks(spec)
    for kind, text in blocks:
        if kind in ("job", "date") or (kind == "bullet" and text not in spec.projects):
            continue
        _docx_add(doc, kind, text)
        if kind == "heading" and text == spec.experience_heading:
            table = doc.add_table(rows=0, cols=2)
            for job in spec.jobs:
                row = table.add_row().cells
                row[0].text = job.dates
                row[1].text = f"{job.title}, {job.organisation}"
                for bullet in job.bullets:
                    row[1].add_paragraph(bullet, style="List Bullet")
    return _docx_bytes(doc)


@cache
def header_contact_docx(spec: ResumeSpec = SPEC, *, where: str = "header") -> bytes:
    """The contact line lives only in the page header (or footer): many ATS never read it."""
    doc = _docx_document()
    part = doc.sections[0].header if where == "header" else doc.sections[0].footer
    part.is_linked_to_previous = False
    part.paragraphs[0].text = spec.contact
    for kind, text in resume_blocks(spec, contact=False):
        _docx_add(doc, kind, text)
    return _docx_bytes(doc)


@cache
def two_column_docx(spec: ResumeSpec = SPEC) -> bytes:
    """A Word section set to two newspaper columns (w:cols w:num="2")."""
    from docx.oxml.ns import qn

    doc = _docx_document()
    for kind, text in resume_blocks(spec):
        _docx_add(doc, kind, text)
    sect_pr = doc.sections[0]._sectPr
    cols = sect_pr.find(qn("w:cols"))
    if cols is None:
        cols = sect_pr.makeelement(qn("w:cols"), {})
        sect_pr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "720")
    return _docx_bytes(doc)


TEXT_BOX_TEXT = "Skills: Kubernetes, Terraform"


@cache
def text_box_docx(spec: ResumeSpec = SPEC, *, box_text: str = TEXT_BOX_TEXT) -> bytes:
    """A resume with a floating text box (DrawingML wps:txbx, as Word writes it)."""
    from docx.oxml import parse_xml

    doc = _docx_document()
    for kind, text in resume_blocks(spec):
        _docx_add(doc, kind, text)
    xml = (
        '<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<w:r><w:drawing><wp:anchor><wp:extent cx="2000000" cy="600000"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
        'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>'
        f"<w:p><w:r><w:t>{box_text}</w:t></w:r></w:p>"
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:anchor></w:drawing></w:r></w:p>"
    )
    doc.element.body.insert(len(doc.element.body) - 1, parse_xml(xml))
    return _docx_bytes(doc)


@cache
def image_docx(spec: ResumeSpec = SPEC) -> bytes:
    """A resume with a picture (a logo or a photo) in the body."""
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 40), (30, 90, 160)).save(buffer, format="PNG")
    doc = _docx_document()
    for kind, text in resume_blocks(spec):
        _docx_add(doc, kind, text)
        if kind == "name":
            doc.add_picture(io.BytesIO(buffer.getvalue()))
    return _docx_bytes(doc)


@dataclass
class BombSpec:
    uncompressed_bytes: int = 60 * 1024 * 1024
    entries: list[str] = field(default_factory=lambda: ["word/media/padding.xml"])


def docx_zip_bomb(spec: BombSpec | None = None) -> bytes:
    """A real DOCX with an extra part of zeros that inflates about 1000:1.

    About 60 KB on disk and 60 MB declared when unpacked: a reader that checks the zip's
    declared sizes refuses it before inflating anything.
    """
    spec = spec or BombSpec()
    good = one_column_docx()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        chunk = b"\0" * (1024 * 1024)
        for name in spec.entries:
            with dst.open(name, "w", force_zip64=True) as handle:
                left = spec.uncompressed_bytes
                while left > 0:
                    handle.write(chunk[: min(left, len(chunk))])
                    left -= len(chunk)
    return out.getvalue()


@cache
def docx_with_entity_bomb(padding: int = 0) -> bytes:
    """A DOCX whose document.xml declares nested entities (billion laughs), after `padding`
    bytes of XML comment (a prolog padded to hide the declaration from a quick look)."""
    good = one_column_docx()
    bomb = (
        b'<?xml version="1.0"?>'
        + b"<!--"
        + b"x" * padding
        + b"-->"
        + b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
        b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(good)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
        for info in src.infolist():
            data = bomb if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info, data)
    return out.getvalue()
