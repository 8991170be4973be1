"""The frozen program's entry script (PyInstaller runs it as ``__main__``).

``meso_desk/__main__.py`` uses a relative import, which a frozen entry script cannot, so the bundle
starts here.
"""

import os
import sys

if __name__ == "__main__":
    # Started with an empty environment (env -i, some launchers): Qt wants a UTF-8 locale and
    # complains on stderr when it has to pick one itself.
    if sys.platform.startswith("linux") and not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
        os.environ["LC_CTYPE"] = "C.UTF-8"

    from meso_desk.cli import main

    sys.exit(main())
