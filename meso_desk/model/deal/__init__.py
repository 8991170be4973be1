"""Closing the deal: our and their walk-away, the zone where a deal is possible, the agreement,
improvements both sides gain from after it (post-settlement), and the debrief."""
