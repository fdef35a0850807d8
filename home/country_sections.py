"""The repeated rows of a country page, built here from plain values rather
than by template loops.

A cold country page (right after a publish or a deploy: every cache empty)
spent most of its time in the template engine: 50 services of ~25 variable
and tag look-ups each, a "report this" inclusion tag and a ``reverse`` per
service, the film's two loops over its subtitle tracks with a ``reverse``
and a language name per track. The markup is the templates' own, line for
line (the templates keep the page's structure and translated headings);
every value is escaped here. The pieces that have their own template (the
"report this" link, the sample notice) are rendered from that template
once per page, with markers put in where the values go.

``tests/home/test_country_sections.py`` renders the old template loops and
the old shared film template beside these functions and compares them.
"""

import html

from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.html import linebreaks
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import gettext, ngettext, pgettext
from wagtail.images.shortcuts import get_rendition_or_not_found

from consult import cldr
from consult.models import CountryDocument, SupportService
from consult.moderation import notices

_URL = "\x00url\x00"
_LABEL = "\x00label\x00"
_PK = 918273645  # a number no track has: where its pk goes in the reversed URL


def _escape(value):
    """Django's ``escape`` for a plain string, without its lazy wrapper."""
    return html.escape(str(value))


class ReportLinks:
    """``{% report_this obj label %}`` for many objects of one kind: the
    template rendered once (per label's presence), the link put in per object."""

    def __init__(self, request):
        self.request = request
        self._templates = {}
        self._base = reverse("notices:new")

    def _template(self, with_label):
        template = self._templates.get(with_label)
        if template is None:
            context = {"url": _URL, "label": _LABEL if with_label else ""}
            template = self._templates[with_label] = render_to_string("includes/report_this.html", context)
        return template

    def __call__(self, obj, label):
        if obj is None or notices.noticeable_for(obj) is None:
            return ""
        return self.link(notices.reference_of(obj), label)

    def link(self, reference, label):
        """The link about ``reference`` (``notices.reference_of``: app.model.pk)."""
        query = {"about": reference}
        if self.request is not None:
            query["next"] = self.request.path  # as the tag: the same for every reader
        url = self._base + "?" + urlencode(query)
        label = str(label or "")
        return self._template(bool(label)).replace(_URL, _escape(url)).replace(_LABEL, _escape(label))

    def for_rows(self, model):
        """``link(pk, label)`` for rows of ``model`` (plain values): the link
        made once, each row's pk put in (a pk's digits need no quoting)."""
        blank = model(pk=_PK)
        if notices.noticeable_for(blank) is None:
            return lambda pk, label: ""
        with_label = self.link(notices.reference_of(blank), _LABEL)  # the marker needs no escaping
        without = self.link(notices.reference_of(blank), "")
        marker = str(_PK)

        def link(pk, label):
            label = str(label or "")
            if not label:
                return without.replace(marker, str(pk))
            return with_label.replace(marker, str(pk)).replace(_LABEL, _escape(label))

        return link


def _lang_attrs(code, reader_language):
    """``{% lang_attrs code %}``."""
    if not code or code == reader_language:
        return ""
    return f' lang="{_escape(code)}" dir="{_escape(cldr.text_direction(code))}"'


def services_html(services, *, request, reader_language, address_language):
    """The ``<li class="service">`` rows of the page's list of services
    (``ServiceRow``s: plain values).

    ``address_language``: the country's first language, which addresses are
    written in."""
    if not services:
        return ""
    # as the template's {% trans %}: a translation is used as it is, not escaped
    t_open, t_free = gettext("Open 24/7"), gettext("Free")
    t_confidential = gettext("Confidential")
    t_papers = gettext("Open to people without residence papers")
    t_phone, t_website = gettext("Phone"), gettext("Website")
    t_address, t_languages = gettext("Address"), gettext("Languages")
    address_attrs = _lang_attrs(address_language, reader_language)
    sample_notice = None
    report = ReportLinks(request).for_rows(SupportService)
    out = []
    for service in services:
        language = service.language
        if language != reader_language:
            attrs = f' lang="{_escape(language)}" dir="{_escape(cldr.text_direction(language))}"'
        else:
            attrs = ""
        city = f" · <bdi>{_escape(service.city)}</bdi>" if service.city else ""
        if service.is_sample:
            if sample_notice is None:
                sample_notice = render_to_string("includes/sample_notice.html")
            sample = sample_notice
        else:
            sample = ""
        description = f"<p{attrs}>{_escape(service.description)}</p>" if service.description else ""
        facts = (
            f"<li>{t_open}</li>" if service.open_24_7 else "",
            f"<li>{t_free}</li>" if service.is_free else "",
            f"<li>{t_confidential}</li>" if service.is_confidential else "",
            f"<li>{t_papers}</li>" if service.open_without_papers else "",
        )
        contact = []
        if service.phone:
            phone = _escape(service.phone)
            contact.append(
                f'<dt>{t_phone}</dt><dd><a href="tel:{_escape(service.phone.replace(" ", ""))}">{phone}</a></dd>'
            )
        if service.website:
            website = _escape(service.website)
            contact.append(f'<dt>{t_website}</dt><dd><a href="{website}" rel="noopener noreferrer">{website}</a></dd>')
        if service.address:
            contact.append(f"<dt>{t_address}</dt><dd><bdi{address_attrs}>{_escape(service.address)}</bdi></dd>")
        if service.languages:
            contact.append(f"<dt>{t_languages}</dt><dd>{_escape(cldr.language_list(service.languages))}</dd>")
        facts_html = "\n".join(facts)
        contact_html = "\n".join(contact)
        out.append(
            f'<li class="service" data-kind="{_escape(service.kind)}">\n'
            f"<h3{attrs}>{_escape(service.name)}</h3>\n"
            f'<p class="service__kind">{_escape(service.kind_label)}{city}</p>\n'
            f"{sample}\n{description}\n"
            f'<ul class="service__facts">\n{facts_html}\n</ul>\n'
            f'<dl class="service__contact">\n{contact_html}\n</dl>\n'
            f"{report(service.pk, service.name)}\n</li>\n"
        )
    return mark_safe("".join(out))  # noqa: S308 - every value above is escaped


