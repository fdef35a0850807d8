from django.shortcuts import render


def index(request):
    """The recommendations' landing page; documents arrive with their issue."""
    return render(request, "recommendations/index.html")
