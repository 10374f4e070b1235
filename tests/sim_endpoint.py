"""A simulated SageMaker TGI endpoint on 127.0.0.1 for the benchmarks and the fault tests.

Real botocore talks to it over HTTP, with the binary event-stream framing that
invoke_endpoint_with_response_stream uses, so timeouts, retries and stream parsing are
botocore's own. Modes: ok, throttle, model_error (424), hang, keep_alive, garbage; or
`fail_with` any AWS error.
"""

import binascii
import json
import struct
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KEEP_ALIVE_EVERY = 15.0  # seconds, as TGI's SSE stream
HANG_FOR = 45.0


def _header(name: str, value: str) -> bytes:
    n, v = name.encode(), value.encode()
    return struct.pack("B", len(n)) + n + b"\x07" + struct.pack(">H", len(v)) + v


def event_message(payload: bytes) -> bytes:
    """One PayloadPart event in AWS's event-stream framing (prelude, headers, CRCs)."""
    headers = (
        _header(":event-type", "PayloadPart")
        + _header(":content-type", "application/octet-stream")
        + _header(":message-type", "event")
    )
    prelude = struct.pack(">II", 12 + len(headers) + len(payload) + 4, len(headers))
    message = prelude + struct.pack(">I", binascii.crc32(prelude)) + headers + payload
    return message + struct.pack(">I", binascii.crc32(message))


def sse_event(text: str, index: int, last: bool = False) -> bytes:
    """One TGI generate-stream event as TGI writes it."""
    token = {"id": 1000 + index, "text": text, "logprob": -0.1, "special": last}
    event = {"index": index, "token": token, "generated_text": None, "details": None}
    return b"data:" + json.dumps(event, ensure_ascii=False).encode() + b"\n\n"


class SimEndpoint:
    """The server and its behaviour; `tokens` are the model's output tokens (text pieces)."""

    def __init__(self, tokens: list[str], prefill: float = 0.15, rate: float = 30.0) -> None:
        self.tokens, self.prefill, self.rate = tokens, prefill, rate
        self.mode = "ok"
        self.hits = 0
        self.paths: list[str] = []
        self.error: tuple[int, str, str] | None = None
        self.stop = threading.Event()
        sim = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                sim.hits += 1
                sim.paths.append(self.path)
                sim.handle(self, self.path.endswith("-response-stream"))

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        """Stop the server and release any hanging request."""
        self.stop.set()
        self.server.shutdown()
        self.server.server_close()

    def fail_with(self, status: int, code: str, message: str) -> None:
        """Answer every request with this AWS error, in the wire format botocore parses."""
        self.error = (status, code, message)

    def _error(self, h: BaseHTTPRequestHandler, status: int, kind: str, body: dict) -> None:
        data = json.dumps(body).encode()
        h.send_response(status)
        h.send_header("x-amzn-ErrorType", kind)
        h.send_header("Content-Type", "application/json")
        h.send_header("Content-Length", str(len(data)))
        h.end_headers()
        h.wfile.write(data)

    def _chunk(self, h: BaseHTTPRequestHandler, data: bytes) -> None:
        h.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
        h.wfile.flush()

    def handle(self, h: BaseHTTPRequestHandler, stream: bool) -> None:
        """Answer one invocation according to the current mode."""
        try:
            self._handle(h, stream)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up first: that is the point of a deadline

    def _handle(self, h: BaseHTTPRequestHandler, stream: bool) -> None:
        if self.error is not None:
            status, code, message = self.error
            return self._error(h, status, code, {"message": message})
        if self.mode == "throttle":
            return self._error(h, 400, "ThrottlingException", {"message": "Rate exceeded"})
        if self.mode == "model_error":
            original = {"error": "Request failed during generation", "error_type": "generation"}
            return self._error(
                h,
                424,
                "ModelError",
                {
                    "Message": f"Received client error (424) from primary: {json.dumps(original)}",
                    "OriginalStatusCode": 424,
                    "OriginalMessage": json.dumps(original),
                },
            )
        if self.mode == "hang":
            self.stop.wait(HANG_FOR)
        tokens = (
            self.tokens if self.mode != "garbage" else ["Sure", "! The", " learner", " is right."]
        )
        if not stream:
            time.sleep(self.prefill + len(tokens) / self.rate)
            data = json.dumps([{"generated_text": "".join(tokens)}]).encode()
            h.send_response(200)
            h.send_header("Content-Type", "application/json")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
            return
        h.send_response(200)
        h.send_header("Content-Type", "application/vnd.amazon.eventstream")
        h.send_header("X-Amzn-SageMaker-Content-Type", "text/event-stream")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        if self.mode == "keep_alive":
            while not self.stop.wait(KEEP_ALIVE_EVERY):
                self._chunk(h, event_message(b":\n\n"))
            return
        time.sleep(self.prefill)
        for i, tok in enumerate(tokens, 1):
            self._chunk(h, event_message(sse_event(tok, i)))
            time.sleep(1 / self.rate)
        self._chunk(h, event_message(sse_event("<|eot_id|>", len(tokens) + 1, last=True)))
        self._chunk(h, b"")  # ends the chunked body (an empty chunk)


def llama3_tokens(text: str) -> list[str]:
    """The text as Llama 3 streams it: one piece per real token, whole UTF-8 characters only
    (TGI holds back a token that ends inside a character, as here)."""
    import quicktok

    enc = quicktok.get_encoding("llama3")
    pieces, pending = [], b""
    for token in enc.encode(text):
        pending += enc.decode_single_token_bytes(token)
        try:
            pieces.append(pending.decode("utf-8"))
            pending = b""
        except UnicodeDecodeError:
            continue
    return pieces
