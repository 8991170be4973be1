"""Several suppliers (docs/suppliers.md): the comparison view (``supplierComparison``)."""
