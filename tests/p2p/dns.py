"""A real DNS server on 127.0.0.1 (dnslib, UDP) answering a seed name with A/AAAA records,
counting the questions it gets: the tests' DNS seed."""

from __future__ import annotations

import socket
import threading

from dnslib import AAAA, QTYPE, RR, A
from dnslib.server import BaseResolver, DNSHandler, DNSLogger, DNSServer


def free_udp_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class SeedResolver(BaseResolver):
    def __init__(self, records: dict[str, list[str]]):
        self.records = {k.rstrip(".").lower(): v for k, v in records.items()}
        self.questions: list[tuple[str, str]] = []
        self.lock = threading.Lock()

    def resolve(self, request, handler):
        reply = request.reply()
        name = str(request.q.qname).rstrip(".").lower()
        qtype = QTYPE[request.q.qtype]
        with self.lock:
            self.questions.append((name, qtype))
        for ip in self.records.get(name, []):
            if qtype == "A" and ":" not in ip:
                reply.add_answer(RR(request.q.qname, QTYPE.A, rdata=A(ip), ttl=60))
            elif qtype == "AAAA" and ":" in ip:
                reply.add_answer(RR(request.q.qname, QTYPE.AAAA, rdata=AAAA(ip), ttl=60))
        return reply

    def count(self, name: str) -> int:
        with self.lock:
            return sum(1 for n, _ in self.questions if n == name.lower())


class SmallUDPHandler(DNSHandler):
    udplen = 512  # classic DNS: bigger UDP answers are truncated, the client retries over TCP


class SeedServer:
    """`with SeedServer({"seed.coinc.test": ["127.0.0.2"]}) as dns:` then `dns.address`.
    With `tcp=True` it also serves TCP on the same port and truncates UDP answers over
    512 bytes, as a classic DNS server does."""

    def __init__(self, records: dict[str, list[str]], tcp: bool = False):
        self.resolver = SeedResolver(records)
        self.port = free_udp_port()
        quiet = DNSLogger("-request,-reply,-truncated,-error,-recv,-send,-data")
        handler = SmallUDPHandler if tcp else DNSHandler
        self.servers = [DNSServer(self.resolver, address="127.0.0.1", port=self.port, logger=quiet,
                                  handler=handler)]
        if tcp:
            self.servers.append(DNSServer(self.resolver, address="127.0.0.1", port=self.port, tcp=True,
                                          logger=quiet))

    @property
    def address(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def __enter__(self) -> SeedServer:
        for server in self.servers:
            server.start_thread()
        return self

    def __exit__(self, *exc) -> None:
        for server in self.servers:
            server.stop()
