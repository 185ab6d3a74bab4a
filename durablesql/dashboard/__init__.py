"""The web dashboard (extra ``dashboard``): ``durablesql dashboard`` or, mounted in an
ASGI app of your own, ``durablesql.dashboard.create_app(dsn=...)``.

Server-rendered pages (Starlette, Jinja2, htmx vendored in static/) that read
through the driver interface only, live updates over server-sent events, and
actions the database authorises (see README, "Dashboard").
"""

from durablesql.dashboard.app import create_app

__all__ = ["create_app"]
