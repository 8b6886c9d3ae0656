; contract StableSwapPool
; ---- runtime section (3765 bytes)
    ; amm.coin:137: contract StableSwapPool is Token {
  00000  ENTER 5
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
  00013  PUSH @ext_name_2
  00016  DUP2
  00017  PUSH 0x6fdde03
  0001c  EQ
  0001d  JUMPI
  0001e  PUSH @ext_symbol_3
  00021  DUP2
  00022  PUSH 0x95d89b41
  00027  EQ
  00028  JUMPI
  00029  PUSH @ext_decimals_4
  0002c  DUP2
  0002d  PUSH 0x313ce567
  00032  EQ
  00033  JUMPI
  00034  PUSH @ext_totalSupply_5
  00037  DUP2
  00038  PUSH 0x18160ddd
  0003d  EQ
  0003e  JUMPI
  0003f  PUSH @ext_balanceOf_6
  00042  DUP2
  00043  PUSH 0x70a08231
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_allowance_7
  0004d  DUP2
  0004e  PUSH 0xdd62ed3e
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_transfer_8
  00058  DUP2
  00059  PUSH 0xa9059cbb
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_approve_9
  00063  DUP2
  00064  PUSH 0x95ea7b3
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_transferFrom_10
  0006e  DUP2
  0006f  PUSH 0x23b872dd
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_add_liquidity_11
  00079  DUP2
  0007a  PUSH 0x612870d3
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_remove_liquidity_12
  00084  DUP2
  00085  PUSH 0x92bd8461
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH @ext_swap_13
  0008f  DUP2
  00090  PUSH 0x9f1d0f59
  00095  EQ
  00096  JUMPI
  00097  PUSH @ext_get_amount_out_14
  0009a  DUP2
  0009b  PUSH 0x94907515
  000a0  EQ
  000a1  JUMPI
  000a2  PUSH @ext_get_reserves_15
  000a5  DUP2
  000a6  PUSH 0x14da81ae
  000ab  EQ
  000ac  JUMPI
  000ad  PUSH @ext_price0_16
  000b0  DUP2
  000b1  PUSH 0xa0a986f1
  000b6  EQ
  000b7  JUMPI
  000b8  PUSH @ext_invariant_17
  000bb  DUP2
  000bc  PUSH 0xb03a9a05
  000c1  EQ
  000c2  JUMPI
  000c3  PUSH0
  000c4  PUSH0
  000c5  REVERT
fallback_1:
  000c6  JUMPDEST
  000c7  PUSH0
  000c8  PUSH0
  000c9  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  000ca  JUMPDEST
  000cb  POP
  000cc  PUSH @novalue_18
  000cf  CALLVALUE
  000d0  ISZERO
  000d1  JUMPI
  000d2  PUSH0
  000d3  PUSH0
  000d4  REVERT
novalue_18:
  000d5  JUMPDEST
  000d6  CALLF @fn_Token_name
  000d9  LSET 0
  000db  PUSH 32
  000dd  LGET 0
  000df  MLOAD
  000e0  PUSH 31
  000e2  ADD
  000e3  PUSH 5
  000e5  SHR
  000e6  PUSH 5
  000e8  SHL
  000e9  PUSH 32
  000eb  ADD
  000ec  ADD
  000ed  LSET 1
  000ef  LGET 1
  000f1  MALLOC
  000f2  LSET 2
  000f4  PUSH 32
  000f6  LSET 3
  000f8  LGET 2
  000fa  PUSH 0
  000fb  ADD
  000fc  LGET 3
  000fe  MSTORE
  000ff  LGET 2
  00101  PUSH 0
  00102  ADD
  00103  LGET 3
  00105  ADD
  00106  LGET 0
  00108  LGET 0
  0010a  MLOAD
  0010b  PUSH 31
  0010d  ADD
  0010e  PUSH 5
  00110  SHR
  00111  PUSH 5
  00113  SHL
  00114  PUSH 32
  00116  ADD
  00117  DUP1
  00118  LSET 4
  0011a  MCOPY
  0011b  LGET 3
  0011d  LGET 4
  0011f  ADD
  00120  LSET 3
  00122  LGET 2
  00124  LGET 1
  00126  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  00127  JUMPDEST
  00128  POP
  00129  PUSH @novalue_19
  0012c  CALLVALUE
  0012d  ISZERO
  0012e  JUMPI
  0012f  PUSH0
  00130  PUSH0
  00131  REVERT
novalue_19:
  00132  JUMPDEST
  00133  CALLF @fn_Token_symbol
  00136  LSET 0
  00138  PUSH 32
  0013a  LGET 0
  0013c  MLOAD
  0013d  PUSH 31
  0013f  ADD
  00140  PUSH 5
  00142  SHR
  00143  PUSH 5
  00145  SHL
  00146  PUSH 32
  00148  ADD
  00149  ADD
  0014a  LSET 1
  0014c  LGET 1
  0014e  MALLOC
  0014f  LSET 2
  00151  PUSH 32
  00153  LSET 3
  00155  LGET 2
  00157  PUSH 0
  00158  ADD
  00159  LGET 3
  0015b  MSTORE
  0015c  LGET 2
  0015e  PUSH 0
  0015f  ADD
  00160  LGET 3
  00162  ADD
  00163  LGET 0
  00165  LGET 0
  00167  MLOAD
  00168  PUSH 31
  0016a  ADD
  0016b  PUSH 5
  0016d  SHR
  0016e  PUSH 5
  00170  SHL
  00171  PUSH 32
  00173  ADD
  00174  DUP1
  00175  LSET 4
  00177  MCOPY
  00178  LGET 3
  0017a  LGET 4
  0017c  ADD
  0017d  LSET 3
  0017f  LGET 2
  00181  LGET 1
  00183  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  00184  JUMPDEST
  00185  POP
  00186  PUSH @novalue_20
  00189  CALLVALUE
  0018a  ISZERO
  0018b  JUMPI
  0018c  PUSH0
  0018d  PUSH0
  0018e  REVERT
novalue_20:
  0018f  JUMPDEST
  00190  CALLF @fn_Token_decimals
  00193  LSET 0
  00195  PUSH 32
  00197  MALLOC
  00198  LSET 1
  0019a  LGET 1
  0019c  LGET 0
  0019e  MSTORE
  0019f  LGET 1
  001a1  PUSH 32
  001a3  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  001a4  JUMPDEST
  001a5  POP
  001a6  PUSH @novalue_21
  001a9  CALLVALUE
  001aa  ISZERO
  001ab  JUMPI
  001ac  PUSH0
  001ad  PUSH0
  001ae  REVERT
novalue_21:
  001af  JUMPDEST
  001b0  CALLF @fn_Token_totalSupply
  001b3  LSET 0
  001b5  PUSH 32
  001b7  MALLOC
  001b8  LSET 1
  001ba  LGET 1
  001bc  LGET 0
  001be  MSTORE
  001bf  LGET 1
  001c1  PUSH 32
  001c3  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  001c4  JUMPDEST
  001c5  POP
  001c6  PUSH @novalue_22
  001c9  CALLVALUE
  001ca  ISZERO
  001cb  JUMPI
  001cc  PUSH0
  001cd  PUSH0
  001ce  REVERT
novalue_22:
  001cf  JUMPDEST
  001d0  PUSH @bad_input_23
  001d3  CALLDATASIZE
  001d4  PUSH 36
  001d6  LT
  001d7  JUMPI
  001d8  PUSH 4
  001da  CALLDATALOAD
  001db  PUSH @bad_input_23
  001de  DUP2
  001df  PUSH 160
  001e1  SHR
  001e2  JUMPI
  001e3  CALLF @fn_Token_balanceOf
  001e6  LSET 0
  001e8  PUSH 32
  001ea  MALLOC
  001eb  LSET 1
  001ed  LGET 1
  001ef  LGET 0
  001f1  MSTORE
  001f2  LGET 1
  001f4  PUSH 32
  001f6  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  001f7  JUMPDEST
  001f8  POP
  001f9  PUSH @novalue_24
  001fc  CALLVALUE
  001fd  ISZERO
  001fe  JUMPI
  001ff  PUSH0
  00200  PUSH0
  00201  REVERT
novalue_24:
  00202  JUMPDEST
  00203  PUSH @bad_input_23
  00206  CALLDATASIZE
  00207  PUSH 68
  00209  LT
  0020a  JUMPI
  0020b  PUSH 4
  0020d  CALLDATALOAD
  0020e  PUSH @bad_input_23
  00211  DUP2
  00212  PUSH 160
  00214  SHR
  00215  JUMPI
  00216  PUSH 36
  00218  CALLDATALOAD
  00219  PUSH @bad_input_23
  0021c  DUP2
  0021d  PUSH 160
  0021f  SHR
  00220  JUMPI
  00221  CALLF @fn_Token_allowance
  00224  LSET 0
  00226  PUSH 32
  00228  MALLOC
  00229  LSET 1
  0022b  LGET 1
  0022d  LGET 0
  0022f  MSTORE
  00230  LGET 1
  00232  PUSH 32
  00234  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00235  JUMPDEST
  00236  POP
  00237  PUSH @novalue_25
  0023a  CALLVALUE
  0023b  ISZERO
  0023c  JUMPI
  0023d  PUSH0
  0023e  PUSH0
  0023f  REVERT
novalue_25:
  00240  JUMPDEST
  00241  PUSH @bad_input_23
  00244  CALLDATASIZE
  00245  PUSH 68
  00247  LT
  00248  JUMPI
  00249  PUSH 4
  0024b  CALLDATALOAD
  0024c  PUSH @bad_input_23
  0024f  DUP2
  00250  PUSH 160
  00252  SHR
  00253  JUMPI
  00254  PUSH 36
  00256  CALLDATALOAD
  00257  CALLF @fn_Token_transfer
  0025a  LSET 0
  0025c  PUSH 32
  0025e  MALLOC
  0025f  LSET 1
  00261  LGET 1
  00263  LGET 0
  00265  MSTORE
  00266  LGET 1
  00268  PUSH 32
  0026a  RETURN
ext_approve_9:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0026b  JUMPDEST
  0026c  POP
  0026d  PUSH @novalue_26
  00270  CALLVALUE
  00271  ISZERO
  00272  JUMPI
  00273  PUSH0
  00274  PUSH0
  00275  REVERT
novalue_26:
  00276  JUMPDEST
  00277  PUSH @bad_input_23
  0027a  CALLDATASIZE
  0027b  PUSH 68
  0027d  LT
  0027e  JUMPI
  0027f  PUSH 4
  00281  CALLDATALOAD
  00282  PUSH @bad_input_23
  00285  DUP2
  00286  PUSH 160
  00288  SHR
  00289  JUMPI
  0028a  PUSH 36
  0028c  CALLDATALOAD
  0028d  CALLF @fn_Token_approve
  00290  LSET 0
  00292  PUSH 32
  00294  MALLOC
  00295  LSET 1
  00297  LGET 1
  00299  LGET 0
  0029b  MSTORE
  0029c  LGET 1
  0029e  PUSH 32
  002a0  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  002a1  JUMPDEST
  002a2  POP
  002a3  PUSH @novalue_27
  002a6  CALLVALUE
  002a7  ISZERO
  002a8  JUMPI
  002a9  PUSH0
  002aa  PUSH0
  002ab  REVERT
novalue_27:
  002ac  JUMPDEST
  002ad  PUSH @bad_input_23
  002b0  CALLDATASIZE
  002b1  PUSH 100
  002b3  LT
  002b4  JUMPI
  002b5  PUSH 4
  002b7  CALLDATALOAD
  002b8  PUSH @bad_input_23
  002bb  DUP2
  002bc  PUSH 160
  002be  SHR
  002bf  JUMPI
  002c0  PUSH 36
  002c2  CALLDATALOAD
  002c3  PUSH @bad_input_23
  002c6  DUP2
  002c7  PUSH 160
  002c9  SHR
  002ca  JUMPI
  002cb  PUSH 68
  002cd  CALLDATALOAD
  002ce  CALLF @fn_Token_transferFrom
  002d1  LSET 0
  002d3  PUSH 32
  002d5  MALLOC
  002d6  LSET 1
  002d8  LGET 1
  002da  LGET 0
  002dc  MSTORE
  002dd  LGET 1
  002df  PUSH 32
  002e1  RETURN
ext_add_liquidity_11:
    ; amm.coin:160: pub fn add_liquidity(amount0: uint, amount1: uint, min_shares: uint) -> uint {
  002e2  JUMPDEST
  002e3  POP
  002e4  PUSH @novalue_28
  002e7  CALLVALUE
  002e8  ISZERO
  002e9  JUMPI
  002ea  PUSH0
  002eb  PUSH0
  002ec  REVERT
novalue_28:
  002ed  JUMPDEST
  002ee  PUSH @bad_input_23
  002f1  CALLDATASIZE
  002f2  PUSH 100
  002f4  LT
  002f5  JUMPI
  002f6  PUSH 4
  002f8  CALLDATALOAD
  002f9  PUSH 36
  002fb  CALLDATALOAD
  002fc  PUSH 68
  002fe  CALLDATALOAD
  002ff  CALLF @fn_StableSwapPool_add_liquidity
  00302  LSET 0
  00304  PUSH 32
  00306  MALLOC
  00307  LSET 1
  00309  LGET 1
  0030b  LGET 0
  0030d  MSTORE
  0030e  LGET 1
  00310  PUSH 32
  00312  RETURN
ext_remove_liquidity_12:
    ; amm.coin:187: pub fn remove_liquidity(shares: uint, min0: uint, min1: uint) -> Amounts {
  00313  JUMPDEST
  00314  POP
  00315  PUSH @novalue_29
  00318  CALLVALUE
  00319  ISZERO
  0031a  JUMPI
  0031b  PUSH0
  0031c  PUSH0
  0031d  REVERT
novalue_29:
  0031e  JUMPDEST
  0031f  PUSH @bad_input_23
  00322  CALLDATASIZE
  00323  PUSH 100
  00325  LT
  00326  JUMPI
  00327  PUSH 4
  00329  CALLDATALOAD
  0032a  PUSH 36
  0032c  CALLDATALOAD
  0032d  PUSH 68
  0032f  CALLDATALOAD
  00330  CALLF @fn_StableSwapPool_remove_liquidity
  00333  LSET 1
  00335  LSET 0
  00337  PUSH 64
  00339  MALLOC
  0033a  LSET 2
  0033c  LGET 2
  0033e  LGET 0
  00340  MSTORE
  00341  LGET 2
  00343  PUSH 32
  00345  ADD
  00346  LGET 1
  00348  MSTORE
  00349  LGET 2
  0034b  PUSH 64
  0034d  RETURN
ext_swap_13:
    ; amm.coin:202: pub fn swap(token_in: address, amount_in: uint, min_out: uint) -> uint {
  0034e  JUMPDEST
  0034f  POP
  00350  PUSH @novalue_30
  00353  CALLVALUE
  00354  ISZERO
  00355  JUMPI
  00356  PUSH0
  00357  PUSH0
  00358  REVERT
novalue_30:
  00359  JUMPDEST
  0035a  PUSH @bad_input_23
  0035d  CALLDATASIZE
  0035e  PUSH 100
  00360  LT
  00361  JUMPI
  00362  PUSH 4
  00364  CALLDATALOAD
  00365  PUSH @bad_input_23
  00368  DUP2
  00369  PUSH 160
  0036b  SHR
  0036c  JUMPI
  0036d  PUSH 36
  0036f  CALLDATALOAD
  00370  PUSH 68
  00372  CALLDATALOAD
  00373  CALLF @fn_StableSwapPool_swap
  00376  LSET 0
  00378  PUSH 32
  0037a  MALLOC
  0037b  LSET 1
  0037d  LGET 1
  0037f  LGET 0
  00381  MSTORE
  00382  LGET 1
  00384  PUSH 32
  00386  RETURN
ext_get_amount_out_14:
    ; amm.coin:222: pub view fn get_amount_out(token_in: address, amount_in: uint) -> uint {
  00387  JUMPDEST
  00388  POP
  00389  PUSH @novalue_31
  0038c  CALLVALUE
  0038d  ISZERO
  0038e  JUMPI
  0038f  PUSH0
  00390  PUSH0
  00391  REVERT
novalue_31:
  00392  JUMPDEST
  00393  PUSH @bad_input_23
  00396  CALLDATASIZE
  00397  PUSH 68
  00399  LT
  0039a  JUMPI
  0039b  PUSH 4
  0039d  CALLDATALOAD
  0039e  PUSH @bad_input_23
  003a1  DUP2
  003a2  PUSH 160
  003a4  SHR
  003a5  JUMPI
  003a6  PUSH 36
  003a8  CALLDATALOAD
  003a9  CALLF @fn_StableSwapPool_get_amount_out
  003ac  LSET 0
  003ae  PUSH 32
  003b0  MALLOC
  003b1  LSET 1
  003b3  LGET 1
  003b5  LGET 0
  003b7  MSTORE
  003b8  LGET 1
  003ba  PUSH 32
  003bc  RETURN
ext_get_reserves_15:
    ; amm.coin:226: pub view fn get_reserves() -> Amounts {
  003bd  JUMPDEST
  003be  POP
  003bf  PUSH @novalue_32
  003c2  CALLVALUE
  003c3  ISZERO
  003c4  JUMPI
  003c5  PUSH0
  003c6  PUSH0
  003c7  REVERT
novalue_32:
  003c8  JUMPDEST
  003c9  CALLF @fn_StableSwapPool_get_reserves
  003cc  LSET 1
  003ce  LSET 0
  003d0  PUSH 64
  003d2  MALLOC
  003d3  LSET 2
  003d5  LGET 2
  003d7  LGET 0
  003d9  MSTORE
  003da  LGET 2
  003dc  PUSH 32
  003de  ADD
  003df  LGET 1
  003e1  MSTORE
  003e2  LGET 2
  003e4  PUSH 64
  003e6  RETURN
ext_price0_16:
    ; amm.coin:231: pub view fn price0() -> uint {
  003e7  JUMPDEST
  003e8  POP
  003e9  PUSH @novalue_33
  003ec  CALLVALUE
  003ed  ISZERO
  003ee  JUMPI
  003ef  PUSH0
  003f0  PUSH0
  003f1  REVERT
novalue_33:
  003f2  JUMPDEST
  003f3  CALLF @fn_StableSwapPool_price0
  003f6  LSET 0
  003f8  PUSH 32
  003fa  MALLOC
  003fb  LSET 1
  003fd  LGET 1
  003ff  LGET 0
  00401  MSTORE
  00402  LGET 1
  00404  PUSH 32
  00406  RETURN
ext_invariant_17:
    ; amm.coin:237: pub view fn invariant() -> uint {
  00407  JUMPDEST
  00408  POP
  00409  PUSH @novalue_34
  0040c  CALLVALUE
  0040d  ISZERO
  0040e  JUMPI
  0040f  PUSH0
  00410  PUSH0
  00411  REVERT
novalue_34:
  00412  JUMPDEST
  00413  CALLF @fn_StableSwapPool_invariant
  00416  LSET 0
  00418  PUSH 32
  0041a  MALLOC
  0041b  LSET 1
  0041d  LGET 1
  0041f  LGET 0
  00421  MSTORE
  00422  LGET 1
  00424  PUSH 32
  00426  RETURN
bad_input_23:
    ; amm.coin:137: contract StableSwapPool is Token {
  00427  JUMPDEST
  00428  PUSH0
  00429  PUSH0
  0042a  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  0042b  ENTER 0
    ; token.coin:35: return self.token_name
  0042d  PUSH 0
  0042e  SLOADBYTES
  0042f  RETF
  00430  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  00431  ENTER 0
    ; token.coin:39: return self.token_symbol
  00433  PUSH 1
  00435  SLOADBYTES
  00436  RETF
  00437  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00438  ENTER 0
    ; token.coin:43: return self.token_decimals
  0043a  PUSH 2
  0043c  SLOAD
  0043d  RETF
  0043e  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  0043f  ENTER 0
    ; token.coin:47: return self.supply
  00441  PUSH 3
  00443  SLOAD
  00444  RETF
  00445  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00446  ENTER 1
  00448  LSET 0
    ; token.coin:51: return self.balances[owner]
  0044a  PUSH0
  0044b  LGET 0
  0044d  MSTORE
  0044e  PUSH 32
  00450  PUSH 4
  00452  MSTORE
  00453  PUSH0
  00454  PUSH 64
  00456  KECCAK256
  00457  SLOAD
  00458  RETF
  00459  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  0045a  ENTER 2
  0045c  LSET 1
  0045e  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  00460  PUSH 32
  00462  PUSH0
  00463  LGET 0
  00465  MSTORE
  00466  PUSH 32
  00468  PUSH 5
  0046a  MSTORE
  0046b  PUSH0
  0046c  PUSH 64
  0046e  KECCAK256
  0046f  MSTORE
  00470  PUSH0
  00471  LGET 1
  00473  MSTORE
  00474  PUSH0
  00475  PUSH 64
  00477  KECCAK256
  00478  SLOAD
  00479  RETF
  0047a  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  0047b  ENTER 2
  0047d  LSET 1
  0047f  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00481  CALLER
  00482  LGET 0
  00484  LGET 1
  00486  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00489  PUSH 1
  0048b  RETF
  0048c  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0048d  ENTER 4
  0048f  LSET 1
  00491  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  00493  PUSH @req_ok_35
  00496  LGET 0
  00498  PUSH 0
  00499  EQ
  0049a  ISZERO
  0049b  JUMPI
  0049c  PUSH 100
  0049e  MALLOC
  0049f  DUP1
  004a0  PUSH 0
  004a1  PUSH 100
  004a3  DATACOPY
  004a4  PUSH 100
  004a6  REVERT
req_ok_35:
  004a7  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  004a8  PUSH 32
  004aa  PUSH0
  004ab  CALLER
  004ac  MSTORE
  004ad  PUSH 32
  004af  PUSH 5
  004b1  MSTORE
  004b2  PUSH0
  004b3  PUSH 64
  004b5  KECCAK256
  004b6  MSTORE
  004b7  PUSH0
  004b8  LGET 0
  004ba  MSTORE
  004bb  PUSH0
  004bc  PUSH 64
  004be  KECCAK256
  004bf  LGET 1
  004c1  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  004c2  CALLER
  004c3  LSET 2
  004c5  PUSH 32
  004c7  MALLOC
  004c8  LSET 3
  004ca  LGET 3
  004cc  LGET 1
  004ce  MSTORE
  004cf  LGET 3
  004d1  PUSH 32
  004d3  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  004f4  LGET 2
  004f6  LGET 0
  004f8  LOG3
    ; token.coin:67: return true
  004f9  PUSH 1
  004fb  RETF
  004fc  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  004fd  ENTER 4
  004ff  LSET 2
  00501  LSET 1
  00503  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  00505  PUSH0
  00506  LGET 0
  00508  MSTORE
  00509  PUSH 32
  0050b  PUSH 5
  0050d  MSTORE
  0050e  PUSH0
  0050f  PUSH 64
  00511  KECCAK256
  00512  PUSH0
  00513  CALLER
  00514  MSTORE
  00515  PUSH 32
  00517  SWAP1
  00518  MSTORE
  00519  PUSH0
  0051a  PUSH 64
  0051c  KECCAK256
  0051d  SLOAD
  0051e  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  00520  PUSH @else_36
  00523  LGET 3
  00525  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00546  EQ
  00547  ISZERO
  00548  ISZERO
  00549  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  0054a  PUSH @req_ok_37
  0054d  LGET 3
  0054f  LGET 2
  00551  LT
  00552  ISZERO
  00553  JUMPI
  00554  PUSH 100
  00556  MALLOC
  00557  DUP1
  00558  PUSH 100
  0055a  PUSH 100
  0055c  DATACOPY
  0055d  PUSH 100
  0055f  REVERT
req_ok_37:
  00560  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00561  LGET 3
  00563  LGET 2
  00565  CSUB
  00566  PUSH0
  00567  LGET 0
  00569  MSTORE
  0056a  PUSH 32
  0056c  PUSH 5
  0056e  MSTORE
  0056f  PUSH0
  00570  PUSH 64
  00572  KECCAK256
  00573  PUSH0
  00574  CALLER
  00575  MSTORE
  00576  PUSH 32
  00578  SWAP1
  00579  MSTORE
  0057a  PUSH0
  0057b  PUSH 64
  0057d  KECCAK256
  0057e  SWAP1
  0057f  SSTORE
else_36:
  00580  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00581  LGET 0
  00583  LGET 1
  00585  LGET 2
  00587  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  0058a  PUSH 1
  0058c  RETF
  0058d  INVALID
fn_StableSwapPool_add_liquidity:
    ; amm.coin:160: pub fn add_liquidity(amount0: uint, amount1: uint, min_shares: uint) -> uint {
  0058e  ENTER 10
  00590  LSET 2
  00592  LSET 1
  00594  LSET 0
    ; amm.coin:161: require(amount0 > 0 or amount1 > 0, "amounts must be positive")
  00596  PUSH @req_ok_38
  00599  LGET 0
  0059b  PUSH 0
  0059c  GT
  0059d  DUP1
  0059e  PUSH @or_39
  005a1  SWAP1
  005a2  JUMPI
  005a3  POP
  005a4  LGET 1
  005a6  PUSH 0
  005a7  GT
or_39:
  005a8  JUMPDEST
  005a9  JUMPI
  005aa  PUSH 100
  005ac  MALLOC
  005ad  DUP1
  005ae  PUSH 200
  005b0  PUSH 100
  005b2  DATACOPY
  005b3  PUSH 100
  005b5  REVERT
req_ok_38:
  005b6  JUMPDEST
    ; amm.coin:162: let d0 = get_d(self.balance0, self.balance1, self.amp)
  005b7  PUSH 8
  005b9  SLOAD
  005ba  PUSH 9
  005bc  SLOAD
  005bd  PUSH 10
  005bf  SLOAD
  005c0  CALLF @fn__get_d
  005c3  LSET 3
    ; amm.coin:163: let new0 = self.balance0 + amount0
  005c5  PUSH 8
  005c7  SLOAD
  005c8  LGET 0
  005ca  CADD
  005cb  LSET 4
    ; amm.coin:164: let new1 = self.balance1 + amount1
  005cd  PUSH 9
  005cf  SLOAD
  005d0  LGET 1
  005d2  CADD
  005d3  LSET 5
    ; amm.coin:165: require(new0 > 0 and new1 > 0, "the first deposit must hold both coins")
  005d5  PUSH @req_ok_40
  005d8  LGET 4
  005da  PUSH 0
  005db  GT
  005dc  DUP1
  005dd  ISZERO
  005de  PUSH @and_41
  005e1  SWAP1
  005e2  JUMPI
  005e3  POP
  005e4  LGET 5
  005e6  PUSH 0
  005e7  GT
and_41:
  005e8  JUMPDEST
  005e9  JUMPI
  005ea  PUSH 132
  005ec  MALLOC
  005ed  DUP1
  005ee  PUSH 300
  005f1  PUSH 132
  005f3  DATACOPY
  005f4  PUSH 132
  005f6  REVERT
req_ok_40:
  005f7  JUMPDEST
    ; amm.coin:166: let d1 = get_d(new0, new1, self.amp)
  005f8  LGET 4
  005fa  LGET 5
  005fc  PUSH 10
  005fe  SLOAD
  005ff  CALLF @fn__get_d
  00602  LSET 6
    ; amm.coin:167: require(d1 > d0, "deposit adds no value")
  00604  PUSH @req_ok_42
  00607  LGET 6
  00609  LGET 3
  0060b  GT
  0060c  JUMPI
  0060d  PUSH 100
  0060f  MALLOC
  00610  DUP1
  00611  PUSH 432
  00614  PUSH 100
  00616  DATACOPY
  00617  PUSH 100
  00619  REVERT
req_ok_42:
  0061a  JUMPDEST
    ; amm.coin:168: let shares = d1
  0061b  LGET 6
  0061d  LSET 7
    ; amm.coin:169: if self.supply > 0 {
  0061f  PUSH @else_43
  00622  PUSH 3
  00624  SLOAD
  00625  PUSH 0
  00626  GT
  00627  ISZERO
  00628  JUMPI
    ; amm.coin:170: shares = mul_div(self.supply, d1 - d0, d0)
  00629  PUSH 3
  0062b  SLOAD
  0062c  LGET 6
  0062e  LGET 3
  00630  CSUB
  00631  LGET 3
  00633  MULDIV
  00634  LSET 7
else_43:
  00636  JUMPDEST
    ; amm.coin:172: require(shares > 0, "liquidity too small")
  00637  PUSH @req_ok_44
  0063a  LGET 7
  0063c  PUSH 0
  0063d  GT
  0063e  JUMPI
  0063f  PUSH 100
  00641  MALLOC
  00642  DUP1
  00643  PUSH 532
  00646  PUSH 100
  00648  DATACOPY
  00649  PUSH 100
  0064b  REVERT
req_ok_44:
  0064c  JUMPDEST
    ; amm.coin:173: require(shares >= min_shares, "slippage: fewer shares than min_shares")
  0064d  PUSH @req_ok_45
  00650  LGET 7
  00652  LGET 2
  00654  LT
  00655  ISZERO
  00656  JUMPI
  00657  PUSH 132
  00659  MALLOC
  0065a  DUP1
  0065b  PUSH 632
  0065e  PUSH 132
  00660  DATACOPY
  00661  PUSH 132
  00663  REVERT
req_ok_45:
  00664  JUMPDEST
    ; amm.coin:174: if amount0 > 0 {
  00665  PUSH @else_46
  00668  LGET 0
  0066a  PUSH 0
  0066b  GT
  0066c  ISZERO
  0066d  JUMPI
    ; amm.coin:175: take(self.token0, amount0)
  0066e  PUSH 6
  00670  SLOAD
  00671  LGET 0
  00673  CALLF @fn__take
else_46:
  00676  JUMPDEST
    ; amm.coin:177: if amount1 > 0 {
  00677  PUSH @else_47
  0067a  LGET 1
  0067c  PUSH 0
  0067d  GT
  0067e  ISZERO
  0067f  JUMPI
    ; amm.coin:178: take(self.token1, amount1)
  00680  PUSH 7
  00682  SLOAD
  00683  LGET 1
  00685  CALLF @fn__take
else_47:
  00688  JUMPDEST
    ; amm.coin:180: self.balance0 = new0
  00689  PUSH 8
  0068b  LGET 4
  0068d  SSTORE
    ; amm.coin:181: self.balance1 = new1
  0068e  PUSH 9
  00690  LGET 5
  00692  SSTORE
    ; amm.coin:182: self.mint_to(msg.sender, shares)
  00693  CALLER
  00694  LGET 7
  00696  CALLF @fn_Token_mint_to
    ; amm.coin:183: emit LiquidityAdded(msg.sender, amount0, amount1, shares)
  00699  CALLER
  0069a  LSET 8
  0069c  PUSH 96
  0069e  MALLOC
  0069f  LSET 9
  006a1  LGET 9
  006a3  LGET 0
  006a5  MSTORE
  006a6  LGET 9
  006a8  PUSH 32
  006aa  ADD
  006ab  LGET 1
  006ad  MSTORE
  006ae  LGET 9
  006b0  PUSH 64
  006b2  ADD
  006b3  LGET 7
  006b5  MSTORE
  006b6  LGET 9
  006b8  PUSH 96
  006ba  PUSH 0x64b83944e79c3ce8d4c297411de637c3e102d064677aac0c163976ebdcd6f50e
  006db  LGET 8
  006dd  LOG2
    ; amm.coin:184: return shares
  006de  LGET 7
  006e0  RETF
  006e1  INVALID
fn_StableSwapPool_remove_liquidity:
    ; amm.coin:187: pub fn remove_liquidity(shares: uint, min0: uint, min1: uint) -> Amounts {
  006e2  ENTER 8
  006e4  LSET 2
  006e6  LSET 1
  006e8  LSET 0
    ; amm.coin:188: require(shares > 0, "shares must be positive")
  006ea  PUSH @req_ok_48
  006ed  LGET 0
  006ef  PUSH 0
  006f0  GT
  006f1  JUMPI
  006f2  PUSH 100
  006f4  MALLOC
  006f5  DUP1
  006f6  PUSH 764
  006f9  PUSH 100
  006fb  DATACOPY
  006fc  PUSH 100
  006fe  REVERT
req_ok_48:
  006ff  JUMPDEST
    ; amm.coin:189: let supply = self.supply
  00700  PUSH 3
  00702  SLOAD
  00703  LSET 3
    ; amm.coin:190: let out0 = mul_div(shares, self.balance0, supply)
  00705  LGET 0
  00707  PUSH 8
  00709  SLOAD
  0070a  LGET 3
  0070c  MULDIV
  0070d  LSET 4
    ; amm.coin:191: let out1 = mul_div(shares, self.balance1, supply)
  0070f  LGET 0
  00711  PUSH 9
  00713  SLOAD
  00714  LGET 3
  00716  MULDIV
  00717  LSET 5
    ; amm.coin:192: require(out0 >= min0 and out1 >= min1, "slippage: less than the minimum amounts")
  00719  PUSH @req_ok_49
  0071c  LGET 4
  0071e  LGET 1
  00720  LT
  00721  ISZERO
  00722  DUP1
  00723  ISZERO
  00724  PUSH @and_50
  00727  SWAP1
  00728  JUMPI
  00729  POP
  0072a  LGET 5
  0072c  LGET 2
  0072e  LT
  0072f  ISZERO
and_50:
  00730  JUMPDEST
  00731  JUMPI
  00732  PUSH 132
  00734  MALLOC
  00735  DUP1
  00736  PUSH 864
  00739  PUSH 132
  0073b  DATACOPY
  0073c  PUSH 132
  0073e  REVERT
req_ok_49:
  0073f  JUMPDEST
    ; amm.coin:193: self.burn_from(msg.sender, shares)
  00740  CALLER
  00741  LGET 0
  00743  CALLF @fn_Token_burn_from
    ; amm.coin:194: self.balance0 -= out0
  00746  PUSH 8
  00748  DUP1
  00749  SLOAD
  0074a  LGET 4
  0074c  CSUB
  0074d  SSTORE
    ; amm.coin:195: self.balance1 -= out1
  0074e  PUSH 9
  00750  DUP1
  00751  SLOAD
  00752  LGET 5
  00754  CSUB
  00755  SSTORE
    ; amm.coin:196: give(self.token0, msg.sender, out0)
  00756  PUSH 6
  00758  SLOAD
  00759  CALLER
  0075a  LGET 4
  0075c  CALLF @fn__give
    ; amm.coin:197: give(self.token1, msg.sender, out1)
  0075f  PUSH 7
  00761  SLOAD
  00762  CALLER
  00763  LGET 5
  00765  CALLF @fn__give
    ; amm.coin:198: emit LiquidityRemoved(msg.sender, out0, out1, shares)
  00768  CALLER
  00769  LSET 6
  0076b  PUSH 96
  0076d  MALLOC
  0076e  LSET 7
  00770  LGET 7
  00772  LGET 4
  00774  MSTORE
  00775  LGET 7
  00777  PUSH 32
  00779  ADD
  0077a  LGET 5
  0077c  MSTORE
  0077d  LGET 7
  0077f  PUSH 64
  00781  ADD
  00782  LGET 0
  00784  MSTORE
  00785  LGET 7
  00787  PUSH 96
  00789  PUSH 0x1dc8bb69df2b8e91fbdcbfcf93d951b3f0000f085a95fe3f7946d6161439245d
  007aa  LGET 6
  007ac  LOG2
    ; amm.coin:199: return Amounts(amount0: out0, amount1: out1)
  007ad  LGET 4
  007af  LGET 5
  007b1  RETF
  007b2  INVALID
fn_StableSwapPool_swap:
    ; amm.coin:202: pub fn swap(token_in: address, amount_in: uint, min_out: uint) -> uint {
  007b3  ENTER 7
  007b5  LSET 2
  007b7  LSET 1
  007b9  LSET 0
    ; amm.coin:203: require(amount_in > 0, "amount must be positive")
  007bb  PUSH @req_ok_51
  007be  LGET 1
  007c0  PUSH 0
  007c1  GT
  007c2  JUMPI
  007c3  PUSH 100
  007c5  MALLOC
  007c6  DUP1
  007c7  PUSH 996
  007ca  PUSH 100
  007cc  DATACOPY
  007cd  PUSH 100
  007cf  REVERT
req_ok_51:
  007d0  JUMPDEST
    ; amm.coin:204: let zero_in = self.side(token_in)
  007d1  LGET 0
  007d3  CALLF @fn_StableSwapPool_side
  007d6  LSET 3
    ; amm.coin:205: let out = self.quote(zero_in, amount_in)
  007d8  LGET 3
  007da  LGET 1
  007dc  CALLF @fn_StableSwapPool_quote
  007df  LSET 4
    ; amm.coin:206: require(out > 0, "output is zero")
  007e1  PUSH @req_ok_52
  007e4  LGET 4
  007e6  PUSH 0
  007e7  GT
  007e8  JUMPI
  007e9  PUSH 100
  007eb  MALLOC
  007ec  DUP1
  007ed  PUSH 1096
  007f0  PUSH 100
  007f2  DATACOPY
  007f3  PUSH 100
  007f5  REVERT
req_ok_52:
  007f6  JUMPDEST
    ; amm.coin:207: require(out >= min_out, "slippage: output below min_out")
  007f7  PUSH @req_ok_53
  007fa  LGET 4
  007fc  LGET 2
  007fe  LT
  007ff  ISZERO
  00800  JUMPI
  00801  PUSH 100
  00803  MALLOC
  00804  DUP1
  00805  PUSH 1196
  00808  PUSH 100
  0080a  DATACOPY
  0080b  PUSH 100
  0080d  REVERT
req_ok_53:
  0080e  JUMPDEST
    ; amm.coin:208: take(token_in, amount_in)
  0080f  LGET 0
  00811  LGET 1
  00813  CALLF @fn__take
    ; amm.coin:209: if zero_in {
  00816  PUSH @else_54
  00819  LGET 3
  0081b  ISZERO
  0081c  JUMPI
    ; amm.coin:210: self.balance0 += amount_in
  0081d  PUSH 8
  0081f  DUP1
  00820  SLOAD
  00821  LGET 1
  00823  CADD
  00824  SSTORE
    ; amm.coin:211: self.balance1 -= out
  00825  PUSH 9
  00827  DUP1
  00828  SLOAD
  00829  LGET 4
  0082b  CSUB
  0082c  SSTORE
    ; amm.coin:212: give(self.token1, msg.sender, out)
  0082d  PUSH 7
  0082f  SLOAD
  00830  CALLER
  00831  LGET 4
  00833  CALLF @fn__give
  00836  PUSH @endif_55
  00839  JUMP
else_54:
  0083a  JUMPDEST
    ; amm.coin:214: self.balance1 += amount_in
  0083b  PUSH 9
  0083d  DUP1
  0083e  SLOAD
  0083f  LGET 1
  00841  CADD
  00842  SSTORE
    ; amm.coin:215: self.balance0 -= out
  00843  PUSH 8
  00845  DUP1
  00846  SLOAD
  00847  LGET 4
  00849  CSUB
  0084a  SSTORE
    ; amm.coin:216: give(self.token0, msg.sender, out)
  0084b  PUSH 6
  0084d  SLOAD
  0084e  CALLER
  0084f  LGET 4
  00851  CALLF @fn__give
endif_55:
  00854  JUMPDEST
    ; amm.coin:218: emit Swap(msg.sender, token_in, amount_in, out)
  00855  CALLER
  00856  LSET 5
  00858  PUSH 64
  0085a  MALLOC
  0085b  LSET 6
  0085d  LGET 6
  0085f  LGET 1
  00861  MSTORE
  00862  LGET 6
  00864  PUSH 32
  00866  ADD
  00867  LGET 4
  00869  MSTORE
  0086a  LGET 6
  0086c  PUSH 64
  0086e  PUSH 0xfa2dda1cc1b86e41239702756b13effbc1a092b5c57e3ad320fbe4f3b13fe235
  0088f  LGET 5
  00891  LGET 0
  00893  LOG3
    ; amm.coin:219: return out
  00894  LGET 4
  00896  RETF
  00897  INVALID
fn_StableSwapPool_get_amount_out:
    ; amm.coin:222: pub view fn get_amount_out(token_in: address, amount_in: uint) -> uint {
  00898  ENTER 2
  0089a  LSET 1
  0089c  LSET 0
    ; amm.coin:223: return self.quote(self.side(token_in), amount_in)
  0089e  LGET 0
  008a0  CALLF @fn_StableSwapPool_side
  008a3  LGET 1
  008a5  CALLF @fn_StableSwapPool_quote
  008a8  RETF
  008a9  INVALID
fn_StableSwapPool_get_reserves:
    ; amm.coin:226: pub view fn get_reserves() -> Amounts {
  008aa  ENTER 0
    ; amm.coin:227: return Amounts(amount0: self.balance0, amount1: self.balance1)
  008ac  PUSH 8
  008ae  SLOAD
  008af  PUSH 9
  008b1  SLOAD
  008b2  RETF
  008b3  INVALID
fn_StableSwapPool_price0:
    ; amm.coin:231: pub view fn price0() -> uint {
  008b4  ENTER 1
    ; amm.coin:232: let probe = WAD / 1000
  008b6  PUSH 0x38d7ea4c68000
  008be  LSET 0
    ; amm.coin:233: return self.quote(true, probe) * 1000
  008c0  PUSH 1
  008c2  LGET 0
  008c4  CALLF @fn_StableSwapPool_quote
  008c7  PUSH 1000
  008ca  CMUL
  008cb  RETF
  008cc  INVALID
fn_StableSwapPool_invariant:
    ; amm.coin:237: pub view fn invariant() -> uint {
  008cd  ENTER 0
    ; amm.coin:238: return get_d(self.balance0, self.balance1, self.amp)
  008cf  PUSH 8
  008d1  SLOAD
  008d2  PUSH 9
  008d4  SLOAD
  008d5  PUSH 10
  008d7  SLOAD
  008d8  CALLF @fn__get_d
  008db  RETF
  008dc  INVALID
fn__get_d:
    ; amm.coin:286: view fn get_d(x0: uint, x1: uint, amp: uint) -> uint {
  008dd  ENTER 15
  008df  LSET 2
  008e1  LSET 1
  008e3  LSET 0
    ; amm.coin:287: let s = x0 + x1
  008e5  LGET 0
  008e7  LGET 1
  008e9  CADD
  008ea  LSET 3
    ; amm.coin:288: if s == 0 {
  008ec  PUSH @else_56
  008ef  LGET 3
  008f1  PUSH 0
  008f2  EQ
  008f3  ISZERO
  008f4  JUMPI
    ; amm.coin:289: return 0
  008f5  PUSH 0
  008f6  RETF
else_56:
  008f7  JUMPDEST
    ; amm.coin:291: let d = s
  008f8  LGET 3
  008fa  LSET 4
    ; amm.coin:292: let ann = amp * 2
  008fc  LGET 2
  008fe  PUSH 2
  00900  CMUL
  00901  LSET 5
    ; amm.coin:293: for i in 0..255 {
  00903  PUSH 0
  00904  LSET 6
  00906  PUSH 255
  00908  LSET 7
for_57:
  0090a  JUMPDEST
  0090b  PUSH @fend_59
  0090e  LGET 6
  00910  LGET 7
  00912  LT
  00913  ISZERO
  00914  JUMPI
    ; amm.coin:294: let d_p = mul_div(mul_div(d, d, x0 * 2), d, x1 * 2)
  00915  LGET 4
  00917  LGET 4
  00919  LGET 0
  0091b  PUSH 2
  0091d  CMUL
  0091e  MULDIV
  0091f  LGET 4
  00921  LGET 1
  00923  PUSH 2
  00925  CMUL
  00926  MULDIV
  00927  LSET 8
    ; amm.coin:295: let prev = d
  00929  LGET 4
  0092b  LSET 9
    ; amm.coin:296: d = mul_div(ann * s + d_p * 2, d, (ann - 1) * d + 3 * d_p)
  0092d  LGET 5
  0092f  LGET 3
  00931  CMUL
  00932  LGET 8
  00934  PUSH 2
  00936  CMUL
  00937  CADD
  00938  LGET 4
  0093a  LGET 5
  0093c  PUSH 1
  0093e  CSUB
  0093f  LGET 4
  00941  CMUL
  00942  PUSH 3
  00944  LGET 8
  00946  CMUL
  00947  CADD
  00948  MULDIV
  00949  LSET 4
    ; amm.coin:297: let step = max(d, prev) - min(d, prev)
  0094b  LGET 4
  0094d  LSET 11
  0094f  LGET 9
  00951  LSET 12
  00953  LGET 12
  00955  LGET 11
  00957  LGET 12
  00959  XOR
  0095a  LGET 11
  0095c  LGET 12
  0095e  GT
  0095f  MUL
  00960  XOR
  00961  LGET 4
  00963  LSET 13
  00965  LGET 9
  00967  LSET 14
  00969  LGET 14
  0096b  LGET 13
  0096d  LGET 14
  0096f  XOR
  00970  LGET 13
  00972  LGET 14
  00974  LT
  00975  MUL
  00976  XOR
  00977  CSUB
  00978  LSET 10
    ; amm.coin:298: if step <= 1 {
  0097a  PUSH @else_60
  0097d  LGET 10
  0097f  PUSH 1
  00981  GT
  00982  ISZERO
  00983  ISZERO
  00984  JUMPI
    ; amm.coin:299: return d
  00985  LGET 4
  00987  RETF
else_60:
  00988  JUMPDEST
    ; amm.coin:304: if i >= 64 and step <= d / 10**6 + 1000 {
  00989  PUSH @else_61
  0098c  LGET 6
  0098e  PUSH 64
  00990  LT
  00991  ISZERO
  00992  DUP1
  00993  ISZERO
  00994  PUSH @and_62
  00997  SWAP1
  00998  JUMPI
  00999  POP
  0099a  LGET 10
  0099c  LGET 4
  0099e  PUSH 0xf4240
  009a2  CDIV
  009a3  PUSH 1000
  009a6  CADD
  009a7  GT
  009a8  ISZERO
and_62:
  009a9  JUMPDEST
  009aa  ISZERO
  009ab  JUMPI
    ; amm.coin:305: return min(d, prev)
  009ac  LGET 4
  009ae  LSET 11
  009b0  LGET 9
  009b2  LSET 12
  009b4  LGET 12
  009b6  LGET 11
  009b8  LGET 12
  009ba  XOR
  009bb  LGET 11
  009bd  LGET 12
  009bf  LT
  009c0  MUL
  009c1  XOR
  009c2  RETF
else_61:
  009c3  JUMPDEST
fstep_58:
    ; amm.coin:293: for i in 0..255 {
  009c4  JUMPDEST
  009c5  LGET 6
  009c7  PUSH 1
  009c9  ADD
  009ca  LSET 6
  009cc  PUSH @for_57
  009cf  JUMP
fend_59:
  009d0  JUMPDEST
    ; amm.coin:308: revert("StableSwap invariant did not converge")
  009d1  PUSH 132
  009d3  MALLOC
  009d4  DUP1
  009d5  PUSH 1296
  009d8  PUSH 132
  009da  DATACOPY
  009db  PUSH 132
  009dd  REVERT
  009de  INVALID
fn__get_y:
    ; amm.coin:312: view fn get_y(x_new: uint, x_old: uint, y_old: uint, amp: uint) -> uint {
  009df  ENTER 17
  009e1  LSET 3
  009e3  LSET 2
  009e5  LSET 1
  009e7  LSET 0
    ; amm.coin:313: let d = get_d(x_old, y_old, amp)
  009e9  LGET 1
  009eb  LGET 2
  009ed  LGET 3
  009ef  CALLF @fn__get_d
  009f2  LSET 4
    ; amm.coin:314: let ann = amp * 2
  009f4  LGET 3
  009f6  PUSH 2
  009f8  CMUL
  009f9  LSET 5
    ; amm.coin:315: let c = mul_div(mul_div(d, d, x_new * 2), d, ann * 2)
  009fb  LGET 4
  009fd  LGET 4
  009ff  LGET 0
  00a01  PUSH 2
  00a03  CMUL
  00a04  MULDIV
  00a05  LGET 4
  00a07  LGET 5
  00a09  PUSH 2
  00a0b  CMUL
  00a0c  MULDIV
  00a0d  LSET 6
    ; amm.coin:316: let b = x_new + d / ann
  00a0f  LGET 0
  00a11  LGET 4
  00a13  LGET 5
  00a15  CDIV
  00a16  CADD
  00a17  LSET 7
    ; amm.coin:317: let y = d
  00a19  LGET 4
  00a1b  LSET 8
    ; amm.coin:318: for i in 0..255 {
  00a1d  PUSH 0
  00a1e  LSET 9
  00a20  PUSH 255
  00a22  LSET 10
for_63:
  00a24  JUMPDEST
  00a25  PUSH @fend_65
  00a28  LGET 9
  00a2a  LGET 10
  00a2c  LT
  00a2d  ISZERO
  00a2e  JUMPI
    ; amm.coin:319: let prev = y
  00a2f  LGET 8
  00a31  LSET 11
    ; amm.coin:320: y = (y * y + c) / (2 * y + b - d)
  00a33  LGET 8
  00a35  LGET 8
  00a37  CMUL
  00a38  LGET 6
  00a3a  CADD
  00a3b  PUSH 2
  00a3d  LGET 8
  00a3f  CMUL
  00a40  LGET 7
  00a42  CADD
  00a43  LGET 4
  00a45  CSUB
  00a46  CDIV
  00a47  LSET 8
    ; amm.coin:321: let step = max(y, prev) - min(y, prev)
  00a49  LGET 8
  00a4b  LSET 13
  00a4d  LGET 11
  00a4f  LSET 14
  00a51  LGET 14
  00a53  LGET 13
  00a55  LGET 14
  00a57  XOR
  00a58  LGET 13
  00a5a  LGET 14
  00a5c  GT
  00a5d  MUL
  00a5e  XOR
  00a5f  LGET 8
  00a61  LSET 15
  00a63  LGET 11
  00a65  LSET 16
  00a67  LGET 16
  00a69  LGET 15
  00a6b  LGET 16
  00a6d  XOR
  00a6e  LGET 15
  00a70  LGET 16
  00a72  LT
  00a73  MUL
  00a74  XOR
  00a75  CSUB
  00a76  LSET 12
    ; amm.coin:322: if step <= 1 {
  00a78  PUSH @else_66
  00a7b  LGET 12
  00a7d  PUSH 1
  00a7f  GT
  00a80  ISZERO
  00a81  ISZERO
  00a82  JUMPI
    ; amm.coin:323: return y
  00a83  LGET 8
  00a85  RETF
else_66:
  00a86  JUMPDEST
    ; amm.coin:325: if i >= 64 and step <= y / 10**6 + 1000 {
  00a87  PUSH @else_67
  00a8a  LGET 9
  00a8c  PUSH 64
  00a8e  LT
  00a8f  ISZERO
  00a90  DUP1
  00a91  ISZERO
  00a92  PUSH @and_68
  00a95  SWAP1
  00a96  JUMPI
  00a97  POP
  00a98  LGET 12
  00a9a  LGET 8
  00a9c  PUSH 0xf4240
  00aa0  CDIV
  00aa1  PUSH 1000
  00aa4  CADD
  00aa5  GT
  00aa6  ISZERO
and_68:
  00aa7  JUMPDEST
  00aa8  ISZERO
  00aa9  JUMPI
    ; amm.coin:326: return max(y, prev)  // the higher balance left in the pool pays out less
  00aaa  LGET 8
  00aac  LSET 13
  00aae  LGET 11
  00ab0  LSET 14
  00ab2  LGET 14
  00ab4  LGET 13
  00ab6  LGET 14
  00ab8  XOR
  00ab9  LGET 13
  00abb  LGET 14
  00abd  GT
  00abe  MUL
  00abf  XOR
  00ac0  RETF
else_67:
  00ac1  JUMPDEST
fstep_64:
    ; amm.coin:318: for i in 0..255 {
  00ac2  JUMPDEST
  00ac3  LGET 9
  00ac5  PUSH 1
  00ac7  ADD
  00ac8  LSET 9
  00aca  PUSH @for_63
  00acd  JUMP
fend_65:
  00ace  JUMPDEST
    ; amm.coin:329: revert("StableSwap y did not converge")
  00acf  PUSH 100
  00ad1  MALLOC
  00ad2  DUP1
  00ad3  PUSH 1428
  00ad6  PUSH 100
  00ad8  DATACOPY
  00ad9  PUSH 100
  00adb  REVERT
  00adc  INVALID
fn__give:
    ; amm.coin:271: fn give(token: address, to: address, amount: uint) {
  00add  ENTER 8
  00adf  LSET 2
  00ae1  LSET 1
  00ae3  LSET 0
    ; amm.coin:272: require(ERC20(token).transfer(to, amount), "token transfer out failed")
  00ae5  PUSH @req_ok_69
  00ae8  LGET 0
  00aea  LSET 3
  00aec  LGET 1
  00aee  LSET 4
  00af0  LGET 2
  00af2  LSET 5
  00af4  PUSH @has_code_70
  00af7  LGET 3
  00af9  EXTCODESIZE
  00afa  JUMPI
  00afb  PUSH 132
  00afd  MALLOC
  00afe  DUP1
  00aff  PUSH 1528
  00b02  PUSH 132
  00b04  DATACOPY
  00b05  PUSH 132
  00b07  REVERT
has_code_70:
  00b08  JUMPDEST
  00b09  PUSH 68
  00b0b  MALLOC
  00b0c  LSET 6
  00b0e  LGET 6
  00b10  PUSH 0xa9059cbb00000000000000000000000000000000000000000000000000000000
  00b31  MSTORE
  00b32  LGET 6
  00b34  PUSH 4
  00b36  ADD
  00b37  LGET 4
  00b39  MSTORE
  00b3a  LGET 6
  00b3c  PUSH 36
  00b3e  ADD
  00b3f  LGET 5
  00b41  MSTORE
  00b42  PUSH @call_ok_71
  00b45  GAS
  00b46  LGET 3
  00b48  PUSH0
  00b49  LGET 6
  00b4b  PUSH 68
  00b4d  PUSH0
  00b4e  PUSH0
  00b4f  CALL
  00b50  JUMPI
  00b51  RETURNDATASIZE
  00b52  MALLOC
  00b53  DUP1
  00b54  PUSH0
  00b55  RETURNDATASIZE
  00b56  RETURNDATACOPY
  00b57  RETURNDATASIZE
  00b58  REVERT
call_ok_71:
  00b59  JUMPDEST
  00b5a  PUSH @ret_ok_72
  00b5d  RETURNDATASIZE
  00b5e  PUSH 32
  00b60  LT
  00b61  ISZERO
  00b62  JUMPI
  00b63  PUSH 132
  00b65  MALLOC
  00b66  DUP1
  00b67  PUSH 1660
  00b6a  PUSH 132
  00b6c  DATACOPY
  00b6d  PUSH 132
  00b6f  REVERT
ret_ok_72:
  00b70  JUMPDEST
  00b71  PUSH 32
  00b73  MALLOC
  00b74  LSET 7
  00b76  LGET 7
  00b78  PUSH0
  00b79  PUSH 32
  00b7b  RETURNDATACOPY
  00b7c  LGET 7
  00b7e  MLOAD
  00b7f  JUMPI
  00b80  PUSH 100
  00b82  MALLOC
  00b83  DUP1
  00b84  PUSH 1792
  00b87  PUSH 100
  00b89  DATACOPY
  00b8a  PUSH 100
  00b8c  REVERT
req_ok_69:
  00b8d  JUMPDEST
    ; amm.coin:271: fn give(token: address, to: address, amount: uint) {
  00b8e  RETF
fn__take:
    ; amm.coin:266: fn take(token: address, amount: uint) {
  00b8f  ENTER 8
  00b91  LSET 1
  00b93  LSET 0
    ; amm.coin:267: require(ERC20(token).transferFrom(msg.sender, this, amount), "token transfer in failed")
  00b95  PUSH @req_ok_73
  00b98  LGET 0
  00b9a  LSET 2
  00b9c  CALLER
  00b9d  LSET 3
  00b9f  ADDRESS
  00ba0  LSET 4
  00ba2  LGET 1
  00ba4  LSET 5
  00ba6  PUSH @has_code_74
  00ba9  LGET 2
  00bab  EXTCODESIZE
  00bac  JUMPI
  00bad  PUSH 132
  00baf  MALLOC
  00bb0  DUP1
  00bb1  PUSH 1892
  00bb4  PUSH 132
  00bb6  DATACOPY
  00bb7  PUSH 132
  00bb9  REVERT
has_code_74:
  00bba  JUMPDEST
  00bbb  PUSH 100
  00bbd  MALLOC
  00bbe  LSET 6
  00bc0  LGET 6
  00bc2  PUSH 0x23b872dd00000000000000000000000000000000000000000000000000000000
  00be3  MSTORE
  00be4  LGET 6
  00be6  PUSH 4
  00be8  ADD
  00be9  LGET 3
  00beb  MSTORE
  00bec  LGET 6
  00bee  PUSH 36
  00bf0  ADD
  00bf1  LGET 4
  00bf3  MSTORE
  00bf4  LGET 6
  00bf6  PUSH 68
  00bf8  ADD
  00bf9  LGET 5
  00bfb  MSTORE
  00bfc  PUSH @call_ok_75
  00bff  GAS
  00c00  LGET 2
  00c02  PUSH0
  00c03  LGET 6
  00c05  PUSH 100
  00c07  PUSH0
  00c08  PUSH0
  00c09  CALL
  00c0a  JUMPI
  00c0b  RETURNDATASIZE
  00c0c  MALLOC
  00c0d  DUP1
  00c0e  PUSH0
  00c0f  RETURNDATASIZE
  00c10  RETURNDATACOPY
  00c11  RETURNDATASIZE
  00c12  REVERT
call_ok_75:
  00c13  JUMPDEST
  00c14  PUSH @ret_ok_76
  00c17  RETURNDATASIZE
  00c18  PUSH 32
  00c1a  LT
  00c1b  ISZERO
  00c1c  JUMPI
  00c1d  PUSH 132
  00c1f  MALLOC
  00c20  DUP1
  00c21  PUSH 2024
  00c24  PUSH 132
  00c26  DATACOPY
  00c27  PUSH 132
  00c29  REVERT
ret_ok_76:
  00c2a  JUMPDEST
  00c2b  PUSH 32
  00c2d  MALLOC
  00c2e  LSET 7
  00c30  LGET 7
  00c32  PUSH0
  00c33  PUSH 32
  00c35  RETURNDATACOPY
  00c36  LGET 7
  00c38  MLOAD
  00c39  JUMPI
  00c3a  PUSH 100
  00c3c  MALLOC
  00c3d  DUP1
  00c3e  PUSH 2156
  00c41  PUSH 100
  00c43  DATACOPY
  00c44  PUSH 100
  00c46  REVERT
req_ok_73:
  00c47  JUMPDEST
    ; amm.coin:266: fn take(token: address, amount: uint) {
  00c48  RETF
fn_StableSwapPool_quote:
    ; amm.coin:241: view fn quote(zero_in: bool, amount_in: uint) -> uint {
  00c49  ENTER 6
  00c4b  LSET 1
  00c4d  LSET 0
    ; amm.coin:242: let x = self.balance0
  00c4f  PUSH 8
  00c51  SLOAD
  00c52  LSET 2
    ; amm.coin:243: let y = self.balance1
  00c54  PUSH 9
  00c56  SLOAD
  00c57  LSET 3
    ; amm.coin:244: if not zero_in {
  00c59  PUSH @else_77
  00c5c  LGET 0
  00c5e  ISZERO
  00c5f  ISZERO
  00c60  JUMPI
    ; amm.coin:245: x = self.balance1
  00c61  PUSH 9
  00c63  SLOAD
  00c64  LSET 2
    ; amm.coin:246: y = self.balance0
  00c66  PUSH 8
  00c68  SLOAD
  00c69  LSET 3
else_77:
  00c6b  JUMPDEST
    ; amm.coin:248: require(x > 0 and y > 0, "no liquidity")
  00c6c  PUSH @req_ok_78
  00c6f  LGET 2
  00c71  PUSH 0
  00c72  GT
  00c73  DUP1
  00c74  ISZERO
  00c75  PUSH @and_79
  00c78  SWAP1
  00c79  JUMPI
  00c7a  POP
  00c7b  LGET 3
  00c7d  PUSH 0
  00c7e  GT
and_79:
  00c7f  JUMPDEST
  00c80  JUMPI
  00c81  PUSH 100
  00c83  MALLOC
  00c84  DUP1
  00c85  PUSH 2256
  00c88  PUSH 100
  00c8a  DATACOPY
  00c8b  PUSH 100
  00c8d  REVERT
req_ok_78:
  00c8e  JUMPDEST
    ; amm.coin:249: let new_y = get_y(x + amount_in, x, y, self.amp)
  00c8f  LGET 2
  00c91  LGET 1
  00c93  CADD
  00c94  LGET 2
  00c96  LGET 3
  00c98  PUSH 10
  00c9a  SLOAD
  00c9b  CALLF @fn__get_y
  00c9e  LSET 4
    ; amm.coin:250: if new_y + 1 >= y {
  00ca0  PUSH @else_80
  00ca3  LGET 4
  00ca5  PUSH 1
  00ca7  CADD
  00ca8  LGET 3
  00caa  LT
  00cab  ISZERO
  00cac  ISZERO
  00cad  JUMPI
    ; amm.coin:251: return 0
  00cae  PUSH 0
  00caf  RETF
else_80:
  00cb0  JUMPDEST
    ; amm.coin:253: let dy = y - new_y - 1
  00cb1  LGET 3
  00cb3  LGET 4
  00cb5  CSUB
  00cb6  PUSH 1
  00cb8  CSUB
  00cb9  LSET 5
    ; amm.coin:254: return dy - mul_div(dy, self.fee, FEE_DENOMINATOR)
  00cbb  LGET 5
  00cbd  LGET 5
  00cbf  PUSH 11
  00cc1  SLOAD
  00cc2  PUSH 0x2540be400
  00cc8  MULDIV
  00cc9  CSUB
  00cca  RETF
  00ccb  INVALID
fn_StableSwapPool_side:
    ; amm.coin:257: view fn side(token: address) -> bool {
  00ccc  ENTER 1
  00cce  LSET 0
    ; amm.coin:258: require(token == self.token0 or token == self.token1, "token is not in this pool")
  00cd0  PUSH @req_ok_81
  00cd3  LGET 0
  00cd5  PUSH 6
  00cd7  SLOAD
  00cd8  EQ
  00cd9  DUP1
  00cda  PUSH @or_82
  00cdd  SWAP1
  00cde  JUMPI
  00cdf  POP
  00ce0  LGET 0
  00ce2  PUSH 7
  00ce4  SLOAD
  00ce5  EQ
or_82:
  00ce6  JUMPDEST
  00ce7  JUMPI
  00ce8  PUSH 100
  00cea  MALLOC
  00ceb  DUP1
  00cec  PUSH 2356
  00cef  PUSH 100
  00cf1  DATACOPY
  00cf2  PUSH 100
  00cf4  REVERT
req_ok_81:
  00cf5  JUMPDEST
    ; amm.coin:259: return token == self.token0
  00cf6  LGET 0
  00cf8  PUSH 6
  00cfa  SLOAD
  00cfb  EQ
  00cfc  RETF
  00cfd  INVALID
fn_Token_before_transfer:
    ; token.coin:84: fn before_transfer(from: address, to: address, amount: uint) {
  00cfe  ENTER 3
  00d00  LSET 2
  00d02  LSET 1
  00d04  LSET 0
  00d06  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  00d07  ENTER 5
  00d09  LSET 1
  00d0b  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  00d0d  LGET 0
  00d0f  PUSH 0
  00d10  LGET 1
  00d12  CALLF @fn_Token_before_transfer
    ; token.coin:107: let held = self.balances[from]
  00d15  PUSH0
  00d16  LGET 0
  00d18  MSTORE
  00d19  PUSH 32
  00d1b  PUSH 4
  00d1d  MSTORE
  00d1e  PUSH0
  00d1f  PUSH 64
  00d21  KECCAK256
  00d22  SLOAD
  00d23  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  00d25  PUSH @req_ok_83
  00d28  LGET 2
  00d2a  LGET 1
  00d2c  LT
  00d2d  ISZERO
  00d2e  JUMPI
  00d2f  PUSH 100
  00d31  MALLOC
  00d32  DUP1
  00d33  PUSH 2456
  00d36  PUSH 100
  00d38  DATACOPY
  00d39  PUSH 100
  00d3b  REVERT
req_ok_83:
  00d3c  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  00d3d  LGET 2
  00d3f  LGET 1
  00d41  CSUB
  00d42  PUSH0
  00d43  LGET 0
  00d45  MSTORE
  00d46  PUSH 32
  00d48  PUSH 4
  00d4a  MSTORE
  00d4b  PUSH0
  00d4c  PUSH 64
  00d4e  KECCAK256
  00d4f  SWAP1
  00d50  SSTORE
    ; token.coin:110: self.supply -= amount
  00d51  PUSH 3
  00d53  DUP1
  00d54  SLOAD
  00d55  LGET 1
  00d57  CSUB
  00d58  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  00d59  PUSH 0
  00d5a  LSET 3
  00d5c  PUSH 32
  00d5e  MALLOC
  00d5f  LSET 4
  00d61  LGET 4
  00d63  LGET 1
  00d65  MSTORE
  00d66  LGET 4
  00d68  PUSH 32
  00d6a  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  00d8b  LGET 0
  00d8d  LGET 3
  00d8f  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  00d90  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  00d91  ENTER 4
  00d93  LSET 1
  00d95  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  00d97  PUSH @req_ok_84
  00d9a  LGET 0
  00d9c  PUSH 0
  00d9d  EQ
  00d9e  ISZERO
  00d9f  JUMPI
  00da0  PUSH 100
  00da2  MALLOC
  00da3  DUP1
  00da4  PUSH 2556
  00da7  PUSH 100
  00da9  DATACOPY
  00daa  PUSH 100
  00dac  REVERT
req_ok_84:
  00dad  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  00dae  PUSH 0
  00daf  LGET 0
  00db1  LGET 1
  00db3  CALLF @fn_Token_before_transfer
    ; token.coin:100: self.supply += amount
  00db6  PUSH 3
  00db8  DUP1
  00db9  SLOAD
  00dba  LGET 1
  00dbc  CADD
  00dbd  SSTORE
    ; token.coin:101: self.balances[to] += amount
  00dbe  PUSH0
  00dbf  LGET 0
  00dc1  MSTORE
  00dc2  PUSH 32
  00dc4  PUSH 4
  00dc6  MSTORE
  00dc7  PUSH0
  00dc8  PUSH 64
  00dca  KECCAK256
  00dcb  DUP1
  00dcc  SLOAD
  00dcd  LGET 1
  00dcf  CADD
  00dd0  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  00dd1  PUSH 0
  00dd2  LSET 2
  00dd4  PUSH 32
  00dd6  MALLOC
  00dd7  LSET 3
  00dd9  LGET 3
  00ddb  LGET 1
  00ddd  MSTORE
  00dde  LGET 3
  00de0  PUSH 32
  00de2  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  00e03  LGET 2
  00e05  LGET 0
  00e07  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  00e08  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00e09  ENTER 5
  00e0b  LSET 2
  00e0d  LSET 1
  00e0f  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  00e11  PUSH @req_ok_85
  00e14  LGET 1
  00e16  PUSH 0
  00e17  EQ
  00e18  ISZERO
  00e19  JUMPI
  00e1a  PUSH 100
  00e1c  MALLOC
  00e1d  DUP1
  00e1e  PUSH 2656
  00e21  PUSH 100
  00e23  DATACOPY
  00e24  PUSH 100
  00e26  REVERT
req_ok_85:
  00e27  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  00e28  LGET 0
  00e2a  LGET 1
  00e2c  LGET 2
  00e2e  CALLF @fn_Token_before_transfer
    ; token.coin:90: let held = self.balances[from]
  00e31  PUSH0
  00e32  LGET 0
  00e34  MSTORE
  00e35  PUSH 32
  00e37  PUSH 4
  00e39  MSTORE
  00e3a  PUSH0
  00e3b  PUSH 64
  00e3d  KECCAK256
  00e3e  SLOAD
  00e3f  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  00e41  PUSH @req_ok_86
  00e44  LGET 3
  00e46  LGET 2
  00e48  LT
  00e49  ISZERO
  00e4a  JUMPI
  00e4b  PUSH 100
  00e4d  MALLOC
  00e4e  DUP1
  00e4f  PUSH 2756
  00e52  PUSH 100
  00e54  DATACOPY
  00e55  PUSH 100
  00e57  REVERT
req_ok_86:
  00e58  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  00e59  LGET 3
  00e5b  LGET 2
  00e5d  CSUB
  00e5e  PUSH0
  00e5f  LGET 0
  00e61  MSTORE
  00e62  PUSH 32
  00e64  PUSH 4
  00e66  MSTORE
  00e67  PUSH0
  00e68  PUSH 64
  00e6a  KECCAK256
  00e6b  SWAP1
  00e6c  SSTORE
    ; token.coin:93: self.balances[to] += amount
  00e6d  PUSH0
  00e6e  LGET 1
  00e70  MSTORE
  00e71  PUSH 32
  00e73  PUSH 4
  00e75  MSTORE
  00e76  PUSH0
  00e77  PUSH 64
  00e79  KECCAK256
  00e7a  DUP1
  00e7b  SLOAD
  00e7c  LGET 2
  00e7e  CADD
  00e7f  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  00e80  PUSH 32
  00e82  MALLOC
  00e83  LSET 4
  00e85  LGET 4
  00e87  LGET 2
  00e89  MSTORE
  00e8a  LGET 4
  00e8c  PUSH 32
  00e8e  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  00eaf  LGET 0
  00eb1  LGET 1
  00eb3  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00eb4  RETF
; ---- init section (228 bytes)
    ; amm.coin:137: contract StableSwapPool is Token {
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
    ; amm.coin:149: init(token0: address, token1: address, amp: uint, fee: uint) {
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 128
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
  00030  PUSH 96
  00032  CALLDATALOAD
  00033  CALLF @fn_StableSwapPool_init
  00036  STOP
bad_input_2:
    ; amm.coin:137: contract StableSwapPool is Token {
  00037  JUMPDEST
  00038  PUSH0
  00039  PUSH0
  0003a  REVERT
fn_StableSwapPool_init:
    ; amm.coin:149: init(token0: address, token1: address, amp: uint, fee: uint) {
  0003b  ENTER 4
  0003d  LSET 3
  0003f  LSET 2
  00041  LSET 1
  00043  LSET 0
    ; amm.coin:150: Token.init("Coin StableSwap LP", "SSLP", 18)
  00045  PUSH 64
  00047  MALLOC
  00048  DUP1
  00049  PUSH 2856
  0004c  PUSH 64
  0004e  DATACOPY
  0004f  PUSH 64
  00051  MALLOC
  00052  DUP1
  00053  PUSH 2920
  00056  PUSH 64
  00058  DATACOPY
  00059  PUSH 18
  0005b  CALLF @fn_Token_init
    ; amm.coin:151: require(token0 != token1, "tokens must differ")
  0005e  PUSH @req_ok_3
  00061  LGET 0
  00063  LGET 1
  00065  EQ
  00066  ISZERO
  00067  JUMPI
  00068  PUSH 100
  0006a  MALLOC
  0006b  DUP1
  0006c  PUSH 2984
  0006f  PUSH 100
  00071  DATACOPY
  00072  PUSH 100
  00074  REVERT
req_ok_3:
  00075  JUMPDEST
    ; amm.coin:152: require(amp > 0 and amp <= 1_000_000, "amp must be in 1..1000000")
  00076  PUSH @req_ok_4
  00079  LGET 2
  0007b  PUSH 0
  0007c  GT
  0007d  DUP1
  0007e  ISZERO
  0007f  PUSH @and_5
  00082  SWAP1
  00083  JUMPI
  00084  POP
  00085  LGET 2
  00087  PUSH 0xf4240
  0008b  GT
  0008c  ISZERO
and_5:
  0008d  JUMPDEST
  0008e  JUMPI
  0008f  PUSH 100
  00091  MALLOC
  00092  DUP1
  00093  PUSH 3084
  00096  PUSH 100
  00098  DATACOPY
  00099  PUSH 100
  0009b  REVERT
req_ok_4:
  0009c  JUMPDEST
    ; amm.coin:153: require(fee < FEE_DENOMINATOR / 2, "fee must be below 50%")
  0009d  PUSH @req_ok_6
  000a0  LGET 3
  000a2  PUSH 0x12a05f200
  000a8  LT
  000a9  JUMPI
  000aa  PUSH 100
  000ac  MALLOC
  000ad  DUP1
  000ae  PUSH 3184
  000b1  PUSH 100
  000b3  DATACOPY
  000b4  PUSH 100
  000b6  REVERT
req_ok_6:
  000b7  JUMPDEST
    ; amm.coin:154: self.token0 = token0
  000b8  PUSH 6
  000ba  LGET 0
  000bc  SSTORE
    ; amm.coin:155: self.token1 = token1
  000bd  PUSH 7
  000bf  LGET 1
  000c1  SSTORE
    ; amm.coin:156: self.amp = amp
  000c2  PUSH 10
  000c4  LGET 2
  000c6  SSTORE
    ; amm.coin:157: self.fee = fee
  000c7  PUSH 11
  000c9  LGET 3
  000cb  SSTORE
    ; amm.coin:149: init(token0: address, token1: address, amp: uint, fee: uint) {
  000cc  RETF
fn_Token_init:
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000cd  ENTER 3
  000cf  LSET 2
  000d1  LSET 1
  000d3  LSET 0
    ; token.coin:29: self.token_name = name
  000d5  PUSH 0
  000d6  LGET 0
  000d8  SSTOREBYTES
    ; token.coin:30: self.token_symbol = symbol
  000d9  PUSH 1
  000db  LGET 1
  000dd  SSTOREBYTES
    ; token.coin:31: self.token_decimals = decimals
  000de  PUSH 2
  000e0  LGET 2
  000e2  SSTORE
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000e3  RETF
; ---- data section (3284 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  0000001b617070726f766520746f20746865207a65726f206164647265737300
  00060  0000000008c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  0000000000000016696e73756666696369656e7420616c6c6f77616e63650000
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  000000000000000000000018616d6f756e7473206d75737420626520706f7369
  00120  74697665000000000000000008c379a000000000000000000000000000000000
  00140  0000000000000000000000000000002000000000000000000000000000000000
  00160  00000000000000000000000000000026746865206669727374206465706f7369
  00180  74206d75737420686f6c6420626f746820636f696e7300000000000000000000
  001a0  0000000000000000000000000000000008c379a0000000000000000000000000
  001c0  0000000000000000000000000000000000000020000000000000000000000000
  001e0  00000000000000000000000000000000000000156465706f7369742061646473
  00200  206e6f2076616c7565000000000000000000000008c379a00000000000000000
  00220  0000000000000000000000000000000000000000000000200000000000000000
  00240  0000000000000000000000000000000000000000000000136c69717569646974
  00260  7920746f6f20736d616c6c0000000000000000000000000008c379a000000000
  00280  0000000000000000000000000000000000000000000000000000002000000000
  002a0  00000000000000000000000000000000000000000000000000000026736c6970
  002c0  706167653a20666577657220736861726573207468616e206d696e5f73686172
  002e0  6573000000000000000000000000000000000000000000000000000008c379a0
  00300  0000000000000000000000000000000000000000000000000000000000000020
  00320  0000000000000000000000000000000000000000000000000000000000000017
  00340  736861726573206d75737420626520706f736974697665000000000000000000
  00360  08c379a000000000000000000000000000000000000000000000000000000000
  00380  0000002000000000000000000000000000000000000000000000000000000000
  003a0  00000027736c6970706167653a206c657373207468616e20746865206d696e69
  003c0  6d756d20616d6f756e7473000000000000000000000000000000000000000000
  003e0  0000000008c379a0000000000000000000000000000000000000000000000000
  00400  0000000000000020000000000000000000000000000000000000000000000000
  00420  0000000000000017616d6f756e74206d75737420626520706f73697469766500
  00440  000000000000000008c379a00000000000000000000000000000000000000000
  00460  0000000000000000000000200000000000000000000000000000000000000000
  00480  00000000000000000000000e6f7574707574206973207a65726f000000000000
  004a0  00000000000000000000000008c379a000000000000000000000000000000000
  004c0  0000000000000000000000000000002000000000000000000000000000000000
  004e0  0000000000000000000000000000001e736c6970706167653a206f7574707574
  00500  2062656c6f77206d696e5f6f7574000008c379a0000000000000000000000000
  00520  0000000000000000000000000000000000000020000000000000000000000000
  00540  0000000000000000000000000000000000000025537461626c65537761702069
  00560  6e76617269616e7420646964206e6f7420636f6e766572676500000000000000
  00580  000000000000000000000000000000000000000008c379a00000000000000000
  005a0  0000000000000000000000000000000000000000000000200000000000000000
  005c0  00000000000000000000000000000000000000000000001d537461626c655377
  005e0  6170207920646964206e6f7420636f6e766572676500000008c379a000000000
  00600  0000000000000000000000000000000000000000000000000000002000000000
  00620  0000000000000000000000000000000000000000000000000000003063616c6c
  00640  20746f207472616e736665723a20746865207461726765742061646472657373
  00660  20686173206e6f20636f64650000000000000000000000000000000008c379a0
  00680  0000000000000000000000000000000000000000000000000000000000000020
  006a0  0000000000000000000000000000000000000000000000000000000000000023
  006c0  63616c6c20746f207472616e736665723a2073686f72742072657475726e2064
  006e0  6174610000000000000000000000000000000000000000000000000000000000
  00700  08c379a000000000000000000000000000000000000000000000000000000000
  00720  0000002000000000000000000000000000000000000000000000000000000000
  00740  00000019746f6b656e207472616e73666572206f7574206661696c6564000000
  00760  0000000008c379a0000000000000000000000000000000000000000000000000
  00780  0000000000000020000000000000000000000000000000000000000000000000
  007a0  000000000000003463616c6c20746f207472616e7366657246726f6d3a207468
  007c0  6520746172676574206164647265737320686173206e6f20636f646500000000
  007e0  000000000000000008c379a00000000000000000000000000000000000000000
  00800  0000000000000000000000200000000000000000000000000000000000000000
  00820  00000000000000000000002763616c6c20746f207472616e7366657246726f6d
  00840  3a2073686f72742072657475726e206461746100000000000000000000000000
  00860  00000000000000000000000008c379a000000000000000000000000000000000
  00880  0000000000000000000000000000002000000000000000000000000000000000
  008a0  00000000000000000000000000000018746f6b656e207472616e736665722069
  008c0  6e206661696c6564000000000000000008c379a0000000000000000000000000
  008e0  0000000000000000000000000000000000000020000000000000000000000000
  00900  000000000000000000000000000000000000000c6e6f206c6971756964697479
  00920  000000000000000000000000000000000000000008c379a00000000000000000
  00940  0000000000000000000000000000000000000000000000200000000000000000
  00960  000000000000000000000000000000000000000000000019746f6b656e206973
  00980  206e6f7420696e207468697320706f6f6c0000000000000008c379a000000000
  009a0  0000000000000000000000000000000000000000000000000000002000000000
  009c0  0000000000000000000000000000000000000000000000000000001b6275726e
  009e0  20616d6f756e7420657863656564732062616c616e6365000000000008c379a0
  00a00  0000000000000000000000000000000000000000000000000000000000000020
  00a20  0000000000000000000000000000000000000000000000000000000000000018
  00a40  6d696e7420746f20746865207a65726f20616464726573730000000000000000
  00a60  08c379a000000000000000000000000000000000000000000000000000000000
  00a80  0000002000000000000000000000000000000000000000000000000000000000
  00aa0  0000001c7472616e7366657220746f20746865207a65726f2061646472657373
  00ac0  0000000008c379a0000000000000000000000000000000000000000000000000
  00ae0  0000000000000020000000000000000000000000000000000000000000000000
  00b00  000000000000001f7472616e7366657220616d6f756e74206578636565647320
  00b20  62616c616e636500000000000000000000000000000000000000000000000000
  00b40  0000000000000012436f696e20537461626c6553776170204c50000000000000
  00b60  0000000000000000000000000000000000000000000000000000000000000000
  00b80  000000000000000453534c500000000000000000000000000000000000000000
  00ba0  000000000000000008c379a00000000000000000000000000000000000000000
  00bc0  0000000000000000000000200000000000000000000000000000000000000000
  00be0  000000000000000000000012746f6b656e73206d757374206469666665720000
  00c00  00000000000000000000000008c379a000000000000000000000000000000000
  00c20  0000000000000000000000000000002000000000000000000000000000000000
  00c40  00000000000000000000000000000019616d70206d75737420626520696e2031
  00c60  2e2e313030303030300000000000000008c379a0000000000000000000000000
  00c80  0000000000000000000000000000000000000020000000000000000000000000
  00ca0  0000000000000000000000000000000000000015666565206d75737420626520
  00cc0  62656c6f77203530250000000000000000000000
