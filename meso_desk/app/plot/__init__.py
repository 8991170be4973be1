"""The plots of the window (pyqtgraph): the value map and the outcome plot.

``value_map.ValueMap`` (``valueMap``) — our value over two issues with the packages on it;
``outcome_plot.OutcomePlot`` (``outcomePlot``) — our value against the counterpart's
estimated value. Both export as PNG or SVG (``export.py``).
"""
