"""Public read API: countries and their support services (OpenAPI at /api/docs)."""

from django.conf import settings
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI, Schema
from ninja.errors import HttpError
from wagtail.models import Locale

from .models import Country, SupportService
from .refusals import Refusal

api = NinjaAPI(
    title="PROTECT public API",
    version="1.0",
    description="Countries of the PROTECT programme and the support services their offices publish.",
    urls_namespace="public_api",
    docs_url="/docs",
)


class ErrorOut(Schema):
    """The body of every 4xx answer of the API: what was refused and, where
    it concerns one field of the request, which."""

    detail: str
    field: str | None = None


@api.exception_handler(Refusal)
def refused(request, refusal):
    """A service's refusal answers with its own status and message, for every router."""
    body = {"detail": refusal.message}
    if refusal.field:
        body["field"] = refusal.field
    return api.create_response(request, body, status=refusal.status)


class CountryOut(Schema):
    code: str
    name: str
    languages: list[str]
    emergency_number: str


class ServiceOut(Schema):
    id: int
    name: str
    kind: str
    description: str
    phone: str
    website: str
    address: str
    city: str
    languages: list[str]
    is_free: bool
    is_confidential: bool
    open_without_papers: bool
    open_24_7: bool
    is_sample: bool
    language: str

    @staticmethod
    def resolve_language(service):
        return service.locale.language_code


@api.get("/countries", response=list[CountryOut], summary="The 12 countries")
def list_countries(request):
    return Country.objects.order_by("name")


@api.get("/countries/{code}", response={200: CountryOut, 404: ErrorOut}, summary="One country")
def get_country(request, code: str):
    return get_object_or_404(Country, code=code.upper()[:2])


@api.get(
    "/countries/{code}/services",
    response={200: list[ServiceOut], 400: ErrorOut, 404: ErrorOut},
    summary="A country's support services",
    description="In the language given by `lang` (a site language), each service falling back to English.",
)
def list_services(request, code: str, lang: str = settings.LANGUAGE_CODE, kind: str = ""):
    country = get_object_or_404(Country, code=code.upper()[:2])
    if lang not in dict(settings.LANGUAGES):
        raise HttpError(400, f"Unknown language {lang[:10]!r}.")
    if kind and kind not in SupportService.Kind.values:
        raise HttpError(400, f"Unknown kind {kind[:40]!r}.")
    locale = Locale.objects.filter(language_code=lang).first() or Locale.get_default()
    services = SupportService.objects.for_country_page(country, locale)
    return [s for s in services if not kind or s.kind == kind]
