"""DNS seeds against a real DNS server on 127.0.0.1 (dnslib), and the seeds file."""

from __future__ import annotations

import asyncio

import pytest

from chain.p2p.seeds import MAX_DNS_ADDRESSES, SeedError, load_networks, parse_dns_seed, resolve
from tests.p2p.dns import SeedServer

MANY = [f"10.{i // 250}.0.{1 + i % 250}" for i in range(MAX_DNS_ADDRESSES + 44)]


@pytest.mark.parametrize("tcp", [False, True], ids=["udp", "truncated-then-tcp"])
def test_a_seed_answer_is_capped(tcp):
    with SeedServer({"seed.coinc.test": MANY + ["2001:db8::1"]}, tcp=tcp) as dns:
        found = asyncio.run(resolve("seed.coinc.test", 4000, dns.address))
    assert len(found) == MAX_DNS_ADDRESSES
    assert all(port == 4000 for _, port in found) and len(set(found)) == len(found)


def test_unknown_names_and_silent_servers():
    with SeedServer({"seed.coinc.test": ["10.0.0.1"]}) as dns:
        assert asyncio.run(resolve("other.coinc.test", 1, dns.address)) == []
        port = dns.port
    with pytest.raises(SeedError, match="no answer"):
        asyncio.run(resolve("seed.coinc.test", 1, ("127.0.0.1", port), timeout=0.5))


def test_dns_seed_names():
    assert parse_dns_seed("seed.example", 30303) == ("seed.example", 30303)
    assert parse_dns_seed("seed.example.:4000", 1) == ("seed.example", 4000)
    for bad in ("", "a..b", "x" * 64 + ".example", "seed.example:0", "seed.example:http"):
        with pytest.raises(SeedError):
            parse_dns_seed(bad, 30303)


def test_the_bundled_seeds_file_and_bad_ones(tmp_path):
    nets = load_networks()
    assert nets["dev"].chain_id == 31337 and nets["dev"].seeds == []
    cases = {
        "[networks.x]\nchain_id = 0\n": "chain_id",
        "[networks.x]\nchain_id = 1\nport = 70000\n": "port",
        "[networks.x]\nchain_id = 1\nseeds = [\"nohost\"]\n": "not host:port",
        "[networks.x]\nchain_id = 1\nextra = 1\n": "unknown key",
        "[other]\n": "only [networks.NAME]",
        "x = [": "not valid TOML",
    }
    for text, needle in cases.items():
        path = tmp_path / "seeds.toml"
        path.write_text(text)
        with pytest.raises(SeedError, match=needle.replace("[", r"\[").replace("]", r"\]")):
            load_networks(path)
    path.write_bytes(b"#" * (70 * 1024))
    with pytest.raises(SeedError, match="limit"):
        load_networks(path)
