"""What the ATS scan returns: keywords with their evidence, part scores, the report.

`Keyword.alternatives` is set for a one-of group ("AWS or GCP", see alternatives.py):
the group is one keyword, matched by any member (`matched_by` names which).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

RULE_OF_THUMB = 80
# How the CLI and the web both explain the 80% line ("80% is ..."): one sentence, one place.
RULE_OF_THUMB_NOTE = "a common rule of thumb (Jobscan's) for passing a keyword filter, not a law."
PART_WEIGHTS = {
    "hard_skills": 50,
    "soft_skills": 15,
    "job_title": 15,
    "education": 10,
    "other_keywords": 10,
}
PART_LABELS = {
    "hard_skills": "Hard skills",
    "soft_skills": "Soft skills",
    "job_title": "Job title",
    "education": "Education",
    "other_keywords": "Other keywords",
}
# A keyword's kind in the rate, times its job part's SECTION_WEIGHTS (scoring.keyword_rate).
# A keyword's weight in the rate by kind. Hard skills dominate: they are what a keyword
# filter screens and what a resume can show line by line; a soft skill is rarely written
# literally (it is shown by actions), and other keywords are context. Chosen on the tune
# half of bench/data/ats, where the rate followed labelled hard-skill coverage more closely
# as these two fell (Pearson 0.78 at 0.2/0.1, 0.80 at 0.1/0.05); kept above zero so a
# posting without hard skills still has a rate.
KIND_WEIGHTS = {"hard_skills": 1.0, "soft_skills": 0.1, "other_keywords": 0.05}
SECTION_WEIGHTS = {"required": 3.0, "responsibilities": 3.0, "preferred": 1.0}
JOB_PARTS = ("required", "preferred", "responsibilities", "about", "other")
# The parts a job screens on: what it asks for and what its duties name ("Write SQL against
# our Snowflake warehouse"). Weighted alike in the rate, so reported and triaged alike.
CORE_PARTS = ("required", "responsibilities")


@dataclass
class Evidence:
    """Where a keyword came from in the job, and which resume lines matched it."""

    job_sentences: list[dict[str, Any]] = field(default_factory=list)  # {index, text, part}
    resume_lines: list[dict[str, Any]] = field(default_factory=list)  # {number, text, matched}


@dataclass
class Keyword:
    name: str  # canonical skill name, or the word itself for repeated job words
    kind: str  # hard_skills | soft_skills | other_keywords
    category: str  # taxonomy category ("word" for repeated job words)
    part: str  # strongest job part it appears in: required | responsibilities | preferred | ...
    weight: float
    job_count: int
    resume_count: int
    matched: bool
    exact: bool  # resume writes it like the job (ignoring case); False for a variant
    job_forms: list[str]
    resume_forms: list[str]
    evidence: Evidence
    hot: bool = False  # O*NET Hot Technology
    job_spans: list[tuple[int, int]] = field(default_factory=list)  # in JobText.text
    alternatives: list[str] = field(default_factory=list)  # a one-of group's skills, else []
    matched_by: list[str] = field(default_factory=list)  # the group members the resume names
    # Named only inside a DOCX text box: not a match, since many ATS skip text boxes.
    only_in_text_box: bool = False


@dataclass
class PartScore:
    name: str
    label: str
    weight: int
    score: float  # 0..1
    matched: float
    total: float
    detail: str
    in_rate: bool = True  # False: a check shown beside the rate (job title, education)


@dataclass
class MatchReport:
    rate: float  # 0..100: share of the job's keywords found, variants included
    parts: list[PartScore]
    keywords: list[Keyword]
    title: dict[str, Any]  # title_education.title_part
    education: dict[str, Any]  # title_education.education_part
    rule_of_thumb: int = RULE_OF_THUMB
    exact_rate: float = 0.0  # the same share, counting only the job's exact forms

    @property
    def missing(self) -> list[Keyword]:
        return [k for k in self.keywords if not k.matched]

    @property
    def matched(self) -> list[Keyword]:
        return [k for k in self.keywords if k.matched]

    def part(self, name: str) -> PartScore | None:
        return next((p for p in self.parts if p.name == name), None)

    def required_matched(self) -> list[str]:
        return [k.name for k in self.keywords if k.matched and k.part == "required"]

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
