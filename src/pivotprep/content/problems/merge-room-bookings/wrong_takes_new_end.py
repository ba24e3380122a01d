"""When merging, sets the block's end to the new booking's end, which shrinks it if that booking was contained."""


def merge_bookings(bookings):
    blocks = []
    for start, end in sorted(bookings):
        if blocks and start <= blocks[-1][1]:
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
    return blocks
