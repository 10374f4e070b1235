"""Learner progress: where each anonymous learner's conversations and completions are kept.

The default is one SQLite file in WAL mode (`sqlite.py`); `memory.py` and `dynamodb.py`
speak the same protocol (`protocol.py`). A store that cannot be opened, or that fails
later, never takes the page down (`fallback.py`).
"""

import logging

from langbot.config import Settings
from langbot.errors import StorageError
from langbot.storage.fallback import IN_MEMORY, FallbackStore
from langbot.storage.memory import MemoryStore
from langbot.storage.protocol import ProgressStore, is_learner_id, new_learner_id
from langbot.storage.sqlite import DEFAULT_PATH, SqliteStore

log = logging.getLogger(__name__)

__all__ = [
    "DEFAULT_PATH",
    "IN_MEMORY",
    "FallbackStore",
    "MemoryStore",
    "ProgressStore",
    "SqliteStore",
    "is_learner_id",
    "new_learner_id",
    "open_store",
]


def _open_primary(settings: Settings) -> ProgressStore:
    if settings.store == "memory":
        return MemoryStore()
    if settings.store == "dynamodb":
        # Extension point: langbot/storage/dynamodb.py provides
        # `open_dynamodb_store(settings) -> ProgressStore`, raising StorageError on failure.
        try:
            from langbot.storage.dynamodb import open_dynamodb_store
        except ImportError as e:
            raise StorageError("LANGBOT_STORE=dynamodb is not available in this build.") from e
        return open_dynamodb_store(settings)
    return SqliteStore(settings.store_path or DEFAULT_PATH)


def open_store(settings: Settings) -> tuple[ProgressStore, str | None]:
    """The configured progress store, or a MemoryStore and a warning if it cannot be opened.

    The warning is for learners and names no server detail; why the store cannot be
    opened (a file path, a table name, what to set) goes to the log.
    """
    try:
        primary = _open_primary(settings)
    except StorageError as e:
        log.error("cannot open the progress store, keeping progress in memory: %s", e)
        return MemoryStore(), IN_MEMORY
    if isinstance(primary, MemoryStore):
        return primary, None
    return FallbackStore(primary), None
