"""Images and documents by province (Wagtail collections).

Each province has its collection, and one shared national collection sits beside them
(siblings under the root: collection permissions extend to descendants). Trainers and
reviewers of a province add, edit and choose in their province's collection and choose
from the national one; national admins hold everything from the root.

Decision on serving documents (WAGTAILDOCS_SERVE_METHOD = "serve_view", so every download
passes through Wagtail's view and the before_serve_document hook): a document in a
province's collection is private. It is served to those who may choose it (that province's
editors, national admins), and to anyone who may see a live, unrestricted page that uses
it (Wagtail's reference index: a lesson's document block), since a published lesson has
made it public to its readers. Documents in the national collection and the root are
public. Anything else answers 404, as every out-of-scope object does."""

from __future__ import annotations

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Collection, GroupCollectionPermission, Page, ReferenceIndex
from wagtail.permissions import policy_registry

from portal.models import ProvinceCollection

NATIONAL_NAME = "Toàn quốc"
MEDIA_APPS = ["wagtailimages", "wagtaildocs"]
EDIT = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]
CHOOSE = ["choose_image", "choose_document"]


def _root():

    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@transaction.atomic
def collection_for(province):
    """The collection of `province` (None: the national one), created once."""
    link = ProvinceCollection.objects.filter(province=province).select_related("collection")
    if (found := link.first()) is not None:
        return found.collection
    root = _root()
    name = province.name if province is not None else NATIONAL_NAME
    collection = root.get_children().filter(name=name).first() or root.add_child(name=name)
    ProvinceCollection.objects.create(collection=collection, province=province)
    return collection


def _permissions(codenames):
    return Permission.objects.filter(content_type__app_label__in=MEDIA_APPS, codename__in=codenames)


@transaction.atomic
def media_permissions_grant(*, group, province) -> None:
    """`group` (a province's trainers or reviewers) edits and chooses in the province's
    collection and chooses from the national one, and nowhere else. Idempotent; takes back
    media permissions the group holds in any other collection."""
    own, national = collection_for(province), collection_for(None)
    GroupCollectionPermission.objects.filter(
        group=group, permission__content_type__app_label__in=MEDIA_APPS
    ).exclude(collection__in=[own, national]).delete()
    permissions = dict(_permissions(EDIT).values_list("codename", "pk"))
    _grant(
        group=group,
        wanted={(own.pk, permissions[codename]) for codename in EDIT}
        | {(national.pk, permissions[codename]) for codename in CHOOSE},
    )


@transaction.atomic
def media_permissions_grant_national(*, group) -> None:
    """National admins: every image and document permission from the root, so in every
    province's collection and the national one (created here if missing)."""
    collection_for(None)
    root = _root()
    permissions = Permission.objects.filter(content_type__app_label__in=MEDIA_APPS)
    _grant(group=group, wanted={(root.pk, pk) for pk in permissions.values_list("pk", flat=True)})


def _grant(*, group, wanted: set[tuple[int, int]]) -> None:
    """Gives `group` the (collection id, permission id) pairs it lacks, in one insert: a
    section's groups are set up with each province, and again by every load of content."""
    held = set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "collection_id", "permission_id"
        )
    )
    GroupCollectionPermission.objects.bulk_create(
        [
            GroupCollectionPermission(group=group, collection_id=collection, permission_id=pk)
            for collection, pk in sorted(wanted - held)
        ],
        ignore_conflicts=True,  # the same grant made at the same moment elsewhere
    )


def is_private(document) -> bool:
    """Whether `document` sits in a province's collection (or below one)."""
    ancestors = document.collection.get_ancestors(inclusive=True)
    return ProvinceCollection.objects.filter(
        province__isnull=False, collection__in=ancestors
    ).exists()


def document_visible_to(document, user) -> bool:
    """Whether `user` may download `document` (the module's docstring says the rule)."""
    if not is_private(document):
        return True

    permission_policy = policy_registry.get_by_type(get_document_model())
    if user.is_authenticated and permission_policy.user_has_permission_for_instance(
        user, "choose", document
    ):
        return True
    return _used_on_a_page_visible_to(document, user)


def _used_on_a_page_visible_to(document, user) -> bool:

    page_type = ContentType.objects.get_for_model(Page)
    ids = (
        ReferenceIndex.get_references_to(document)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    )
    for page in Page.objects.live().filter(pk__in=list(ids)).specific():
        if page.get_view_restrictions().exists():
            continue
        # Page types with their own audience (officials-only courses and their lessons)
        # say whether this user is in it.
        visible = getattr(page, "is_visible_to", None)
        if visible is None or visible(user):
            return True
    return False
