"""Running the platform for years: the signals an operator watches, how
long data is kept, and backups that restore.

- ``readiness``: the checks behind ``/health/ready/`` and the status page.
- ``metrics``: the Prometheus text of ``/health/metrics/`` (token protected),
  with a registry through which upper floors offer their own queues.
- ``mail``: the e-mail backend that keeps one outcome row per message.
- ``retention``: one purge function per kind of data, run by beat.
- ``backup``: the backup and restore that ``manage.py backup`` / ``restore`` run.

A sub-app of the ground floor (label ``operations``): it imports consult and
reads the upper floors' rows by model name (``apps.get_model``) only.
"""
