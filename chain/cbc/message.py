"""CBC messages: (value, validator, justification), signed, RLP-encoded and size-bounded.

A message also carries its sequence number (how many messages its validator sent before).
With the rule that a message justifies its validator's previous message and nothing newer,
two messages of one validator with the same sequence number are exactly an equivocation
(neither is in the other's justification), which makes the evidence cheap to check.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import rlp
from coincurve import PrivateKey, PublicKey

from vm.hashing import keccak

MAX_JUSTIFICATION = 256
"""Most justification entries one message may carry (one per validator, two per equivocator)."""
MAX_SEQUENCE = 2**40
MAX_ENCODED_SIZE = 64 + MAX_JUSTIFICATION * 33 + 200
"""Bytes of the largest well-formed encoding; anything bigger is refused before decoding."""


class MessageError(ValueError):
    """A message that must not be accepted; the text says which rule it breaks."""


@dataclass(frozen=True)
class Message:
    """One CBC message. `value` is a block hash; `justification` hashes the latest messages seen."""

    value: bytes
    validator: bytes
    sequence: int
    justification: tuple[bytes, ...]
    signature: bytes

    @cached_property
    def hash(self) -> bytes:  # computed once: a message is immutable
        return payload_hash(self.value, self.validator, self.sequence, self.justification)

    def encode(self) -> bytes:
        return rlp.encode([self.value, self.validator, self.sequence, list(self.justification),
                           self.signature])

    def short(self) -> str:
        return f"{self.validator.hex()[:8]}#{self.sequence}"


def payload_hash(value: bytes, validator: bytes, sequence: int, justification: tuple[bytes, ...]) -> bytes:
    """What the validator signs and what names the message (the signature is not part of it)."""
    return keccak(rlp.encode([value, validator, sequence, list(justification)]))


def address_of(public_key: PublicKey) -> bytes:
    return keccak(public_key.format(compressed=False)[1:])[12:]


def sign_message(key: PrivateKey, value: bytes, sequence: int, justification: tuple[bytes, ...]) -> Message:
    """Build and sign a message; the validator is the key's address."""
    validator = address_of(key.public_key)
    digest = payload_hash(value, validator, sequence, justification)
    signature = key.sign_recoverable(digest, hasher=None)
    return Message(value, validator, sequence, tuple(justification), signature)


def check_form(message: Message) -> None:
    """Field sizes, bounds and the signature: everything checkable without other messages."""
    if len(message.value) != 32:
        raise MessageError(f"value must be a 32-byte block hash, got {len(message.value)} bytes")
    if len(message.validator) != 20:
        raise MessageError(f"validator must be a 20-byte address, got {len(message.validator)} bytes")
    if not 0 <= message.sequence < MAX_SEQUENCE:
        raise MessageError(f"sequence {message.sequence} out of range [0, {MAX_SEQUENCE})")
    if len(message.justification) > MAX_JUSTIFICATION:
        raise MessageError(f"justification has {len(message.justification)} entries, "
                           f"more than the limit {MAX_JUSTIFICATION}")
    if any(len(h) != 32 for h in message.justification):
        raise MessageError("every justification entry must be a 32-byte message hash")
    if len(set(message.justification)) != len(message.justification):
        raise MessageError("justification lists a message twice")
    if len(message.signature) != 65:
        raise MessageError(f"signature must be 65 bytes, got {len(message.signature)}")
    try:
        signer = address_of(PublicKey.from_signature_and_message(message.signature, message.hash,
                                                                 hasher=None))
    except Exception as exc:  # coincurve raises plain Exception/ValueError for malformed signatures
        raise MessageError(f"signature does not recover: {exc}") from None
    if signer != message.validator:
        raise MessageError(f"bad signature: signed by 0x{signer.hex()}, "
                           f"not by the validator 0x{message.validator.hex()}")


def decode_message(data: bytes) -> Message:
    """Parse bytes from the network; oversized or malformed input raises MessageError."""
    if len(data) > MAX_ENCODED_SIZE:
        raise MessageError(f"message is {len(data)} bytes, more than the limit {MAX_ENCODED_SIZE}")
    try:
        fields = rlp.decode(data)
    except rlp.exceptions.DecodingError as exc:
        raise MessageError(f"not RLP: {exc}") from None
    if not isinstance(fields, list) or len(fields) != 5:
        raise MessageError("a message is an RLP list of 5 items")
    value, validator, seq, just, signature = fields
    if not isinstance(just, list) or not all(isinstance(x, bytes) for x in just):
        raise MessageError("justification must be a list of hashes")
    if not all(isinstance(x, bytes) for x in (value, validator, seq, signature)):
        raise MessageError("value, validator, sequence and signature must be byte strings")
    if seq[:1] == b"\x00":
        raise MessageError("sequence has leading zero bytes")
    message = Message(value, validator, int.from_bytes(seq, "big"), tuple(just), signature)
    check_form(message)
    return message
