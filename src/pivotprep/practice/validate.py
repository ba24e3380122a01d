"""`pivotprep problems validate`: every pack is well-formed, its reference is right and fast
enough, and every wrong_*.py is caught.

Per coding problem:
1. meta.yaml and cases.json follow the format (problems.py), a stub can be generated, there is
   at least one wrong_*.py and each has a docstring saying what is wrong;
2. the reference passes every case in the sandboxed judge;
3. every wrong_*.py fails at least one case, or (with `complexity`) scales measurably worse
   than the reference on generate(n) in the same run;
4. (with `complexity`) the reference's measured time class matches `complexity.time`.

What the timing checks tolerate, so that a shared, noisy machine does not make them flake:
- the reference may measure as the stated class or an adjacent one (n vs n log n, 1 vs
  log n): cache effects make an O(n) hash-set pass look like n log n, and the fit cannot
  separate neighbours over one decade of n;
- an inconclusive fit is re-measured once; still inconclusive is a warning, not a failure
  (the check can only fail on evidence, never on noise);
- a too-slow wrong_*.py counts as caught when its time ratio to the reference grows like
  n^0.4 or more, when it runs out of its time budget at a size the reference handles, or when
  its class is worse; otherwise it is re-measured once before failing.
Without `complexity` (the test suite's default for the whole bank), a wrong_*.py that passes
every case is accepted only if its docstring says it is slow. The timing checks of the whole
bank are `make validate`, outside the suite's pass/fail: even with these tolerances a class
fit moves with load and memory effects, and a test must not fail because the machine is busy.

Other practice kinds declare a validator in `pivotprep.registry`; each has the same
signature as `validate_code_problems`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pivotprep.practice import complexity as cx
from pivotprep.practice.judge.timing import Timing
from pivotprep.practice.problems import PackError, Problem, pack_folders, parse_pack

Progress = Callable[[str], None] | None


@dataclass
class ValidationResult:
    problem_id: str
    ok: bool
    messages: list[str] = field(default_factory=list)


def _reference_fit(problem: Problem) -> tuple[cx.Fit | None, str | None]:
    from pivotprep.practice.judge.timing import time_code

    timing = time_code(problem, problem.reference_path.read_text(encoding="utf-8"))
    if timing.error:
        return None, timing.error
    return cx.fit(timing.sizes, timing.samples), None


def _check_complexity(problem: Problem, messages: list[str]) -> tuple[bool, cx.Fit | None]:
    """The reference's class against meta; returns (ok, reference fit or None)."""
    expected = problem.meta.complexity.time
    for attempt in (1, 2):
        fit, error = _reference_fit(problem)
        if error or fit is None:
            messages.append(f"error: generate.py or reference.py failed while timing: {error}")
            return False, None
        if fit.conclusive:
            distance = abs(cx.CLASSES.index(fit.label) - cx.CLASSES.index(expected))
            if fit.accepts(expected) or distance <= 1:
                messages.append(f"reference measured {fit.label} (meta says {expected})")
                return True, fit
            if attempt == 2:
                messages.append(
                    f"error: the reference measures {fit.label}, meta.yaml says {expected} "
                    f"(times {', '.join(f'{t * 1e3:.2f}' for t in fit.times)} ms)"
                )
                return False, fit
        elif attempt == 2:
            messages.append(f"warning: the reference's class is inconclusive ({fit.reason})")
            return True, fit
    return True, None


def _slower(problem: Problem, code: str, reference: cx.Fit) -> cx.Comparison | None:
    from pivotprep.practice.judge.timing import time_code

    timing = time_code(problem, code)
    if timing.error:
        return None
    fit = cx.fit(timing.sizes, timing.samples)
    stopped = _stopped_where_reference_was_fast(timing, reference)
    return cx.compare(fit, reference, stopped_early=stopped)


