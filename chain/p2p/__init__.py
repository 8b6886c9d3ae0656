"""Peer-to-peer networking: several nodes form one chain (see docs/network.md)."""

from chain.p2p.addrman import parse_address
from chain.p2p.messages import PROTOCOL_VERSION, ProtocolError
from chain.p2p.network import P2P, P2PConfig

__all__ = ["P2P", "P2PConfig", "PROTOCOL_VERSION", "ProtocolError", "parse_address"]
