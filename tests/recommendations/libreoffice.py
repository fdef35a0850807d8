"""LibreOffice headless as a second reader of the files the platform writes:
``soffice --headless --convert-to`` with a profile of its own, so tests
running at once do not share one (LibreOffice locks its profile)."""

import shutil
import subprocess
import tempfile
from pathlib import Path

from lxml import etree

from tests.conftest import require

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"


def require_libreoffice():
    """Skip without LibreOffice; under CI=true (where .ci/run installs it) fail instead."""
    require(SOFFICE is not None, "LibreOffice (soffice, Debian's libreoffice-writer-nogui)")


def convert(data, suffix, target):
    """The bytes of ``data`` (a file ending in ``suffix``) converted by LibreOffice to ``target`` ("odt", "pdf", …)."""
    with tempfile.TemporaryDirectory(prefix="protect-soffice-") as folder:
        folder = Path(folder)
        source = folder / f"draft{suffix}"
        source.write_bytes(data)
        subprocess.run(
            [
                SOFFICE,
                "--headless",
                "--norestore",
                f"-env:UserInstallation=file://{folder / 'profile'}",
                "--convert-to",
                target,
                "--outdir",
                str(folder / "out"),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
        extension = target.split(":")[0]
        return (folder / "out" / f"draft.{extension}").read_bytes()


def odt_content(data):
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read("content.xml"))


def tracked_changes(content):
    """LibreOffice's tracked changes: (kind, author, date, text) of each
    changed region, the text of an insertion read from the body between its
    ``change-start`` and ``change-end``, a deletion's from the region."""
    inserted = {}

    def walk(element, active):
        if element.tag == f"{TEXT}tracked-changes" or element.tag == f"{OFFICE}annotation":
            return
        if element.tag == f"{TEXT}change-start":
            active.add(element.get(f"{TEXT}change-id"))
        elif element.tag == f"{TEXT}change-end":
            active.discard(element.get(f"{TEXT}change-id"))
        for ident in active:
            inserted[ident] = inserted.get(ident, "") + (element.text or "")
        for child in element:
            walk(child, active)
            for ident in active:
                inserted[ident] = inserted.get(ident, "") + (child.tail or "")

    walk(content.find(f"{OFFICE}body"), set())
    changes = []
    for region in content.iter(f"{TEXT}changed-region"):
        ident = region.get(f"{TEXT}id")
        for change in region:
            kind = etree.QName(change).localname
            info = change.find(f"{OFFICE}change-info")
            text = (
                inserted.get(ident, "")
                if kind == "insertion"
                else " ".join("".join(p.itertext()) for p in change if etree.QName(p).localname in ("p", "h", "list"))
            )
            changes.append((kind, info.findtext(f"{DC}creator"), info.findtext(f"{DC}date"), text.strip()))
    return changes


def annotations(content):
    return [
        (note.findtext(f"{DC}creator"), " ".join("".join(p.itertext()) for p in note.iter(f"{TEXT}p")))
        for note in content.iter(f"{OFFICE}annotation")
    ]
