"""Wrong: treats a deadline equal to the cutoff as urgent (<= instead of <)."""


def priority_first(head, cutoff):
    urgent = urgent_tail = ListNode(0)
    later = later_tail = ListNode(0)
    node = head
    while node is not None:
        if node.val <= cutoff:
            urgent_tail.next = urgent_tail = node
        else:
            later_tail.next = later_tail = node
        node = node.next
    later_tail.next = None
    urgent_tail.next = later.next
    return urgent.next
