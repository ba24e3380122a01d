"""Hostile: System V shared memory, attached, filled and detached again and again: memory
held by the kernel that the address-space limit stops counting once detached."""

import ctypes

IPC_PRIVATE = 0
IPC_CREAT = 0o1000
libc = ctypes.CDLL(None, use_errno=True)
libc.shmat.restype = ctypes.c_void_p
libc.shmat.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int]


def first_repeated(scans):
    held = 0
    for _ in range(8):  # 8 x 128 MB
        segment = libc.shmget(IPC_PRIVATE, 128 << 20, IPC_CREAT | 0o600)
        if segment < 0:
            print("shmget errno", ctypes.get_errno())
            return -1
        address = libc.shmat(segment, None, 0)
        if address in (None, ctypes.c_void_p(-1).value):
            print("shmat errno", ctypes.get_errno())
            return -1
        ctypes.memset(address, 1, 128 << 20)
        libc.shmdt(ctypes.c_void_p(address))
        held += 128
    print("held", held, "MB")
    return -1
