"""The variants' pages: the variant beside the master, the office's forms,
the review items and the European matrix (with its query budget and CSV)."""

import csv
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from consult.models import Country, CountryRole
from recommendations.drafting.variants import services
from recommendations.models import VariantClause, VariantReviewItem
from tests.consult.conftest import sign_in
from tests.consult.factories import administrator, member, staff

from .variant_data import european_editor, new_master_version, office, published_master

pytestmark = pytest.mark.django_db


@pytest.fixture
def master_editor(db):
    return european_editor()


@pytest.fixture
def master(master_editor):
    return published_master(master_editor)


@pytest.fixture
def be_office(db):
    return office("BE")


@pytest.fixture
def variant(master, be_office):
    variant = services.create_variant(
        staff=be_office, master=master.document, country=Country.objects.get(code="BE"), language="fr"
    )
    clause = list(master.clauses.in_order())[1]
    services.set_clause_state(
        staff=be_office,
        variant=variant,
        key=clause.key,
        state="adapted",
        text="Le personnel oriente la personne vers le CPVS.",
        reason="Belgian law: the CPVS is the first point of contact.",
    )
    return variant


def test_the_public_reads_a_published_variant_beside_the_masters_wording(client, variant, be_office):
    url = reverse("recommendations:variant", args=[variant.pk])
    assert client.get(url).status_code == 302  # not published yet: sign in first
    services.publish_variant(staff=be_office, variant=variant)
    page = client.get(url).content.decode()
    assert "Le personnel oriente la personne vers le CPVS." in page
    assert "Belgian law: the CPVS is the first point of contact." in page
    assert "Clause text number 1: staff refer the person" in page  # the master's wording beside it
    assert "adapted" in page
    assert "inherited" in page


def test_an_unpublished_variant_is_hidden_from_members_and_other_offices(client, variant):
    for outsider in (member(("BE",)), office("NL")):
        sign_in(client, outsider)
        assert client.get(reverse("recommendations:variant", args=[variant.pk])).status_code == 403


def test_the_office_adapts_a_clause_through_the_form_and_a_missing_reason_is_shown(client, variant, be_office, master):
    clause = list(master.clauses.in_order())[2]
    row = VariantClause.objects.get(variant=variant, key=clause.key)
    url = reverse("recommendations:variant_clause", args=[variant.pk, clause.key])
    sign_in(client, be_office)
    assert client.get(url).status_code == 200
    refused = client.post(url, {"state": "adapted", "text": "Texte belge.", "reason": "", "revision": row.revision})
    assert refused.status_code == 400
    assert "Give the public reason" in refused.content.decode()
    assert "Texte belge." in refused.content.decode()  # what was typed is kept
    saved = client.post(url, {"state": "omitted", "text": "", "reason": "Pas en Belgique.", "revision": row.revision})
    assert saved.status_code == 302
    assert VariantClause.objects.get(pk=row.pk).state == "omitted"
    stale = client.post(url, {"state": "inherited", "text": "", "reason": "", "revision": row.revision})
    assert stale.status_code == 409
    assert "changed this clause while you were editing it" in stale.content.decode()


def test_the_master_editor_cannot_open_the_offices_forms(client, variant, master_editor, master):
    sign_in(client, master_editor)
    clause = list(master.clauses.in_order())[2]
    for url in (
        reverse("recommendations:variant_clause", args=[variant.pk, clause.key]),
        reverse("recommendations:variant_add_clause", args=[variant.pk]),
        reverse("recommendations:variant_review", args=[variant.pk]),
    ):
        assert client.get(url).status_code == 403
    assert client.get(reverse("recommendations:variant", args=[variant.pk])).status_code == 200  # may read it


def test_the_office_adds_a_national_clause_and_sees_it_in_place(client, variant, be_office, master):
    sign_in(client, be_office)
    after = list(master.clauses.in_order())[1]
    response = client.post(
        reverse("recommendations:variant_add_clause", args=[variant.pk]),
        {"after_key": str(after.key), "kind": "paragraph", "level": 1, "text": "Le CPVS est ouvert 24h/24.",
         "reason": "Services belges."},
    )  # fmt: skip
    assert response.status_code == 302
    page = client.get(reverse("recommendations:variant", args=[variant.pk])).content.decode()
    assert page.index("Le personnel oriente") < page.index("Le CPVS est ouvert 24h/24.")


