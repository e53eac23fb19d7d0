"""Ready-made training tables (logic gates and small circuits) for the preset menu.

Every table lists all input combinations in binary counting order with the first input as the most
significant bit: (0,0), (0,1), (1,0), (1,1) -- the order of the article's half adder.

The gates are written here; larger circuits are project files shipped in ``nndesk.resources``
(``*.nndesk`` with a ``name`` and a ``description``), so that a teacher can add one by saving a project.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import resources

from nndesk.engine.methods import Method
from nndesk.engine.wording import translate
from nndesk.project.project_file import Project, ProjectError, loads
from nndesk.project.training_settings import TrainingSettings
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


MAJORITY_OF_5 = "5-input majority (test rows)"
# Held out of its training (0-based; rows 2, 7, 13, 16, 18, 23, 28, 31 as shown): of each count of ones but 0 and 5.
MAJORITY_TEST_ROWS = (1, 6, 12, 15, 17, 22, 27, 30)

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
    MAJORITY_OF_5: truth_table(("A", "B", "C", "D", "E"), ("Y",), lambda *bits: int(sum(bits) >= 3)),
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
    MAJORITY_OF_5: "Y is 1 when at least three of A..E are 1. The 8 test rows are never trained on: does the "
                   "network answer rows it never saw? (Hold out rows of 3-bit parity to see it fail.)",
}


@dataclass(frozen=True)
class PresetSettings:
    """What a preset trains with: its hidden layers, η, α, stop rule and epoch limit.

    ``hidden`` are the hidden layer sizes, e.g. ``(3,)`` for the half adder's 2-3-2; ``activations`` has one
    name per layer after the inputs (None: sigmoid everywhere, as in the article).
    """

    hidden: tuple[int, ...]
    eta: float = 0.5
    alpha: float = 0.9
    stop_rule: str = "error"
    target_error: float = 0.01
    margin: float = 0.1
    max_epochs: int = 500_000
    activations: tuple[str, ...] | None = None
    method: Method = field(default_factory=Method)  # the article's online backprop unless said otherwise
    test_rows: tuple[int, ...] = ()  # held-out rows, 0-based (nndesk.project.held_out)
    patience: int | None = None

    def layer_activations(self) -> tuple[str, ...]:
        return self.activations or ("sigmoid",) * (len(self.hidden) + 1)


# Measured (benchmarks/presets.py): with η 0.5 and α 0.9 every gate and circuit converges from seed 1 to the
# article's error 0.01 in at most ~82,000 epochs (3-bit parity), under 2 s here. The error is a sum over the
# rows, so the 16-row tables (the comparator, and the project files in resources/ with the same settings)
# and the 5-input majority (24 rows trained, 8 held out: 1,938 epochs) stop at 0.05: about the same error per
# row. The half adder keeps the article's own settings, so the demo still ends at epoch 1,584,808.
SETTINGS: dict[str, PresetSettings] = {
    "AND": PresetSettings((2,)),
    "OR": PresetSettings((2,)),
    "NAND": PresetSettings((2,)),
    "NOR": PresetSettings((2,)),
    "XOR": PresetSettings((3,)),
    "XNOR": PresetSettings((3,)),
    "NOT": PresetSettings((1,)),
    "Half adder": PresetSettings((3,), eta=0.09, alpha=0.015, target_error=0.01, max_epochs=5_000_000),
    "Full adder": PresetSettings((6,)),
    "3-bit parity": PresetSettings((4,)),
    "Majority": PresetSettings((3,)),
    "2:1 mux": PresetSettings((4,)),
    "2-to-4 decoder": PresetSettings((4,)),
    "2-bit comparator (A>B)": PresetSettings((6,), target_error=0.05),
    MAJORITY_OF_5: PresetSettings((8,), target_error=0.05, test_rows=MAJORITY_TEST_ROWS),  # 24 rows trained
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
            raise RuntimeError(translate("Presets", "the preset file {0} is broken: {1}").format(
                entry.name, exc)) from None
        found[project.name or entry.name.removesuffix(".nndesk")] = project
    return found


# Presets shipped as files: also in PRESETS, DESCRIPTIONS and SETTINGS, so the menu lists them all.
PRESET_PROJECTS: dict[str, Project] = preset_files()
for _name, _project in PRESET_PROJECTS.items():
    PRESETS[_name] = _project.table
    DESCRIPTIONS[_name] = _project.description
    SETTINGS[_name] = PresetSettings(
        tuple(_project.hidden), eta=_project.eta, alpha=_project.alpha, stop_rule=_project.stop_rule,
        target_error=_project.target_error, margin=_project.margin, max_epochs=_project.max_epochs,
        activations=tuple(_project.activations), method=_project.method, test_rows=_project.test_rows,
        patience=_project.patience)

# The hidden layers of each preset, for callers that need only those.
SUGGESTED_HIDDEN: dict[str, list[int]] = {name: list(s.hidden) for name, s in SETTINGS.items()}


def preset_name(name: str) -> str | None:
    """The preset called ``name`` in any letter case (surrounding spaces ignored), or None."""
    wanted = name.strip().casefold()
    return next((n for n in PRESETS if n.casefold() == wanted), None)


def preset_project(name: str) -> Project | None:
    """The preset called ``name`` (any letter case) as a fresh project with its own network and settings
    (η, α, stop rule, epoch limit, hidden layers, activations), at the default seed; None if there is none."""
    match = preset_name(name)
    if match is None:
        return None
    table, s = PRESETS[match], SETTINGS[match]
    training = TrainingSettings(eta=s.eta, alpha=s.alpha, stop_rule=s.stop_rule, target_error=s.target_error,
                                margin=s.margin, max_epochs=s.max_epochs, method=s.method, test_rows=s.test_rows,
                                patience=s.patience)
    return Project(table, (table.n_inputs, *s.hidden, table.n_targets), s.layer_activations(), training=training)


def settings_text(project: Project) -> str:
    """The settings a preset sets, for the status bar: "network 2-3-1, η 0.5, α 0.9, error < 0.01, at most
    500,000 epochs"."""
    rule = (translate("Presets", "error < {0:g}").format(project.target_error) if project.stop_rule == "error"
            else translate("Presets", "all rows right by {0:g}").format(project.margin))
    shape = "-".join(map(str, project.topology))
    if set(project.activations) != {"sigmoid"}:
        shape += f" ({', '.join(project.activations)})"
    method = "" if project.method == Method() else f"{project.method.describe()}, "
    held = (translate("Presets", ", test rows {0}").format(", ".join(str(r + 1) for r in project.test_rows))
            if project.test_rows else "")
    return translate("Presets", "network {0}, {1}η {2:g}, α {3:g}, {4}, at most {5:,} epochs{6}").format(
        shape, method, project.eta, project.alpha, rule, project.max_epochs, held)


def preset_named(table: TruthTable) -> str | None:
    """The name of the preset equal to ``table`` (names and values), or None for a user's own table."""
    for name, preset in PRESETS.items():
        if preset == table:
            return name
    return None
