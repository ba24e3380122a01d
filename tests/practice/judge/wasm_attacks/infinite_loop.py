# Never returns.
def first_repeated(scans):
    while True:
        pass
