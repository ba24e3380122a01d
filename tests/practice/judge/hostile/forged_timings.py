"""Hostile: an O(n^2) solution that fakes the in-process clock, so that every timed batch
reports the same tiny CPU time (it would read as constant time, faster than the
reference) unless the times come from outside the child."""

import itertools
import time

time.process_time = itertools.count(0.0, 1e-6).__next__
time.perf_counter = itertools.count(0.0, 1e-6).__next__


def first_repeated(scans):
    for j in range(len(scans)):
        for i in range(j):
            if scans[i] == scans[j]:
                break
        else:
            continue
        break
    best = -1
    best_j = len(scans)
    for j in range(len(scans)):
        for i in range(j):
            if scans[i] == scans[j] and j < best_j:
                best, best_j = scans[j], j
    return best
