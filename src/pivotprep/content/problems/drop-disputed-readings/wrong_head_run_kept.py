"""Wrong: without a sentinel node, a disputed run at the front of the list is never removed."""


def drop_disputed(head):
    if head is None:
        return head
    kept = head
    node = head.next
    while node is not None:
        if node.next is not None and node.next.val == node.val:
            value = node.val
            while node is not None and node.val == value:
                node = node.next
            kept.next = node
        else:
            kept = node
            node = node.next
    return head
