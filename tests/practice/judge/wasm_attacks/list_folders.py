# Lists the one folder the guest is given (the stdlib's): listing is refused.
import os


def first_repeated(scans):
    return os.listdir("/usr/local/lib")
