"""Settings shared by every environment; values come from the environment.

Each environment module (dev, test, production) imports this one and changes
only what differs. See README.md for the variables.
"""

import logging
from pathlib import Path

import environ
from celery.schedules import crontab
from django.conf.locale import LANG_INFO

BASE_DIR = Path(__file__).resolve().parent.parent.parent
env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("DJANGO_SECRET_KEY", default="insecure-development-key-do-not-use-in-production")
DEBUG = env.bool("DJANGO_DEBUG", default=False)
ALLOWED_HOSTS = env.list("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])

# --- Database ---------------------------------------------------------------
# SQLite file by default (WAL journal, so the web process, the worker and beat
# share it); DATABASE_URL=postgres://... switches to PostgreSQL through psycopg 3.
SQLITE_PATH = BASE_DIR / "var" / "protect.sqlite3"


def sqlite_database(path):
    """A SQLite file in WAL mode, so a web process and a worker share it."""
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            # https://docs.djangoproject.com/en/5.2/ref/databases/#setting-pragma-options
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        },
    }


if "DATABASE_URL" in env:
    DATABASES = {"default": env.db("DATABASE_URL")}
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("DATABASE_CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {"default": sqlite_database(SQLITE_PATH)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Applications -----------------------------------------------------------
INSTALLED_APPS = [
    # project apps first, so their templates and static files win
    "home",
    "forums",
    "recommendations",
    "consult",
    # health, metrics, system status, retention, backups (consult/operations/)
    "consult.operations",
    # Wagtail
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "consult.wagtail_users_app.PlatformWagtailUsersConfig",  # wagtail.users without required first/last names
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    # accounts
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "axes",
    "rules",
    # background work
    "django_celery_beat",
    "django_celery_results",
    # Django
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: a cached page for an anonymous visitor is answered before any other
    # middleware runs, with the headers the whole stack sent when it was stored
    # (home/anonymous_cache.py says which requests go through the whole stack)
    "home.anonymous_cache.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "consult.middleware.SiteLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # a form posted without a field a view reads: 400, not 500
    "consult.middleware.IncompleteFormMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Wagtail's page routing from the cache (process_view only)
    "home.routing.PageRouteCacheMiddleware",
    # Django's, with the signed-in account and its profile from the cache (consult/signed_in.py)
    "consult.signed_in.CachedAuthenticationMiddleware",
    # the signed-in reader's time zone: their country's (consult/reader_time.py)
    "consult.middleware.ReaderTimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-csp's, with the constant policy built once (not per response)
    "consult.middleware.ConstantPolicyCSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # after messages and allauth: sessions of deleted accounts, MFA for staff, new code of conduct
    "consult.members.middleware.AccountRequirementsMiddleware",
    "consult.middleware.NoStoreMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # axes last: it reads the outcome of authentication
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "consult.context_processors.site_chrome",
            ],
        },
    },
]

# --- Users and accounts -----------------------------------------------------
AUTH_USER_MODEL = "consult.User"
AUTHENTICATION_BACKENDS = [
    # axes first: it refuses locked-out clients before any password is checked
    "axes.backends.AxesStandaloneBackend",
    # a suspended, refused or deleted membership closes the Wagtail admin,
    # whatever groups the account is in (asked before any backend grants it)
    "consult.members.backends.MembershipStandingBackend",
    # the named rules of consult/rules.py (and each app's rules.py), before
    # the model permissions: a permission the rules grant is then decided
    # without loading the user's and their groups' permissions (2 queries)
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# django-allauth: one grouped block. https://docs.allauth.org/en/latest/account/configuration.html
ACCOUNT_ADAPTER = "consult.adapters.AccountAdapter"
ACCOUNT_FORMS = {
    "signup": "consult.members.forms.MemberSignupForm",
    "reset_password": "consult.members.forms.MemberResetPasswordForm",
    "login": "consult.members.sign_in.MemberLoginForm",
}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[PROTECT] "
ACCOUNT_EMAIL_CONFIRMATION_EXPIRE_DAYS = 3
# Seconds a sign-in or password confirmation counts as recent for TOTP set-up,
# data export and account deletion (consult/adapters.py, is_reauthentication_required).
ACCOUNT_REAUTHENTICATION_TIMEOUT = env.int("ACCOUNT_REAUTHENTICATION_TIMEOUT", default=300)
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/h/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
}
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
MFA_ADAPTER = "consult.adapters.MFAAdapter"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "PROTECT consultation"

