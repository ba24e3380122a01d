"""The native level's seccomp filter: a classic BPF program handed to bubblewrap's --seccomp.

A judged function needs none of the system calls below, and each one is a way around the
sandbox's memory bound or isolation: new namespaces and mounts (a user namespace lets a
process mount a tmpfs as large as it likes, host RAM that no rlimit counts), System V
shared memory, semaphores and message queues and POSIX message queues (memory held outside
the address space), memfd, io_uring (its requests bypass seccomp), ptrace and
process_vm_*, keyrings, bpf, perf_event_open, userfaultfd, module loading, kexec, swap and
reboot, handle-based opens. They fail with EPERM; `clone` fails only when asked for a new
namespace, and `clone3` (whose flags a classic filter cannot read) with ENOSYS, which makes
the C library fall back to `clone`. Any other architecture than the one the filter was
built for is killed (so the 32-bit and x32 entry points cannot skip the list).

Built here, in pure Python, for x86_64 and aarch64: no libseccomp is needed on the machine.
DMOJ and isolate deny the same families; this is the denylist form of their allowlists.
"""

from __future__ import annotations

import errno
import platform
import struct

# x86_64 numbers from asm/unistd_64.h; aarch64 from asm-generic/unistd.h
DENIED: dict[str, tuple[int, int]] = {
    # name: (x86_64, aarch64)
    "ptrace": (101, 117),
    "process_vm_readv": (310, 270),
    "process_vm_writev": (311, 271),
    "kcmp": (312, 272),
    "keyctl": (250, 219),
    "add_key": (248, 217),
    "request_key": (249, 218),
    "bpf": (321, 280),
    "perf_event_open": (298, 241),
    "userfaultfd": (323, 282),
    "mount": (165, 40),
    "umount2": (166, 39),
    "pivot_root": (155, 41),
    "chroot": (161, 51),
    "open_tree": (428, 428),
    "move_mount": (429, 429),
    "fsopen": (430, 430),
    "fsconfig": (431, 431),
    "fsmount": (432, 432),
    "fspick": (433, 433),
    "mount_setattr": (442, 442),
    "unshare": (272, 97),
    "setns": (308, 268),
    "shmget": (29, 194),
    "shmat": (30, 196),
    "shmctl": (31, 195),
    "shmdt": (67, 197),
    "semget": (64, 190),
    "semop": (65, 193),
    "semctl": (66, 191),
    "semtimedop": (220, 192),
    "msgget": (68, 186),
    "msgsnd": (69, 189),
    "msgrcv": (70, 188),
    "msgctl": (71, 187),
    "mq_open": (240, 180),
    "mq_unlink": (241, 181),
    "mq_timedsend": (242, 182),
    "mq_timedreceive": (243, 183),
    "mq_notify": (244, 184),
    "mq_getsetattr": (245, 185),
    "memfd_create": (319, 279),
    "memfd_secret": (447, 447),
    "io_uring_setup": (425, 425),
    "io_uring_enter": (426, 426),
    "io_uring_register": (427, 427),
    "kexec_load": (246, 104),
    "kexec_file_load": (320, 294),
    "init_module": (175, 105),
    "finit_module": (313, 273),
    "delete_module": (176, 106),
    "open_by_handle_at": (304, 265),
    "name_to_handle_at": (303, 264),
    "swapon": (167, 224),
    "swapoff": (168, 225),
    "reboot": (169, 142),
    "acct": (163, 89),
    "quotactl": (179, 60),
    "syslog": (103, 116),
    "fanotify_init": (300, 262),
    "vhangup": (153, 58),
}
CLONE = (56, 220)
CLONE3 = (435, 435)
# CLONE_NEWTIME | NEWNS | NEWCGROUP | NEWUTS | NEWIPC | NEWUSER | NEWPID | NEWNET
NAMESPACE_FLAGS = 0x00000080 | 0x00020000 | 0x7E000000
ARCHES = {"x86_64": (0, 0xC000003E), "amd64": (0, 0xC000003E), "aarch64": (1, 0xC00000B7)}
ARCHES["arm64"] = ARCHES["aarch64"]
X32_BIT = 0x40000000

# classic BPF opcodes and seccomp return values
LD_ABS_W = 0x20
JEQ = 0x15  # BPF_JMP | BPF_JEQ | BPF_K
JGE = 0x35  # BPF_JMP | BPF_JGE | BPF_K
JSET = 0x45  # BPF_JMP | BPF_JSET | BPF_K
RET = 0x06
RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
RET_KILL_PROCESS = 0x80000000
OFF_NR, OFF_ARCH, OFF_ARG0 = 0, 4, 16  # struct seccomp_data (little-endian)


def supported(machine: str | None = None) -> bool:
    """Whether a filter can be built for this machine's architecture."""
    return (machine or platform.machine()).lower() in ARCHES


def program(machine: str | None = None) -> bytes:
    """The filter as bubblewrap reads it: an array of struct sock_filter (8 bytes each)."""
    column, audit_arch = ARCHES[(machine or platform.machine()).lower()]
    body: list[tuple[int, str | int, str | int, int]] = [
        (LD_ABS_W, 0, 0, OFF_ARCH),
        (JEQ, 1, 0, audit_arch),
        (RET, 0, 0, RET_KILL_PROCESS),
        (LD_ABS_W, 0, 0, OFF_NR),
    ]
    if column == 0:  # x32 system calls carry this bit: refuse them all
        body.append((JGE, "deny", 0, X32_BIT))
    for numbers in DENIED.values():
        body.append((JEQ, "deny", 0, numbers[column]))
    body.append((JEQ, "nosys", 0, CLONE3[column]))
    body.append((JEQ, "clone", 0, CLONE[column]))
    start = len(body)  # every jump goes forward, so the returns come last
    labels = {"clone": start + 1, "allow": start + 3, "deny": start + 4, "nosys": start + 5}
    body += [
        (RET, 0, 0, RET_ALLOW),
        (LD_ABS_W, 0, 0, OFF_ARG0),  # clone: its flags are the first argument
        (JSET, "deny", 0, NAMESPACE_FLAGS),
        (RET, 0, 0, RET_ALLOW),
        (RET, 0, 0, RET_ERRNO | errno.EPERM),
        (RET, 0, 0, RET_ERRNO | errno.ENOSYS),
    ]
    out = bytearray()
    for index, (code, true, false, k) in enumerate(body):
        jt = labels[true] - index - 1 if isinstance(true, str) else true
        jf = labels[false] - index - 1 if isinstance(false, str) else false
        if not (0 <= jt < 256 and 0 <= jf < 256):
            raise ValueError("seccomp program jump out of range")
        out += struct.pack("<HBBI", code, jt, jf, k)
    return bytes(out)


__all__ = ["DENIED", "program", "supported"]
