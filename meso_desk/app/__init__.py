"""The Qt layer of MESO Desk (PySide6 + pyqtgraph). Importing it loads Qt."""

import os

os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")
