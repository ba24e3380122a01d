"""Wrong: keeps one copy of each disputed value instead of removing them all."""


def drop_disputed(head):
    node = head
    while node is not None and node.next is not None:
        if node.next.val == node.val:
            node.next = node.next.next
        else:
            node = node.next
    return head
