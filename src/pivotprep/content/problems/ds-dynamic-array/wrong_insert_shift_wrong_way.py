"""Shifts the tail left-to-right when inserting, so every moved slot gets the same value."""


class DynamicArray:
    def __init__(self):
        self._capacity = 2
        self._size = 0
        self._block = [None] * 2

    def _resize(self, new_capacity):
        block = [None] * new_capacity
        for i in range(self._size):
            block[i] = self._block[i]
        self._block = block
        self._capacity = new_capacity

    def _maybe_shrink(self):
        if self._capacity > 2 and self._size <= self._capacity // 4:
            self._resize(max(2, self._capacity // 2))

    def size(self):
        return self._size

    def capacity(self):
        return self._capacity

    def append(self, value):
        if self._size == self._capacity:
            self._resize(self._capacity * 2)
        self._block[self._size] = value
        self._size += 1

    def get(self, index):
        return self._block[index] if 0 <= index < self._size else None

    def set(self, index, value):
        if 0 <= index < self._size:
            self._block[index] = value
            return True
        return False

    def insert(self, index, value):
        if not 0 <= index <= self._size:
            return False
        if self._size == self._capacity:
            self._resize(self._capacity * 2)
        for i in range(index + 1, self._size + 1):
            self._block[i] = self._block[i - 1]
        self._block[index] = value
        self._size += 1
        return True

    def pop(self):
        if self._size == 0:
            return None
        self._size -= 1
        value = self._block[self._size]
        self._block[self._size] = None
        self._maybe_shrink()
        return value

    def remove_at(self, index):
        if not 0 <= index < self._size:
            return None
        value = self._block[index]
        for i in range(index, self._size - 1):
            self._block[i] = self._block[i + 1]
        self._size -= 1
        self._block[self._size] = None
        self._maybe_shrink()
        return value
