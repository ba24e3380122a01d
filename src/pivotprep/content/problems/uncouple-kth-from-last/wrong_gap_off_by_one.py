"""Off by one: lets the pointers start k - 1 apart, so it removes the car after the right one."""


def uncouple_from_end(head, k):
    if k < 1:
        raise ValueError("k must be at least 1")
    sentinel = ListNode(0, head)
    lead = trail = sentinel
    for _ in range(k - 1):
        lead = lead.next
        if lead is None:
            raise ValueError("k is larger than the number of cars")
    if lead.next is None:
        raise ValueError("k is larger than the number of cars")
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    if trail.next is not None:
        trail.next = trail.next.next
    return sentinel.next
