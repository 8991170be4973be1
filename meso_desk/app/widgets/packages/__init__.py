"""The Packages panel: the package cards (:mod:`.package_panel`, :mod:`.package_column`), their
term sliders and score bars, and the "Generate MESOs" dialog."""
