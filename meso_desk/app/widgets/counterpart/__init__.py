"""The counterpart panel: recording their reactions, the estimate of what matters to them, the
rounds, and the next MESO set from the estimate."""
