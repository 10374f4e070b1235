"""Days as the learner lives them: in their own time zone (the browser's, or the machine's
for the terminal), so a review at 23:30 and one at 00:30 are two days practised, and
"due today" ends at the learner's midnight, not UTC's."""

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCALTIME = Path("/etc/localtime")
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def zone_named(name: object) -> tzinfo | None:
    """The IANA zone called `name` (e.g. "Europe/Madrid"), or None if there is none."""
    if not isinstance(name, str) or not name or len(name) > 64 or ".." in name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def local_zone() -> tzinfo:
    """This machine's zone: $TZ, else /etc/localtime, else its current UTC offset."""
    named = zone_named(os.environ.get("TZ", "").removeprefix(":"))
    if named is not None:
        return named
    try:
        with LOCALTIME.open("rb") as data:
            return ZoneInfo.from_file(data, key="localtime")
    except (OSError, ValueError):
        return datetime.now().astimezone().tzinfo or UTC


def date_of(at: float, tz: tzinfo = UTC) -> date:
    """The learner's date at a Unix time."""
    return (EPOCH + timedelta(seconds=at)).astimezone(tz).date()


def day_of(at: float, tz: tzinfo = UTC) -> str:
    """The learner's date at a Unix time, as YYYY-MM-DD."""
    return date_of(at, tz).isoformat()


def end_of_day(now: float, tz: tzinfo = UTC) -> float:
    """The learner's next midnight after `now`, as a Unix time: reviews are counted by the day."""
    following = date_of(now, tz) + timedelta(days=1)
    return datetime.combine(following, time(), tzinfo=tz).timestamp()
