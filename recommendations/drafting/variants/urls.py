from django.urls import path

from . import views

urlpatterns = [
    path("<int:pk>/master/", views.mark_master, name="mark_master"),
    path("<int:pk>/variants/", views.variant_matrix, name="variant_matrix"),
    path("<int:pk>/variants/matrix.csv", views.variant_matrix_csv, name="variant_matrix_csv"),
    path("<int:pk>/variants/matrix.pdf", views.variant_matrix_export, {"format": "pdf"}, name="variant_matrix_pdf"),
    path("<int:pk>/variants/matrix.docx", views.variant_matrix_export, {"format": "docx"}, name="variant_matrix_docx"),
    path("<int:pk>/variants/new/", views.variant_create, name="variant_create"),
    path("<int:pk>/variants/forwarded/", views.forwarded_feedback, name="variant_forwarded_feedback"),
    path("variants/new/", views.variant_create, name="variant_start"),
    path("forwarded/<int:pk>/decide/", views.forwarded_decide, name="forwarded_decide"),
    path("feedback/<int:pk>/forward/", views.forward_feedback, name="forward_feedback"),
    path("variants/<int:pk>/", views.variant, name="variant"),
    path("variants/<int:pk>/clauses/new/", views.variant_add_clause, name="variant_add_clause"),
    path("variants/<int:pk>/clauses/<uuid:key>/", views.variant_clause, name="variant_clause"),
    path("variants/<int:pk>/review/", views.variant_review, name="variant_review"),
    path("variants/<int:pk>/publish/", views.variant_publish, name="variant_publish"),
]
