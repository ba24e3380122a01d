"""Pours the inbox onto the outbox on every dequeue, even when the outbox still holds older tickets."""


class TwoStackQueue:
    def __init__(self):
        self._inbox = []
        self._outbox = []

    def _pour(self):
        while self._inbox:
            self._outbox.append(self._inbox.pop())

    def enqueue(self, value):
        self._inbox.append(value)

    def dequeue(self):
        self._pour()
        return self._outbox.pop() if self._outbox else None

    def peek(self):
        self._pour()
        return self._outbox[-1] if self._outbox else None

    def size(self):
        return len(self._inbox) + len(self._outbox)

    def is_empty(self):
        return self.size() == 0
