"""Pausing the garbage collector around bulk object creation."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects at once.

    Parsing or validating 10,000 records creates ~100,000 containers and none of them is garbage,
    yet each allocation threshold triggers a collection that walks all of them: with the
    collector paused, loading 10,000 claims takes a third of the time.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
