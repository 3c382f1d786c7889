"""Demo data of the foundation: the demo accounts of DESIGN.md and the home page.

Every function here is idempotent: running the demo command twice changes nothing.
"""

import json

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, Site

from home.models import HomePage
from portal import roles
from portal.demo import DEMO_PASSWORD
from portal.models import Profile
from portal.provinces import HA_NOI_CODE, HO_CHI_MINH_CODE, current_province

# e-mail, full name, province code, learner type, official status, organisation, role groups
DEMO_ACCOUNTS = [
    (
        "learner@demo.example",
        "Nguyễn Thị Thu Hà",
        HO_CHI_MINH_CODE,
        "business",
        "none",
        "Hợp tác xã Demo",
        [],
    ),
    (
        "official@demo.example",
        "Trần Văn Minh",
        HO_CHI_MINH_CODE,
        "official",
        "approved",
        "Sở Công Thương Thành phố Hồ Chí Minh",
        [],
    ),
    (
        "trainer@demo.example",
        "Lê Thị Hồng",
        HO_CHI_MINH_CODE,
        "other",
        "none",
        "Trung tâm Phát triển TMĐT",
        [roles.TRAINERS],
    ),
    (
        "staff@demo.example",
        "Phạm Quốc Bảo",
        HO_CHI_MINH_CODE,
        "official",
        "approved",
        "Sở Công Thương Thành phố Hồ Chí Minh",
        [roles.STAFF],
    ),
    (
        "staff.hanoi@demo.example",
        "Đỗ Thu Trang",
        HA_NOI_CODE,
        "official",
        "approved",
        "Sở Công Thương Thành phố Hà Nội",
        [roles.STAFF],
    ),
    (
        "admin@demo.example",
        "Quản trị Quốc gia",
        HA_NOI_CODE,
        "other",
        "none",
        "Cục Thương mại điện tử và Kinh tế số",
        [roles.NATIONAL_ADMINS],
    ),
]


@transaction.atomic
def load_accounts() -> dict:
    """Creates the demo accounts with verified e-mail addresses and their role groups."""
    User = get_user_model()
    users = {}
    for email, name, code, learner_type, official_status, org, groups in DEMO_ACCOUNTS:
        province = current_province(code)
        user = User.objects.filter(email__iexact=email).first()
        if user is None:
            user = User(username=email, email=email)
            user.set_password(DEMO_PASSWORD)
        user.is_superuser = user.is_staff = email == "admin@demo.example"
        user.first_name, user.last_name = name, ""  # Wagtail's admin names people by it
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        Profile.objects.update_or_create(
            user=user,
            defaults={
                "full_name": name,
                "province": province,
                "learner_type": learner_type,
                "official_status": official_status,
                "organisation": org,
            },
        )
        for role in groups:
            name_ = role if role == roles.NATIONAL_ADMINS else roles.group_name(role, province)
            group, _ = Group.objects.get_or_create(name=name_)
            user.groups.add(group)
        users[email] = user
    return users


HOME = {
    "title": "Trang chủ",
    "title_en": "Home",
    "hero_title": "Đưa doanh nghiệp Việt lên sàn, vươn ra thế giới",
    "hero_title_en": "Take Vietnamese businesses online and across borders",
    "hero_text": (
        "Khoá học tự học về thương mại điện tử, xuất khẩu trực tuyến và sản phẩm OCOP; "
        "hướng dẫn từng bước thông báo website tại online.gov.vn và mở gian hàng trên các sàn; "
        "đào tạo cán bộ quản lý nhà nước về thương mại điện tử."
    ),
    "hero_text_en": (
        "Self-paced courses on e-commerce, cross-border export and OCOP products; step-by-step "
        "guidance to notify your website at online.gov.vn and open stores on marketplaces; "
        "training for the officials who manage e-commerce."
    ),
}


