"""What the XSS tests watch in the browser: any sign that a payload ran.

* an init script (in every page and frame, before the page's own scripts)
  replaces ``alert``, ``confirm``, ``prompt`` and ``print`` with recorders,
  turns ``window.__xss`` into a setter that records, and records
  ``securitypolicyviolation`` events (with the site's CSP on, a blocked inline
  script means sanitising failed and only CSP saved the page);
* a ``dialog`` handler catches any dialog that got past the replacements;
* a route records every request to the marker path and every request that
  leaves the site (and answers them locally, so nothing goes out);
* after each page, a DOM audit lists what sanitising should have removed:
  ``on*`` attributes, ``javascript:``/``vbscript:``/``data:`` URLs (except
  data: images) and script-capable elements inside the page's content.
"""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from .xss_corpus import MARKER_PATH

INIT_SCRIPT = """
(() => {
  const hits = [];
  const record = (how, value) => {
    try { hits.push(how + ': ' + String(value).slice(0, 80)); } catch (e) { hits.push(how); }
  };
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    const recorder = function (value) { record(name, value); return null; };
    try { Object.defineProperty(window, name, {value: recorder, writable: false, configurable: false}); } catch (e) {}
  }
  try {
    Object.defineProperty(window, '__xss', {
      get() { return undefined; }, set(v) { record('__xss', v); }, configurable: false,
    });
  } catch (e) {}
  const violations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
  });
  Object.defineProperty(window, '__xssReport', {value: () => ({hits: hits.slice(), violations: violations.slice()})});
})();
"""

# Everything sanitising must have removed from the part of the page that
# shows member or staff text (``scope``).
AUDIT_SCRIPT = """
([scope, ignore]) => {
  const found = [];
  const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc', 'background',
                         'poster', 'codebase', 'values', 'to', 'from', 'by', 'content'];
  const roots = document.querySelectorAll(scope);
  const dangerousTags = 'script, iframe, frame, frameset, object, embed, applet, base, meta, link, style, '
    + 'svg, math, template';
  for (const root of roots) {
    for (const el of [root, ...root.querySelectorAll('*')]) {
      for (const attr of el.attributes) {
        const name = attr.name.toLowerCase();
        if (name.startsWith('on')) found.push('<' + el.tagName.toLowerCase() + ' ' + name + '>');
        // the scheme as the browser's own URL parser reads it (tabs dropped, a space inside
        // makes the address relative)
        let scheme = '';
        try { scheme = new URL(attr.value, document.baseURI).protocol; } catch (e) { scheme = ''; }
        const scriptUrl = ['javascript:', 'vbscript:'].includes(scheme)
          || (scheme === 'data:' && !/^\\s*data:image\\/(png|jpe?g|gif|webp);/i.test(attr.value));
        if (urlAttributes.includes(name) && scriptUrl) {
          found.push('<' + el.tagName.toLowerCase() + ' ' + name + '="' + attr.value.slice(0, 60) + '">');
        }
      }
    }
    for (const el of root.querySelectorAll(dangerousTags)) {
      if (ignore && el.closest(ignore)) continue;
      found.push('<' + el.tagName.toLowerCase() + '> element');
    }
  }
  return {found, roots: roots.length};
}
"""


@dataclass
class Watcher:
    """Attach to a browser context; collects every sign of execution."""

    site_url: str
    dialogs: list = field(default_factory=list)
    markers: list = field(default_factory=list)
    outside_requests: list = field(default_factory=list)
    csp_headers_seen: int = 0
    site_responses: int = 0

    def attach(self, context, *, strip_csp=False, offline=False):
        """``offline``: answer the site's own requests with 404 (control pages)."""
        context.add_init_script(INIT_SCRIPT)
        context.on("page", lambda page: page.on("dialog", self._on_dialog))
        site = urlsplit(self.site_url)

        def handle(route):
            url = urlsplit(route.request.url)
            if url.path.startswith(MARKER_PATH):
                self.markers.append(route.request.url)
                return route.fulfill(status=204, body="")
            if (url.scheme, url.netloc) != (site.scheme, site.netloc):
                if url.scheme in ("http", "https"):
                    self.outside_requests.append(route.request.url)
                    return route.abort()
                return route.continue_()
            if offline:
                return route.fulfill(status=404, body="")
            response = route.fetch()
            self.site_responses += 1
            headers = dict(response.headers)
            if any(k.lower() == "content-security-policy" for k in headers):
                self.csp_headers_seen += 1
            if strip_csp:
                headers = {k: v for k, v in headers.items() if k.lower() != "content-security-policy"}
            return route.fulfill(response=response, headers=headers)

        context.route("**/*", handle)
        return self

    def _on_dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message[:80]}")
        dialog.dismiss()

    def executions(self, page):
        """Hooks that fired in any frame of ``page`` since it loaded."""
        hits, violations = [], []
        for frame in page.frames:
            try:
                report = frame.evaluate("() => window.__xssReport ? window.__xssReport() : {hits: [], violations: []}")
            except Exception:  # noqa: S112 — a frame that navigated away or is cross-origin
                continue
            hits += report["hits"]
            violations += report["violations"]
        return hits, violations


@dataclass
class PageResult:
    url: str
    hits: list
    violations: list
    dangerous_markup: list
    roots: int


# The Wagtail admin's own markup: its icons and dropdown templates.
ADMIN_OWN_MARKUP = "svg.icon, template"


def visit(page, watcher, url, *, scope="main", ignore="", settle_ms=250):
    """Load ``url``, let timers, animations and autofocus fire, and report."""
    page.goto(url, wait_until="load", timeout=60_000)
    page.wait_for_timeout(settle_ms)
    hits, violations = watcher.executions(page)
    audit = page.evaluate(AUDIT_SCRIPT, [scope, ignore])
    return PageResult(url, hits, violations, audit["found"], audit["roots"])
