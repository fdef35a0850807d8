"""Reading the .docx files the platform writes as Word would: the numbers
Word's numbering gives each paragraph, the tracked changes, the comments,
and the text with every change accepted or rejected."""

import copy
import io
import re
import zipfile

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def q(tag):
    return f"{{{W}}}{tag}"


def part(data, name):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return etree.fromstring(package.read(name))


def has_part(data, name):
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        return name in package.namelist()


def word_numbers(data):
    """Each numbered paragraph's number as Word draws it, with the paragraph's text:
    ``[("3.2.1", "text"), …]``, computed from numbering.xml as Word counts."""
    numbering = part(data, "word/numbering.xml")
    abstracts = {a.get(q("abstractNumId")): a for a in numbering.iter(q("abstractNum"))}
    nums = {n.get(q("numId")): n.find(q("abstractNumId")).get(q("val")) for n in numbering.iter(q("num"))}
    counters = {}
    found = []
    for p in part(data, "word/document.xml").iter(q("p")):
        num_pr = p.find(f"{q('pPr')}/{q('numPr')}")
        if num_pr is None:
            continue
        abstract_id = nums[num_pr.find(q("numId")).get(q("val"))]
        ilvl = int(num_pr.find(q("ilvl")).get(q("val")))
        levels = counters.setdefault(abstract_id, [0] * 9)
        levels[ilvl] += 1
        for deeper in range(ilvl + 1, 9):
            levels[deeper] = 0
        lvl = next(x for x in abstracts[abstract_id].iter(q("lvl")) if x.get(q("ilvl")) == str(ilvl))
        fmt = lvl.find(q("numFmt")).get(q("val"))
        text = lvl.find(q("lvlText")).get(q("val"))

        def shown(match, levels=levels, fmt=fmt):
            value = levels[int(match.group(1)) - 1]
            return "abcdefghijklmnopqrstuvwxyz"[value - 1] if fmt == "lowerLetter" else str(value)

        found.append((re.sub(r"%(\d)", shown, text), "".join(t.text or "" for t in p.iter(q("t")))))
    return found


def accepted(data):
    """The document.xml with every tracked change accepted: insertions kept, deletions dropped."""
    root = copy.deepcopy(part(data, "word/document.xml"))
    for deletion in list(root.iter(q("del"))):
        if deletion.getparent().tag != q("rPr"):
            deletion.getparent().remove(deletion)
    return root


def rejected(data):
    """The document.xml with every tracked change rejected: insertions dropped, deletions kept."""
    root = copy.deepcopy(part(data, "word/document.xml"))
    for insertion in list(root.iter(q("ins"))):
        if insertion.getparent().tag != q("rPr"):
            insertion.getparent().remove(insertion)
    for text in root.iter(q("delText")):
        text.tag = q("t")
    return root


def paragraph_texts(root):
    return [t for t in ("".join(x.text or "" for x in p.iter(q("t"))) for p in root.iter(q("p"))) if t]


def revisions(data):
    """The tracked changes of the body: (kind, author, date, text) of each w:ins and w:del."""
    root = part(data, "word/document.xml")
    found = []
    for kind in ("ins", "del"):
        for change in root.iter(q(kind)):
            if change.getparent().tag == q("rPr"):
                continue
            text = "".join(t.text or "" for t in change.iter(q("t"), q("delText")))
            found.append((kind, change.get(q("author")), change.get(q("date")), text))
    return found


def comments(data):
    if not has_part(data, "word/comments.xml"):
        return []
    root = part(data, "word/comments.xml")
    return [(c.get(q("author")), "".join(t.text or "" for t in c.iter(q("t")))) for c in root.iter(q("comment"))]
