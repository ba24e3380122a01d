# Loads the C library through ctypes.
import ctypes


def first_repeated(scans):
    return ctypes.CDLL("libc.so.6").getpid()
