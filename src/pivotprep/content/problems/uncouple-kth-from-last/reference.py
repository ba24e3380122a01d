"""Reference: two pointers k cars apart behind a sentinel. O(n) time, O(1) space."""


def uncouple_from_end(head: ListNode | None, k: int) -> ListNode | None:  # noqa: F821
    """Return the train without its k-th car from the back; ValueError if k is out of range."""
    if k < 1:
        raise ValueError("k must be at least 1")
    sentinel = ListNode(0, head)  # noqa: F821
    lead = trail = sentinel
    for _ in range(k):
        lead = lead.next
        if lead is None:
            raise ValueError("k is larger than the number of cars")
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return sentinel.next
