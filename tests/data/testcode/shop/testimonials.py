"""A production module whose name merely starts with "test": not test code."""

from flask import Blueprint, request

bp = Blueprint("testimonials", __name__)
testimonials = []


@bp.post("/testimonials")
def add_testimonial():
    testimonials.append(request.form["text"])  # expect: SLS101:5
    return "", 201


@bp.get("/testimonials")
def testimony():
    return {"items": testimonials}
