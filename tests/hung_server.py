"""A model endpoint that hangs: a TCP server on 127.0.0.1 that accepts every connection,
reads the HTTP request and never answers (moto cannot hang). Set `answer` to the body of a
200 JSON response and new requests get it: the endpoint answers again."""

import socket
import threading


class HungServer:
    """Accepts, reads, and keeps the connection open without a byte back (unless `answer`)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.requests: list[tuple[str, bytes]] = []  # (request line, body)
        self.answer: bytes | None = None
        self._held: list[socket.socket] = []
        self._closed = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def calls(self, path_part: str = "") -> list[bytes]:
        """Bodies of the requests received so far whose path contains `path_part`."""
        return [body for line, body in self.requests if path_part in line.split(" ")[1]]

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self._held.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        data = b""
        try:
            while True:  # one request after another on a kept-alive connection
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    data += chunk
                head, data = data.split(b"\r\n\r\n", 1)
                lines = head.decode("latin-1").split("\r\n")
                length = next(
                    (int(h.split(":")[1]) for h in lines if h.lower().startswith("content-length")),
                    0,
                )
                while len(data) < length:
                    data += conn.recv(65536)
                self.requests.append((lines[0], data[:length]))
                data = data[length:]
                if self.answer is None:
                    return  # hold the connection open and say nothing
                conn.sendall(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    + f"Content-Length: {len(self.answer)}\r\n\r\n".encode()
                    + self.answer
                )
        except OSError:
            return

    def close(self) -> None:
        """Stop accepting and drop every held connection (shut down first: that wakes the
        threads blocked on them, so none outlives the server and reads a reused descriptor)."""
        self._closed.set()
        for sock in [self.sock, *self._held]:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()
