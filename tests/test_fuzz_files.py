"""Fuzzed files on disk: every damaged project file or CSV file either opens or raises the module's own error.

The errors are :class:`ProjectError` and :class:`CsvError`, with one line in the user's words that names the
problem: no traceback, no Python names or reprs, no control characters. A file that opens must also give a
network and save and reopen unchanged. ``nndesk check FILE`` on a broken file exits 2 with one line on stderr,
in-process for many files and as a real process for a dozen kinds of damage.

Every generated file is written to disk (``FILES_WRITTEN`` counts them; the terminal summary shows the total).
The damage: truncation, flipped, inserted, deleted and duplicated bytes, dangerous tokens (1e999, NaN, numbers of
thousands of digits, lone surrogates, control characters, deep nesting), replaced fields of every type, foreign
JSON, binary garbage and other encodings (UTF-16, UTF-32, Latin-1, Windows-1252).
"""

from __future__ import annotations

import codecs
import json
import math
import os
import re
import signal
import subprocess
import sys
import unicodedata
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from nndesk import cli
from nndesk.engine import Network
from nndesk.project.csv_io import CsvError, CsvGrid, read_csv
from nndesk.project.presets import PRESETS
from nndesk.project.project_file import Project, ProjectError, dumps, load_project, save_project, thin_history
from nndesk.project.training_settings import TrainingSettings

FILES_WRITTEN: dict[str, int] = {}
SCALE = int(os.environ.get("NNDESK_FUZZ_SCALE", "1"))  # e.g. 20 for a long hunt with fresh random files


def fuzz(examples: int) -> settings:
    """Hypothesis settings for ``examples`` files (times SCALE): the same files every run unless hunting, no
    deadline (disks vary), module fixtures allowed."""
    return settings(
        max_examples=examples * SCALE,
        derandomize=SCALE == 1,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


# Words that only a programmer would understand; checked outside the quoted parts of a message.
JARGON = re.compile(
    r"Traceback|[A-Z][a-z]+Error\b|Exception|<(class|function|built-in|module)|object at 0x|\bdtype\b|"
    r"numpy|\bnp\.|float64|int64|NoneType|"
    r"\bargument\b|subscriptable|\battribute\b|unhashable|\bcodec\b|\bbyte 0x|\bposition \d|\bstr\b|\bint\b|"
    r"\bdict\b|\blist\(|\bsys\.|recursion depth|\bdecode\b"
)


def written(folder: Path, suffix: str, data: bytes) -> Path:
    """``data`` written to a new file in ``folder``; counted in FILES_WRITTEN under the test's name."""
    n = sum(FILES_WRITTEN.values())
    test = os.environ.get("PYTEST_CURRENT_TEST", "?").split("::")[-1].split("[")[0].split(" ")[0]
    FILES_WRITTEN[test] = FILES_WRITTEN.get(test, 0) + 1
    path = folder / f"fuzz{n}{suffix}"
    path.write_bytes(data)
    return path


def assert_clear(message: str) -> None:
    """One line in the user's words: no control characters, no Python jargon outside the quoted values."""
    assert message, "an empty message"
    assert len(message) < 400, message
    assert not any(unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp") for ch in message), repr(message)
    unquoted = re.sub(r"'[^']*'|\"[^\"]*\"", "''", message)
    unquoted = re.sub(r"column [^:]*:", "column:", unquoted)  # a column's name, as the file has it
    assert not JARGON.search(unquoted), message


@pytest.fixture(autouse=True)
def no_hang():
    """A test of this file that takes over two minutes fails (a hang) instead of stalling the suite."""
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def hung(signum, frame):
        raise TimeoutError("a fuzzed file made the reader hang")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(120 * SCALE)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# ================================================================================================ projects
def _trained_project() -> Project:
    table = PRESETS["Half adder"]
    net = Network([2, 3, 2], eta=0.5, alpha=0.1, seed=7)
    errors = net.train(table.inputs, table.targets, 40)
    base = Project(
        table,
        (2, 3, 2),
        ("sigmoid", "tanh"),
        training=TrainingSettings(eta=0.5, alpha=0.1, seed=7, max_epochs=30),
        name="Größe λ",
        description="a trained half adder",
    )
    return base.with_network(net, thin_history(np.arange(1, 41), errors))


TRAINED = _trained_project()
V0 = json.dumps(
    {
        "format": "nndesk-project",
        "version": 0,
        "inputs": ["A"],
        "targets": ["Y"],
        "rows": [[0, 1], [1, 0]],
        "hidden": [2],
        "eta": 0.5,
        "max_epochs": 30,
        "epochs": 3,
        "weights": [[[0.1, 0.2]] * 2, [[1.0, 2.0, 3.0]]],
    },
    indent=1,
)
DONT_CARE = dumps(Project(PRESETS["XOR"].with_value(0, 2, math.nan), (2, 2, 1), ("relu", "sigmoid"),
                         training=TrainingSettings(max_epochs=30)))
PROJECT_BASES = [dumps(TRAINED).encode(), V0.encode(), DONT_CARE.encode()]

NASTY_TOKENS = [
    b"1e999",
    b"-1e999",
    b"NaN",
    b"-Infinity",
    b"9" * 5000,
    b"1" + b"0" * 400,
    b"0." + b"0" * 400 + b"1",
    b'"\\ud800"',
    b'"\\u0000"',
    b'"\\n"',
    b"[" * 3000,
    b"{" * 3000,
    b"null",
    b"true",
    b"{}",
    b"[]",
    b'"' + b"x" * 5000 + b'"',
    b"-0",
    b"1e-400",
    b"\xff\xfe",
    b"\x00",
    b"\xc3",
    b"\xef\xbb\xbf",
    b"4096",
    b"100001",
    b"2147483648",
    b"-1",
    b"1.5",
    b'"linear"',
    b'"sigmoid"',
]


@st.composite
def damaged(draw: st.DrawFn, bases: list[bytes], tokens: list[bytes]) -> bytes:
    """A base file with 1 to 4 kinds of damage at random places."""
    data = bytearray(draw(st.sampled_from(bases)))
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "duplicate", "token", "token"]))
        at = draw(st.integers(0, len(data)))
        if kind == "truncate":
            del data[at:]
        elif kind == "flip" and at < len(data):
            data[at] ^= draw(st.integers(1, 255))
        elif kind == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif kind == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif kind == "duplicate":
            data[at:at] = data[at : at + draw(st.integers(1, 200))]
        else:  # a dangerous token in place of the next few bytes
            data[at : at + draw(st.integers(0, 6))] = draw(st.sampled_from(tokens))
    return bytes(data)


