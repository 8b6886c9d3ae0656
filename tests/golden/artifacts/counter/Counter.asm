; contract Counter
; ---- runtime section (337 bytes)
    ; counter.coin:2: contract Counter {
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
  00013  PUSH @ext_bump_2
  00016  DUP2
  00017  PUSH 0xb20eb4c4
  0001c  EQ
  0001d  JUMPI
  0001e  PUSH @ext_get_3
  00021  DUP2
  00022  PUSH 0x6d4ce63c
  00027  EQ
  00028  JUMPI
  00029  PUSH @ext_of_4
  0002c  DUP2
  0002d  PUSH 0xace0bf56
  00032  EQ
  00033  JUMPI
  00034  PUSH0
  00035  PUSH0
  00036  REVERT
fallback_1:
  00037  JUMPDEST
  00038  PUSH0
  00039  PUSH0
  0003a  REVERT
ext_bump_2:
    ; counter.coin:14: pub fn bump(by: uint) -> uint {
  0003b  JUMPDEST
  0003c  POP
  0003d  PUSH @novalue_5
  00040  CALLVALUE
  00041  ISZERO
  00042  JUMPI
  00043  PUSH0
  00044  PUSH0
  00045  REVERT
novalue_5:
  00046  JUMPDEST
  00047  PUSH @bad_input_6
  0004a  CALLDATASIZE
  0004b  PUSH 36
  0004d  LT
  0004e  JUMPI
  0004f  PUSH 4
  00051  CALLDATALOAD
  00052  CALLF @fn_Counter_bump
  00055  LSET 0
  00057  PUSH 32
  00059  MALLOC
  0005a  LSET 1
  0005c  LGET 1
  0005e  LGET 0
  00060  MSTORE
  00061  LGET 1
  00063  PUSH 32
  00065  RETURN
ext_get_3:
    ; counter.coin:22: pub view fn get() -> uint {
  00066  JUMPDEST
  00067  POP
  00068  PUSH @novalue_7
  0006b  CALLVALUE
  0006c  ISZERO
  0006d  JUMPI
  0006e  PUSH0
  0006f  PUSH0
  00070  REVERT
novalue_7:
  00071  JUMPDEST
  00072  CALLF @fn_Counter_get
  00075  LSET 0
  00077  PUSH 32
  00079  MALLOC
  0007a  LSET 1
  0007c  LGET 1
  0007e  LGET 0
  00080  MSTORE
  00081  LGET 1
  00083  PUSH 32
  00085  RETURN
ext_of_4:
    ; counter.coin:26: pub view fn of(who: address) -> uint {
  00086  JUMPDEST
  00087  POP
  00088  PUSH @novalue_8
  0008b  CALLVALUE
  0008c  ISZERO
  0008d  JUMPI
  0008e  PUSH0
  0008f  PUSH0
  00090  REVERT
novalue_8:
  00091  JUMPDEST
  00092  PUSH @bad_input_6
  00095  CALLDATASIZE
  00096  PUSH 36
  00098  LT
  00099  JUMPI
  0009a  PUSH 4
  0009c  CALLDATALOAD
  0009d  PUSH @bad_input_6
  000a0  DUP2
  000a1  PUSH 160
  000a3  SHR
  000a4  JUMPI
  000a5  CALLF @fn_Counter_of
  000a8  LSET 0
  000aa  PUSH 32
  000ac  MALLOC
  000ad  LSET 1
  000af  LGET 1
  000b1  LGET 0
  000b3  MSTORE
  000b4  LGET 1
  000b6  PUSH 32
  000b8  RETURN
bad_input_6:
    ; counter.coin:2: contract Counter {
  000b9  JUMPDEST
  000ba  PUSH0
  000bb  PUSH0
  000bc  REVERT
fn_Counter_bump:
    ; counter.coin:14: pub fn bump(by: uint) -> uint {
  000bd  ENTER 4
  000bf  LSET 0
    ; counter.coin:15: require(by > 0, "by must be positive")
  000c1  PUSH @req_ok_9
  000c4  LGET 0
  000c6  PUSH 0
  000c7  GT
  000c8  JUMPI
  000c9  PUSH 100
  000cb  MALLOC
  000cc  DUP1
  000cd  PUSH 0
  000ce  PUSH 100
  000d0  DATACOPY
  000d1  PUSH 100
  000d3  REVERT
req_ok_9:
  000d4  JUMPDEST
    ; counter.coin:16: self.count += by
  000d5  PUSH 1
  000d7  DUP1
  000d8  SLOAD
  000d9  LGET 0
  000db  CADD
  000dc  SSTORE
    ; counter.coin:17: self.per_user[msg.sender] += by
  000dd  PUSH0
  000de  CALLER
  000df  MSTORE
  000e0  PUSH 32
  000e2  PUSH 2
  000e4  MSTORE
  000e5  PUSH0
  000e6  PUSH 64
  000e8  KECCAK256
  000e9  DUP1
  000ea  SLOAD
  000eb  LGET 0
  000ed  CADD
  000ee  SSTORE
    ; counter.coin:18: emit Bumped(msg.sender, by, self.count)
  000ef  CALLER
  000f0  LSET 1
  000f2  PUSH 1
  000f4  SLOAD
  000f5  LSET 2
  000f7  PUSH 64
  000f9  MALLOC
  000fa  LSET 3
  000fc  LGET 3
  000fe  LGET 0
  00100  MSTORE
  00101  LGET 3
  00103  PUSH 32
  00105  ADD
  00106  LGET 2
  00108  MSTORE
  00109  LGET 3
  0010b  PUSH 64
  0010d  PUSH 0x3fdc9480e909218b51f93b000cd2dd750d4bdfa8c1a930dc6ba52568dd8adfc8
  0012e  LGET 1
  00130  LOG2
    ; counter.coin:19: return self.count
  00131  PUSH 1
  00133  SLOAD
  00134  RETF
  00135  INVALID
fn_Counter_get:
    ; counter.coin:22: pub view fn get() -> uint {
  00136  ENTER 0
    ; counter.coin:23: return self.count
  00138  PUSH 1
  0013a  SLOAD
  0013b  RETF
  0013c  INVALID
fn_Counter_of:
    ; counter.coin:26: pub view fn of(who: address) -> uint {
  0013d  ENTER 1
  0013f  LSET 0
    ; counter.coin:27: return self.per_user[who]
  00141  PUSH0
  00142  LGET 0
  00144  MSTORE
  00145  PUSH 32
  00147  PUSH 2
  00149  MSTORE
  0014a  PUSH0
  0014b  PUSH 64
  0014d  KECCAK256
  0014e  SLOAD
  0014f  RETF
  00150  INVALID
; ---- init section (47 bytes)
    ; counter.coin:2: contract Counter {
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
    ; counter.coin:9: init(start: uint) {
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 32
  00016  LT
  00017  JUMPI
  00018  PUSH 0
  00019  CALLDATALOAD
  0001a  CALLF @fn_Counter_init
  0001d  STOP
bad_input_2:
    ; counter.coin:2: contract Counter {
  0001e  JUMPDEST
  0001f  PUSH0
  00020  PUSH0
  00021  REVERT
fn_Counter_init:
    ; counter.coin:9: init(start: uint) {
  00022  ENTER 1
  00024  LSET 0
    ; counter.coin:10: self.owner = msg.sender
  00026  PUSH 0
  00027  CALLER
  00028  SSTORE
    ; counter.coin:11: self.count = start
  00029  PUSH 1
  0002b  LGET 0
  0002d  SSTORE
    ; counter.coin:9: init(start: uint) {
  0002e  RETF
; ---- data section (100 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000136279206d75737420626520706f736974697665000000000000000000
  00060  00000000
