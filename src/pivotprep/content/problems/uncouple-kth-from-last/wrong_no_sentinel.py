"""Wrong: without a sentinel node it cannot remove the front car and returns the train unchanged."""


def uncouple_from_end(head, k):
    if k < 1 or head is None:
        raise ValueError("bad k")
    lead = head
    for _ in range(k):
        if lead is None:
            raise ValueError("k is larger than the number of cars")
        lead = lead.next
    if lead is None:
        return head
    trail = head
    while lead.next is not None:
        lead = lead.next
        trail = trail.next
    trail.next = trail.next.next
    return head
