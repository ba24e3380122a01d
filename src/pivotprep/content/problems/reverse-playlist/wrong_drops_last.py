"""Off by one: the loop stops at the last node, which is never linked back."""


def reverse_playlist(head):
    if head is None:
        return None
    prev = None
    current = head
    while current.next is not None:
        following = current.next
        current.next = prev
        prev = current
        current = following
    return prev
