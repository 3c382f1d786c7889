from django.urls import path, re_path

from certification import views

app_name = "certification"
CODE = r"(?P<code>[A-Za-z0-9-]{4,40})"

urlpatterns = [
    path("", views.my_certificates, name="mine"),
    path("issuer/", views.issuer, name="issuer"),
    path("status/revocation/", views.status_list, name="status_list"),
    path("verify/", views.verify_form, name="verify_form"),
    path("verify/pdf/", views.verify_pdf, name="verify_pdf"),
    re_path(rf"^verify/{CODE}\.json$", views.verify_json, name="verify_json"),
    re_path(rf"^verify/{CODE}/$", views.verify, name="verify"),
    re_path(rf"^{CODE}/download/$", views.download, name="download"),
    path("manage/", views.manage, name="manage"),
    path("manage/zip/", views.start_zip, name="start_zip"),
    path("manage/reissue/", views.start_reissue, name="start_reissue"),
    path("manage/jobs/<int:job_id>/", views.job, name="job"),
    path("manage/jobs/<int:job_id>/download/", views.job_download, name="job_download"),
    re_path(rf"^manage/{CODE}/revoke/$", views.revoke, name="revoke"),
]
