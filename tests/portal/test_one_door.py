"""One log-in door: only allauth's views accept a password.

The test walks every URL pattern the project serves (its own, allauth's, Wagtail's admin
and front end), builds a URL for each, and asks it as a visitor and as a superuser (who
sees every admin form): a page that renders a password input, or a POST of a real
password that signs somebody in, must be one of allauth's views. A pattern the walker
cannot build a URL for fails the test, so a new view cannot slip past it.
"""

import itertools
import re
import uuid

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse
from django.urls.exceptions import NoReverseMatch, Resolver404
from django.urls.resolvers import RoutePattern

from tests.conftest import PASSWORD

# allauth's own views that take a password (or, for MFA, a second factor after one).
ALLOWED = {
    "account_login",
    "account_signup",
    "account_change_password",
    "account_set_password",
    "account_reset_password_from_key",
    "account_reauthenticate",
}
ALLOWED_PREFIXES = ("mfa_",)
SHARED_SECRET = PASSWORD  # one POST then tries both a log-in and a page password
PASSWORD_INPUT = re.compile(r"""<input[^>]*type=["']?password""", re.IGNORECASE)


def walk(resolver, prefix="", namespace="", params=None):
    """(route, namespaced name, [(param, kind)]) for every pattern, includes flattened."""
    params = params or []
    for p in resolver.url_patterns:
        own = _params(p.pattern)
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from walk(p, prefix + str(p.pattern), ns, params + own)
        elif isinstance(p, URLPattern):
            name = f"{namespace}{p.name}" if p.name else None
            yield prefix + str(p.pattern), name, params + own


def _params(pattern):
    if isinstance(pattern, RoutePattern):
        return [(name, type(conv).__name__) for name, conv in pattern.converters.items()]
    regex = pattern.regex
    named = sorted(regex.groupindex.items(), key=lambda kv: kv[1])
    if named:
        return [(name, "regex") for name, _ in named]
    return [(None, "group")] * regex.groups


def candidates(route, param, kind, objects):
    """Values for one URL parameter, the first reaching a real object where it matters."""
    if kind == "IntConverter":
        if param == "page_view_restriction_id":
            return [objects["page_restriction"].pk]
        if param == "restriction_id" and route.startswith("documents/"):
            return [objects["collection_restriction"].pk]
        if param == "page_id" and route.startswith("_util/"):
            return [objects["private_page"].pk]
        for part, obj in (
            ("pages/", "home"),
            ("collections/", "collection"),
            ("users/", "superuser"),
            ("groups/", "group"),
        ):
            if part in route:
                return [objects[obj].pk]
        return [1]
    if kind == "UUIDConverter":
        return [uuid.uuid4()]
    if kind in ("regex", "group"):  # whichever matches the group's own regex
        return ["", "1", "ABCD2345", "live", "latest", "x"]
    return ["x"]


def build_url(route, name, params, objects):
    if name is None:
        # Unnamed patterns here are literal routes or a catch-all (".*").
        url = "/" + route.replace("^", "").replace("$", "").replace(".*", "x")
        assert not set(url) & set("()[]?*+\\|"), f"add a sample for the unnamed {route!r}"
        return url
    choices = [candidates(route, param, kind, objects) for param, kind in params]
    positional = any(param is None for param, _ in params)
    for values in itertools.product(*choices):
        try:
            if positional:
                return reverse(name, args=values)
            return reverse(name, kwargs={p: v for (p, _), v in zip(params, values, strict=True)})
        except NoReverseMatch:
            continue
    pytest.fail(f"the walker cannot build a URL for {name} ({route!r}): add a sample")


def served_urls(objects):
    urls = {}
    for route, name, params in walk(get_resolver()):
        url = build_url(route, name, params, objects)
        try:
            match = resolve(url)
        except Resolver404:
            pytest.fail(f"the walker built {url} for {route!r}, which resolves nowhere")
        # What a URL serves is the view it resolves to (a later pattern may be shadowed).
        urls.setdefault(url, match.view_name or match.func.__module__)
    return urls


@pytest.fixture
def objects(home_page, make_user, reference_data):
    from django.contrib.auth.models import Group
    from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

    superuser = make_user("root@example.com", superuser=True)
    private_page = home_page.add_child(instance=Page(title="Riêng", slug="rieng"))
    page_restriction = PageViewRestriction.objects.create(
        page=private_page, restriction_type=PageViewRestriction.PASSWORD, password=SHARED_SECRET
    )
    # A transactional test's flush may have wiped the root collection a migration made.
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    private = root.add_child(name="Riêng")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=private,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password=SHARED_SECRET,
    )
    return {
        "home": home_page,
        "private_page": private_page,
        "page_restriction": page_restriction,
        "collection": root,
        "collection_restriction": collection_restriction,
        "superuser": superuser,
        "group": Group.objects.first(),
    }


def _is_allowed(view_name):
    return view_name in ALLOWED or view_name.startswith(ALLOWED_PREFIXES)


@pytest.mark.django_db
def test_only_allauth_renders_a_password_input(objects, learner):
    cache.clear()
    # Wagtail's admin has a view that raises on purpose (failwhale): count answers only.
    anonymous, admin = Client(raise_request_exception=False), Client(raise_request_exception=False)
    rendering = set()
    for url, view_name in served_urls(objects).items():
        admin.force_login(objects["superuser"])  # a logout view on the way signs out
        for client in (anonymous, admin):
            response = client.get(url)
            if response.status_code != 200 or response.streaming:
                continue
            # Admin modals (the privacy form) come as HTML inside JSON.
            body = response.content.decode(errors="replace").replace('\\"', '"')
            if PASSWORD_INPUT.search(body):
                rendering.add(view_name)
    # The walker does see allauth's doors (so a miss below is not a blind walker).
    assert {"account_login", "account_signup", "account_change_password"} <= rendering
    others = sorted(v for v in rendering if not _is_allowed(v))
    assert not others, f"views other than allauth's render a password input: {others}"


@pytest.mark.django_db
def test_only_allauth_signs_in_with_a_posted_password(objects, learner):
    posted = {
        "login": learner.email,
        "username": learner.email,
        "email": learner.email,
        "password": PASSWORD,
        "return_url": "/",
    }
    signing_in = set()
    for url, view_name in served_urls(objects).items():
        cache.clear()  # allauth's rate limits would hide a second success
        client = Client(raise_request_exception=False)
        client.post(url, posted)
        session = client.session
        passed = session.get("passed_page_view_restrictions") or session.get(
            "passed_collection_view_restrictions"
        )
        if "_auth_user_id" in session or passed:
            signing_in.add(view_name)
    assert signing_in == {"account_login"}, f"a POSTed password signs in at: {signing_in}"
