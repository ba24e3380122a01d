"""Tests of skill matching: taxonomy, normalisation, one-of groups, caches, semantic."""
