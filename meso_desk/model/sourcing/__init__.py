"""Sourcing with several suppliers (issue 25, docs/suppliers.md): the market of held offers
and the BATNA against each supplier (:mod:`.market`), the suppliers side by side
(:mod:`.comparison`), and split awards (:mod:`.split`). Qt-free; above the deal phase, below
the edits."""

from .comparison import (
    SORT_KEYS,
    SupplierRow,
    compare_suppliers,
    sort_rows,
    supplier_next_set,
    supplier_row,
    with_next_set,
    zopa_sentence,
)
from .market import OUTSIDE_OPTION, HeldOffer, batna_against, batna_in_use, best_offer, best_offers, outside_offer
from .split import SplitAward, split_award

__all__ = [
    "OUTSIDE_OPTION",
    "SORT_KEYS",
    "HeldOffer",
    "SplitAward",
    "SupplierRow",
    "batna_against",
    "batna_in_use",
    "best_offer",
    "best_offers",
    "compare_suppliers",
    "outside_offer",
    "sort_rows",
    "split_award",
    "supplier_next_set",
    "supplier_row",
    "with_next_set",
    "zopa_sentence",
]
