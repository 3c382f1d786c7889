from django.urls import path

from events import views

app_name = "events"
urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("feeds/<str:scope>.ics", views.feed, name="feed"),
    path("<int:pk>/event.ics", views.event_ics, name="event_ics"),
    path("<int:pk>/register/", views.register, name="register"),
    path("<int:pk>/check-in/", views.check_in, name="check_in"),
    path("<int:pk>/attendance/<int:registration_pk>/", views.attendance, name="attendance"),
    path("<int:pk>/close/", views.close, name="close"),
    path("<int:pk>/report/", views.report, name="report"),
    path("tickets/<int:pk>/", views.ticket, name="ticket"),
    path("tickets/<int:pk>/cancel/", views.cancel, name="cancel"),
    path("staff/", views.staff, name="staff"),
    path("programmes/", views.programmes, name="programmes"),
    path("programmes/new/", views.programme_create, name="programme_create"),
    path("programmes/<int:pk>/", views.programme, name="programme"),
    path("programmes/<int:pk>/edit/", views.programme_edit, name="programme_edit"),
    path(
        "programmes/<int:pk>/dashboard/",
        views.programme_dashboard,
        name="programme_dashboard",
    ),
    path(
        "programmes/<int:pk>/nominations/",
        views.programme_nominate,
        name="programme_nominate",
    ),
    path("programmes/<int:pk>/answers/", views.programme_answer, name="programme_answer"),
]
