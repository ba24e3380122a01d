"""The checks run on a labelled story. Pure: every finding quotes its sentences and says
how to fix them.

The finding codes, their names and severities are in `findings.py`. Each check is a
small function in an ordered table: `STRUCTURE_CHECKS` here (the parts of the story),
`DELIVERY_CHECKS` in `delivery.py` (length, setup, fillers, hedges, jargon).

One complaint per cause: a story with no situation is not also told it has no task (the
fix is the same opening), one with no actions is not told they are vague or "we", one
with no result is not told the result lacks a number.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pivotprep.stories.analyzer import lexicon
from pivotprep.stories.analyzer.findings import SEVERITY, Finding
from pivotprep.stories.analyzer.labels import LabelledSentence
from pivotprep.stories.analyzer.phrases import rewrite_hint, vague_in

_CONCRETE = re.compile(lexicon.CONCRETE_OUTCOMES)
_EVALUATIVE = re.compile(lexicon.EVALUATIVE_OUTCOME)
_PROBLEM = re.compile(lexicon.PROBLEM_STATED)
_PURPOSE = re.compile(lexicon.PURPOSE_STATED)
_GENERIC_SITUATION = re.compile(lexicon.GENERIC_SITUATION)
_HABIT = re.compile(lexicon.HABIT_OPENER)
_JOB_ONLY = re.compile(lexicon.JOB_ONLY)
_JOB_PERIOD = re.compile(lexicon.JOB_PERIOD)
_JOB_BACKGROUND = re.compile(lexicon.JOB_BACKGROUND)
_UNNAMED_PROJECT = re.compile(lexicon.UNNAMED_PROJECT)
_REPEATED = re.compile(lexicon.REPEATED)
_NAMED_OCCASION = re.compile(lexicon.NAMED_OCCASION)
_PROBLEM_WORDS = re.compile(lexicon.PROBLEM_WORDS)
_HABITUAL = re.compile(lexicon.HABITUAL)
# Signs that something happened once: a verb in the past ("we were", "I built") or a
# moment named ("one day", "last year"). Words ending in -ed that are no past verb are
# left out; an adjective in -ed only makes the check below more careful. Irregular past
# forms count ("fell", "said", "caught"), except those spelt as the present ("set", "put",
# "cut": "I set goals every quarter" is a habit).
_PAST_FORMS = sorted(
    {w for w in lexicon.IRREGULAR_PAST if w not in lexicon.SAME_IN_PRESENT}
    | set(lexicon.OTHER_PAST),
    key=len,
    reverse=True,
)
_PAST = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in _PAST_FORMS) + r"|(?:was|were|had|did)n['\u2019]?t|"
    r"(?!(?:speed|indeed|proceed|exceed|succeed|embed|breed|hundred)\b)[a-z]{3,}ed)\b"
    r"|\b(?:one (?:day|time|morning|evening|night|week)|last (?:year|month|week|spring|summer|"
    r"autumn|fall|winter)|once|in (?:19|20)\d\d)\b"
)
_QUOTED_QUESTION = re.compile(r"\"[^\"]*\?\"|“[^”]*\?”")
_VAGUE_SIZE = re.compile(lexicon.VAGUE_SIZE)
# An action sentence that goes on to tell what came of it ("I talked to them and things got
# better") tells an outcome when its result evidence reaches this (labels.SECONDARY's scale).
OUTCOME_TOLD = 1.5


def make_finding(
    code: str,
    message: str,
    fix: str,
    picked: Sequence[LabelledSentence] = (),
    details: Sequence[str] = (),
) -> Finding:
    return Finding(
        code=code,
        message=message,
        fix=fix,
        sentences=tuple(s.sentence.index for s in picked),
        quotes=tuple(s.text for s in picked),
        details=tuple(details),
        severity=SEVERITY[code],
    )


def _with(labelled: Sequence[LabelledSentence], component: str) -> list[LabelledSentence]:
    return [s for s in labelled if s.label == component or component in s.also]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ToldStory:
    """A labelled story as the checks here and in `delivery.py` read it: its sentences
    by component, the word count and the past-domain jargon found in it ((sentence, term,
    hint))."""

    labelled: Sequence[LabelledSentence]
    words: int = 0
    jargon_hits: Sequence[tuple[int, str, str]] = ()

    @property
    def situation(self) -> list[LabelledSentence]:
        return _with(self.labelled, "S")

    @property
    def task(self) -> list[LabelledSentence]:
        return _with(self.labelled, "T")

    @property
    def actions(self) -> list[LabelledSentence]:
        return [s for s in self.labelled if s.label == "A"]

    @property
    def results(self) -> list[LabelledSentence]:
        return [s for s in self.labelled if s.label == "R"]

    @property
    def outcomes(self) -> list[LabelledSentence]:
        """The results, and sentences labelled otherwise that also tell an outcome in a
        clause of their own ("I talked to them and things got better")."""
        return [s for s in self.labelled if s.label == "R" or _tells_outcome(s)]


def _tells_outcome(s: LabelledSentence) -> bool:
    """Result evidence of its own (not only a late place in the story) in a sentence of
    the second half labelled otherwise."""
    f = s.features
    if f.chain_outcome and s.label == "A":
        return True  # "... → found the blocker → adoption up 30% in a quarter"
    said = f.outcome_phrases or f.measured_outcome or f.result_lead or f.lasting or f.lesson
    late = f.position > 0.5 and s.label in ("A", "none")
    return late and s.scores.get("R", 0.0) >= OUTCOME_TOLD and bool(said)


Check = Callable[[ToldStory], Finding | None]


# A first sentence read as the task that also sets the scene beyond its place in the story
# ("I once had to explain our model to a group of product managers"): its context score,
# besides the points every first sentence gets, reaches this.
SCENE_IN_TASK = 2.0


def told_as_habit(story: ToldStory) -> bool:
    """The setup and the actions are all told in the present, with no moment named ("I
    regularly reflect on ...", "I ask myself ...", "I also seek feedback"): what the
    teller usually does, not one time it happened. Questions quoted inside are left out
    ("Did I listen?")."""
    told = [s for s in story.labelled if s.label in ("S", "T", "A")]
    if not story.actions or len(told) < 2:
        return False
    return not any(_PAST.search(_QUOTED_QUESTION.sub(" ", s.text.lower())) for s in told)


def _missing_situation(story: ToldStory) -> Finding | None:
    """No sentence sets up one occasion. A story that opens with its task is not told
    this when the task sentence itself says who and what it was about (scene and goal in
    one sentence); it is still checked for setting up a whole job rather than an occasion,
    and for being a habit told in the present."""
    if told_as_habit(story):
        first = (story.situation or story.actions)[0]
        return make_finding(
            "missing_situation",
            "The story tells what you usually do, not one time it happened: "
            f"“{_short(first.text)}”.",
            "Pick one occasion and tell it in the past: when it was, what went on, what "
            "you did then and what came of it.",
            [first],
        )
    generic = _generic_situation(story)
    if generic is not None:
        return generic
    if story.situation or _scene_in_task(story):
        return None
    first = story.labelled[0]
    return make_finding(
        "missing_situation",
        f"No sentence sets the scene: the story starts with “{_short(first.text)}”.",
        "Open with one or two sentences of context: where you were, what was going "
        "wrong and why it mattered, then what you were asked or aiming to do.",
        [first],
    )


def _scene_in_task(story: ToldStory) -> list[LabelledSentence]:
    """The opening task sentence when it also sets the scene ("Last year our queue was the
    longest in the region and my manager asked me to fix it"), read past a headline
    outcome told first ("I cut our wait times from 12 minutes to 4.")."""
    told = story.labelled
    first = told[1] if len(told) > 1 and told[0].label == "R" else (told[0] if told else None)
    if first is None or first.label != "T" or first.scores.get("S", 0.0) < SCENE_IN_TASK:
        return []
    return [first]


# "at a", "in the", "of our": where a place in lexicon.JOB_ONLY may start. Each one inside
# a place can also start the next, so a sentence that does not match is tried every way:
# time doubles with each one ("at a school in a city" 12 times took 0.6 s). A sentence with
# more of them than this tells more than a job.
_JOB_PLACE = re.compile(r"\b(?:at|in|for|with|on|of) (?:a|an|the|my|our)\b")
JOB_ONLY_PLACES = 12


def _job_only(sentence: str) -> bool:
    """Whether the (lower-case) sentence says only what the teller's job was."""
    places = _JOB_PLACE.finditer(sentence)
    if any(n >= JOB_ONLY_PLACES for n, _ in enumerate(places)):
        return False
    return bool(_JOB_ONLY.search(sentence))


def _generic_situation(story: ToldStory) -> Finding | None:
    """Every context sentence describes a whole job, a habit or an anonymous occasion,
    or the setup says only what the teller's job was ("I was a team leader in a call
    centre.") and nothing that went on in it."""
    setup = story.situation or _scene_in_task(story)
    job_only = bool(setup) and all(_job_only(s.text.lower()) for s in setup)
    if not setup or not (
        job_only or all(_GENERIC_SITUATION.search(s.text.lower()) for s in setup[:1])
    ):
        return None
    if _occasion_in_a_job(setup[0], [*setup[1:], *story.task]):
        return None
    first = setup[0].text.lower()
    # "If we get two requests at once", "I've seen this many times, at two clients"
    habit = bool(_HABIT.search(first) or _REPEATED.search(first))
    if not habit and any(_pins_down(s) for s in setup):
        return None  # a date, a count or a size ("five working days") pins the occasion down
    return make_finding(
        "missing_situation",
        f"The context sets up no one occasion: “{_short(setup[0].text)}”.",
        "Pick the one time it happened and say when and where: “Last March, two days "
        "before the audit, ...”, then what was at stake.",
        setup[:1],
    )


def _occasion_in_a_job(first: LabelledSentence, rest: list[LabelledSentence]) -> bool:
    """ "In my previous role, we had a project to migrate our infrastructure to Azure. The
    deadline was tight ...": a job named as background, then what was going on in it (a
    project or deadline named as one thing, or a problem), is a setting. So is a project
    left unnamed ("In a previous project, I was building the checkout.") when the next
    sentences tell what went wrong in it ("A colleague disagreed with my plan ..."); a
    difficulty told in the same breath ("During one project, our team struggled with late
    handoffs") is still the project's kind, not an occasion."""
    low = first.text.lower()
    project = bool(_UNNAMED_PROJECT.search(low))
    if not (project or _JOB_BACKGROUND.search(low)):
        return False
    if _NAMED_OCCASION.search(low):
        return True
    if not project and _PROBLEM_WORDS.search(low) and not _HABITUAL.search(low):
        return True  # "In my last job as a barista, a customer was upset: her order was wrong"
    return any(
        _NAMED_OCCASION.search(s.text.lower()) or _PROBLEM_WORDS.search(s.text.lower())
        for s in rest[:2]
    )


def _pins_down(s: LabelledSentence) -> bool:
    """A date, a count or a size in a context sentence, leaving out how long a job lasted
    ("I was a nurse for six years" is a period, not an occasion)."""
    text = _JOB_PERIOD.sub(" ", s.text.lower())
    if any(ch.isdigit() for ch in text):
        return True
    said = [w.lower() for w in s.features.numbers + s.features.timeframes]
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in said)


def _goal_told(story: ToldStory) -> bool:
    """A task sentence that says a goal or a responsibility. One that is a task only by its
    heading and tells a vague act ("Task: I helped the team") says neither."""
    return any(
        s.features.task_cues or s.sentence.declared != "T" or not s.features.vague
        for s in story.task
    )


def _missing_task(story: ToldStory) -> Finding | None:
    """No goal or responsibility is said, and none can be read off the situation.

    A situation that states a problem, an obligation or someone's request ("a memory leak
    was crashing the servers", "the report had to be out by Friday", "the client asked
    for ...") makes the task plain, so only a situation without one is flagged. So does
    an aim told as the purpose of the actions ("To win the client back, I ...", "so that
    every shift had a lead") or a goal stated late in the story: the finding needs the
    goal to be absent everywhere, not only from a sentence of its own.

    A story with no situation at all is told only that (the same opening fixes both) when
    its outcome is measured: the change it made ("stock discrepancies dropped by 70%")
    shows what the teller set out to do. With no situation and no measured outcome ("I had
    a lazy teammate so I did their work", "When learning React, I read the docs ..."),
    nothing says what the teller was trying to achieve, so both are raised. The same holds
    for a habit read as the situation ("When I face a tight deadline, I always ..."): the
    difficulty it names is a kind of occasion, not one the teller had to put right."""
    setup = story.situation
    if _goal_told(story) and not told_as_habit(story):
        return None  # a goal told as a lasting wish ("I want to keep growing") is no task
    if not setup and _measured(story, [s for s in story.outcomes if not _is_lesson(s)]):
        return None
    habit = bool(setup) and bool(_HABIT.search(setup[0].text.lower()))
    if not habit and any(_PROBLEM.search(s.text.lower()) for s in setup):
        return None  # a habit ("When I face a tight deadline, I ...") has no problem to fix
    if not habit and any(_PROBLEM_WORDS.search(s.text.lower()) for s in story.actions[:1]):
        return None  # "We were behind on the report and I took the lead on ..."
    if any(_PURPOSE.search(s.text.lower()) for s in story.labelled):
        return None
    return make_finding(
        "missing_task",
        "The story never says what you were responsible for or aiming at.",
        "After the context, add one sentence with your goal: “I was asked to…”, "
        "“My goal was…”, “I owned…”.",
        setup[-1:] or story.labelled[:1],
    )


def _missing_action(story: ToldStory) -> Finding | None:
    """No action sentence, and no other sentence where the teller does something: a
    note that packs the act and its effect together ("Built a CLI tool, cut processing
    from 5 min to 30 s") is labelled a result but still tells what the teller did."""
    teller_acted = any(
        s.features.i_actions
        or s.features.we_actions
        or s.features.insight
        or s.features.method
        or s.features.chain
        or s.features.vague
        or (s.label == "A" and not s.features.others_act)  # "- tracked sales by hour"
        for s in story.labelled
    )
    if teller_acted and (
        story.actions or any(_teller_acts(s) for s in story.labelled if s.label == "R")
    ):
        return None  # someone else's acts alone ("His family disagreed ...") are no actions
    if _acts_as_a_habit(story):
        return None  # the steps are there, told as a habit: missing_situation says so
    return make_finding(
        "missing_action",
        "No sentence says what you did: the story goes from the context to the outcome.",
        "Add three or four sentences in the first person with concrete past-tense "
        "verbs: what you analysed, built, proposed, asked, decided.",
        [s for s in story.labelled if s.label in ("S", "none")][:2],
    )


# "I start by writing everything down", "I always listen, apologise ...": the teller's
# steps told in the present, as what they usually do.
_PRESENT_ACT = re.compile(
    r"\bi (?:(?:always|usually|often|then|also|first|just|normally|typically|generally|"
    r"regularly) )*([a-z]+)\b"
)


# What the teller does since ("Now I always meet the family early"): a lesson, not the
# story told as a habit.
_NOW = re.compile(r"\W*(?:now|since then|these days|today|nowadays|ever since)\b")


def _acts_as_a_habit(story: ToldStory) -> bool:
    """Steps of the teller's told in the present (two, or one with "always"/"usually"),
    and none in the past."""
    if any(s.features.i_actions for s in story.labelled):
        return False
    told = [s for s in story.labelled if s.label != "R" and not _NOW.match(s.text.lower())]
    acts = [
        m.group(1)
        for s in told
        for m in _PRESENT_ACT.finditer(s.text.lower())
        if m.group(1) in lexicon.ACTION_VERBS
    ]
    habitual = any(_HABITUAL.search(s.text.lower()) for s in story.labelled)
    return len(acts) >= 2 or (bool(acts) and habitual)


def _teller_acts(s: LabelledSentence) -> bool:
    """The teller acts in it: "I"/"we" and a past verb, or the steps told as a chain."""
    f = s.features
    return (bool(f.i_actions) and not f.role and not f.lesson) or f.chain > 0


def _we_ownership(story: ToldStory) -> Finding | None:
    """ "We" carries the key actions: most action sentences are told as "we", or the means
    that produced the result is ("By finding common ground, we were able to ...") while
    the teller tells at most one act of their own."""
    actions = story.actions
    we_only = [s for s in actions if s.features.we_actions and not s.features.i_actions]
    mine = [s for s in actions if s.features.i_actions or s.features.insight]
    credited = [s for s in story.results if _WE_MEANS.match(s.text)]
    we_verbs = sum(len(s.features.we_actions) for s in we_only)
    my_verbs = sum(len(s.features.i_actions) for s in mine)
    mostly_we = len(we_only) >= 2 and len(we_only) > len(mine)
    all_we = bool(actions) and len(we_only) == len(actions)  # a short answer told only as "we"
    means_we = bool(credited) and len(mine) <= 1
    many_we = we_verbs >= 3 and we_verbs > 2 * my_verbs
    # the group did the concrete steps, the teller's own are effort words ("I kept everyone
    # motivated"): the teller's part is still unclear
    generic_mine = we_verbs >= 2 and bool(mine) and all(_mostly_vague(s) for s in mine)
    if not actions or not (mostly_we or all_we or means_we or many_we or generic_mine):
        return None
    we_only += credited
    return make_finding(
        "we_ownership",
        f"{len(we_only)} of {len(actions)} action sentences say “we”, so the "
        "interviewer cannot tell what you did.",
        "Say “I” for what you did yourself and name your part when the work "
        "was shared (“I wrote the mapping; two colleagues tested it”).",
        we_only,
        [v for s in we_only for v in s.features.we_actions][:6],
    )


def _vague_actions(story: ToldStory) -> Finding | None:
    """Effort words and generic verbs in the actions: flagged when a third or more of the
    action sentences rest on one. The means clause of a result ("By focusing on common
    ground, we were able to ...") tells actions too, so its generic phrases count."""
    actions = story.actions
    told = story.labelled
    vague = [s for i, s in enumerate(told) if _mostly_vague(s) and not _headline(told, i)]
    words = list(dict.fromkeys(w.strip() for s in vague for w in _vague_acts(s)))
    if not actions or not words or len(vague) * 3 < len(actions):
        return None
    return make_finding(
        "vague_actions",
        "Some actions are generic and could describe anyone: "
        + "; ".join(f"“{w}” → {rewrite_hint(w)}" for w in words[:5])
        + ".",
        "Rewrite each as what you did, to whom, with what, and what it produced: "
        "“communicated with stakeholders” becomes “I walked the three team leads through "
        "the new rota on Monday and they agreed to the swap rule”.",
        vague,
        words,
    )


def _missing_result(story: ToldStory) -> Finding | None:
    if story.outcomes:
        return None
    last = story.labelled[-1]
    return make_finding(
        "missing_result",
        f"The story ends without an outcome: the last sentence is “{_short(last.text)}”.",
        "End with what changed because of you, in numbers if you can (time saved, "
        "%, money, people), and what you learned.",
        [last],
    )


def _unquantified_result(story: ToldStory) -> Finding | None:
    """The outcome is only a judgement ("improved reliability", "things got better"): no
    size, no time, no observable event, and every outcome sentence (the lesson drawn
    aside) judges. An outcome told as a plain event ("I now use React at work", "Users
    could log in again") is concrete enough, so a story with one is not flagged - unless
    an outcome sizes a measurable quantity in words only ("recovered most of the lost
    revenue"): the measure was there to give, so that outcome is flagged."""
    told = [s for s in story.outcomes if _outcome_part(s)]
    results = _sized_in_words(told)
    if not results:
        if not _only_judged(story, told):
            return None
        results = told  # the lesson judges in general, not this outcome: not quoted
    return make_finding(
        "unquantified_result",
        "The result has no number: " + " ".join(f"“{_short(s.text)}”" for s in results[:2]),
        "Put a size on it: by how much, how many people, how much time or money, "
        "compared with before. An honest estimate (“about 30%”) beats none.",
        results,
    )


def _only_judged(story: ToldStory, told: Sequence[LabelledSentence]) -> bool:
    """Every outcome told (the lesson aside) is a judgement, with no size, no time and no
    observable event anywhere in the outcomes."""
    if not told or _measured(story, told):
        return False
    if any(_CONCRETE.search(_outcome_part(s)) for s in told):
        return False
    return all(_judged(s) for s in told)


def _has_quantity(s: LabelledSentence) -> bool:
    f = s.features
    return bool(f.measures or f.timeframes or [n for n in f.numbers if n.lower() != "one"])


def _measured(story: ToldStory, told: Sequence[LabelledSentence]) -> bool:
    """An outcome with a size or a time, or an action that measures what it changed. The
    lesson's numbers ("a fast 80% answer beats a slow 100% one") measure no outcome."""
    return any(_has_quantity(s) for s in told) or any(
        s.features.measured_outcome for s in story.actions
    )


def _sized_in_words(told: Sequence[LabelledSentence]) -> list[LabelledSentence]:
    """Outcomes that size a measurable quantity in words only ("recovered most of the lost
    revenue", "costs dropped significantly"), when no outcome gives a measure of change:
    the number was there to give, whatever else the story shows."""
    if any(s.features.measures for s in told):
        return []
    return [s for s in told if _VAGUE_SIZE.search(_outcome_part(s)) and not _has_quantity(s)]


def _is_lesson(s: LabelledSentence) -> bool:
    """ "I learned that ...", or anything under a "Learning:" / "Takeaway:" heading."""
    return bool(s.features.lesson) or s.sentence.lesson


def _outcome_part(s: LabelledSentence) -> str:
    """The outcome a result sentence tells, in lower case: all of it; for a lesson, only
    an outcome told before it ("Everyone was happy with the outcome and I learned a lot":
    the praise is this story's outcome, the lesson is not); "" when it tells none."""
    text = s.text.lower()
    if not _is_lesson(s):
        return text
    cue = text.find(s.features.lesson) if s.features.lesson else -1
    head = text[:cue] if cue > 0 else ""
    head = re.sub(r"[\s,;:\u2014\u2013-]*(?:and|but|so)?\s*$", "", head)
    return head if len(head.split()) >= 3 and not s.sentence.lesson else ""


def _judged(s: LabelledSentence) -> bool:
    """An outcome told as a judgement ("things got better"). The lesson drawn ("I learned
    that clear notes make handovers better") judges in general, not this outcome, and the
    "By focusing on a strong relationship," means clause of a result tells the actions: an
    evaluative word in either is not the outcome's."""
    text = _outcome_part(s)
    if not text:
        return False
    means = _MEANS.match(text)
    return bool(_EVALUATIVE.search(text[means.end() :] if means else text))


def _result_first(story: ToldStory) -> Finding | None:
    """The story opens with its outcome: a result before any action and before any
    context. A lesson or a result told after the scene is set ("In 2022 I built a cache.
    Learned: measure first. Next project: I profiled ...") is not an opening headline."""
    actions, results = story.actions, story.results
    if not actions or not results or results[0].sentence.index >= actions[0].sentence.index:
        return None
    setup = [s for s in story.labelled if s.label in ("S", "T")]
    if setup and setup[0].sentence.index < results[0].sentence.index:
        return None
    return make_finding(
        "result_first",
        f"The result comes before the actions: “{_short(results[0].text)}”.",
        "Tell it in order: context, your goal, what you did, then the result, so the "
        "result lands as the payoff of your actions.",
        [results[0]],
    )


_MEANS = re.compile(r"^\W*by ([a-z]+ing\b[^,]*),", re.I)
_WE_MEANS = re.compile(_MEANS.pattern + r"\s*(?:together,?\s*)?(?:we|our team|the team)\b", re.I)


# One generic phrase among this many concrete acts of its sentence ("I used profiling
# tools, analyzed heap dumps, found unclosed connections and added pooling") leaves the
# sentence concrete.
CONCRETE_ACTS = 3


def _headline(told: Sequence[LabelledSentence], index: int) -> bool:
    """A short generic headline ("so I stepped up") whose next action sentences tell the
    steps it sums up, two concrete acts or more in the next two ("I stayed calm and
    prioritized. I checked every table in one go. I also warned the waiting guests."), is
    how the account opens, not what it rests on."""
    if len(told[index].text.split()) > HEADLINE_WORDS:
        return False
    steps = 0
    for s in told[index + 1 : index + 1 + HEADLINE_REACH]:
        if s.label != "A":
            break
        steps += len(s.features.i_actions) + len(s.features.we_actions) - len(_vague_acts(s))
    return steps >= HEADLINE_STEPS


HEADLINE_STEPS = 2
HEADLINE_REACH = 2
HEADLINE_WORDS = 12


def _mostly_vague(s: LabelledSentence) -> bool:
    vague = _vague_acts(s)
    acts = len(s.features.i_actions) + len(s.features.we_actions)
    return bool(vague) and acts - len(vague) < CONCRETE_ACTS


def _vague_acts(s: LabelledSentence) -> tuple[str, ...]:
    """The generic phrases a sentence tells as actions: in an action (or unlabelled)
    sentence, or in the "By ...ing," means clause that opens a result."""
    if s.label in ("A", "none"):
        return vague_in(s.text)
    means = _MEANS.match(s.text) if s.label == "R" else None
    return vague_in(means.group(1)) if means else ()


# Missing and weak components, ownership, vagueness, order: in the order they are listed.
STRUCTURE_CHECKS: tuple[Check, ...] = (
    _missing_situation,
    _missing_task,
    _missing_action,
    _we_ownership,
    _vague_actions,
    _missing_result,
    _unquantified_result,
    _result_first,
)


def structure_findings(labelled: Sequence[LabelledSentence]) -> list[Finding]:
    """Missing and weak components, ownership, vagueness, order."""
    story = ToldStory(labelled)
    return [found for check in STRUCTURE_CHECKS if (found := check(story)) is not None]
