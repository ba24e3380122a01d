"""Reference: column addition with a carry. O(n + m) time, O(n + m) space for the result."""


def add_readings(
    first: ListNode | None,  # noqa: F821 - injected by the judge
    second: ListNode | None,  # noqa: F821
) -> ListNode | None:  # noqa: F821
    """Return the digit list (least significant first) of the sum of two digit lists."""
    sentinel = tail = ListNode(0)  # noqa: F821
    carry = 0
    while first is not None or second is not None or carry:
        total = carry
        if first is not None:
            total += first.val
            first = first.next
        if second is not None:
            total += second.val
            second = second.next
        carry, digit = divmod(total, 10)
        tail.next = tail = ListNode(digit)  # noqa: F821
    return sentinel.next
