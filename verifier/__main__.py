"""``python -m verifier``: the same as the ``verifier`` command."""

from verifier.cli import run

if __name__ == "__main__":
    run()
