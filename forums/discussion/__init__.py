"""Reading and writing in the forums: forums, threads, posts, replies,
quotes, edits and their history, removal, "helpful", read markers and
search; and what a post's publication changes (services.py)."""
