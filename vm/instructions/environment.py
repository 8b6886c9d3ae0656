"""What a contract can learn about its call, its block and other accounts."""

from __future__ import annotations

from vm.errors import ReturnDataOutOfBounds
from vm.gas import G_COLD_ACCOUNT_ACCESS, G_WARM_ACCESS
from vm.machine import Frame, charge, copy_cost, to_address, touch


def _access_account(f: Frame, address: bytes) -> None:
    """EIP-2929: 100 for a warm account, 2600 for a cold one (which becomes warm)."""
    charge(f, G_WARM_ACCESS if f.host.access_account(address) else G_COLD_ACCOUNT_ACCESS)


def address(f: Frame, s: list[int], _: object) -> None:
    s.append(int.from_bytes(f.address, "big"))


def balance(f: Frame, s: list[int], _: object) -> None:
    a = to_address(s[-1])
    _access_account(f, a)
    s[-1] = f.host.get_balance(a)


def origin(f: Frame, s: list[int], _: object) -> None:
    s.append(int.from_bytes(f.vm.tx.origin, "big"))


def caller(f: Frame, s: list[int], _: object) -> None:
    s.append(int.from_bytes(f.caller, "big"))


def callvalue(f: Frame, s: list[int], _: object) -> None:
    s.append(f.value)


def calldataload(f: Frame, s: list[int], _: object) -> None:
    off = s[-1]
    word = f.calldata[off : off + 32]
    s[-1] = int.from_bytes(word.ljust(32, b"\0"), "big") if word else 0


def calldatasize(f: Frame, s: list[int], _: object) -> None:
    s.append(len(f.calldata))


def _copy_to_memory(f: Frame, s: list[int], source: bytes) -> None:
    size = s.pop()
    offset = s.pop()
    dest = s.pop()
    copy_cost(f, size)
    touch(f, dest, size)
    if size:
        f.memory[dest : dest + size] = source[offset : offset + size].ljust(size, b"\0")


def calldatacopy(f: Frame, s: list[int], _: object) -> None:
    _copy_to_memory(f, s, f.calldata)


def datacopy(f: Frame, s: list[int], _: object) -> None:
    _copy_to_memory(f, s, f.data)


def gasprice(f: Frame, s: list[int], _: object) -> None:
    s.append(f.vm.tx.gas_price)


def extcodesize(f: Frame, s: list[int], _: object) -> None:
    a = to_address(s[-1])
    _access_account(f, a)
    s[-1] = len(f.host.get_code(a))


def returndatasize(f: Frame, s: list[int], _: object) -> None:
    s.append(len(f.returndata))


def returndatacopy(f: Frame, s: list[int], _: object) -> None:
    size, offset = s[-1], s[-2]
    if offset + size > len(f.returndata):
        raise ReturnDataOutOfBounds(
            f"reading {size} bytes at {offset} of {len(f.returndata)} bytes of return data"
        )
    _copy_to_memory(f, s, f.returndata)


def coinbase(f: Frame, s: list[int], _: object) -> None:
    s.append(int.from_bytes(f.vm.block.coinbase, "big"))


def timestamp(f: Frame, s: list[int], _: object) -> None:
    s.append(f.vm.block.timestamp)


def number(f: Frame, s: list[int], _: object) -> None:
    s.append(f.vm.block.number)


def gaslimit(f: Frame, s: list[int], _: object) -> None:
    s.append(f.vm.block.gas_limit)


def chainid(f: Frame, s: list[int], _: object) -> None:
    s.append(f.vm.block.chain_id)


def selfbalance(f: Frame, s: list[int], _: object) -> None:
    s.append(f.host.get_balance(f.address))


def basefee(f: Frame, s: list[int], _: object) -> None:
    s.append(f.vm.block.base_fee)


HANDLERS = {
    "ADDRESS": address, "BALANCE": balance, "ORIGIN": origin, "CALLER": caller,
    "CALLVALUE": callvalue, "CALLDATALOAD": calldataload, "CALLDATASIZE": calldatasize,
    "CALLDATACOPY": calldatacopy, "GASPRICE": gasprice, "EXTCODESIZE": extcodesize,
    "RETURNDATASIZE": returndatasize, "RETURNDATACOPY": returndatacopy,
    "COINBASE": coinbase, "TIMESTAMP": timestamp, "NUMBER": number, "GASLIMIT": gaslimit,
    "CHAINID": chainid, "SELFBALANCE": selfbalance, "BASEFEE": basefee,
    "DATACOPY": datacopy,
}
