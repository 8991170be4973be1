"""What we put on the table: packages worth the same to us that concede on different issues
(MESO sets), the value band and frontier they are chosen from, rebalancing a package when one
term moves, and each package's status against our target and walk-away."""
