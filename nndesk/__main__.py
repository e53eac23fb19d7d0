"""`python -m nndesk`: the same entry point as the `nndesk` command."""

from nndesk.cli import main

raise SystemExit(main())
