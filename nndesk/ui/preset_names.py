"""The presets' names and descriptions in the language nndesk speaks, for display only.

:mod:`nndesk.project.presets` is Qt-free and keeps the English names, which stay the keys everywhere (project
files, the command line's ``nndesk train NAME``, the combo box's item data). The strings are marked here, under
the context ``Presets``, for ``pyside6-lupdate``; a test checks that every preset has its name and description
marked, so a new preset cannot go untranslated unnoticed.
"""

from __future__ import annotations

from nndesk.i18n import QT_TRANSLATE_NOOP, translate

MARKED = (
    QT_TRANSLATE_NOOP("Presets", "AND"),
    QT_TRANSLATE_NOOP("Presets", "OR"),
    QT_TRANSLATE_NOOP("Presets", "NAND"),
    QT_TRANSLATE_NOOP("Presets", "NOR"),
    QT_TRANSLATE_NOOP("Presets", "XOR"),
    QT_TRANSLATE_NOOP("Presets", "XNOR"),
    QT_TRANSLATE_NOOP("Presets", "NOT"),
    QT_TRANSLATE_NOOP("Presets", "Half adder"),
    QT_TRANSLATE_NOOP("Presets", "Full adder"),
    QT_TRANSLATE_NOOP("Presets", "3-bit parity"),
    QT_TRANSLATE_NOOP("Presets", "Majority"),
    QT_TRANSLATE_NOOP("Presets", "2:1 mux"),
    QT_TRANSLATE_NOOP("Presets", "2-to-4 decoder"),
    QT_TRANSLATE_NOOP("Presets", "2-bit comparator (A>B)"),
    QT_TRANSLATE_NOOP("Presets", "2-bit adder"),
    QT_TRANSLATE_NOOP("Presets", "4-bit parity"),
    QT_TRANSLATE_NOOP("Presets", "7-segment decoder"),
    QT_TRANSLATE_NOOP("Presets", "5-input majority (test rows)"),
    QT_TRANSLATE_NOOP("Presets", "Y is 1 only when A and B are both 1"),
    QT_TRANSLATE_NOOP("Presets", "Y is 1 when A or B (or both) is 1"),
    QT_TRANSLATE_NOOP("Presets", "NOT AND: Y is 0 only when A and B are both 1"),
    QT_TRANSLATE_NOOP("Presets", "NOT OR: Y is 1 only when A and B are both 0"),
    QT_TRANSLATE_NOOP("Presets", "Exclusive or: Y is 1 when A and B differ (needs a hidden layer)"),
    QT_TRANSLATE_NOOP("Presets", "Equality: Y is 1 when A and B are the same (needs a hidden layer)"),
    QT_TRANSLATE_NOOP("Presets", "One input: Y is the opposite of A"),
    QT_TRANSLATE_NOOP("Presets", "Adds two bits: Sum = A XOR B, Carry = A AND B (the article's example)"),
    QT_TRANSLATE_NOOP("Presets", "Adds three bits A + B + Cin: Sum is the low bit, Cout the carry"),
    QT_TRANSLATE_NOOP("Presets", "Odd is 1 when an odd number of A, B, C are 1"),
    QT_TRANSLATE_NOOP("Presets", "Y is 1 when at least two of A, B, C are 1"),
    QT_TRANSLATE_NOOP("Presets", "Selector: Y = A when S is 0, Y = B when S is 1"),
    QT_TRANSLATE_NOOP("Presets", "The 2-bit number A1 A0 (A1 is the high bit) lights exactly one of Y0..Y3"),
    QT_TRANSLATE_NOOP("Presets", "A>B is 1 when the 2-bit number A1 A0 is greater than B1 B0"),
    QT_TRANSLATE_NOOP("Presets", "Adds the 2-bit numbers A1 A0 and B1 B0: Cout S1 S0 is the 3-bit sum"),
    QT_TRANSLATE_NOOP("Presets", "Odd is 1 when an odd number of A, B, C, D are 1"),
    QT_TRANSLATE_NOOP("Presets", "The BCD digit D3 D2 D1 D0 (0-9) lights segments a-g; 10-15 never occur: "
                                 "don't-cares (x)"),
    QT_TRANSLATE_NOOP("Presets", "Y is 1 when at least three of A..E are 1. The 8 test rows are never trained on: "
                                 "does the network answer rows it never saw? (Hold out rows of 3-bit parity to see "
                                 "it fail.)"),
)


def shown_name(name: str) -> str:
    """The preset ``name`` (English, as in PRESETS) as the window shows it."""
    return translate("Presets", name)


def shown_description(description: str) -> str:
    """A preset's English description as the window shows it."""
    return translate("Presets", description)
