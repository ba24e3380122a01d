"""Wrong: weaves the back half in its original order instead of reversing it first."""


def alternate_boarding(head):
    if head is None or head.next is None:
        return head
    slow = fast = head
    while fast.next is not None and fast.next.next is not None:
        slow = slow.next
        fast = fast.next.next
    back, slow.next = slow.next, None
    front = head
    while back is not None:
        front_next, back_next = front.next, back.next
        front.next = back
        back.next = front_next
        front, back = front_next, back_next
    return head
