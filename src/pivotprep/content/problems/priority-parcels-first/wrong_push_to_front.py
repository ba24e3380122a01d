"""Wrong: moves each urgent parcel to the very front as it is found, which reverses their order."""


def priority_first(head, cutoff):
    sentinel = ListNode(0, head)
    prev, node = sentinel, head
    while node is not None:
        following = node.next
        if node.val < cutoff and prev is not sentinel:
            prev.next = following
            node.next = sentinel.next
            sentinel.next = node
        else:
            prev = node
        node = following
    return sentinel.next
