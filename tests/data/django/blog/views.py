"""Blog views: ORM, forms, messages framework, per-request locals. No findings."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render

from .forms import CommentForm
from .models import Post

POSTS_PER_PAGE = 10
SIDEBAR_LINKS = [("About", "/about/"), ("Archive", "/archive/")]


def post_list(request):
    paginator = Paginator(Post.objects.published(), POSTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    links = list(SIDEBAR_LINKS)
    links.append(("RSS", "/feed/"))
    return render(request, "blog/list.html", {"page": page, "links": links})


def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug)
    if request.method == "POST":
        form = CommentForm(request.POST)
        if form.is_valid():
            comment = form.save(commit=False)
            comment.post = post
            comment.save()
            # `messages` is Django's messages framework, stored per request/session.
            messages.success(request, "Thanks for your comment!")
            return redirect(post)
    else:
        form = CommentForm()
    history = request.session.get("history", [])
    history.append(slug)
    request.session["history"] = history[-5:]
    return render(request, "blog/detail.html", {"post": post, "form": form})
