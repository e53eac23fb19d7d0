"""Entry script of the PyInstaller bundle: the same ``main()`` as the installed ``nndesk`` command."""

import sys

from nndesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
