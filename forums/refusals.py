"""What the forums refuse, and why: the consult.refusals family, named.

Services raise these; views show ``message`` beside the form with the text
kept, and an API answers with ``status``. The names say what went wrong, so
a caller can treat one refusal apart (a stale edit reloads the post).
"""

from django.utils.translation import gettext_lazy as _

from consult.refusals import Conflict, Refusal, TooFrequent


class ForumError(Refusal):
    """A refusal of the forums, read by the member as it is."""


class EmptyPost(ForumError):
    message = _("Write something before posting.")


class PostTooLong(ForumError):
    """The message names the limit and the length of the text sent."""


class ThreadNotOpen(ForumError, Conflict):
    message = _("This thread is locked or closed: it takes no new replies.")


class SlowMode(ForumError, TooFrequent):
    def __init__(self, wait_seconds):
        self.wait_seconds = wait_seconds
        minutes, seconds = divmod(int(wait_seconds), 60)
        wait = f"{minutes} min {seconds} s" if minutes else f"{seconds} s"
        super().__init__(
            _("Slow mode is on in this thread: you can post again in %(wait)s. Your text is kept below.")
            % {"wait": wait}
        )


class PostingTooFast(ForumError, TooFrequent):
    message = _("You are posting very quickly. Wait a minute and send again; your text is kept below.")


class StaleEdit(ForumError, Conflict):
    message = _(
        "This post changed since you opened the form. Your text is kept below; compare it with the current "
        "version and save again."
    )
