"""Country variants of a master document: creating one, adapting, adding and
omitting clauses, translations, and the forward-port of a new master version."""

import pytest
from django.db import transaction

from consult.models import Country, CountryRole, OutboxEntry
from consult.outbox import run_entry
from consult.refusals import NotAllowed, Refusal
from recommendations.drafting.services import StaleDecision
from recommendations.drafting.variants import forward_port, review, services
from recommendations.drafting.variants.national_drafts import start_national_draft
from recommendations.drafting.variants.reading import variant_lines
from recommendations.models import DocumentVersion, VariantClause, VariantEvent, VariantReviewItem
from tests.consult.factories import administrator, member

from .factories import draft, open_round
from .variant_data import european_editor, new_master_version, office, published_master

pytestmark = pytest.mark.django_db

State = VariantClause.State
Kind = VariantReviewItem.Kind
Choice = VariantReviewItem.Choice


@pytest.fixture
def master_editor(db):
    return european_editor()


@pytest.fixture
def master(master_editor):
    return published_master(master_editor)


@pytest.fixture
def belgium():
    return Country.objects.get(code="BE")


@pytest.fixture
def be_office(db):
    return office("BE")


@pytest.fixture
def variant(master, be_office, belgium):
    return services.create_variant(staff=be_office, master=master.document, country=belgium, language="fr")


def clauses_of(version):
    return list(version.clauses.in_order())


