"""Fills the guest's memory (1 MB blocks, no garbage collector to slow it), keeps it, and
then never returns: stopped by the deadline with its memory at the cap."""

import gc


def first_repeated(scans):
    gc.disable()
    hog = []
    try:
        while True:
            hog.append(bytearray(1 << 20))
    except MemoryError:
        pass
    while True:
        pass
