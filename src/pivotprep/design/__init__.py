"""System design and ML-ops practice: prompts, timed sessions reviewed against a rubric,
estimation drills, the drift lab and design cards. Entry point: `design.service`."""
