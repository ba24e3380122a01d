"""The seccomp program: its system call numbers are the kernel's, every jump lands inside
the program, and `pivotprep doctor` lists it among the controls."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from pivotprep.practice.judge import seccomp

HEADERS = {
    0: Path("/usr/include/x86_64-linux-gnu/asm/unistd_64.h"),
    1: Path("/usr/include/asm-generic/unistd.h"),
}


@pytest.mark.parametrize("column", [0, 1])
def test_numbers_match_the_kernel_headers(column):
    header = HEADERS[column]
    if not header.is_file():
        pytest.skip(f"{header} is not installed")
    defined = dict(re.findall(r"#define __NR_(\w+)\s+(\d+)", header.read_text()))
    table = {**seccomp.DENIED, "clone": seccomp.CLONE, "clone3": seccomp.CLONE3}
    for name, numbers in table.items():
        if name in defined:
            assert int(defined[name]) == numbers[column], name


@pytest.mark.parametrize("machine", ["x86_64", "aarch64"])
def test_every_jump_lands_inside_the_program_and_it_ends_in_returns(machine):
    raw = seccomp.program(machine)
    code = [struct.unpack("<HBBI", raw[i : i + 8]) for i in range(0, len(raw), 8)]
    for index, (op, jt, jf, _) in enumerate(code):
        if op & 0x07 == 0x05:  # a jump
            assert index + 1 + max(jt, jf) < len(code)
    assert code[-1][0] == seccomp.RET
    denied = {k for op, _, _, k in code if op == seccomp.JEQ}
    assert seccomp.DENIED["unshare"][0 if machine == "x86_64" else 1] in denied


def test_doctor_lists_each_control(cli, sandbox_level):
    result = cli("doctor")
    for name in ("namespaces", "seccomp", "cgroup", "rlimits", "user"):
        assert f"control {name}: " in result.output
    assert "control seccomp: active" in result.output
