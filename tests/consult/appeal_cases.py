"""An open appeal of each kind (of a statement of reasons, of a dismissed
report, of a dismissed notice), in the Netherlands, for the tests of appeals."""

from collections.abc import Callable
from dataclasses import dataclass

from consult.models import Appeal, Country, Flag, Notice, ReviewItem, StatementOfReasons, SupportService
from consult.moderation import appeals, flag_appeals, notices
from consult.moderation import services as moderation
from tests.forums.factories import thread_with_posts
from tests.moderation_app.models import Note


@dataclass
class Case:
    url: str
    data: dict
    decide: Callable  # (moderator, outcome, reasons) -> the decided object
    is_open: Callable[[], bool]
    told: str  # what the page tells a moderator who decided


def statement_appeal(decider, appellant):
    nl = Country.objects.get(code="NL")
    note = Note.objects.create(author=appellant, country=nl, text="The reception centre in Ter Apel.")
    moderation.hide(
        moderation.hold_for_review(note, reason=ReviewItem.Reason.FLAGS), moderator=decider, reason="It names a place."
    )
    statement = StatementOfReasons.objects.get(object_id=note.pk, restriction="content_hidden")
    appeal = appeals.file_appeal(statement, user=appellant, text="It names no person.")
    return Case(
        url=f"/en/moderation/appeals/{appeal.pk}/",
        data={"action": "decide"},
        decide=lambda moderator, outcome, reasons: appeals.decide_appeal(
            Appeal.objects.get(pk=appeal.pk), moderator=moderator, outcome=outcome, reasons=reasons
        ),
        is_open=lambda: Appeal.objects.get(pk=appeal.pk).is_open,
        told="The appeal is decided; the appellant is told.",
    )


def report_appeal(decider, appellant, post=None):
    post = post or thread_with_posts(3).posts.order_by("created_at", "pk")[1]
    flag = moderation.flag(post, user=appellant, reason=Flag.Reason.ABUSIVE)
    moderation.approve(moderation.pending_item_for(post), moderator=decider, note="Within the rules.")
    flag_appeals.appeal_dismissal(Flag.objects.get(pk=flag.pk), user=appellant, text="It insults survivors.")
    return Case(
        url=f"/en/moderation/reports/{flag.pk}/",
        data={"action": "decide"},
        decide=lambda moderator, outcome, reasons: flag_appeals.decide_appeal(
            Flag.objects.get(pk=flag.pk), moderator=moderator, outcome=outcome, reasons=reasons
        ),
        is_open=lambda: Flag.objects.get(pk=flag.pk).appeal_outcome == Flag.AppealOutcome.OPEN,
        told="The appeal is decided; the appellant is told.",
    )


def notice_appeal(decider, appellant):
    nl = Country.objects.get(code="NL")
    service = SupportService.objects.create(country=nl, name="Centrum Seksueel Geweld", kind="sexual_assault_centre")
    notice = notices.send_notice(
        notices.reference_of(service), reason="wrong_information", reporter=appellant, address="a"
    )
    notices.decide_notice(notice, moderator=decider, outcome="dismissed", reasons="The number is right.")
    notices.appeal_dismissal(Notice.objects.get(pk=notice.pk), text="I called it: it is a private flat.")
    return Case(
        url=f"/en/moderation/notices/{notice.pk}/",
        data={"action": "decide_appeal"},
        decide=lambda moderator, outcome, reasons: notices.decide_notice_appeal(
            Notice.objects.get(pk=notice.pk), moderator=moderator, outcome=outcome, reasons=reasons
        ),
        is_open=lambda: Notice.objects.get(pk=notice.pk).appeal_outcome == Notice.AppealOutcome.OPEN,
        told="The appeal is decided.",
    )


BUILD = {"statement": statement_appeal, "report": report_appeal, "notice": notice_appeal}
