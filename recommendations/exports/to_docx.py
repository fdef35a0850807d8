"""Word (DOCX) exports, each a real Word document (see ``word.writer``).

- A version: its clauses numbered by Word, their Markdown as Word
  formatting, lists, tables and footnotes.
- The changes between two versions: a *revision*, the newer version in
  which every change is a Word tracked change by the editor who built it,
  on the date of the build (word by word inside a changed clause, whole
  paragraphs for added and removed clauses), each with a Word comment
  giving the decisions behind it. Accepting every change in Word gives the
  newer version; rejecting every change gives the older one.
- A consultation report: the clauses numbered by Word, each with its
  feedback and decisions.
"""

import datetime
from difflib import SequenceMatcher

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ..drafting.importing.word.structure import CLAUSE_STYLE
from ..merging.diffing import ADDED, CHANGED, REMOVED, diff_clauses, tokenize
from ..models import Export
from .content import change_labels
from .word.clause_model import LINE_BREAK, ClauseModel, Para, Run, clause_model
from .word.writer import DELETE, INSERT, Revision, WordFile


def _version_line(h):
    return _("%(scope)s · Version %(number)s (%(status)s)") % {
        "scope": h.scope,
        "number": h.version_number,
        "status": h.version_status,
    }


def _word_file(h, subtitle, revision=None):
    return WordFile(
        title=h.document_title,
        header_text=f"{h.document_title} — {_version_line(h)}",
        subtitle=subtitle,
        language=translation.get_language(),
        revision=revision,
    )


def _depth(number):
    return max(0, min(len(number.split(".")) - 1, 8)) if number else 0


def write_clause(word, clause, *, change=None, numbered=True, model=None):
    """One clause (a ClauseSnapshot) as Word paragraphs and tables; returns the first paragraph."""
    if clause.kind == "heading":
        runs = [Run(clause.text)] if isinstance(clause.text, str) else clause.text
        p = word.paragraph(runs, style=f"Heading {min(max(clause.level, 1), 9)}", change=change)
        if numbered and clause.number:
            word.number(p, word.heading_numbering(), _depth(clause.number))
        return p
    num_id = word.paragraph_numbering(clause.number) if numbered and clause.number else None
    model = model if model is not None else clause_model(clause.text)
    return word.clause_blocks(model, number=clause.number, first_style=CLAUSE_STYLE, change=change, num_id=num_id)[0]


def version_docx(content):
    h = content.header
    word = _word_file(h, _version_line(h))
    for clause in content.clauses:
        write_clause(word, clause)
    return word.save()


# --- the revision: changes as Word tracked changes -----------------------------------


def _tokens(runs):
    """The runs cut into words, spaces and punctuation, each keeping its run's formatting."""
    tokens = []
    for run in runs:
        if run.note is not None or run.text == LINE_BREAK:
            tokens.append(run)
        else:
            tokens.extend(Run(token, **_formatting(run)) for token in tokenize(run.text))
    return tokens


def _formatting(run):
    return {
        "bold": run.bold,
        "italic": run.italic,
        "underline": run.underline,
        "strike": run.strike,
        "code": run.code,
        "link": run.link,
    }


def changed_runs(old_runs, new_runs):
    """``(change, Run)`` pairs turning ``old_runs`` into ``new_runs`` word by
    word: None for kept words, DELETE and INSERT for the changes."""
    old, new = _tokens(old_runs), _tokens(new_runs)
    pairs = []
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            pairs += [(None, run) for run in new[j1:j2]]
        else:
            pairs += [(DELETE, run) for run in old[i1:i2]]
            pairs += [(INSERT, run) for run in new[j1:j2]]
    merged = []
    for change, run in pairs:
        if (
            merged
            and merged[-1][0] == change
            and run.note is None
            and merged[-1][1].note is None
            and LINE_BREAK not in (run.text, merged[-1][1].text)
            and _formatting(merged[-1][1]) == _formatting(run)
        ):
            merged[-1] = (change, Run(merged[-1][1].text + run.text, **_formatting(run)))
        else:
            merged.append((change, run))
    return merged


def _one_paragraph(clause):
    if clause.kind == "heading":
        return ClauseModel([Para([Run(clause.text)])])
    return clause_model(clause.text)


