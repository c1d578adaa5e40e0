"""A Django view publishing to a chat group through the channel layer: the layer is the
framework's (Redis in production), never process state of the project. No findings."""

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.http import JsonResponse

channel_layer = get_channel_layer()


def announce(request, room_name):
    message = request.POST["message"]
    async_to_sync(channel_layer.group_send)(
        f"chat_{room_name}", {"type": "chat.message", "message": message}
    )
    return JsonResponse({"sent": True})
