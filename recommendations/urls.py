"""Every page of recommendations, under /recommendations/, one list per
feature package; names and paths are the app's public interface."""

from django.urls import include, path

app_name = "recommendations"
urlpatterns = [
    path("", include("recommendations.drafting.urls")),
    path("", include("recommendations.drafting.variants.urls")),
    path("", include("recommendations.consultation.urls")),
    path("", include("recommendations.merging.urls")),
    path("", include("recommendations.exports.urls")),
]
