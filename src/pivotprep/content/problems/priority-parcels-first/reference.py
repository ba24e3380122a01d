"""Reference: split into two chains and join them. O(n) time, O(1) extra space."""


def priority_first(head: ListNode | None, cutoff: int) -> ListNode | None:  # noqa: F821
    """Move parcels with deadline < cutoff to the front, keeping both groups' order."""
    urgent = urgent_tail = ListNode(0)  # noqa: F821
    later = later_tail = ListNode(0)  # noqa: F821
    node = head
    while node is not None:
        if node.val < cutoff:
            urgent_tail.next = urgent_tail = node
        else:
            later_tail.next = later_tail = node
        node = node.next
    later_tail.next = None
    urgent_tail.next = later.next
    return urgent.next
