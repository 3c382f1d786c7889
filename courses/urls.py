from django.urls import path

from courses import offline, views

app_name = "courses"
urlpatterns = [
    path("learning/", views.learning, name="learning"),
    path("learning/officials/", views.officials_report, name="officials_report"),
    path("learning/offline.json", offline.offline_lessons, name="offline_lessons"),
    path("learning/assignments/", views.assignments, name="assignments"),
    path(
        "learning/assignments/<int:pk>/delete/",
        views.assignment_delete,
        name="assignment_delete",
    ),
    path("learning/enrol/<int:course_id>/", views.enrol, name="enrol"),
    path("learning/lessons/<int:lesson_id>/done/", views.lesson_done, name="lesson_done"),
    path(
        "learning/lessons/<int:lesson_id>/quiz/<str:block_id>/",
        views.quiz_submit,
        name="quiz_submit",
    ),
]
