"""The drift lab: seeded scenarios, drift statistics, grading and charts."""
