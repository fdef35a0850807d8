"""A crawler over the public pages of all 16 site languages: no English
sentence on a page that is not English.

A piece of text counts as an English sentence when it has at least four
words, at least two different English function words ("the", "your",
"with"…) make up a fair share of them, and lingua's language detector,
choosing among the site's 16 languages, says English. Text inside an element
marked with another ``lang`` (the office's English text shown as a fallback,
marked ``lang="en"``; the language switcher's own names) and proper names are
not the page's language and are left out.
"""

import re
from html.parser import HTMLParser

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

lingua = pytest.importorskip("lingua")

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]

# Words that carry no meaning of their own and are frequent in English, but
# are not words of the other site languages ("in", "of", "an", "a" are Dutch,
# German, Italian or French words too, so they are not here).
ENGLISH_FUNCTION_WORDS = {
    "the", "and", "to", "for", "with", "your", "you", "is", "are", "this", "that", "from", "or", "can",
    "be", "we", "our", "it", "at", "by", "not", "will", "who", "what", "where", "how", "which", "there",
    "their", "they", "has", "have", "was", "were", "been", "if", "when", "about", "into", "than", "these",
    "those", "would", "should", "could", "any", "all", "no", "more", "only", "also", "here", "please",
}  # fmt: skip
# Names that stay as they are in every language.
PROPER_NAMES = re.compile(r"\b(PROTECT|WhatsApp|Signal|Telegram|JavaScript|EU|112)\b")
WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?", re.UNICODE)
SKIPPED_ELEMENTS = {"script", "style", "template", "svg", "code", "pre"}
VOID_ELEMENTS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class PageText(HTMLParser):
    """The text of a page in its own language, in blocks, without the parts
    marked as another language."""

    BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "td", "th", "label", "button", "a",
              "legend", "figcaption", "summary", "option", "title", "div", "span", "section", "small"}  # fmt: skip

    def __init__(self, page_language):
        super().__init__(convert_charrefs=True)
        self.page_language = page_language
        self.stack = []  # (tag, other_language_or_skipped)
        self.blocks = []
        self.current = []

    def _excluded(self):
        return any(excluded for _tag, excluded in self.stack)

    def handle_starttag(self, tag, attrs):
        if tag in VOID_ELEMENTS:
            return
        attributes = dict(attrs)
        lang = (attributes.get("lang") or "").split("-")[0]
        other = bool(lang) and lang != self.page_language and tag != "html"
        if tag in self.BLOCKS:
            self._flush()
        self.stack.append((tag, tag in SKIPPED_ELEMENTS or other))

    def handle_endtag(self, tag):
        if tag in VOID_ELEMENTS:
            return
        if tag in self.BLOCKS:
            self._flush()
        while self.stack:
            open_tag, _excluded = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        if not self._excluded():
            self.current.append(data)

    def _flush(self):
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append(text)
        self.current = []

    def close(self):
        super().close()
        self._flush()


def page_text_blocks(html, language):
    parser = PageText(language)
    parser.feed(html)
    parser.close()
    return parser.blocks


@pytest.fixture(scope="module")
def detector():
    # lingua has no Maltese model: Maltese pages are checked against the others.
    codes = {
        getattr(lingua.IsoCode639_1, code.upper()) for code in LANGUAGES if hasattr(lingua.IsoCode639_1, code.upper())
    }
    return lingua.LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def english_sentences(blocks, detector):
    found = []
    for block in blocks:
        text = PROPER_NAMES.sub(" ", re.sub(r"\S+@\S+|https?://\S+", " ", block))
        words = [word.lower() for word in WORD.findall(text)]
        if len(words) < 4:
            continue
        function_words = [word for word in words if word in ENGLISH_FUNCTION_WORDS]
        if len(set(function_words)) < 2 or len(function_words) / len(words) < 0.15:
            continue
        if detector.detect_language_of(text) == lingua.Language.ENGLISH:
            found.append(block)
    return found