def test_the_review_page_shows_three_texts_and_a_second_decision_is_told_it_lost(
    client, variant, be_office, master, master_editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new_master_version(master_editor, master, change=(1,))
    item = VariantReviewItem.objects.get(variant=variant, kind="changed")
    url = reverse("recommendations:variant_review", args=[variant.pk])
    sign_in(client, be_office)
    page = client.get(url).content.decode()
    assert "The master before" in page
    assert "The master now" in page
    assert "National text" in page
    assert "The master now also asks for an interpreter." in page
    prefix = f"item-{item.pk}"
    decision = {"item": item.pk, f"{prefix}-choice": "take_master", f"{prefix}-revision": item.revision}
    assert client.post(url, decision).status_code == 302
    sign_in(client, office("BE"))
    told = client.post(url, {**decision, f"{prefix}-choice": "keep_ours", f"{prefix}-reason": "Ours."})
    assert told.status_code == 409
    assert "decided this item a moment ago" in told.content.decode()


def test_a_review_decision_without_its_text_is_refused_in_the_page(
    client, variant, be_office, master, master_editor, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        new_master_version(master_editor, master, change=(1,))
    item = VariantReviewItem.objects.get(variant=variant, kind="changed")
    sign_in(client, be_office)
    prefix = f"item-{item.pk}"
    response = client.post(
        reverse("recommendations:variant_review", args=[variant.pk]),
        {"item": item.pk, f"{prefix}-choice": "new_adaptation", f"{prefix}-reason": "Loi.",
         f"{prefix}-revision": item.revision},
    )  # fmt: skip
    assert response.status_code == 400
    assert "A clause needs some text." in response.content.decode()


def test_a_second_variant_for_the_same_country_is_refused_in_the_form(client, variant, master):
    sign_in(client, office("BE"))
    response = client.post(reverse("recommendations:variant_create", args=[master.document_id]), {"country": ""})
    assert response.status_code == 400
    colleague_country = Country.objects.get(code="BE").pk
    response = client.post(
        reverse("recommendations:variant_create", args=[master.document_id]), {"country": colleague_country}
    )
    assert response.status_code == 409
    assert "already has a variant" in response.content.decode()


def test_another_countrys_office_may_not_create_its_neighbours_variant(client, master):
    sign_in(client, office("NL"))
    response = client.post(
        reverse("recommendations:variant_create", args=[master.document_id]),
        {"country": Country.objects.get(code="BE").pk},
    )
    assert response.status_code == 403


def _variants(master, codes):
    for code in codes:
        variant = services.create_variant(
            staff=office(code), master=master.document, country=Country.objects.get(code=code)
        )
        services.publish_variant(staff=office(code), variant=variant)


def test_the_matrix_shows_every_country_in_words_and_its_summary(client, variant, be_office, master):
    services.publish_variant(staff=be_office, variant=variant)
    _variants(master, ["MT"])
    page = client.get(reverse("recommendations:variant_matrix", args=[master.document_id])).content.decode()
    assert "adapted 1 of 9, omitted 0, added 0" in page
    assert "Belgian law: the CPVS is the first point of contact." in page
    assert "inherits" in page
    assert "adapts" in page


def test_the_matrix_filters_by_state_and_chapter(client, variant, be_office, master):
    services.publish_variant(staff=be_office, variant=variant)
    url = reverse("recommendations:variant_matrix", args=[master.document_id])
    adapted_only = client.get(url, {"state": "adapted"}).content.decode()
    assert "Clause text number 1" in adapted_only
    assert "Clause text number 2" not in adapted_only
    chapter_two = client.get(url, {"chapter": "2"}).content.decode()
    assert "Section 2" in chapter_two
    assert "Clause text number 1" not in chapter_two


def test_the_matrix_takes_the_same_number_of_queries_for_one_country_or_four(
    client, variant, be_office, master, django_assert_num_queries
):
    services.publish_variant(staff=be_office, variant=variant)
    url = reverse("recommendations:variant_matrix", args=[master.document_id])
    client.get(url)
    with django_assert_num_queries(7):
        client.get(url)
    _variants(master, ["MT", "IT", "HR"])
    client.get(url)  # new accounts and roles refresh the site's cached parts once
    with django_assert_num_queries(7):
        assert client.get(url).content.decode().count("inherits") > 27


def test_the_matrix_exports_as_csv_with_a_state_and_reason_per_country(client, variant, be_office, master):
    services.publish_variant(staff=be_office, variant=variant)
    response = client.get(reverse("recommendations:variant_matrix_csv", args=[master.document_id]))
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0] == ["number", "kind", "master text", "BE state", "BE state code", "BE reason"]
    assert len(rows) == 10
    assert rows[2][3:] == ["adapts", "adapted", "Belgian law: the CPVS is the first point of contact."]
    assert rows[1][3:5] == ["inherits", "inherited"]


def test_the_matrix_csv_says_each_state_in_the_readers_language(client, variant, be_office, master, master_editor):
    """The words of the page, translated, not the internal codes: a clause
    new in the master reads as the page says it, in English and in French;
    the code column stays for machines."""
    services.publish_variant(staff=be_office, variant=variant)
    new_master_version(master_editor, master, add_after=2)
    url = reverse("recommendations:variant_matrix_csv", args=[master.document_id])
    assert url.startswith("/en/")
    english = list(csv.reader(io.StringIO(client.get(url).content.decode())))
    states = {(row[3], row[4]) for row in english[1:]}
    assert ("inherits", "inherited") in states
    assert states & {("new in the master, to decide", "proposed"), ("not in step yet", "not_yet")}
    french = list(csv.reader(io.StringIO(client.get("/fr/" + url[4:]).content.decode())))
    french_states = {(row[3], row[4]) for row in french[1:]}
    assert ("hérite", "inherited") in french_states
    assert french_states & {
        ("nouvelle dans le document maître, à décider", "proposed"),
        ("pas encore à jour", "not_yet"),
    }


def test_an_unpublished_variant_stays_out_of_the_public_matrix(client, variant, master):
    page = client.get(reverse("recommendations:variant_matrix", args=[master.document_id])).content.decode()
    assert "Belgian law" not in page
    assert "adapted 1 of 9" not in page


def test_only_a_masters_editor_marks_it_as_master(client, master_editor, be_office):
    plain = published_master(master_editor)
    plain.document.is_master = False
    plain.document.save()
    url = reverse("recommendations:mark_master", args=[plain.document_id])
    sign_in(client, be_office)
    assert client.post(url).status_code == 403
    sign_in(client, master_editor)
    assert client.post(url).status_code == 302
    plain.document.refresh_from_db()
    assert plain.document.is_master


# Administrators are superusers: Django grants them every permission, so
# editing and creating a variant are asked through the services' own checks,
# which refuse everyone outside the country's office, administrators included.
ROLES = ["public", "member BE", "office BE", "office NL", "master editor", "administrator"]
Y, N = True, False
EXPECTED = {
    #                                       public mbrBE offBE offNL editor admin
    "recommendations.view_variant":          (N, N, Y, N, Y, Y),
    "edit the variant":                      (N, N, Y, N, N, N),
    "create the variant":                    (N, N, Y, N, N, N),
    "recommendations.mark_master":           (N, N, N, N, Y, Y),
    "recommendations.edit_document":         (N, N, N, N, Y, Y),
}  # fmt: skip


def test_the_variants_permission_matrix(variant, master, master_editor, be_office):
    users = [
        AnonymousUser(),
        member(("BE",)),
        be_office,
        office("NL"),
        master_editor,
        administrator(),
    ]
    belgium = Country.objects.get(code="BE")
    checks = {
        "recommendations.view_variant": lambda user: user.has_perm("recommendations.view_variant", variant),
        "edit the variant": lambda user: services.may_edit_variant(user, variant),
        "create the variant": lambda user: services.may_create_variant(user, belgium),
        "recommendations.mark_master": lambda user: user.has_perm("recommendations.mark_master", master.document),
        "recommendations.edit_document": lambda user: user.has_perm("recommendations.edit_document", master),
    }
    wrong = []
    for permission, expected in EXPECTED.items():
        for role, user, allowed in zip(ROLES, users, expected, strict=True):
            if checks[permission](user) != allowed:
                wrong.append(f"{permission} for {role}: expected {allowed}")
    # The variant's own document (its versions and rounds): its office only, never the master's editors.
    for role, user, allowed in zip(ROLES, users, (N, N, Y, N, N, Y), strict=True):
        if user.has_perm("recommendations.edit_document", variant.document) != allowed:
            wrong.append(f"edit the variant's document for {role}: expected {allowed}")
    assert wrong == []


def test_a_country_lead_counts_as_the_office(variant):
    lead = staff(CountryRole.Role.COUNTRY_LEAD, "BE")
    assert services.may_edit_variant(lead, variant)


def test_an_administrator_reads_a_variant_but_cannot_open_the_offices_forms(client, variant, master):
    admin = administrator()
    sign_in(client, admin)
    clause = list(master.clauses.in_order())[1]
    for url in (
        reverse("recommendations:variant_clause", args=[variant.pk, clause.key]),
        reverse("recommendations:variant_add_clause", args=[variant.pk]),
        reverse("recommendations:variant_review", args=[variant.pk]),
    ):
        assert client.get(url).status_code == 403
    posted = client.post(
        reverse("recommendations:variant_clause", args=[variant.pk, clause.key]),
        {"state": "inherited", "text": "", "reason": "", "revision": 1},
    )
    assert posted.status_code == 403
    assert VariantClause.objects.get(variant=variant, key=clause.key).state == "adapted"
    assert client.post(reverse("recommendations:variant_publish", args=[variant.pk])).status_code == 403
    variant.refresh_from_db()
    assert not variant.is_published
    page = client.get(reverse("recommendations:variant", args=[variant.pk]))
    assert page.status_code == 200  # reads it, without the office's edit links
    assert reverse("recommendations:variant_add_clause", args=[variant.pk]) not in page.content.decode()


def test_an_administrator_cannot_create_a_countrys_variant_through_the_form(client, master):
    sign_in(client, administrator())
    response = client.post(
        reverse("recommendations:variant_create", args=[master.document_id]),
        {"country": Country.objects.get(code="BE").pk, "language": "fr"},
    )
    assert response.status_code == 403
    assert not master.document.variants.exists()


def test_the_api_gives_a_published_variant_with_its_clause_states_and_hides_an_unpublished_one(
    client, variant, be_office, master
):
    url = f"/api/recommendations/variants/{variant.pk}"
    assert client.get(url).status_code == 404
    services.publish_variant(staff=be_office, variant=variant)
    body = client.get(url).json()
    assert body["country"] == "BE"
    assert [c["state"] for c in body["clauses"]].count("adapted") == 1
    adapted = next(c for c in body["clauses"] if c["state"] == "adapted")
    assert adapted["reason"] == "Belgian law: the CPVS is the first point of contact."
    assert adapted["master_text"].startswith("Clause text number 1")


def test_the_api_gives_the_masters_matrix_and_the_schema_names_it(client, variant, be_office, master):
    services.publish_variant(staff=be_office, variant=variant)
    body = client.get(f"/api/recommendations/documents/{master.document_id}/variants", {"state": "adapted"}).json()
    assert body["summaries"][0] == {
        "country": "BE", "variant_id": variant.pk, "adapted": 1, "omitted": 0, "added": 0, "review_items": 0, "of": 9,
    }  # fmt: skip
    assert len(body["rows"]) == 1
    assert body["rows"][0]["cells"][0]["state"] == "adapted"
    schema = client.get("/api/openapi.json").json()
    assert "/api/recommendations/variants/{variant_id}" in schema["paths"]
    assert "/api/recommendations/documents/{document_id}/variants" in schema["paths"]


def test_the_variant_page_takes_the_same_number_of_queries_for_any_number_of_clauses(
    client, variant, be_office, master, django_assert_num_queries
):
    services.publish_variant(staff=be_office, variant=variant)
    url = reverse("recommendations:variant", args=[variant.pk])
    client.get(url)
    with django_assert_num_queries(4):  # the variant; the master's clauses, the variant's rows, open items
        client.get(url)
    for _ in range(5):
        services.add_national_clause(staff=be_office, variant=variant, text="Une clause belge.", reason="Belge.")
    client.get(url)
    with django_assert_num_queries(4):
        assert client.get(url).content.decode().count("Une clause belge.") == 5


def test_the_matrix_exports_as_word_with_each_countrys_state_and_reason(client, variant, be_office, master):
    import docx

    services.publish_variant(staff=be_office, variant=variant)
    url = reverse("recommendations:variant_matrix_docx", args=[master.document_id])
    response = client.get(url)  # a public master: its exports are public (test_variants_matrix_access)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    document = docx.Document(io.BytesIO(response.content))
    paragraphs = [p.text for p in document.paragraphs]
    assert "Belgium: adapted 1 of 9, omitted 0, added 0" in paragraphs
    table = document.tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["Clause", "Belgium"]
    adapted = table.rows[2].cells[1].text
    assert adapted.startswith("adapts")
    assert "Belgian law: the CPVS is the first point of contact." in adapted


def test_the_matrix_exports_as_pdf_through_the_exports_stylesheet(client, variant, be_office, master):
    from recommendations.drafting.variants import matrix_exports
    from recommendations.drafting.variants.reading import european_matrix

    services.publish_variant(staff=be_office, variant=variant)
    sign_in(client, member(("NL",)))
    response = client.get(reverse("recommendations:variant_matrix_pdf", args=[master.document_id]))
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")
    html = matrix_exports.matrix_html(master.document, european_matrix(master.document))
    assert "Belgian law: the CPVS is the first point of contact." in html
    assert "A4 landscape" in html


@pytest.mark.parametrize(
    ("countries", "stamp"),
    [
        (("NL",), "7 December 2026, 02:42 CET"),
        (("IE",), "7 December 2026, 01:42 GMT"),
        (None, "7 December 2026, 02:42 CET"),
    ],
)
def test_the_matrix_pdf_is_stamped_in_the_readers_zone_with_its_name(
    client, variant, be_office, master, monkeypatch, countries, stamp
):
    """01:42 UTC is 02:42 in Amsterdam (and for a visitor, in the site's
    Brussels), 01:42 in Dublin: never a Brussels time labelled UTC."""
    import datetime

    from django.utils import timezone
    from pypdf import PdfReader

    services.publish_variant(staff=be_office, variant=variant)
    if countries:
        sign_in(client, member(countries))
    moment = datetime.datetime(2026, 12, 7, 1, 42, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    response = client.get(reverse("recommendations:variant_matrix_pdf", args=[master.document_id]))
    assert response.status_code == 200
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(response.content)).pages)
    assert stamp in text
    assert "UTC" not in text


def test_a_published_variant_is_on_its_country_page_and_in_the_recommendations_index(client, variant, be_office):
    from django.core.cache import cache

    cache.clear()
    assert variant.get_absolute_url() not in client.get("/en/countries/be/").content.decode()  # not published yet
    services.publish_variant(staff=be_office, variant=variant)
    cache.clear()
    country_page = client.get("/en/countries/be/").content.decode()
    assert "National recommendations" in country_page
    assert f'href="{variant.get_absolute_url()}" hreflang="fr"' in country_page
    assert "national version in French" in country_page
    assert variant.get_absolute_url() not in client.get("/en/countries/nl/").content.decode()
    index = client.get(reverse("recommendations:index")).content.decode()
    assert f'<a href="{variant.get_absolute_url()}" hreflang="fr">Belgium</a>' in index
    page = client.get(variant.get_absolute_url()).content.decode()
    assert 'lang="fr"' in page  # the national text
    assert 'lang="en"' in page  # beside the master's wording
