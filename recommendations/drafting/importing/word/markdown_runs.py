"""A paragraph's text as it is walked (segments of text with their emphasis
and link) and its Markdown: runs of one emphasis merged, links as
``[text](url)``, footnote marks kept raw, Markdown's own characters escaped."""

from dataclasses import dataclass, field

from docx.oxml.ns import qn

LINE_BREAK = "\n"


def w(tag):
    return qn(f"w:{tag}")


@dataclass
class Segment:
    text: str
    bold: bool = False
    italic: bool = False
    link: str | None = None
    raw: bool = False  # a footnote mark: no escaping, no emphasis


@dataclass
class Reading:
    """What one paragraph (or footnote) holds, as it is walked."""

    segments: list = field(default_factory=list)
    notes: list = field(default_factory=list)  # (label, Markdown text)
    boxes: list = field(default_factory=list)  # w:txbxContent elements anchored here


def is_on(rpr, name):
    """A run property switched on (``<w:b/>``, ``<w:b w:val="1"/>``; not ``w:val="0"``)."""
    if rpr is None:
        return False
    element = rpr.find(w(name))
    return element is not None and element.get(w("val")) not in ("0", "false", "off")


def escape(text):
    for char in ("\\", "*", "_", "[", "]"):
        text = text.replace(char, "\\" + char)
    return text


def emphasised(text, bold, italic):
    core = text.strip()
    if not core or not (bold or italic):
        return text
    marks = "***" if bold and italic else "**" if bold else "*"
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    return f"{lead}{marks}{core}{marks}{trail}"


def to_markdown(segments, *, line_break="  \n"):
    """The segments as one line of Markdown: runs of the same emphasis
    merged, links as [text](url), soft line breaks as ``line_break``."""
    out = []
    groups = []
    for segment in segments:
        key = (segment.bold, segment.italic, segment.link, segment.raw)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(segment.text)
        else:
            groups.append((key, [segment.text]))
    link_open = None
    for (bold, italic, link, raw), texts in groups:
        text = "".join(texts)
        if link != link_open:
            if link_open is not None:
                out.append(f"]({link_open})")
            if link is not None:
                out.append("[")
            link_open = link
        if raw:
            out.append(text)
            continue
        pieces = [emphasised(escape(piece), bold, italic) for piece in text.split(LINE_BREAK)]
        out.append(line_break.join(pieces))
    if link_open is not None:
        out.append(f"]({link_open})")
    return "".join(out).strip()


def plain(segments):
    return " ".join("".join(s.text for s in segments if not s.raw).replace(LINE_BREAK, " ").split())


def link_url(target):
    if not target or not target.lower().startswith(("http://", "https://", "mailto:")):
        return None
    return target.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def definitions(notes):
    return "".join(f"\n\n[^{label}]: {text}" for label, text in notes)
