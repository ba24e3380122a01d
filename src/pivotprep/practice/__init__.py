"""Coding practice: problem packs, the sandboxed judge, complexity feedback, FSRS reviews.

The workflow (service.py) is kind-agnostic: SQL practice reuses it through catalog.py.
"""
