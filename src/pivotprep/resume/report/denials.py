"""Resume words that deny or limit a skill, so they are never evidence of it. Pure.

"Limited experience with ETL", "No exposure to Kubernetes", "Python: learning", "Learning
basic JavaScript", "SQL: basic
SELECT queries only", "Looker (viewer)", "TypeScript (some)", "Java only from a university
course": the skill is
named, but the line says the candidate does not have it (or only looked at it). A recruiter
would not credit it, and neither does the scan: `denied_spans` gives the character spans of
a line that no match may come from.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from pivotprep.resume.matching.next_match import NextMatch

__all__ = ["Spans", "denied_spans", "limited_spans"]

# A cue that denies what follows it, to the end of its clause.
_DENIES_NEXT = re.compile(
    r"\b(?:limited|little|minimal|no|without)\s+(?:prior\s+|professional\s+|hands-on\s+|real\s+)?"
    r"(?:experience|exposure|knowledge|background)\b"
    r"|\bnot\s+(?:yet\s+)?(?:used|worked\s+with|experienced\s+(?:in|with))\b"
    r"|\bnever\s+(?:used|worked|written|coded|programmed)\b|\b(?:currently|still)\s+learning\b"
    # "Never restored a database from backup", "Have never deployed to Kubernetes": an act of
    # using a skill, never done ("Never missed an SLA" is a result, and keeps its line)
    r"|\bnever\s+(?:actually\s+|personally\s+)?(?:deployed|built|restored|configured|"
    r"administered|implemented|trained|set\s+up|maintained|touched|wrote|developed|"
    r"designed|tested|installed|operated|produced|shipped|migrated|queried|created|automated|"
    r"tuned|optimi[sz]ed|analy[sz]ed|modell?ed|scripted|practi[sc]ed|applied)\b"
    # "Ruby: have read Rails logs": reading what others wrote is not using it; "have read
    # and applied the style guide" went on to use it
    r"|\b(?:have|has)\s+(?:only\s+)?read\b(?!\s+(?:and|&)\s)"
    r"|\bbeginner(?:-level)?\s+(?:in|with)\b|\bno\s+(?:cloud|production)\b"
    # A line that starts with "Learning" reports study in progress ("Learning HTML and
    # basic JavaScript"), unless it names a field that starts with the word.
    r"|^\W*learning\s+(?!management|analytics|and\b|&|experience|design|platform|path)"
    # Watching others do it: "Shadowed the data team's dbt work", "Watched a colleague set
    # up the DAGs", "Sat in on sprint planning" ("Observed a 20% uplift" is a result)
    r"|\b(?:shadow(?:ed|ing)|sat\s+in\s+on)\b"
    r"|\b(?:watch(?:ed|ing)|observ(?:ed|ing))\s+(?:(?:a|an|the|our|my|their|other)\s+)?"
    r"(?:[\w'.-]+\s+){0,2}?(?:colleagues?|seniors?|engineers?|developers?|analysts?|"
    r"scientists?|teams?|teammates?|mentors?|others|someone|demos?|videos?|webinars?|talks?)\b"
    # not what they achieved: "Observed team velocity rise", "the team's costs fall"
    r"(?!['\u2019]|\s+(?:velocity|costs?|spend|metrics|numbers|performance|output|growth)\b)"
    # A course, workshop or talk about it, attended or enrolled in, is no use of it: "Attended
    # a Snowflake webinar", "Completed an online course in SQL", "Enrolled in a Python
    # bootcamp" ("Completed the migration to PostgreSQL" is work done)
    r"|\b(?:attended|enrolled\s+in|completed|took|finished|joined|signed\s+up\s+for|"
    # (each word ends at one space run or hyphen, so a rule of dashes is not split every way)
    r"registered\s+for)\s+(?:(?:a|an|one|two|the|\d+)(?:\s+|-))?(?:[\w']+(?:\s+|-)){0,3}?"
    r"(?:courses?|workshops?|webinars?|bootcamps?|tutorials?|class(?:es)?|moocs?|"
    r"lunch-and-learns?|talks?|lectures?|seminars?)\b(?!-)"
    # Study and plans, not use: "Learned about Docker", "Heard of dbt", "Read about A/B
    # testing", "Currently studying for the AWS exam", "Would like to learn Terraform",
    # "Hoping to move into MLOps", "Interested in machine learning", "Some dabbling in JS"
    r"|\b(?:learn(?:ed|t)\s+about|heard\s+(?:of|about)|read\s+about|dabbl(?:ed|ing|e)\s+"
    r"(?:in|with)|(?:basic\s+)?awareness\s+of|interested\s+in|studying\s+(?:for|towards?))\b"
    r"|\b(?:would\s+like|hoping|hope|planning|plan|keen|eager|want(?:ing)?|aim(?:ing)?)"
    r"\s+to\s+(?:learn|move|get|pick|transition|grow|study|try|explore|break)\b"
    # "Go: reading The Go Programming Language": what is read or watched is not used either
    r"|:\s*(?:reading|watched|observed|shadowed|viewed)\b(?!\s+(?:and|&)\s)"
    # "Self-study: PyTorch tutorials", "Limited SQL (simple SELECTs)"
    # ("Limited AWS spend by 30%" and "Minimal-downtime migration" are results, not limits)
    r"|^\W*(?:self[- ]study(?:ing)?\s*:?|(?:limited|minimal)\b(?!-)"
    r"(?=\s+[\w.+#/]+(?:\s+[\w.+#/]+)?\s*(?:$|[(,;:.])))",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[.;:!?]|(?<!\s)\s+but\b|,\s+(?:and\s+)?(?:but|though|although)\b", re.I)
# A qualifier after the skill that limits it to looking or the basics: "SQL: basic SELECT
# queries only", "Python: basic (one online course)", "Kubernetes: none yet", "Terraform:
# read-only familiarity", "TensorFlow: used once in a course", "PyTorch (two courses, no
# production models)", "Looker (viewer)".
_LIMITS_PREVIOUS = re.compile(
    # "basic ... only" within a short reach: an unbounded one read every "Python: basic, "
    # of a long line to its end (6,000 of them took a minute)
    r":\s*(?:learning|beginner|basics?\b[^.;]{0,60}?\bonly)\b"
    r"|:\s*(?:basics?|beginner|novice|elementary)(?=\s*(?:$|[(.;,]|level\b|knowledge\b))"
    r"|:\s*(?:(?:have|has)\s+(?:only\s+)?read(?!\s+(?:and|&)\s)|none|nothing|not\s+yet|read-only|view-only|viewer|"
    r"awareness|"
    r"(?:some\s+)?(?:familiarity|exposure))\b"
    # "used once", not "used twice a week" (how often)
    r"|:\s*(?:used|tried)\s+(?:it\s+)?(?:once|twice|briefly)\b(?!\s+(?:a|an|per|every|each)\b)"
    # "Deep learning: not used", "Kafka: never used", "Kubernetes: limited to reading the
    # platform team's manifests"
    r"|:\s*(?:not\s+(?:yet\s+)?|never\s+)used\b"
    r"|:\s*limited\s+to\s+(?:reading|viewing|looking|watching|observing)\b"
    # "Gene annotation: checked other people's annotation files, never produced one"
    r"|:\s*(?:only\s+)?(?:checked|read|looked\s+at)\s+(?:other\s+people's|others'|"
    r"someone\s+else's)"
    # "Differential privacy: know the idea, never implemented it"
    r"|:\s*(?:only\s+)?(?:know|knows|understand|understands)\s+(?:the\s+)?(?:idea|concept|theory)\b"
    # "TensorFlow: used in a course only", not "used in a course I taught"
    r"|:\s*(?:used|tried|seen)\s+(?:it\s+)?(?:only\s+)?in\s+(?:a|an|one|my)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:course|class|tutorial|bootcamp|module|workshop)s?\b"
    r"(?![^.;]{0,40}\b(?:taught|ran|gave|designed|led|delivered)\b)"
    # "Python: reads scripts written by others", "dbt: only read the models"
    r"|:\s*only\s+reads?\b"
    r"|:\s*reads?\s[^.;:]{0,60}?\b(?:written|made|built)\s+by\s+(?:others|colleagues|someone)\b"
    # "Python: completed an introductory online course, not used at work", "Python:
    # introductory course, not yet used"
    r"|:\s*(?:(?:completed|took|did|finished|followed)\s+)?"
    r"(?:(?:an?|one|two|some)\s+(?:introductory\s+|intro\s+|online\s+|short\s+|free\s+|"
    r"beginners?'?\s+)*|(?:introductory\s+|intro\s+|online\s+|short\s+|free\s+|beginners?'?\s+)+)"
    r"(?:courses?|class(?:es)?|tutorials?|moocs?)\b(?=\s*(?:$|[,.;(]|only\b|so far\b))"
    # (?<!\s): a run of spaces is read once, not again from each of its spaces
    r"|(?<!\s)\s*\(\s*(?:one|two|three|a|an|\d)\s+(?:short\s+|online\s+|intro(?:ductory)?\s+)*"
    r"(?:courses?|class(?:es)?|tutorials?|moocs?)\b[^()]{0,60}\)"
    r"|(?<!\s)\s+only\s+(?:from|through|via|in)\s+(?:a|an|one|my)\s+(?:[\w-]+\s+){0,3}"
    r"(?:course|class|module|tutorial|bootcamp)\b"
    r"|(?<!\s)\s*\((?:viewer|read-only|view only|basics?|beginner|learning|some|limited|familiar|"
    r"familiarity|exposure|novice|elementary|studying|in progress|coursework only)\)"
    # "Kafka (theory only)", "Tableau (watched demos)"
    r"|(?<!\s)\s*\(\s*(?:(?:theory|reading|tutorials?|coursework|demos?|videos?|courses?|"
    r"training)\s+only|(?:watched|viewed|observed|read\s+about|heard\s+of)\b[^()]{0,40})\)"
    # "TensorFlow: never", "Python: no", "Java: a little, years ago", "Docker: tutorials
    # only", "Tableau: viewed dashboards others built", "Airflow: watched a colleague",
    # "Power BI: can open and filter reports", "Go: reading the book", "Docker - not yet"
    r"|(?::|\s[-\u2013\u2014])\s*(?:never|no(?=\s*(?:$|[,.;(]))|not\s+yet|none|"
    r"(?:(?:a|very)\s+)?little\b|a\s+bit\b|"
    r"(?:watched|observed|shadowed|viewed|heard\s+of|read\s+about)\b|"
    r"(?:read|reading)\b(?!\s+(?:and|&)\s)|"
    r"can\s+(?:open|view|read|run|follow)\b|"
    r"(?:[\w'-]+\s+){0,2}?(?:tutorials?|courses?|theory|reading|demos?|videos?|coursework)"
    r"\s+only\b)"
    # "Linux: only as a user of the lab machines", "testing their reports as a user"
    r"|(?::\s*|(?<!\s)\s+)(?:only\s+)?as\s+an?\s+(?:end[- ])?user\b(?!-)",
    re.IGNORECASE,
)
# A dash qualifier ("Docker - not yet") limits a short label only, as a colon's does.
_DASHES = "-\u2013\u2014"
# A clause that opens with what was done ("Wrote Airflow DAGs - can run 500 tasks") is no label.
_ACTION_START = re.compile(
    r"\W*(?:\w+ed|(?:re)?wrote|(?:re)?built|ran|led|made|drove|set|kept|took|gave|grew|won|"
    r"cut|shipped|taught|brought|held|began|found|sold)\b",
    re.IGNORECASE,
)


_LABEL_WORDS = re.compile(r"\s*\S+(?:\s+\S+){0,2}\s*")


def _dash_label(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the words before a dash qualifier, are a skill's label: at
    most three words, not an act ("Apache Spark - not yet", not "Rebuilt the Kafka pipeline
    - never missed"). Read in place: a long clause of many dashes is not copied per dash."""
    return bool(_LABEL_WORDS.fullmatch(text, start, end)) and not _ACTION_START.match(
        text, start, end
    )


