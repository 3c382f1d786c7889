from django.urls import path

from onboarding import views

app_name = "onboarding"
urlpatterns = [
    path("", views.home, name="home"),
    path("businesses/new/", views.business_create, name="business_create"),
    path("businesses/<int:pk>/", views.business_detail, name="business"),
    path("businesses/<int:pk>/edit/", views.business_edit, name="business_edit"),
    path(
        "businesses/<int:pk>/members/<int:membership_pk>/remove/",
        views.member_remove,
        name="member_remove",
    ),
    path("businesses/<int:pk>/invitations/", views.member_invite, name="member_invite"),
    path(
        "businesses/<int:pk>/invitations/<int:invitation_pk>/resend/",
        views.invitation_resend,
        name="invitation_resend",
    ),
    path(
        "businesses/<int:pk>/invitations/<int:invitation_pk>/cancel/",
        views.invitation_cancel,
        name="invitation_cancel",
    ),
    path("businesses/<int:pk>/products/", views.ocop_product_add, name="ocop_product_add"),
    path("businesses/<int:pk>/start/", views.journey_start, name="journey_start"),
    path("journeys/<int:pk>/", views.journey_detail, name="journey"),
    path("steps/<int:pk>/", views.step_detail, name="step"),
    path("steps/<int:pk>/messages/", views.step_message, name="step_message"),
    path("evidence/<int:pk>/", views.evidence_download, name="evidence"),
    path("messages/<int:pk>/attachment/", views.message_attachment, name="message_attachment"),
    path("invitations/<uuid:token>/", views.invitation_accept, name="invitation"),
    path("staff/", views.staff_dashboard, name="staff"),
    path("staff/export.csv", views.staff_export_csv, name="staff_export_csv"),
    path("staff/export.xlsx", views.staff_export_xlsx, name="staff_export_xlsx"),
    path("staff/businesses/<int:pk>/", views.staff_business, name="staff_business"),
    path("staff/steps/<int:pk>/", views.staff_review, name="staff_review"),
    path("staff/steps/<int:pk>/messages/", views.staff_step_message, name="staff_step_message"),
]
