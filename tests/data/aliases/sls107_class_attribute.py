"""SLS107: a class-body container shared by every instance (and every request), written
through every alias form, on a view made per request."""

from django.http import JsonResponse
from django.views import View


class CardView(View):
    cards = {}

    def post(self, request, board_id):
        cards = self.cards
        cards[board_id] = request.POST["text"]  # expect: SLS107:9
        for card in CardView.cards.values():
            card.append(board_id)  # expect: SLS107:13
        if (found := type(self).cards.get(board_id)) is not None:
            found.append(board_id)  # expect: SLS107:13
        return JsonResponse({"ok": True})
