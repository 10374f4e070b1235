"""Review items kept in memory while the real store fails: the review half of FallbackStore.

A review answered (or a lesson's miss recorded) while the store cannot be written waits
here, version-checked as the store would, and is written when the store is back. If another
process saved the same item meanwhile, the reviews kept here are replayed on its newer copy
(`replay_onto`), so no answer is lost. A read that fails answers from the items last read or
saved for that learner, with what waits laid over them.
"""

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass

from langbot.errors import SaveConflict
from langbot.review.items import ReviewItem, Reviews
from langbot.review.scheduling import replay_onto
from langbot.storage.protocol import ProgressStore

log = logging.getLogger(__name__)

KNOWN_LEARNERS = 2000  # learners whose items are remembered for reads while the store is away


@dataclass
class _Waiting:
    item: ReviewItem  # the newest state, at the version callers now hold
    base: int  # the version the real store still has


class ReviewStash:
    """Review saves waiting for the real store, and each learner's items as last seen."""

    def __init__(self) -> None:
        self._waiting: dict[tuple[str, str], _Waiting] = {}
        self._known: OrderedDict[str, dict[str, ReviewItem]] = OrderedDict()
        self._lock = threading.RLock()

    def __len__(self) -> int:
        with self._lock:
            return len(self._waiting)

    def holds(self, learner: str, item_id: str) -> bool:
        """Whether a save of this item is waiting (later saves of it must wait behind it)."""
        with self._lock:
            return (learner, item_id) in self._waiting

    def keep(self, learner: str, item: ReviewItem) -> ReviewItem:
        """Keep a save in memory, checked against the version waiting; the saved copy."""
        key = (learner, item.id)
        with self._lock:
            waiting = self._waiting.get(key)
            held = waiting.item.version if waiting else item.version
            if item.version != held:
                raise SaveConflict("This review was saved by another tab first.")
            saved = item.model_copy(update={"version": held + 1}, deep=True)
            if waiting is None:
                self._waiting[key] = _Waiting(saved, item.version)
            else:
                waiting.item = saved
            self._remember(learner, [saved])
            return saved.model_copy(deep=True)

    def _remember(self, learner: str, items: list[ReviewItem], *, replace: bool = False) -> None:
        with self._lock:
            known = {} if replace else self._known.get(learner, {})
            known.update((i.id, i) for i in items)
            self._known[learner] = known
            self._known.move_to_end(learner)
            while len(self._known) > KNOWN_LEARNERS:
                self._known.popitem(last=False)

    def remember(self, learner: str, items: list[ReviewItem], *, replace: bool = False) -> None:
        """Note items read (`replace`: all of the learner's) or saved, for reads that fail."""
        self._remember(learner, items, replace=replace)

    def overlay(self, learner: str, found: Reviews | None) -> Reviews:
        """What a read returns: `found` (None when the read failed: the items last seen),
        with the saves still waiting in place of their stored copies."""
        with self._lock:
            if found is None:
                known = self._known.get(learner, {})
                found = Reviews([i.model_copy(deep=True) for i in known.values()])
            mine = {k[1]: w.item for k, w in self._waiting.items() if k[0] == learner}
        if not mine:
            return found
        items = [i for i in found.items if i.id not in mine]
        items += [i.model_copy(deep=True) for i in mine.values()]
        return Reviews(items, found.skipped)

    def flush(self, primary: ProgressStore) -> None:
        """Write every waiting save to `primary` (StorageError if it still fails)."""
        with self._lock:
            waiting = list(self._waiting.items())
        for key, entry in waiting:
            self._flush_one(primary, key, entry)

    def _flush_one(self, primary: ProgressStore, key: tuple[str, str], entry: _Waiting) -> None:
        with self._lock:
            snapshot, base = entry.item, entry.base
        learner, item_id = key
        merged = False
        try:
            written = primary.save_review(learner, snapshot.model_copy(update={"version": base}))
        except SaveConflict:
            # Another process saved this item meanwhile: replay the reviews kept here on it.
            newer = {i.id: i for i in primary.reviews(learner).items}.get(item_id)
            if newer is None:
                log.warning("a review kept in memory for %s/%s has no stored copy; dropped", *key)
                written, merged = None, True
            else:
                try:
                    written = primary.save_review(learner, replay_onto(newer, snapshot))
                except SaveConflict:
                    return  # yet another save came first: the next flush replays again
                merged = True
        with self._lock:
            if entry.item is snapshot:
                del self._waiting[key]
                if written is not None:
                    self._remember(learner, [written])
            elif not merged:  # saved again while we wrote: the next write starts from ours
                entry.base = written.version  # type: ignore[union-attr]
            # after a replay the next write conflicts and replays again, keeping both