# The officials' card leads to their courses (the catalog explains how to get approved).
OFFICIALS_COURSES_URL = "/courses/?audience=official"


def _officials_card_is_generic(home: HomePage) -> bool:
    """Earlier demo home pages sent the officials' card to the whole catalog."""
    for block in home.body:
        if block.block_type != "features":
            continue
        for feature in block.value["features"]:
            text, url = feature.get("link_text"), feature.get("link_url")
            if text == "Khoá học cho cán bộ" and url == "/courses/":
                return True
    return False


def _features() -> list:
    items = [
        (
            "Doanh nghiệp",
            "Businesses",
            "Học kỹ năng bán hàng trực tuyến, bán trên Shopee, Lazada, Tiki, Amazon, Alibaba.com.",
            "Learn to sell online, on Shopee, Lazada, Tiki, Amazon and Alibaba.com.",
            "/courses/",
            "Xem khoá học",
            "See the courses",
        ),
        (
            "Hành trình lên sàn",
            "Onboarding journeys",
            "Làm từng bước: thông báo website tại online.gov.vn, mở gian hàng, nộp minh chứng.",
            "Step by step: notify your website at online.gov.vn, open stores, send evidence.",
            "/onboarding/",
            "Bắt đầu hành trình",
            "Start a journey",
        ),
        (
            "Cán bộ quản lý",
            "State officials",
            "Đào tạo về thẩm định, kiểm tra và xử lý vi phạm trong thương mại điện tử.",
            "Training on review, inspection and sanctions in e-commerce.",
            OFFICIALS_COURSES_URL,
            "Khoá học cho cán bộ",
            "Courses for officials",
        ),
        (
            "Chứng nhận xác thực",
            "Verifiable certificates",
            "Giấy chứng nhận PDF có mã QR: ai cũng kiểm tra được trên cổng, kể cả giấy đã thu hồi.",
            "PDF certificates with a QR code: anyone can check one on the portal, revoked or not.",
            "/certificates/verify/",
            "Kiểm tra chứng nhận",
            "Verify a certificate",
        ),
    ]
    keys = ("title", "title_en", "text", "text_en", "link_url", "link_text", "link_text_en")
    return [
        (
            "features",
            {
                "heading": "Cổng dành cho ai?",
                "heading_en": "Who is the portal for?",
                "features": [dict(zip(keys, item, strict=True)) for item in items],
            },
        )
    ]


# What earlier demo home pages claimed and no signature can promise.
UNTRUE = ("không ai làm giả được", "no one can forge")


def _claims_the_untrue(home: HomePage) -> bool:
    text = json.dumps(home.body.get_prep_value(), ensure_ascii=False)
    return any(claim in text for claim in UNTRUE)


@transaction.atomic
def load_home_page() -> HomePage:
    """Makes a HomePage the root of the default site (replacing Wagtail's welcome page)."""
    root = Page.get_first_root_node()
    home = HomePage.objects.first()
    site = Site.objects.filter(is_default_site=True).first()
    if home is None:
        # Wagtail's own "Welcome" page holds the slug "home": replace it when untouched.
        for welcome in root.get_children().filter(content_type__model="page", slug="home"):
            if not welcome.get_children().exists():
                welcome.delete()
        home = HomePage(slug="home", **HOME)
        home.body = _features()
        root.add_child(instance=home)
        home.save_revision().publish()
        site = Site.objects.filter(is_default_site=True).first()
    elif _claims_the_untrue(home) or _officials_card_is_generic(home):
        # Earlier demo data said nobody could forge a certificate, and sent officials to
        # the whole catalog: say what is true, lead them to their courses.
        home.body = _features()
        home.save_revision().publish()
    if site is None:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name=settings.WAGTAIL_SITE_NAME,
        )
    elif site.root_page_id != home.pk or not site.site_name:
        site.root_page = home
        # The admin shows the site's name (its hostname, "localhost", when blank).
        site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
        site.save()
    return home
