"""`global` in Tornado handlers versus main()."""

import tornado.ioloop
import tornado.web

healthy = True
toggles = 0
port = 8888


class HealthHandler(tornado.web.RequestHandler):
    def get(self):
        global healthy
        self.write({"healthy": healthy})

    def post(self):
        global healthy, toggles  # expect: SLS102:9
        healthy = not healthy
        toggles += 1
        self.write({"healthy": healthy, "toggles": toggles})


def main():
    global port
    port = 8080
    app = tornado.web.Application([(r"/health", HealthHandler)])
    app.listen(port)
    tornado.ioloop.IOLoop.current().start()
