"""This week's plan tasks, read as practice topics for `practice next`.

A plan task such as "Solve 3 easy array problems with two pointers" or "Implement a hash map
from scratch" names a pattern or a data structure. `TOPICS` maps the phrases a task title
may use to the problem patterns and the `ds-*` problems they point at, so the suggestions
follow the week's plan rather than the alphabet. Only open tasks of the current week count
(service.py reads their titles from the plan); this module is pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# phrase in a task title -> (patterns, ds-* problem ids); phrases are matched as whole words
TOPICS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "two pointers": (("two-pointers",), ()),
    "two-pointer": (("two-pointers",), ()),
    "hash map": (("arrays-hashing",), ("ds-hash-map",)),
    "hashing": (("arrays-hashing",), ()),
    "dynamic array": ((), ("ds-dynamic-array",)),
    "linked list": (("linked-list",), ("ds-singly-linked-list", "ds-doubly-linked-deque")),
    "stack": (("stack",), ("ds-two-stack-queue",)),
    "queue": ((), ("ds-two-stack-queue", "ds-doubly-linked-deque")),
    "deque": ((), ("ds-doubly-linked-deque",)),
    "binary search tree": (("trees",), ("ds-binary-search-tree",)),
    "binary search": (("binary-search",), ()),
    "tree problems": (("trees",), ()),
    "heap": (("heap",), ("ds-binary-heap",)),
    "top-k": (("heap",), ()),
    "graph": (("graphs",), ("ds-graph",)),
    "bfs": (("graphs",), ()),
    "dfs": (("graphs",), ()),
    "sliding-window": (("sliding-window",), ()),
    "sliding window": (("sliding-window",), ()),
    "backtracking": (("backtracking",), ()),
    "dynamic programming": (("dp-1d",), ()),
    "trie": (("tries",), ("ds-trie",)),
    "union-find": ((), ("ds-union-find",)),
    "union find": ((), ("ds-union-find",)),
    "lru cache": ((), ("ds-lru-cache",)),
    "intervals": (("intervals",), ()),
    "greedy": (("greedy",), ()),
    "joins": (("joins",), ()),
    "window functions": (("window-functions",), ()),
    "aggregation": (("aggregation",), ()),
    "ctes": (("ctes", "recursive-ctes"), ()),
    "de-duplication": (("deduplication",), ()),
    "gaps-and-islands": (("sessionisation",), ()),
    "pandas": (("dataframes",), ()),
}
_PHRASES = {phrase: re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])") for phrase in TOPICS}


@dataclass(frozen=True)
class PlanTopics:
    """What this week's open plan tasks ask to practise."""

    patterns: frozenset[str] = frozenset()
    problems: frozenset[str] = frozenset()  # ds-* problem ids named by a task
    phrases: tuple[str, ...] = field(default=())  # the matched phrases, for the reason text

    def covers(self, problem_id: str, pattern: str) -> bool:
        return problem_id in self.problems or pattern in self.patterns

    def __bool__(self) -> bool:
        return bool(self.patterns or self.problems)


def topics_in(titles: list[str]) -> PlanTopics:
    """The patterns and ds problems named in task titles (pure: no database)."""
    patterns: set[str] = set()
    problems: set[str] = set()
    phrases: list[str] = []
    for title in titles:
        text = title.lower()
        for phrase, pattern in _PHRASES.items():
            if pattern.search(text):
                more_patterns, more_problems = TOPICS[phrase]
                patterns.update(more_patterns)
                problems.update(more_problems)
                if phrase not in phrases:
                    phrases.append(phrase)
    return PlanTopics(frozenset(patterns), frozenset(problems), tuple(phrases))
