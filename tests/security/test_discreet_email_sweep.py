"""Discreet mode over every e-mail a member can get: whatever the caller
passes, a discreet member's message has a neutral subject and none of the
caller's values. (tests/consult/test_discreet_emails.py tests the vetting
decisions and the mechanism; this sweeps every template, so a new e-mail
joins by itself.)"""

from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail

from consult import notifications
from tests.consult.factories import ProfileFactory

pytestmark = pytest.mark.django_db

SECRET = "Fatima told me he waits outside the shelter on Tuesdays"
# Sent to a country office's staff, never to a member (and never with contents).
NOT_FOR_MEMBERS = {"ambassador_request"}
TEMPLATES = sorted(
    path.name.removesuffix("_subject.txt")
    for path in (Path(settings.BASE_DIR) / "templates" / "email").glob("*_subject.txt")
    if "discreet" not in path.name and path.name.removesuffix("_subject.txt") not in NOT_FOR_MEMBERS
)
PARAMS = dict.fromkeys(
    ["forum_title", "post_path", "path", "decision", "reason", "thread_title", "excerpt", "title", "text"], SECRET
)


def test_every_member_email_template_is_swept():
    assert len(TEMPLATES) >= 10
    assert {"forums_new_post", "recommendations_decision", "member_approved", "forums_safeguarding"} <= set(TEMPLATES)


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_discreet_member_gets_no_content_from_any_email(template):
    profile = ProfileFactory(discreet_emails=True)
    params = {**PARAMS, "threads": [{"forum_title": SECRET, "thread_path": "/x/", "count": 2}], "feedback_id": 1}
    assert notifications.send_email_to_user(profile.user.pk, template, params)
    (message,) = mail.outbox
    assert SECRET not in message.body
    assert SECRET not in message.subject
    for word in ["violence", "forum", "feedback", "moderator", "recommendation", "suspend", "shelter"]:
        assert word not in message.subject.lower(), word
