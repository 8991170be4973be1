"""What matters to us: the issues we negotiate, how good each term is for us (the value
curves, hard limits, unacceptable options) and how much each issue weighs."""
