"""Quotes refer to the quoted post instead of copying its author's name.

A quote used to begin with the author's display name, copied in bold
(``> **Amal:**``), so the name stayed in the quoting post after the author
changed it or erased their account. Each such header whose post can be
identified (the reply it set, the quoted author's name, the quoted text) becomes
a token, ``[quote:<post id>]``, that pages resolve to the author's current
name (forums/quotes.py); the HTML is rendered again from the new Markdown.
The same for the edit history. A header that cannot be identified stays as
written. Not reversed: the names are what this removes.
"""

from django.db import migrations

from consult.sanitising import FORUM_POST, render_markdown
from forums.quotes import COPIED_QUOTE_HEADER, identify_quoted, refer_copied_quotes


def _referred(Post, markdown, *, thread_id, before_pk, reply_to_id):
    if not COPIED_QUOTE_HEADER.search(markdown or ""):
        return markdown
    columns = ("pk", "author__profile__display_name", "body_markdown")
    earlier = [
        (pk, name or "", body)
        for pk, name, body in Post.objects.filter(thread_id=thread_id, pk__lt=before_pk)
        .order_by("pk")
        .values_list(*columns)
    ]
    reply_to = next((candidate for candidate in earlier if candidate[0] == reply_to_id), None)

    def find_quoted(name, first_line):
        return identify_quoted(name, first_line, reply_to=reply_to, earlier=earlier)

    return refer_copied_quotes(markdown, find_quoted)


def refer_quotes_to_posts(apps, schema_editor):
    Post = apps.get_model("forums", "Post")
    PostRevision = apps.get_model("forums", "PostRevision")
    for post in Post.objects.filter(body_markdown__contains=":**").iterator():
        text = _referred(
            Post, post.body_markdown, thread_id=post.thread_id, before_pk=post.pk, reply_to_id=post.reply_to_id
        )
        if text != post.body_markdown:
            post.body_markdown = text
            post.body_html = render_markdown(text, FORUM_POST)
            post.save(update_fields=["body_markdown", "body_html"])
    for revision in PostRevision.objects.filter(body_markdown__contains=":**").select_related("post").iterator():
        post = revision.post
        text = _referred(
            Post, revision.body_markdown, thread_id=post.thread_id, before_pk=post.pk, reply_to_id=post.reply_to_id
        )
        if text != revision.body_markdown:
            revision.body_markdown = text
            revision.save(update_fields=["body_markdown"])


class Migration(migrations.Migration):
    dependencies = [("forums", "0003_search_trigram_indexes")]

    operations = [migrations.RunPython(refer_quotes_to_posts, migrations.RunPython.noop)]
