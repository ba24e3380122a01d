"""Returns the smallest side in the building, which need not divide the other sides."""


def largest_tile_side(rooms):
    return min(min(w, l) for w, l in rooms)
