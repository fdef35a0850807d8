"""The moderation core shared by forums and recommendations.

    from consult.moderation import guard, services as moderation

``guard.scan(text, language)`` finds what may identify a person.
``moderation.hold_for_review``, ``approve``, ``hide``, ``restore``, ``flag``
and ``first_posts_pending`` run the review queue (consult/moderation/views.py
shows it to each country's moderators). ``notices`` takes notices from
anyone about what apps register with ``register_noticeable``;
``content_warnings`` folds a post or a feedback item behind a warning.

A moderated object (a forum post, a feedback item) provides:

- ``moderation_country_id``: a Country id, or None for cross-country content
  (its review then goes to the author's country);
- ``moderation_author``: the User who wrote it;
- ``get_moderation_text()``: the text a moderator reviews;
- ``get_absolute_url()``;
- optionally ``moderation_kind()``: ``(what it is, what it is in)`` as the
  review queue names it ("Reply in a forum thread", the thread's title;
  otherwise the model's name), and ``moderation_related``: the relations
  the queue reads with it (``select_related``), for that and for its text;
- what a decision does to it ("approved", "hidden" or "restored"): either a
  handler the owning app registers with
  ``moderation.register_decision_handler(Model, handler)`` (when the change
  is a service of that app, which imports its models: a method on the model
  would have to import the service back), or a model method
  ``on_moderation_decision(decision)`` that updates its own visibility.
"""
