"""Reference: skip whole runs of equal values behind a sentinel. O(n) time, O(1) space."""


def drop_disputed(head: ListNode | None) -> ListNode | None:  # noqa: F821
    """Remove every node whose value occurs more than once in the sorted list."""
    sentinel = ListNode(0, head)  # noqa: F821
    kept = sentinel
    node = head
    while node is not None:
        if node.next is not None and node.next.val == node.val:
            value = node.val
            while node is not None and node.val == value:
                node = node.next
            kept.next = node
        else:
            kept = node
            node = node.next
    return sentinel.next
