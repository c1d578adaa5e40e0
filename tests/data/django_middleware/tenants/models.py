from django.db import models


class Tenant(models.Model):
    domain = models.CharField(max_length=255, unique=True)
