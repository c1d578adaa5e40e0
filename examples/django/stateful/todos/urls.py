from django.urls import path

from . import views

urlpatterns = [
    path("todos/", views.todo_list, name="todo-list"),
    path("todos/<int:todo_id>/done/", views.todo_done, name="todo-done"),
    path("todos/<int:todo_id>/", views.todo_delete, name="todo-delete"),
]
