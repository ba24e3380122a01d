"""The six-step plan: generate it from the profile, track progress, re-plan, export."""
