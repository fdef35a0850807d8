"""Two editors deciding the same feedback item at the same moment, on two
real PostgreSQL connections: one decision wins, the other editor is told,
nothing is overwritten and the author hears once, in the evening's e-mail."""

import threading
from datetime import datetime, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.utils import timezone

from consult.models import CountryRole
from recommendations.consultation import decisions
from recommendations.consultation.decision_emails import send_decision_digests
from recommendations.models import Feedback
from tests.consult.factories import member, staff
from tests.recommendations.factories import FeedbackFactory, draft, open_round


@pytest.fixture
def item(postgresql, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    author = member(("NL",))
    round = open_round(draft("NL", clauses=4))
    return FeedbackFactory(round=round, author=author, clause=round.version.clauses.in_order()[1], kind="amendment",
                           proposed_text="Staff offer an interpreter.")  # fmt: skip


def test_two_editors_deciding_at_once_one_wins_and_the_other_is_told(item):
    editors = [staff(CountryRole.Role.EDITOR, "NL"), staff(CountryRole.Role.EDITOR, "NL")]
    choices = [("accepted", ""), ("rejected", "Interpreters are covered in 5.1.")]
    seen = item.decision_revision  # both editors loaded the item at this revision
    start = threading.Barrier(2)
    outcomes = [None, None]

    def decide(i):
        try:
            feedback = Feedback.objects.get(pk=item.pk)
            start.wait(timeout=10)
            decision, reason = choices[i]
            decisions.decide_feedback(
                feedback=feedback, editor=editors[i], decision=decision, reason=reason, expected_revision=seen
            )
            outcomes[i] = "decided"
        except decisions.StaleDecision as error:
            outcomes[i] = error.message
        finally:
            connection.close()

    threads = [threading.Thread(target=decide, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(outcome == "decided" for outcome in outcomes) == [False, True]
    winner = outcomes.index("decided")
    told = outcomes[1 - winner]
    assert "Another editor decided on this item" in told
    item.refresh_from_db()
    assert (item.decision, item.decided_by_id) == (choices[winner][0], editors[winner].pk)
    assert item.decision_reason == choices[winner][1]
    assert item.decision_revision == seen + 1
    # The author hears once, in the evening's decision e-mail, of the decision that stood.
    assert [m for m in mail.outbox if item.author.email in m.to] == []
    evening = timezone.make_aware(datetime.combine(timezone.localdate(), datetime.min.time())) + timedelta(hours=20)
    assert send_decision_digests(now=evening) == 1
    assert len([m for m in mail.outbox if item.author.email in m.to]) == 1
