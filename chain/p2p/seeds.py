"""Where a node with too few addresses starts: DNS seeds and per-network seed lists.

A DNS seed is a name whose A/AAAA records are nodes of the network (Bitcoin Core's
dnsseeds); the node asks the system resolver, or one DNS server given with
`--dns-server` (asked directly over UDP, which is also how the tests run a real server on
127.0.0.1). Answers are bounded: at most MAX_DNS_ADDRESSES addresses per seed, a timeout
per query, and only A/AAAA records are taken.
"""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from chain.p2p.addrman import parse_address

BUNDLED = Path(__file__).with_name("seeds.toml")
MAX_SEEDS_FILE = 64 * 1024
MAX_DNS_ADDRESSES = 256  # per seed name
DNS_TIMEOUT = 5.0


class SeedError(ValueError):
    """A seed list or DNS seed that cannot be used, with the reason."""


@dataclass(frozen=True)
class Network:
    name: str
    chain_id: int
    port: int
    dns_seeds: list[str] = field(default_factory=list)
    seeds: list[tuple[str, int]] = field(default_factory=list)


def _address(text: object, where: str) -> tuple[str, int]:
    if not isinstance(text, str):
        raise SeedError(f"{where}: a seed must be a \"host:port\" string, not {text!r}")
    try:
        return parse_address(text)
    except ValueError as e:
        raise SeedError(f"{where}: {e}") from None


def load_networks(path: Path | None = None) -> dict[str, Network]:
    """The named networks of a seeds file (the bundled one by default)."""
    path = path or BUNDLED
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise SeedError(f"cannot read the seeds file {path}: {e.strerror or e}") from None
    if len(raw) > MAX_SEEDS_FILE:
        raise SeedError(f"the seeds file {path} is {len(raw)} bytes, over the {MAX_SEEDS_FILE}-byte limit")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise SeedError(f"the seeds file {path} is not valid TOML: {e}") from None
    networks = data.get("networks")
    if not isinstance(networks, dict) or set(data) - {"networks"}:
        raise SeedError(f"{path}: expected only [networks.NAME] tables")
    out = {}
    for name, table in networks.items():
        where = f"{path}: [networks.{name}]"
        if not isinstance(table, dict):
            raise SeedError(f"{where} is not a table")
        unknown = set(table) - {"chain_id", "port", "dns_seeds", "seeds"}
        if unknown:
            raise SeedError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        chain_id, port = table.get("chain_id"), table.get("port", 30303)
        if not isinstance(chain_id, int) or isinstance(chain_id, bool) or not 0 < chain_id < 2**63:
            raise SeedError(f"{where}: chain_id must be a positive integer")
        if not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536:
            raise SeedError(f"{where}: port must be a number from 1 to 65535")
        dns, seeds = table.get("dns_seeds", []), table.get("seeds", [])
        if not isinstance(dns, list) or not all(isinstance(d, str) and d for d in dns) or len(dns) > 64:
            raise SeedError(f"{where}: dns_seeds must be a list of at most 64 names")
        if not isinstance(seeds, list) or len(seeds) > 1024:
            raise SeedError(f"{where}: seeds must be a list of at most 1024 \"host:port\" strings")
        out[name] = Network(name, chain_id, port, list(dns), [_address(s, where) for s in seeds])
    return out


def network_for(chain_id: int, path: Path | None = None) -> Network | None:
    for net in load_networks(path).values():
        if net.chain_id == chain_id:
            return net
    return None


def parse_dns_seed(text: str, default_port: int) -> tuple[str, int]:
    """"name" or "name:port" (the port peers listen on); SeedError with the reason."""
    name, sep, port = text.strip().rpartition(":")
    if not sep:
        name, port = text.strip(), str(default_port)
    if not port.isdigit() or not 0 < int(port) < 65536:
        raise SeedError(f"{text!r}: the port must be a number from 1 to 65535")
    name = name.rstrip(".")
    labels = name.split(".")
    if not name or len(name) > 253 or any(not 0 < len(x) <= 63 for x in labels):
        raise SeedError(f"{text!r} is not a DNS name")
    return name, int(port)


class _Query(asyncio.DatagramProtocol):
    def __init__(self, ids: set[int]):
        self.ids = ids
        self.answers: asyncio.Queue[bytes] = asyncio.Queue(maxsize=16)

    def datagram_received(self, data: bytes, addr) -> None:
        if len(data) >= 2 and int.from_bytes(data[:2], "big") in self.ids and not self.answers.full():
            self.answers.put_nowait(data)


