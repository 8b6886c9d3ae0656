; contract PriceOracle
; ---- runtime section (982 bytes)
    ; oracle.coin:20: contract PriceOracle is Owned {
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
  00029  PUSH @ext_set_reporter_4
  0002c  DUP2
  0002d  PUSH 0x516fdb15
  00032  EQ
  00033  JUMPI
  00034  PUSH @ext_set_max_age_5
  00037  DUP2
  00038  PUSH 0x79df18b8
  0003d  EQ
  0003e  JUMPI
  0003f  PUSH @ext_post_6
  00042  DUP2
  00043  PUSH 0xcaa5863c
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_price_7
  0004d  DUP2
  0004e  PUSH 0xa035b1fe
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_updated_at_8
  00058  DUP2
  00059  PUSH 0x67b55154
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_peek_9
  00063  DUP2
  00064  PUSH 0x59e02dd7
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_is_reporter_10
  0006e  DUP2
  0006f  PUSH 0x448d60c7
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_get_max_age_11
  00079  DUP2
  0007a  PUSH 0x167ee070
  0007f  EQ
  00080  JUMPI
  00081  PUSH0
  00082  PUSH0
  00083  REVERT
fallback_1:
  00084  JUMPDEST
  00085  PUSH0
  00086  PUSH0
  00087  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  00088  JUMPDEST
  00089  POP
  0008a  PUSH @novalue_12
  0008d  CALLVALUE
  0008e  ISZERO
  0008f  JUMPI
  00090  PUSH0
  00091  PUSH0
  00092  REVERT
novalue_12:
  00093  JUMPDEST
  00094  CALLF @fn_Owned_get_owner
  00097  LSET 0
  00099  PUSH 32
  0009b  MALLOC
  0009c  LSET 1
  0009e  LGET 1
  000a0  LGET 0
  000a2  MSTORE
  000a3  LGET 1
  000a5  PUSH 32
  000a7  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  000a8  JUMPDEST
  000a9  POP
  000aa  PUSH @novalue_13
  000ad  CALLVALUE
  000ae  ISZERO
  000af  JUMPI
  000b0  PUSH0
  000b1  PUSH0
  000b2  REVERT
novalue_13:
  000b3  JUMPDEST
  000b4  PUSH @bad_input_14
  000b7  CALLDATASIZE
  000b8  PUSH 36
  000ba  LT
  000bb  JUMPI
  000bc  PUSH 4
  000be  CALLDATALOAD
  000bf  PUSH @bad_input_14
  000c2  DUP2
  000c3  PUSH 160
  000c5  SHR
  000c6  JUMPI
  000c7  CALLF @fn_Owned_transfer_ownership
  000ca  STOP
ext_set_reporter_4:
    ; oracle.coin:46: pub fn set_reporter(reporter: address, allowed: bool) {
  000cb  JUMPDEST
  000cc  POP
  000cd  PUSH @novalue_15
  000d0  CALLVALUE
  000d1  ISZERO
  000d2  JUMPI
  000d3  PUSH0
  000d4  PUSH0
  000d5  REVERT
novalue_15:
  000d6  JUMPDEST
  000d7  PUSH @bad_input_14
  000da  CALLDATASIZE
  000db  PUSH 68
  000dd  LT
  000de  JUMPI
  000df  PUSH 4
  000e1  CALLDATALOAD
  000e2  PUSH @bad_input_14
  000e5  DUP2
  000e6  PUSH 160
  000e8  SHR
  000e9  JUMPI
  000ea  PUSH 36
  000ec  CALLDATALOAD
  000ed  PUSH @bad_input_14
  000f0  DUP2
  000f1  PUSH 1
  000f3  GT
  000f4  JUMPI
  000f5  CALLF @fn_PriceOracle_set_reporter
  000f8  STOP
ext_set_max_age_5:
    ; oracle.coin:52: pub fn set_max_age(max_age: uint) {
  000f9  JUMPDEST
  000fa  POP
  000fb  PUSH @novalue_16
  000fe  CALLVALUE
  000ff  ISZERO
  00100  JUMPI
  00101  PUSH0
  00102  PUSH0
  00103  REVERT
novalue_16:
  00104  JUMPDEST
  00105  PUSH @bad_input_14
  00108  CALLDATASIZE
  00109  PUSH 36
  0010b  LT
  0010c  JUMPI
  0010d  PUSH 4
  0010f  CALLDATALOAD
  00110  CALLF @fn_PriceOracle_set_max_age
  00113  STOP
ext_post_6:
    ; oracle.coin:59: pub fn post(price: uint) {
  00114  JUMPDEST
  00115  POP
  00116  PUSH @novalue_17
  00119  CALLVALUE
  0011a  ISZERO
  0011b  JUMPI
  0011c  PUSH0
  0011d  PUSH0
  0011e  REVERT
novalue_17:
  0011f  JUMPDEST
  00120  PUSH @bad_input_14
  00123  CALLDATASIZE
  00124  PUSH 36
  00126  LT
  00127  JUMPI
  00128  PUSH 4
  0012a  CALLDATALOAD
  0012b  CALLF @fn_PriceOracle_post
  0012e  STOP
ext_price_7:
    ; oracle.coin:68: pub view fn price() -> uint {
  0012f  JUMPDEST
  00130  POP
  00131  PUSH @novalue_18
  00134  CALLVALUE
  00135  ISZERO
  00136  JUMPI
  00137  PUSH0
  00138  PUSH0
  00139  REVERT
novalue_18:
  0013a  JUMPDEST
  0013b  CALLF @fn_PriceOracle_price
  0013e  LSET 0
  00140  PUSH 32
  00142  MALLOC
  00143  LSET 1
  00145  LGET 1
  00147  LGET 0
  00149  MSTORE
  0014a  LGET 1
  0014c  PUSH 32
  0014e  RETURN
ext_updated_at_8:
    ; oracle.coin:74: pub view fn updated_at() -> uint {
  0014f  JUMPDEST
  00150  POP
  00151  PUSH @novalue_19
  00154  CALLVALUE
  00155  ISZERO
  00156  JUMPI
  00157  PUSH0
  00158  PUSH0
  00159  REVERT
novalue_19:
  0015a  JUMPDEST
  0015b  CALLF @fn_PriceOracle_updated_at
  0015e  LSET 0
  00160  PUSH 32
  00162  MALLOC
  00163  LSET 1
  00165  LGET 1
  00167  LGET 0
  00169  MSTORE
  0016a  LGET 1
  0016c  PUSH 32
  0016e  RETURN
ext_peek_9:
    ; oracle.coin:79: pub view fn peek() -> uint {
  0016f  JUMPDEST
  00170  POP
  00171  PUSH @novalue_20
  00174  CALLVALUE
  00175  ISZERO
  00176  JUMPI
  00177  PUSH0
  00178  PUSH0
  00179  REVERT
novalue_20:
  0017a  JUMPDEST
  0017b  CALLF @fn_PriceOracle_peek
  0017e  LSET 0
  00180  PUSH 32
  00182  MALLOC
  00183  LSET 1
  00185  LGET 1
  00187  LGET 0
  00189  MSTORE
  0018a  LGET 1
  0018c  PUSH 32
  0018e  RETURN
ext_is_reporter_10:
    ; oracle.coin:83: pub view fn is_reporter(who: address) -> bool {
  0018f  JUMPDEST
  00190  POP
  00191  PUSH @novalue_21
  00194  CALLVALUE
  00195  ISZERO
  00196  JUMPI
  00197  PUSH0
  00198  PUSH0
  00199  REVERT
novalue_21:
  0019a  JUMPDEST
  0019b  PUSH @bad_input_14
  0019e  CALLDATASIZE
  0019f  PUSH 36
  001a1  LT
  001a2  JUMPI
  001a3  PUSH 4
  001a5  CALLDATALOAD
  001a6  PUSH @bad_input_14
  001a9  DUP2
  001aa  PUSH 160
  001ac  SHR
  001ad  JUMPI
  001ae  CALLF @fn_PriceOracle_is_reporter
  001b1  LSET 0
  001b3  PUSH 32
  001b5  MALLOC
  001b6  LSET 1
  001b8  LGET 1
  001ba  LGET 0
  001bc  MSTORE
  001bd  LGET 1
  001bf  PUSH 32
  001c1  RETURN
ext_get_max_age_11:
    ; oracle.coin:87: pub view fn get_max_age() -> uint {
  001c2  JUMPDEST
  001c3  POP
  001c4  PUSH @novalue_22
  001c7  CALLVALUE
  001c8  ISZERO
  001c9  JUMPI
  001ca  PUSH0
  001cb  PUSH0
  001cc  REVERT
novalue_22:
  001cd  JUMPDEST
  001ce  CALLF @fn_PriceOracle_get_max_age
  001d1  LSET 0
  001d3  PUSH 32
  001d5  MALLOC
  001d6  LSET 1
  001d8  LGET 1
  001da  LGET 0
  001dc  MSTORE
  001dd  LGET 1
  001df  PUSH 32
  001e1  RETURN
bad_input_14:
    ; oracle.coin:20: contract PriceOracle is Owned {
  001e2  JUMPDEST
  001e3  PUSH0
  001e4  PUSH0
  001e5  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  001e6  ENTER 0
    ; access.coin:14: return self.owner
  001e8  PUSH 0
  001e9  SLOAD
  001ea  RETF
  001eb  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  001ec  ENTER 2
  001ee  LSET 0
    ; access.coin:18: self.only_owner()
  001f0  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  001f3  PUSH @req_ok_23
  001f6  LGET 0
  001f8  PUSH 0
  001f9  EQ
  001fa  ISZERO
  001fb  JUMPI
  001fc  PUSH 100
  001fe  MALLOC
  001ff  DUP1
  00200  PUSH 0
  00201  PUSH 100
  00203  DATACOPY
  00204  PUSH 100
  00206  REVERT
req_ok_23:
  00207  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00208  PUSH 0
  00209  SLOAD
  0020a  LSET 1
  0020c  PUSH0
  0020d  PUSH0
  0020e  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0022f  LGET 1
  00231  LGET 0
  00233  LOG3
    ; access.coin:21: self.owner = next
  00234  PUSH 0
  00235  LGET 0
  00237  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00238  RETF
fn_PriceOracle_set_reporter:
    ; oracle.coin:46: pub fn set_reporter(reporter: address, allowed: bool) {
  00239  ENTER 3
  0023b  LSET 1
  0023d  LSET 0
    ; oracle.coin:47: self.only_owner()
  0023f  CALLF @fn_Owned_only_owner
    ; oracle.coin:48: self.reporters[reporter] = allowed
  00242  PUSH0
  00243  LGET 0
  00245  MSTORE
  00246  PUSH 32
  00248  PUSH 1
  0024a  MSTORE
  0024b  PUSH0
  0024c  PUSH 64
  0024e  KECCAK256
  0024f  LGET 1
  00251  SSTORE
    ; oracle.coin:49: emit ReporterSet(reporter, allowed)
  00252  PUSH 32
  00254  MALLOC
  00255  LSET 2
  00257  LGET 2
  00259  LGET 1
  0025b  MSTORE
  0025c  LGET 2
  0025e  PUSH 32
  00260  PUSH 0x49414e0a37c19781141fced7b2dc68c560d888c72174623b7bba993149d9064d
  00281  LGET 0
  00283  LOG2
    ; oracle.coin:46: pub fn set_reporter(reporter: address, allowed: bool) {
  00284  RETF
fn_PriceOracle_set_max_age:
    ; oracle.coin:52: pub fn set_max_age(max_age: uint) {
  00285  ENTER 2
  00287  LSET 0
    ; oracle.coin:53: self.only_owner()
  00289  CALLF @fn_Owned_only_owner
    ; oracle.coin:54: require(max_age > 0, "max_age must be positive")
  0028c  PUSH @req_ok_24
  0028f  LGET 0
  00291  PUSH 0
  00292  GT
  00293  JUMPI
  00294  PUSH 100
  00296  MALLOC
  00297  DUP1
  00298  PUSH 100
  0029a  PUSH 100
  0029c  DATACOPY
  0029d  PUSH 100
  0029f  REVERT
req_ok_24:
  002a0  JUMPDEST
    ; oracle.coin:55: self.max_age = max_age
  002a1  PUSH 4
  002a3  LGET 0
  002a5  SSTORE
    ; oracle.coin:56: emit MaxAgeSet(max_age)
  002a6  PUSH 32
  002a8  MALLOC
  002a9  LSET 1
  002ab  LGET 1
  002ad  LGET 0
  002af  MSTORE
  002b0  LGET 1
  002b2  PUSH 32
  002b4  PUSH 0x6777d8e4257e9f6a86d2f91b2b9fceaeb931d8b35249fbb63203c2dc0c081870
  002d5  LOG1
    ; oracle.coin:52: pub fn set_max_age(max_age: uint) {
  002d6  RETF
fn_PriceOracle_post:
    ; oracle.coin:59: pub fn post(price: uint) {
  002d7  ENTER 4
  002d9  LSET 0
    ; oracle.coin:60: require(self.reporters[msg.sender], "caller is not a reporter")
  002db  PUSH @req_ok_25
  002de  PUSH0
  002df  CALLER
  002e0  MSTORE
  002e1  PUSH 32
  002e3  PUSH 1
  002e5  MSTORE
  002e6  PUSH0
  002e7  PUSH 64
  002e9  KECCAK256
  002ea  SLOAD
  002eb  JUMPI
  002ec  PUSH 100
  002ee  MALLOC
  002ef  DUP1
  002f0  PUSH 200
  002f2  PUSH 100
  002f4  DATACOPY
  002f5  PUSH 100
  002f7  REVERT
req_ok_25:
  002f8  JUMPDEST
    ; oracle.coin:61: require(price > 0, "price must be positive")
  002f9  PUSH @req_ok_26
  002fc  LGET 0
  002fe  PUSH 0
  002ff  GT
  00300  JUMPI
  00301  PUSH 100
  00303  MALLOC
  00304  DUP1
  00305  PUSH 300
  00308  PUSH 100
  0030a  DATACOPY
  0030b  PUSH 100
  0030d  REVERT
req_ok_26:
  0030e  JUMPDEST
    ; oracle.coin:62: self.last_price = price
  0030f  PUSH 2
  00311  LGET 0
  00313  SSTORE
    ; oracle.coin:63: self.last_update = block.timestamp
  00314  TIMESTAMP
  00315  PUSH 3
  00317  SWAP1
  00318  SSTORE
    ; oracle.coin:64: emit PricePosted(msg.sender, price, block.timestamp)
  00319  CALLER
  0031a  LSET 1
  0031c  TIMESTAMP
  0031d  LSET 2
  0031f  PUSH 64
  00321  MALLOC
  00322  LSET 3
  00324  LGET 3
  00326  LGET 0
  00328  MSTORE
  00329  LGET 3
  0032b  PUSH 32
  0032d  ADD
  0032e  LGET 2
  00330  MSTORE
  00331  LGET 3
  00333  PUSH 64
  00335  PUSH 0xa0844d44570b5ec5ac55e9e7d1e7fc8149b4f33b4b61f3c8fc08bacce058faee
  00356  LGET 1
  00358  LOG2
    ; oracle.coin:59: pub fn post(price: uint) {
  00359  RETF
fn_PriceOracle_price:
    ; oracle.coin:68: pub view fn price() -> uint {
  0035a  ENTER 0
    ; oracle.coin:69: require(self.last_price > 0, "no price yet")
  0035c  PUSH @req_ok_27
  0035f  PUSH 2
  00361  SLOAD
  00362  PUSH 0
  00363  GT
  00364  JUMPI
  00365  PUSH 100
  00367  MALLOC
  00368  DUP1
  00369  PUSH 400
  0036c  PUSH 100
  0036e  DATACOPY
  0036f  PUSH 100
  00371  REVERT
req_ok_27:
  00372  JUMPDEST
    ; oracle.coin:70: require(block.timestamp <= self.last_update + self.max_age, "price is stale")
  00373  PUSH @req_ok_28
  00376  TIMESTAMP
  00377  PUSH 3
  00379  SLOAD
  0037a  PUSH 4
  0037c  SLOAD
  0037d  CADD
  0037e  GT
  0037f  ISZERO
  00380  JUMPI
  00381  PUSH 100
  00383  MALLOC
  00384  DUP1
  00385  PUSH 500
  00388  PUSH 100
  0038a  DATACOPY
  0038b  PUSH 100
  0038d  REVERT
req_ok_28:
  0038e  JUMPDEST
    ; oracle.coin:71: return self.last_price
  0038f  PUSH 2
  00391  SLOAD
  00392  RETF
  00393  INVALID
fn_PriceOracle_updated_at:
    ; oracle.coin:74: pub view fn updated_at() -> uint {
  00394  ENTER 0
    ; oracle.coin:75: return self.last_update
  00396  PUSH 3
  00398  SLOAD
  00399  RETF
  0039a  INVALID
fn_PriceOracle_peek:
    ; oracle.coin:79: pub view fn peek() -> uint {
  0039b  ENTER 0
    ; oracle.coin:80: return self.last_price
  0039d  PUSH 2
  0039f  SLOAD
  003a0  RETF
  003a1  INVALID
fn_PriceOracle_is_reporter:
    ; oracle.coin:83: pub view fn is_reporter(who: address) -> bool {
  003a2  ENTER 1
  003a4  LSET 0
    ; oracle.coin:84: return self.reporters[who]
  003a6  PUSH0
  003a7  LGET 0
  003a9  MSTORE
  003aa  PUSH 32
  003ac  PUSH 1
  003ae  MSTORE
  003af  PUSH0
  003b0  PUSH 64
  003b2  KECCAK256
  003b3  SLOAD
  003b4  RETF
  003b5  INVALID
fn_PriceOracle_get_max_age:
    ; oracle.coin:87: pub view fn get_max_age() -> uint {
  003b6  ENTER 0
    ; oracle.coin:88: return self.max_age
  003b8  PUSH 4
  003ba  SLOAD
  003bb  RETF
  003bc  INVALID
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  003bd  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  003bf  PUSH @req_ok_29
  003c2  CALLER
  003c3  PUSH 0
  003c4  SLOAD
  003c5  EQ
  003c6  JUMPI
  003c7  PUSH 100
  003c9  MALLOC
  003ca  DUP1
  003cb  PUSH 600
  003ce  PUSH 100
  003d0  DATACOPY
  003d1  PUSH 100
  003d3  REVERT
req_ok_29:
  003d4  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  003d5  RETF
; ---- init section (408 bytes)
    ; oracle.coin:20: contract PriceOracle is Owned {
  00000  ENTER 3
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
    ; oracle.coin:31: init(description: string, initial_price: uint, max_age: uint) {
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 96
  00016  LT
  00017  JUMPI
  00018  PUSH 0
  00019  CALLDATALOAD
  0001a  DUP1
  0001b  PUSH 32
  0001d  SHR
  0001e  PUSH @bad_input_2
  00021  SWAP1
  00022  JUMPI
  00023  PUSH 0
  00024  ADD
  00025  LSET 0
  00027  LGET 0
  00029  CALLDATALOAD
  0002a  DUP1
  0002b  PUSH 32
  0002d  SHR
  0002e  PUSH @bad_input_2
  00031  SWAP1
  00032  JUMPI
  00033  LSET 1
  00035  PUSH @bad_input_2
  00038  CALLDATASIZE
  00039  LGET 0
  0003b  PUSH 32
  0003d  ADD
  0003e  LGET 1
  00040  ADD
  00041  LT
  00042  JUMPI
  00043  LGET 1
  00045  PUSH 32
  00047  ADD
  00048  MALLOC
  00049  LSET 2
  0004b  LGET 2
  0004d  LGET 1
  0004f  MSTORE
  00050  LGET 2
  00052  PUSH 32
  00054  ADD
  00055  LGET 0
  00057  PUSH 32
  00059  ADD
  0005a  LGET 1
  0005c  CALLDATACOPY
  0005d  LGET 2
  0005f  PUSH 32
  00061  CALLDATALOAD
  00062  PUSH 64
  00064  CALLDATALOAD
  00065  CALLF @fn_PriceOracle_init
  00068  STOP
bad_input_2:
    ; oracle.coin:20: contract PriceOracle is Owned {
  00069  JUMPDEST
  0006a  PUSH0
  0006b  PUSH0
  0006c  REVERT
fn_PriceOracle_init:
    ; oracle.coin:31: init(description: string, initial_price: uint, max_age: uint) {
  0006d  ENTER 6
  0006f  LSET 2
  00071  LSET 1
  00073  LSET 0
    ; oracle.coin:32: Owned.init()
  00075  CALLF @fn_Owned_init
    ; oracle.coin:33: require(max_age > 0, "max_age must be positive")
  00078  PUSH @req_ok_3
  0007b  LGET 2
  0007d  PUSH 0
  0007e  GT
  0007f  JUMPI
  00080  PUSH 100
  00082  MALLOC
  00083  DUP1
  00084  PUSH 100
  00086  PUSH 100
  00088  DATACOPY
  00089  PUSH 100
  0008b  REVERT
req_ok_3:
  0008c  JUMPDEST
    ; oracle.coin:34: self.description = description
  0008d  PUSH 5
  0008f  LGET 0
  00091  SSTOREBYTES
    ; oracle.coin:35: self.max_age = max_age
  00092  PUSH 4
  00094  LGET 2
  00096  SSTORE
    ; oracle.coin:36: self.reporters[msg.sender] = true
  00097  PUSH0
  00098  CALLER
  00099  MSTORE
  0009a  PUSH 32
  0009c  PUSH 1
  0009e  MSTORE
  0009f  PUSH0
  000a0  PUSH 64
  000a2  KECCAK256
  000a3  PUSH 1
  000a5  SSTORE
    ; oracle.coin:37: emit ReporterSet(msg.sender, true)
  000a6  CALLER
  000a7  LSET 3
  000a9  PUSH 1
  000ab  LSET 4
  000ad  PUSH 32
  000af  MALLOC
  000b0  LSET 5
  000b2  LGET 5
  000b4  LGET 4
  000b6  MSTORE
  000b7  LGET 5
  000b9  PUSH 32
  000bb  PUSH 0x49414e0a37c19781141fced7b2dc68c560d888c72174623b7bba993149d9064d
  000dc  LGET 3
  000de  LOG2
    ; oracle.coin:38: emit MaxAgeSet(max_age)
  000df  PUSH 32
  000e1  MALLOC
  000e2  LSET 3
  000e4  LGET 3
  000e6  LGET 2
  000e8  MSTORE
  000e9  LGET 3
  000eb  PUSH 32
  000ed  PUSH 0x6777d8e4257e9f6a86d2f91b2b9fceaeb931d8b35249fbb63203c2dc0c081870
  0010e  LOG1
    ; oracle.coin:39: if initial_price > 0 {
  0010f  PUSH @else_4
  00112  LGET 1
  00114  PUSH 0
  00115  GT
  00116  ISZERO
  00117  JUMPI
    ; oracle.coin:40: self.last_price = initial_price
  00118  PUSH 2
  0011a  LGET 1
  0011c  SSTORE
    ; oracle.coin:41: self.last_update = block.timestamp
  0011d  TIMESTAMP
  0011e  PUSH 3
  00120  SWAP1
  00121  SSTORE
    ; oracle.coin:42: emit PricePosted(msg.sender, initial_price, block.timestamp)
  00122  CALLER
  00123  LSET 3
  00125  TIMESTAMP
  00126  LSET 4
  00128  PUSH 64
  0012a  MALLOC
  0012b  LSET 5
  0012d  LGET 5
  0012f  LGET 1
  00131  MSTORE
  00132  LGET 5
  00134  PUSH 32
  00136  ADD
  00137  LGET 4
  00139  MSTORE
  0013a  LGET 5
  0013c  PUSH 64
  0013e  PUSH 0xa0844d44570b5ec5ac55e9e7d1e7fc8149b4f33b4b61f3c8fc08bacce058faee
  0015f  LGET 3
  00161  LOG2
else_4:
  00162  JUMPDEST
    ; oracle.coin:31: init(description: string, initial_price: uint, max_age: uint) {
  00163  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  00164  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  00166  PUSH 0
  00167  CALLER
  00168  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  00169  PUSH 0
  0016a  LSET 0
  0016c  CALLER
  0016d  LSET 1
  0016f  PUSH0
  00170  PUSH0
  00171  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00192  LGET 0
  00194  LGET 1
  00196  LOG3
    ; access.coin:8: init() {
  00197  RETF
; ---- data section (700 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000206f776e65722063616e6e6f7420626520746865207a65726f20616464
  00060  7265737308c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  00000000000000186d61785f616765206d75737420626520706f736974697665
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  00000000000000000000001863616c6c6572206973206e6f742061207265706f
  00120  72746572000000000000000008c379a000000000000000000000000000000000
  00140  0000000000000000000000000000002000000000000000000000000000000000
  00160  000000000000000000000000000000167072696365206d75737420626520706f
  00180  7369746976650000000000000000000008c379a0000000000000000000000000
  001a0  0000000000000000000000000000000000000020000000000000000000000000
  001c0  000000000000000000000000000000000000000c6e6f20707269636520796574
  001e0  000000000000000000000000000000000000000008c379a00000000000000000
  00200  0000000000000000000000000000000000000000000000200000000000000000
  00220  00000000000000000000000000000000000000000000000e7072696365206973
  00240  207374616c6500000000000000000000000000000000000008c379a000000000
  00260  0000000000000000000000000000000000000000000000000000002000000000
  00280  0000000000000000000000000000000000000000000000000000001763616c6c
  002a0  6572206973206e6f7420746865206f776e6572000000000000000000