def _stopped_where_reference_was_fast(timing: Timing, reference: cx.Fit) -> bool:
    if not timing.stopped_early or not timing.sizes:
        return False
    ref = dict(zip(reference.sizes, reference.times, strict=True))
    last = timing.sizes[-1]
    return last in ref and ref[last] < 0.025


def _load(problem_id: str) -> Problem | ValidationResult:
    """The parsed pack (its stub generated once), or the result that says why not."""
    from pivotprep.practice.stubs import make_stub

    folder = next((f for f in pack_folders() if f.name == problem_id), None)
    if folder is None:
        return ValidationResult(problem_id, False, ["error: no such problem folder"])
    try:
        problem = parse_pack(folder)
        make_stub(problem)
    except (PackError, ValueError, SyntaxError) as exc:
        return ValidationResult(problem_id, False, [f"error: {exc}"])
    return problem


def _format_notes(problem: Problem) -> list[str]:
    """Warnings on the pack's size and errors on a reference that uses a forbidden item."""
    meta = problem.meta
    messages = []
    if not 8 <= len(problem.cases) <= 20:
        messages.append(f"warning: {len(problem.cases)} cases (the format asks for 8-20)")
    if not 2 <= len(meta.hints) <= 4:
        messages.append(f"warning: {len(meta.hints)} hints (the format asks for 2-4)")
    if meta.forbid:
        from pivotprep.practice.forbid import scan

        for use in scan(problem.reference_path.read_text(encoding="utf-8"), meta.forbid):
            messages.append(f"error: reference.py line {use.line} uses {use.how} (forbid:)")
    if not problem.wrong_paths():
        messages.append("error: no wrong_*.py")
    return messages


def _reference_namespace(problem: Problem) -> dict[str, Any]:
    """reference.py run in this process (pack content, trusted like the app's code), with
    stand-ins for the node classes the judge injects; its globals."""
    import runpy

    stand_ins = {"ListNode": type("ListNode", (), {}), "TreeNode": type("TreeNode", (), {})}
    return runpy.run_path(str(problem.reference_path), init_globals=stand_ins)


def _results(problem: Problem, entry: Any) -> list[tuple[str, Any]]:
    """(case id, the reference's result) for each case that expects a value."""
    import copy

    out: list[tuple[str, Any]] = []
    for case in problem.cases:
        if case.raises is not None:
            continue
        data = copy.deepcopy(case.input)
        try:
            if problem.meta.kind == "function":
                out.append((case.id, entry(**data)))
                continue
            instance = entry(*data["arguments"][0])
            for op, args in zip(data["operations"][1:], data["arguments"][1:], strict=True):
                out.append((f"{case.id} ({op})", getattr(instance, op)(*args)))
        except Exception:  # noqa: BLE001 - the judged run reports a failing reference
            continue
    return out


def _lossy_notes(problem: Problem) -> list[str]:
    """Errors for values cases.json cannot hold: a parameter typed as a tuple, set or
    number-keyed dict, or a reference result holding one (see pack_values)."""
    import typing

    from pivotprep.practice.pack_values import lossy_annotation, lossy_value

    meta = problem.meta
    try:
        namespace = _reference_namespace(problem)
    except Exception as exc:  # noqa: BLE001 - reported, the judged run says more
        return [f"error: reference.py cannot be run: {type(exc).__name__}: {exc}"]
    entry = namespace.get(meta.entry)
    if entry is None:
        return []
    callables = [entry] if meta.kind == "function" else [
        f for n, f in vars(entry).items() if callable(f) and not n.startswith("_")
    ]  # fmt: skip
    notes = []
    for function in callables:
        try:
            hints = typing.get_type_hints(function, namespace)
        except Exception:  # noqa: BLE001 - an annotation that cannot be resolved says nothing
            hints = {}
        for name, hint in hints.items():
            why = None if name in ("return", *meta.arguments) else lossy_annotation(hint, name)
            if why:
                notes.append(f"error: {meta.entry}: {why}")
    if meta.returns is None and not meta.arguments:
        for case_id, result in _results(problem, entry):
            why = lossy_value(result)
            if why:
                notes.append(f"error: case {case_id}: {why}; return lists and string keys")
                break
    return notes


