"""Mock interviews: loops by company size assembled from the practice banks, timed rounds
with an interviewer script, scorecards built from evidence, debriefs, a kit for mocks with
people. Entry point: `mock.service`."""
