"""Reviewing a written design: worksheet sections, concept evidence, rubric, numbers."""
