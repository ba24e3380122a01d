"""Reference: relink nodes behind a sentinel head. O(n + m) time, O(1) extra space."""


def merge_manifests(
    first: ListNode | None,  # noqa: F821 - injected by the judge
    second: ListNode | None,  # noqa: F821
) -> ListNode | None:  # noqa: F821
    """Return the head of the sorted list made of both sorted lists' nodes."""
    sentinel = ListNode(0)  # noqa: F821
    tail = sentinel
    while first is not None and second is not None:
        if first.val <= second.val:
            tail.next, first = first, first.next
        else:
            tail.next, second = second, second.next
        tail = tail.next
    tail.next = first if first is not None else second
    return sentinel.next