# Members (consult/members/). A new version asks every member to accept the
# code of conduct and privacy notice again at their next request.
CODE_OF_CONDUCT_VERSION = env("CODE_OF_CONDUCT_VERSION", default="2025-1")
# How long the e-mailed link that confirms an account deletion stays valid.
ACCOUNT_DELETION_LINK_HOURS = env.int("ACCOUNT_DELETION_LINK_HOURS", default=24)
# Throw-away mailbox domains refused at sign-up and when adding an address.
DISPOSABLE_EMAIL_DOMAINS = set(
    env.list(
        "DISPOSABLE_EMAIL_DOMAINS",
        default=[
            "10minutemail.com",
            "discard.email",
            "dispostable.com",
            "getnada.com",
            "guerrillamail.com",
            "maildrop.cc",
            "mailinator.com",
            "sharklasers.com",
            "temp-mail.org",
            "tempmail.com",
            "throwawaymail.com",
            "trashmail.com",
            "yopmail.com",
        ],
    )
)

# django-axes: lockout after repeated failures, per username and client.
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=8)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# Failed sign-ins are kept per account too: part of a member's login history
# (data export) and erased with the account.
AXES_ENABLE_ACCESS_FAILURE_LOG = True
AXES_USERNAME_FORM_FIELD = "login"
# allauth passes the login as "email" in the credentials; see the callable.
AXES_USERNAME_CALLABLE = "consult.adapters.axes_username"
AXES_LOCKOUT_TEMPLATE = "account/lockout.html"
AXES_IPWARE_PROXY_COUNT = ALLAUTH_TRUSTED_PROXY_COUNT or None
# Masked in axes' log lines (its default, pinned: tests/security/test_log_privacy.py);
# the AccessAttempt rows keep both for the lockout itself.
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address"]

# --- Internationalisation ---------------------------------------------------
# Maltese is missing from Django's own table.
LANG_INFO.setdefault("mt", {"bidi": False, "code": "mt", "name": "Maltese", "name_local": "Malti"})

