"""The deal panel: our walk-away and theirs, the ZOPA, the agreement, post-settlement and the
debrief."""
