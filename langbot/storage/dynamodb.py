"""Learner progress in DynamoDB (`LANGBOT_STORE=dynamodb`), shared by every app container.

The table is the one `infrastructure/storage.yaml` creates: partition key `learner` (S),
sort key `lesson` (S), TTL on `expires_at`. A learner's items live in one partition:

- progress, one item per lesson: `lesson` = the lesson id, `conversation` = its JSON,
  `version` (each save is conditional on it, so two tabs never overwrite each other),
  `updated_at`, and `expires_at` = last save + 90 days, so DynamoDB drops abandoned runs;
- completions, one item each: `lesson` = `completion#<UTC ISO time>#<lesson id>#<nonce>`
  (so a Query on the prefix returns them oldest first), `lesson_id`, `summary` (JSON)
  and `completed_at`. They carry no `expires_at`: a finished lesson is kept, as in SQLite.

Lesson ids cannot contain `#`, so the two kinds never collide. The app's IAM role allows
only GetItem, PutItem, UpdateItem and Query on the table; this module uses nothing else.
Saves are UpdateItem calls with a condition on `version` (ADD moves it on). A `version`
that is not a whole number (a hand edit, another tool) is logged naming the item, read as 0,
and replaced on the next save by a write conditional on that very value.
"""

import json
import logging
import secrets
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import boto3
from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError, NoRegionError

from langbot.config import Settings
from langbot.conversation import Conversation
from langbot.errors import ConfigError, SaveConflict, StorageError
from langbot.review.items import ReviewItem, Reviews, collect, dump_item
from langbot.storage.protocol import (
    dump_conversation,
    parse_completion,
    parse_conversation,
    read_conversation,
)

log = logging.getLogger(__name__)

PROGRESS_TTL = timedelta(days=90)
COMPLETION = "completion#"
REVIEW = "review#"  # review items: `review#<lesson id>#<step>`, `item` (JSON), `version`
_PROBE = {"learner": {"S": "#probe"}, "lesson": {"S": "#probe"}}  # never a real learner id


def _client(region: str | None) -> Any:
    # Short timeouts and a few retries: a slow table must not hold a learner's page.
    config = Config(
        connect_timeout=3, read_timeout=5, retries={"max_attempts": 3, "mode": "standard"}
    )
    try:
        # A session of our own: boto3's default session is not safe to share across threads.
        return boto3.session.Session().client("dynamodb", region_name=region, config=config)
    except NoRegionError as e:
        raise ConfigError(
            "LANGBOT_STORE=dynamodb needs a region: set AWS_REGION (e.g. eu-west-1)."
        ) from e


