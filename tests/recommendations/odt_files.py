"""Building OpenDocument text files (.odt) from raw ODF XML, as LibreOffice
writes them: a stored ``mimetype`` first, a manifest, ``content.xml`` and
``styles.xml`` (where page headers and named styles live)."""

import io
import zipfile

NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
}
DECLARATIONS = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in NAMESPACES.items())
MIMETYPE = "application/vnd.oasis.opendocument.text"
PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
    b"\x00\x00\x00\rIDATx\xdac\xfc\xcf\xc0P\x0f\x00\x04\x85\x01\x80\x84\xa9\x8c!\x00\x00\x00\x00IEND\xaeB`\x82"
)


def content_xml(body, automatic_styles=""):
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {DECLARATIONS} office:version="1.3">'
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        f"<office:body><office:text>{body}</office:text></office:body></office:document-content>"
    )


def styles_xml(styles="", header="", footer=""):
    master = (
        '<style:master-page style:name="Standard" style:page-layout-name="pm1">'
        + (f"<style:header>{header}</style:header>" if header else "")
        + (f"<style:footer>{footer}</style:footer>" if footer else "")
        + "</style:master-page>"
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {DECLARATIONS} office:version="1.3">'
        f"<office:styles>{styles}</office:styles>"
        f"<office:master-styles>{master}</office:master-styles></office:document-styles>"
    )


def odt_package(content, styles, *, pictures=()):
    """The bytes of an .odt holding these parts (``pictures``: names under Pictures/)."""
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        + "".join(
            f'<manifest:file-entry manifest:full-path="Pictures/{name}" manifest:media-type="image/png"/>'
            for name in pictures
        )
        + "</manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(zipfile.ZipInfo("mimetype"), MIMETYPE, compress_type=zipfile.ZIP_STORED)
        package.writestr("META-INF/manifest.xml", manifest)
        package.writestr("content.xml", content)
        package.writestr("styles.xml", styles)
        for name in pictures:
            package.writestr(f"Pictures/{name}", PNG)
    return buffer.getvalue()


# Named styles as LibreOffice writes them: "Heading_20_1" shown as "Heading 1".
NAMED_STYLES = (
    '<style:style style:name="Standard" style:family="paragraph"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
    'style:parent-style-name="Standard"/>'
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>'
    + "".join(
        f'<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}" style:family="paragraph" '
        f'style:parent-style-name="Heading" style:default-outline-level="{n}"/>'
        for n in range(1, 7)
    )
    + '<style:style style:name="Title" style:family="paragraph" style:parent-style-name="Heading"/>'
    '<style:style style:name="Subtitle" style:family="paragraph" style:parent-style-name="Heading"/>'
    '<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" '
    'style:family="paragraph" style:parent-style-name="Heading"/>'
    '<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph"/>'
    '<style:style style:name="Contents_20_2" style:display-name="Contents 2" style:family="paragraph"/>'
    '<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Emphasis" style:family="text"><style:text-properties fo:font-style="italic"/>'
    "</style:style>"
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph"/>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>'
    '<style:style style:name="Footnote" style:family="paragraph"/>'
)
