# Prints without end.
def first_repeated(scans):
    while True:
        print("x" * 10_000)
