# options: entry_points=ResizeImage:run
"""A v1 function whose function.json sets ``"entryPoint": "run"``: only the option names it
(the package's __init__.py is the module ResizeImage)."""

sizes_seen = set()


def run(blob, context):
    sizes_seen.add(blob.length)  # expect: SLS101:5


def main(blob):
    sizes_seen.clear()
