"""Response headers every page of the site needs."""


class NoStoreMiddleware:
    """Send ``Cache-Control: no-store`` on every page.

    After the quick-exit control replaces the page, the browser's Back button
    must not bring it back from its cache, and a shared computer must not
    keep copies of what was read. Static files are served before this runs
    (whitenoise) and keep their long cache lifetimes.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Cache-Control"] = "no-store, private"
        response.setdefault("Pragma", "no-cache")
        return response