LANGUAGE_CODE = "en"
# English, every official language of the 12 countries, then the migrant
# audience's right-to-left languages.
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("bg", "Български"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("es", "Español"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("sl", "Slovenščina"),
    ("ar", "العربية"),
    ("fa", "فارسی"),
]
RTL_LANGUAGES = {"ar", "fa"}
# Further languages of the migrant audience: for documents, subtitles and
# the languages a service or ambassador speaks (not site locales).
EXTRA_AUDIENCE_LANGUAGES = [
    ("ti", "ትግርኛ (Tigrinya)"),
    ("so", "Soomaali"),
    ("tr", "Türkçe"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("ps", "پښتو (Pashto)"),
    ("ur", "اردو (Urdu)"),
    ("ku", "Kurdî"),
    ("am", "አማርኛ (Amharic)"),
    ("prs", "دری (Dari)"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sq", "Shqip"),
    ("bn", "বাংলা (Bengali)"),
    ("ln", "Lingála"),
]
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Brussels"
LOCALE_PATHS = [BASE_DIR / "locale"]
# Date formats per language, over Django's own (English: "6 December 2026, 15:38").
FORMAT_MODULE_PATH = ["config.formats"]

# --- Static and media -------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", default=str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", default=str(BASE_DIR / "var" / "media")))
# Files only the site itself hands out, after a permission check (exports of
# recommendations); must not be under MEDIA_ROOT or any folder a web server serves.
PRIVATE_MEDIA_ROOT = Path(env("PRIVATE_MEDIA_ROOT", default=str(BASE_DIR / "var" / "private")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
FILE_UPLOAD_PERMISSIONS = 0o640

# --- Wagtail ----------------------------------------------------------------
WAGTAIL_SITE_NAME = "PROTECT"
WAGTAILADMIN_BASE_URL = env("SITE_URL", default="http://localhost:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Only these document types; SVG and HTML are never accepted.
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "vtt", "xlsx", "pptx", "mp4", "webm"]
WAGTAILDOCS_DOCUMENT_MODEL = "consult.CountryDocument"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
# No avatars from gravatar.com in the admin: no third-party requests, no e-mail hashes sent out.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = False  # accounts reset their password through allauth
# A sign-in page that refuses (403) a signed-in account without admin access,
# instead of sending it back to the admin (consult.members.views.admin_login_redirect).
WAGTAILADMIN_LOGIN_URL = "admin_sign_in"
# Wagtail 8 does its own background work through django-tasks; it runs in
# the web process. Our own work goes through Celery (config/celery.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Email ------------------------------------------------------------------
# Every message goes through the recording backend (consult/operations/mail.py:
# one mail-log row per message, outcome only, for the metrics), which hands
# it to EMAIL_DELIVERY_BACKEND: EMAIL_BACKEND from the environment, or the
# backend EMAIL_URL names (smtp://user:password@host:587 with TLS).
EMAIL_DELIVERY_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="PROTECT <no-reply@protect.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_FILE_PATH = env("EMAIL_FILE_PATH", default=str(BASE_DIR / "var" / "mail"))
if "EMAIL_URL" in env:
    _email_settings = env.email_url("EMAIL_URL")
    EMAIL_DELIVERY_BACKEND = _email_settings.pop("EMAIL_BACKEND")
    vars().update(_email_settings)
EMAIL_BACKEND = "consult.operations.mail.RecordingEmailBackend"

# --- Cache ------------------------------------------------------------------
# allauth's and axes' rate limits need a real cache.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://protect")}

# Whole public pages for anonymous visitors (home/anonymous_cache.py), at most
# this many seconds; publishing and country data changes show at once. 0: off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# Each forum post's HTML on a thread page, keyed by a digest of what it shows
# (forums/fragments.py): edits show at once; unused entries expire. 0: off.
POST_FRAGMENT_SECONDS = env.int("POST_FRAGMENT_SECONDS", default=3600)

# --- Celery -----------------------------------------------------------------
# Read by config/celery.py (namespace CELERY_). README.md, "Background work",
# explains the embedded default and the production set-up.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", default="filesystem://")
CELERY_BROKER_FOLDER = Path(env("CELERY_BROKER_FOLDER", default=str(BASE_DIR / "var" / "broker")))
if CELERY_BROKER_URL.startswith("filesystem://"):
    # kombu's filesystem transport, each message written whole before a worker sees it (config/broker.py)
    CELERY_BROKER_TRANSPORT = "config.broker:Transport"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(CELERY_BROKER_FOLDER / "queue"),
        "data_folder_out": str(CELERY_BROKER_FOLDER / "queue"),
        "processed_folder": str(CELERY_BROKER_FOLDER / "processed"),
        # the exchange tables; kombu's default is a "control" folder in the working directory
        "control_folder": str(CELERY_BROKER_FOLDER / "control"),
        "store_processed": False,
        "polling_interval": 0.2,
    }
else:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        # A task taken by a worker that died comes back after this many
        # seconds; it must exceed the longest task's hard time limit.
        # https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html#visibility-timeout
        "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=900),
        # kombu's sweep that hands such tasks back: every 10 s, not every minute.
        "unacked_restore_sweep_interval": 10,
    }
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_SERIALIZER = CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
# Acknowledged when finished, handed back if the worker process dies under
# it; every task is idempotent, so running twice is safe.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
# A PDF export of a 500-clause document lays the whole document out in memory
# (weasyprint): a worker process that ends a task above this many KiB is
# replaced by a fresh one, so the peak is not kept for the rest of the day
# (docs/performance.md, "closing day").
CELERY_WORKER_MAX_MEMORY_PER_CHILD = env.int("CELERY_WORKER_MAX_MEMORY_PER_CHILD", default=300_000)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=600)
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=540)
# Results only where a task asks for them (ignore_result=False); the
# database rows a task writes are the source of truth.
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = "django-db"
CELERY_RESULT_EXTENDED = True
CELERY_RESULT_EXPIRES = 7 * 24 * 3600
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "Europe/Brussels"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# A pending outbox row older than this is sent to the broker again by the sweep.
OUTBOX_RETRY_AFTER_SECONDS = env.int("OUTBOX_RETRY_AFTER_SECONDS", default=300)
OUTBOX_SWEEP_INTERVAL_SECONDS = env.int("OUTBOX_SWEEP_INTERVAL_SECONDS", default=60)
OUTBOX_MAX_ATTEMPTS = env.int("OUTBOX_MAX_ATTEMPTS", default=10)

# --- Country offices --------------------------------------------------------
# Requests for an ambassador hold contact details: deleted after this many days.
AMBASSADOR_REQUEST_RETENTION_DAYS = env.int("AMBASSADOR_REQUEST_RETENTION_DAYS", default=180)
# Submissions of the public ambassador form per client address and hour.
AMBASSADOR_REQUEST_RATE_LIMIT = env.int("AMBASSADOR_REQUEST_RATE_LIMIT", default=5)

# --- Recommendations --------------------------------------------------------
# Flood limit: feedback items a member may give per minute (consult/ratelimit.py).
RECOMMENDATIONS_FEEDBACK_PER_MINUTE = env.int("RECOMMENDATIONS_FEEDBACK_PER_MINUTE", default=10)

# --- Moderation -------------------------------------------------------------
# A member's first posts wait for a moderator until this many were approved.
MODERATION_FIRST_POSTS = env.int("MODERATION_FIRST_POSTS", default=3)
# Flags from this many different members hide a post until a moderator decides.
MODERATION_AUTO_HIDE_FLAGS = env.int("MODERATION_AUTO_HIDE_FLAGS", default=3)
# A decision can be appealed for this long (six months); an appeal waiting
# longer than MODERATION_APPEAL_DECISION_DAYS is escalated to the administrators.
MODERATION_APPEAL_WINDOW_DAYS = env.int("MODERATION_APPEAL_WINDOW_DAYS", default=183)
MODERATION_APPEAL_DECISION_DAYS = env.int("MODERATION_APPEAL_DECISION_DAYS", default=14)
# Notices about public content one address may send per hour (consult/moderation/notices.py).
NOTICE_RATE_LIMIT = env.int("NOTICE_RATE_LIMIT", default=10)

# --- Forums -----------------------------------------------------------------
FORUMS_POST_MAX_LENGTH = env.int("FORUMS_POST_MAX_LENGTH", default=20000)
# Flood limit: posts per member per minute.
FORUMS_POSTS_PER_MINUTE = env.int("FORUMS_POSTS_PER_MINUTE", default=5)
# Daily digests go out from this hour (local time), once per member per day.
FORUMS_DIGEST_HOUR = env.int("FORUMS_DIGEST_HOUR", default=7)
RECOMMENDATIONS_DECISION_DIGEST_HOUR = env.int("RECOMMENDATIONS_DECISION_DIGEST_HOUR", default=17)

# --- Safety -----------------------------------------------------------------
# Where the quick-exit control sends a visitor: a neutral, widely used site.
QUICK_EXIT_URL = env("QUICK_EXIT_URL", default="https://www.bbc.com/weather")
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
# Sessions are written to the database and read from the cache (Redis in
# production, as private as the database: docs/performance.md): a signed-in
# request reads no session row. Signing out, flushing and cycling the key
# clear the cached copy too; nothing deletes session rows behind Django's back
# (the retention job deletes expired ones only, which the cache expires too).
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# django-csp 4: no third-party anything, no inline script on our pages.
# The Wagtail admin uses inline scripts and styles; it is excluded and kept
# behind login, MFA and the staff role.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/", "/django-admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "media-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

# --- Logging: no message bodies, no personal data ---------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        # Django's own format for runserver's access lines (DEFAULT_LOGGING), restated
        # because configuring the "django.server" logger below replaces its handler
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "filters": {
        # runserver's access lines without query values or one-time links' keys
        "private_access_line": {"()": "config.access_log.AccessLinePrivacyFilter"},
        # django.template's DEBUG records quote the whole template context
        # (e-mail addresses, what members wrote): dropped at any log level.
        "above_debug": {
            "()": "django.utils.log.CallbackFilter",
            "callback": lambda record: record.levelno > logging.DEBUG,
        },
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # request logs would carry paths with e-mail confirmation keys
        "django.request": {"level": "ERROR"},
        "axes": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "django.template": {"level": "INFO", "filters": ["above_debug"]},
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["private_access_line"],
        },
    },
}

