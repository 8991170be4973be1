"""What we print: the package cards we hand the other side (terms only, never our numbers) and
the internal briefing we keep on our side of the table."""
