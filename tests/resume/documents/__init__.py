"""Tests of document reading: PDF, DOCX, TXT, Markdown and job descriptions."""
