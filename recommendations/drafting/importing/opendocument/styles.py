"""What an OpenDocument style means for the import: emphasis and hidden text
(text properties, inherited through ``style:parent-style-name``), and what a
paragraph is (a heading's outline level, the title, a contents line)."""

from dataclasses import dataclass

from .names import FO, STYLE, SVG, TEXT

_BOLD = {"bold", "600", "700", "800", "900"}
_ITALIC = {"italic", "oblique"}
_FRONT_MATTER = {"Title", "Subtitle", "Contents Heading", "Index Heading", "Table of Contents Heading"}


@dataclass(frozen=True)
class TextLook:
    bold: bool | None = None
    italic: bool | None = None
    hidden: bool | None = None
    font: str | None = None  # the font family, lower case (symbol fonts draw other characters)

    def over(self, base):
        """This look where it says something, ``base`` elsewhere."""
        return TextLook(
            self.bold if self.bold is not None else base.bold,
            self.italic if self.italic is not None else base.italic,
            self.hidden if self.hidden is not None else base.hidden,
            self.font if self.font is not None else base.font,
        )


PLAIN = TextLook(False, False, False, "")


class StyleSheet:
    """The styles of one document: the named ones (styles.xml) and the
    automatic ones of the body (content.xml), by family and name."""

    def __init__(self, *roots, fonts=None):
        self.styles = {}
        self.fonts = fonts or {}
        for root in roots:
            for style in root.iter(f"{STYLE}style", f"{STYLE}default-style"):
                family = style.get(f"{STYLE}family")
                self.styles.setdefault((family, style.get(f"{STYLE}name")), style)
        self.lists = {style.get(f"{STYLE}name"): style for root in roots for style in root.iter(f"{TEXT}list-style")}
        self._looks = {}

    def is_numbered(self, list_style, depth, paragraph_style):
        """Whether a list item at ``depth`` (1 for the outer list) shows a
        number: its list's style, else its paragraph style's list style."""
        if not list_style:
            list_style = next(
                (
                    s.get(f"{STYLE}list-style-name")
                    for s in self.chain("paragraph", paragraph_style)
                    if s.get(f"{STYLE}list-style-name")
                ),
                None,
            )
        levels = self.lists.get(list_style)
        if levels is None:
            return False
        for level in levels:
            if level.get(f"{TEXT}level") == str(min(depth, 10)):
                return level.tag == f"{TEXT}list-level-style-number" and bool(level.get(f"{STYLE}num-format"))
        return False

    def chain(self, family, name):
        """The style and its parents, nearest first (a cycle stops the walk)."""
        seen = set()
        while name and (family, name) in self.styles and name not in seen:
            seen.add(name)
            style = self.styles[(family, name)]
            yield style
            name = style.get(f"{STYLE}parent-style-name")

    def _own_look(self, style):
        properties = style.find(f"{STYLE}text-properties")
        if properties is None:
            return TextLook()
        weight = properties.get(f"{FO}font-weight")
        posture = properties.get(f"{FO}font-style")
        display = properties.get(f"{TEXT}display")
        font = properties.get(f"{STYLE}font-name") or properties.get(f"{FO}font-family")
        return TextLook(
            None if weight is None else weight in _BOLD,
            None if posture is None else posture in _ITALIC,
            None if display is None else display == "none",
            None if font is None else self.fonts.get(font, font).strip("'\"").lower(),
        )

    def look(self, family, name):
        key = (family, name)
        if key not in self._looks:
            look = TextLook()
            for style in self.chain(family, name):
                look = look.over(self._own_look(style))
            self._looks[key] = look
        return self._looks[key]

    def names(self, name):
        """The display names of a paragraph style and its parents."""
        for style in self.chain("paragraph", name):
            yield style.get(f"{STYLE}display-name") or (style.get(f"{STYLE}name") or "").replace("_20_", " ")

    def outline_level(self, name):
        for style in self.chain("paragraph", name):
            level = style.get(f"{STYLE}default-outline-level")
            if level:
                return level
        return None

    def is_front_matter(self, name):
        """The title, the subtitle, and the lines of a table of contents."""
        return any(n in _FRONT_MATTER or n.startswith("Contents ") for n in self.names(name))


def font_families(*roots):
    """The font faces a document declares: face name to font family."""
    return {
        face.get(f"{STYLE}name"): face.get(f"{SVG}font-family") or face.get(f"{STYLE}name")
        for root in roots
        if root is not None
        for face in root.iter(f"{STYLE}font-face")
    }
