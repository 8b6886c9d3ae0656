"""The code container: what a deployment transaction carries and what an account stores.

Layout (all sizes big-endian)::

    magic  0xC0 0x1E          2 bytes
    version                   1 byte   (1)
    runtime size              4 bytes
    init size                 4 bytes
    data size                 4 bytes
    runtime code | init code | data

A deployment's data is the container followed by the ABI-encoded constructor arguments,
which become the calldata of the init code. When the init code stops successfully the
account stores the container with its init section removed (init size 0), so
`eth_getCode` returns the runtime code and the data section it reads. Each code section
is addressed from 0: jump targets and CALLF targets are offsets within their section.
"""

from __future__ import annotations

from dataclasses import dataclass

MAGIC = b"\xc0\x1e"
VERSION = 1
HEADER_SIZE = 15


class ContainerError(ValueError):
    """The bytes are not a well-formed Coin code container."""


@dataclass(frozen=True, slots=True)
class Container:
    runtime: bytes
    init: bytes
    data: bytes

    def encode(self) -> bytes:
        return (
            MAGIC
            + bytes([VERSION])
            + len(self.runtime).to_bytes(4, "big")
            + len(self.init).to_bytes(4, "big")
            + len(self.data).to_bytes(4, "big")
            + self.runtime
            + self.init
            + self.data
        )

    def deployed(self) -> Container:
        """The container as stored on chain: without its init section."""
        return Container(self.runtime, b"", self.data)

    @property
    def size(self) -> int:
        return HEADER_SIZE + len(self.runtime) + len(self.init) + len(self.data)


def decode(blob: bytes, *, allow_trailing: bool = False) -> tuple[Container, bytes]:
    """Split `blob` into a container and whatever follows it (constructor arguments)."""
    if len(blob) < HEADER_SIZE:
        raise ContainerError(f"code is {len(blob)} bytes, shorter than the {HEADER_SIZE}-byte header")
    if blob[:2] != MAGIC:
        raise ContainerError(f"code does not start with the Coin magic 0xc01e (got 0x{blob[:2].hex()})")
    if blob[2] != VERSION:
        raise ContainerError(f"unsupported container version {blob[2]} (expected {VERSION})")
    runtime_size = int.from_bytes(blob[3:7], "big")
    init_size = int.from_bytes(blob[7:11], "big")
    data_size = int.from_bytes(blob[11:15], "big")
    end = HEADER_SIZE + runtime_size + init_size + data_size
    if end > len(blob):
        raise ContainerError(
            f"container declares {end} bytes of sections but only {len(blob)} bytes were given"
        )
    if end < len(blob) and not allow_trailing:
        raise ContainerError(f"{len(blob) - end} unexpected bytes after the container")
    p = HEADER_SIZE
    runtime = bytes(blob[p : p + runtime_size])
    p += runtime_size
    init = bytes(blob[p : p + init_size])
    p += init_size
    data = bytes(blob[p : p + data_size])
    return Container(runtime, init, data), bytes(blob[end:])
