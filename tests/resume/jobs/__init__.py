"""Tests of reading job postings: text, headings, company and team names."""
