"""A country office keeps its adaptation after a master update, in a real
browser, on the seeded demo: Malta's office signs in with its password and
TOTP code, opens its variant, keeps its national text for a changed master
clause with a public reason, and the European matrix shows Malta adapting
that clause with nothing left to review. The matrix page is saved to
var/screenshots/variants/matrix.png."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from consult.demo import seed_demo_accounts
from consult.models import User
from recommendations.drafting.variants.demo import MASTER_TITLE, seed_variants
from recommendations.models import CountryVariant, VariantClause, VariantReviewItem
from tests.consult.conftest import PASSWORD
from tests.consult.factories import add_totp, totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SHOTS = Path(settings.BASE_DIR) / "var" / "screenshots" / "variants"
REASON = "Maltese law: the Victim Support Agency follows up; the master's three-month visit is theirs to decide."


@pytest.fixture
def demo(seeded_live_server, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    seed_demo_accounts()
    assert seed_variants() == 1
    return seeded_live_server.url


def _click(page, name, **kwargs):
    with page.expect_navigation():
        page.get_by_role("link", name=name, **kwargs).first.click()


def test_an_office_signs_in_keeps_its_adaptation_and_the_matrix_shows_it(demo, browser):
    SHOTS.mkdir(parents=True, exist_ok=True)
    office = User.objects.get(email="staff.mt@demo.protect.example")
    office.set_password(PASSWORD)
    office.save()
    secret = add_totp(office)
    malta = CountryVariant.objects.get(country__code="MT")
    item = malta.review_items.still_open().filter(kind=VariantReviewItem.Kind.CHANGED).order_by("pk").first()
    assert item is not None, "the seed leaves Malta review items after master version 2"

    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)

    # Signing in: e-mail and password, then the authenticator's code.
    page.goto(f"{demo}/en/accounts/login/")
    page.get_by_label(re.compile("e-?mail", re.I)).first.fill(office.email)
    page.get_by_label(re.compile("password", re.I)).first.fill(PASSWORD)
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("sign in", re.I)).click()
    page.get_by_label(re.compile("code", re.I)).first.fill(totp_code(secret))
    with page.expect_navigation():
        page.get_by_role("button", name=re.compile("sign in|confirm|verify", re.I)).first.click()
    assert "/accounts/" not in page.url

    # The recommendations index lists the master's national versions: Malta's.
    page.goto(f"{demo}/en/recommendations/")
    with page.expect_navigation():
        page.locator(".recs-documents").get_by_role("link", name="Malta", exact=True).click()
    page.get_by_role("heading", level=1).wait_for()
    assert "Malta" in page.get_by_role("heading", level=1).inner_text()
    _click(page, re.compile(r"changes? of the master to review"))

    # Keep ours, with the public reason.
    section = page.locator(f"#item-{item.pk}")
    section.get_by_label("keep ours").check()
    section.get_by_label("Public reason").fill(REASON)
    with page.expect_navigation():
        section.get_by_role("button", name="Decide").click()
    item.refresh_from_db()
    assert item.choice == "keep_ours"
    row = VariantClause.objects.get(variant=malta, key=item.key)
    assert row.state == VariantClause.State.ADAPTED
    assert row.master_clause_id == item.new_master_clause_id  # in step with the new master wording
    assert row.reason == REASON

    # The matrix: Malta adapts the clause, with the reason and no review pending.
    page.goto(f"{demo}/en/recommendations/{malta.master_id}/variants/")
    assert MASTER_TITLE in page.get_by_role("heading", level=1).inner_text()
    number = item.new_master_clause.number
    matrix_row = page.locator("table.variants-matrix tbody tr").filter(
        has=page.locator("th", has_text=re.compile(rf"^{re.escape(number)}\s"))
    )
    columns = page.locator("table.variants-matrix thead th").all_inner_texts()
    malta_cell = matrix_row.locator("td").nth(columns.index("MT") - 1)
    assert malta_cell.inner_text().startswith("adapts")
    assert "review pending" not in malta_cell.inner_text()
    assert REASON[:60] in malta_cell.inner_text()
    assert "Malta: adapted 2 of" in page.locator(".variants-summary").inner_text()
    malta_cell.scroll_into_view_if_needed()
    page.screenshot(path=SHOTS / "matrix.png", full_page=True)
    context.close()
