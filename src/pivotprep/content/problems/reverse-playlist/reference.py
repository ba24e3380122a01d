"""Reference: relink the nodes with two pointers. O(n) time, O(1) extra space."""


def reverse_playlist(head: ListNode | None) -> ListNode | None:  # noqa: F821 - injected
    prev = None
    current = head
    while current is not None:
        following = current.next
        current.next = prev
        prev = current
        current = following
    return prev
