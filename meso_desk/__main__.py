"""``python -m meso_desk`` — the same as the ``meso-desk`` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