def open_or_refuse(path: Path, folder: Path) -> Project | None:
    """load_project(path): a usable project, or None after checking the ProjectError's message."""
    try:
        project = load_project(path)
    except ProjectError as exc:
        assert_clear(str(exc))
        assert str(exc).startswith(f"Cannot open {path.name}: ")
        return None
    project.network()  # an opened project gives a network ...
    again = folder / f"{path.stem}.saved.nndesk"
    save_project(project, again)  # ... saves ...
    assert load_project(again) == project  # ... and reopens the same
    return project


@fuzz(600)
@given(data=damaged(PROJECT_BASES, NASTY_TOKENS))
def test_damaged_project_files_open_or_give_one_clear_error(folder: Path, data: bytes) -> None:
    open_or_refuse(written(folder, ".nndesk", data), folder)


JSON_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(-(10**30), 10**30)
    | st.sampled_from([0, 1, -1, 2**31, 2**63, 10**300])
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.sampled_from([5e-324, 1e308, -0.0, 0.1])
    | st.text(max_size=6)
    | st.sampled_from(["\ud800", "\x00", "a\nb", "sigmoid", "x" * 600, "A", "Y"])
)
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=4), inner, max_size=4),
    max_leaves=12,
)


def _field_paths(value: object, prefix: tuple = ()) -> list[tuple]:
    paths = [prefix] if prefix else []
    if isinstance(value, dict):
        for k, v in value.items():
            paths += _field_paths(v, (*prefix, k))
    elif isinstance(value, list):
        for k, v in enumerate(value[:4]):
            paths += _field_paths(v, (*prefix, k))
    return paths


BASE_DOC = json.loads(dumps(TRAINED))
FIELD_PATHS = _field_paths(BASE_DOC)


def _nested(depth: int) -> object:
    value: object = 1
    for _ in range(depth):
        value = [value]
    return value


