"""The public JSON API and its OpenAPI schema."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_countries_endpoint_lists_the_12_countries(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/api/countries")
    assert response.status_code == 200
    assert len(response.json()) == 12
    assert {"code": "MT", "name": "Malta", "languages": ["mt", "en"], "emergency_number": "112"} in response.json()


def test_the_services_endpoint_returns_a_countrys_services_in_a_constant_number_of_queries(
    client, django_assert_max_num_queries
):
    with django_assert_max_num_queries(3):
        response = client.get("/api/countries/nl/services", {"lang": "nl", "kind": "helpline"})
    assert response.status_code == 200
    services = response.json()
    assert [s["kind"] for s in services] == ["helpline"]
    assert services[0]["is_sample"] is True


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/api/countries/XX", 404),
        ("/api/countries/XX/services", 404),
        ("/api/countries/NL/services?lang=zz", 400),
        ("/api/countries/NL/services?kind=nonsense", 400),
    ],
)
def test_bad_input_gets_a_json_error_not_a_redirect_or_500(client, url, status):
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in response.json()


def test_the_openapi_schema_documents_the_endpoints(client):
    schema = client.get("/api/openapi.json").json()
    assert {"/api/countries", "/api/countries/{code}", "/api/countries/{code}/services"} <= set(schema["paths"])


def test_wagtails_page_api_lists_live_pages(client):
    response = client.get("/api/v2/pages/", {"type": "home.CountryPage", "locale": "en"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] == 12