def film_html(film, *, film_text, tracks, transcript, reader_language):
    """The film section of the home and country pages: its description, the
    player with a track per subtitle language, the list of subtitle files
    and the transcript."""
    parts = []
    text = film_text or film
    if text.description:
        attrs = (
            ""
            if text.language == reader_language
            else f' lang="{_escape(text.language)}" dir="{_escape(text.direction)}"'
        )
        parts.append(f"<p{attrs}>{_escape(text.description)}</p>")
    track_url = reverse("consult:subtitle_track", args=[_PK]).replace(str(_PK), "{pk}")
    track_url = _escape(track_url)
    if film.video:
        poster = ""
        if film.poster:
            poster = f' poster="{_escape(get_rendition_or_not_found(film.poster, "width-640").url)}"'
        video = film.video
        video_url = _escape(video.url)
        extension = video.file_extension
        kind = ' type="video/webm"' if extension == "webm" else ' type="video/mp4"' if extension == "mp4" else ""
        players = "".join(
            f'\n<track kind="subtitles" src="{track_url.format(pk=track.pk)}" srclang="{_escape(track.language)}"'
            f' label="{_escape(cldr.language_name(track.label or track.language))}"'
            f"{' default' if track.language == reader_language else ''}>\n"
            for track in tracks
        )
        # a download, not a page: the file is saved where the reader keeps
        # downloads and this page stays (static/js/one-history-entry.js leaves
        # links with ``download`` to the browser)
        download = (
            f'<a href="{video_url}" download="{_escape(video.filename)}"{kind}>{gettext("Download the film")}</a>'
        )
        parts.append(
            f'<video class="film" controls preload="metadata" playsinline{poster} aria-describedby="film-transcript">\n'
            f'<source src="{video_url}"{kind}>\n{players}\n{download}\n</video>'
        )
        # format and size, so that a reader on a phone plan knows before downloading
        facts = [extension.upper()] if extension else []
        if video.file_size:
            facts.append(filesizeformat(video.file_size))
        meta = f' <span class="download-meta">({_escape(cldr.separated(facts))})</span>' if facts else ""
        parts.append(f'<p class="film-download">{download}{meta}</p>')
    else:
        parts.append(f'<p class="film-missing">{gettext("The film will be available here soon.")}</p>')
    if tracks:
        count = len(tracks)
        summary = ngettext("Subtitles in %(counter)s language", "Subtitles in %(counter)s languages", count) % {
            "counter": count
        }
        slug = slugify(film.title) or "film"
        download_url = reverse("consult:subtitle_download", args=[_PK]).replace(str(_PK), "{pk}")
        download_url = _escape(download_url)
        files = "".join(
            f'<li><a href="{download_url.format(pk=track.pk)}" download="{slug}-{_escape(track.language)}.vtt"'
            f' hreflang="{_escape(track.language)}" type="text/vtt">{_escape(cldr.language_name(track.language))}</a>'
            ' <span class="download-meta">(WebVTT)</span></li>'
            for track in tracks
        )
        parts.append(f'<details><summary>{summary}</summary>\n<ul class="subtitle-list">{files}</ul>\n</details>')
    if transcript:
        parts.append(
            f'<details id="film-transcript"><summary>{gettext("Transcript")}</summary>'
            f'<div class="transcript" lang="{_escape(transcript.language)}" dir="{_escape(transcript.direction)}">'
            f"{linebreaks(transcript.text, autoescape=True)}</div></details>"
        )
    return mark_safe("\n".join(parts))  # noqa: S308 - every value above is escaped


# The empty ambassador request form depends on nothing but the language (and
# the code): rendered once per language by this process, as the site's
# header and footer are (home/templatetags/site_tags.py). A deploy starts new
# processes; with DEBUG (templates reloaded on change) it is rendered each time.
_EMPTY_REQUEST_FIELDS = {}