# one value in ten nested 1 to 400 deep (json parses that; the checks must not trip on it)
FIELD_VALUES = st.integers(0, 9).flatmap(lambda k: st.builds(_nested, st.integers(1, 400)) if k == 0 else JSON_VALUES)


@fuzz(500)
@given(
    st.lists(st.sampled_from(FIELD_PATHS), min_size=1, max_size=3),
    st.data(),
)
def test_any_field_of_any_type_opens_or_gives_one_clear_error(folder: Path, paths: list[tuple], data) -> None:
    doc = json.loads(json.dumps(BASE_DOC))
    for path in paths:
        target = doc
        try:
            for key in path[:-1]:
                target = target[key]
            value = data.draw(FIELD_VALUES)
            if isinstance(target, dict) or (isinstance(target, list) and path[-1] < len(target)):
                target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier replacement removed this field
    text = json.dumps(doc, ensure_ascii=data.draw(st.booleans()))
    open_or_refuse(written(folder, ".nndesk", text.encode("utf-8", "surrogatepass")), folder)


@fuzz(300)
@given(JSON_VALUES, st.booleans())
def test_foreign_json_is_not_a_project(folder: Path, value: object, claims_format: bool) -> None:
    if claims_format and isinstance(value, dict):
        value = {**value, "format": "nndesk-project", "version": 1}
    text = json.dumps(value).encode()
    project = open_or_refuse(written(folder, ".nndesk", text), folder)
    assert project is None


@fuzz(250)
@given(st.binary(max_size=3000))
def test_binary_garbage_is_not_a_project(folder: Path, data: bytes) -> None:
    assert open_or_refuse(written(folder, ".nndesk", data), folder) is None


TEXT = json.dumps(BASE_DOC, indent=1, ensure_ascii=False)  # "Größe λ" as it is, not in \u escapes


def with_raw(path: tuple, raw: str) -> bytes:
    """The trained project's file with the JSON text ``raw`` (any text at all) as the field at ``path``."""
    doc = json.loads(TEXT)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = "@@RAW@@"
    return json.dumps(doc, indent=1).replace('"@@RAW@@"', raw).encode("utf-8", "surrogatepass")


@pytest.mark.parametrize(
    ("data", "opens"),
    [
        (TEXT.encode("utf-8"), True),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), True),
        (TEXT.encode("utf-16"), True),  # with its byte-order mark, as Notepad saves "Unicode"
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), True),
        (TEXT.encode("utf-32"), True),
        (TEXT.encode("utf-16-le"), False),  # no mark: not UTF-8, not JSON
        (TEXT.replace("λ", "").encode("latin-1"), False),  # "Größe" in Latin-1 is not UTF-8
        (TEXT.replace("λ", "").encode("cp1252"), False),
        (TEXT.encode("utf-16")[: len(TEXT) // 2 * 2 + 1], False),  # UTF-16 cut in the middle of a character
        (codecs.BOM_UTF8 + b"\xff" + TEXT.encode(), False),
        (TEXT.encode("utf-8")[:-40], False),
        (b"", False),
        (b"\n\n   \n", False),
        (b"[" * 100_000 + b"]" * 100_000, False),  # json raises RecursionError on these
        (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, False),
        (with_raw(("table", "rows"), "[" * 50_000 + "]" * 50_000), False),
        (with_raw(("table", "rows", 0, 1), "[" * 900 + "]" * 900), False),  # deep, but not too deep for json
        (with_raw(("training", "eta"), "1e999"), False),
        (with_raw(("training", "eta"), "9" * 5000), False),
        (with_raw(("training", "eta"), "1" + "0" * 400 + ".5"), False),
        (with_raw(("training", "seed"), "9" * 5000), False),
        (with_raw(("training", "max_epochs"), "1e300"), False),
        (with_raw(("history", "epochs", 0), "100000000000000000000"), False),
        (with_raw(("history", "errors", 0), "1" + "0" * 200), True),  # a huge error is still a number
        (with_raw(("state", "weights", 0, 0, 0), "1e308"), True),
        (with_raw(("state", "weights", 0, 0, 0), "1e309"), False),
        (with_raw(("table", "targets", 0), '"\\ud800"'), False),
        (with_raw(("table", "targets", 0), '"S\\u0000m"'), False),
        (with_raw(("table", "targets", 0), '"S\\u2028m"'), False),
        (with_raw(("name",), '"\\udfffGr"'), False),
        (with_raw(("description",), '"two\\nlines"'), False),
        (with_raw(("network", "topology"), json.dumps([2] + [1] * 200 + [2])), False),
        (with_raw(("network", "topology"), "[2, 1500, 1500, 2]"), False),
    ],
)
def test_encodings_nesting_and_huge_numbers(folder: Path, data: bytes, opens: bool) -> None:
    project = open_or_refuse(written(folder, ".nndesk", data), folder)
    assert (project is not None) == opens
    if opens and project.history == TRAINED.history and project.state == TRAINED.state:
        assert project == TRAINED


