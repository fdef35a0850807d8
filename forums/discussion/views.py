"""Pages for reading and writing in the forums: the index, a forum, a
thread with its reply form, a post's link, editing, removing, edit history,
"helpful" and search. Thin: parse, ask forums/rules.py, call a service,
render.

Every page is for approved members (``member_required``) and checks the
object too (forums/access.py): a forum of another country is refused with
the same 403 page as a missing permission, never shown.
"""

from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from consult import compiled
from consult.access import member_required
from consult.models import StatementOfReasons, SupportService
from consult.moderation import content_warnings, in_context
from consult.predicates import profile_of
from recommendations.models import Clause

from .. import fragments, quotes
from ..access import forum_of_url, on_forum, on_post, on_thread, post_of_url, thread_of_url
from ..models import Forum, Post, Subscription, Thread, Visibility
from ..moderation.forms import ReasonForm
from ..refusals import ForumError, StaleEdit
from . import search as found
from . import services
from .forms import EditPostForm, ReplyForm, SearchForm, ThreadForm

THREADS_PER_PAGE = 30
POSTS_PER_PAGE = 50


def index(request):
    """The forums the member reads: their country's, then the themes. A
    visitor who is not signed in reads what the forums are and how to join,
    and nothing of their content."""
    if not request.user.is_authenticated:
        return render(request, "forums/landing.html")
    return _member_index(request)


@member_required
def _member_index(request):
    forums = _index_forums(request.user)
    clause_id = request.GET.get("clause", "")
    return render(
        request, "forums/index.html", {"forums": forums, "clause_id": clause_id if clause_id.isdigit() else ""}
    )


def _index_forums(user):
    """``Forum.objects.for_index(user)`` as a list, its SQL built and
    compiled once per process for each number of forums up to eight (a
    member's country forum and the themes): building it was a fifth of the
    page."""
    ids = sorted(Forum.objects.readable_ids(user))
    if not 0 < len(ids) <= 8:
        return list(Forum.objects.index_of(ids))
    return compiled.rows(("forums:index", len(ids)), lambda *slots: Forum.objects.index_of(slots), ids)


@member_required
@on_forum("forums.view_forum")
def forum(request, slug):
    forum = forum_of_url(request, slug)
    moderator = request.user.has_perm("forums.moderate_forum", forum)
    threads = Thread.objects.for_forum_page(request.user, forum, moderator=moderator)
    page = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
    subscribed = Subscription.objects.filter(user=request.user, forum=forum).exists()
    return render(
        request,
        "forums/forum.html",
        {
            "forum": forum,
            "page": page,
            "can_moderate": moderator,
            "subscribed": subscribed,
            "clause_id": request.GET.get("clause", "") if request.GET.get("clause", "").isdigit() else "",
        },
    )


@member_required
@require_http_methods(["GET", "POST"])
@on_forum("forums.start_thread")
def new_thread(request, slug):
    forum = forum_of_url(request, slug)
    form = ThreadForm(request.POST or None)
    clause = _linked_clause(request)
    if request.method == "POST" and form.is_valid():
        try:
            thread = services.start_thread(
                forum,
                request.user,
                clause=clause,
                kind=form.cleaned_data["kind"],
                title=form.cleaned_data["title"],
                body=form.cleaned_data["body"],
                safeguarding=form.cleaned_data["safeguarding"],
                **form.practice_fields(),
            )
        except ForumError as error:
            form.add_error(None, error.message)
        else:
            return redirect(thread)
    return render(request, "forums/thread_form.html", {"forum": forum, "form": form, "clause": clause})


def _linked_clause(request):
    """The clause a new thread is about (``?clause=<id>``), if the member may read it."""
    raw = request.POST.get("clause") or request.GET.get("clause") or ""
    if not raw.isdigit():
        return None
    clause = Clause.objects.select_related("version__document").filter(pk=int(raw)).first()
    if clause is None or not request.user.has_perm("recommendations.view_version", clause.version):
        return None
    return clause


def _explain_own_hidden_posts(user, posts):
    """The author of a hidden post reads, beside it, the moderator's reason and
    a link to the statement of reasons (where they can appeal). One query,
    only when the page holds a hidden post of the reader's."""
    own_hidden = {
        post["pk"]: post for post in posts if post["status"] == Visibility.HIDDEN and post["author_id"] == user.pk
    }
    if not own_hidden:
        return
    found = StatementOfReasons.objects.filter(
        content_type=ContentType.objects.get_for_model(Post),
        object_id__in=own_hidden,
        restriction=StatementOfReasons.Restriction.CONTENT_HIDDEN,
        state=StatementOfReasons.State.IN_FORCE,
    ).order_by("object_id", "-created_at", "-pk")
    for statement in found:
        post = own_hidden[statement.object_id]
        if post["hidden_statement_url"] is None:  # the newest statement of each post
            post["hidden_reason"] = statement.facts
            post["hidden_statement_url"] = reverse("moderation:statement", args=[statement.pk])


