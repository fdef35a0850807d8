"""Watching threads and forums: subscriptions, in-site notifications, the
e-mail sent when a post is published and the daily digest (the tasks that
run them are in forums/tasks.py)."""
