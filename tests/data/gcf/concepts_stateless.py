"""Google's statelessness sample (GoogleCloudPlatform/python-docs-samples:
functions/concepts-stateless/main.py): "the total function invocation count across all
instances may not be equal to this value"."""

import functions_framework

# Global variable, modified within the function by using the global keyword.
count = 0


@functions_framework.http
def statelessness(request):
    global count  # expect: SLS102:5
    count += 1

    # Note: the total function invocation count across
    # all instances may not be equal to this value!
    return f"Instance execution count: {count}"