@member_required
@require_http_methods(["GET", "POST"])
@on_thread("forums.view_thread")
def thread(request, pk):
    """A thread's posts, 50 a page, with the reply form at the end.
    ``?unread`` jumps to the first post the reader has not seen."""
    thread = thread_of_url(request, pk)
    user = request.user
    moderator = user.has_perm("forums.moderate_forum", thread.forum)
    # the reader's marker (None: never opened the thread, no marker row yet),
    # subscription and how many posts they see, in one query
    marker, subscribed, visible = Thread.objects.reader_state(user, thread, moderator=moderator)

    if "unread" in request.GET:
        unread = Post.objects.filter(thread=thread, pk__gt=marker or 0).shown_to(user, moderator=moderator)
        first_unread = unread.order_by("created_at", "pk").values_list("pk", flat=True).first()
        if first_unread is None:
            return redirect(f"{thread.get_absolute_url()}?page=last")
        return redirect("forums:post", pk=first_unread)

    asked = request.POST if request.method == "POST" else request.GET
    quoted = _quotable(user, thread, moderator, asked.get("quote"))
    if request.method == "POST" and "remove_quote" in request.POST:
        # the reply form again, without the quote and with what was typed
        form, quoted = ReplyForm(initial={"body": request.POST.get("body", "")}), None
        _ready_to_type(form, quoting=False)
    else:
        initial = {"quote": quoted.pk, "reply_to": quoted.pk} if quoted is not None and request.method == "GET" else {}
        form = ReplyForm(request.POST or None, initial=initial)
        if quoted is not None:
            _ready_to_type(form, quoting=True)
    if request.method == "POST" and "remove_quote" not in request.POST and form.is_valid():
        reply_to = None
        if form.cleaned_data.get("reply_to"):
            # only a post the member can see: "in reply to" names its author
            replied = Post.objects.filter(pk=form.cleaned_data["reply_to"], thread=thread, removed_at__isnull=True)
            reply_to = replied.shown_to(user, moderator=moderator).first()
        body = form.cleaned_data["body"]
        if quoted is not None:
            body, reply_to = quotes.quote_markdown(quoted) + body, reply_to or quoted
        try:
            post = services.reply(
                thread,
                user,
                body=body,
                reply_to=reply_to,
                safeguarding=form.cleaned_data["safeguarding"],
            )
        except ForumError as error:
            form.add_error("body", error.message)
        else:
            if post.status == Visibility.PENDING and post.held_findings:
                messages.info(request, _("Your post waits for a moderator; you can read why beside it."))
            elif post.status == Visibility.PENDING:  # a new member's first posts, a pre-moderated forum
                waits = _("This post waits for a moderator and only you (and the moderators) can see it.")
                messages.info(request, waits)
            return redirect(post)

    # the page's place among the visible posts (counted with the marker)
    paginator = Paginator(range(visible), POSTS_PER_PAGE)
    page = paginator.get_page(paginator.num_pages if request.GET.get("page") == "last" else request.GET.get("page"))
    places = page.object_list
    rows = Post.objects.thread_page_rows(user, thread, moderator=moderator, offset=places.start, limit=len(places))
    page_posts, names = fragments.page_posts(rows, user=user, thread=thread, moderator=moderator)
    _explain_own_hidden_posts(user, page_posts)
    if rows:
        services.mark_read(user, thread, max(row.pk for row in rows), current=marker)
    can_reply = user.has_perm("forums.reply_to_thread", thread)
    posts_html = fragments.render_posts(
        request,
        page_posts,
        names,
        last_read_post_id=marker or 0,
        can_moderate=moderator,
        can_reply=can_reply,
        unfold_warnings=content_warnings.unfolds(user),
    )
    # opened from the review queue: the item's panel right after its post (above the posts when not on this page)
    panel = in_context.review_panel(request, lambda content: getattr(content, "thread_id", None) == thread.pk)
    if panel is not None and isinstance(panel.item.content_object, Post):
        placed = in_context.place_after(posts_html, f'id="post-{panel.object_id}"', "</article>", panel)
        if placed is not None:
            posts_html, panel = placed, None
    return render(
        request,
        "forums/thread.html",
        {
            "thread": thread,
            "links": fragments.thread_links(thread),
            "page": page,
            "posts_html": posts_html,
            "review_panel": panel,
            "form": form,
            # the post quoted above the reply box, in words (forums/quotes.py)
            "quoting": quotes.quote_preview(quoted) if quoted is not None else None,
            "can_moderate": moderator,
            "can_reply": can_reply,
            "can_close": user.has_perm("forums.close_thread", thread),
            "subscribed": subscribed,
            "support_services": _support_services_if_held(user, rows),
        },
        status=400 if form.errors else 200,
    )


def _quotable(user, thread, moderator, pk):
    """The post of ``thread`` a reply may quote (``?quote=<id>``, or the
    reply form's ``quote``): published, not removed, one the member sees,
    with its author's profile; None for anything else."""
    if not (pk and str(pk).isdigit() and len(str(pk)) <= 12):  # longer: no post, and past a database integer
        return None
    found = Post.objects.filter(pk=pk, thread=thread).shown_to(user, moderator=moderator)
    found = found.filter(removed_at__isnull=True, status=Visibility.PUBLISHED)
    return found.select_related("author__profile").first()


