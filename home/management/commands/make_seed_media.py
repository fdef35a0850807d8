"""python manage.py make_seed_media: regenerate the seeded film, its poster
and the sample leaflets under home/seed_files/.

Run once by a developer (it needs Debian's ffmpeg and weasyprint's
libraries); the small files it writes are committed, so `manage.py seed`
on a fresh machine needs neither.
"""

import shutil
import subprocess
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.template.loader import render_to_string
from django.utils import translation

from consult import cldr

from ... import seed_media_text as text
from ...seed_media import SEED_FILES

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class Command(BaseCommand):
    help = "Regenerate home/seed_files/ (film, poster, leaflets). Needs ffmpeg."

    def handle(self, *args, **options):
        ffmpeg = shutil.which("ffmpeg")
        if ffmpeg is None:
            raise CommandError("ffmpeg is missing: apt-get install -y ffmpeg")
        self.make_film(ffmpeg)
        self.make_leaflets()

    def make_film(self, ffmpeg):
        """20 s, 640x360, VP9 in WebM with a silent Opus track: about 100 KB."""
        scenes = [("PROTECT", 0, 5), ("♀ ♂ ⚧", 5, 10), ("✓", 10, 15), ("112", 15, 20)]
        drawtext = ",".join(
            f"drawtext=fontfile={FONT}:text='{label}':fontsize=96:fontcolor=white:"
            f"x=(w-text_w)/2:y=(h-text_h)/2-30:enable='between(t,{start},{end})':"
            f"alpha='min(1,min(t-{start},{end}-t))'"
            for label, start, end in scenes
        )
        video = f"color=c=0x16324f:s=640x360:d=20:r=24,{drawtext},fade=in:0:12,fade=out:468:12"
        film = SEED_FILES / "film.webm"
        subprocess.run(  # noqa: S603
            [
                ffmpeg, "-y", "-loglevel", "error",
                "-f", "lavfi", "-i", video,
                "-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono",
                "-t", "20", "-c:v", "libvpx-vp9", "-b:v", "60k", "-row-mt", "1", "-deadline", "good",
                "-c:a", "libopus", "-b:a", "16k", "-shortest", str(film),
            ],
            check=True,
        )  # fmt: skip
        subprocess.run(  # noqa: S603
            [ffmpeg, "-y", "-loglevel", "error", "-ss", "2", "-i", str(film), "-frames:v", "1", "-q:v", "6",
             str(SEED_FILES / "poster.jpg")],
            check=True,
        )  # fmt: skip
        self.stdout.write(f"{film} ({film.stat().st_size // 1024} KB)")

    def make_leaflets(self):
        from weasyprint import HTML

        folder = SEED_FILES / "leaflets"
        folder.mkdir(parents=True, exist_ok=True)
        for language, title in text.LEAFLET_TITLES.items():
            with translation.override(language):
                html = render_to_string(
                    "home/seed_leaflet.html",
                    {
                        "language": language,
                        "direction": cldr.text_direction(language),
                        "title": title,
                        "lines": text.SUBTITLES[language],
                    },
                )
            path = Path(folder / f"leaflet-{language}.pdf")
            HTML(string=html).write_pdf(path)
            self.stdout.write(f"{path} ({path.stat().st_size // 1024} KB)")
