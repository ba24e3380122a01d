"""Wrong: stops when either list runs out and forgets to attach the rest of the other one."""


def merge_manifests(first, second):
    sentinel = ListNode(0)
    tail = sentinel
    while first is not None and second is not None:
        if first.val <= second.val:
            tail.next, first = first, first.next
        else:
            tail.next, second = second, second.next
        tail = tail.next
    tail.next = None
    return sentinel.next
