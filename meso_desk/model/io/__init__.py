"""Reading and writing plans: our ``.meso`` files and negotiation cases imported from GENIUS."""

from .meso_file import (
    MAX_FILE_BYTES,
    MAX_ISSUES,
    MAX_OPTIONS,
    PlanFileError,
    load_plan,
    migrate_v1,
    plan_from_bytes,
    plan_to_bytes,
    remove_stale_temps,
    save_plan,
)

__all__ = ["MAX_FILE_BYTES", "MAX_ISSUES", "MAX_OPTIONS", "PlanFileError", "load_plan", "migrate_v1",
           "plan_from_bytes", "plan_to_bytes", "remove_stale_temps", "save_plan"]
