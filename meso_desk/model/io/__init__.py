"""Reading and writing plans: ``.meso`` files and GENIUS XML import."""

from .meso_file import MAX_FILE_BYTES, PlanFileError, load_plan, plan_from_bytes, plan_to_bytes, save_plan

__all__ = ["MAX_FILE_BYTES", "PlanFileError", "load_plan", "plan_from_bytes", "plan_to_bytes", "save_plan"]
