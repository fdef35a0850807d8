"""The editor's tools: the recommendations page lists the consultations open
and the versions waiting to be built or published, and the header counts
them, for the editors who may act on them and nobody else."""

from datetime import timedelta

import pytest
from django.utils import timezone

from consult.models import CountryRole
from recommendations.consultation.services import close_round
from recommendations.editor_tools import work_counts
from recommendations.merging.building import start_build
from tests.consult.factories import administrator, member, staff

from .factories import draft, open_round

pytestmark = pytest.mark.django_db


def _header(html):
    return html.split("</header>")[0]


def test_the_editor_sees_open_consultations_and_closed_ones_waiting_for_a_build(client, signed_in, editor):
    running = open_round(draft("NL", 4))
    finished = open_round(draft("NL", 4))
    close_round(finished)
    signed_in(editor)

    html = client.get("/en/recommendations/").content.decode()

    tools = html.split('id="editor-tools"')[1]
    assert 'Consultations open now <span class="count-badge" data-editor-open-rounds="1">' in tools
    assert f"/en/recommendations/rounds/{running.pk}/manage/" in tools
    assert f"/en/recommendations/rounds/{running.pk}/triage/" in tools
    assert 'Next versions to build or publish <span class="count-badge" data-editor-builds="1">' in tools
    assert f"/en/recommendations/rounds/{finished.pk}/merge/" in tools
    header = _header(html)
    assert 'data-editor-open-rounds="1"' in header
    assert 'data-editor-builds="1"' in header


def test_a_build_stays_in_the_editors_tools_until_its_version_is_published(
    client, signed_in, editor, django_capture_on_commit_callbacks
):
    round = open_round(draft("NL", 4))
    close_round(round)
    with django_capture_on_commit_callbacks(execute=True):
        build = start_build(editor=editor, round=round, confirm_open_todos=True, confirm_undecided=True)
    build.refresh_from_db()
    built = build.result_version
    signed_in(editor)

    html = client.get("/en/recommendations/").content.decode()

    assert f"version {built.number} is built as a draft, not yet published." in html
    assert f"/en/recommendations/versions/{built.pk}/publish/" in html
    assert f"/en/recommendations/rounds/{round.pk}/merge/" not in html


def test_the_header_count_follows_a_round_closing_without_waiting_for_the_cache(client, signed_in, editor):
    round = open_round(draft("NL", 4))
    signed_in(editor)
    assert 'data-editor-open-rounds="1"' in _header(client.get("/en/forums/").content.decode())

    close_round(round)

    header = _header(client.get("/en/forums/").content.decode())
    assert "data-editor-open-rounds" not in header
    assert 'data-editor-builds="1"' in header


def test_an_editor_of_another_country_and_a_member_see_no_rounds_they_cannot_manage(client, signed_in):
    open_round(draft("NL", 4))
    signed_in(staff(CountryRole.Role.EDITOR, "BE"))
    html = client.get("/en/recommendations/").content.decode()
    assert 'data-editor-open-rounds="0"' in html
    assert "data-editor-open-rounds" not in _header(html)

    signed_in(member(("NL",)))
    html = client.get("/en/recommendations/").content.decode()
    assert 'id="editor-tools"' not in html
    assert "Editor tools" not in html


def test_the_header_costs_an_editor_no_query_once_signed_in(client, signed_in, editor, django_assert_num_queries):
    open_round(draft("NL", 4))
    signed_in(editor)
    client.get("/en/forums/")  # the session and roles

    with django_assert_num_queries(0):
        assert work_counts(editor) == (1, 0)


def test_the_editor_and_the_administrator_read_counts_that_say_whose_rounds_they_count(client, signed_in, editor):
    open_round(draft("NL", 4))
    open_round(draft("BE", 4))
    signed_in(editor)
    header = _header(client.get("/en/forums/").content.decode())
    assert (
        'consultations open now, on the documents you edit:</span> <span class="count-badge" '
        'data-editor-open-rounds="1">' in header
    )

    signed_in(administrator())
    header = _header(client.get("/en/forums/").content.decode())
    assert (
        'consultations open now, on all documents:</span> <span class="count-badge" data-editor-open-rounds="2">'
        in header
    )