class DynamoStore:
    """Progress in a DynamoDB table; several app containers can share it."""

    def __init__(
        self,
        table: str | None,
        *,
        client: Any = None,
        region: str | None = None,
        ttl: timedelta = PROGRESS_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if not table:
            raise ConfigError(
                "LANGBOT_STORE=dynamodb needs a table: set LANGBOT_DYNAMODB_TABLE to the"
                " table name (the TableName output of infrastructure/storage.yaml)."
            )
        self.table, self.ttl, self._clock = table, ttl, clock
        self._client = client if client is not None else _client(region)
        # Fail now, not on the first answer, if the table is missing or out of reach.
        self._call("get_item", Key=_PROBE, ProjectionExpression="learner")

    def _call(self, operation: str, **kwargs: Any) -> dict[str, Any]:
        try:
            return getattr(self._client, operation)(TableName=self.table, **kwargs)
        except ClientError as e:
            error = e.response.get("Error", {})
            code, detail = error.get("Code", "?"), error.get("Message", "")
            region = self._client.meta.region_name
            if code == "ConditionalCheckFailedException":
                raise SaveConflict("This conversation was saved by another tab first.") from e
            if code == "ResourceNotFoundException":
                message = (
                    f"The DynamoDB table {self.table!r} does not exist in {region}"
                    " (check LANGBOT_DYNAMODB_TABLE and AWS_REGION)."
                )
            else:
                message = f"The DynamoDB table {self.table!r} cannot be used ({code}: {detail})."
            raise StorageError(message) from e
        except BotoCoreError as e:
            raise StorageError(f"The DynamoDB table {self.table!r} cannot be reached ({e}).") from e

    def _query(self, learner: str, prefix: str | None = None) -> Iterator[dict[str, Any]]:
        condition, values = "learner = :learner", {":learner": {"S": learner}}
        if prefix:
            condition += " AND begins_with(lesson, :prefix)"
            values[":prefix"] = {"S": prefix}
        # Strongly consistent: the learner's next page may be served by another container.
        kwargs: dict[str, Any] = {
            "KeyConditionExpression": condition,
            "ExpressionAttributeValues": values,
            "ConsistentRead": True,
        }
        while True:
            page = self._call("query", **kwargs)
            yield from page.get("Items", [])
            if "LastEvaluatedKey" not in page:
                return
            kwargs["ExclusiveStartKey"] = page["LastEvaluatedKey"]

    def _version(self, item: dict[str, Any]) -> int:
        """The item's version; one that is not a whole number is logged, naming the item, as 0."""
        raw = item.get("version")
        if raw is None or _whole(raw) is not None:
            return _whole(raw) or 0
        log.warning(
            "DynamoDB table %r: the item of learner %r, lesson %r has a version attribute that is"
            " not a whole number (%r); it is read as 0 and replaced on the next save",
            self.table, item.get("learner", {}).get("S"), item.get("lesson", {}).get("S"), raw,
        )  # fmt: skip
        return 0

    def _parse(self, item: dict[str, Any]) -> Conversation | None:
        return parse_conversation(item.get("conversation", {}).get("S"), self._version(item))

    def load(self, learner: str, lesson_id: str) -> Conversation | None:
        """The learner's saved conversation for a lesson, or None."""
        key = {"learner": {"S": learner}, "lesson": {"S": lesson_id}}
        item = self._call("get_item", Key=key, ConsistentRead=True).get("Item")
        if not item:
            return None
        return read_conversation(item.get("conversation", {}).get("S"), self._version(item))

    def _update(self, key: dict[str, Any], update: str, values: dict, **kwargs: Any) -> int:
        """An UpdateItem whose `ADD version :one` moves the version on; the new version. If the
        stored version is not a whole number, the item is replaced by a write conditional on
        that very value (a save that raced it still gets SaveConflict)."""
        try:
            reply = self._call(
                "update_item", Key=key, UpdateExpression=update, ExpressionAttributeValues=values,
                ReturnValues="UPDATED_NEW", **kwargs,
            )  # fmt: skip
            bad = reply["Attributes"]["version"]  # a forced ADD onto 1.5 gives 2.5
        except (SaveConflict, StorageError):
            try:
                item = self._call("get_item", Key=key, ConsistentRead=True).get("Item") or {}
            except StorageError:
                item = {}
            if "version" not in item or _whole(item["version"]) is not None:
                raise
            bad = item["version"]
        if _whole(bad) is not None:
            return _whole(bad)  # type: ignore[return-value]
        self._version(key | {"version": bad})  # logs which item, and why it is replaced
        kwargs["ConditionExpression"] = "version = :bad"
        reply = self._call(
            "update_item", Key=key, ReturnValues="UPDATED_NEW", **kwargs,
            UpdateExpression=update.replace(" ADD version :one", ", version = :one"),
            ExpressionAttributeValues={
                k: v for k, v in values.items() if k not in (":v", ":zero")
            } | {":bad": bad},
        )  # fmt: skip
        return int(reply["Attributes"]["version"]["N"])

    def save(
        self, learner: str, conversation: Conversation, *, force: bool = False
    ) -> Conversation:
        """Save if the stored version is still the conversation's; push its expiry back."""
        now = self._clock()
        values = {
            ":c": {"S": dump_conversation(conversation)},
            ":u": {"N": f"{now:.6f}"},
            ":e": {"N": str(int(now + self.ttl.total_seconds()))},
            ":one": {"N": "1"},
        }
        update = "SET conversation = :c, updated_at = :u, expires_at = :e ADD version :one"
        kwargs: dict[str, Any] = {}
        if not force:
            if conversation.version == 0:  # new, or an item from before versions
                kwargs["ConditionExpression"] = "attribute_not_exists(version) OR version = :zero"
                values[":zero"] = {"N": "0"}
            else:
                kwargs["ConditionExpression"] = "version = :v"
                values[":v"] = {"N": str(conversation.version)}
        key = {"learner": {"S": learner}, "lesson": {"S": conversation.lesson_id}}
        version = self._update(key, update, values, **kwargs)
        return conversation.model_copy(update={"version": version})

    def statuses(self, learner: str) -> dict[str, Conversation]:
        """Every saved conversation of a learner, by lesson id."""
        found = {}
        for item in self._query(learner):
            lesson = item["lesson"]["S"]
            if (
                not lesson.startswith((COMPLETION, REVIEW))
                and (conv := self._parse(item)) is not None
            ):
                found[lesson] = conv
        return found

    def record_completion(self, learner: str, lesson_id: str, summary: dict[str, Any]) -> None:
        """Remember that the learner finished a lesson, with its summary."""
        now = self._clock()
        stamp = datetime.fromtimestamp(now, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        item = {
            "learner": {"S": learner},
            # The nonce keeps two completions in the same microsecond apart.
            "lesson": {"S": f"{COMPLETION}{stamp}#{lesson_id}#{secrets.token_hex(4)}"},
            "lesson_id": {"S": lesson_id},
            "summary": {"S": json.dumps(summary, ensure_ascii=False)},
            "completed_at": {"N": f"{now:.6f}"},
        }
        self._call("put_item", Item=item)

    def completions(self, learner: str) -> list[dict[str, Any]]:
        """The learner's completions, oldest first."""
        parsed = [
            parse_completion(
                item.get("lesson_id", {}).get("S"),
                item.get("summary", {}).get("S"),
                item.get("completed_at", {}).get("N"),
            )
            for item in self._query(learner, COMPLETION)
        ]
        return [c for c in parsed if c is not None]

    def reviews(self, learner: str) -> Reviews:
        """The learner's review items; damaged rows skipped and counted."""
        return collect(
            [
                (item.get("item", {}).get("S"), self._version(item))
                for item in self._query(learner, REVIEW)
            ]
        )

    def save_review(self, learner: str, item: ReviewItem) -> ReviewItem:
        """Save a review item if the stored version is still the item's (no expiry)."""
        values = {
            ":i": {"S": dump_item(item)},
            ":u": {"N": f"{self._clock():.6f}"},
            ":v": {"N": str(item.version)},
            ":one": {"N": "1"},
        }
        condition = "version = :v"
        if item.version == 0:
            condition = "attribute_not_exists(version)"
            del values[":v"]
        version = self._update(
            {"learner": {"S": learner}, "lesson": {"S": REVIEW + item.id}},
            "SET #item = :i, updated_at = :u ADD version :one",
            values,
            ExpressionAttributeNames={"#item": "item"},
            ConditionExpression=condition,
        )
        return item.model_copy(update={"version": version})


def _whole(attribute: object) -> int | None:
    """A stored version attribute as a whole number, or None ({"S": "3"}, {"N": "1.5"})."""
    number = attribute.get("N") if isinstance(attribute, dict) else None
    return int(number) if isinstance(number, str) and number.lstrip("-").isdigit() else None


def open_dynamodb_store(settings: Settings, client: Any = None) -> DynamoStore:
    """The DynamoDB store the settings name; StorageError (with what to set) if unusable.

    A missing table name or region is a ConfigError in DynamoStore; it is passed on as a
    StorageError so that `open_store` keeps the app up, in memory, showing the message.
    """
    try:
        return DynamoStore(settings.dynamodb_table, client=client, region=settings.aws_region)
    except ConfigError as e:
        raise StorageError(str(e)) from e