# --- Operations (consult/operations/, README.md "Production") ---------------
# /health/metrics/ answers only a request with "Authorization: Bearer <token>";
# unset, the endpoint answers 404.
METRICS_TOKEN = env("METRICS_TOKEN", default="")
# Readiness and the status page warn when outbox work has waited longer.
OPERATIONS_OUTBOX_AGE_WARNING_SECONDS = env.int("OPERATIONS_OUTBOX_AGE_WARNING_SECONDS", default=900)
# How often beat asks a worker to prove it runs (protect_worker_heartbeat_age_seconds).
OPERATIONS_HEARTBEAT_SECONDS = env.float("OPERATIONS_HEARTBEAT_SECONDS", default=60.0)

# Retention in days (consult/operations/retention.py, docs/retention.md and
# the privacy notice say the same; change them together).
AUDIT_LOG_RETENTION_DAYS = env.int("AUDIT_LOG_RETENTION_DAYS", default=5 * 365)
OUTBOX_DONE_RETENTION_DAYS = env.int("OUTBOX_DONE_RETENTION_DAYS", default=30)
OUTBOX_FAILED_RETENTION_DAYS = env.int("OUTBOX_FAILED_RETENTION_DAYS", default=90)
EXPORT_RETENTION_DAYS = env.int("EXPORT_RETENTION_DAYS", default=90)
NOTIFICATION_RETENTION_DAYS = env.int("NOTIFICATION_RETENTION_DAYS", default=90)
SIGN_IN_LOG_RETENTION_DAYS = env.int("SIGN_IN_LOG_RETENTION_DAYS", default=90)
SIGN_IN_ATTEMPT_RETENTION_DAYS = env.int("SIGN_IN_ATTEMPT_RETENTION_DAYS", default=1)
MAIL_LOG_RETENTION_DAYS = env.int("MAIL_LOG_RETENTION_DAYS", default=90)

