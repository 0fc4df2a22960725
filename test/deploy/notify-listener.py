# A NOTIFY_SOCKET for tests: binds a unix datagram socket at argv[1] and prints each datagram
# it receives as one JSON string per line, as systemd's notify socket would receive them.
import json
import socket
import sys

sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
sock.bind(sys.argv[1])
print("listening", flush=True)
while True:
    print(json.dumps(sock.recv(4096).decode("utf-8", "replace")), flush=True)
