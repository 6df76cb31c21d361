"""A build step that cannot go on: the message is for the person building (Dutch), no traceback needed."""


class BouwFout(Exception):
    pass