# ================================================================================================ CSV
CSV_BASES = [
    b"A,B,Sum,Carry\n0,0,0,0\n0,1,1,0\n1,0,1,0\n1,1,0,1\n",
    '\ufeff"In, first";"B ""q""";Out\r\n\r\n0,5;0;1\r\n1,25;1;x\r\n'.encode(),
    b"x1\tx2\ty\n0.1\t-3\t?\n1e-7\t2\t1\n",
    "Größe,Länge,Y\n1,2,3\n4,5,6\n".encode("cp1252"),
    "Größe;Y\n1;2\n".encode("utf-16"),
]
CSV_TOKENS = [
    b"1e999",
    b"nan",
    b"inf",
    b"9" * 5000,
    b'"',
    b'"a\nb"',
    b"\x00",
    b"\r",
    b"\n\n",
    b",,,",
    b";",
    b"\t",
    b"x",
    b"?",
    b"-",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\xc3",
    b"\x85",
    b"\xe2\x80\xa8",
    b"a" * 100,
    b'"' + b"y" * 200_000 + b'"',  # longer than the csv module's cell limit
]


def read_or_refuse(path: Path, targets: list[int]) -> CsvGrid | None:
    try:
        grid = read_csv(path)
    except CsvError as exc:
        assert_clear(str(exc))
        assert str(exc).startswith(path.name)
        return None
    try:
        grid.to_table(targets or None)
    except CsvError as exc:
        assert_clear(str(exc))
    return grid


@fuzz(500)
@given(damaged(CSV_BASES, CSV_TOKENS), st.lists(st.integers(0, 4), max_size=3))
def test_damaged_csv_files_read_or_give_one_clear_error(folder: Path, data: bytes, targets: list[int]) -> None:
    read_or_refuse(written(folder, ".csv", data), targets)


CSV_ALPHABET = st.sampled_from([*'AB01x?,;\t\n\r" .-e5', "\ufeff", "\x00", "\x0b", "\x85", "é", "λ", "\u2028", "€"])
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-32", "cp1252", "latin-1", "utf-16-le"]


@fuzz(300)
@given(st.text(alphabet=CSV_ALPHABET, max_size=80), st.sampled_from(ENCODINGS), st.lists(st.integers(0, 4)))
def test_any_text_in_any_encoding_reads_or_gives_one_clear_error(
    folder: Path, text: str, encoding: str, targets: list[int]
) -> None:
    data = text.encode(encoding, errors="replace")
    read_or_refuse(written(folder, ".csv", data), targets)


@fuzz(200)
@given(st.binary(max_size=2000))
def test_binary_garbage_is_no_table(folder: Path, data: bytes) -> None:
    read_or_refuse(written(folder, ".csv", data), [])


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"A,Y\n0," + b"1" * 300 + b"\n", None),  # a long number is still a number
        (b"A,Y\n0," + b"1" * 200_000 + b"\n", "a cell is too long"),
        (b'A,Y\n0,"' + b"1" * 200_000 + b'"\n', "a cell is too long"),
        (b"A,Y\n0," + b"x" * 5000 + b"\n", "is not a number"),
        (b"A,Y\n0,1e999\n", "finite"),
        (b"A,Y\n0,1\x00\n", "binary data"),
        ("A,Y\n0,1\n".encode("utf-16-le"), "binary data"),
        (codecs.BOM_UTF16_LE + b"A\x00,\x00Y\x00\n\x00\xd8", "damaged"),
        (b"A\x0bB,Y\n0,1\n", "control characters"),
        (b"A\xe2\x80\xa8B,Y\n0,1\n", "control characters"),
        (b'"A\nB",Y\n0,1\n', "one line"),
        (b",".join(b"C%d" % k for k in range(2_001)) + b"\n" + b",".join([b"0"] * 2_001) + b"\n", "at most 2,000"),
    ],
)
def test_long_cells_odd_bytes_and_wide_headers(folder: Path, data: bytes, words: str | None) -> None:
    path = written(folder, ".csv", data)
    if words is None:
        assert read_csv(path).values[0][1] == float("1" * 300)
        return
    with pytest.raises(CsvError) as caught:
        read_csv(path).to_table()
    assert_clear(str(caught.value))
    assert words in str(caught.value)


