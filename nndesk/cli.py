"""Command-line entry point: the GUI by default (placeholder until the app module lands)."""


def main(argv: list[str] | None = None) -> int:
    return 0
