"""The embedded default's broker: kombu's filesystem transport, with each
message written whole before a worker can see it.

kombu's own transport creates a message's file under its final name and then
writes it; a worker polling the folder in between takes the empty file, fails
to decode it, and stops ("Unrecoverable error: JSONDecodeError"), and
``runplatform`` stops the platform with it. Here a message is written under a
name the worker never takes and renamed into place (atomic on one file
system). An exchange's table is created whole in the same way. A message
file that still cannot be decoded (a disk that filled up,
a copy cut short) is logged and skipped rather than stopping the worker.
"""

import contextlib
import logging
import os
import uuid
from time import monotonic

from kombu.exceptions import ChannelError
from kombu.transport import filesystem
from kombu.utils.encoding import str_to_bytes
from kombu.utils.json import dumps

logger = logging.getLogger(__name__)


class Channel(filesystem.Channel):
    def _queue_bind(self, exchange, routing_key, pattern, queue):
        # kombu creates an exchange's table file empty, then locks and writes
        # it: another process reading it in between reads nothing. Create it
        # whole (an empty table, linked into place only if still absent), then
        # let kombu add the binding under its lock.
        table = self._exchange_file(exchange)
        if not table.exists():
            self.control_folder.mkdir(exist_ok=True)
            partial = table.with_name(f"{table.name}.{uuid.uuid4()}.partial")
            partial.write_bytes(str_to_bytes(dumps([])))
            try:
                with contextlib.suppress(FileExistsError):  # another process created it meanwhile
                    os.link(partial, table)
            finally:
                partial.unlink()
        return super()._queue_bind(exchange, routing_key, pattern, queue)

    def _put(self, queue, payload, **kwargs):
        name = f"{round(monotonic() * 1000)}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        # no ".<queue>.msg" ending: the worker's listing skips it until the rename
        partial = os.path.join(self.data_folder_out, f"writing-{uuid.uuid4()}.partial")
        try:
            with open(partial, "wb") as file:
                file.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as error:
            raise ChannelError(f"Cannot add file {final!r} to directory") from error

    def _get(self, queue):
        while True:  # kombu's _get raises Empty when no message is left
            try:
                return super()._get(queue)
            except ValueError:  # its JSON decoding; the file is already out of the queue folder
                logger.error("A message of the %s queue could not be read and was skipped.", queue)


class Transport(filesystem.Transport):
    Channel = Channel
