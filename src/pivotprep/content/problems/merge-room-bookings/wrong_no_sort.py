"""Merges in input order without sorting, so overlaps between far-apart entries are missed."""


def merge_bookings(bookings):
    blocks = []
    for start, end in bookings:
        if blocks and start <= blocks[-1][1] and end >= blocks[-1][0]:
            blocks[-1] = [min(start, blocks[-1][0]), max(end, blocks[-1][1])]
        else:
            blocks.append([start, end])
    return blocks
