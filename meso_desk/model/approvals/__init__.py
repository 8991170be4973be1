"""Our approvers as rules: who signs a package off, who objects and why (docs/approvals.md)."""
