# Writes outside any sandbox folder: there is no writable folder at all.
def first_repeated(scans):
    with open("/tmp/pwned-by-judge", "w") as handle:
        handle.write("x")
    return -1
