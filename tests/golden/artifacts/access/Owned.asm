; contract Owned
; ---- runtime section (226 bytes)
    ; access.coin:3: contract Owned {
  00000  ENTER 2
  00002  PUSH 64
  00004  MALLOC
  00005  POP
  00006  PUSH @fallback_1
  00009  CALLDATASIZE
  0000a  PUSH 4
  0000c  LT
  0000d  JUMPI
  0000e  PUSH0
  0000f  CALLDATALOAD
  00010  PUSH 224
  00012  SHR
  00013  PUSH @ext_get_owner_2
  00016  DUP2
  00017  PUSH 0xac298dc
  0001c  EQ
  0001d  JUMPI
  0001e  PUSH @ext_transfer_ownership_3
  00021  DUP2
  00022  PUSH 0xf0350c04
  00027  EQ
  00028  JUMPI
  00029  PUSH0
  0002a  PUSH0
  0002b  REVERT
fallback_1:
  0002c  JUMPDEST
  0002d  PUSH0
  0002e  PUSH0
  0002f  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  00030  JUMPDEST
  00031  POP
  00032  PUSH @novalue_4
  00035  CALLVALUE
  00036  ISZERO
  00037  JUMPI
  00038  PUSH0
  00039  PUSH0
  0003a  REVERT
novalue_4:
  0003b  JUMPDEST
  0003c  CALLF @fn_Owned_get_owner
  0003f  LSET 0
  00041  PUSH 32
  00043  MALLOC
  00044  LSET 1
  00046  LGET 1
  00048  LGET 0
  0004a  MSTORE
  0004b  LGET 1
  0004d  PUSH 32
  0004f  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00050  JUMPDEST
  00051  POP
  00052  PUSH @novalue_5
  00055  CALLVALUE
  00056  ISZERO
  00057  JUMPI
  00058  PUSH0
  00059  PUSH0
  0005a  REVERT
novalue_5:
  0005b  JUMPDEST
  0005c  PUSH @bad_input_6
  0005f  CALLDATASIZE
  00060  PUSH 36
  00062  LT
  00063  JUMPI
  00064  PUSH 4
  00066  CALLDATALOAD
  00067  PUSH @bad_input_6
  0006a  DUP2
  0006b  PUSH 160
  0006d  SHR
  0006e  JUMPI
  0006f  CALLF @fn_Owned_transfer_ownership
  00072  STOP
bad_input_6:
    ; access.coin:3: contract Owned {
  00073  JUMPDEST
  00074  PUSH0
  00075  PUSH0
  00076  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  00077  ENTER 0
    ; access.coin:14: return self.owner
  00079  PUSH 0
  0007a  SLOAD
  0007b  RETF
  0007c  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  0007d  ENTER 2
  0007f  LSET 0
    ; access.coin:18: self.only_owner()
  00081  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00084  PUSH @req_ok_7
  00087  LGET 0
  00089  PUSH 0
  0008a  EQ
  0008b  ISZERO
  0008c  JUMPI
  0008d  PUSH 100
  0008f  MALLOC
  00090  DUP1
  00091  PUSH 0
  00092  PUSH 100
  00094  DATACOPY
  00095  PUSH 100
  00097  REVERT
req_ok_7:
  00098  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00099  PUSH 0
  0009a  SLOAD
  0009b  LSET 1
  0009d  PUSH0
  0009e  PUSH0
  0009f  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  000c0  LGET 1
  000c2  LGET 0
  000c4  LOG3
    ; access.coin:21: self.owner = next
  000c5  PUSH 0
  000c6  LGET 0
  000c8  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  000c9  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  000ca  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  000cc  PUSH @req_ok_8
  000cf  CALLER
  000d0  PUSH 0
  000d1  SLOAD
  000d2  EQ
  000d3  JUMPI
  000d4  PUSH 100
  000d6  MALLOC
  000d7  DUP1
  000d8  PUSH 100
  000da  PUSH 100
  000dc  DATACOPY
  000dd  PUSH 100
  000df  REVERT
req_ok_8:
  000e0  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  000e1  RETF
; ---- init section (72 bytes)
    ; access.coin:3: contract Owned {
  00000  ENTER 0
  00002  PUSH 64
  00004  MALLOC
  00005  POP
  00006  PUSH @novalue_1
  00009  CALLVALUE
  0000a  ISZERO
  0000b  JUMPI
  0000c  PUSH0
  0000d  PUSH0
  0000e  REVERT
novalue_1:
  0000f  JUMPDEST
    ; access.coin:8: init() {
  00010  CALLF @fn_Owned_init
  00013  STOP
fn_Owned_init:
  00014  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  00016  PUSH 0
  00017  CALLER
  00018  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  00019  PUSH 0
  0001a  LSET 0
  0001c  CALLER
  0001d  LSET 1
  0001f  PUSH0
  00020  PUSH0
  00021  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00042  LGET 0
  00044  LGET 1
  00046  LOG3
    ; access.coin:8: init() {
  00047  RETF
; ---- data section (200 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000206f776e65722063616e6e6f7420626520746865207a65726f20616464
  00060  7265737308c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  000000000000001763616c6c6572206973206e6f7420746865206f776e657200
  000c0  0000000000000000
