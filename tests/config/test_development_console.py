"""`make run` (config.settings.dev) keeps e-mails and what people typed off
the console: e-mails go to one .eml file each under var/mail/, and the
development server's access lines carry no query values and no one-time keys.
"""

import logging

import pytest
from django.core.servers.basehttp import WSGIRequestHandler

from config.settings import dev
from consult.mailbox import describe_mail_destination
from tests.consult.factories import member

RECIPIENT = "reset.me@example.org"


class Capture(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.lines = []

    def emit(self, record):
        if record.name.startswith("factory"):
            return  # factory_boy, the tests' own data builder
        self.lines.append(f"{record.name} {record.getMessage()}")


@pytest.fixture
def every_log_line():
    """What any logger writes while the test runs (runserver's logger does not propagate)."""
    capture = Capture()
    loggers = [logging.getLogger(), logging.getLogger("django.server")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.addHandler(capture)
        logger.setLevel(logging.DEBUG)
    yield capture.lines
    for logger, level in zip(loggers, levels, strict=True):
        logger.removeHandler(capture)
        logger.setLevel(level)


@pytest.mark.django_db
def test_a_password_reset_under_the_development_settings_writes_no_link_or_recipient_to_the_console(
    client, settings, tmp_path, capfd, every_log_line, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = dev.EMAIL_DELIVERY_BACKEND
    settings.EMAIL_FILE_PATH = tmp_path / "mail"
    member(user__email=RECIPIENT)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/password/reset/", {"email": RECIPIENT})

    assert response.status_code == 302
    [message] = (tmp_path / "mail").glob("*.eml")
    text = message.read_text()
    assert RECIPIENT in text
    assert "/accounts/password/reset/key/" in text
    assert message.stat().st_mode & 0o077 == 0  # the developer's own file
    out, err = capfd.readouterr()
    console = "\n".join([out, err, *every_log_line])
    assert RECIPIENT not in console
    assert "/password/reset/key/" not in console


def test_the_development_settings_send_mail_to_the_folder_the_console_names(settings):
    settings.EMAIL_BACKEND = dev.EMAIL_DELIVERY_BACKEND
    assert dev.EMAIL_DELIVERY_BACKEND == "consult.mailbox.MailboxBackend"
    assert str(settings.EMAIL_FILE_PATH) in describe_mail_destination()


def _access_line(request_line, status=200):
    """What runserver logs for one request, through Django's own handler code."""
    handler = WSGIRequestHandler.__new__(WSGIRequestHandler)
    handler.request = None
    handler.requestline = request_line
    handler.log_request(status, 5120)


@pytest.mark.parametrize(
    ("request_line", "logged", "secret"),
    [
        ("GET /en/forums/search/?q=asylum+interview&page=2 HTTP/1.1", "GET /en/forums/search/?q=…&page=…", "asylum"),
        ("GET /en/members/directory/?country=NL&sector=legal_aid HTTP/1.1", "?country=…&sector=…", "legal_aid"),
        ("GET /nl/accounts/confirm-email/MTE:1uXyZa:s3cr3tk3y/ HTTP/1.1", "/nl/accounts/confirm-email/…/", "s3cr3tk3y"),
        ("GET /en/accounts/password/reset/key/b-cz1y2x-5ecre7/ HTTP/1.1", "/accounts/password/reset/key/…/", "5ecre7"),
        ("POST /en/account/delete/confirm/MTE:1uXyZa:d3l3t3/ HTTP/1.1", "/en/account/delete/confirm/…/", "d3l3t3"),
    ],
)
def test_the_access_line_keeps_the_path_but_not_query_values_or_one_time_keys(
    request_line, logged, secret, every_log_line, capfd
):
    _access_line(request_line)

    [line] = [line for line in every_log_line if line.startswith("django.server")]
    assert logged in line
    assert line.endswith(" 200 5120")
    assert secret not in line
    assert secret not in capfd.readouterr().err


def test_an_access_line_of_a_page_without_a_query_is_unchanged(every_log_line):
    _access_line("GET /en/countries/nl/ HTTP/1.1", status=404)

    assert 'django.server "GET /en/countries/nl/ HTTP/1.1" 404 5120' in every_log_line
