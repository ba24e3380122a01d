# Allocates 100 MB blocks until something stops it: the guest's 512 MB cap.
def first_repeated(scans):
    held = []
    while True:
        held.append(bytearray(100 << 20))
