"""The audit log: immutable, readable by administrators, filterable, moderators see their countries."""

import re

import pytest
from django.utils import timezone

from consult import audit
from consult.models import AuditLogEntry, AuditLogImmutable, CountryRole
from tests.consult.conftest import sign_in
from tests.consult.factories import ProfileFactory, administrator, country_for, member, staff

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows():
    nl, be = country_for("NL"), country_for("BE")
    target = ProfileFactory()
    return {
        "nl": audit.record(actor=None, action="member.approve", target=target, reason="NL reason", country=nl),
        "be": audit.record(actor=None, action="member.reject", target=target, reason="BE reason", country=be),
        "none": audit.record(actor=None, action="role.grant", target=target, reason="no country"),
    }


def test_an_audit_row_cannot_be_changed(rows):
    row = rows["nl"]
    row.reason = "rewritten"
    with pytest.raises(AuditLogImmutable):
        row.save()
    assert AuditLogEntry.objects.get(pk=row.pk).reason == "NL reason"


def test_an_audit_row_cannot_be_deleted(rows):
    with pytest.raises(AuditLogImmutable):
        rows["nl"].delete()
    with pytest.raises(AuditLogImmutable):
        AuditLogEntry.objects.all().delete()
    with pytest.raises(AuditLogImmutable):
        AuditLogEntry.objects.update(reason="x")
    assert AuditLogEntry.objects.count() == 3


def test_the_target_is_named_without_personal_data():
    target = ProfileFactory(display_name="Very Personal Name")
    row = audit.record(actor=None, action="member.approve", target=target)
    assert row.target_repr == f"Profile #{target.pk}"
    assert row.target_type.model == "profile"
    assert row.target_id == str(target.pk)


def test_an_administrator_reads_every_row(client, rows):
    sign_in(client, administrator())
    html = client.get("/en/moderation/audit-log/").content.decode()
    for reason in ("NL reason", "BE reason", "no country"):
        assert reason in html


def test_a_moderator_reads_only_the_rows_of_their_countries(client, rows):
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    html = client.get("/en/moderation/audit-log/").content.decode()
    assert "NL reason" in html
    assert "BE reason" not in html
    assert "no country" not in html


@pytest.mark.parametrize("role", [CountryRole.Role.EDITOR, CountryRole.Role.COUNTRY_STAFF, None])
def test_other_accounts_cannot_read_the_audit_log(client, rows, role):
    sign_in(client, staff(role, "NL") if role else member())
    assert client.get("/en/moderation/audit-log/").status_code == 403


def test_the_audit_log_filters_by_action_country_and_date(client, rows):
    sign_in(client, administrator())
    nl = rows["nl"].country
    html = client.get("/en/moderation/audit-log/", {"action": "member.", "country": nl.pk}).content.decode()
    assert "NL reason" in html
    assert "BE reason" not in html
    assert "no country" not in html
    tomorrow = (timezone.localdate() + timezone.timedelta(days=1)).isoformat()
    html = client.get("/en/moderation/audit-log/", {"since": tomorrow}).content.decode()
    assert "NL reason" not in html


def test_the_audit_log_takes_the_same_number_of_queries_for_3_or_30_rows(client, rows, django_assert_num_queries):
    sign_in(client, administrator())
    # user with profile (one query, then from the cache: consult/signed_in.py),
    # MFA authenticator (then from the cache: consult/account_standing.py),
    # count, the country filter's choices, page (actor,
    # actor's profile, country joined), and once the reader's time zone (the
    # country of their roles, then from the cache: consult/reader_time.py);
    # the session comes from the cache
    with django_assert_num_queries(6):
        client.get("/en/moderation/audit-log/")
    actor = member()
    for _ in range(27):
        audit.record(actor=actor, action="member.approve", target=actor.profile, country=rows["nl"].country)
    with django_assert_num_queries(3):
        response = client.get("/en/moderation/audit-log/")
    assert len(response.context["page"]) == 30


def test_the_log_names_each_action_in_words_beside_its_code(client):
    nl = country_for("NL")
    target = ProfileFactory()
    audit.record(actor=None, action="recommendations.round_extended", target=target, reason="A week more", country=nl)
    audit.record(actor=None, action="forums.thread.lock", target=target, reason="Heated", country=nl)
    audit.record(actor=None, action="recommendations.decide_feedback.out_of_scope", target=target, country=nl)
    sign_in(client, staff(CountryRole.Role.MODERATOR, "NL"))
    html = client.get("/en/moderation/audit-log/").content.decode()
    assert "Consultation extended" in html
    assert "Thread locked" in html
    assert "Feedback decided: out of scope" in html