# (?<!\s): a run of spaces is read once, not again from each of its spaces
_CLAUSE_START = re.compile(r"[.;:!?,(]\s*|(?<!\s)\s+(?:and|but)\s+", re.IGNORECASE)


class _Matches(NextMatch):
    """A pattern's matches in a line, found once: a line of many cues asks about the
    stretch after (`after`) or before each one without searching the line again for each
    (a line of 7,000 "no experience" took 7 s)."""

    def __init__(self, pattern: re.Pattern[str], text: str) -> None:
        super().__init__(pattern, text)
        self._found: list[re.Match[str]] | None = None
        self._starts: list[int] = []

    def last_before(self, point: int, count: int) -> list[re.Match[str]]:
        """The last `count` matches of `pattern.finditer(text, 0, point)`, in order. A
        match running past `point` is matched again, stopping there."""
        if self._found is None:
            self._found = list(self._pattern.finditer(self._text))
            self._starts = [m.start() for m in self._found]
        at = bisect_left(self._starts, point)
        out: list[re.Match[str]] = []
        while at > 0 and len(out) < count:
            at -= 1
            found: re.Match[str] | None = self._found[at]
            if found is not None and found.end() > point:
                found = self._pattern.match(self._text, found.start(), point)
            if found is not None:
                out.append(found)
        return out[::-1]


