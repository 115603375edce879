"""Charts of funding, IPOs, the market and share prices (pyqtgraph), and the status
timeline band (plain Qt).

Import the chart modules only when a chart is first shown: they load pyqtgraph and
numpy, which start-up must not pay for.  This package itself imports nothing.
"""
