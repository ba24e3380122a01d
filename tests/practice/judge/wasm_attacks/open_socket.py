# Opens a connection to the host's loopback.
import socket


def first_repeated(scans):
    sock = socket.create_connection(("127.0.0.1", 22), timeout=1)
    sock.sendall(b"hello")
    return -1