def denied_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a resume line that deny or limit the skills named in them."""
    spans: list[tuple[int, int]] = []
    ends = _Matches(_CLAUSE_END, text)
    for cue in _DENIES_NEXT.finditer(text):
        spans.append((cue.start(), ends.after(cue.end())))
    starts = _Matches(_CLAUSE_START, text)
    for limit in _LIMITS_PREVIOUS.finditer(text):
        before = starts.last_before(limit.start(), 1)
        start = before[-1].end() if before else 0
        # "Taught statistics and Python (two courses per term)": the teller taught it (the
        # verb may open the list the skill ends, before the clause start)
        if _TAUGHT_BEFORE.search(text, max(0, limit.start() - 80), limit.start()):
            continue
        if limit.group().lstrip().startswith("(") and _TAUGHT_INSIDE.search(limit.group()):
            continue  # "Python (a course I designed and taught)": a course given, not taken
        if limit.group().lstrip()[:1] in _DASHES and not _dash_label(text, start, limit.start()):
            continue  # "Migrated 40 reports to Power BI - read by 300 staff": no label before
        spans.append((start, limit.end()))
    return spans


# Cues of acquaintance rather than use: "Familiar with Kubernetes from a weekend course",
# "Some exposure to Spark", "Coursework in Airflow", "basic knowledge of R". Evidence of a
# skill the job would like, not of one it requires (a recruiter screening a must-have
# reads them as "has not done it").
_LIMITED_NEXT = re.compile(
    r"\b(?:(?:some|basic|brief|academic|general)\s+)?(?:familiar(?:ity)?\s+with|exposure\s+to)\b"
    r"|\bcoursework\s+(?:in|on|with)\b|\bbasic\s+(?:knowledge|understanding)\s+of\b"
    r"|\bintroductory\s+(?:course|class|module)s?\s+(?:in|on)\b",
    re.IGNORECASE,
)
# "..., no production use yet", "Go: completed the Tour of Go; no production code yet":
# what the clause before it names was never used in earnest.
_LIMITS_PREVIOUS_USE = re.compile(
    r"\b(?:no|not\s+yet\s+in|without)\s+(?:production|professional|real-world)\s+"
    r"(?:use|experience|work|code|projects?)\b",
    re.IGNORECASE,
)
# A skill named as the label of its clause ("Go: ..."): what follows is said of it.
_LABEL = re.compile(r"\W*[\w.+#/ -]{1,30}:\s*")
# "(a course I designed and taught)": a bracket of courses the teller gave.
_TAUGHT_INSIDE = re.compile(
    r"\b(?:taught|teach(?:ing)?|designed|wrote|created|led|ran|gave|delivered)\b", re.I
)
# "Trained 40 analysts to become familiar with Tableau": the teller taught it.
_TAUGHT_BEFORE = re.compile(
    r"\b(?:become|became|becoming|get|got|getting|make|made|making|help(?:ed)?|"
    r"train(?:ed)?|taught|teach(?:ing)?|coach(?:ed)?|mentor(?:ed)?)\b[^.;:]{0,60}$",
    re.IGNORECASE,
)


def limited_spans(text: str) -> list[tuple[int, int]]:
    """Spans of a resume line that show only acquaintance with the skills in them: not
    evidence of a skill the job requires, still evidence of one it would like."""
    spans: list[tuple[int, int]] = []
    clause_ends = _Matches(_CLAUSE_END, text)
    for cue in _LIMITED_NEXT.finditer(text):
        if _TAUGHT_BEFORE.search(text, max(0, cue.start() - 80), cue.start()):
            continue  # making others familiar with it shows the skill
        spans.append((cue.start(), clause_ends.after(cue.end())))
    sentence_starts = _Matches(_SENTENCE_START, text)
    for limit in _LIMITS_PREVIOUS_USE.finditer(text):
        ends = sentence_starts.last_before(limit.start(), 3)
        if ends and ends[-1].group().startswith(";") and ends[-1].end() == limit.start():
            # "completed the Tour of Go; no production code yet": a limit that opens its
            # clause after a semicolon goes on about the clause before it
            ends.pop()
        starts = [0, *(m.end() for m in ends)]
        start = starts[-1]
        if len(starts) > 1 and _LABEL.fullmatch(text, starts[-2], start):
            start = starts[-2]  # "Go: completed the Tour of Go; no production code yet"
        spans.append((start, limit.end()))
    return spans


# Where the clause a use limit looks back over starts ("Python (production); Rust (no
# production use)" limits Rust alone).
_SENTENCE_START = re.compile(r"[.;:!?]\s*")


class Spans:
    """Character spans, asked whether any overlaps a span: by bisection on their starts,
    with the furthest end reached so far (a sentence of thousands of negations has as
    many spans, and each of its thousands of mentions asks; so has a resume line of
    thousands of denials or limits)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def overlap(self, start: int, end: int) -> bool:
        """Whether a span (s, e) has s < end and start < e."""
        before = bisect_left(self._starts, end)  # the spans starting before `end`
        return before > 0 and self._reach[before - 1] > start
