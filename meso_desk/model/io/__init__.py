"""Reading and writing plans: our ``.meso`` files and negotiation cases imported from GENIUS."""

from .meso_file import MAX_FILE_BYTES, PlanFileError, load_plan, plan_from_bytes, plan_to_bytes, save_plan

__all__ = ["MAX_FILE_BYTES", "PlanFileError", "load_plan", "plan_from_bytes", "plan_to_bytes", "save_plan"]