def test_the_header_counts_only_rounds_taking_feedback_now_as_the_clock_moves(client, signed_in, editor):
    now = timezone.now()
    open_round(draft("NL", 4), opens_at=now + timedelta(days=2), closes_at=now + timedelta(days=9))  # scheduled
    soon_due = open_round(draft("NL", 4), opens_at=now - timedelta(days=2), closes_at=now + timedelta(hours=1))
    signed_in(editor)

    assert work_counts(editor, now=now) == (1, 0)
    html = client.get("/en/recommendations/").content.decode()
    assert 'data-editor-open-rounds="1"' in _header(html)
    assert "Consultations scheduled" in html  # the tools list both, each under its own heading with its date

    # two hours on, with no row saved: the due round no longer takes feedback, the scheduled one not yet
    assert work_counts(editor, now=now + timedelta(hours=2)) == (0, 0)
    # three days on, the scheduled round is open
    assert work_counts(editor, now=now + timedelta(days=3)) == (1, 0)
    assert soon_due.closed_at is None


def test_the_moderator_and_the_administrator_read_whose_review_items_are_counted(client, signed_in):
    signed_in(staff(CountryRole.Role.MODERATOR, "NL"))
    assert "items and open notices waiting in your countries:" in _header(client.get("/en/forums/").content.decode())
    signed_in(administrator())
    assert "items and open notices waiting in all countries:" in _header(client.get("/en/forums/").content.decode())


def test_with_the_seed_the_header_counts_the_editors_consultations_and_says_so_beside_the_home_pages_two(client):
    """The seed opens two consultations: the Dutch document's (its editors')
    and the Belgian national version's (its country office's). The home page
    lists both; the demo editor, an editor of every country, manages only
    the first, and the header says whose consultations its 1 counts."""
    import re

    from django.core.cache import cache

    from consult.demo import seed_demo_accounts
    from consult.models import User
    from recommendations.demo import TITLE, seed_recommendations
    from recommendations.drafting.variants.demo import seed_variants
    from tests.consult.conftest import sign_in
    from tests.consult.factories import add_totp

    cache.clear()
    seed_demo_accounts()
    seed_recommendations()
    seed_variants()
    editor = User.objects.get(email="editor@demo.protect.example")
    add_totp(editor)
    sign_in(client, editor)

    home = client.get("/en/").content.decode()
    listed = re.search(r'<section id="consultations".*?</section>', home, re.S).group(0)
    assert listed.count("<li>") == 2
    assert TITLE in listed
    assert "Belgium" in listed

    header = _header(client.get("/en/recommendations/").content.decode())
    assert (
        'consultations open now, on the documents you edit:</span> <span class="count-badge" '
        'data-editor-open-rounds="1">' in header
    )
    assert "on all documents" not in header
    tools = client.get("/en/recommendations/").content.decode()
    assert "run by that country's office: the home page lists it among the open consultations" in tools

    sign_in(client, administrator())
    header = _header(client.get("/en/recommendations/").content.decode())
    assert (
        'consultations open now, on all documents:</span> <span class="count-badge" data-editor-open-rounds="2">'
        in header
    )


def test_the_editors_box_counts_the_consultations_open_now_as_the_header_does_and_lists_the_others_apart(
    client, signed_in, editor
):
    """The header said "open now: 1" while the box said "open or scheduled: 3"."""
    now = timezone.now()
    taking_feedback = open_round(draft("NL", 4), opens_at=now - timedelta(days=2), closes_at=now + timedelta(days=5))
    scheduled = open_round(draft("NL", 4), opens_at=now + timedelta(days=2), closes_at=now + timedelta(days=9))
    past_due = open_round(draft("NL", 4), opens_at=now - timedelta(days=9), closes_at=now - timedelta(minutes=5))
    signed_in(editor)

    html = client.get("/en/recommendations/").content.decode()

    header = _header(html)
    assert 'data-editor-open-rounds="1">1</span>' in header
    tools = html.split('id="editor-tools"')[1]
    assert 'Consultations open now <span class="count-badge" data-editor-open-rounds="1">1</span>' in tools
    assert 'Consultations scheduled <span class="count-badge" data-editor-scheduled-rounds="1">1</span>' in tools
    assert (
        'Consultations past their closing time <span class="count-badge" data-editor-past-due-rounds="1">1</span>'
        in tools
    )
    # each list runs to the next heading
    lists = {
        name: tools.split(f"data-editor-{name}-rounds>")[1].split("<h3>")[0]
        for name in ("open", "scheduled", "past-due")
    }
    assert f"/rounds/{taking_feedback.pk}/manage/" in lists["open"]
    assert "closes " in lists["open"]
    assert f"/rounds/{scheduled.pk}/manage/" in lists["scheduled"]
    assert "opens " in lists["scheduled"]
    assert f"/rounds/{past_due.pk}/manage/" in lists["past-due"]
    assert "Closed on " in lists["past-due"]
    assert "Consultations open or scheduled" not in html
