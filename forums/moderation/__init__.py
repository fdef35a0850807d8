"""The forums' own moderation actions (lock, pin, slow mode, close, move,
hide, warn), members' flags and the safeguarding alert. The review queue
itself is the shared core's (consult.moderation)."""
