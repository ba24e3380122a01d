# Starts a thread that would outlive the case.
import threading


def first_repeated(scans):
    threading.Thread(target=lambda: None).start()
    return -1