# ================================================================================================ nndesk check
CHECK_BASE = dumps(Project(PRESETS["AND"], (2, 2, 1), ("sigmoid", "sigmoid"),
                           training=TrainingSettings(max_epochs=20))).encode()


@fuzz(250)
@given(damaged([CHECK_BASE], NASTY_TOKENS))
def test_check_on_a_broken_file_exits_2_with_one_line(folder: Path, capsys, data: bytes) -> None:
    path = written(folder, ".nndesk", data)
    try:
        load_project(path)
    except ProjectError:
        pass
    else:
        return  # the damage left a valid project: nothing to check here (it would train)
    code = cli.main(["check", str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("nndesk: Cannot open ") and err.endswith("\n") and err.count("\n") == 1, err
    assert_clear(err.removeprefix("nndesk: ").rstrip("\n"))


def _broken_files(folder: Path) -> dict[str, Path]:
    """A dozen kinds of damage, each as a file (or a thing in place of one)."""
    text = CHECK_BASE.decode()
    contents = {
        "empty": b"",
        "truncated": CHECK_BASE[: len(CHECK_BASE) // 2],
        "binary": bytes(range(256)) * 4,
        "latin-1": text.replace('"A"', '"Größe"').encode("latin-1"),
        "deep nesting": b"[" * 100_000 + b"]" * 100_000,
        "foreign json": b'{"hello": [1, 2, 3]}',
        "huge number": text.replace('"eta": 0.09', '"eta": 1e999').encode(),
        "lone surrogate": text.replace('"Y"', '"\\ud800"').encode(),
        "too many rows": text.replace('"rows": [', '"rows": [' + "[0, 0, 0], " * 100_001, 1).encode(),
        "too big a network": text.replace('"topology": [2, 2, 1]', '"topology": [2, 1500, 1500, 1]').encode(),
    }
    paths = {kind: written(folder, ".nndesk", data) for kind, data in contents.items()}
    huge = folder / "huge.nndesk"
    with huge.open("wb") as f:
        f.truncate(150_000_000)  # sparse: no disk space used, but 150 MB to whoever reads it
    paths["150 MB"] = huge
    fifo = folder / "pipe.nndesk"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)  # opening it for reading would wait for a writer forever
        paths["named pipe"] = fifo
    paths["folder"] = folder / "a folder.nndesk"
    paths["folder"].mkdir()
    return paths


def test_check_on_broken_files_in_real_processes(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    runs = {
        kind: subprocess.Popen(
            [sys.executable, "-m", "nndesk", "check", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            stdin=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        for kind, path in _broken_files(tmp_path).items()
    }
    for kind, process in runs.items():
        try:
            out, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
            pytest.fail(f"nndesk check hung on: {kind}")
        assert process.returncode == 2, (kind, err)
        assert out == "" and err.count("\n") == 1 and err.startswith("nndesk: Cannot open "), (kind, err)
        assert_clear(err.removeprefix("nndesk: ").rstrip("\n"))


def test_zz_report_how_many_files_were_written(record_property) -> None:
    """Last in this file, so it runs last: the total, shown in the terminal summary."""
    total = sum(FILES_WRITTEN.values())
    record_property("summary", f"fuzz: {total:,} generated files written and read by {len(FILES_WRITTEN)} tests")
    writers = {name for name in globals() if name.startswith("test_") and not name.startswith("test_zz")}
    if writers <= set(FILES_WRITTEN):  # every test of this file ran: the count is the one promised
        assert total >= 2_000, FILES_WRITTEN
