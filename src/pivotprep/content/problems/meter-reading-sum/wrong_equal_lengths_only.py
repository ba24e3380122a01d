"""Wrong: stops as soon as the shorter reading ends, as if both always had the same length."""


def add_readings(first, second):
    sentinel = tail = ListNode(0)
    carry = 0
    while first is not None and second is not None:
        carry, digit = divmod(first.val + second.val + carry, 10)
        tail.next = tail = ListNode(digit)
        first, second = first.next, second.next
    if carry:
        tail.next = ListNode(carry)
    return sentinel.next