# --- Periodic tasks ---------------------------------------------------------
# Installed into django-celery-beat's database scheduler when beat starts;
# intervals can then be changed in the Django admin.
CELERY_BEAT_SCHEDULE = {
    "sweep-outbox": {
        "task": "consult.sweep_outbox",
        "schedule": float(OUTBOX_SWEEP_INTERVAL_SECONDS),
    },
    "publish-scheduled-pages": {
        "task": "home.publish_scheduled_pages",
        "schedule": 60.0,
    },
    "purge-expired-ambassador-requests": {
        "task": "consult.purge_expired_ambassador_requests",
        "schedule": 3600.0,
    },
    # Hourly; each member's digest goes out once a day, at the first run from
    # FORUMS_DIGEST_HOUR (local time) on: a missed tick only delays it.
    "forums-send-daily-digests": {
        "task": "forums.send_daily_digests",
        "schedule": 3600.0,
    },
    # Hourly; decisions on a member's feedback go out as one e-mail per round
    # a day, from RECOMMENDATIONS_DECISION_DIGEST_HOUR (local time) on.
    "recommendations-send-decision-digests": {
        "task": "recommendations.send_decision_digests",
        "schedule": 3600.0,
    },
    "close-due-consultation-rounds": {
        "task": "recommendations.close_due_rounds",
        "schedule": 60.0,
    },
    # Daily: appeals waiting past MODERATION_APPEAL_DECISION_DAYS go to the administrators.
    "moderation-escalate-overdue-appeals": {
        "task": "consult.escalate_overdue_appeals",
        "schedule": crontab(hour=7, minute=30),
    },
    # Daily: the transparency report of the current and the last half-year, stored.
    "moderation-build-transparency-reports": {
        "task": "consult.build_transparency_reports",
        "schedule": crontab(hour=4, minute=15),
    },
    "operations-heartbeat": {
        "task": "operations.heartbeat",
        "schedule": OPERATIONS_HEARTBEAT_SECONDS,
    },
}
# Retention: one purge a night each, a few minutes apart, after 03:00 local time.
for _minute, _kind in enumerate(
    ["audit_log", "outbox", "exports", "notifications", "sign_in_records", "mail_log", "sessions"]
):
    CELERY_BEAT_SCHEDULE[f"purge-{_kind.replace('_', '-')}"] = {
        "task": f"operations.purge_{_kind}",
        "schedule": crontab(hour=3, minute=5 * _minute),
    }
