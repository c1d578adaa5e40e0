"""Serializers and a validator registry filled at import. No findings."""

from rest_framework import serializers

VALIDATORS: dict[str, object] = {}


def validator(name):
    def register(fn):
        VALIDATORS[name] = fn
        return fn

    return register


@validator("positive")
def positive(value):
    if value <= 0:
        raise serializers.ValidationError("must be positive")
    return value


class MetricSerializer(serializers.Serializer):
    name = serializers.CharField(max_length=64)
    value = serializers.FloatField(validators=[VALIDATORS["positive"]])

    def validate_name(self, value):
        return value.lower()
