"""Correct but slow: O(n^2) overall, it moves every ticket to the outbox and back on each dequeue and peek."""


class TwoStackQueue:
    def __init__(self):
        self._inbox = []
        self._outbox = []

    def enqueue(self, value):
        self._inbox.append(value)

    def _front(self, remove):
        while self._inbox:
            self._outbox.append(self._inbox.pop())
        value = None
        if self._outbox:
            value = self._outbox.pop() if remove else self._outbox[-1]
        while self._outbox:
            self._inbox.append(self._outbox.pop())
        return value

    def dequeue(self):
        return self._front(True)

    def peek(self):
        return self._front(False)

    def size(self):
        return len(self._inbox)

    def is_empty(self):
        return not self._inbox
