"""Development: the web server, a Celery worker and Celery beat in one command.

Used by `make run`. Ctrl-C stops all three. Production runs each as its own
service (README.md, "Production").
"""

import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from consult.mailbox import describe_mail_destination


class Command(BaseCommand):
    help = "Run the web server, a Celery worker and Celery beat together (development)."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, port, host, **options):
        if not settings.DEBUG:
            raise CommandError("runplatform is for development; production runs gunicorn, celery worker and beat.")
        call_command("demo_logins", stdout=self.stdout)
        python = sys.executable
        celery = [python, "-m", "celery", "-A", "config"]
        commands = {
            "web": [python, "manage.py", "runserver", f"{host}:{port}"],
            # solo pool: one task at a time, which suits SQLite's single writer
            "worker": [*celery, "worker", "--pool=solo", "--loglevel=INFO", "--without-gossip", "--without-mingle"],
            "beat": [*celery, "beat", "--loglevel=INFO"],
        }
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        # links in e-mails the worker sends (account deletion, notifications) point at this server
        env.setdefault("SITE_URL", f"http://{host}:{port}")
        processes = {name: subprocess.Popen(command, env=env) for name, command in commands.items()}  # noqa: S603
        self.stdout.write(
            self.style.SUCCESS(f"\nPROTECT is starting at http://{host}:{port}/  (admin: /admin/)  Ctrl-C stops all.")
        )
        self.stdout.write(f"{describe_mail_destination()}\n")
        try:
            while all(process.poll() is None for process in processes.values()):
                time.sleep(0.5)
            stopped = [name for name, process in processes.items() if process.poll() is not None]
            self.stderr.write(f"{', '.join(stopped)} stopped; stopping the others.")
        except KeyboardInterrupt:
            self.stdout.write("Stopping web server, worker and beat…")
        finally:
            for process in processes.values():
                if process.poll() is None:
                    process.send_signal(signal.SIGTERM)
            for process in processes.values():
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
