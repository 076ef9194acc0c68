"""verifier: a terminal tool for fact-checkers."""

__version__ = "0.1.0"