def _reference_passes(problem: Problem, messages: list[str]) -> bool:
    from pivotprep.practice.judge import judge

    reference = judge(problem, problem.reference_path)
    if not reference.passed:
        bad = [t for t in reference.tests if not t.passed][:3]
        detail = "; ".join(f"{t.name}: {t.status} {(t.message or '')[:160]}" for t in bad)
        messages.append(f"error: the reference does not pass: {reference.message or detail}")
    return reference.passed


def _wrong_notes(problem: Problem, path: Path, ref_fit: cx.Fit | None, timed: bool) -> list[str]:
    """What validation says about one wrong_*.py (nothing: documented, and a case fails)."""
    from pivotprep.practice.judge import judge

    doc = problem.wrong_docstring(path)
    notes = [] if doc else [f"error: {path.name} has no docstring saying what is wrong"]
    if not judge(problem, path).passed:
        return notes
    return [*notes, _passing_wrong_note(problem, path, doc, ref_fit if timed else None)]


def _passing_wrong_note(problem: Problem, path: Path, doc: str, ref_fit: cx.Fit | None) -> str:
    """A wrong_*.py that passes every case is caught by timing, left to it, or an error."""
    if ref_fit is not None:
        code = path.read_text(encoding="utf-8")
        verdict = _slower(problem, code, ref_fit)
        if verdict is None or verdict.verdict != "worse":
            verdict = _slower(problem, code, ref_fit)
        if verdict is not None and verdict.verdict == "worse":
            return f"{path.name} caught by complexity: {verdict.message}"
        why = verdict.message if verdict else "its timing run failed"
        return f"error: {path.name} passes every case and is not slower: {why}"
    if "slow" in doc.lower() and problem.meta.complexity_check:
        return f"{path.name} passes every case; left to the complexity check"
    return f"error: {path.name} passes every case"


def validate_problem(problem_id: str, *, complexity: bool = True) -> ValidationResult:
    loaded = _load(problem_id)
    if isinstance(loaded, ValidationResult):
        return loaded
    problem = loaded
    messages = _format_notes(problem) + _lossy_notes(problem)
    passes = _reference_passes(problem, messages)
    ref_fit = None
    timed = complexity and problem.meta.complexity_check and passes
    if timed:
        _ok, ref_fit = _check_complexity(problem, messages)
    for path in problem.wrong_paths():
        messages += _wrong_notes(problem, path, ref_fit, timed)
    ok = not any(m.startswith("error:") for m in messages)
    return ValidationResult(problem_id, ok, messages)


def validate_code_problems(
    problem_ids: list[str] | None, progress: Progress = None, *, complexity: bool = True
) -> list[ValidationResult]:
    """Validate the given coding problems (None: all). Ids that are not coding problem
    folders (e.g. sql-...) are left to the other validators."""
    known = [f.name for f in pack_folders()]
    ids = known if problem_ids is None else [i for i in problem_ids if i in known]
    results = []
    for problem_id in ids:
        if progress:
            progress(problem_id)
        results.append(validate_problem(problem_id, complexity=complexity))
    return results


def run_validators(
    problem_ids: list[str] | None, progress: Progress = None, *, complexity: bool = True
) -> list[ValidationResult]:
    """Every validator the registry declares; ids no validator knows are reported as errors."""
    from pivotprep import registry

    results: list[ValidationResult] = []
    for validator in registry.validators():
        results += validator(problem_ids, progress, complexity=complexity)
    if problem_ids is not None:
        seen = {r.problem_id for r in results}
        for pid in problem_ids:
            if pid not in seen:
                results.append(ValidationResult(pid, False, ["error: no such problem"]))
    return results