def row(variant, clause):
    return VariantClause.objects.select_related("master_clause").get(variant=variant, key=clause.key)


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish the next master version and run the forward-port tasks it schedules."""

    def publish(editor, version, **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return new_master_version(editor, version, **changes)

    return publish


# --- creating a variant ----------------------------------------------------------------------


def test_an_office_creates_its_variant_with_every_master_clause_inherited_under_the_same_key(variant, master):
    rows = list(variant.clauses.order_by("pk"))
    assert [r.key for r in rows] == [c.key for c in clauses_of(master)]
    assert {r.state for r in rows} == {State.INHERITED}
    # Inherited clauses hold no text of their own: they read the master's clause.
    assert {r.text for r in rows} == {""}
    lines = variant_lines(variant)
    assert [line.national_html for line in lines] == [c.html for c in clauses_of(master)]
    assert variant.document.country.code == "BE"
    assert variant.document.is_variant


def test_a_variant_of_a_master_without_a_published_version_is_refused(master_editor, be_office, belgium):
    unpublished = draft(None, 3, editors=[master_editor])
    unpublished.document.is_master = True
    unpublished.document.save()
    with pytest.raises(Refusal) as refused:
        services.create_variant(staff=be_office, master=unpublished.document, country=belgium)
    assert refused.value.field == "master"
    assert refused.value.status == 409
    assert "no published version" in refused.value.message


def test_a_document_that_is_not_a_master_has_no_variants(master_editor, be_office, belgium):
    plain = published_master(master_editor)
    plain.document.is_master = False
    plain.document.save()
    with pytest.raises(Refusal, match="Only a master"):
        services.create_variant(staff=be_office, master=plain.document, country=belgium)


def test_a_second_variant_for_the_same_country_is_refused(variant, master, belgium):
    with pytest.raises(Refusal) as refused:
        services.create_variant(staff=office("BE"), master=master.document, country=belgium)
    assert refused.value.field == "country"
    assert "already has a variant" in refused.value.message
    assert master.document.variants.count() == 1


def test_only_the_countrys_own_office_creates_its_variant(master, master_editor, belgium):
    for outsider in (office("NL"), master_editor, member(("BE",))):
        with pytest.raises(NotAllowed):
            services.create_variant(staff=outsider, master=master.document, country=belgium)


def test_a_language_the_country_does_not_speak_is_refused(master, be_office, belgium):
    with pytest.raises(Refusal) as refused:
        services.create_variant(staff=be_office, master=master.document, country=belgium, language="pl")
    assert refused.value.field == "language"


# --- adapting, omitting, adding ----------------------------------------------------------------


def test_an_adaptation_needs_national_text_and_a_public_reason(variant, master, be_office):
    clause = clauses_of(master)[1]
    with pytest.raises(Refusal) as no_reason:
        services.set_clause_state(staff=be_office, variant=variant, key=clause.key, state="adapted", text="Le CPVS.")
    assert no_reason.value.field == "reason"
    with pytest.raises(Refusal) as same_text:
        services.set_clause_state(
            staff=be_office, variant=variant, key=clause.key, state="adapted", text=clause.text, reason="Belgian law"
        )
    assert same_text.value.field == "text"
    services.set_clause_state(
        staff=be_office,
        variant=variant,
        key=clause.key,
        state="adapted",
        text="Staff refer the person to the nearest CPVS (Zorgcentrum na Seksueel Geweld).",
        reason="Belgian law: the CPVS is the first point of contact.",
    )
    adapted = row(variant, clause)
    assert adapted.state == State.ADAPTED
    assert "CPVS" in adapted.html
    assert adapted.master_clause_id == clause.pk


def test_omitting_needs_a_reason_and_inheriting_again_drops_the_national_text(variant, master, be_office):
    clause = clauses_of(master)[2]
    with pytest.raises(Refusal):
        services.set_clause_state(staff=be_office, variant=variant, key=clause.key, state="omitted", reason=" ")
    services.set_clause_state(staff=be_office, variant=variant, key=clause.key, state="omitted", reason="Not Belgian.")
    assert row(variant, clause).state == State.OMITTED
    services.set_clause_state(staff=be_office, variant=variant, key=clause.key, state="inherited")
    assert row(variant, clause).text == ""
    assert row(variant, clause).reason == ""


def test_an_edit_made_on_a_stale_page_is_refused(variant, master, be_office):
    clause = clauses_of(master)[2]
    seen = row(variant, clause).revision
    services.set_clause_state(staff=be_office, variant=variant, key=clause.key, state="omitted", reason="First.")
    with pytest.raises(StaleDecision):
        services.set_clause_state(
            staff=office("BE"), variant=variant, key=clause.key, state="inherited", expected_revision=seen
        )
    assert row(variant, clause).state == State.OMITTED


def test_the_master_editor_and_another_office_never_edit_a_variant(variant, master, master_editor):
    clause = clauses_of(master)[1]
    for outsider in (master_editor, office("NL")):
        with pytest.raises(NotAllowed):
            services.set_clause_state(staff=outsider, variant=variant, key=clause.key, state="omitted", reason="x")


def test_an_administrator_never_creates_or_edits_a_variant(variant, master, belgium):
    admin = administrator()
    clause = clauses_of(master)[1]
    with pytest.raises(NotAllowed):
        services.create_variant(staff=admin, master=master.document, country=Country.objects.get(code="NL"))
    attempts = (
        lambda: services.set_clause_state(staff=admin, variant=variant, key=clause.key, state="omitted", reason="x"),
        lambda: services.set_translation(staff=admin, variant=variant, key=clause.key, translation="Traduction."),
        lambda: services.add_national_clause(staff=admin, variant=variant, text="Admin text.", reason="x"),
        lambda: services.publish_variant(staff=admin, variant=variant),
        lambda: start_national_draft(staff=admin, variant=variant),
    )
    for attempt in attempts:
        with pytest.raises(NotAllowed):
            attempt()
    assert row(variant, clause).state == State.INHERITED
    assert row(variant, clause).translation == ""
    assert variant.clauses.count() == len(clauses_of(master))
    assert not variant.document.versions.exists()
    variant.refresh_from_db()
    assert not variant.is_published
    assert master.document.variants.count() == 1


def test_an_administrator_who_works_in_the_office_edits_its_variant(variant, master):
    admin = administrator()
    CountryRole.objects.create(user=admin, role=CountryRole.Role.COUNTRY_STAFF, country=variant.country)
    clause = clauses_of(master)[1]
    services.set_clause_state(staff=admin, variant=variant, key=clause.key, state="omitted", reason="Not in BE.")
    assert row(variant, clause).state == State.OMITTED


def test_an_office_never_edits_the_master(master, be_office):
    assert not be_office.has_perm("recommendations.edit_document", master)
    assert not be_office.has_perm("recommendations.mark_master", master.document)


def test_a_national_clause_is_added_after_the_clause_it_follows(variant, master, be_office):
    after = clauses_of(master)[1]
    added = services.add_national_clause(
        staff=be_office,
        variant=variant,
        after_key=after.key,
        text="In Belgium, the CPVS is open day and night.",
        reason="Belgian services.",
    )
    keys = [line.key for line in variant_lines(variant)]
    assert keys.index(added.key) == keys.index(after.key) + 1
    with pytest.raises(Refusal) as without_reason:
        services.add_national_clause(staff=be_office, variant=variant, text="More.", reason="")
    assert without_reason.value.field == "reason"


# --- the forward-port ---------------------------------------------------------------------------


@pytest.fixture
def shaped(variant, master, be_office):
    """Clause 1 adapted, clause 2 adapted (the master will not change it),
    clause 4 translated, clause 5 omitted."""
    c = clauses_of(master)
    for index in (1, 2):
        services.set_clause_state(
            staff=be_office, variant=variant, key=c[index].key, state="adapted",
            text=f"Texte belge {index}.", reason="Loi belge.",
        )  # fmt: skip
    services.set_translation(staff=be_office, variant=variant, key=c[4].key, translation="Traduction française.")
    services.set_clause_state(
        staff=be_office, variant=variant, key=c[5].key, state="omitted", reason="Pas en Belgique."
    )
    return variant


def test_a_new_master_version_brings_the_variant_forward(shaped, master, master_editor, publish):
    old = clauses_of(master)
    new = publish(master_editor, master, change=(1, 4, 7), remove=(8,), add_after=6)
    new_clauses = {c.key: c for c in clauses_of(new)}
    shaped.refresh_from_db()
    assert shaped.master_version == new
    # Inherited, changed in the master: reads the new text at once.
    assert row(shaped, old[7]).master_clause == new_clauses[old[7].key]
    line = next(line for line in variant_lines(shaped) if line.key == old[7].key)
    assert "interpreter" in line.national_html
    # Adapted, changed in the master: stays as it was, a review item with the three texts.
    adapted = row(shaped, old[1])
    assert adapted.text == "Texte belge 1."
    assert adapted.master_clause == old[1]
    items = {(item.key, item.kind): item for item in shaped.review_items.still_open()}
    changed = items[(old[1].key, Kind.CHANGED)]
    assert changed.old_master_clause == old[1]
    assert changed.new_master_clause == new_clauses[old[1].key]
    # Adapted, unchanged in the master: follows quietly.
    assert row(shaped, old[2]).master_clause == new_clauses[old[2].key]
    assert (old[2].key, Kind.CHANGED) not in items
    # Translated, changed in the master: out of date, a "translate the change" item.
    assert row(shaped, old[4]).translation_out_of_date
    assert (old[4].key, Kind.TRANSLATE) in items
    # The new master clause is proposed; the removed one is flagged and kept until decided.
    added_key = next(key for key in new_clauses if key not in {c.key for c in old})
    assert (added_key, Kind.NEW) in items
    assert (old[8].key, Kind.REMOVED) in items
    assert VariantClause.objects.filter(variant=shaped, key=old[8].key).exists()
    assert len(items) == 4
    # The history says what came from the master.
    assert VariantEvent.objects.filter(variant=shaped, origin="master", key=old[7].key).exists()


def test_the_forward_port_run_twice_changes_nothing_more(shaped, master, master_editor, publish):
    new = publish(master_editor, master, change=(1,))
    before = (VariantReviewItem.objects.count(), VariantEvent.objects.count())
    assert forward_port.forward_port_variant(shaped.pk, new.pk) == "already"
    assert forward_port.schedule_variants(new.pk) == 1  # the same outbox key: nothing new to run
    assert (VariantReviewItem.objects.count(), VariantEvent.objects.count()) == before


def test_a_forward_port_killed_mid_way_leaves_the_variant_as_it_was_and_the_sweep_finishes_it(
    shaped, master, master_editor, monkeypatch
):
    new = new_master_version(master_editor, master, change=(1, 7))  # scheduled, not run (no commit in this test)
    forward_port.schedule_variants(new.pk)
    entry = OutboxEntry.objects.get(task_name="recommendations.forward_port_variant")

    def killed(*args, **kwargs):
        raise SystemError("worker killed")

    monkeypatch.setattr(VariantEvent.objects, "bulk_create", killed)
    assert run_entry(entry.pk, forward_port.forward_port_variant) is False
    shaped.refresh_from_db()
    assert shaped.master_version == master  # nothing half-applied
    assert not shaped.review_items.exists()
    assert row(shaped, clauses_of(master)[7]).master_clause == clauses_of(master)[7]
    monkeypatch.undo()
    assert run_entry(entry.pk, forward_port.forward_port_variant) is True
    assert run_entry(entry.pk, forward_port.forward_port_variant) is False  # done once
    shaped.refresh_from_db()
    assert shaped.master_version == new
    assert shaped.review_items.still_open().count() == 1


def test_a_variant_with_an_open_national_round_waits_and_says_so_then_follows_when_it_closes(
    client, shaped, master, master_editor, be_office, publish, django_capture_on_commit_callbacks
):
    national = DocumentVersion.objects.create(document=shaped.document, number=1)
    national_round = open_round(national)
    new = publish(master_editor, master, change=(7,))
    shaped.refresh_from_db()
    assert shaped.master_version == master
    assert shaped.waiting_for == new
    assert "waits until the national consultation closes" in shaped.waiting_reason
    # the variant's page says it in the reader's language and time zone (the stored reason is English, UTC)
    client.force_login(be_office)
    page = client.get(f"/nl/recommendations/variants/{shaped.pk}/").content.decode()
    assert f"Versie {new.number} van het moederdocument wacht tot de nationale consultatie sluit" in page
    status = page.split('class="recs-badge" role="status">', 1)[1].split("</p>", 1)[0]
    assert "waits until" not in status
    assert "UTC" not in status  # in the reader's zone, with its abbreviation
    from recommendations.consultation.services import close_round

    with django_capture_on_commit_callbacks(execute=True):
        close_round(national_round)
    shaped.refresh_from_db()
    assert shaped.master_version == new
    assert shaped.waiting_for is None


def test_the_office_gets_one_email_with_a_link_when_a_forward_port_leaves_it_review_items(
    shaped, master, master_editor, publish, be_office, mailoutbox
):
    new = publish(master_editor, master, change=(1,))
    mails = [m for m in mailoutbox if be_office.email in m.bcc]
    assert len(mails) == 1
    assert "changes to review for Belgium" in mails[0].subject
    assert f"/recommendations/variants/{shaped.pk}/review/" in mails[0].body
    assert "Texte belge" not in mails[0].body  # a link and a count, never the clause text
    # Delivered again, or the forward-port run again: no second e-mail.
    entry = OutboxEntry.objects.get(task_name="recommendations.email_office_about_review_items")
    run_entry(entry.pk, lambda **arguments: pytest.fail("ran twice"))
    forward_port.forward_port_variant(shaped.pk, new.pk)
    assert len([m for m in mailoutbox if be_office.email in m.bcc]) == 1


def test_an_office_with_nothing_to_review_gets_no_email(shaped, master, master_editor, publish, mailoutbox):
    publish(master_editor, master, change=(3,))  # an inherited clause without a translation: it simply follows
    assert not shaped.review_items.still_open().exists()
    assert mailoutbox == []


# --- review items -------------------------------------------------------------------------------


@pytest.fixture
def forwarded(shaped, master, master_editor, publish):
    new = publish(master_editor, master, change=(1, 4), add_after=6, remove=(8,))
    return shaped, {c.key: c for c in clauses_of(new)}


def item_of(variant, kind):
    return variant.review_items.still_open().get(kind=kind)


def test_taking_the_masters_wording_makes_the_clause_inherited_again(forwarded, be_office):
    variant, new = forwarded
    item = item_of(variant, Kind.CHANGED)
    review.decide_review_item(staff=be_office, item=item, choice=Choice.TAKE_MASTER, expected_revision=item.revision)
    adapted = VariantClause.objects.get(variant=variant, key=item.key)
    assert adapted.state == State.INHERITED
    assert adapted.master_clause == new[item.key]


def test_keeping_ours_needs_a_reason_and_a_new_adaptation_needs_text(forwarded, be_office):
    variant, new = forwarded
    item = item_of(variant, Kind.CHANGED)
    with pytest.raises(Refusal) as no_reason:
        review.decide_review_item(staff=be_office, item=item, choice=Choice.KEEP_OURS)
    assert no_reason.value.field == "reason"
    with pytest.raises(Refusal) as no_text:
        review.decide_review_item(staff=be_office, item=item, choice=Choice.NEW_ADAPTATION, reason="Loi belge.")
    assert no_text.value.field == "text"
    with pytest.raises(Refusal) as wrong_choice:
        review.decide_review_item(staff=be_office, item=item, choice=Choice.INCLUDE)
    assert wrong_choice.value.field == "choice"
    review.decide_review_item(staff=be_office, item=item, choice=Choice.NEW_ADAPTATION, text="Nouveau.", reason="Loi.")
    adapted = VariantClause.objects.get(variant=variant, key=item.key)
    assert adapted.text == "Nouveau."
    assert adapted.master_clause == new[item.key]


def test_a_review_item_decided_twice_at_once_is_decided_once_and_the_other_is_told(forwarded, be_office):
    variant, _ = forwarded
    colleague = office("BE")
    item = item_of(variant, Kind.CHANGED)
    seen = item.revision
    review.decide_review_item(staff=be_office, item=item, choice=Choice.TAKE_MASTER, expected_revision=seen)
    with pytest.raises(StaleDecision) as told:
        review.decide_review_item(
            staff=colleague, item=item, choice=Choice.KEEP_OURS, reason="Ours.", expected_revision=seen
        )
    assert "decided this item a moment ago" in told.value.message
    assert told.value.status == 409
    assert VariantClause.objects.get(variant=variant, key=item.key).state == State.INHERITED


def test_a_new_master_clause_is_included_only_when_the_office_says_so(forwarded, be_office):
    variant, _new = forwarded
    item = item_of(variant, Kind.NEW)
    assert not VariantClause.objects.filter(variant=variant, key=item.key).exists()
    review.decide_review_item(staff=be_office, item=item, choice=Choice.INCLUDE)
    assert VariantClause.objects.get(variant=variant, key=item.key).state == State.INHERITED


def test_a_clause_removed_from_the_master_may_stay_as_a_national_clause(forwarded, be_office):
    variant, _new = forwarded
    item = item_of(variant, Kind.REMOVED)
    review.decide_review_item(staff=be_office, item=item, choice=Choice.KEEP_AS_NATIONAL, reason="Still Belgian law.")
    kept = VariantClause.objects.get(variant=variant, key=item.key)
    assert kept.state == State.ADDED
    assert kept.master_clause is None
    assert kept.text
    assert item.key in [line.key for line in variant_lines(variant)]


def test_an_out_of_date_translation_is_its_own_review_item(forwarded, be_office):
    variant, _new = forwarded
    item = item_of(variant, Kind.TRANSLATE)
    with pytest.raises(Refusal):
        review.decide_review_item(staff=be_office, item=item, choice=Choice.UPDATE_TRANSLATION, text="")
    review.decide_review_item(staff=be_office, item=item, choice=Choice.UPDATE_TRANSLATION, text="Nouvelle traduction.")
    translated = VariantClause.objects.select_related("master_clause", "translation_of").get(
        variant=variant, key=item.key
    )
    assert not translated.translation_out_of_date
    assert translated.translation == "Nouvelle traduction."


def test_an_administrator_never_decides_an_offices_review_item(forwarded):
    variant, _new = forwarded
    item = item_of(variant, Kind.CHANGED)
    with pytest.raises(NotAllowed):
        review.decide_review_item(staff=administrator(), item=item, choice=Choice.TAKE_MASTER)
    assert item_of(variant, Kind.CHANGED).pk == item.pk


def test_a_clause_under_review_is_not_edited_around_its_review_item(forwarded, be_office):
    variant, _ = forwarded
    item = item_of(variant, Kind.CHANGED)
    with pytest.raises(Refusal, match="decide its review item first"):
        services.set_clause_state(staff=be_office, variant=variant, key=item.key, state="inherited")


def test_nothing_runs_in_a_transaction_that_rolls_back(variant, master, master_editor):
    def publish_then_fail():
        with transaction.atomic():
            new_master_version(master_editor, master, change=(1,))
            raise RuntimeError

    with pytest.raises(RuntimeError):
        publish_then_fail()
    assert not OutboxEntry.objects.filter(task_name__startswith="recommendations.forward_port").exists()
