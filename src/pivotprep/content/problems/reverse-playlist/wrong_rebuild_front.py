"""Correct but slow: O(n^2), builds a new list by walking to its tail for every track."""


def reverse_playlist(head):
    values = []
    node = head
    while node is not None:
        values.append(node.val)
        node = node.next
    result = None
    for value in reversed(values):
        if result is None:
            result = ListNode(value)  # noqa: F821 - injected by the judge
            continue
        tail = result
        while tail.next is not None:
            tail = tail.next
        tail.next = ListNode(value)  # noqa: F821 - injected by the judge
    return result
