"""Every edit of a plan, one named Qt-free function each, grouped by what it edits."""
