"""The other side: the rounds of offers and their reactions we record, what those reveal about
their priorities (the estimate), which issues to trade, and their value of any package."""
