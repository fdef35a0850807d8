"""The embedded default's broker (config/broker.py): a worker polling the
folder never takes a message, or an exchange's table, half written, and a
message file that cannot be read is skipped instead of stopping the worker
(and with it `make run`)."""

import json
import logging
import os
from pathlib import Path

import pytest
from kombu import Connection
from kombu.transport.virtual.base import BrokerState

from config import broker

TRANSPORT = "config.broker:Transport"


@pytest.fixture
def options(tmp_path, monkeypatch):
    # kombu keeps the exchanges and bindings it declared in the transport
    # class (one folder per process on the platform): each test its own
    monkeypatch.setattr(broker.Transport, "global_state", BrokerState())
    for name in ("queue", "processed", "control"):
        (tmp_path / name).mkdir()
    return {
        "data_folder_in": str(tmp_path / "queue"),
        "data_folder_out": str(tmp_path / "queue"),
        "processed_folder": str(tmp_path / "processed"),
        "control_folder": str(tmp_path / "control"),
        "store_processed": False,
        "polling_interval": 0,
    }


def test_no_message_is_visible_to_a_worker_before_it_is_written_whole(options, monkeypatch):
    # kombu's own transport creates the file under its final name, then
    # writes it: a worker polling in between took an empty file and stopped
    put_in_place = []
    replace = os.replace

    def watching_replace(source, target):
        if target.endswith(".tasks.msg"):
            listed = os.listdir(options["data_folder_in"])
            put_in_place.append((Path(target).name in listed, Path(source).stat().st_size))
        return replace(source, target)

    monkeypatch.setattr(broker.os, "replace", watching_replace)
    body = "x" * 400_000
    with Connection("filesystem://", transport=TRANSPORT, transport_options=options) as connection:
        queue = connection.SimpleQueue("tasks")
        for number in range(3):
            queue.put({"number": number, "body": body})
        got = [queue.get(timeout=5) for _ in range(3)]
        for message in got:
            message.ack()  # (unacknowledged, kombu would put them back on closing)
    # each message was written whole before its name appeared in the queue folder
    assert len(put_in_place) == 3
    assert all(not visible and size > 400_000 for visible, size in put_in_place)
    assert sorted(message.payload["number"] for message in got) == [0, 1, 2]
    assert all(message.payload["body"] == body for message in got)


def test_an_exchange_table_is_never_read_empty(options):
    # kombu created it empty, then locked and wrote it
    with Connection("filesystem://", transport=TRANSPORT, transport_options=options) as connection:
        channel = connection.default_channel
        assert channel.get_table("tasks") == []
        connection.SimpleQueue("tasks")
        table = Path(options["control_folder"]) / "tasks.exchange"
        assert json.loads(table.read_text())
        assert [binding.queue for binding in channel.get_table("tasks")] == ["tasks"]
        assert not list(Path(options["control_folder"]).glob("*.partial"))


def test_a_message_file_cut_short_is_skipped_and_the_next_one_delivered(options, tmp_path, caplog):
    with Connection("filesystem://", transport=TRANSPORT, transport_options=options) as connection:
        queue = connection.SimpleQueue("tasks")
        (tmp_path / "queue" / "0_cut-short.tasks.msg").write_bytes(b'{"body": "{\\"numb')
        queue.put({"number": 1})
        with caplog.at_level(logging.ERROR, logger="config.broker"):
            message = queue.get(timeout=5)
        assert message.payload == {"number": 1}
        assert "could not be read and was skipped" in caplog.text
