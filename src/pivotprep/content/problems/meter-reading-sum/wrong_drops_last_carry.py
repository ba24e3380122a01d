"""Wrong: stops when both lists end, dropping a final carry (99 + 1 comes out as 00)."""


def add_readings(first, second):
    sentinel = tail = ListNode(0)
    carry = 0
    while first is not None or second is not None:
        total = carry
        if first is not None:
            total += first.val
            first = first.next
        if second is not None:
            total += second.val
            second = second.next
        carry, digit = divmod(total, 10)
        tail.next = tail = ListNode(digit)
    return sentinel.next
