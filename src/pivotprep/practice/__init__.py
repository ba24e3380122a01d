"""Coding practice: problem packs, the sandboxed judge, complexity feedback, FSRS reviews.

The workflow is kind-agnostic: SQL practice declares its problems in the registry and
reuses the workflow through `pivotprep.practice.service`, the one module other features
and the interfaces import.
"""