def _ready_to_type(form, *, quoting):
    """The reply box takes the focus when the page opens (``autofocus``
    without JavaScript, static/js/focus-on-load.js with it, which shows the
    whole reply section from its heading), described by the quote above it."""
    attrs = {"autofocus": True, "data-focus-on-load": True, "data-focus-scroll": "reply"}
    if quoting:
        attrs["aria-describedby"] = "reply-quote id_body_helptext"
    form.fields["body"].widget.attrs.update(attrs)


def _support_services_if_held(user, posts):
    """Where to get help in the author's country, shown beside their own
    post that they marked as a safeguarding disclosure."""
    if not any(
        post.safeguarding and post.author_id == user.pk and post.status != Visibility.PUBLISHED for post in posts
    ):
        return []
    profile = profile_of(user)
    country_ids = [country.pk for country in profile.countries.all()] if profile else []
    # one row per service: its translation in the page's language, else the
    # office's own text (the first row of its translation key)
    language = get_language()
    chosen = {}
    rows = SupportService.objects.live().filter(country__in=country_ids).select_related("locale").order_by("pk")
    for service in rows:
        kept = chosen.get(service.translation_key)
        if kept is None or (service.locale.language_code == language and kept.locale.language_code != language):
            chosen[service.translation_key] = service
    return sorted(chosen.values(), key=lambda service: (service.kind, service.name))[:12]


@member_required
@on_post("forums.view_thread")
def post(request, pk):
    """A post's permanent link: the thread page that holds it."""
    post = post_of_url(request, pk)
    moderator = request.user.has_perm("forums.moderate_forum", post.thread.forum)
    visible = Post.objects.filter(thread=post.thread).shown_to(request.user, moderator=moderator)
    if not visible.filter(pk=post.pk).exists():
        raise Http404
    before = visible.filter(Q(created_at__lt=post.created_at) | Q(created_at=post.created_at, pk__lt=post.pk)).count()
    page = before // POSTS_PER_PAGE + 1
    review = request.GET.get("review", "")
    if review.isdigit() and moderator:  # opened from the review queue: its panel, beside the post
        back = urlencode({"review": review, "next": request.GET.get("next", "")})
        return HttpResponseRedirect(f"{post.thread.get_absolute_url()}?page={page}&{back}#review")
    return HttpResponseRedirect(f"{post.thread.get_absolute_url()}?page={page}#post-{post.pk}")


@member_required
@require_http_methods(["GET", "POST"])
@on_post("forums.edit_post")
def edit_post(request, pk):
    post = post_of_url(request, pk)
    moderator_edit = post.author_id != request.user.pk
    form = EditPostForm(request.POST or None, initial={"body": post.body_markdown, "version": post.version})
    if not moderator_edit:
        del form.fields["note"]  # only a moderator's edit carries a note to the author
    if request.method == "POST" and form.is_valid():
        try:
            services.edit_post(
                post,
                request.user,
                body=form.cleaned_data["body"],
                version=form.cleaned_data["version"],
                note=form.cleaned_data.get("note", ""),
            )
        except StaleEdit as error:
            form.add_error(None, error.message)
            post.refresh_from_db()
        except ForumError as error:
            form.add_error("body", error.message)
        else:
            return redirect(post)
    return render(
        request,
        "forums/post_edit.html",
        {"post": post, "form": form, "moderator_edit": moderator_edit},
        status=400 if form.errors else 200,
    )


@member_required
@require_http_methods(["GET", "POST"])
@on_post("forums.remove_post")
def remove_post(request, pk):
    post = post_of_url(request, pk)
    by_moderator = post.author_id != request.user.pk
    form = ReasonForm(request.POST or None) if by_moderator else None
    if request.method == "POST" and (form is None or form.is_valid()):
        services.remove_post(post, request.user, reason=form.cleaned_data["reason"] if form else "")
        messages.success(request, _("The post was removed."))
        return redirect(post.thread)
    return render(request, "forums/post_remove.html", {"post": post, "form": form})


@member_required
@on_post("forums.view_post_history")
def post_history(request, pk):
    post = post_of_url(request, pk)
    revisions = post.revisions.select_related("edited_by__profile")
    return render(request, "forums/post_history.html", {"post": post, "revisions": revisions})


@member_required
@require_POST
@on_post("forums.react_to_post")
def helpful(request, pk):
    post = post_of_url(request, pk)
    services.toggle_helpful(post, request.user)
    return redirect(post)


@member_required
def search(request):
    """Threads and posts the member may read that contain the words searched for (forums/discussion/search.py)."""
    form = SearchForm(request.GET or None)
    threads, posts = [], []
    if form.is_valid():
        words = found.words_of(form.cleaned_data["q"])
        order = form.cleaned_data["order"]
        threads = found.threads_found(request.user, words, order)
        posts = found.posts_found(request.user, words, order)
    return render(
        request,
        "forums/search.html",
        {"form": form, "threads": threads, "posts": posts, "unfold_warnings": content_warnings.unfolds(request.user)},
    )
