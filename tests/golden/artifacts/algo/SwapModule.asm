; contract SwapModule
; ---- runtime section (3409 bytes)
    ; algo.coin:22: contract SwapModule is Owned {
  00000  ENTER 4
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
  00029  PUSH @ext_set_parameters_4
  0002c  DUP2
  0002d  PUSH 0x90b22d03
  00032  EQ
  00033  JUMPI
  00034  PUSH @ext_recover_5
  00037  DUP2
  00038  PUSH 0xce746024
  0003d  EQ
  0003e  JUMPI
  0003f  PUSH @ext_swap_stable_for_share_6
  00042  DUP2
  00043  PUSH 0x36e919f1
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_swap_share_for_stable_7
  0004d  DUP2
  0004e  PUSH 0xf42cf169
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_quote_stable_for_share_8
  00058  DUP2
  00059  PUSH 0xc69aee4d
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_quote_share_for_stable_9
  00063  DUP2
  00064  PUSH 0x3c02a903
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_get_delta_10
  0006e  DUP2
  0006f  PUSH 0x99cb40c1
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_pools_11
  00079  DUP2
  0007a  PUSH 0xc5c51dca
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_parameters_12
  00084  DUP2
  00085  PUSH 0x89035730
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH0
  0008d  PUSH0
  0008e  REVERT
fallback_1:
  0008f  JUMPDEST
  00090  PUSH0
  00091  PUSH0
  00092  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  00093  JUMPDEST
  00094  POP
  00095  PUSH @novalue_13
  00098  CALLVALUE
  00099  ISZERO
  0009a  JUMPI
  0009b  PUSH0
  0009c  PUSH0
  0009d  REVERT
novalue_13:
  0009e  JUMPDEST
  0009f  CALLF @fn_Owned_get_owner
  000a2  LSET 0
  000a4  PUSH 32
  000a6  MALLOC
  000a7  LSET 1
  000a9  LGET 1
  000ab  LGET 0
  000ad  MSTORE
  000ae  LGET 1
  000b0  PUSH 32
  000b2  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  000b3  JUMPDEST
  000b4  POP
  000b5  PUSH @novalue_14
  000b8  CALLVALUE
  000b9  ISZERO
  000ba  JUMPI
  000bb  PUSH0
  000bc  PUSH0
  000bd  REVERT
novalue_14:
  000be  JUMPDEST
  000bf  PUSH @bad_input_15
  000c2  CALLDATASIZE
  000c3  PUSH 36
  000c5  LT
  000c6  JUMPI
  000c7  PUSH 4
  000c9  CALLDATALOAD
  000ca  PUSH @bad_input_15
  000cd  DUP2
  000ce  PUSH 160
  000d0  SHR
  000d1  JUMPI
  000d2  CALLF @fn_Owned_transfer_ownership
  000d5  STOP
ext_set_parameters_4:
    ; algo.coin:47: pub fn set_parameters(base_pool: uint, recovery_period: uint, min_spread: uint) {
  000d6  JUMPDEST
  000d7  POP
  000d8  PUSH @novalue_16
  000db  CALLVALUE
  000dc  ISZERO
  000dd  JUMPI
  000de  PUSH0
  000df  PUSH0
  000e0  REVERT
novalue_16:
  000e1  JUMPDEST
  000e2  PUSH @bad_input_15
  000e5  CALLDATASIZE
  000e6  PUSH 100
  000e8  LT
  000e9  JUMPI
  000ea  PUSH 4
  000ec  CALLDATALOAD
  000ed  PUSH 36
  000ef  CALLDATALOAD
  000f0  PUSH 68
  000f2  CALLDATALOAD
  000f3  CALLF @fn_SwapModule_set_parameters
  000f6  STOP
ext_recover_5:
    ; algo.coin:67: pub fn recover() {
  000f7  JUMPDEST
  000f8  POP
  000f9  PUSH @novalue_17
  000fc  CALLVALUE
  000fd  ISZERO
  000fe  JUMPI
  000ff  PUSH0
  00100  PUSH0
  00101  REVERT
novalue_17:
  00102  JUMPDEST
  00103  CALLF @fn_SwapModule_recover
  00106  STOP
ext_swap_stable_for_share_6:
    ; algo.coin:87: pub fn swap_stable_for_share(amount: uint, min_out: uint) -> uint {
  00107  JUMPDEST
  00108  POP
  00109  PUSH @novalue_18
  0010c  CALLVALUE
  0010d  ISZERO
  0010e  JUMPI
  0010f  PUSH0
  00110  PUSH0
  00111  REVERT
novalue_18:
  00112  JUMPDEST
  00113  PUSH @bad_input_15
  00116  CALLDATASIZE
  00117  PUSH 68
  00119  LT
  0011a  JUMPI
  0011b  PUSH 4
  0011d  CALLDATALOAD
  0011e  PUSH 36
  00120  CALLDATALOAD
  00121  CALLF @fn_SwapModule_swap_stable_for_share
  00124  LSET 0
  00126  PUSH 32
  00128  MALLOC
  00129  LSET 1
  0012b  LGET 1
  0012d  LGET 0
  0012f  MSTORE
  00130  LGET 1
  00132  PUSH 32
  00134  RETURN
ext_swap_share_for_stable_7:
    ; algo.coin:104: pub fn swap_share_for_stable(amount: uint, min_out: uint) -> uint {
  00135  JUMPDEST
  00136  POP
  00137  PUSH @novalue_19
  0013a  CALLVALUE
  0013b  ISZERO
  0013c  JUMPI
  0013d  PUSH0
  0013e  PUSH0
  0013f  REVERT
novalue_19:
  00140  JUMPDEST
  00141  PUSH @bad_input_15
  00144  CALLDATASIZE
  00145  PUSH 68
  00147  LT
  00148  JUMPI
  00149  PUSH 4
  0014b  CALLDATALOAD
  0014c  PUSH 36
  0014e  CALLDATALOAD
  0014f  CALLF @fn_SwapModule_swap_share_for_stable
  00152  LSET 0
  00154  PUSH 32
  00156  MALLOC
  00157  LSET 1
  00159  LGET 1
  0015b  LGET 0
  0015d  MSTORE
  0015e  LGET 1
  00160  PUSH 32
  00162  RETURN
ext_quote_stable_for_share_8:
    ; algo.coin:121: pub view fn quote_stable_for_share(amount: uint) -> uint {
  00163  JUMPDEST
  00164  POP
  00165  PUSH @novalue_20
  00168  CALLVALUE
  00169  ISZERO
  0016a  JUMPI
  0016b  PUSH0
  0016c  PUSH0
  0016d  REVERT
novalue_20:
  0016e  JUMPDEST
  0016f  PUSH @bad_input_15
  00172  CALLDATASIZE
  00173  PUSH 36
  00175  LT
  00176  JUMPI
  00177  PUSH 4
  00179  CALLDATALOAD
  0017a  CALLF @fn_SwapModule_quote_stable_for_share
  0017d  LSET 0
  0017f  PUSH 32
  00181  MALLOC
  00182  LSET 1
  00184  LGET 1
  00186  LGET 0
  00188  MSTORE
  00189  LGET 1
  0018b  PUSH 32
  0018d  RETURN
ext_quote_share_for_stable_9:
    ; algo.coin:125: pub view fn quote_share_for_stable(amount: uint) -> uint {
  0018e  JUMPDEST
  0018f  POP
  00190  PUSH @novalue_21
  00193  CALLVALUE
  00194  ISZERO
  00195  JUMPI
  00196  PUSH0
  00197  PUSH0
  00198  REVERT
novalue_21:
  00199  JUMPDEST
  0019a  PUSH @bad_input_15
  0019d  CALLDATASIZE
  0019e  PUSH 36
  001a0  LT
  001a1  JUMPI
  001a2  PUSH 4
  001a4  CALLDATALOAD
  001a5  CALLF @fn_SwapModule_quote_share_for_stable
  001a8  LSET 0
  001aa  PUSH 32
  001ac  MALLOC
  001ad  LSET 1
  001af  LGET 1
  001b1  LGET 0
  001b3  MSTORE
  001b4  LGET 1
  001b6  PUSH 32
  001b8  RETURN
ext_get_delta_10:
    ; algo.coin:129: pub view fn get_delta() -> int {
  001b9  JUMPDEST
  001ba  POP
  001bb  PUSH @novalue_22
  001be  CALLVALUE
  001bf  ISZERO
  001c0  JUMPI
  001c1  PUSH0
  001c2  PUSH0
  001c3  REVERT
novalue_22:
  001c4  JUMPDEST
  001c5  CALLF @fn_SwapModule_get_delta
  001c8  LSET 0
  001ca  PUSH 32
  001cc  MALLOC
  001cd  LSET 1
  001cf  LGET 1
  001d1  LGET 0
  001d3  MSTORE
  001d4  LGET 1
  001d6  PUSH 32
  001d8  RETURN
ext_pools_11:
    ; algo.coin:133: pub view fn pools() -> Pools {
  001d9  JUMPDEST
  001da  POP
  001db  PUSH @novalue_23
  001de  CALLVALUE
  001df  ISZERO
  001e0  JUMPI
  001e1  PUSH0
  001e2  PUSH0
  001e3  REVERT
novalue_23:
  001e4  JUMPDEST
  001e5  CALLF @fn_SwapModule_pools
  001e8  LSET 1
  001ea  LSET 0
  001ec  PUSH 64
  001ee  MALLOC
  001ef  LSET 2
  001f1  LGET 2
  001f3  LGET 0
  001f5  MSTORE
  001f6  LGET 2
  001f8  PUSH 32
  001fa  ADD
  001fb  LGET 1
  001fd  MSTORE
  001fe  LGET 2
  00200  PUSH 64
  00202  RETURN
ext_parameters_12:
    ; algo.coin:138: pub view fn parameters() -> SwapParameters {
  00203  JUMPDEST
  00204  POP
  00205  PUSH @novalue_24
  00208  CALLVALUE
  00209  ISZERO
  0020a  JUMPI
  0020b  PUSH0
  0020c  PUSH0
  0020d  REVERT
novalue_24:
  0020e  JUMPDEST
  0020f  CALLF @fn_SwapModule_parameters
  00212  LSET 2
  00214  LSET 1
  00216  LSET 0
  00218  PUSH 96
  0021a  MALLOC
  0021b  LSET 3
  0021d  LGET 3
  0021f  LGET 0
  00221  MSTORE
  00222  LGET 3
  00224  PUSH 32
  00226  ADD
  00227  LGET 1
  00229  MSTORE
  0022a  LGET 3
  0022c  PUSH 64
  0022e  ADD
  0022f  LGET 2
  00231  MSTORE
  00232  LGET 3
  00234  PUSH 96
  00236  RETURN
bad_input_15:
    ; algo.coin:22: contract SwapModule is Owned {
  00237  JUMPDEST
  00238  PUSH0
  00239  PUSH0
  0023a  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  0023b  ENTER 0
    ; access.coin:14: return self.owner
  0023d  PUSH 0
  0023e  SLOAD
  0023f  RETF
  00240  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00241  ENTER 2
  00243  LSET 0
    ; access.coin:18: self.only_owner()
  00245  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00248  PUSH @req_ok_25
  0024b  LGET 0
  0024d  PUSH 0
  0024e  EQ
  0024f  ISZERO
  00250  JUMPI
  00251  PUSH 100
  00253  MALLOC
  00254  DUP1
  00255  PUSH 0
  00256  PUSH 100
  00258  DATACOPY
  00259  PUSH 100
  0025b  REVERT
req_ok_25:
  0025c  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  0025d  PUSH 0
  0025e  SLOAD
  0025f  LSET 1
  00261  PUSH0
  00262  PUSH0
  00263  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00284  LGET 1
  00286  LGET 0
  00288  LOG3
    ; access.coin:21: self.owner = next
  00289  PUSH 0
  0028a  LGET 0
  0028c  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  0028d  RETF
fn_SwapModule_set_parameters:
    ; algo.coin:47: pub fn set_parameters(base_pool: uint, recovery_period: uint, min_spread: uint) {
  0028e  ENTER 3
  00290  LSET 2
  00292  LSET 1
  00294  LSET 0
    ; algo.coin:48: self.only_owner()
  00296  CALLF @fn_Owned_only_owner
    ; algo.coin:49: self.recover()
  00299  CALLF @fn_SwapModule_recover
    ; algo.coin:50: self.set_all(base_pool, recovery_period, min_spread)
  0029c  LGET 0
  0029e  LGET 1
  002a0  LGET 2
  002a2  CALLF @fn_SwapModule_set_all
    ; algo.coin:47: pub fn set_parameters(base_pool: uint, recovery_period: uint, min_spread: uint) {
  002a5  RETF
fn_SwapModule_recover:
    ; algo.coin:67: pub fn recover() {
  002a6  ENTER 5
    ; algo.coin:68: let elapsed = block.timestamp - self.last_update
  002a8  TIMESTAMP
  002a9  PUSH 8
  002ab  SLOAD
  002ac  CSUB
  002ad  LSET 0
    ; algo.coin:69: if elapsed == 0 {
  002af  PUSH @else_26
  002b2  LGET 0
  002b4  PUSH 0
  002b5  EQ
  002b6  ISZERO
  002b7  JUMPI
    ; algo.coin:70: return
  002b8  RETF
else_26:
  002b9  JUMPDEST
    ; algo.coin:72: self.last_update = block.timestamp
  002ba  TIMESTAMP
  002bb  PUSH 8
  002bd  SWAP1
  002be  SSTORE
    ; algo.coin:73: if self.delta == 0 {
  002bf  PUSH @else_27
  002c2  PUSH 7
  002c4  SLOAD
  002c5  PUSH 0
  002c6  EQ
  002c7  ISZERO
  002c8  JUMPI
    ; algo.coin:74: return
  002c9  RETF
else_27:
  002ca  JUMPDEST
    ; algo.coin:76: let keep = rpow(RAY - RAY / self.recovery_period, elapsed, RAY)
  002cb  PUSH 0x33b2e3c9fd0803ce8000000
  002d8  PUSH 0x33b2e3c9fd0803ce8000000
  002e5  PUSH 5
  002e7  SLOAD
  002e8  CDIV
  002e9  CSUB
  002ea  LGET 0
  002ec  PUSH 0x33b2e3c9fd0803ce8000000
  002f9  CALLF @fn__rpow
  002fc  LSET 1
    ; algo.coin:77: let magnitude = uint(abs_int(self.delta))
  002fe  PUSH 7
  00300  SLOAD
  00301  CALLF @fn__abs_int
  00304  PUSH @conv_ok_28
  00307  DUP2
  00308  PUSH 255
  0030a  SHR
  0030b  ISZERO
  0030c  JUMPI
  0030d  PANIC 17
conv_ok_28:
  0030f  JUMPDEST
  00310  LSET 2
    ; algo.coin:78: let left = int(mul_div(magnitude, keep, RAY))
  00312  LGET 2
  00314  LGET 1
  00316  PUSH 0x33b2e3c9fd0803ce8000000
  00323  MULDIV
  00324  PUSH @conv_ok_29
  00327  DUP2
  00328  PUSH 255
  0032a  SHR
  0032b  ISZERO
  0032c  JUMPI
  0032d  PANIC 17
conv_ok_29:
  0032f  JUMPDEST
  00330  LSET 3
    ; algo.coin:79: if self.delta < 0 {
  00332  PUSH @else_30
  00335  PUSH 7
  00337  SLOAD
  00338  PUSH 0
  00339  SLT
  0033a  ISZERO
  0033b  JUMPI
    ; algo.coin:80: left = -left
  0033c  LGET 3
  0033e  SCNEG
  0033f  LSET 3
else_30:
  00341  JUMPDEST
    ; algo.coin:82: self.delta = left
  00342  PUSH 7
  00344  LGET 3
  00346  SSTORE
    ; algo.coin:83: emit DeltaUpdated(left)
  00347  PUSH 32
  00349  MALLOC
  0034a  LSET 4
  0034c  LGET 4
  0034e  LGET 3
  00350  MSTORE
  00351  LGET 4
  00353  PUSH 32
  00355  PUSH 0x7e98cdae0bf278dbe67c776532ee05226d90230228e66f793f54674ffd929be
  00376  LOG1
    ; algo.coin:67: pub fn recover() {
  00377  RETF
fn_SwapModule_swap_stable_for_share:
    ; algo.coin:87: pub fn swap_stable_for_share(amount: uint, min_out: uint) -> uint {
  00378  ENTER 9
  0037a  LSET 1
  0037c  LSET 0
    ; algo.coin:88: require(amount > 0, "amount must be positive")
  0037e  PUSH @req_ok_31
  00381  LGET 0
  00383  PUSH 0
  00384  GT
  00385  JUMPI
  00386  PUSH 100
  00388  MALLOC
  00389  DUP1
  0038a  PUSH 100
  0038c  PUSH 100
  0038e  DATACOPY
  0038f  PUSH 100
  00391  REVERT
req_ok_31:
  00392  JUMPDEST
    ; algo.coin:89: self.recover()
  00393  CALLF @fn_SwapModule_recover
    ; algo.coin:90: let price = Feed(self.oracle).price()
  00396  PUSH 3
  00398  SLOAD
  00399  LSET 5
  0039b  PUSH @has_code_32
  0039e  LGET 5
  003a0  EXTCODESIZE
  003a1  JUMPI
  003a2  PUSH 132
  003a4  MALLOC
  003a5  DUP1
  003a6  PUSH 200
  003a8  PUSH 132
  003aa  DATACOPY
  003ab  PUSH 132
  003ad  REVERT
has_code_32:
  003ae  JUMPDEST
  003af  PUSH 4
  003b1  MALLOC
  003b2  LSET 6
  003b4  LGET 6
  003b6  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  003d7  MSTORE
  003d8  PUSH @call_ok_33
  003db  GAS
  003dc  LGET 5
  003de  LGET 6
  003e0  PUSH 4
  003e2  PUSH0
  003e3  PUSH0
  003e4  STATICCALL
  003e5  JUMPI
  003e6  RETURNDATASIZE
  003e7  MALLOC
  003e8  DUP1
  003e9  PUSH0
  003ea  RETURNDATASIZE
  003eb  RETURNDATACOPY
  003ec  RETURNDATASIZE
  003ed  REVERT
call_ok_33:
  003ee  JUMPDEST
  003ef  PUSH @ret_ok_34
  003f2  RETURNDATASIZE
  003f3  PUSH 32
  003f5  LT
  003f6  ISZERO
  003f7  JUMPI
  003f8  PUSH 100
  003fa  MALLOC
  003fb  DUP1
  003fc  PUSH 332
  003ff  PUSH 100
  00401  DATACOPY
  00402  PUSH 100
  00404  REVERT
ret_ok_34:
  00405  JUMPDEST
  00406  PUSH 32
  00408  MALLOC
  00409  LSET 7
  0040b  LGET 7
  0040d  PUSH0
  0040e  PUSH 32
  00410  RETURNDATACOPY
  00411  LGET 7
  00413  MLOAD
  00414  LSET 2
    ; algo.coin:91: let value = self.stable_to_share_value(amount)
  00416  LGET 0
  00418  CALLF @fn_SwapModule_stable_to_share_value
  0041b  LSET 3
    ; algo.coin:92: let out = mul_div(value, WAD, price)
  0041d  LGET 3
  0041f  PUSH 0xde0b6b3a7640000
  00428  LGET 2
  0042a  MULDIV
  0042b  LSET 4
    ; algo.coin:93: require(out > 0, "output is zero")
  0042d  PUSH @req_ok_35
  00430  LGET 4
  00432  PUSH 0
  00433  GT
  00434  JUMPI
  00435  PUSH 100
  00437  MALLOC
  00438  DUP1
  00439  PUSH 432
  0043c  PUSH 100
  0043e  DATACOPY
  0043f  PUSH 100
  00441  REVERT
req_ok_35:
  00442  JUMPDEST
    ; algo.coin:94: require(out >= min_out, "slippage: output below min_out")
  00443  PUSH @req_ok_36
  00446  LGET 4
  00448  LGET 1
  0044a  LT
  0044b  ISZERO
  0044c  JUMPI
  0044d  PUSH 100
  0044f  MALLOC
  00450  DUP1
  00451  PUSH 532
  00454  PUSH 100
  00456  DATACOPY
  00457  PUSH 100
  00459  REVERT
req_ok_36:
  0045a  JUMPDEST
    ; algo.coin:95: MintBurn(self.stable).burn(msg.sender, amount)
  0045b  PUSH 1
  0045d  SLOAD
  0045e  LSET 5
  00460  CALLER
  00461  LSET 6
  00463  LGET 0
  00465  LSET 7
  00467  PUSH @has_code_37
  0046a  LGET 5
  0046c  EXTCODESIZE
  0046d  JUMPI
  0046e  PUSH 132
  00470  MALLOC
  00471  DUP1
  00472  PUSH 632
  00475  PUSH 132
  00477  DATACOPY
  00478  PUSH 132
  0047a  REVERT
has_code_37:
  0047b  JUMPDEST
  0047c  PUSH 68
  0047e  MALLOC
  0047f  LSET 8
  00481  LGET 8
  00483  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  004a4  MSTORE
  004a5  LGET 8
  004a7  PUSH 4
  004a9  ADD
  004aa  LGET 6
  004ac  MSTORE
  004ad  LGET 8
  004af  PUSH 36
  004b1  ADD
  004b2  LGET 7
  004b4  MSTORE
  004b5  PUSH @call_ok_38
  004b8  GAS
  004b9  LGET 5
  004bb  PUSH0
  004bc  LGET 8
  004be  PUSH 68
  004c0  PUSH0
  004c1  PUSH0
  004c2  CALL
  004c3  JUMPI
  004c4  RETURNDATASIZE
  004c5  MALLOC
  004c6  DUP1
  004c7  PUSH0
  004c8  RETURNDATASIZE
  004c9  RETURNDATACOPY
  004ca  RETURNDATASIZE
  004cb  REVERT
call_ok_38:
  004cc  JUMPDEST
    ; algo.coin:96: MintBurn(self.share).mint(msg.sender, out)
  004cd  PUSH 2
  004cf  SLOAD
  004d0  LSET 5
  004d2  CALLER
  004d3  LSET 6
  004d5  LGET 4
  004d7  LSET 7
  004d9  PUSH @has_code_39
  004dc  LGET 5
  004de  EXTCODESIZE
  004df  JUMPI
  004e0  PUSH 132
  004e2  MALLOC
  004e3  DUP1
  004e4  PUSH 764
  004e7  PUSH 132
  004e9  DATACOPY
  004ea  PUSH 132
  004ec  REVERT
has_code_39:
  004ed  JUMPDEST
  004ee  PUSH 68
  004f0  MALLOC
  004f1  LSET 8
  004f3  LGET 8
  004f5  PUSH 0x40c10f1900000000000000000000000000000000000000000000000000000000
  00516  MSTORE
  00517  LGET 8
  00519  PUSH 4
  0051b  ADD
  0051c  LGET 6
  0051e  MSTORE
  0051f  LGET 8
  00521  PUSH 36
  00523  ADD
  00524  LGET 7
  00526  MSTORE
  00527  PUSH @call_ok_40
  0052a  GAS
  0052b  LGET 5
  0052d  PUSH0
  0052e  LGET 8
  00530  PUSH 68
  00532  PUSH0
  00533  PUSH0
  00534  CALL
  00535  JUMPI
  00536  RETURNDATASIZE
  00537  MALLOC
  00538  DUP1
  00539  PUSH0
  0053a  RETURNDATASIZE
  0053b  RETURNDATACOPY
  0053c  RETURNDATASIZE
  0053d  REVERT
call_ok_40:
  0053e  JUMPDEST
    ; algo.coin:97: self.delta += int(amount)
  0053f  PUSH 7
  00541  DUP1
  00542  SLOAD
  00543  LGET 0
  00545  PUSH @conv_ok_41
  00548  DUP2
  00549  PUSH 255
  0054b  SHR
  0054c  ISZERO
  0054d  JUMPI
  0054e  PANIC 17
conv_ok_41:
  00550  JUMPDEST
  00551  SCADD
  00552  SSTORE
    ; algo.coin:98: emit StableToShare(msg.sender, amount, out, price, spread_of(amount, value))
  00553  CALLER
  00554  LSET 5
  00556  LGET 0
  00558  LGET 3
  0055a  CALLF @fn__spread_of
  0055d  LSET 6
  0055f  PUSH 128
  00561  MALLOC
  00562  LSET 7
  00564  LGET 7
  00566  LGET 0
  00568  MSTORE
  00569  LGET 7
  0056b  PUSH 32
  0056d  ADD
  0056e  LGET 4
  00570  MSTORE
  00571  LGET 7
  00573  PUSH 64
  00575  ADD
  00576  LGET 2
  00578  MSTORE
  00579  LGET 7
  0057b  PUSH 96
  0057d  ADD
  0057e  LGET 6
  00580  MSTORE
  00581  LGET 7
  00583  PUSH 128
  00585  PUSH 0x9e28d7e021c7bb8983ac522a3122367438fee359edc54cd785815728dc3e20d3
  005a6  LGET 5
  005a8  LOG2
    ; algo.coin:99: emit DeltaUpdated(self.delta)
  005a9  PUSH 7
  005ab  SLOAD
  005ac  LSET 5
  005ae  PUSH 32
  005b0  MALLOC
  005b1  LSET 6
  005b3  LGET 6
  005b5  LGET 5
  005b7  MSTORE
  005b8  LGET 6
  005ba  PUSH 32
  005bc  PUSH 0x7e98cdae0bf278dbe67c776532ee05226d90230228e66f793f54674ffd929be
  005dd  LOG1
    ; algo.coin:100: return out
  005de  LGET 4
  005e0  RETF
  005e1  INVALID
fn_SwapModule_swap_share_for_stable:
    ; algo.coin:104: pub fn swap_share_for_stable(amount: uint, min_out: uint) -> uint {
  005e2  ENTER 9
  005e4  LSET 1
  005e6  LSET 0
    ; algo.coin:105: require(amount > 0, "amount must be positive")
  005e8  PUSH @req_ok_42
  005eb  LGET 0
  005ed  PUSH 0
  005ee  GT
  005ef  JUMPI
  005f0  PUSH 100
  005f2  MALLOC
  005f3  DUP1
  005f4  PUSH 100
  005f6  PUSH 100
  005f8  DATACOPY
  005f9  PUSH 100
  005fb  REVERT
req_ok_42:
  005fc  JUMPDEST
    ; algo.coin:106: self.recover()
  005fd  CALLF @fn_SwapModule_recover
    ; algo.coin:107: let price = Feed(self.oracle).price()
  00600  PUSH 3
  00602  SLOAD
  00603  LSET 5
  00605  PUSH @has_code_43
  00608  LGET 5
  0060a  EXTCODESIZE
  0060b  JUMPI
  0060c  PUSH 132
  0060e  MALLOC
  0060f  DUP1
  00610  PUSH 200
  00612  PUSH 132
  00614  DATACOPY
  00615  PUSH 132
  00617  REVERT
has_code_43:
  00618  JUMPDEST
  00619  PUSH 4
  0061b  MALLOC
  0061c  LSET 6
  0061e  LGET 6
  00620  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00641  MSTORE
  00642  PUSH @call_ok_44
  00645  GAS
  00646  LGET 5
  00648  LGET 6
  0064a  PUSH 4
  0064c  PUSH0
  0064d  PUSH0
  0064e  STATICCALL
  0064f  JUMPI
  00650  RETURNDATASIZE
  00651  MALLOC
  00652  DUP1
  00653  PUSH0
  00654  RETURNDATASIZE
  00655  RETURNDATACOPY
  00656  RETURNDATASIZE
  00657  REVERT
call_ok_44:
  00658  JUMPDEST
  00659  PUSH @ret_ok_45
  0065c  RETURNDATASIZE
  0065d  PUSH 32
  0065f  LT
  00660  ISZERO
  00661  JUMPI
  00662  PUSH 100
  00664  MALLOC
  00665  DUP1
  00666  PUSH 332
  00669  PUSH 100
  0066b  DATACOPY
  0066c  PUSH 100
  0066e  REVERT
ret_ok_45:
  0066f  JUMPDEST
  00670  PUSH 32
  00672  MALLOC
  00673  LSET 7
  00675  LGET 7
  00677  PUSH0
  00678  PUSH 32
  0067a  RETURNDATACOPY
  0067b  LGET 7
  0067d  MLOAD
  0067e  LSET 2
    ; algo.coin:108: let value = mul_div(amount, price, WAD)
  00680  LGET 0
  00682  LGET 2
  00684  PUSH 0xde0b6b3a7640000
  0068d  MULDIV
  0068e  LSET 3
    ; algo.coin:109: let out = self.share_to_stable_value(value)
  00690  LGET 3
  00692  CALLF @fn_SwapModule_share_to_stable_value
  00695  LSET 4
    ; algo.coin:110: require(out > 0, "output is zero")
  00697  PUSH @req_ok_46
  0069a  LGET 4
  0069c  PUSH 0
  0069d  GT
  0069e  JUMPI
  0069f  PUSH 100
  006a1  MALLOC
  006a2  DUP1
  006a3  PUSH 432
  006a6  PUSH 100
  006a8  DATACOPY
  006a9  PUSH 100
  006ab  REVERT
req_ok_46:
  006ac  JUMPDEST
    ; algo.coin:111: require(out >= min_out, "slippage: output below min_out")
  006ad  PUSH @req_ok_47
  006b0  LGET 4
  006b2  LGET 1
  006b4  LT
  006b5  ISZERO
  006b6  JUMPI
  006b7  PUSH 100
  006b9  MALLOC
  006ba  DUP1
  006bb  PUSH 532
  006be  PUSH 100
  006c0  DATACOPY
  006c1  PUSH 100
  006c3  REVERT
req_ok_47:
  006c4  JUMPDEST
    ; algo.coin:112: MintBurn(self.share).burn(msg.sender, amount)
  006c5  PUSH 2
  006c7  SLOAD
  006c8  LSET 5
  006ca  CALLER
  006cb  LSET 6
  006cd  LGET 0
  006cf  LSET 7
  006d1  PUSH @has_code_48
  006d4  LGET 5
  006d6  EXTCODESIZE
  006d7  JUMPI
  006d8  PUSH 132
  006da  MALLOC
  006db  DUP1
  006dc  PUSH 632
  006df  PUSH 132
  006e1  DATACOPY
  006e2  PUSH 132
  006e4  REVERT
has_code_48:
  006e5  JUMPDEST
  006e6  PUSH 68
  006e8  MALLOC
  006e9  LSET 8
  006eb  LGET 8
  006ed  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  0070e  MSTORE
  0070f  LGET 8
  00711  PUSH 4
  00713  ADD
  00714  LGET 6
  00716  MSTORE
  00717  LGET 8
  00719  PUSH 36
  0071b  ADD
  0071c  LGET 7
  0071e  MSTORE
  0071f  PUSH @call_ok_49
  00722  GAS
  00723  LGET 5
  00725  PUSH0
  00726  LGET 8
  00728  PUSH 68
  0072a  PUSH0
  0072b  PUSH0
  0072c  CALL
  0072d  JUMPI
  0072e  RETURNDATASIZE
  0072f  MALLOC
  00730  DUP1
  00731  PUSH0
  00732  RETURNDATASIZE
  00733  RETURNDATACOPY
  00734  RETURNDATASIZE
  00735  REVERT
call_ok_49:
  00736  JUMPDEST
    ; algo.coin:113: MintBurn(self.stable).mint(msg.sender, out)
  00737  PUSH 1
  00739  SLOAD
  0073a  LSET 5
  0073c  CALLER
  0073d  LSET 6
  0073f  LGET 4
  00741  LSET 7
  00743  PUSH @has_code_50
  00746  LGET 5
  00748  EXTCODESIZE
  00749  JUMPI
  0074a  PUSH 132
  0074c  MALLOC
  0074d  DUP1
  0074e  PUSH 764
  00751  PUSH 132
  00753  DATACOPY
  00754  PUSH 132
  00756  REVERT
has_code_50:
  00757  JUMPDEST
  00758  PUSH 68
  0075a  MALLOC
  0075b  LSET 8
  0075d  LGET 8
  0075f  PUSH 0x40c10f1900000000000000000000000000000000000000000000000000000000
  00780  MSTORE
  00781  LGET 8
  00783  PUSH 4
  00785  ADD
  00786  LGET 6
  00788  MSTORE
  00789  LGET 8
  0078b  PUSH 36
  0078d  ADD
  0078e  LGET 7
  00790  MSTORE
  00791  PUSH @call_ok_51
  00794  GAS
  00795  LGET 5
  00797  PUSH0
  00798  LGET 8
  0079a  PUSH 68
  0079c  PUSH0
  0079d  PUSH0
  0079e  CALL
  0079f  JUMPI
  007a0  RETURNDATASIZE
  007a1  MALLOC
  007a2  DUP1
  007a3  PUSH0
  007a4  RETURNDATASIZE
  007a5  RETURNDATACOPY
  007a6  RETURNDATASIZE
  007a7  REVERT
call_ok_51:
  007a8  JUMPDEST
    ; algo.coin:114: self.delta -= int(out)
  007a9  PUSH 7
  007ab  DUP1
  007ac  SLOAD
  007ad  LGET 4
  007af  PUSH @conv_ok_52
  007b2  DUP2
  007b3  PUSH 255
  007b5  SHR
  007b6  ISZERO
  007b7  JUMPI
  007b8  PANIC 17
conv_ok_52:
  007ba  JUMPDEST
  007bb  SCSUB
  007bc  SSTORE
    ; algo.coin:115: emit ShareToStable(msg.sender, amount, out, price, spread_of(value, out))
  007bd  CALLER
  007be  LSET 5
  007c0  LGET 3
  007c2  LGET 4
  007c4  CALLF @fn__spread_of
  007c7  LSET 6
  007c9  PUSH 128
  007cb  MALLOC
  007cc  LSET 7
  007ce  LGET 7
  007d0  LGET 0
  007d2  MSTORE
  007d3  LGET 7
  007d5  PUSH 32
  007d7  ADD
  007d8  LGET 4
  007da  MSTORE
  007db  LGET 7
  007dd  PUSH 64
  007df  ADD
  007e0  LGET 2
  007e2  MSTORE
  007e3  LGET 7
  007e5  PUSH 96
  007e7  ADD
  007e8  LGET 6
  007ea  MSTORE
  007eb  LGET 7
  007ed  PUSH 128
  007ef  PUSH 0xc7e1f6f85260119f61234f5af604be6aedf713724f1707121dad2055aacdc4e
  00810  LGET 5
  00812  LOG2
    ; algo.coin:116: emit DeltaUpdated(self.delta)
  00813  PUSH 7
  00815  SLOAD
  00816  LSET 5
  00818  PUSH 32
  0081a  MALLOC
  0081b  LSET 6
  0081d  LGET 6
  0081f  LGET 5
  00821  MSTORE
  00822  LGET 6
  00824  PUSH 32
  00826  PUSH 0x7e98cdae0bf278dbe67c776532ee05226d90230228e66f793f54674ffd929be
  00847  LOG1
    ; algo.coin:117: return out
  00848  LGET 4
  0084a  RETF
  0084b  INVALID
fn_SwapModule_quote_stable_for_share:
    ; algo.coin:121: pub view fn quote_stable_for_share(amount: uint) -> uint {
  0084c  ENTER 4
  0084e  LSET 0
    ; algo.coin:122: return mul_div(self.stable_to_share_value(amount), WAD, Feed(self.oracle).price())
  00850  LGET 0
  00852  CALLF @fn_SwapModule_stable_to_share_value
  00855  PUSH 0xde0b6b3a7640000
  0085e  PUSH 3
  00860  SLOAD
  00861  LSET 1
  00863  PUSH @has_code_53
  00866  LGET 1
  00868  EXTCODESIZE
  00869  JUMPI
  0086a  PUSH 132
  0086c  MALLOC
  0086d  DUP1
  0086e  PUSH 200
  00870  PUSH 132
  00872  DATACOPY
  00873  PUSH 132
  00875  REVERT
has_code_53:
  00876  JUMPDEST
  00877  PUSH 4
  00879  MALLOC
  0087a  LSET 2
  0087c  LGET 2
  0087e  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  0089f  MSTORE
  008a0  PUSH @call_ok_54
  008a3  GAS
  008a4  LGET 1
  008a6  LGET 2
  008a8  PUSH 4
  008aa  PUSH0
  008ab  PUSH0
  008ac  STATICCALL
  008ad  JUMPI
  008ae  RETURNDATASIZE
  008af  MALLOC
  008b0  DUP1
  008b1  PUSH0
  008b2  RETURNDATASIZE
  008b3  RETURNDATACOPY
  008b4  RETURNDATASIZE
  008b5  REVERT
call_ok_54:
  008b6  JUMPDEST
  008b7  PUSH @ret_ok_55
  008ba  RETURNDATASIZE
  008bb  PUSH 32
  008bd  LT
  008be  ISZERO
  008bf  JUMPI
  008c0  PUSH 100
  008c2  MALLOC
  008c3  DUP1
  008c4  PUSH 332
  008c7  PUSH 100
  008c9  DATACOPY
  008ca  PUSH 100
  008cc  REVERT
ret_ok_55:
  008cd  JUMPDEST
  008ce  PUSH 32
  008d0  MALLOC
  008d1  LSET 3
  008d3  LGET 3
  008d5  PUSH0
  008d6  PUSH 32
  008d8  RETURNDATACOPY
  008d9  LGET 3
  008db  MLOAD
  008dc  MULDIV
  008dd  RETF
  008de  INVALID
fn_SwapModule_quote_share_for_stable:
    ; algo.coin:125: pub view fn quote_share_for_stable(amount: uint) -> uint {
  008df  ENTER 4
  008e1  LSET 0
    ; algo.coin:126: return self.share_to_stable_value(mul_div(amount, Feed(self.oracle).price(), WAD))
  008e3  LGET 0
  008e5  PUSH 3
  008e7  SLOAD
  008e8  LSET 1
  008ea  PUSH @has_code_56
  008ed  LGET 1
  008ef  EXTCODESIZE
  008f0  JUMPI
  008f1  PUSH 132
  008f3  MALLOC
  008f4  DUP1
  008f5  PUSH 200
  008f7  PUSH 132
  008f9  DATACOPY
  008fa  PUSH 132
  008fc  REVERT
has_code_56:
  008fd  JUMPDEST
  008fe  PUSH 4
  00900  MALLOC
  00901  LSET 2
  00903  LGET 2
  00905  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00926  MSTORE
  00927  PUSH @call_ok_57
  0092a  GAS
  0092b  LGET 1
  0092d  LGET 2
  0092f  PUSH 4
  00931  PUSH0
  00932  PUSH0
  00933  STATICCALL
  00934  JUMPI
  00935  RETURNDATASIZE
  00936  MALLOC
  00937  DUP1
  00938  PUSH0
  00939  RETURNDATASIZE
  0093a  RETURNDATACOPY
  0093b  RETURNDATASIZE
  0093c  REVERT
call_ok_57:
  0093d  JUMPDEST
  0093e  PUSH @ret_ok_58
  00941  RETURNDATASIZE
  00942  PUSH 32
  00944  LT
  00945  ISZERO
  00946  JUMPI
  00947  PUSH 100
  00949  MALLOC
  0094a  DUP1
  0094b  PUSH 332
  0094e  PUSH 100
  00950  DATACOPY
  00951  PUSH 100
  00953  REVERT
ret_ok_58:
  00954  JUMPDEST
  00955  PUSH 32
  00957  MALLOC
  00958  LSET 3
  0095a  LGET 3
  0095c  PUSH0
  0095d  PUSH 32
  0095f  RETURNDATACOPY
  00960  LGET 3
  00962  MLOAD
  00963  PUSH 0xde0b6b3a7640000
  0096c  MULDIV
  0096d  CALLF @fn_SwapModule_share_to_stable_value
  00970  RETF
  00971  INVALID
fn_SwapModule_get_delta:
    ; algo.coin:129: pub view fn get_delta() -> int {
  00972  ENTER 0
    ; algo.coin:130: return self.delta
  00974  PUSH 7
  00976  SLOAD
  00977  RETF
  00978  INVALID
fn_SwapModule_pools:
    ; algo.coin:133: pub view fn pools() -> Pools {
  00979  ENTER 1
    ; algo.coin:134: let stable_pool = self.stable_pool()
  0097b  CALLF @fn_SwapModule_stable_pool
  0097e  LSET 0
    ; algo.coin:135: return Pools(stable_pool: stable_pool, share_pool: mul_div(self.base_pool, self.base_pool, stable_pool))
  00980  LGET 0
  00982  PUSH 4
  00984  SLOAD
  00985  PUSH 4
  00987  SLOAD
  00988  LGET 0
  0098a  MULDIV
  0098b  RETF
  0098c  INVALID
fn_SwapModule_parameters:
    ; algo.coin:138: pub view fn parameters() -> SwapParameters {
  0098d  ENTER 0
    ; algo.coin:139: return SwapParameters(base_pool: self.base_pool, recovery_period: self.recovery_period,
  0098f  PUSH 4
  00991  SLOAD
  00992  PUSH 5
  00994  SLOAD
    ; algo.coin:140: min_spread: self.min_spread)
  00995  PUSH 6
  00997  SLOAD
    ; algo.coin:139: return SwapParameters(base_pool: self.base_pool, recovery_period: self.recovery_period,
  00998  RETF
  00999  INVALID
fn__abs_int:
    ; algo.coin:194: view fn abs_int(x: int) -> int {
  0099a  ENTER 1
  0099c  LSET 0
    ; algo.coin:195: if x < 0 {
  0099e  PUSH @else_59
  009a1  LGET 0
  009a3  PUSH 0
  009a4  SLT
  009a5  ISZERO
  009a6  JUMPI
    ; algo.coin:196: return -x
  009a7  LGET 0
  009a9  SCNEG
  009aa  RETF
else_59:
  009ab  JUMPDEST
    ; algo.coin:198: return x
  009ac  LGET 0
  009ae  RETF
  009af  INVALID
fn__rpow:
    ; math.coin:8: view fn rpow(x: uint, n: uint, base: uint) -> uint {
  009b0  ENTER 7
  009b2  LSET 2
  009b4  LSET 1
  009b6  LSET 0
    ; math.coin:9: if n == 0 {
  009b8  PUSH @else_60
  009bb  LGET 1
  009bd  PUSH 0
  009be  EQ
  009bf  ISZERO
  009c0  JUMPI
    ; math.coin:10: return base
  009c1  LGET 2
  009c3  RETF
else_60:
  009c4  JUMPDEST
    ; math.coin:12: let z = base
  009c5  LGET 2
  009c7  LSET 3
    ; math.coin:13: if n % 2 == 1 {
  009c9  PUSH @else_61
  009cc  LGET 1
  009ce  PUSH 2
  009d0  CMOD
  009d1  PUSH 1
  009d3  EQ
  009d4  ISZERO
  009d5  JUMPI
    ; math.coin:14: z = x
  009d6  LGET 0
  009d8  LSET 3
else_61:
  009da  JUMPDEST
    ; math.coin:16: let half = base / 2
  009db  LGET 2
  009dd  PUSH 2
  009df  CDIV
  009e0  LSET 4
    ; math.coin:17: let xx = x
  009e2  LGET 0
  009e4  LSET 5
    ; math.coin:18: let k = n / 2
  009e6  LGET 1
  009e8  PUSH 2
  009ea  CDIV
  009eb  LSET 6
while_62:
    ; math.coin:19: while k > 0 {
  009ed  JUMPDEST
  009ee  PUSH @wend_63
  009f1  LGET 6
  009f3  PUSH 0
  009f4  GT
  009f5  ISZERO
  009f6  JUMPI
    ; math.coin:20: xx = (xx * xx + half) / base
  009f7  LGET 5
  009f9  LGET 5
  009fb  CMUL
  009fc  LGET 4
  009fe  CADD
  009ff  LGET 2
  00a01  CDIV
  00a02  LSET 5
    ; math.coin:21: if k % 2 == 1 {
  00a04  PUSH @else_64
  00a07  LGET 6
  00a09  PUSH 2
  00a0b  CMOD
  00a0c  PUSH 1
  00a0e  EQ
  00a0f  ISZERO
  00a10  JUMPI
    ; math.coin:22: z = (z * xx + half) / base
  00a11  LGET 3
  00a13  LGET 5
  00a15  CMUL
  00a16  LGET 4
  00a18  CADD
  00a19  LGET 2
  00a1b  CDIV
  00a1c  LSET 3
else_64:
  00a1e  JUMPDEST
    ; math.coin:24: k = k / 2
  00a1f  LGET 6
  00a21  PUSH 2
  00a23  CDIV
  00a24  LSET 6
    ; math.coin:19: while k > 0 {
  00a26  PUSH @while_62
  00a29  JUMP
wend_63:
  00a2a  JUMPDEST
    ; math.coin:26: return z
  00a2b  LGET 3
  00a2d  RETF
  00a2e  INVALID
fn__spread_of:
    ; algo.coin:187: view fn spread_of(offered: uint, received: uint) -> uint {
  00a2f  ENTER 2
  00a31  LSET 1
  00a33  LSET 0
    ; algo.coin:188: if offered == 0 or received >= offered {
  00a35  PUSH @else_65
  00a38  LGET 0
  00a3a  PUSH 0
  00a3b  EQ
  00a3c  DUP1
  00a3d  PUSH @or_66
  00a40  SWAP1
  00a41  JUMPI
  00a42  POP
  00a43  LGET 1
  00a45  LGET 0
  00a47  LT
  00a48  ISZERO
or_66:
  00a49  JUMPDEST
  00a4a  ISZERO
  00a4b  JUMPI
    ; algo.coin:189: return 0
  00a4c  PUSH 0
  00a4d  RETF
else_65:
  00a4e  JUMPDEST
    ; algo.coin:191: return mul_div(offered - received, WAD, offered)
  00a4f  LGET 0
  00a51  LGET 1
  00a53  CSUB
  00a54  PUSH 0xde0b6b3a7640000
  00a5d  LGET 0
  00a5f  MULDIV
  00a60  RETF
  00a61  INVALID
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  00a62  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  00a64  PUSH @req_ok_67
  00a67  CALLER
  00a68  PUSH 0
  00a69  SLOAD
  00a6a  EQ
  00a6b  JUMPI
  00a6c  PUSH 100
  00a6e  MALLOC
  00a6f  DUP1
  00a70  PUSH 896
  00a73  PUSH 100
  00a75  DATACOPY
  00a76  PUSH 100
  00a78  REVERT
req_ok_67:
  00a79  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  00a7a  RETF
fn_SwapModule_set_all:
    ; algo.coin:53: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  00a7b  ENTER 8
  00a7d  LSET 2
  00a7f  LSET 1
  00a81  LSET 0
    ; algo.coin:54: require(base_pool > 0, "base pool must be positive")
  00a83  PUSH @req_ok_68
  00a86  LGET 0
  00a88  PUSH 0
  00a89  GT
  00a8a  JUMPI
  00a8b  PUSH 100
  00a8d  MALLOC
  00a8e  DUP1
  00a8f  PUSH 996
  00a92  PUSH 100
  00a94  DATACOPY
  00a95  PUSH 100
  00a97  REVERT
req_ok_68:
  00a98  JUMPDEST
    ; algo.coin:55: require(recovery_period > 0, "recovery period must be positive")
  00a99  PUSH @req_ok_69
  00a9c  LGET 1
  00a9e  PUSH 0
  00a9f  GT
  00aa0  JUMPI
  00aa1  PUSH 100
  00aa3  MALLOC
  00aa4  DUP1
  00aa5  PUSH 1096
  00aa8  PUSH 100
  00aaa  DATACOPY
  00aab  PUSH 100
  00aad  REVERT
req_ok_69:
  00aae  JUMPDEST
    ; algo.coin:56: require(min_spread < WAD, "min spread must be below 100%")
  00aaf  PUSH @req_ok_70
  00ab2  LGET 2
  00ab4  PUSH 0xde0b6b3a7640000
  00abd  LT
  00abe  JUMPI
  00abf  PUSH 100
  00ac1  MALLOC
  00ac2  DUP1
  00ac3  PUSH 1196
  00ac6  PUSH 100
  00ac8  DATACOPY
  00ac9  PUSH 100
  00acb  REVERT
req_ok_70:
  00acc  JUMPDEST
    ; algo.coin:57: self.base_pool = base_pool
  00acd  PUSH 4
  00acf  LGET 0
  00ad1  SSTORE
    ; algo.coin:58: self.recovery_period = recovery_period
  00ad2  PUSH 5
  00ad4  LGET 1
  00ad6  SSTORE
    ; algo.coin:59: self.min_spread = min_spread
  00ad7  PUSH 6
  00ad9  LGET 2
  00adb  SSTORE
    ; algo.coin:60: emit ParameterSet("base_pool", base_pool)
  00adc  PUSH 64
  00ade  MALLOC
  00adf  DUP1
  00ae0  PUSH 1296
  00ae3  PUSH 64
  00ae5  DATACOPY
  00ae6  LSET 3
  00ae8  PUSH 64
  00aea  LGET 3
  00aec  MLOAD
  00aed  PUSH 31
  00aef  ADD
  00af0  PUSH 5
  00af2  SHR
  00af3  PUSH 5
  00af5  SHL
  00af6  PUSH 32
  00af8  ADD
  00af9  ADD
  00afa  LSET 4
  00afc  LGET 4
  00afe  MALLOC
  00aff  LSET 5
  00b01  PUSH 64
  00b03  LSET 6
  00b05  LGET 5
  00b07  PUSH 0
  00b08  ADD
  00b09  LGET 6
  00b0b  MSTORE
  00b0c  LGET 5
  00b0e  PUSH 0
  00b0f  ADD
  00b10  LGET 6
  00b12  ADD
  00b13  LGET 3
  00b15  LGET 3
  00b17  MLOAD
  00b18  PUSH 31
  00b1a  ADD
  00b1b  PUSH 5
  00b1d  SHR
  00b1e  PUSH 5
  00b20  SHL
  00b21  PUSH 32
  00b23  ADD
  00b24  DUP1
  00b25  LSET 7
  00b27  MCOPY
  00b28  LGET 6
  00b2a  LGET 7
  00b2c  ADD
  00b2d  LSET 6
  00b2f  LGET 5
  00b31  PUSH 32
  00b33  ADD
  00b34  LGET 0
  00b36  MSTORE
  00b37  LGET 5
  00b39  LGET 4
  00b3b  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00b5c  LOG1
    ; algo.coin:61: emit ParameterSet("recovery_period", recovery_period)
  00b5d  PUSH 64
  00b5f  MALLOC
  00b60  DUP1
  00b61  PUSH 1360
  00b64  PUSH 64
  00b66  DATACOPY
  00b67  LSET 3
  00b69  PUSH 64
  00b6b  LGET 3
  00b6d  MLOAD
  00b6e  PUSH 31
  00b70  ADD
  00b71  PUSH 5
  00b73  SHR
  00b74  PUSH 5
  00b76  SHL
  00b77  PUSH 32
  00b79  ADD
  00b7a  ADD
  00b7b  LSET 4
  00b7d  LGET 4
  00b7f  MALLOC
  00b80  LSET 5
  00b82  PUSH 64
  00b84  LSET 6
  00b86  LGET 5
  00b88  PUSH 0
  00b89  ADD
  00b8a  LGET 6
  00b8c  MSTORE
  00b8d  LGET 5
  00b8f  PUSH 0
  00b90  ADD
  00b91  LGET 6
  00b93  ADD
  00b94  LGET 3
  00b96  LGET 3
  00b98  MLOAD
  00b99  PUSH 31
  00b9b  ADD
  00b9c  PUSH 5
  00b9e  SHR
  00b9f  PUSH 5
  00ba1  SHL
  00ba2  PUSH 32
  00ba4  ADD
  00ba5  DUP1
  00ba6  LSET 7
  00ba8  MCOPY
  00ba9  LGET 6
  00bab  LGET 7
  00bad  ADD
  00bae  LSET 6
  00bb0  LGET 5
  00bb2  PUSH 32
  00bb4  ADD
  00bb5  LGET 1
  00bb7  MSTORE
  00bb8  LGET 5
  00bba  LGET 4
  00bbc  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00bdd  LOG1
    ; algo.coin:62: emit ParameterSet("min_spread", min_spread)
  00bde  PUSH 64
  00be0  MALLOC
  00be1  DUP1
  00be2  PUSH 1424
  00be5  PUSH 64
  00be7  DATACOPY
  00be8  LSET 3
  00bea  PUSH 64
  00bec  LGET 3
  00bee  MLOAD
  00bef  PUSH 31
  00bf1  ADD
  00bf2  PUSH 5
  00bf4  SHR
  00bf5  PUSH 5
  00bf7  SHL
  00bf8  PUSH 32
  00bfa  ADD
  00bfb  ADD
  00bfc  LSET 4
  00bfe  LGET 4
  00c00  MALLOC
  00c01  LSET 5
  00c03  PUSH 64
  00c05  LSET 6
  00c07  LGET 5
  00c09  PUSH 0
  00c0a  ADD
  00c0b  LGET 6
  00c0d  MSTORE
  00c0e  LGET 5
  00c10  PUSH 0
  00c11  ADD
  00c12  LGET 6
  00c14  ADD
  00c15  LGET 3
  00c17  LGET 3
  00c19  MLOAD
  00c1a  PUSH 31
  00c1c  ADD
  00c1d  PUSH 5
  00c1f  SHR
  00c20  PUSH 5
  00c22  SHL
  00c23  PUSH 32
  00c25  ADD
  00c26  DUP1
  00c27  LSET 7
  00c29  MCOPY
  00c2a  LGET 6
  00c2c  LGET 7
  00c2e  ADD
  00c2f  LSET 6
  00c31  LGET 5
  00c33  PUSH 32
  00c35  ADD
  00c36  LGET 2
  00c38  MSTORE
  00c39  LGET 5
  00c3b  LGET 4
  00c3d  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00c5e  LOG1
    ; algo.coin:53: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  00c5f  RETF
fn_SwapModule_share_to_stable_value:
    ; algo.coin:153: view fn share_to_stable_value(value: uint) -> uint {
  00c60  ENTER 8
  00c62  LSET 0
    ; algo.coin:154: let sp = self.stable_pool()
  00c64  CALLF @fn_SwapModule_stable_pool
  00c67  LSET 1
    ; algo.coin:155: let cp = self.base_pool * self.base_pool
  00c69  PUSH 4
  00c6b  SLOAD
  00c6c  PUSH 4
  00c6e  SLOAD
  00c6f  CMUL
  00c70  LSET 2
    ; algo.coin:156: let share_pool = cp / sp
  00c72  LGET 2
  00c74  LGET 1
  00c76  CDIV
  00c77  LSET 3
    ; algo.coin:159: let left = cp / (share_pool + value)
  00c79  LGET 2
  00c7b  LGET 3
  00c7d  LGET 0
  00c7f  CADD
  00c80  CDIV
  00c81  LSET 4
    ; algo.coin:160: if left >= sp {
  00c83  PUSH @else_71
  00c86  LGET 4
  00c88  LGET 1
  00c8a  LT
  00c8b  ISZERO
  00c8c  ISZERO
  00c8d  JUMPI
    ; algo.coin:161: return 0
  00c8e  PUSH 0
  00c8f  RETF
else_71:
  00c90  JUMPDEST
    ; algo.coin:163: let out = sp - left
  00c91  LGET 1
  00c93  LGET 4
  00c95  CSUB
  00c96  LSET 5
    ; algo.coin:164: return min(out, mul_div(value, WAD - self.min_spread, WAD))
  00c98  LGET 5
  00c9a  LSET 6
  00c9c  LGET 0
  00c9e  PUSH 0xde0b6b3a7640000
  00ca7  PUSH 6
  00ca9  SLOAD
  00caa  CSUB
  00cab  PUSH 0xde0b6b3a7640000
  00cb4  MULDIV
  00cb5  LSET 7
  00cb7  LGET 7
  00cb9  LGET 6
  00cbb  LGET 7
  00cbd  XOR
  00cbe  LGET 6
  00cc0  LGET 7
  00cc2  LT
  00cc3  MUL
  00cc4  XOR
  00cc5  RETF
  00cc6  INVALID
fn_SwapModule_stable_pool:
    ; algo.coin:167: view fn stable_pool() -> uint {
  00cc7  ENTER 1
    ; algo.coin:168: let p = int(self.base_pool) + self.delta
  00cc9  PUSH 4
  00ccb  SLOAD
  00ccc  PUSH @conv_ok_72
  00ccf  DUP2
  00cd0  PUSH 255
  00cd2  SHR
  00cd3  ISZERO
  00cd4  JUMPI
  00cd5  PANIC 17
conv_ok_72:
  00cd7  JUMPDEST
  00cd8  PUSH 7
  00cda  SLOAD
  00cdb  SCADD
  00cdc  LSET 0
    ; algo.coin:169: if p < 1 {
  00cde  PUSH @else_73
  00ce1  LGET 0
  00ce3  PUSH 1
  00ce5  SLT
  00ce6  ISZERO
  00ce7  JUMPI
    ; algo.coin:170: return 1
  00ce8  PUSH 1
  00cea  RETF
else_73:
  00ceb  JUMPDEST
    ; algo.coin:172: return uint(p)
  00cec  LGET 0
  00cee  PUSH @conv_ok_74
  00cf1  DUP2
  00cf2  PUSH 255
  00cf4  SHR
  00cf5  ISZERO
  00cf6  JUMPI
  00cf7  PANIC 17
conv_ok_74:
  00cf9  JUMPDEST
  00cfa  RETF
  00cfb  INVALID
fn_SwapModule_stable_to_share_value:
    ; algo.coin:145: view fn stable_to_share_value(amount: uint) -> uint {
  00cfc  ENTER 7
  00cfe  LSET 0
    ; algo.coin:146: let sp = self.stable_pool()
  00d00  CALLF @fn_SwapModule_stable_pool
  00d03  LSET 1
    ; algo.coin:147: let cp = self.base_pool * self.base_pool
  00d05  PUSH 4
  00d07  SLOAD
  00d08  PUSH 4
  00d0a  SLOAD
  00d0b  CMUL
  00d0c  LSET 2
    ; algo.coin:148: let share_pool = cp / sp
  00d0e  LGET 2
  00d10  LGET 1
  00d12  CDIV
  00d13  LSET 3
    ; algo.coin:149: let out = share_pool - cp / (sp + amount)
  00d15  LGET 3
  00d17  LGET 2
  00d19  LGET 1
  00d1b  LGET 0
  00d1d  CADD
  00d1e  CDIV
  00d1f  CSUB
  00d20  LSET 4
    ; algo.coin:150: return min(out, mul_div(amount, WAD - self.min_spread, WAD))
  00d22  LGET 4
  00d24  LSET 5
  00d26  LGET 0
  00d28  PUSH 0xde0b6b3a7640000
  00d31  PUSH 6
  00d33  SLOAD
  00d34  CSUB
  00d35  PUSH 0xde0b6b3a7640000
  00d3e  MULDIV
  00d3f  LSET 6
  00d41  LGET 6
  00d43  LGET 5
  00d45  LGET 6
  00d47  XOR
  00d48  LGET 5
  00d4a  LGET 6
  00d4c  LT
  00d4d  MUL
  00d4e  XOR
  00d4f  RETF
  00d50  INVALID
; ---- init section (657 bytes)
    ; algo.coin:22: contract SwapModule is Owned {
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
    ; algo.coin:37: init(stable: address, share: address, oracle: address, base_pool: uint, recovery_period: uint,
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 192
  00016  LT
  00017  JUMPI
  00018  PUSH 0
  00019  CALLDATALOAD
  0001a  PUSH @bad_input_2
  0001d  DUP2
  0001e  PUSH 160
  00020  SHR
  00021  JUMPI
  00022  PUSH 32
  00024  CALLDATALOAD
  00025  PUSH @bad_input_2
  00028  DUP2
  00029  PUSH 160
  0002b  SHR
  0002c  JUMPI
  0002d  PUSH 64
  0002f  CALLDATALOAD
  00030  PUSH @bad_input_2
  00033  DUP2
  00034  PUSH 160
  00036  SHR
  00037  JUMPI
  00038  PUSH 96
  0003a  CALLDATALOAD
  0003b  PUSH 128
  0003d  CALLDATALOAD
  0003e  PUSH 160
  00040  CALLDATALOAD
  00041  CALLF @fn_SwapModule_init
  00044  STOP
bad_input_2:
    ; algo.coin:22: contract SwapModule is Owned {
  00045  JUMPDEST
  00046  PUSH0
  00047  PUSH0
  00048  REVERT
fn_SwapModule_init:
    ; algo.coin:37: init(stable: address, share: address, oracle: address, base_pool: uint, recovery_period: uint,
  00049  ENTER 6
  0004b  LSET 5
  0004d  LSET 4
  0004f  LSET 3
  00051  LSET 2
  00053  LSET 1
  00055  LSET 0
    ; algo.coin:39: Owned.init()
  00057  CALLF @fn_Owned_init
    ; algo.coin:40: self.stable = stable
  0005a  PUSH 1
  0005c  LGET 0
  0005e  SSTORE
    ; algo.coin:41: self.share = share
  0005f  PUSH 2
  00061  LGET 1
  00063  SSTORE
    ; algo.coin:42: self.oracle = oracle
  00064  PUSH 3
  00066  LGET 2
  00068  SSTORE
    ; algo.coin:43: self.set_all(base_pool, recovery_period, min_spread)
  00069  LGET 3
  0006b  LGET 4
  0006d  LGET 5
  0006f  CALLF @fn_SwapModule_set_all
    ; algo.coin:44: self.last_update = block.timestamp
  00072  TIMESTAMP
  00073  PUSH 8
  00075  SWAP1
  00076  SSTORE
    ; algo.coin:37: init(stable: address, share: address, oracle: address, base_pool: uint, recovery_period: uint,
  00077  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  00078  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  0007a  PUSH 0
  0007b  CALLER
  0007c  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  0007d  PUSH 0
  0007e  LSET 0
  00080  CALLER
  00081  LSET 1
  00083  PUSH0
  00084  PUSH0
  00085  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  000a6  LGET 0
  000a8  LGET 1
  000aa  LOG3
    ; access.coin:8: init() {
  000ab  RETF
fn_SwapModule_set_all:
    ; algo.coin:53: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  000ac  ENTER 8
  000ae  LSET 2
  000b0  LSET 1
  000b2  LSET 0
    ; algo.coin:54: require(base_pool > 0, "base pool must be positive")
  000b4  PUSH @req_ok_3
  000b7  LGET 0
  000b9  PUSH 0
  000ba  GT
  000bb  JUMPI
  000bc  PUSH 100
  000be  MALLOC
  000bf  DUP1
  000c0  PUSH 996
  000c3  PUSH 100
  000c5  DATACOPY
  000c6  PUSH 100
  000c8  REVERT
req_ok_3:
  000c9  JUMPDEST
    ; algo.coin:55: require(recovery_period > 0, "recovery period must be positive")
  000ca  PUSH @req_ok_4
  000cd  LGET 1
  000cf  PUSH 0
  000d0  GT
  000d1  JUMPI
  000d2  PUSH 100
  000d4  MALLOC
  000d5  DUP1
  000d6  PUSH 1096
  000d9  PUSH 100
  000db  DATACOPY
  000dc  PUSH 100
  000de  REVERT
req_ok_4:
  000df  JUMPDEST
    ; algo.coin:56: require(min_spread < WAD, "min spread must be below 100%")
  000e0  PUSH @req_ok_5
  000e3  LGET 2
  000e5  PUSH 0xde0b6b3a7640000
  000ee  LT
  000ef  JUMPI
  000f0  PUSH 100
  000f2  MALLOC
  000f3  DUP1
  000f4  PUSH 1196
  000f7  PUSH 100
  000f9  DATACOPY
  000fa  PUSH 100
  000fc  REVERT
req_ok_5:
  000fd  JUMPDEST
    ; algo.coin:57: self.base_pool = base_pool
  000fe  PUSH 4
  00100  LGET 0
  00102  SSTORE
    ; algo.coin:58: self.recovery_period = recovery_period
  00103  PUSH 5
  00105  LGET 1
  00107  SSTORE
    ; algo.coin:59: self.min_spread = min_spread
  00108  PUSH 6
  0010a  LGET 2
  0010c  SSTORE
    ; algo.coin:60: emit ParameterSet("base_pool", base_pool)
  0010d  PUSH 64
  0010f  MALLOC
  00110  DUP1
  00111  PUSH 1296
  00114  PUSH 64
  00116  DATACOPY
  00117  LSET 3
  00119  PUSH 64
  0011b  LGET 3
  0011d  MLOAD
  0011e  PUSH 31
  00120  ADD
  00121  PUSH 5
  00123  SHR
  00124  PUSH 5
  00126  SHL
  00127  PUSH 32
  00129  ADD
  0012a  ADD
  0012b  LSET 4
  0012d  LGET 4
  0012f  MALLOC
  00130  LSET 5
  00132  PUSH 64
  00134  LSET 6
  00136  LGET 5
  00138  PUSH 0
  00139  ADD
  0013a  LGET 6
  0013c  MSTORE
  0013d  LGET 5
  0013f  PUSH 0
  00140  ADD
  00141  LGET 6
  00143  ADD
  00144  LGET 3
  00146  LGET 3
  00148  MLOAD
  00149  PUSH 31
  0014b  ADD
  0014c  PUSH 5
  0014e  SHR
  0014f  PUSH 5
  00151  SHL
  00152  PUSH 32
  00154  ADD
  00155  DUP1
  00156  LSET 7
  00158  MCOPY
  00159  LGET 6
  0015b  LGET 7
  0015d  ADD
  0015e  LSET 6
  00160  LGET 5
  00162  PUSH 32
  00164  ADD
  00165  LGET 0
  00167  MSTORE
  00168  LGET 5
  0016a  LGET 4
  0016c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0018d  LOG1
    ; algo.coin:61: emit ParameterSet("recovery_period", recovery_period)
  0018e  PUSH 64
  00190  MALLOC
  00191  DUP1
  00192  PUSH 1360
  00195  PUSH 64
  00197  DATACOPY
  00198  LSET 3
  0019a  PUSH 64
  0019c  LGET 3
  0019e  MLOAD
  0019f  PUSH 31
  001a1  ADD
  001a2  PUSH 5
  001a4  SHR
  001a5  PUSH 5
  001a7  SHL
  001a8  PUSH 32
  001aa  ADD
  001ab  ADD
  001ac  LSET 4
  001ae  LGET 4
  001b0  MALLOC
  001b1  LSET 5
  001b3  PUSH 64
  001b5  LSET 6
  001b7  LGET 5
  001b9  PUSH 0
  001ba  ADD
  001bb  LGET 6
  001bd  MSTORE
  001be  LGET 5
  001c0  PUSH 0
  001c1  ADD
  001c2  LGET 6
  001c4  ADD
  001c5  LGET 3
  001c7  LGET 3
  001c9  MLOAD
  001ca  PUSH 31
  001cc  ADD
  001cd  PUSH 5
  001cf  SHR
  001d0  PUSH 5
  001d2  SHL
  001d3  PUSH 32
  001d5  ADD
  001d6  DUP1
  001d7  LSET 7
  001d9  MCOPY
  001da  LGET 6
  001dc  LGET 7
  001de  ADD
  001df  LSET 6
  001e1  LGET 5
  001e3  PUSH 32
  001e5  ADD
  001e6  LGET 1
  001e8  MSTORE
  001e9  LGET 5
  001eb  LGET 4
  001ed  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0020e  LOG1
    ; algo.coin:62: emit ParameterSet("min_spread", min_spread)
  0020f  PUSH 64
  00211  MALLOC
  00212  DUP1
  00213  PUSH 1424
  00216  PUSH 64
  00218  DATACOPY
  00219  LSET 3
  0021b  PUSH 64
  0021d  LGET 3
  0021f  MLOAD
  00220  PUSH 31
  00222  ADD
  00223  PUSH 5
  00225  SHR
  00226  PUSH 5
  00228  SHL
  00229  PUSH 32
  0022b  ADD
  0022c  ADD
  0022d  LSET 4
  0022f  LGET 4
  00231  MALLOC
  00232  LSET 5
  00234  PUSH 64
  00236  LSET 6
  00238  LGET 5
  0023a  PUSH 0
  0023b  ADD
  0023c  LGET 6
  0023e  MSTORE
  0023f  LGET 5
  00241  PUSH 0
  00242  ADD
  00243  LGET 6
  00245  ADD
  00246  LGET 3
  00248  LGET 3
  0024a  MLOAD
  0024b  PUSH 31
  0024d  ADD
  0024e  PUSH 5
  00250  SHR
  00251  PUSH 5
  00253  SHL
  00254  PUSH 32
  00256  ADD
  00257  DUP1
  00258  LSET 7
  0025a  MCOPY
  0025b  LGET 6
  0025d  LGET 7
  0025f  ADD
  00260  LSET 6
  00262  LGET 5
  00264  PUSH 32
  00266  ADD
  00267  LGET 2
  00269  MSTORE
  0026a  LGET 5
  0026c  LGET 4
  0026e  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0028f  LOG1
    ; algo.coin:53: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  00290  RETF
; ---- data section (1488 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000206f776e65722063616e6e6f7420626520746865207a65726f20616464
  00060  7265737308c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  0000000000000017616d6f756e74206d75737420626520706f73697469766500
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  00000000000000000000002d63616c6c20746f2070726963653a207468652074
  00120  6172676574206164647265737320686173206e6f20636f646500000000000000
  00140  00000000000000000000000008c379a000000000000000000000000000000000
  00160  0000000000000000000000000000002000000000000000000000000000000000
  00180  0000000000000000000000000000002063616c6c20746f2070726963653a2073
  001a0  686f72742072657475726e206461746108c379a0000000000000000000000000
  001c0  0000000000000000000000000000000000000020000000000000000000000000
  001e0  000000000000000000000000000000000000000e6f7574707574206973207a65
  00200  726f00000000000000000000000000000000000008c379a00000000000000000
  00220  0000000000000000000000000000000000000000000000200000000000000000
  00240  00000000000000000000000000000000000000000000001e736c697070616765
  00260  3a206f75747075742062656c6f77206d696e5f6f7574000008c379a000000000
  00280  0000000000000000000000000000000000000000000000000000002000000000
  002a0  0000000000000000000000000000000000000000000000000000002c63616c6c
  002c0  20746f206275726e3a2074686520746172676574206164647265737320686173
  002e0  206e6f20636f6465000000000000000000000000000000000000000008c379a0
  00300  0000000000000000000000000000000000000000000000000000000000000020
  00320  000000000000000000000000000000000000000000000000000000000000002c
  00340  63616c6c20746f206d696e743a20746865207461726765742061646472657373
  00360  20686173206e6f20636f64650000000000000000000000000000000000000000
  00380  08c379a000000000000000000000000000000000000000000000000000000000
  003a0  0000002000000000000000000000000000000000000000000000000000000000
  003c0  0000001763616c6c6572206973206e6f7420746865206f776e65720000000000
  003e0  0000000008c379a0000000000000000000000000000000000000000000000000
  00400  0000000000000020000000000000000000000000000000000000000000000000
  00420  000000000000001a6261736520706f6f6c206d75737420626520706f73697469
  00440  766500000000000008c379a00000000000000000000000000000000000000000
  00460  0000000000000000000000200000000000000000000000000000000000000000
  00480  0000000000000000000000207265636f7665727920706572696f64206d757374
  004a0  20626520706f73697469766508c379a000000000000000000000000000000000
  004c0  0000000000000000000000000000002000000000000000000000000000000000
  004e0  0000000000000000000000000000001d6d696e20737072656164206d75737420
  00500  62652062656c6f77203130302500000000000000000000000000000000000000
  00520  00000000000000000000000000000009626173655f706f6f6c00000000000000
  00540  0000000000000000000000000000000000000000000000000000000000000000
  00560  0000000000000000000000000000000f7265636f766572795f706572696f6400
  00580  0000000000000000000000000000000000000000000000000000000000000000
  005a0  0000000000000000000000000000000a6d696e5f737072656164000000000000
  005c0  00000000000000000000000000000000
