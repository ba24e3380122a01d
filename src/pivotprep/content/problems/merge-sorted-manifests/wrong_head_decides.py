"""Wrong: compares only the two heads and puts the whole list with the smaller head first."""


def merge_manifests(first, second):
    if first is None:
        return second
    if second is None:
        return first
    if second.val < first.val:
        first, second = second, first
    tail = first
    while tail.next is not None:
        tail = tail.next
    tail.next = second
    return first
