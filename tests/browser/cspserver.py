"""python -m http.server with a Content-Security-Policy header on every response (tests, hosting docs)."""

from __future__ import annotations

import functools
import http.server
import sys


def main(poort: int, map_: str, csp: str) -> None:
    class Handler(http.server.SimpleHTTPRequestHandler):
        def end_headers(self):
            self.send_header("Content-Security-Policy", csp)
            super().end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", poort), functools.partial(Handler, directory=map_))
    server.serve_forever()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], sys.argv[3])
