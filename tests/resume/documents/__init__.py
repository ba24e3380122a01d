"""Tests of document reading: PDF, DOCX, TXT and Markdown, within size and safety limits."""