def _write_changed(word, diff):
    """A changed clause: word by word when both texts are one paragraph of
    the same kind, else the old clause deleted and the new one inserted."""
    old, new = diff.old, diff.new
    old_model, new_model = _one_paragraph(old), _one_paragraph(new)
    same_shape = old.kind == new.kind and old.level == new.level
    if same_shape and (old.kind == "heading" or (old_model.is_one_paragraph and new_model.is_one_paragraph)):
        runs = changed_runs(old_model.blocks[0].runs, new_model.blocks[0].runs)
        if new.kind == "heading":
            p = word.paragraph(style=f"Heading {min(max(new.level, 1), 9)}")
            word.number(p, word.heading_numbering(), _depth(new.number))
        else:
            p = word.paragraph(style=CLAUSE_STYLE)
            if new.number:
                word.number(p, word.paragraph_numbering(new.number))
        word.add_runs(p, runs)
        return p
    first = write_clause(word, old, change=DELETE, numbered=False, model=old_model)
    write_clause(word, new, change=INSERT, model=new_model)
    return first


def _revision(content):
    when = content.date or timezone.now().isoformat()
    date = datetime.datetime.fromisoformat(when).astimezone(datetime.UTC)
    return Revision(content.author or "PROTECT", date)


def diff_docx(content):
    """The newer version with every change since the older one as a Word tracked change."""
    h = content.header
    word = _word_file(
        h,
        _("%(scope)s · Changes from version %(old)s to version %(new)s")
        % {"scope": h.scope, "old": h.base_version_number, "new": h.version_number},
        revision=_revision(content),
    )
    for diff in diff_clauses(content.old, content.new, words=False):
        if diff.change == ADDED:
            first = write_clause(word, diff.new, change=INSERT)
        elif diff.change == REMOVED:
            first = write_clause(word, diff.old, change=DELETE, numbered=False)
        elif diff.change == CHANGED:
            first = _write_changed(word, diff)
        else:
            first = write_clause(word, diff.new)
        for reason in content.reasons.get(diff.key, []) if diff.change != "unchanged" else []:
            word.comment(first, reason)
    return word.save()


# --- the consultation report ----------------------------------------------------------


def _docx_item(word, item):
    author = " · ".join(part for part in (item.author_display, item.author_sector, item.author_country) if part)
    word.paragraph([Run(author, bold=True), Run(f" ({item.kind_label})")], style="List Bullet")
    if item.text:
        word.paragraph([Run(item.text)], style="List Continue")
    if item.quoted_span:
        word.paragraph([Run(_("On: “%(span)s”") % {"span": item.quoted_span})], style="List Continue")
    if item.proposed_text:
        word.paragraph([Run(_("Proposed text: %(text)s") % {"text": item.proposed_text})], style="List Continue")
    decision = [Run(_("Decision: %(decision)s") % {"decision": item.decision_label}, bold=True)]
    if item.reason:
        decision.append(Run(f" — {item.reason}"))
    word.paragraph(decision, style="List Continue")
    if item.outcome_label:
        word.paragraph([Run(item.outcome_label)], style="List Continue")
    if item.endorsements:
        word.paragraph([Run(_("Endorsements: %(n)s") % {"n": item.endorsements})], style="List Continue")


def report_docx(content):
    h, report = content.header, content.report
    word = _word_file(
        h, _("%(scope)s · Consultation report on version %(number)s") % {"scope": h.scope, "number": h.version_number}
    )
    changes = change_labels()
    for clause in report.clauses:
        if clause.kind == "heading":
            p = word.paragraph([Run(clause.text)], style=f"Heading {_depth(clause.number) + 1}")
            if clause.number:
                word.number(p, word.heading_numbering(), _depth(clause.number))
        else:
            num_id = word.paragraph_numbering(clause.number) if clause.number else None
            word.clause_blocks(clause_model(clause.text), number=clause.number, first_style=CLAUSE_STYLE, num_id=num_id)
        if clause.change and clause.change != "unchanged":
            word.paragraph(
                [Run(_("Result: %(change)s") % {"change": changes.get(clause.change, clause.change)}, italic=True)]
            )
            if clause.new_text:
                model = clause_model(clause.new_text)
                for block in model.blocks:
                    if isinstance(block, Para):
                        word.paragraph(block.runs, style="Quote")
                    else:
                        word.table(block)
        for item in clause.items:
            _docx_item(word, item)
    if report.document_items:
        word.paragraph([Run(_("Feedback on the whole document"))], style="Heading 1")
        for item in report.document_items:
            _docx_item(word, item)
    return word.save()


DOCX = {
    Export.Kind.VERSION: version_docx,
    Export.Kind.DIFF: diff_docx,
    Export.Kind.REPORT: report_docx,
}


def render_docx(kind, content):
    return DOCX[kind](content)