def empty_request_fields_html():
    """``home/includes/ambassador_request_fields.html`` for an empty form, in the active language."""
    from consult.forms import AmbassadorRequestForm

    language = translation.get_language()
    html_ = None if settings.DEBUG else _EMPTY_REQUEST_FIELDS.get(language)
    if html_ is None:
        html_ = render_to_string("home/includes/ambassador_request_fields.html", {"form": AmbassadorRequestForm()})
        if not settings.DEBUG:
            _EMPTY_REQUEST_FIELDS[language] = html_
    return html_


def resource_rows_html(code, documents):
    """The ``<li>`` rows of one language's leaflets and resources."""
    kinds = dict(CountryDocument.Kind.choices)  # get_kind_display rebuilds these on every call
    attrs = f'hreflang="{_escape(code)}" lang="{_escape(code)}" dir="{_escape(cldr.text_direction(code))}"'
    return mark_safe(  # noqa: S308 - every value is escaped
        "\n".join(
            f'<li><a href="{_escape(document.url)}" {attrs}>{_escape(document.title)}</a> <span class="resource__meta">'
            f"({_escape(cldr.separated((kinds.get(document.kind, document.kind), document.file_extension.upper())))})"
            "</span></li>"
            for document in documents
        )
    )


# The list of services (home/includes/country_services.html: the filter
# form's labels, the count, the "no service" line) depends on the language,
# the count and whether a filter is on; the options, the address and the rows
# are put in where its markers are. Rendered once per process for each
# (language, count, filter on), as the empty request form above.
_SERVICES_SKELETONS = {}
_SKELETONS_LIMIT = 2048
_MARKERS = {
    name: f"\x00{name}\x00" for name in ("kind_options", "city_options", "language_options", "path", "services_html")
}


def _services_skeleton(count, active):
    key = (translation.get_language(), count, active)
    skeleton = None if settings.DEBUG else _SERVICES_SKELETONS.get(key)
    if skeleton is None:
        context = {**_MARKERS, "count": count, "active": active}
        # the file ends with a line break; the page's template has its own around the include
        skeleton = render_to_string("home/includes/country_services.html", context).removesuffix("\n")
        if not settings.DEBUG:
            if len(_SERVICES_SKELETONS) >= _SKELETONS_LIMIT:
                _SERVICES_SKELETONS.clear()
            _SERVICES_SKELETONS[key] = skeleton
    return skeleton


def _selected(value, chosen):
    return " selected" if value == chosen else ""


def services_section_html(filters, services, rows_html, *, path):
    """The filter form, the count and the rows of a country page's services
    (``filters``: ``home.models.ServiceFilters``; ``rows_html``: ``services_html``)."""
    skeleton = _services_skeleton(len(services), filters.active)
    kinds = "".join(
        f'<option value="{_escape(value)}"{_selected(value, filters.kind)}>{_escape(label)}</option>'
        for value, label in filters.kinds
    )
    cities = "".join(f"<option{_selected(city, filters.city)}>{_escape(city)}</option>" for city in filters.cities)
    languages = "".join(
        f'<option value="{_escape(code)}"{_selected(code, filters.language)}>{_escape(name)}</option>'
        for code, name in filters.languages
    )
    html_ = (
        skeleton.replace(_MARKERS["kind_options"], kinds)
        .replace(_MARKERS["city_options"], cities)
        .replace(_MARKERS["language_options"], languages)
        .replace(_MARKERS["path"], _escape(path))
    )
    # the rows last: no value put in before can hold a marker (they hold no NUL)
    return mark_safe(html_.replace(_MARKERS["services_html"], str(rows_html)))  # noqa: S308 - every value is escaped


def consultation_rows_html(rounds):
    """The ``<li>`` rows of ``home/includes/open_consultations.html``:
    ``rounds`` as ``(version id, version number, document title, closes at)``.
    The translations are used as the template's ``{% trans %}`` used them
    (not escaped); the values are escaped, the date formatted as the
    ``date`` filter does (in the reader's time zone)."""
    if not rounds:
        return ""
    url_before, url_after = _escape(reverse("recommendations:version", args=[_PK])).split(str(_PK))
    version_text, until_text = gettext("version %(number)s"), gettext("open until %(date)s")
    separator = pgettext("list separator", ", ")
    rows = []
    for version_id, number, title, closes_at in rounds:
        version = version_text % {"number": _escape(formats.localize(number))}
        closes = formats.date_format(timezone.template_localtime(closes_at), "DATE_FORMAT")
        until = until_text % {"date": _escape(closes)}
        rows.append(
            f'\n      <li><a href="{url_before}{version_id}{url_after}">{_escape(title)}</a>\n'
            f'        <span class="consultation__meta">({version}{separator}{until})</span></li>\n    '
        )
    return mark_safe("".join(rows))  # noqa: S308 - every value is escaped
