"""The DynamoDB progress store, against moto in-process, on the table storage.yaml defines."""

import threading
import time
from pathlib import Path

import boto3
import pytest
from botocore.exceptions import ClientError, EndpointConnectionError
from cfnlint.decode import cfn_yaml
from moto import mock_aws
from store_contract import StoreContract, conversation

from langbot.config import load_settings
from langbot.errors import ConfigError, DamagedProgress, SaveConflict, StorageError
from langbot.storage import FallbackStore, MemoryStore, open_store
from langbot.storage.dynamodb import PROGRESS_TTL, DynamoStore, open_dynamodb_store

pytestmark = pytest.mark.integration

REGION = "eu-west-1"
TABLE = "langbot-progress-test"
TEMPLATE = Path(__file__).resolve().parent.parent / "infrastructure" / "storage.yaml"


def table_properties() -> dict:
    """The ProgressTable's properties in infrastructure/storage.yaml."""
    return cfn_yaml.load(str(TEMPLATE))["Resources"]["ProgressTable"]["Properties"]


def create_table(client, name: str = TABLE) -> None:
    """Create the table as storage.yaml does: keys, billing mode and TTL from the template."""
    props = table_properties()
    client.create_table(
        TableName=name,
        BillingMode=props["BillingMode"],
        AttributeDefinitions=props["AttributeDefinitions"],
        KeySchema=props["KeySchema"],
    )
    ttl = props["TimeToLiveSpecification"]
    client.update_time_to_live(
        TableName=name,
        TimeToLiveSpecification={"AttributeName": ttl["AttributeName"], "Enabled": ttl["Enabled"]},
    )


@pytest.fixture
def aws(monkeypatch):
    """moto in-process, with fake credentials so nothing can reach a real account."""
    for name in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SECURITY_TOKEN"):
        monkeypatch.setenv(name, "testing")
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    with mock_aws():
        client = boto3.client("dynamodb", region_name=REGION)
        create_table(client)
        yield client


class Serialized:
    """A boto3 client whose calls run one at a time.

    DynamoDB applies a conditional write atomically; moto's in-memory table checks and
    writes in two Python steps, so threads racing through it could both pass the check.
    """

    def __init__(self, client) -> None:
        self._client, self._lock = client, threading.Lock()
        self.meta = client.meta

    def __getattr__(self, name):
        method = getattr(self._client, name)

        def call(**kwargs):
            with self._lock:
                return method(**kwargs)

        return call


@pytest.fixture
def store(aws) -> DynamoStore:
    return DynamoStore(TABLE, client=Serialized(aws))


@pytest.fixture
def damage(aws):
    """Cut a stored conversation short in the table, as a torn write would."""

    def cut(learner: str, lesson_id: str) -> None:
        key = {"learner": {"S": learner}, "lesson": {"S": lesson_id}}
        data = aws.get_item(TableName=TABLE, Key=key)["Item"]["conversation"]["S"]
        aws.update_item(
            TableName=TABLE,
            Key=key,
            UpdateExpression="SET conversation = :c",
            ExpressionAttributeValues={":c": {"S": data[:40]}},
        )

    return cut


class TestDynamoContract(StoreContract):
    """The shared contract, on DynamoDB."""


def test_statuses_list_conversations_not_completions(store):
    store.save("learner-one", conversation("greetings", step=4))
    store.save("learner-one", conversation("cafe", step=2))
    store.record_completion("learner-one", "numbers", {"first_try": 5})
    found = store.statuses("learner-one")
    assert set(found) == {"greetings", "cafe"}
    assert found["greetings"].step == 4 and found["cafe"].facts == {"name": "Ana"}
    assert store.statuses("nobody-yet") == {}


def test_completions_keep_their_summary_oldest_first(store):
    summary = {"first_try": 6, "mistakes": [{"text": "¿Qué?"}]}
    before = time.time()
    store.record_completion("learner-one", "greetings", summary)
    store.record_completion("learner-one", "cafe", {"first_try": 8, "mistakes": []})
    store.record_completion("learner-one", "greetings", {"first_try": 9, "mistakes": []})
    done = store.completions("learner-one")
    assert [c["lesson_id"] for c in done] == ["greetings", "cafe", "greetings"]
    assert done[0]["summary"] == summary
    assert before <= done[0]["completed_at"] <= done[1]["completed_at"] <= time.time()


def test_a_save_sets_expires_at_90_days_ahead_and_a_completion_never_expires(aws, store):
    assert table_properties()["TimeToLiveSpecification"]["AttributeName"] == "expires_at"
    assert (
        aws.describe_time_to_live(TableName=TABLE)["TimeToLiveDescription"]["AttributeName"]
        == "expires_at"
    )
    store.save("learner-one", conversation())
    store.record_completion("learner-one", "greetings", {"first_try": 7})
    items = aws.query(
        TableName=TABLE,
        KeyConditionExpression="learner = :l",
        ExpressionAttributeValues={":l": {"S": "learner-one"}},
    )["Items"]
    progress = next(i for i in items if i["lesson"]["S"] == "greetings")
    expires = int(progress["expires_at"]["N"])
    assert abs(expires - (time.time() + PROGRESS_TTL.total_seconds())) < 60
    completion = next(i for i in items if i["lesson"]["S"].startswith("completion#"))
    assert "expires_at" not in completion