@pytest.fixture
def media():
    """The seeded film (title and description translated through
    wagtail-localize), its subtitles and the leaflets, as `make run` has them."""
    from home.seed_media import seed_country_media

    seed_country_media()


def public_addresses(client, language):
    """Home, the country index, each country page, search, sign-in, sign-up
    and the moderation transparency report, whole and for one country (the
    house rules are for moderators only, so they are not crawled)."""
    from consult.models import Country

    addresses = [f"/{language}/", f"/{language}/countries/", f"/{language}/search/?q=help"]
    codes = Country.objects.order_by("code").values_list("code", flat=True)
    addresses += [f"/{language}/countries/{code.lower()}/" for code in codes]
    addresses += [f"/{language}/accounts/login/", f"/{language}/accounts/signup/"]
    addresses += [f"/{language}/transparency/", f"/{language}/transparency/?country=NL"]
    return addresses


def test_the_detector_finds_english_and_leaves_other_languages_alone(detector):
    assert english_sentences(["Leave this site quickly and press the key three times with your hand."], detector)
    assert not english_sentences(["Verlaat deze site snel of druk drie keer op de Shift-toets."], detector)
    html = '<p lang="en">This text is shown in English until the office translates it.</p><p>Hallo Welt</p>'
    assert page_text_blocks(html, "de") == ["Hallo Welt"]


def test_the_crawler_covers_twelve_country_pages_in_every_language(client):
    for language in LANGUAGES:
        assert len(public_addresses(client, language)) == 3 + 12 + 2 + 2, language


def crawl(client, detector, language):
    """{address: [English sentences]} over the public pages of ``language``."""
    from django.utils import timezone

    from consult.moderation import transparency

    # The report of the current half-year is built by a task after its first
    # visit (the page says "being prepared" until then): build it beforehand.
    transparency.store(*transparency.half_year_of(timezone.localdate()))
    findings = {}
    for address in public_addresses(client, language):
        response = client.get(address)
        assert response.status_code == 200, address
        html = response.content.decode()
        assert f'<html lang="{language}"' in html, address
        sentences = english_sentences(page_text_blocks(html, language), detector)
        if sentences:
            findings[address] = sentences
    return findings


def normalised(text):
    return " ".join(WORD.findall(text.replace("%(", " ").lower()))


def editable_content():
    """The normalised text of everything editors write in the database: page
    fields and blocks, support services, ambassadors. What is not in here
    comes from the templates and the code: the interface."""
    from django.db import models
    from django.utils.html import strip_tags
    from wagtail.fields import RichTextField, StreamField
    from wagtail.models import Page

    from consult.models import Ambassador, Film, SupportService

    def texts(instance):
        for field in instance._meta.get_fields():
            if isinstance(field, (models.CharField, models.TextField, RichTextField, StreamField)):
                value = getattr(instance, field.name, None)
                if value:
                    yield normalised(strip_tags(str(value)))

    corpus = []
    for page in Page.objects.live().specific():
        corpus.extend(texts(page))
    for model in (SupportService, Ambassador, Film):
        for instance in model.objects.all():
            corpus.extend(texts(instance))
    return "\n".join(corpus)


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_public_page_shows_an_english_interface_sentence(client, detector, media, language):
    """Labels, buttons, messages and help texts are in the page's language.
    English that editors wrote (seeded content not yet translated) is the
    next test's."""
    content = editable_content()
    interface = {
        address: [sentence for sentence in sentences if normalised(sentence) not in content]
        for address, sentences in crawl(client, detector, language).items()
    }
    assert {address: sentences for address, sentences in interface.items() if sentences} == {}


@pytest.mark.parametrize("language", OTHER_LANGUAGES)
def test_no_public_page_shows_an_english_sentence(client, detector, media, language):
    """The seeded country pages in their own languages (and in Arabic and
    Farsi) have their law, gaps, office, services and ambassadors translated
    (home/seed_translations.py), and the film's title and description in
    every language (home/seed_media_text.py); elsewhere the office's English
    is marked lang="en" and left out."""
    assert crawl(client, detector, language) == {}
