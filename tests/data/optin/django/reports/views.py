"""Django views that start a thread per request."""

import threading

from django.http import JsonResponse

from .tasks import generate_report, generate_report_task


def start_report(request, report_id):
    thread = threading.Thread(target=generate_report, args=(report_id,))
    thread.start()  # expect: SLS203:5
    return JsonResponse({"started": report_id}, status=202)


def start_report_celery(request, report_id):
    generate_report_task.delay(report_id)
    return JsonResponse({"queued": report_id}, status=202)
