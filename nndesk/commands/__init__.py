"""Headless sub-commands of ``nndesk``: one module per command, each defining ``COMMAND`` (see nndesk.cli).

Modules whose names start with "_" are helpers, not commands. Keep this file free of imports: the command
line lists the package's modules without importing them.
"""