def test_an_action_nobody_described_shows_its_code():
    assert audit.action_label("plugin.did_something") == "plugin.did_something"


def _codes_written_by_the_code():
    """Every audit code the project writes: the literal ones found in its
    source, and each family written with a variable part, from the choices
    that part takes."""
    import re
    from pathlib import Path

    from consult.models import Notice
    from consult.models.fairness import Appeal
    from recommendations.models import Feedback, RoundChange, VariantClause, VariantReviewItem
    from recommendations.models.variants import DECISION_CHOICES

    root = Path(__file__).resolve().parents[2]
    literal = re.compile(r'action\s*=\s*"([a-z_]+\.[a-z_.]+[a-z])"')
    codes = set()
    for app in ("consult", "forums", "recommendations"):
        for path in (root / app).rglob("*.py"):
            if "migrations" not in path.parts:
                codes |= set(literal.findall(path.read_text()))
    codes |= {f"moderation.house_rule_{how}" for how in ("restored", "retired")}
    codes |= {f"moderation.notice_{value}" for value in (Notice.State.ACTED, Notice.State.DISMISSED)}
    codes |= {
        f"moderation.{family}_{value}"
        for family in ("appeal", "flag_appeal", "notice_appeal")
        for value in (Appeal.State.UPHELD, Appeal.State.REVERSED)
    }
    codes |= {f"recommendations.decide_feedback.{value}" for value in Feedback.Decision.values}
    codes |= {f"recommendations.decide_forwarded.{value}" for value, _label in DECISION_CHOICES}
    codes |= {f"recommendations.review_item.{value}" for value in VariantReviewItem.Choice.values}
    codes |= {f"recommendations.round_{value}" for value in RoundChange.Kind.values}
    codes |= {f"recommendations.variant_clause.{value}" for value in VariantClause.State.values}
    codes |= {f"recommendations.mark_master.{value}" for value in (True, False)}
    return codes


def test_every_action_the_platform_logs_reads_in_words():
    """No row of the log shows a bare code twice ("recommendations.create_variant
    recommendations.create_variant"): every code the project writes has words."""
    codes = _codes_written_by_the_code()
    assert "recommendations.create_variant" in codes  # the scan finds them
    assert "moderation.appeal_filed" in codes
    assert len(codes) > 60
    assert sorted(code for code in codes if str(audit.action_label(code)) == code) == []


def test_the_log_reads_a_variants_actions_in_words_in_english_and_french(client):
    nl = country_for("NL")
    target = ProfileFactory()
    audit.record(actor=None, action="recommendations.create_variant", target=target, country=nl)
    audit.record(actor=None, action="recommendations.review_item.keep_ours", target=target, country=nl)
    sign_in(client, administrator())
    html = client.get("/en/moderation/audit-log/").content.decode()
    assert "National variant started" in html
    assert "Variant review item decided: keep ours" in html
    assert html.count("recommendations.create_variant") <= 1  # the code once, beside its words
    french = client.get("/fr/moderation/audit-log/").content.decode()
    assert "Variante nationale commencée" in french


def test_the_filter_labels_follow_the_page_language_of_each_request(client, rows):
    sign_in(client, administrator())
    polish = client.get("/pl/moderation/audit-log/").content.decode()
    assert "Działanie zaczyna się od" in polish
    assert "Action starts with" not in polish
    english = client.get("/en/moderation/audit-log/").content.decode()
    assert "Action starts with" in english  # not frozen in the language of the first request


def test_a_keyboard_can_scroll_the_audit_log_table_on_a_narrow_screen(client, rows):
    """The table scrolls inside its box on a phone: the box is a named region
    that takes focus, so the arrow keys scroll it."""
    sign_in(client, administrator())
    html = client.get("/nl/moderation/audit-log/").content.decode()
    box = re.search(r'<div class="table-scroll"([^>]*)>', html)[1]
    assert 'role="region"' in box
    assert 'tabindex="0"' in box
    label_id = re.search(r'aria-labelledby="([^"]+)"', box)[1]
    assert re.search(rf'<caption id="{label_id}"[^>]*>Auditlog</caption>', html)
