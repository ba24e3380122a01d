"""Readiness: the four hiring-filter gauges, the six mistakes and the next actions, read
from what the candidate did in every other feature. Entry point: `readiness.service`."""
