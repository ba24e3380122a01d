"""Reference: find the middle, reverse the back half, weave. O(n) time, O(1) space."""


def alternate_boarding(head: ListNode | None) -> ListNode | None:  # noqa: F821
    """Reorder q0, q1, ... into q0, q(n-1), q1, q(n-2), ... in place."""
    if head is None or head.next is None:
        return head
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    back, slow.next = slow.next, None
    reversed_back = None
    while back is not None:
        back.next, reversed_back, back = reversed_back, back, back.next
    front = head
    while reversed_back is not None:
        front_next, back_next = front.next, reversed_back.next
        front.next = reversed_back
        reversed_back.next = front_next
        front, reversed_back = front_next, back_next
    return head