def test_every_save_pushes_the_expiry_back(aws):
    now = [1_700_000_000.0]
    store = DynamoStore(TABLE, client=aws, clock=lambda: now[0])
    first = store.save("learner-one", conversation())
    now[0] += 86_400
    store.save("learner-one", first.model_copy(update={"step": 2}))
    item = aws.get_item(
        TableName=TABLE, Key={"learner": {"S": "learner-one"}, "lesson": {"S": "greetings"}}
    )["Item"]
    assert int(item["expires_at"]["N"]) == 1_700_086_400 + 90 * 86_400


def test_two_app_containers_share_progress(aws, monkeypatch):
    monkeypatch.setenv("LANGBOT_STORE", "dynamodb")
    monkeypatch.setenv("LANGBOT_DYNAMODB_TABLE", TABLE)
    monkeypatch.setenv("AWS_REGION", REGION)
    # Each container builds its own boto3 client from the settings.
    first, second = (open_dynamodb_store(load_settings()) for _ in range(2))
    assert first._client is not second._client
    first.save("learner-one", conversation(step=3))
    seen = second.load("learner-one", "greetings")
    assert seen.step == 3
    second.save("learner-one", seen.model_copy(update={"step": 4}))
    second.record_completion("learner-one", "greetings", {"first_try": 4})
    assert first.statuses("learner-one")["greetings"].step == 4
    assert [c["lesson_id"] for c in first.completions("learner-one")] == ["greetings"]


def _put_raw(aws, lesson: str, **attributes: dict) -> None:
    """Write learner-one's item for this lesson key straight to the table, past the store."""
    item = {"learner": {"S": "learner-one"}, "lesson": {"S": lesson}, **attributes}
    aws.put_item(TableName=TABLE, Item=item)


def test_an_item_that_no_longer_validates_is_reported_and_skipped(aws, store):
    _put_raw(aws, "greetings", conversation={"S": '{"old": true}'})
    with pytest.raises(DamagedProgress) as info:
        store.load("learner-one", "greetings")
    assert info.value.version == 0  # an item from before versions: a first save replaces it
    assert store.statuses("learner-one") == {}


def test_a_missing_table_is_a_clear_storage_error(aws):
    expected = r"table 'no-such-table' does not exist in eu-west-1"
    with pytest.raises(StorageError, match=expected) as info:
        DynamoStore("no-such-table", client=aws)
    assert "LANGBOT_DYNAMODB_TABLE" in str(info.value)
    assert info.value.__cause__ is not None


def test_a_table_that_disappears_later_falls_back_to_memory(aws, store):
    fallback = FallbackStore(store)
    fallback.save("learner-one", conversation())
    aws.delete_table(TableName=TABLE)
    fallback.save("learner-one", conversation(step=2))
    assert fallback.load("learner-one", "greetings").step == 2
    assert "does not exist" in fallback.failure and "memory" in fallback.warning
    assert TABLE not in fallback.warning
    fallback.close()  # or its retries would write into the next test's table


class Unreachable:
    """A client whose every call fails on the network, as botocore reports it."""

    class meta:
        region_name = REGION

    def __getattr__(self, name):
        def call(**_):
            raise EndpointConnectionError(endpoint_url="https://dynamodb.eu-west-1.amazonaws.com")

        return call


def test_a_network_error_is_a_storage_error():
    with pytest.raises(StorageError, match="cannot be reached") as info:
        DynamoStore(TABLE, client=Unreachable())
    assert isinstance(info.value.__cause__, EndpointConnectionError)


@pytest.mark.parametrize("table", [None, ""])
def test_no_table_name_is_a_config_error_naming_the_variable(table):
    with pytest.raises(ConfigError, match="LANGBOT_DYNAMODB_TABLE"):
        DynamoStore(table, client=object())


def test_no_region_is_a_config_error_naming_the_variable(monkeypatch, tmp_path):
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.delenv("AWS_PROFILE", raising=False)
    with pytest.raises(ConfigError, match="set AWS_REGION"):
        DynamoStore(TABLE)


