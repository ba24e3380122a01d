"""Tests of the resume feature."""
