"""Characters of Word's symbol fonts (``w:sym``)."""

# Word's symbol fonts put their glyphs in the private-use area (F020-F0FF);
# these are the characters drafts use most, by font and code less F000.
SYMBOL_FONTS = {
    "symbol": {
        **dict(zip(range(0x61, 0x7B), "αβχδεφγηιϕκλμνοπθρστυϖωξψζ", strict=True)),
        0xA3: "≤",
        0xA5: "∞",
        0xAC: "←",
        0xAE: "→",
        0xB0: "°",
        0xB1: "±",
        0xB3: "≥",
        0xB7: "•",
        0xB9: "≠",
        0xBB: "≈",
        0xD2: "®",
        0xD3: "©",
        0xD4: "™",
        0xD7: "\u00d7",
    },
    "wingdings": {0x28: "☎", 0x6F: "□", 0x9F: "•", 0xA7: "▪", 0xD8: "➢", 0xFB: "✗", 0xFC: "✓", 0xFE: "☑"},
}