def test_open_store_picks_dynamodb(aws, monkeypatch):
    monkeypatch.setenv("LANGBOT_STORE", "dynamodb")
    monkeypatch.setenv("LANGBOT_DYNAMODB_TABLE", TABLE)
    monkeypatch.setenv("AWS_REGION", REGION)
    store, warning = open_store(load_settings())
    assert warning is None
    assert isinstance(store, FallbackStore) and isinstance(store.primary, DynamoStore)
    assert store.primary.table == TABLE
    assert store.primary._client.meta.region_name == REGION
    store.save("learner-one", conversation(step=2))
    assert DynamoStore(TABLE, client=aws).load("learner-one", "greetings").step == 2


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANGBOT_DYNAMODB_TABLE": "no-such-table"}, "'no-such-table' does not exist"),
        ({}, "set LANGBOT_DYNAMODB_TABLE"),
    ],
)
def test_open_store_falls_back_to_memory_logging_why(aws, monkeypatch, caplog, env, expected):
    monkeypatch.setenv("LANGBOT_STORE", "dynamodb")
    monkeypatch.setenv("AWS_REGION", REGION)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    store, warning = open_store(load_settings())
    assert isinstance(store, MemoryStore)
    assert expected in caplog.text  # the operator reads why in the log
    assert "memory" in warning and "LANGBOT_" not in warning and "table" not in warning


class Throttled(Serialized):
    """A client that is throttled on writes while `broken` is set, as a hot partition can be."""

    def __init__(self, client) -> None:
        super().__init__(client)
        self.broken = threading.Event()

    def __getattr__(self, name):
        call = super().__getattr__(name)
        if name not in ("update_item", "put_item"):
            return call

        def write(**kwargs):
            if self.broken.is_set():
                raise ClientError(
                    {
                        "Error": {
                            "Code": "ProvisionedThroughputExceededException",
                            "Message": "slow",
                        }
                    },
                    name,
                )
            return call(**kwargs)

        return write


def test_throttled_writes_wait_in_memory_and_are_written_when_it_passes(aws):
    client = Throttled(aws)
    store = FallbackStore(DynamoStore(TABLE, client=client), retry_min=0.01, retry_max=0.05)
    first = store.save("learner-one", conversation(step=2))
    client.broken.set()
    second = store.save("learner-one", first.model_copy(update={"step": 3}))
    store.record_completion("learner-one", "greetings", {"first_try": 3})
    assert "ProvisionedThroughputExceededException" in store.failure and "kept" in store.warning
    assert store.load("learner-one", "greetings") == second  # never an empty memory
    client.broken.clear()
    assert store.wait_until_saved(timeout=5) and store.warning is None
    table = DynamoStore(TABLE, client=aws)
    assert table.load("learner-one", "greetings").step == 3
    assert [c["lesson_id"] for c in table.completions("learner-one")] == ["greetings"]
    store.close()


def test_a_corrupt_review_item_is_skipped_and_counted(aws, store):
    from store_contract import review_item

    store.save_review("learner-one", review_item(step=1))
    _put_raw(aws, "review#greetings#2", item={"S": "{broken"}, version={"N": "1"})
    found = store.reviews("learner-one")
    assert [i.step for i in found.items] == [1] and found.skipped == 1
    assert store.statuses("learner-one") == {}  # no warning rows from review items either


@pytest.mark.parametrize("version", [{"S": "3"}, {"N": "1.5"}, {"BOOL": True}])
def test_an_item_whose_version_is_not_a_number_is_named_and_replaced_keeping_progress(
    aws, store, caplog, version
):
    from langbot.lessons import load_lessons
    from langbot.practice import Practice
    from langbot.tutor import Tutor

    tutor = Tutor(load_lessons(Path(__file__).resolve().parent.parent / "lessons"))
    practice = Practice(tutor, store)
    practice.answer("learner-one", "greetings", "Hola")  # the learner is at step 2
    aws.update_item(  # a hand edit or another tool left a version DynamoDB cannot count on
        TableName=TABLE,
        Key={"learner": {"S": "learner-one"}, "lesson": {"S": "greetings"}},
        UpdateExpression="SET version = :v",
        ExpressionAttributeValues={":v": version},
    )
    caplog.set_level("WARNING")
    outcome = practice.answer("learner-one", "greetings", "Me llamo Ana")
    assert outcome.verdict.correct  # the place was kept: step 2's answer, not a fresh lesson
    saved = store.load("learner-one", "greetings")
    assert saved.step == 3 and saved.version >= 1
    assert [t.text for t in saved.transcript if t.role == "learner"] == ["Hola", "Me llamo Ana"]
    message = caplog.text
    assert "'greetings'" in message and "version" in message and "not a whole number" in message
    stale = saved.model_copy(update={"version": 0})  # a tab that read the bad item still reloads
    with pytest.raises(SaveConflict):
        store.save("learner-one", stale)


def test_a_restart_and_a_review_replace_an_item_whose_version_is_not_a_number(aws, store):
    from store_contract import review_item

    _put_raw(aws, "greetings", conversation={"S": '{"old": true}'}, version={"S": "x"})
    assert store.save("learner-one", conversation("greetings"), force=True).version == 1
    _put_raw(aws, "cafe", conversation={"S": '{"old": true}'}, version={"N": "1.5"})
    assert store.save("learner-one", conversation("cafe"), force=True).version == 1
    _put_raw(aws, "review#greetings#2", item={"S": "{}"}, version={"S": "x"})
    assert store.save_review("learner-one", review_item(step=2)).version == 1
    assert [i.step for i in store.reviews("learner-one").items] == [2]
