"""Pausing the garbage collector around bulk object creation."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects at once.

    Parsing or validating 10,000 records creates several hundred thousand containers and none of
    them is garbage, yet every allocation threshold triggers a collection that walks them. With
    the collector paused they would all still sit in the youngest generation, and the first
    collection after it resumes would walk them once more; moving them straight to the oldest
    generation (``freeze`` then ``unfreeze``, which splices lists and walks nothing) avoids that.
    Together: loading 10,000 claims takes well under half the time. Nothing is leaked: the
    objects stay collectable, in the generation long-lived objects belong to.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()
