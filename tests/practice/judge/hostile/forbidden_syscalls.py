"""Hostile: system calls a judged function never needs (ptrace, keyrings, bpf, perf
events, userfaultfd, mounts, namespaces, message queues, memfd, io_uring); prints the errno
each one returned."""

import ctypes
import platform

libc = ctypes.CDLL(None, use_errno=True)
NUMBERS = {  # x86_64, aarch64
    "ptrace": (101, 117),
    "keyctl": (250, 219),
    "bpf": (321, 280),
    "perf_event_open": (298, 241),
    "userfaultfd": (323, 282),
    "mount": (165, 40),
    "unshare": (272, 97),
    "setns": (308, 268),
    "msgget": (68, 186),
    "memfd_create": (319, 279),
    "io_uring_setup": (425, 425),
}


def first_repeated(scans):
    column = 0 if platform.machine() in ("x86_64", "AMD64") else 1
    for name, numbers in NUMBERS.items():
        result = libc.syscall(numbers[column], 0, 0, 0, 0, 0)
        print(name, result, ctypes.get_errno())
    return -1
