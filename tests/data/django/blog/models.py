"""Models with class-level declarations and a custom manager. No findings."""

from django.db import models


class PostQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")


class Post(models.Model):
    STATUS_CHOICES = [("draft", "Draft"), ("published", "Published")]
    title = models.CharField(max_length=200)
    slug = models.SlugField(unique=True)
    status = models.CharField(max_length=10, choices=STATUS_CHOICES, default="draft")
    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]

    def get_absolute_url(self):
        return f"/blog/{self.slug}/"
