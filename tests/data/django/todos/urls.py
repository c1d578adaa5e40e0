"""URL configuration: a module-level list built at import. No findings."""

from django.urls import path

from . import views

app_name = "todos"
urlpatterns = [
    path("", views.todo_list, name="list"),
    path("drafts/", views.draft_create, name="draft-create"),
    path("drafts/<int:draft_id>/", views.draft_update, name="draft-update"),
    path("drafts/<int:draft_id>/publish/", views.draft_publish, name="draft-publish"),
    path("<int:pk>/", views.todo_detail, name="detail"),
]
urlpatterns += [path("health/", views.healthcheck)]
