"""The Qt-free negotiation model: plans, packages, scoring, file I/O."""
