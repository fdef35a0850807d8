"""Cross-site scripting payloads for the browser tests.

Two sources, deduplicated:

* **brs-kb** (PyPI, pinned in requirements-dev.txt): a maintained knowledge
  base of about 4,900 XSS payloads tagged by context. Of those that call one
  of the hooks below and are meant for the places our pages put member text,
  we keep every Markdown, link, SVG and MathML payload and an evenly spread
  selection of the large HTML-content and attribute groups.
* **generated** here: vectors by contexts by encodings aimed at what our
  inputs are (Markdown rendered by ``markdown`` and cleaned by ``nh3``,
  Django-escaped text, Wagtail rich text): Markdown links, images,
  reference links and autolinks with obfuscated ``javascript:``,
  ``vbscript:`` and ``data:`` URLs; tags with event handlers; attribute
  breakouts; SVG (onload, ``<animate>``, ``xlink:href``, ``<set>``); and
  polyglots.

Every payload, if it ever runs, calls a hook the browser tests watch:
``alert``/``confirm``/``prompt``/``print`` (overridden by an init script,
and a ``dialog`` handler as a second net), ``window.__xss = …`` (a setter),
or a request to ``MARKER_PATH`` (intercepted).
"""

import functools
import re

MARKER_PATH = "/__xss_marker__"

HOOK = re.compile(r"\b(alert|confirm|prompt|print)\b|__xss|" + re.escape(MARKER_PATH))
# brs-kb's contexts that match where our pages place member text.
RELEVANT_CONTEXTS = {"html_content", "markdown", "html_attribute", "href", "url", "svg", "mathml", "css", "xml"}
# All of these are kept; of the rest (mostly plain HTML content), an evenly spread sample.
ALWAYS_KEPT_CONTEXTS = {"markdown", "href", "svg", "mathml"}
BRS_KB_OTHER_SAMPLE = 200

# What running code does: each is detectable by the tests' hooks.
CALLS = [
    "alert(1)",
    "confirm(1)",
    "prompt(1)",
    "alert`1`",
    "top['al'+'ert'](1)",
    "window.__xss=1",
    f"fetch('{MARKER_PATH}')",
]

# javascript: (and friends) as an attacker would disguise them.
SCHEMES = [
    "javascript:{call}",
    "JaVaScRiPt:{call}",
    " javascript:{call}",
    "java\tscript:{call}",
    "java&#x09;script:{call}",
    "java&#10;script:{call}",
    "&#106;avascript:{call}",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;{call}",
    "&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058{call}",
    "javascript&colon;{call}",
    "javascript%3A{call}",
    "%6A%61%76%61%73%63%72%69%70%74:{call}",
    "\\u006Aavascript:{call}",
    "vbscript:{call}",
    "data:text/html,<script>{call}</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,<svg onload={call}>",
]

# Markdown shapes a URL can take.
MARKDOWN_LINKS = [
    "[click me]({url})",
    '[click me]({url} "title")',
    "[click me](<{url}>)",
    "![picture]({url})",
    "[click me][ref]\n\n[ref]: {url}",
    "[![picture]({url})]({url})",
    "<{url}>",
]

# Tags and the event handler that fires on each without a click.
TAG_EVENTS = [
    "<img src=x onerror={call}>",
    '<img src=x onerror="{call}">',
    "<svg onload={call}>",
    "<svg/onload={call}>",
    "<body onload={call}>",
    "<iframe onload={call}></iframe>",
    '<iframe srcdoc="<script>parent.{call}</script>"></iframe>',
    "<details open ontoggle={call}>",
    "<video src=x onerror={call}></video>",
    "<audio src=x onerror={call}></audio>",
    "<input autofocus onfocus={call}>",
    "<select autofocus onfocus={call}></select>",
    "<textarea autofocus onfocus={call}></textarea>",
    "<marquee onstart={call}>x</marquee>",
    '<object data="javascript:{call}"></object>',
    '<embed src="javascript:{call}">',
    '<a href="javascript:{call}" id=x>x</a>',
    '<form><button formaction="javascript:{call}">x</button></form>',
    '<math><mtext><a xlink:href="javascript:{call}">x</a></mtext></math>',
    '<style>@keyframes x{{}}</style><p style="animation-name:x" onanimationstart={call}>x</p>',
    '<div onpointerover={call} style="position:fixed;inset:0">x</div>',
    "<script>{call}</script>",
    "<ScRiPt>{call}</sCrIpT>",
    '<script src="data:text/javascript,{call}"></script>',
    '<link rel=import href="data:text/html,<script>{call}</script>">',
    '<meta http-equiv=refresh content="0;url=javascript:{call}">',
    '<base href="javascript:{call}//"><a href=x>x</a>',
    "<isindex type=image src=1 onerror={call}>",
]

