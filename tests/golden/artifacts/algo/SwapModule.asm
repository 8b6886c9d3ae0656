; contract SwapModule
; ---- runtime section (3870 bytes)
    ; algo.coin:23: contract SwapModule is Owned {
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
  00055  PUSH @ext_quote_stable_for_share_at_8
  00058  DUP2
  00059  PUSH 0x89406f8f
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_delta_at_9
  00063  DUP2
  00064  PUSH 0xf54ba892
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_quote_stable_for_share_10
  0006e  DUP2
  0006f  PUSH 0xc69aee4d
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_quote_share_for_stable_11
  00079  DUP2
  0007a  PUSH 0x3c02a903
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_get_delta_12
  00084  DUP2
  00085  PUSH 0x99cb40c1
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH @ext_pools_13
  0008f  DUP2
  00090  PUSH 0xc5c51dca
  00095  EQ
  00096  JUMPI
  00097  PUSH @ext_parameters_14
  0009a  DUP2
  0009b  PUSH 0x89035730
  000a0  EQ
  000a1  JUMPI
  000a2  PUSH0
  000a3  PUSH0
  000a4  REVERT
fallback_1:
  000a5  JUMPDEST
  000a6  PUSH0
  000a7  PUSH0
  000a8  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  000a9  JUMPDEST
  000aa  POP
  000ab  PUSH @novalue_15
  000ae  CALLVALUE
  000af  ISZERO
  000b0  JUMPI
  000b1  PUSH0
  000b2  PUSH0
  000b3  REVERT
novalue_15:
  000b4  JUMPDEST
  000b5  CALLF @fn_Owned_get_owner
  000b8  LSET 0
  000ba  PUSH 32
  000bc  MALLOC
  000bd  LSET 1
  000bf  LGET 1
  000c1  LGET 0
  000c3  MSTORE
  000c4  LGET 1
  000c6  PUSH 32
  000c8  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  000c9  JUMPDEST
  000ca  POP
  000cb  PUSH @novalue_16
  000ce  CALLVALUE
  000cf  ISZERO
  000d0  JUMPI
  000d1  PUSH0
  000d2  PUSH0
  000d3  REVERT
novalue_16:
  000d4  JUMPDEST
  000d5  PUSH @bad_input_17
  000d8  CALLDATASIZE
  000d9  PUSH 36
  000db  LT
  000dc  JUMPI
  000dd  PUSH 4
  000df  CALLDATALOAD
  000e0  PUSH @bad_input_17
  000e3  DUP2
  000e4  PUSH 160
  000e6  SHR
  000e7  JUMPI
  000e8  CALLF @fn_Owned_transfer_ownership
  000eb  STOP
ext_set_parameters_4:
    ; algo.coin:48: pub fn set_parameters(base_pool: uint, recovery_period: uint, min_spread: uint) {
  000ec  JUMPDEST
  000ed  POP
  000ee  PUSH @novalue_18
  000f1  CALLVALUE
  000f2  ISZERO
  000f3  JUMPI
  000f4  PUSH0
  000f5  PUSH0
  000f6  REVERT
novalue_18:
  000f7  JUMPDEST
  000f8  PUSH @bad_input_17
  000fb  CALLDATASIZE
  000fc  PUSH 100
  000fe  LT
  000ff  JUMPI
  00100  PUSH 4
  00102  CALLDATALOAD
  00103  PUSH 36
  00105  CALLDATALOAD
  00106  PUSH 68
  00108  CALLDATALOAD
  00109  CALLF @fn_SwapModule_set_parameters
  0010c  STOP
ext_recover_5:
    ; algo.coin:68: pub fn recover() {
  0010d  JUMPDEST
  0010e  POP
  0010f  PUSH @novalue_19
  00112  CALLVALUE
  00113  ISZERO
  00114  JUMPI
  00115  PUSH0
  00116  PUSH0
  00117  REVERT
novalue_19:
  00118  JUMPDEST
  00119  CALLF @fn_SwapModule_recover
  0011c  STOP
ext_swap_stable_for_share_6:
    ; algo.coin:88: pub fn swap_stable_for_share(amount: uint, min_out: uint) -> uint {
  0011d  JUMPDEST
  0011e  POP
  0011f  PUSH @novalue_20
  00122  CALLVALUE
  00123  ISZERO
  00124  JUMPI
  00125  PUSH0
  00126  PUSH0
  00127  REVERT
novalue_20:
  00128  JUMPDEST
  00129  PUSH @bad_input_17
  0012c  CALLDATASIZE
  0012d  PUSH 68
  0012f  LT
  00130  JUMPI
  00131  PUSH 4
  00133  CALLDATALOAD
  00134  PUSH 36
  00136  CALLDATALOAD
  00137  CALLF @fn_SwapModule_swap_stable_for_share
  0013a  LSET 0
  0013c  PUSH 32
  0013e  MALLOC
  0013f  LSET 1
  00141  LGET 1
  00143  LGET 0
  00145  MSTORE
  00146  LGET 1
  00148  PUSH 32
  0014a  RETURN
ext_swap_share_for_stable_7:
    ; algo.coin:105: pub fn swap_share_for_stable(amount: uint, min_out: uint) -> uint {
  0014b  JUMPDEST
  0014c  POP
  0014d  PUSH @novalue_21
  00150  CALLVALUE
  00151  ISZERO
  00152  JUMPI
  00153  PUSH0
  00154  PUSH0
  00155  REVERT
novalue_21:
  00156  JUMPDEST
  00157  PUSH @bad_input_17
  0015a  CALLDATASIZE
  0015b  PUSH 68
  0015d  LT
  0015e  JUMPI
  0015f  PUSH 4
  00161  CALLDATALOAD
  00162  PUSH 36
  00164  CALLDATALOAD
  00165  CALLF @fn_SwapModule_swap_share_for_stable
  00168  LSET 0
  0016a  PUSH 32
  0016c  MALLOC
  0016d  LSET 1
  0016f  LGET 1
  00171  LGET 0
  00173  MSTORE
  00174  LGET 1
  00176  PUSH 32
  00178  RETURN
ext_quote_stable_for_share_at_8:
    ; algo.coin:124: pub view fn quote_stable_for_share_at(amount: uint, at: uint) -> uint {
  00179  JUMPDEST
  0017a  POP
  0017b  PUSH @novalue_22
  0017e  CALLVALUE
  0017f  ISZERO
  00180  JUMPI
  00181  PUSH0
  00182  PUSH0
  00183  REVERT
novalue_22:
  00184  JUMPDEST
  00185  PUSH @bad_input_17
  00188  CALLDATASIZE
  00189  PUSH 68
  0018b  LT
  0018c  JUMPI
  0018d  PUSH 4
  0018f  CALLDATALOAD
  00190  PUSH 36
  00192  CALLDATALOAD
  00193  CALLF @fn_SwapModule_quote_stable_for_share_at
  00196  LSET 0
  00198  PUSH 32
  0019a  MALLOC
  0019b  LSET 1
  0019d  LGET 1
  0019f  LGET 0
  001a1  MSTORE
  001a2  LGET 1
  001a4  PUSH 32
  001a6  RETURN
ext_delta_at_9:
    ; algo.coin:130: pub view fn delta_at(at: uint) -> int {
  001a7  JUMPDEST
  001a8  POP
  001a9  PUSH @novalue_23
  001ac  CALLVALUE
  001ad  ISZERO
  001ae  JUMPI
  001af  PUSH0
  001b0  PUSH0
  001b1  REVERT
novalue_23:
  001b2  JUMPDEST
  001b3  PUSH @bad_input_17
  001b6  CALLDATASIZE
  001b7  PUSH 36
  001b9  LT
  001ba  JUMPI
  001bb  PUSH 4
  001bd  CALLDATALOAD
  001be  CALLF @fn_SwapModule_delta_at
  001c1  LSET 0
  001c3  PUSH 32
  001c5  MALLOC
  001c6  LSET 1
  001c8  LGET 1
  001ca  LGET 0
  001cc  MSTORE
  001cd  LGET 1
  001cf  PUSH 32
  001d1  RETURN
ext_quote_stable_for_share_10:
    ; algo.coin:142: pub view fn quote_stable_for_share(amount: uint) -> uint {
  001d2  JUMPDEST
  001d3  POP
  001d4  PUSH @novalue_24
  001d7  CALLVALUE
  001d8  ISZERO
  001d9  JUMPI
  001da  PUSH0
  001db  PUSH0
  001dc  REVERT
novalue_24:
  001dd  JUMPDEST
  001de  PUSH @bad_input_17
  001e1  CALLDATASIZE
  001e2  PUSH 36
  001e4  LT
  001e5  JUMPI
  001e6  PUSH 4
  001e8  CALLDATALOAD
  001e9  CALLF @fn_SwapModule_quote_stable_for_share
  001ec  LSET 0
  001ee  PUSH 32
  001f0  MALLOC
  001f1  LSET 1
  001f3  LGET 1
  001f5  LGET 0
  001f7  MSTORE
  001f8  LGET 1
  001fa  PUSH 32
  001fc  RETURN
ext_quote_share_for_stable_11:
    ; algo.coin:146: pub view fn quote_share_for_stable(amount: uint) -> uint {
  001fd  JUMPDEST
  001fe  POP
  001ff  PUSH @novalue_25
  00202  CALLVALUE
  00203  ISZERO
  00204  JUMPI
  00205  PUSH0
  00206  PUSH0
  00207  REVERT
novalue_25:
  00208  JUMPDEST
  00209  PUSH @bad_input_17
  0020c  CALLDATASIZE
  0020d  PUSH 36
  0020f  LT
  00210  JUMPI
  00211  PUSH 4
  00213  CALLDATALOAD
  00214  CALLF @fn_SwapModule_quote_share_for_stable
  00217  LSET 0
  00219  PUSH 32
  0021b  MALLOC
  0021c  LSET 1
  0021e  LGET 1
  00220  LGET 0
  00222  MSTORE
  00223  LGET 1
  00225  PUSH 32
  00227  RETURN
ext_get_delta_12:
    ; algo.coin:150: pub view fn get_delta() -> int {
  00228  JUMPDEST
  00229  POP
  0022a  PUSH @novalue_26
  0022d  CALLVALUE
  0022e  ISZERO
  0022f  JUMPI
  00230  PUSH0
  00231  PUSH0
  00232  REVERT
novalue_26:
  00233  JUMPDEST
  00234  CALLF @fn_SwapModule_get_delta
  00237  LSET 0
  00239  PUSH 32
  0023b  MALLOC
  0023c  LSET 1
  0023e  LGET 1
  00240  LGET 0
  00242  MSTORE
  00243  LGET 1
  00245  PUSH 32
  00247  RETURN
ext_pools_13:
    ; algo.coin:154: pub view fn pools() -> Pools {
  00248  JUMPDEST
  00249  POP
  0024a  PUSH @novalue_27
  0024d  CALLVALUE
  0024e  ISZERO
  0024f  JUMPI
  00250  PUSH0
  00251  PUSH0
  00252  REVERT
novalue_27:
  00253  JUMPDEST
  00254  CALLF @fn_SwapModule_pools
  00257  LSET 1
  00259  LSET 0
  0025b  PUSH 64
  0025d  MALLOC
  0025e  LSET 2
  00260  LGET 2
  00262  LGET 0
  00264  MSTORE
  00265  LGET 2
  00267  PUSH 32
  00269  ADD
  0026a  LGET 1
  0026c  MSTORE
  0026d  LGET 2
  0026f  PUSH 64
  00271  RETURN
ext_parameters_14:
    ; algo.coin:159: pub view fn parameters() -> SwapParameters {
  00272  JUMPDEST
  00273  POP
  00274  PUSH @novalue_28
  00277  CALLVALUE
  00278  ISZERO
  00279  JUMPI
  0027a  PUSH0
  0027b  PUSH0
  0027c  REVERT
novalue_28:
  0027d  JUMPDEST
  0027e  CALLF @fn_SwapModule_parameters
  00281  LSET 2
  00283  LSET 1
  00285  LSET 0
  00287  PUSH 96
  00289  MALLOC
  0028a  LSET 3
  0028c  LGET 3
  0028e  LGET 0
  00290  MSTORE
  00291  LGET 3
  00293  PUSH 32
  00295  ADD
  00296  LGET 1
  00298  MSTORE
  00299  LGET 3
  0029b  PUSH 64
  0029d  ADD
  0029e  LGET 2
  002a0  MSTORE
  002a1  LGET 3
  002a3  PUSH 96
  002a5  RETURN
bad_input_17:
    ; algo.coin:23: contract SwapModule is Owned {
  002a6  JUMPDEST
  002a7  PUSH0
  002a8  PUSH0
  002a9  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  002aa  ENTER 0
    ; access.coin:14: return self.owner
  002ac  PUSH 0
  002ad  SLOAD
  002ae  RETF
  002af  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  002b0  ENTER 2
  002b2  LSET 0
    ; access.coin:18: self.only_owner()
  002b4  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  002b7  PUSH @req_ok_29
  002ba  LGET 0
  002bc  PUSH 0
  002bd  EQ
  002be  ISZERO
  002bf  JUMPI
  002c0  PUSH 100
  002c2  MALLOC
  002c3  DUP1
  002c4  PUSH 0
  002c5  PUSH 100
  002c7  DATACOPY
  002c8  PUSH 100
  002ca  REVERT
req_ok_29:
  002cb  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  002cc  PUSH 0
  002cd  SLOAD
  002ce  LSET 1
  002d0  PUSH0
  002d1  PUSH0
  002d2  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  002f3  LGET 1
  002f5  LGET 0
  002f7  LOG3
    ; access.coin:21: self.owner = next
  002f8  PUSH 0
  002f9  LGET 0
  002fb  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  002fc  RETF
fn_SwapModule_set_parameters:
    ; algo.coin:48: pub fn set_parameters(base_pool: uint, recovery_period: uint, min_spread: uint) {
  002fd  ENTER 3
  002ff  LSET 2
  00301  LSET 1
  00303  LSET 0
    ; algo.coin:49: self.only_owner()
  00305  CALLF @fn_Owned_only_owner
    ; algo.coin:50: self.recover()
  00308  CALLF @fn_SwapModule_recover
    ; algo.coin:51: self.set_all(base_pool, recovery_period, min_spread)
  0030b  LGET 0
  0030d  LGET 1
  0030f  LGET 2
  00311  CALLF @fn_SwapModule_set_all
    ; algo.coin:48: pub fn set_parameters(base_pool: uint, recovery_period: uint, min_spread: uint) {
  00314  RETF
fn_SwapModule_recover:
    ; algo.coin:68: pub fn recover() {
  00315  ENTER 5
    ; algo.coin:69: let elapsed = block.timestamp - self.last_update
  00317  TIMESTAMP
  00318  PUSH 8
  0031a  SLOAD
  0031b  CSUB
  0031c  LSET 0
    ; algo.coin:70: if elapsed == 0 {
  0031e  PUSH @else_30
  00321  LGET 0
  00323  PUSH 0
  00324  EQ
  00325  ISZERO
  00326  JUMPI
    ; algo.coin:71: return
  00327  RETF
else_30:
  00328  JUMPDEST
    ; algo.coin:73: self.last_update = block.timestamp
  00329  TIMESTAMP
  0032a  PUSH 8
  0032c  SWAP1
  0032d  SSTORE
    ; algo.coin:74: if self.delta == 0 {
  0032e  PUSH @else_31
  00331  PUSH 7
  00333  SLOAD
  00334  PUSH 0
  00335  EQ
  00336  ISZERO
  00337  JUMPI
    ; algo.coin:75: return
  00338  RETF
else_31:
  00339  JUMPDEST
    ; algo.coin:77: let keep = rpow(RAY - RAY / self.recovery_period, elapsed, RAY)
  0033a  PUSH 0x33b2e3c9fd0803ce8000000
  00347  PUSH 0x33b2e3c9fd0803ce8000000
  00354  PUSH 5
  00356  SLOAD
  00357  CDIV
  00358  CSUB
  00359  LGET 0
  0035b  PUSH 0x33b2e3c9fd0803ce8000000
  00368  CALLF @fn__rpow
  0036b  LSET 1
    ; algo.coin:78: let magnitude = uint(abs_int(self.delta))
  0036d  PUSH 7
  0036f  SLOAD
  00370  CALLF @fn__abs_int
  00373  PUSH @conv_ok_32
  00376  DUP2
  00377  PUSH 255
  00379  SHR
  0037a  ISZERO
  0037b  JUMPI
  0037c  PANIC 17
conv_ok_32:
  0037e  JUMPDEST
  0037f  LSET 2
    ; algo.coin:79: let left = int(mul_div(magnitude, keep, RAY))
  00381  LGET 2
  00383  LGET 1
  00385  PUSH 0x33b2e3c9fd0803ce8000000
  00392  MULDIV
  00393  PUSH @conv_ok_33
  00396  DUP2
  00397  PUSH 255
  00399  SHR
  0039a  ISZERO
  0039b  JUMPI
  0039c  PANIC 17
conv_ok_33:
  0039e  JUMPDEST
  0039f  LSET 3
    ; algo.coin:80: if self.delta < 0 {
  003a1  PUSH @else_34
  003a4  PUSH 7
  003a6  SLOAD
  003a7  PUSH 0
  003a8  SLT
  003a9  ISZERO
  003aa  JUMPI
    ; algo.coin:81: left = -left
  003ab  LGET 3
  003ad  SCNEG
  003ae  LSET 3
else_34:
  003b0  JUMPDEST
    ; algo.coin:83: self.delta = left
  003b1  PUSH 7
  003b3  LGET 3
  003b5  SSTORE
    ; algo.coin:84: emit DeltaUpdated(left)
  003b6  PUSH 32
  003b8  MALLOC
  003b9  LSET 4
  003bb  LGET 4
  003bd  LGET 3
  003bf  MSTORE
  003c0  LGET 4
  003c2  PUSH 32
  003c4  PUSH 0x7e98cdae0bf278dbe67c776532ee05226d90230228e66f793f54674ffd929be
  003e5  LOG1
    ; algo.coin:68: pub fn recover() {
  003e6  RETF
fn_SwapModule_swap_stable_for_share:
    ; algo.coin:88: pub fn swap_stable_for_share(amount: uint, min_out: uint) -> uint {
  003e7  ENTER 9
  003e9  LSET 1
  003eb  LSET 0
    ; algo.coin:89: require(amount > 0, "amount must be positive")
  003ed  PUSH @req_ok_35
  003f0  LGET 0
  003f2  PUSH 0
  003f3  GT
  003f4  JUMPI
  003f5  PUSH 100
  003f7  MALLOC
  003f8  DUP1
  003f9  PUSH 100
  003fb  PUSH 100
  003fd  DATACOPY
  003fe  PUSH 100
  00400  REVERT
req_ok_35:
  00401  JUMPDEST
    ; algo.coin:90: self.recover()
  00402  CALLF @fn_SwapModule_recover
    ; algo.coin:91: let price = Feed(self.oracle).price()
  00405  PUSH 3
  00407  SLOAD
  00408  LSET 5
  0040a  PUSH @has_code_36
  0040d  LGET 5
  0040f  EXTCODESIZE
  00410  JUMPI
  00411  PUSH 132
  00413  MALLOC
  00414  DUP1
  00415  PUSH 200
  00417  PUSH 132
  00419  DATACOPY
  0041a  PUSH 132
  0041c  REVERT
has_code_36:
  0041d  JUMPDEST
  0041e  PUSH 4
  00420  MALLOC
  00421  LSET 6
  00423  LGET 6
  00425  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00446  MSTORE
  00447  PUSH @call_ok_37
  0044a  GAS
  0044b  LGET 5
  0044d  LGET 6
  0044f  PUSH 4
  00451  PUSH0
  00452  PUSH0
  00453  STATICCALL
  00454  JUMPI
  00455  RETURNDATASIZE
  00456  MALLOC
  00457  DUP1
  00458  PUSH0
  00459  RETURNDATASIZE
  0045a  RETURNDATACOPY
  0045b  RETURNDATASIZE
  0045c  REVERT
call_ok_37:
  0045d  JUMPDEST
  0045e  PUSH @ret_ok_38
  00461  RETURNDATASIZE
  00462  PUSH 32
  00464  LT
  00465  ISZERO
  00466  JUMPI
  00467  PUSH 100
  00469  MALLOC
  0046a  DUP1
  0046b  PUSH 332
  0046e  PUSH 100
  00470  DATACOPY
  00471  PUSH 100
  00473  REVERT
ret_ok_38:
  00474  JUMPDEST
  00475  PUSH 32
  00477  MALLOC
  00478  LSET 7
  0047a  LGET 7
  0047c  PUSH0
  0047d  PUSH 32
  0047f  RETURNDATACOPY
  00480  LGET 7
  00482  MLOAD
  00483  LSET 2
    ; algo.coin:92: let value = self.stable_to_share_value(amount)
  00485  LGET 0
  00487  CALLF @fn_SwapModule_stable_to_share_value
  0048a  LSET 3
    ; algo.coin:93: let out = mul_div(value, WAD, price)
  0048c  LGET 3
  0048e  PUSH 0xde0b6b3a7640000
  00497  LGET 2
  00499  MULDIV
  0049a  LSET 4
    ; algo.coin:94: require(out > 0, "output is zero")
  0049c  PUSH @req_ok_39
  0049f  LGET 4
  004a1  PUSH 0
  004a2  GT
  004a3  JUMPI
  004a4  PUSH 100
  004a6  MALLOC
  004a7  DUP1
  004a8  PUSH 432
  004ab  PUSH 100
  004ad  DATACOPY
  004ae  PUSH 100
  004b0  REVERT
req_ok_39:
  004b1  JUMPDEST
    ; algo.coin:95: require(out >= min_out, "slippage: output below min_out")
  004b2  PUSH @req_ok_40
  004b5  LGET 4
  004b7  LGET 1
  004b9  LT
  004ba  ISZERO
  004bb  JUMPI
  004bc  PUSH 100
  004be  MALLOC
  004bf  DUP1
  004c0  PUSH 532
  004c3  PUSH 100
  004c5  DATACOPY
  004c6  PUSH 100
  004c8  REVERT
req_ok_40:
  004c9  JUMPDEST
    ; algo.coin:96: MintBurn(self.stable).burn(msg.sender, amount)
  004ca  PUSH 1
  004cc  SLOAD
  004cd  LSET 5
  004cf  CALLER
  004d0  LSET 6
  004d2  LGET 0
  004d4  LSET 7
  004d6  PUSH @has_code_41
  004d9  LGET 5
  004db  EXTCODESIZE
  004dc  JUMPI
  004dd  PUSH 132
  004df  MALLOC
  004e0  DUP1
  004e1  PUSH 632
  004e4  PUSH 132
  004e6  DATACOPY
  004e7  PUSH 132
  004e9  REVERT
has_code_41:
  004ea  JUMPDEST
  004eb  PUSH 68
  004ed  MALLOC
  004ee  LSET 8
  004f0  LGET 8
  004f2  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  00513  MSTORE
  00514  LGET 8
  00516  PUSH 4
  00518  ADD
  00519  LGET 6
  0051b  MSTORE
  0051c  LGET 8
  0051e  PUSH 36
  00520  ADD
  00521  LGET 7
  00523  MSTORE
  00524  PUSH @call_ok_42
  00527  GAS
  00528  LGET 5
  0052a  PUSH0
  0052b  LGET 8
  0052d  PUSH 68
  0052f  PUSH0
  00530  PUSH0
  00531  CALL
  00532  JUMPI
  00533  RETURNDATASIZE
  00534  MALLOC
  00535  DUP1
  00536  PUSH0
  00537  RETURNDATASIZE
  00538  RETURNDATACOPY
  00539  RETURNDATASIZE
  0053a  REVERT
call_ok_42:
  0053b  JUMPDEST
    ; algo.coin:97: MintBurn(self.share).mint(msg.sender, out)
  0053c  PUSH 2
  0053e  SLOAD
  0053f  LSET 5
  00541  CALLER
  00542  LSET 6
  00544  LGET 4
  00546  LSET 7
  00548  PUSH @has_code_43
  0054b  LGET 5
  0054d  EXTCODESIZE
  0054e  JUMPI
  0054f  PUSH 132
  00551  MALLOC
  00552  DUP1
  00553  PUSH 764
  00556  PUSH 132
  00558  DATACOPY
  00559  PUSH 132
  0055b  REVERT
has_code_43:
  0055c  JUMPDEST
  0055d  PUSH 68
  0055f  MALLOC
  00560  LSET 8
  00562  LGET 8
  00564  PUSH 0x40c10f1900000000000000000000000000000000000000000000000000000000
  00585  MSTORE
  00586  LGET 8
  00588  PUSH 4
  0058a  ADD
  0058b  LGET 6
  0058d  MSTORE
  0058e  LGET 8
  00590  PUSH 36
  00592  ADD
  00593  LGET 7
  00595  MSTORE
  00596  PUSH @call_ok_44
  00599  GAS
  0059a  LGET 5
  0059c  PUSH0
  0059d  LGET 8
  0059f  PUSH 68
  005a1  PUSH0
  005a2  PUSH0
  005a3  CALL
  005a4  JUMPI
  005a5  RETURNDATASIZE
  005a6  MALLOC
  005a7  DUP1
  005a8  PUSH0
  005a9  RETURNDATASIZE
  005aa  RETURNDATACOPY
  005ab  RETURNDATASIZE
  005ac  REVERT
call_ok_44:
  005ad  JUMPDEST
    ; algo.coin:98: self.delta += int(amount)
  005ae  PUSH 7
  005b0  DUP1
  005b1  SLOAD
  005b2  LGET 0
  005b4  PUSH @conv_ok_45
  005b7  DUP2
  005b8  PUSH 255
  005ba  SHR
  005bb  ISZERO
  005bc  JUMPI
  005bd  PANIC 17
conv_ok_45:
  005bf  JUMPDEST
  005c0  SCADD
  005c1  SSTORE
    ; algo.coin:99: emit StableToShare(msg.sender, amount, out, price, spread_of(amount, value))
  005c2  CALLER
  005c3  LSET 5
  005c5  LGET 0
  005c7  LGET 3
  005c9  CALLF @fn__spread_of
  005cc  LSET 6
  005ce  PUSH 128
  005d0  MALLOC
  005d1  LSET 7
  005d3  LGET 7
  005d5  LGET 0
  005d7  MSTORE
  005d8  LGET 7
  005da  PUSH 32
  005dc  ADD
  005dd  LGET 4
  005df  MSTORE
  005e0  LGET 7
  005e2  PUSH 64
  005e4  ADD
  005e5  LGET 2
  005e7  MSTORE
  005e8  LGET 7
  005ea  PUSH 96
  005ec  ADD
  005ed  LGET 6
  005ef  MSTORE
  005f0  LGET 7
  005f2  PUSH 128
  005f4  PUSH 0x9e28d7e021c7bb8983ac522a3122367438fee359edc54cd785815728dc3e20d3
  00615  LGET 5
  00617  LOG2
    ; algo.coin:100: emit DeltaUpdated(self.delta)
  00618  PUSH 7
  0061a  SLOAD
  0061b  LSET 5
  0061d  PUSH 32
  0061f  MALLOC
  00620  LSET 6
  00622  LGET 6
  00624  LGET 5
  00626  MSTORE
  00627  LGET 6
  00629  PUSH 32
  0062b  PUSH 0x7e98cdae0bf278dbe67c776532ee05226d90230228e66f793f54674ffd929be
  0064c  LOG1
    ; algo.coin:101: return out
  0064d  LGET 4
  0064f  RETF
  00650  INVALID
fn_SwapModule_swap_share_for_stable:
    ; algo.coin:105: pub fn swap_share_for_stable(amount: uint, min_out: uint) -> uint {
  00651  ENTER 9
  00653  LSET 1
  00655  LSET 0
    ; algo.coin:106: require(amount > 0, "amount must be positive")
  00657  PUSH @req_ok_46
  0065a  LGET 0
  0065c  PUSH 0
  0065d  GT
  0065e  JUMPI
  0065f  PUSH 100
  00661  MALLOC
  00662  DUP1
  00663  PUSH 100
  00665  PUSH 100
  00667  DATACOPY
  00668  PUSH 100
  0066a  REVERT
req_ok_46:
  0066b  JUMPDEST
    ; algo.coin:107: self.recover()
  0066c  CALLF @fn_SwapModule_recover
    ; algo.coin:108: let price = Feed(self.oracle).price()
  0066f  PUSH 3
  00671  SLOAD
  00672  LSET 5
  00674  PUSH @has_code_47
  00677  LGET 5
  00679  EXTCODESIZE
  0067a  JUMPI
  0067b  PUSH 132
  0067d  MALLOC
  0067e  DUP1
  0067f  PUSH 200
  00681  PUSH 132
  00683  DATACOPY
  00684  PUSH 132
  00686  REVERT
has_code_47:
  00687  JUMPDEST
  00688  PUSH 4
  0068a  MALLOC
  0068b  LSET 6
  0068d  LGET 6
  0068f  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  006b0  MSTORE
  006b1  PUSH @call_ok_48
  006b4  GAS
  006b5  LGET 5
  006b7  LGET 6
  006b9  PUSH 4
  006bb  PUSH0
  006bc  PUSH0
  006bd  STATICCALL
  006be  JUMPI
  006bf  RETURNDATASIZE
  006c0  MALLOC
  006c1  DUP1
  006c2  PUSH0
  006c3  RETURNDATASIZE
  006c4  RETURNDATACOPY
  006c5  RETURNDATASIZE
  006c6  REVERT
call_ok_48:
  006c7  JUMPDEST
  006c8  PUSH @ret_ok_49
  006cb  RETURNDATASIZE
  006cc  PUSH 32
  006ce  LT
  006cf  ISZERO
  006d0  JUMPI
  006d1  PUSH 100
  006d3  MALLOC
  006d4  DUP1
  006d5  PUSH 332
  006d8  PUSH 100
  006da  DATACOPY
  006db  PUSH 100
  006dd  REVERT
ret_ok_49:
  006de  JUMPDEST
  006df  PUSH 32
  006e1  MALLOC
  006e2  LSET 7
  006e4  LGET 7
  006e6  PUSH0
  006e7  PUSH 32
  006e9  RETURNDATACOPY
  006ea  LGET 7
  006ec  MLOAD
  006ed  LSET 2
    ; algo.coin:109: let value = mul_div(amount, price, WAD)
  006ef  LGET 0
  006f1  LGET 2
  006f3  PUSH 0xde0b6b3a7640000
  006fc  MULDIV
  006fd  LSET 3
    ; algo.coin:110: let out = self.share_to_stable_value(value)
  006ff  LGET 3
  00701  CALLF @fn_SwapModule_share_to_stable_value
  00704  LSET 4
    ; algo.coin:111: require(out > 0, "output is zero")
  00706  PUSH @req_ok_50
  00709  LGET 4
  0070b  PUSH 0
  0070c  GT
  0070d  JUMPI
  0070e  PUSH 100
  00710  MALLOC
  00711  DUP1
  00712  PUSH 432
  00715  PUSH 100
  00717  DATACOPY
  00718  PUSH 100
  0071a  REVERT
req_ok_50:
  0071b  JUMPDEST
    ; algo.coin:112: require(out >= min_out, "slippage: output below min_out")
  0071c  PUSH @req_ok_51
  0071f  LGET 4
  00721  LGET 1
  00723  LT
  00724  ISZERO
  00725  JUMPI
  00726  PUSH 100
  00728  MALLOC
  00729  DUP1
  0072a  PUSH 532
  0072d  PUSH 100
  0072f  DATACOPY
  00730  PUSH 100
  00732  REVERT
req_ok_51:
  00733  JUMPDEST
    ; algo.coin:113: MintBurn(self.share).burn(msg.sender, amount)
  00734  PUSH 2
  00736  SLOAD
  00737  LSET 5
  00739  CALLER
  0073a  LSET 6
  0073c  LGET 0
  0073e  LSET 7
  00740  PUSH @has_code_52
  00743  LGET 5
  00745  EXTCODESIZE
  00746  JUMPI
  00747  PUSH 132
  00749  MALLOC
  0074a  DUP1
  0074b  PUSH 632
  0074e  PUSH 132
  00750  DATACOPY
  00751  PUSH 132
  00753  REVERT
has_code_52:
  00754  JUMPDEST
  00755  PUSH 68
  00757  MALLOC
  00758  LSET 8
  0075a  LGET 8
  0075c  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  0077d  MSTORE
  0077e  LGET 8
  00780  PUSH 4
  00782  ADD
  00783  LGET 6
  00785  MSTORE
  00786  LGET 8
  00788  PUSH 36
  0078a  ADD
  0078b  LGET 7
  0078d  MSTORE
  0078e  PUSH @call_ok_53
  00791  GAS
  00792  LGET 5
  00794  PUSH0
  00795  LGET 8
  00797  PUSH 68
  00799  PUSH0
  0079a  PUSH0
  0079b  CALL
  0079c  JUMPI
  0079d  RETURNDATASIZE
  0079e  MALLOC
  0079f  DUP1
  007a0  PUSH0
  007a1  RETURNDATASIZE
  007a2  RETURNDATACOPY
  007a3  RETURNDATASIZE
  007a4  REVERT
call_ok_53:
  007a5  JUMPDEST
    ; algo.coin:114: MintBurn(self.stable).mint(msg.sender, out)
  007a6  PUSH 1
  007a8  SLOAD
  007a9  LSET 5
  007ab  CALLER
  007ac  LSET 6
  007ae  LGET 4
  007b0  LSET 7
  007b2  PUSH @has_code_54
  007b5  LGET 5
  007b7  EXTCODESIZE
  007b8  JUMPI
  007b9  PUSH 132
  007bb  MALLOC
  007bc  DUP1
  007bd  PUSH 764
  007c0  PUSH 132
  007c2  DATACOPY
  007c3  PUSH 132
  007c5  REVERT
has_code_54:
  007c6  JUMPDEST
  007c7  PUSH 68
  007c9  MALLOC
  007ca  LSET 8
  007cc  LGET 8
  007ce  PUSH 0x40c10f1900000000000000000000000000000000000000000000000000000000
  007ef  MSTORE
  007f0  LGET 8
  007f2  PUSH 4
  007f4  ADD
  007f5  LGET 6
  007f7  MSTORE
  007f8  LGET 8
  007fa  PUSH 36
  007fc  ADD
  007fd  LGET 7
  007ff  MSTORE
  00800  PUSH @call_ok_55
  00803  GAS
  00804  LGET 5
  00806  PUSH0
  00807  LGET 8
  00809  PUSH 68
  0080b  PUSH0
  0080c  PUSH0
  0080d  CALL
  0080e  JUMPI
  0080f  RETURNDATASIZE
  00810  MALLOC
  00811  DUP1
  00812  PUSH0
  00813  RETURNDATASIZE
  00814  RETURNDATACOPY
  00815  RETURNDATASIZE
  00816  REVERT
call_ok_55:
  00817  JUMPDEST
    ; algo.coin:115: self.delta -= int(out)
  00818  PUSH 7
  0081a  DUP1
  0081b  SLOAD
  0081c  LGET 4
  0081e  PUSH @conv_ok_56
  00821  DUP2
  00822  PUSH 255
  00824  SHR
  00825  ISZERO
  00826  JUMPI
  00827  PANIC 17
conv_ok_56:
  00829  JUMPDEST
  0082a  SCSUB
  0082b  SSTORE
    ; algo.coin:116: emit ShareToStable(msg.sender, amount, out, price, spread_of(value, out))
  0082c  CALLER
  0082d  LSET 5
  0082f  LGET 3
  00831  LGET 4
  00833  CALLF @fn__spread_of
  00836  LSET 6
  00838  PUSH 128
  0083a  MALLOC
  0083b  LSET 7
  0083d  LGET 7
  0083f  LGET 0
  00841  MSTORE
  00842  LGET 7
  00844  PUSH 32
  00846  ADD
  00847  LGET 4
  00849  MSTORE
  0084a  LGET 7
  0084c  PUSH 64
  0084e  ADD
  0084f  LGET 2
  00851  MSTORE
  00852  LGET 7
  00854  PUSH 96
  00856  ADD
  00857  LGET 6
  00859  MSTORE
  0085a  LGET 7
  0085c  PUSH 128
  0085e  PUSH 0xc7e1f6f85260119f61234f5af604be6aedf713724f1707121dad2055aacdc4e
  0087f  LGET 5
  00881  LOG2
    ; algo.coin:117: emit DeltaUpdated(self.delta)
  00882  PUSH 7
  00884  SLOAD
  00885  LSET 5
  00887  PUSH 32
  00889  MALLOC
  0088a  LSET 6
  0088c  LGET 6
  0088e  LGET 5
  00890  MSTORE
  00891  LGET 6
  00893  PUSH 32
  00895  PUSH 0x7e98cdae0bf278dbe67c776532ee05226d90230228e66f793f54674ffd929be
  008b6  LOG1
    ; algo.coin:118: return out
  008b7  LGET 4
  008b9  RETF
  008ba  INVALID
fn_SwapModule_quote_stable_for_share_at:
    ; algo.coin:124: pub view fn quote_stable_for_share_at(amount: uint, at: uint) -> uint {
  008bb  ENTER 6
  008bd  LSET 1
  008bf  LSET 0
    ; algo.coin:125: let value = self.stable_to_share_value_with(amount, self.delta_at(at))
  008c1  LGET 0
  008c3  LGET 1
  008c5  CALLF @fn_SwapModule_delta_at
  008c8  CALLF @fn_SwapModule_stable_to_share_value_with
  008cb  LSET 2
    ; algo.coin:126: return mul_div(value, WAD, Feed(self.oracle).price())
  008cd  LGET 2
  008cf  PUSH 0xde0b6b3a7640000
  008d8  PUSH 3
  008da  SLOAD
  008db  LSET 3
  008dd  PUSH @has_code_57
  008e0  LGET 3
  008e2  EXTCODESIZE
  008e3  JUMPI
  008e4  PUSH 132
  008e6  MALLOC
  008e7  DUP1
  008e8  PUSH 200
  008ea  PUSH 132
  008ec  DATACOPY
  008ed  PUSH 132
  008ef  REVERT
has_code_57:
  008f0  JUMPDEST
  008f1  PUSH 4
  008f3  MALLOC
  008f4  LSET 4
  008f6  LGET 4
  008f8  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00919  MSTORE
  0091a  PUSH @call_ok_58
  0091d  GAS
  0091e  LGET 3
  00920  LGET 4
  00922  PUSH 4
  00924  PUSH0
  00925  PUSH0
  00926  STATICCALL
  00927  JUMPI
  00928  RETURNDATASIZE
  00929  MALLOC
  0092a  DUP1
  0092b  PUSH0
  0092c  RETURNDATASIZE
  0092d  RETURNDATACOPY
  0092e  RETURNDATASIZE
  0092f  REVERT
call_ok_58:
  00930  JUMPDEST
  00931  PUSH @ret_ok_59
  00934  RETURNDATASIZE
  00935  PUSH 32
  00937  LT
  00938  ISZERO
  00939  JUMPI
  0093a  PUSH 100
  0093c  MALLOC
  0093d  DUP1
  0093e  PUSH 332
  00941  PUSH 100
  00943  DATACOPY
  00944  PUSH 100
  00946  REVERT
ret_ok_59:
  00947  JUMPDEST
  00948  PUSH 32
  0094a  MALLOC
  0094b  LSET 5
  0094d  LGET 5
  0094f  PUSH0
  00950  PUSH 32
  00952  RETURNDATACOPY
  00953  LGET 5
  00955  MLOAD
  00956  MULDIV
  00957  RETF
  00958  INVALID
fn_SwapModule_delta_at:
    ; algo.coin:130: pub view fn delta_at(at: uint) -> int {
  00959  ENTER 3
  0095b  LSET 0
    ; algo.coin:131: if at <= self.last_update or self.delta == 0 {
  0095d  PUSH @else_60
  00960  LGET 0
  00962  PUSH 8
  00964  SLOAD
  00965  GT
  00966  ISZERO
  00967  DUP1
  00968  PUSH @or_61
  0096b  SWAP1
  0096c  JUMPI
  0096d  POP
  0096e  PUSH 7
  00970  SLOAD
  00971  PUSH 0
  00972  EQ
or_61:
  00973  JUMPDEST
  00974  ISZERO
  00975  JUMPI
    ; algo.coin:132: return self.delta
  00976  PUSH 7
  00978  SLOAD
  00979  RETF
else_60:
  0097a  JUMPDEST
    ; algo.coin:134: let keep = rpow(RAY - RAY / self.recovery_period, at - self.last_update, RAY)
  0097b  PUSH 0x33b2e3c9fd0803ce8000000
  00988  PUSH 0x33b2e3c9fd0803ce8000000
  00995  PUSH 5
  00997  SLOAD
  00998  CDIV
  00999  CSUB
  0099a  LGET 0
  0099c  PUSH 8
  0099e  SLOAD
  0099f  CSUB
  009a0  PUSH 0x33b2e3c9fd0803ce8000000
  009ad  CALLF @fn__rpow
  009b0  LSET 1
    ; algo.coin:135: let left = int(mul_div(uint(abs_int(self.delta)), keep, RAY))
  009b2  PUSH 7
  009b4  SLOAD
  009b5  CALLF @fn__abs_int
  009b8  PUSH @conv_ok_62
  009bb  DUP2
  009bc  PUSH 255
  009be  SHR
  009bf  ISZERO
  009c0  JUMPI
  009c1  PANIC 17
conv_ok_62:
  009c3  JUMPDEST
  009c4  LGET 1
  009c6  PUSH 0x33b2e3c9fd0803ce8000000
  009d3  MULDIV
  009d4  PUSH @conv_ok_63
  009d7  DUP2
  009d8  PUSH 255
  009da  SHR
  009db  ISZERO
  009dc  JUMPI
  009dd  PANIC 17
conv_ok_63:
  009df  JUMPDEST
  009e0  LSET 2
    ; algo.coin:136: if self.delta < 0 {
  009e2  PUSH @else_64
  009e5  PUSH 7
  009e7  SLOAD
  009e8  PUSH 0
  009e9  SLT
  009ea  ISZERO
  009eb  JUMPI
    ; algo.coin:137: return -left
  009ec  LGET 2
  009ee  SCNEG
  009ef  RETF
else_64:
  009f0  JUMPDEST
    ; algo.coin:139: return left
  009f1  LGET 2
  009f3  RETF
  009f4  INVALID
fn_SwapModule_quote_stable_for_share:
    ; algo.coin:142: pub view fn quote_stable_for_share(amount: uint) -> uint {
  009f5  ENTER 4
  009f7  LSET 0
    ; algo.coin:143: return mul_div(self.stable_to_share_value(amount), WAD, Feed(self.oracle).price())
  009f9  LGET 0
  009fb  CALLF @fn_SwapModule_stable_to_share_value
  009fe  PUSH 0xde0b6b3a7640000
  00a07  PUSH 3
  00a09  SLOAD
  00a0a  LSET 1
  00a0c  PUSH @has_code_65
  00a0f  LGET 1
  00a11  EXTCODESIZE
  00a12  JUMPI
  00a13  PUSH 132
  00a15  MALLOC
  00a16  DUP1
  00a17  PUSH 200
  00a19  PUSH 132
  00a1b  DATACOPY
  00a1c  PUSH 132
  00a1e  REVERT
has_code_65:
  00a1f  JUMPDEST
  00a20  PUSH 4
  00a22  MALLOC
  00a23  LSET 2
  00a25  LGET 2
  00a27  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00a48  MSTORE
  00a49  PUSH @call_ok_66
  00a4c  GAS
  00a4d  LGET 1
  00a4f  LGET 2
  00a51  PUSH 4
  00a53  PUSH0
  00a54  PUSH0
  00a55  STATICCALL
  00a56  JUMPI
  00a57  RETURNDATASIZE
  00a58  MALLOC
  00a59  DUP1
  00a5a  PUSH0
  00a5b  RETURNDATASIZE
  00a5c  RETURNDATACOPY
  00a5d  RETURNDATASIZE
  00a5e  REVERT
call_ok_66:
  00a5f  JUMPDEST
  00a60  PUSH @ret_ok_67
  00a63  RETURNDATASIZE
  00a64  PUSH 32
  00a66  LT
  00a67  ISZERO
  00a68  JUMPI
  00a69  PUSH 100
  00a6b  MALLOC
  00a6c  DUP1
  00a6d  PUSH 332
  00a70  PUSH 100
  00a72  DATACOPY
  00a73  PUSH 100
  00a75  REVERT
ret_ok_67:
  00a76  JUMPDEST
  00a77  PUSH 32
  00a79  MALLOC
  00a7a  LSET 3
  00a7c  LGET 3
  00a7e  PUSH0
  00a7f  PUSH 32
  00a81  RETURNDATACOPY
  00a82  LGET 3
  00a84  MLOAD
  00a85  MULDIV
  00a86  RETF
  00a87  INVALID
fn_SwapModule_quote_share_for_stable:
    ; algo.coin:146: pub view fn quote_share_for_stable(amount: uint) -> uint {
  00a88  ENTER 4
  00a8a  LSET 0
    ; algo.coin:147: return self.share_to_stable_value(mul_div(amount, Feed(self.oracle).price(), WAD))
  00a8c  LGET 0
  00a8e  PUSH 3
  00a90  SLOAD
  00a91  LSET 1
  00a93  PUSH @has_code_68
  00a96  LGET 1
  00a98  EXTCODESIZE
  00a99  JUMPI
  00a9a  PUSH 132
  00a9c  MALLOC
  00a9d  DUP1
  00a9e  PUSH 200
  00aa0  PUSH 132
  00aa2  DATACOPY
  00aa3  PUSH 132
  00aa5  REVERT
has_code_68:
  00aa6  JUMPDEST
  00aa7  PUSH 4
  00aa9  MALLOC
  00aaa  LSET 2
  00aac  LGET 2
  00aae  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00acf  MSTORE
  00ad0  PUSH @call_ok_69
  00ad3  GAS
  00ad4  LGET 1
  00ad6  LGET 2
  00ad8  PUSH 4
  00ada  PUSH0
  00adb  PUSH0
  00adc  STATICCALL
  00add  JUMPI
  00ade  RETURNDATASIZE
  00adf  MALLOC
  00ae0  DUP1
  00ae1  PUSH0
  00ae2  RETURNDATASIZE
  00ae3  RETURNDATACOPY
  00ae4  RETURNDATASIZE
  00ae5  REVERT
call_ok_69:
  00ae6  JUMPDEST
  00ae7  PUSH @ret_ok_70
  00aea  RETURNDATASIZE
  00aeb  PUSH 32
  00aed  LT
  00aee  ISZERO
  00aef  JUMPI
  00af0  PUSH 100
  00af2  MALLOC
  00af3  DUP1
  00af4  PUSH 332
  00af7  PUSH 100
  00af9  DATACOPY
  00afa  PUSH 100
  00afc  REVERT
ret_ok_70:
  00afd  JUMPDEST
  00afe  PUSH 32
  00b00  MALLOC
  00b01  LSET 3
  00b03  LGET 3
  00b05  PUSH0
  00b06  PUSH 32
  00b08  RETURNDATACOPY
  00b09  LGET 3
  00b0b  MLOAD
  00b0c  PUSH 0xde0b6b3a7640000
  00b15  MULDIV
  00b16  CALLF @fn_SwapModule_share_to_stable_value
  00b19  RETF
  00b1a  INVALID
fn_SwapModule_get_delta:
    ; algo.coin:150: pub view fn get_delta() -> int {
  00b1b  ENTER 0
    ; algo.coin:151: return self.delta
  00b1d  PUSH 7
  00b1f  SLOAD
  00b20  RETF
  00b21  INVALID
fn_SwapModule_pools:
    ; algo.coin:154: pub view fn pools() -> Pools {
  00b22  ENTER 1
    ; algo.coin:155: let stable_pool = self.stable_pool()
  00b24  CALLF @fn_SwapModule_stable_pool
  00b27  LSET 0
    ; algo.coin:156: return Pools(stable_pool: stable_pool, share_pool: mul_div(self.base_pool, self.base_pool, stable_pool))
  00b29  LGET 0
  00b2b  PUSH 4
  00b2d  SLOAD
  00b2e  PUSH 4
  00b30  SLOAD
  00b31  LGET 0
  00b33  MULDIV
  00b34  RETF
  00b35  INVALID
fn_SwapModule_parameters:
    ; algo.coin:159: pub view fn parameters() -> SwapParameters {
  00b36  ENTER 0
    ; algo.coin:160: return SwapParameters(base_pool: self.base_pool, recovery_period: self.recovery_period,
  00b38  PUSH 4
  00b3a  SLOAD
  00b3b  PUSH 5
  00b3d  SLOAD
    ; algo.coin:161: min_spread: self.min_spread)
  00b3e  PUSH 6
  00b40  SLOAD
    ; algo.coin:160: return SwapParameters(base_pool: self.base_pool, recovery_period: self.recovery_period,
  00b41  RETF
  00b42  INVALID
fn__abs_int:
    ; algo.coin:265: view fn abs_int(x: int) -> int {
  00b43  ENTER 1
  00b45  LSET 0
    ; algo.coin:266: if x < 0 {
  00b47  PUSH @else_71
  00b4a  LGET 0
  00b4c  PUSH 0
  00b4d  SLT
  00b4e  ISZERO
  00b4f  JUMPI
    ; algo.coin:267: return -x
  00b50  LGET 0
  00b52  SCNEG
  00b53  RETF
else_71:
  00b54  JUMPDEST
    ; algo.coin:269: return x
  00b55  LGET 0
  00b57  RETF
  00b58  INVALID
fn__pool_of:
    ; algo.coin:239: view fn pool_of(base_pool: uint, delta: int) -> uint {
  00b59  ENTER 3
  00b5b  LSET 1
  00b5d  LSET 0
    ; algo.coin:240: let p = int(base_pool) + delta
  00b5f  LGET 0
  00b61  PUSH @conv_ok_72
  00b64  DUP2
  00b65  PUSH 255
  00b67  SHR
  00b68  ISZERO
  00b69  JUMPI
  00b6a  PANIC 17
conv_ok_72:
  00b6c  JUMPDEST
  00b6d  LGET 1
  00b6f  SCADD
  00b70  LSET 2
    ; algo.coin:241: if p < 1 {
  00b72  PUSH @else_73
  00b75  LGET 2
  00b77  PUSH 1
  00b79  SLT
  00b7a  ISZERO
  00b7b  JUMPI
    ; algo.coin:242: return 1
  00b7c  PUSH 1
  00b7e  RETF
else_73:
  00b7f  JUMPDEST
    ; algo.coin:244: return uint(p)
  00b80  LGET 2
  00b82  PUSH @conv_ok_74
  00b85  DUP2
  00b86  PUSH 255
  00b88  SHR
  00b89  ISZERO
  00b8a  JUMPI
  00b8b  PANIC 17
conv_ok_74:
  00b8d  JUMPDEST
  00b8e  RETF
  00b8f  INVALID
fn__rpow:
    ; math.coin:8: view fn rpow(x: uint, n: uint, base: uint) -> uint {
  00b90  ENTER 7
  00b92  LSET 2
  00b94  LSET 1
  00b96  LSET 0
    ; math.coin:9: if n == 0 {
  00b98  PUSH @else_75
  00b9b  LGET 1
  00b9d  PUSH 0
  00b9e  EQ
  00b9f  ISZERO
  00ba0  JUMPI
    ; math.coin:10: return base
  00ba1  LGET 2
  00ba3  RETF
else_75:
  00ba4  JUMPDEST
    ; math.coin:12: let z = base
  00ba5  LGET 2
  00ba7  LSET 3
    ; math.coin:13: if n % 2 == 1 {
  00ba9  PUSH @else_76
  00bac  LGET 1
  00bae  PUSH 2
  00bb0  CMOD
  00bb1  PUSH 1
  00bb3  EQ
  00bb4  ISZERO
  00bb5  JUMPI
    ; math.coin:14: z = x
  00bb6  LGET 0
  00bb8  LSET 3
else_76:
  00bba  JUMPDEST
    ; math.coin:16: let half = base / 2
  00bbb  LGET 2
  00bbd  PUSH 2
  00bbf  CDIV
  00bc0  LSET 4
    ; math.coin:17: let xx = x
  00bc2  LGET 0
  00bc4  LSET 5
    ; math.coin:18: let k = n / 2
  00bc6  LGET 1
  00bc8  PUSH 2
  00bca  CDIV
  00bcb  LSET 6
while_77:
    ; math.coin:19: while k > 0 {
  00bcd  JUMPDEST
  00bce  PUSH @wend_78
  00bd1  LGET 6
  00bd3  PUSH 0
  00bd4  GT
  00bd5  ISZERO
  00bd6  JUMPI
    ; math.coin:20: xx = (xx * xx + half) / base
  00bd7  LGET 5
  00bd9  LGET 5
  00bdb  CMUL
  00bdc  LGET 4
  00bde  CADD
  00bdf  LGET 2
  00be1  CDIV
  00be2  LSET 5
    ; math.coin:21: if k % 2 == 1 {
  00be4  PUSH @else_79
  00be7  LGET 6
  00be9  PUSH 2
  00beb  CMOD
  00bec  PUSH 1
  00bee  EQ
  00bef  ISZERO
  00bf0  JUMPI
    ; math.coin:22: z = (z * xx + half) / base
  00bf1  LGET 3
  00bf3  LGET 5
  00bf5  CMUL
  00bf6  LGET 4
  00bf8  CADD
  00bf9  LGET 2
  00bfb  CDIV
  00bfc  LSET 3
else_79:
  00bfe  JUMPDEST
    ; math.coin:24: k = k / 2
  00bff  LGET 6
  00c01  PUSH 2
  00c03  CDIV
  00c04  LSET 6
    ; math.coin:19: while k > 0 {
  00c06  PUSH @while_77
  00c09  JUMP
wend_78:
  00c0a  JUMPDEST
    ; math.coin:26: return z
  00c0b  LGET 3
  00c0d  RETF
  00c0e  INVALID
fn__spread_of:
    ; algo.coin:258: view fn spread_of(offered: uint, received: uint) -> uint {
  00c0f  ENTER 2
  00c11  LSET 1
  00c13  LSET 0
    ; algo.coin:259: if offered == 0 or received >= offered {
  00c15  PUSH @else_80
  00c18  LGET 0
  00c1a  PUSH 0
  00c1b  EQ
  00c1c  DUP1
  00c1d  PUSH @or_81
  00c20  SWAP1
  00c21  JUMPI
  00c22  POP
  00c23  LGET 1
  00c25  LGET 0
  00c27  LT
  00c28  ISZERO
or_81:
  00c29  JUMPDEST
  00c2a  ISZERO
  00c2b  JUMPI
    ; algo.coin:260: return 0
  00c2c  PUSH 0
  00c2d  RETF
else_80:
  00c2e  JUMPDEST
    ; algo.coin:262: return mul_div(offered - received, WAD, offered)
  00c2f  LGET 0
  00c31  LGET 1
  00c33  CSUB
  00c34  PUSH 0xde0b6b3a7640000
  00c3d  LGET 0
  00c3f  MULDIV
  00c40  RETF
  00c41  INVALID
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  00c42  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  00c44  PUSH @req_ok_82
  00c47  CALLER
  00c48  PUSH 0
  00c49  SLOAD
  00c4a  EQ
  00c4b  JUMPI
  00c4c  PUSH 100
  00c4e  MALLOC
  00c4f  DUP1
  00c50  PUSH 896
  00c53  PUSH 100
  00c55  DATACOPY
  00c56  PUSH 100
  00c58  REVERT
req_ok_82:
  00c59  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  00c5a  RETF
fn_SwapModule_set_all:
    ; algo.coin:54: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  00c5b  ENTER 8
  00c5d  LSET 2
  00c5f  LSET 1
  00c61  LSET 0
    ; algo.coin:55: require(base_pool > 0, "base pool must be positive")
  00c63  PUSH @req_ok_83
  00c66  LGET 0
  00c68  PUSH 0
  00c69  GT
  00c6a  JUMPI
  00c6b  PUSH 100
  00c6d  MALLOC
  00c6e  DUP1
  00c6f  PUSH 996
  00c72  PUSH 100
  00c74  DATACOPY
  00c75  PUSH 100
  00c77  REVERT
req_ok_83:
  00c78  JUMPDEST
    ; algo.coin:56: require(recovery_period > 0, "recovery period must be positive")
  00c79  PUSH @req_ok_84
  00c7c  LGET 1
  00c7e  PUSH 0
  00c7f  GT
  00c80  JUMPI
  00c81  PUSH 100
  00c83  MALLOC
  00c84  DUP1
  00c85  PUSH 1096
  00c88  PUSH 100
  00c8a  DATACOPY
  00c8b  PUSH 100
  00c8d  REVERT
req_ok_84:
  00c8e  JUMPDEST
    ; algo.coin:57: require(min_spread < WAD, "min spread must be below 100%")
  00c8f  PUSH @req_ok_85
  00c92  LGET 2
  00c94  PUSH 0xde0b6b3a7640000
  00c9d  LT
  00c9e  JUMPI
  00c9f  PUSH 100
  00ca1  MALLOC
  00ca2  DUP1
  00ca3  PUSH 1196
  00ca6  PUSH 100
  00ca8  DATACOPY
  00ca9  PUSH 100
  00cab  REVERT
req_ok_85:
  00cac  JUMPDEST
    ; algo.coin:58: self.base_pool = base_pool
  00cad  PUSH 4
  00caf  LGET 0
  00cb1  SSTORE
    ; algo.coin:59: self.recovery_period = recovery_period
  00cb2  PUSH 5
  00cb4  LGET 1
  00cb6  SSTORE
    ; algo.coin:60: self.min_spread = min_spread
  00cb7  PUSH 6
  00cb9  LGET 2
  00cbb  SSTORE
    ; algo.coin:61: emit ParameterSet("base_pool", base_pool)
  00cbc  PUSH 64
  00cbe  MALLOC
  00cbf  DUP1
  00cc0  PUSH 1296
  00cc3  PUSH 64
  00cc5  DATACOPY
  00cc6  LSET 3
  00cc8  PUSH 64
  00cca  LGET 3
  00ccc  MLOAD
  00ccd  PUSH 31
  00ccf  ADD
  00cd0  PUSH 5
  00cd2  SHR
  00cd3  PUSH 5
  00cd5  SHL
  00cd6  PUSH 32
  00cd8  ADD
  00cd9  ADD
  00cda  LSET 4
  00cdc  LGET 4
  00cde  MALLOC
  00cdf  LSET 5
  00ce1  PUSH 64
  00ce3  LSET 6
  00ce5  LGET 5
  00ce7  PUSH 0
  00ce8  ADD
  00ce9  LGET 6
  00ceb  MSTORE
  00cec  LGET 5
  00cee  PUSH 0
  00cef  ADD
  00cf0  LGET 6
  00cf2  ADD
  00cf3  LGET 3
  00cf5  LGET 3
  00cf7  MLOAD
  00cf8  PUSH 31
  00cfa  ADD
  00cfb  PUSH 5
  00cfd  SHR
  00cfe  PUSH 5
  00d00  SHL
  00d01  PUSH 32
  00d03  ADD
  00d04  DUP1
  00d05  LSET 7
  00d07  MCOPY
  00d08  LGET 6
  00d0a  LGET 7
  00d0c  ADD
  00d0d  LSET 6
  00d0f  LGET 5
  00d11  PUSH 32
  00d13  ADD
  00d14  LGET 0
  00d16  MSTORE
  00d17  LGET 5
  00d19  LGET 4
  00d1b  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00d3c  LOG1
    ; algo.coin:62: emit ParameterSet("recovery_period", recovery_period)
  00d3d  PUSH 64
  00d3f  MALLOC
  00d40  DUP1
  00d41  PUSH 1360
  00d44  PUSH 64
  00d46  DATACOPY
  00d47  LSET 3
  00d49  PUSH 64
  00d4b  LGET 3
  00d4d  MLOAD
  00d4e  PUSH 31
  00d50  ADD
  00d51  PUSH 5
  00d53  SHR
  00d54  PUSH 5
  00d56  SHL
  00d57  PUSH 32
  00d59  ADD
  00d5a  ADD
  00d5b  LSET 4
  00d5d  LGET 4
  00d5f  MALLOC
  00d60  LSET 5
  00d62  PUSH 64
  00d64  LSET 6
  00d66  LGET 5
  00d68  PUSH 0
  00d69  ADD
  00d6a  LGET 6
  00d6c  MSTORE
  00d6d  LGET 5
  00d6f  PUSH 0
  00d70  ADD
  00d71  LGET 6
  00d73  ADD
  00d74  LGET 3
  00d76  LGET 3
  00d78  MLOAD
  00d79  PUSH 31
  00d7b  ADD
  00d7c  PUSH 5
  00d7e  SHR
  00d7f  PUSH 5
  00d81  SHL
  00d82  PUSH 32
  00d84  ADD
  00d85  DUP1
  00d86  LSET 7
  00d88  MCOPY
  00d89  LGET 6
  00d8b  LGET 7
  00d8d  ADD
  00d8e  LSET 6
  00d90  LGET 5
  00d92  PUSH 32
  00d94  ADD
  00d95  LGET 1
  00d97  MSTORE
  00d98  LGET 5
  00d9a  LGET 4
  00d9c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00dbd  LOG1
    ; algo.coin:63: emit ParameterSet("min_spread", min_spread)
  00dbe  PUSH 64
  00dc0  MALLOC
  00dc1  DUP1
  00dc2  PUSH 1424
  00dc5  PUSH 64
  00dc7  DATACOPY
  00dc8  LSET 3
  00dca  PUSH 64
  00dcc  LGET 3
  00dce  MLOAD
  00dcf  PUSH 31
  00dd1  ADD
  00dd2  PUSH 5
  00dd4  SHR
  00dd5  PUSH 5
  00dd7  SHL
  00dd8  PUSH 32
  00dda  ADD
  00ddb  ADD
  00ddc  LSET 4
  00dde  LGET 4
  00de0  MALLOC
  00de1  LSET 5
  00de3  PUSH 64
  00de5  LSET 6
  00de7  LGET 5
  00de9  PUSH 0
  00dea  ADD
  00deb  LGET 6
  00ded  MSTORE
  00dee  LGET 5
  00df0  PUSH 0
  00df1  ADD
  00df2  LGET 6
  00df4  ADD
  00df5  LGET 3
  00df7  LGET 3
  00df9  MLOAD
  00dfa  PUSH 31
  00dfc  ADD
  00dfd  PUSH 5
  00dff  SHR
  00e00  PUSH 5
  00e02  SHL
  00e03  PUSH 32
  00e05  ADD
  00e06  DUP1
  00e07  LSET 7
  00e09  MCOPY
  00e0a  LGET 6
  00e0c  LGET 7
  00e0e  ADD
  00e0f  LSET 6
  00e11  LGET 5
  00e13  PUSH 32
  00e15  ADD
  00e16  LGET 2
  00e18  MSTORE
  00e19  LGET 5
  00e1b  LGET 4
  00e1d  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00e3e  LOG1
    ; algo.coin:54: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  00e3f  RETF
fn_SwapModule_share_to_stable_value:
    ; algo.coin:178: view fn share_to_stable_value(value: uint) -> uint {
  00e40  ENTER 8
  00e42  LSET 0
    ; algo.coin:179: let sp = self.stable_pool()
  00e44  CALLF @fn_SwapModule_stable_pool
  00e47  LSET 1
    ; algo.coin:180: let cp = self.base_pool * self.base_pool
  00e49  PUSH 4
  00e4b  SLOAD
  00e4c  PUSH 4
  00e4e  SLOAD
  00e4f  CMUL
  00e50  LSET 2
    ; algo.coin:181: let share_pool = cp / sp
  00e52  LGET 2
  00e54  LGET 1
  00e56  CDIV
  00e57  LSET 3
    ; algo.coin:184: let left = cp / (share_pool + value)
  00e59  LGET 2
  00e5b  LGET 3
  00e5d  LGET 0
  00e5f  CADD
  00e60  CDIV
  00e61  LSET 4
    ; algo.coin:185: if left >= sp {
  00e63  PUSH @else_86
  00e66  LGET 4
  00e68  LGET 1
  00e6a  LT
  00e6b  ISZERO
  00e6c  ISZERO
  00e6d  JUMPI
    ; algo.coin:186: return 0
  00e6e  PUSH 0
  00e6f  RETF
else_86:
  00e70  JUMPDEST
    ; algo.coin:188: let out = sp - left
  00e71  LGET 1
  00e73  LGET 4
  00e75  CSUB
  00e76  LSET 5
    ; algo.coin:189: return min(out, mul_div(value, WAD - self.min_spread, WAD))
  00e78  LGET 5
  00e7a  LSET 6
  00e7c  LGET 0
  00e7e  PUSH 0xde0b6b3a7640000
  00e87  PUSH 6
  00e89  SLOAD
  00e8a  CSUB
  00e8b  PUSH 0xde0b6b3a7640000
  00e94  MULDIV
  00e95  LSET 7
  00e97  LGET 7
  00e99  LGET 6
  00e9b  LGET 7
  00e9d  XOR
  00e9e  LGET 6
  00ea0  LGET 7
  00ea2  LT
  00ea3  MUL
  00ea4  XOR
  00ea5  RETF
  00ea6  INVALID
fn_SwapModule_stable_pool:
    ; algo.coin:192: view fn stable_pool() -> uint {
  00ea7  ENTER 0
    ; algo.coin:193: return pool_of(self.base_pool, self.delta)
  00ea9  PUSH 4
  00eab  SLOAD
  00eac  PUSH 7
  00eae  SLOAD
  00eaf  CALLF @fn__pool_of
  00eb2  RETF
  00eb3  INVALID
fn_SwapModule_stable_to_share_value:
    ; algo.coin:166: view fn stable_to_share_value(amount: uint) -> uint {
  00eb4  ENTER 1
  00eb6  LSET 0
    ; algo.coin:167: return self.stable_to_share_value_with(amount, self.delta)
  00eb8  LGET 0
  00eba  PUSH 7
  00ebc  SLOAD
  00ebd  CALLF @fn_SwapModule_stable_to_share_value_with
  00ec0  RETF
  00ec1  INVALID
fn_SwapModule_stable_to_share_value_with:
    ; algo.coin:170: view fn stable_to_share_value_with(amount: uint, delta: int) -> uint {
  00ec2  ENTER 8
  00ec4  LSET 1
  00ec6  LSET 0
    ; algo.coin:171: let sp = pool_of(self.base_pool, delta)
  00ec8  PUSH 4
  00eca  SLOAD
  00ecb  LGET 1
  00ecd  CALLF @fn__pool_of
  00ed0  LSET 2
    ; algo.coin:172: let cp = self.base_pool * self.base_pool
  00ed2  PUSH 4
  00ed4  SLOAD
  00ed5  PUSH 4
  00ed7  SLOAD
  00ed8  CMUL
  00ed9  LSET 3
    ; algo.coin:173: let share_pool = cp / sp
  00edb  LGET 3
  00edd  LGET 2
  00edf  CDIV
  00ee0  LSET 4
    ; algo.coin:174: let out = share_pool - cp / (sp + amount)
  00ee2  LGET 4
  00ee4  LGET 3
  00ee6  LGET 2
  00ee8  LGET 0
  00eea  CADD
  00eeb  CDIV
  00eec  CSUB
  00eed  LSET 5
    ; algo.coin:175: return min(out, mul_div(amount, WAD - self.min_spread, WAD))
  00eef  LGET 5
  00ef1  LSET 6
  00ef3  LGET 0
  00ef5  PUSH 0xde0b6b3a7640000
  00efe  PUSH 6
  00f00  SLOAD
  00f01  CSUB
  00f02  PUSH 0xde0b6b3a7640000
  00f0b  MULDIV
  00f0c  LSET 7
  00f0e  LGET 7
  00f10  LGET 6
  00f12  LGET 7
  00f14  XOR
  00f15  LGET 6
  00f17  LGET 7
  00f19  LT
  00f1a  MUL
  00f1b  XOR
  00f1c  RETF
  00f1d  INVALID
; ---- init section (657 bytes)
    ; algo.coin:23: contract SwapModule is Owned {
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
    ; algo.coin:38: init(stable: address, share: address, oracle: address, base_pool: uint, recovery_period: uint,
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
    ; algo.coin:23: contract SwapModule is Owned {
  00045  JUMPDEST
  00046  PUSH0
  00047  PUSH0
  00048  REVERT
fn_SwapModule_init:
    ; algo.coin:38: init(stable: address, share: address, oracle: address, base_pool: uint, recovery_period: uint,
  00049  ENTER 6
  0004b  LSET 5
  0004d  LSET 4
  0004f  LSET 3
  00051  LSET 2
  00053  LSET 1
  00055  LSET 0
    ; algo.coin:40: Owned.init()
  00057  CALLF @fn_Owned_init
    ; algo.coin:41: self.stable = stable
  0005a  PUSH 1
  0005c  LGET 0
  0005e  SSTORE
    ; algo.coin:42: self.share = share
  0005f  PUSH 2
  00061  LGET 1
  00063  SSTORE
    ; algo.coin:43: self.oracle = oracle
  00064  PUSH 3
  00066  LGET 2
  00068  SSTORE
    ; algo.coin:44: self.set_all(base_pool, recovery_period, min_spread)
  00069  LGET 3
  0006b  LGET 4
  0006d  LGET 5
  0006f  CALLF @fn_SwapModule_set_all
    ; algo.coin:45: self.last_update = block.timestamp
  00072  TIMESTAMP
  00073  PUSH 8
  00075  SWAP1
  00076  SSTORE
    ; algo.coin:38: init(stable: address, share: address, oracle: address, base_pool: uint, recovery_period: uint,
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
    ; algo.coin:54: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
  000ac  ENTER 8
  000ae  LSET 2
  000b0  LSET 1
  000b2  LSET 0
    ; algo.coin:55: require(base_pool > 0, "base pool must be positive")
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
    ; algo.coin:56: require(recovery_period > 0, "recovery period must be positive")
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
    ; algo.coin:57: require(min_spread < WAD, "min spread must be below 100%")
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
    ; algo.coin:58: self.base_pool = base_pool
  000fe  PUSH 4
  00100  LGET 0
  00102  SSTORE
    ; algo.coin:59: self.recovery_period = recovery_period
  00103  PUSH 5
  00105  LGET 1
  00107  SSTORE
    ; algo.coin:60: self.min_spread = min_spread
  00108  PUSH 6
  0010a  LGET 2
  0010c  SSTORE
    ; algo.coin:61: emit ParameterSet("base_pool", base_pool)
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
    ; algo.coin:62: emit ParameterSet("recovery_period", recovery_period)
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
    ; algo.coin:63: emit ParameterSet("min_spread", min_spread)
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
    ; algo.coin:54: fn set_all(base_pool: uint, recovery_period: uint, min_spread: uint) {
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
