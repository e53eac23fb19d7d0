"""Ready-made training tables (logic gates and small circuits) for the preset menu.

Every table lists all input combinations in binary counting order with the first input as the most
significant bit: (0,0), (0,1), (1,0), (1,1) -- the order of the article's half adder.

The gates are written here; larger circuits are project files shipped in ``nndesk.resources``
(``*.nndesk`` with a ``name`` and a ``description``), so that a teacher can add one by saving a project.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from importlib import resources

from nndesk.project.project_file import Project, ProjectError, loads
from nndesk.project.truth_table import TruthTable

RESOURCE_PACKAGE = "nndesk.resources"

Bits = tuple[int, ...]


def truth_table(
    input_names: Sequence[str], target_names: Sequence[str], rule: Callable[..., Sequence[int] | int]
) -> TruthTable:
    """Tabulate ``rule(*inputs)`` over every 0/1 input combination; it returns one int or one per target."""
    rows = []
    for bits in itertools.product((0, 1), repeat=len(input_names)):
        out = rule(*bits)
        outs = (out,) if isinstance(out, int) else tuple(out)
        rows.append((*bits, *(int(bool(o)) for o in outs)))
    return TruthTable(tuple(input_names), tuple(target_names), tuple(rows))


def _gate(rule: Callable[[int, int], int]) -> TruthTable:
    return truth_table(("A", "B"), ("Y",), rule)


PRESETS: dict[str, TruthTable] = {
    "AND": _gate(lambda a, b: a & b),
    "OR": _gate(lambda a, b: a | b),
    "NAND": _gate(lambda a, b: 1 - (a & b)),
    "NOR": _gate(lambda a, b: 1 - (a | b)),
    "XOR": _gate(lambda a, b: a ^ b),
    "XNOR": _gate(lambda a, b: 1 - (a ^ b)),
    "NOT": truth_table(("A",), ("Y",), lambda a: 1 - a),
    "Half adder": truth_table(("A", "B"), ("Sum", "Carry"), lambda a, b: (a ^ b, a & b)),
    "Full adder": truth_table(("A", "B", "Cin"), ("Sum", "Cout"), lambda a, b, c: ((a + b + c) % 2, (a + b + c) // 2)),
    "3-bit parity": truth_table(("A", "B", "C"), ("Odd",), lambda a, b, c: a ^ b ^ c),
    "Majority": truth_table(("A", "B", "C"), ("Y",), lambda a, b, c: (a & b) | (a & c) | (b & c)),
    "2:1 mux": truth_table(("S", "A (S=0)", "B (S=1)"), ("Y",), lambda s, a, b: b if s else a),
    "2-to-4 decoder": truth_table(
        ("A1", "A0"), ("Y0", "Y1", "Y2", "Y3"), lambda a1, a0: tuple(int(2 * a1 + a0 == k) for k in range(4))
    ),
    "2-bit comparator (A>B)": truth_table(
        ("A1", "A0", "B1", "B0"), ("A>B",), lambda a1, a0, b1, b0: int(2 * a1 + a0 > 2 * b1 + b0)
    ),
}

DEFAULT_PRESET = "Half adder"

DESCRIPTIONS: dict[str, str] = {
    "AND": "Y is 1 only when A and B are both 1",
    "OR": "Y is 1 when A or B (or both) is 1",
    "NAND": "NOT AND: Y is 0 only when A and B are both 1",
    "NOR": "NOT OR: Y is 1 only when A and B are both 0",
    "XOR": "Exclusive or: Y is 1 when A and B differ (needs a hidden layer)",
    "XNOR": "Equality: Y is 1 when A and B are the same (needs a hidden layer)",
    "NOT": "One input: Y is the opposite of A",
    "Half adder": "Adds two bits: Sum = A XOR B, Carry = A AND B (the article's example)",
    "Full adder": "Adds three bits A + B + Cin: Sum is the low bit, Cout the carry",
    "3-bit parity": "Odd is 1 when an odd number of A, B, C are 1",
    "Majority": "Y is 1 when at least two of A, B, C are 1",
    "2:1 mux": "Selector: Y = A when S is 0, Y = B when S is 1",
    "2-to-4 decoder": "The 2-bit number A1 A0 (A1 is the high bit) lights exactly one of Y0..Y3",
    "2-bit comparator (A>B)": "A>B is 1 when the 2-bit number A1 A0 is greater than B1 B0",
}

SUGGESTED_HIDDEN: dict[str, list[int]] = {
    "AND": [2],
    "OR": [2],
    "NAND": [2],
    "NOR": [2],
    "XOR": [3],
    "XNOR": [3],
    "NOT": [1],
    "Half adder": [3],
    "Full adder": [6],
    "3-bit parity": [4],
    "Majority": [3],
    "2:1 mux": [4],
    "2-to-4 decoder": [4],
    "2-bit comparator (A>B)": [6],
}


def preset_files() -> dict[str, Project]:
    """The presets shipped as project files, by name, in file-name order. A broken file is an error:
    it ships with nndesk, so a test must catch it rather than a user."""
    found: dict[str, Project] = {}
    folder = resources.files(RESOURCE_PACKAGE)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".nndesk"):
            continue
        try:
            project = loads(entry.read_bytes())
        except ProjectError as exc:
            raise RuntimeError(f"the preset file {entry.name} is broken: {exc}") from None
        found[project.name or entry.name.removesuffix(".nndesk")] = project
    return found


# Presets shipped as files: also in PRESETS, DESCRIPTIONS and SUGGESTED_HIDDEN, so the menu lists them all.
PRESET_PROJECTS: dict[str, Project] = preset_files()
for _name, _project in PRESET_PROJECTS.items():
    PRESETS[_name] = _project.table
    DESCRIPTIONS[_name] = _project.description
    SUGGESTED_HIDDEN[_name] = list(_project.hidden)


def preset_named(table: TruthTable) -> str | None:
    """The name of the preset equal to ``table`` (names and values), or None for a user's own table."""
    for name, preset in PRESETS.items():
        if preset == table:
            return name
    return None