# SVG-specific vectors.
SVG = [
    "<svg><animate onbegin={call} attributeName=x dur=1s>",
    "<svg><set onbegin={call} attributeName=x to=1>",
    '<svg><a xlink:href="javascript:{call}"><text x=20 y=20>x</text></a></svg>',
    '<svg><a><animate attributeName=href values="javascript:{call}"/><text x=20 y=20>x</text></a></svg>',
    "<svg><set attributeName=onmouseover to={call}>",
    "<svg><script>{call}</script></svg>",
    '<svg><script xlink:href="data:,{call}"></script></svg>',
    '<svg><foreignObject><iframe srcdoc="<script>parent.{call}</script>"></iframe></foreignObject></svg>',
    "<svg><image href=x onerror={call}></image></svg>",
    "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'>"
    "<image href='1' onerror='{call}'/></svg>#x\"/></svg>",
]

# Ways out of an attribute, a text area or a comment before the vector.
BREAKOUTS = [
    '"><', "'><", "--><", "</textarea><", "</title><", "</style><", "]]><", "</script><", '" autofocus onfocus="'
]  # fmt: skip

# Where a vector sits inside Markdown.
MARKDOWN_CONTEXTS = [
    "{v}",
    "> {v}",
    "### {v}",
    "- {v}",
    "| a |\n|---|\n| {v} |",
    "[{v}](https://example.org/)",
    "**{v}**",
    "`x` {v} `y`",
]

POLYGLOTS = [
    "jaVasCript:/*-/*`/*\\`/*'/*\"/**/(/* */oNcliCk=alert(1) )//%0D%0A%0d%0a//</stYle/</titLe/</teXtarEa/"
    "</scRipt/--!>\\x3csVg/<sVg/oNloAd=alert(1)//>\\x3e",
    "'\"-->]]>*/</script></style></title></textarea><svg/onload=alert(1)>",
    "\"'><img src=x onerror=alert(1)><!--",
    "</script><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
    "javascript:\"/*'/*`/*--></noscript></title></textarea></style></template></noembed></script>"
    '<html " onmouseover=/*&lt;svg/*/onload=alert(1)//>',
    '<!--<img src="--><img src=x onerror=alert(1)//">',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
    "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>",
    '[a](javascript:prompt(1))<svg/onload=confirm(1)>"><img src=x onerror=alert(1)>',
]


def generated():
    """The combinatorial corpus (deterministic order)."""
    out = []
    for i, scheme in enumerate(SCHEMES):
        for j, shape in enumerate(MARKDOWN_LINKS):
            call = CALLS[(i + j) % len(CALLS)]
            out.append(shape.format(url=scheme.format(call=call)))
    vectors = [v.format(call=CALLS[i % len(CALLS)]) for i, v in enumerate(TAG_EVENTS + SVG)]
    for i, vector in enumerate(vectors):
        out.append(vector)
        out.append(MARKDOWN_CONTEXTS[1 + i % (len(MARKDOWN_CONTEXTS) - 1)].format(v=vector))
        out.append(BREAKOUTS[i % len(BREAKOUTS)] + vector.lstrip("<"))
        # encodings: upper case tag names, a NUL-like tab inside, entity-escaped (must show as text)
        out.append(re.sub(r"<(\w)", lambda m: "<" + m.group(1).upper(), vector))
        out.append(vector.replace("on", "o\tn", 1) if "on" in vector else vector.replace("script", "scr\tipt"))
        out.append(vector.replace("<", "&lt;").replace(">", "&gt;"))
    out.extend(POLYGLOTS)
    return out


def from_brs_kb():
    """brs-kb's payloads for our contexts that call a hook, in the package's order."""
    import brs_kb

    items = list(brs_kb.get_all_payloads().values())
    kept, others = [], []
    for item in items:
        text = item["payload"]
        contexts = set(item.get("contexts") or [])
        if not HOOK.search(text) or not contexts & RELEVANT_CONTEXTS:
            continue
        (kept if contexts & ALWAYS_KEPT_CONTEXTS else others).append(text)
    step = max(1, len(others) // BRS_KB_OTHER_SAMPLE)
    return kept + others[::step][:BRS_KB_OTHER_SAMPLE]


@functools.cache
def payloads():
    """The whole corpus: unique, non-empty, each calling a hook."""
    seen, out = set(), []
    for text in generated() + from_brs_kb():
        # NUL cannot be stored (PostgreSQL refuses it, the services refuse it
        # with a message); without it, "java\0script:" is tried as the
        # browser's parser would read it.
        text = text.replace("\x00", "").strip()
        if text and text not in seen and HOOK.search(text):
            seen.add(text)
            out.append(text)
    return tuple(out)


def fitting(max_length):
    """The payloads that fit a field of ``max_length`` characters."""
    return [p for p in payloads() if len(p) <= max_length]
