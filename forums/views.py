from django.shortcuts import render


def index(request):
    """The forums' landing page; forums themselves arrive with the forums issue."""
    return render(request, "forums/index.html")