async def _ask_server(name: str, server: tuple[str, int], timeout: float) -> list[str]:
    from dnslib import DNSRecord

    questions = {}
    for qtype in ("A", "AAAA"):
        q = DNSRecord.question(name, qtype)
        q.header.id = int.from_bytes(os.urandom(2), "big")
        questions[q.header.id] = q
    loop = asyncio.get_running_loop()
    family = socket.AF_INET6 if ":" in server[0] else socket.AF_INET
    transport, proto = await loop.create_datagram_endpoint(lambda: _Query(set(questions)),
                                                           remote_addr=server, family=family)
    hosts: list[str] = []
    try:
        for q in questions.values():
            transport.sendto(q.pack())
        pending = set(questions)
        deadline = loop.time() + timeout
        while pending:
            left = deadline - loop.time()
            if left <= 0:
                if len(pending) == len(questions):
                    raise SeedError(f"no answer from the DNS server {server[0]}:{server[1]} in {timeout:g}s")
                break
            try:
                data = await asyncio.wait_for(proto.answers.get(), left)
            except TimeoutError:
                continue
            try:
                reply = DNSRecord.parse(data)
            except Exception as e:  # noqa: BLE001 - any malformed answer is the server's
                raise SeedError(f"malformed answer from the DNS server: {type(e).__name__}") from None
            pending.discard(reply.header.id)
            if reply.header.tc:  # too big for UDP: ask again over TCP, as resolvers do
                reply = await _ask_tcp(questions[reply.header.id], server, max(0.1, deadline - loop.time()))
            hosts.extend(_addresses_in(reply, name))
    finally:
        transport.close()
    return hosts


def _addresses_in(reply, name: str) -> list[str]:
    from dnslib import QTYPE

    return [str(rr.rdata) for rr in reply.rr
            if rr.rtype in (QTYPE.A, QTYPE.AAAA) and str(rr.rname).rstrip(".").lower() == name.lower()]


async def _ask_tcp(question, server: tuple[str, int], timeout: float):
    """One DNS question over TCP (a 2-byte length before each message; at most 64 KiB)."""
    from dnslib import DNSRecord

    try:
        reader, writer = await asyncio.wait_for(asyncio.open_connection(*server), timeout)
    except (OSError, TimeoutError) as e:
        raise SeedError(f"the DNS answer was truncated and TCP to {server[0]}:{server[1]} failed: {e}") from None
    try:
        data = question.pack()
        writer.write(len(data).to_bytes(2, "big") + data)
        size = int.from_bytes(await asyncio.wait_for(reader.readexactly(2), timeout), "big")
        body = await asyncio.wait_for(reader.readexactly(size), timeout)
        reply = DNSRecord.parse(body)
    except (OSError, TimeoutError, asyncio.IncompleteReadError) as e:
        raise SeedError(f"no DNS answer over TCP from {server[0]}:{server[1]}: {type(e).__name__}") from None
    except Exception as e:  # noqa: BLE001 - any malformed answer is the server's
        raise SeedError(f"malformed DNS answer over TCP: {type(e).__name__}") from None
    finally:
        writer.close()
    if reply.header.id != question.header.id:
        raise SeedError("the DNS answer over TCP answers another question")
    return reply


async def resolve(name: str, port: int, server: tuple[str, int] | None = None,
                  timeout: float = DNS_TIMEOUT) -> list[tuple[str, int]]:
    """The addresses a DNS seed names (at most MAX_DNS_ADDRESSES), each with `port`."""
    if server is not None:
        hosts = await _ask_server(name, server, timeout)
    else:
        loop = asyncio.get_running_loop()
        try:
            infos = await asyncio.wait_for(loop.getaddrinfo(name, port, type=socket.SOCK_STREAM), timeout)
        except TimeoutError:
            raise SeedError(f"no answer for {name} in {timeout:g}s") from None
        except OSError as e:
            raise SeedError(f"cannot resolve {name}: {e.strerror or e}") from None
        hosts = [str(info[4][0]) for info in infos]
    out: list[tuple[str, int]] = []
    for host in hosts:
        try:
            ip = str(ipaddress.ip_address(host))
        except ValueError:
            continue
        if (ip, port) not in out:
            out.append((ip, port))
        if len(out) >= MAX_DNS_ADDRESSES:
            break
    return out
