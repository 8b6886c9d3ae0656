; contract ConstantProductPool
; ---- runtime section (3402 bytes)
    ; amm.coin:21: contract ConstantProductPool is Token {
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
  000b8  PUSH @ext_tokens_17
  000bb  DUP2
  000bc  PUSH 0x9d63848a
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
    ; amm.coin:43: pub fn add_liquidity(amount0: uint, amount1: uint, min_shares: uint) -> uint {
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
  002ff  CALLF @fn_ConstantProductPool_add_liquidity
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
    ; amm.coin:65: pub fn remove_liquidity(shares: uint, min0: uint, min1: uint) -> Amounts {
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
  00330  CALLF @fn_ConstantProductPool_remove_liquidity
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
    ; amm.coin:79: pub fn swap(token_in: address, amount_in: uint, min_out: uint) -> uint {
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
  00373  CALLF @fn_ConstantProductPool_swap
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
    ; amm.coin:104: pub view fn get_amount_out(token_in: address, amount_in: uint) -> uint {
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
  003a9  CALLF @fn_ConstantProductPool_get_amount_out
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
    ; amm.coin:111: pub view fn get_reserves() -> Amounts {
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
  003c9  CALLF @fn_ConstantProductPool_get_reserves
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
    ; amm.coin:116: pub view fn price0() -> uint {
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
  003f3  CALLF @fn_ConstantProductPool_price0
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
ext_tokens_17:
    ; amm.coin:121: pub view fn tokens() -> Amounts {
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
  00413  CALLF @fn_ConstantProductPool_tokens
  00416  LSET 1
  00418  LSET 0
  0041a  PUSH 64
  0041c  MALLOC
  0041d  LSET 2
  0041f  LGET 2
  00421  LGET 0
  00423  MSTORE
  00424  LGET 2
  00426  PUSH 32
  00428  ADD
  00429  LGET 1
  0042b  MSTORE
  0042c  LGET 2
  0042e  PUSH 64
  00430  RETURN
bad_input_23:
    ; amm.coin:21: contract ConstantProductPool is Token {
  00431  JUMPDEST
  00432  PUSH0
  00433  PUSH0
  00434  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  00435  ENTER 0
    ; token.coin:35: return self.token_name
  00437  PUSH 0
  00438  SLOADBYTES
  00439  RETF
  0043a  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  0043b  ENTER 0
    ; token.coin:39: return self.token_symbol
  0043d  PUSH 1
  0043f  SLOADBYTES
  00440  RETF
  00441  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00442  ENTER 0
    ; token.coin:43: return self.token_decimals
  00444  PUSH 2
  00446  SLOAD
  00447  RETF
  00448  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00449  ENTER 0
    ; token.coin:47: return self.supply
  0044b  PUSH 3
  0044d  SLOAD
  0044e  RETF
  0044f  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00450  ENTER 1
  00452  LSET 0
    ; token.coin:51: return self.balances[owner]
  00454  PUSH0
  00455  LGET 0
  00457  MSTORE
  00458  PUSH 32
  0045a  PUSH 4
  0045c  MSTORE
  0045d  PUSH0
  0045e  PUSH 64
  00460  KECCAK256
  00461  SLOAD
  00462  RETF
  00463  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00464  ENTER 2
  00466  LSET 1
  00468  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  0046a  PUSH 32
  0046c  PUSH0
  0046d  LGET 0
  0046f  MSTORE
  00470  PUSH 32
  00472  PUSH 5
  00474  MSTORE
  00475  PUSH0
  00476  PUSH 64
  00478  KECCAK256
  00479  MSTORE
  0047a  PUSH0
  0047b  LGET 1
  0047d  MSTORE
  0047e  PUSH0
  0047f  PUSH 64
  00481  KECCAK256
  00482  SLOAD
  00483  RETF
  00484  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00485  ENTER 2
  00487  LSET 1
  00489  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  0048b  CALLER
  0048c  LGET 0
  0048e  LGET 1
  00490  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00493  PUSH 1
  00495  RETF
  00496  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  00497  ENTER 4
  00499  LSET 1
  0049b  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  0049d  PUSH @req_ok_35
  004a0  LGET 0
  004a2  PUSH 0
  004a3  EQ
  004a4  ISZERO
  004a5  JUMPI
  004a6  PUSH 100
  004a8  MALLOC
  004a9  DUP1
  004aa  PUSH 0
  004ab  PUSH 100
  004ad  DATACOPY
  004ae  PUSH 100
  004b0  REVERT
req_ok_35:
  004b1  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  004b2  PUSH 32
  004b4  PUSH0
  004b5  CALLER
  004b6  MSTORE
  004b7  PUSH 32
  004b9  PUSH 5
  004bb  MSTORE
  004bc  PUSH0
  004bd  PUSH 64
  004bf  KECCAK256
  004c0  MSTORE
  004c1  PUSH0
  004c2  LGET 0
  004c4  MSTORE
  004c5  PUSH0
  004c6  PUSH 64
  004c8  KECCAK256
  004c9  LGET 1
  004cb  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  004cc  CALLER
  004cd  LSET 2
  004cf  PUSH 32
  004d1  MALLOC
  004d2  LSET 3
  004d4  LGET 3
  004d6  LGET 1
  004d8  MSTORE
  004d9  LGET 3
  004db  PUSH 32
  004dd  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  004fe  LGET 2
  00500  LGET 0
  00502  LOG3
    ; token.coin:67: return true
  00503  PUSH 1
  00505  RETF
  00506  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00507  ENTER 4
  00509  LSET 2
  0050b  LSET 1
  0050d  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  0050f  PUSH0
  00510  LGET 0
  00512  MSTORE
  00513  PUSH 32
  00515  PUSH 5
  00517  MSTORE
  00518  PUSH0
  00519  PUSH 64
  0051b  KECCAK256
  0051c  PUSH0
  0051d  CALLER
  0051e  MSTORE
  0051f  PUSH 32
  00521  SWAP1
  00522  MSTORE
  00523  PUSH0
  00524  PUSH 64
  00526  KECCAK256
  00527  SLOAD
  00528  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  0052a  PUSH @else_36
  0052d  LGET 3
  0052f  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00550  EQ
  00551  ISZERO
  00552  ISZERO
  00553  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  00554  PUSH @req_ok_37
  00557  LGET 3
  00559  LGET 2
  0055b  LT
  0055c  ISZERO
  0055d  JUMPI
  0055e  PUSH 100
  00560  MALLOC
  00561  DUP1
  00562  PUSH 100
  00564  PUSH 100
  00566  DATACOPY
  00567  PUSH 100
  00569  REVERT
req_ok_37:
  0056a  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  0056b  LGET 3
  0056d  LGET 2
  0056f  CSUB
  00570  PUSH0
  00571  LGET 0
  00573  MSTORE
  00574  PUSH 32
  00576  PUSH 5
  00578  MSTORE
  00579  PUSH0
  0057a  PUSH 64
  0057c  KECCAK256
  0057d  PUSH0
  0057e  CALLER
  0057f  MSTORE
  00580  PUSH 32
  00582  SWAP1
  00583  MSTORE
  00584  PUSH0
  00585  PUSH 64
  00587  KECCAK256
  00588  SWAP1
  00589  SSTORE
else_36:
  0058a  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  0058b  LGET 0
  0058d  LGET 1
  0058f  LGET 2
  00591  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00594  PUSH 1
  00596  RETF
  00597  INVALID
fn_ConstantProductPool_add_liquidity:
    ; amm.coin:43: pub fn add_liquidity(amount0: uint, amount1: uint, min_shares: uint) -> uint {
  00598  ENTER 8
  0059a  LSET 2
  0059c  LSET 1
  0059e  LSET 0
    ; amm.coin:44: require(amount0 > 0 and amount1 > 0, "amounts must be positive")
  005a0  PUSH @req_ok_38
  005a3  LGET 0
  005a5  PUSH 0
  005a6  GT
  005a7  DUP1
  005a8  ISZERO
  005a9  PUSH @and_39
  005ac  SWAP1
  005ad  JUMPI
  005ae  POP
  005af  LGET 1
  005b1  PUSH 0
  005b2  GT
and_39:
  005b3  JUMPDEST
  005b4  JUMPI
  005b5  PUSH 100
  005b7  MALLOC
  005b8  DUP1
  005b9  PUSH 200
  005bb  PUSH 100
  005bd  DATACOPY
  005be  PUSH 100
  005c0  REVERT
req_ok_38:
  005c1  JUMPDEST
    ; amm.coin:45: let supply = self.supply
  005c2  PUSH 3
  005c4  SLOAD
  005c5  LSET 3
    ; amm.coin:46: let shares: uint = 0
  005c7  PUSH 0
  005c8  LSET 4
    ; amm.coin:47: if supply == 0 {
  005ca  PUSH @else_40
  005cd  LGET 3
  005cf  PUSH 0
  005d0  EQ
  005d1  ISZERO
  005d2  JUMPI
    ; amm.coin:48: let root = sqrt(amount0 * amount1)
  005d3  LGET 0
  005d5  LGET 1
  005d7  CMUL
  005d8  CALLF @fn__sqrt
  005db  LSET 5
    ; amm.coin:49: require(root > MINIMUM_LIQUIDITY, "initial liquidity too small")
  005dd  PUSH @req_ok_41
  005e0  LGET 5
  005e2  PUSH 1000
  005e5  GT
  005e6  JUMPI
  005e7  PUSH 100
  005e9  MALLOC
  005ea  DUP1
  005eb  PUSH 300
  005ee  PUSH 100
  005f0  DATACOPY
  005f1  PUSH 100
  005f3  REVERT
req_ok_41:
  005f4  JUMPDEST
    ; amm.coin:50: shares = root - MINIMUM_LIQUIDITY
  005f5  LGET 5
  005f7  PUSH 1000
  005fa  CSUB
  005fb  LSET 4
    ; amm.coin:51: self.mint_to(this, MINIMUM_LIQUIDITY)  // locked forever, as Uniswap does
  005fd  ADDRESS
  005fe  PUSH 1000
  00601  CALLF @fn_Token_mint_to
  00604  PUSH @endif_42
  00607  JUMP
else_40:
  00608  JUMPDEST
    ; amm.coin:53: shares = min(mul_div(amount0, supply, self.reserve0), mul_div(amount1, supply, self.reserve1))
  00609  LGET 0
  0060b  LGET 3
  0060d  PUSH 8
  0060f  SLOAD
  00610  MULDIV
  00611  LSET 6
  00613  LGET 1
  00615  LGET 3
  00617  PUSH 9
  00619  SLOAD
  0061a  MULDIV
  0061b  LSET 7
  0061d  LGET 7
  0061f  LGET 6
  00621  LGET 7
  00623  XOR
  00624  LGET 6
  00626  LGET 7
  00628  LT
  00629  MUL
  0062a  XOR
  0062b  LSET 4
endif_42:
  0062d  JUMPDEST
    ; amm.coin:55: require(shares > 0, "liquidity too small")
  0062e  PUSH @req_ok_43
  00631  LGET 4
  00633  PUSH 0
  00634  GT
  00635  JUMPI
  00636  PUSH 100
  00638  MALLOC
  00639  DUP1
  0063a  PUSH 400
  0063d  PUSH 100
  0063f  DATACOPY
  00640  PUSH 100
  00642  REVERT
req_ok_43:
  00643  JUMPDEST
    ; amm.coin:56: require(shares >= min_shares, "slippage: fewer shares than min_shares")
  00644  PUSH @req_ok_44
  00647  LGET 4
  00649  LGET 2
  0064b  LT
  0064c  ISZERO
  0064d  JUMPI
  0064e  PUSH 132
  00650  MALLOC
  00651  DUP1
  00652  PUSH 500
  00655  PUSH 132
  00657  DATACOPY
  00658  PUSH 132
  0065a  REVERT
req_ok_44:
  0065b  JUMPDEST
    ; amm.coin:57: take(self.token0, amount0)
  0065c  PUSH 6
  0065e  SLOAD
  0065f  LGET 0
  00661  CALLF @fn__take
    ; amm.coin:58: take(self.token1, amount1)
  00664  PUSH 7
  00666  SLOAD
  00667  LGET 1
  00669  CALLF @fn__take
    ; amm.coin:59: self.mint_to(msg.sender, shares)
  0066c  CALLER
  0066d  LGET 4
  0066f  CALLF @fn_Token_mint_to
    ; amm.coin:60: self.sync(self.reserve0 + amount0, self.reserve1 + amount1)
  00672  PUSH 8
  00674  SLOAD
  00675  LGET 0
  00677  CADD
  00678  PUSH 9
  0067a  SLOAD
  0067b  LGET 1
  0067d  CADD
  0067e  CALLF @fn_ConstantProductPool_sync
    ; amm.coin:61: emit LiquidityAdded(msg.sender, amount0, amount1, shares)
  00681  CALLER
  00682  LSET 6
  00684  PUSH 96
  00686  MALLOC
  00687  LSET 7
  00689  LGET 7
  0068b  LGET 0
  0068d  MSTORE
  0068e  LGET 7
  00690  PUSH 32
  00692  ADD
  00693  LGET 1
  00695  MSTORE
  00696  LGET 7
  00698  PUSH 64
  0069a  ADD
  0069b  LGET 4
  0069d  MSTORE
  0069e  LGET 7
  006a0  PUSH 96
  006a2  PUSH 0x64b83944e79c3ce8d4c297411de637c3e102d064677aac0c163976ebdcd6f50e
  006c3  LGET 6
  006c5  LOG2
    ; amm.coin:62: return shares
  006c6  LGET 4
  006c8  RETF
  006c9  INVALID
fn_ConstantProductPool_remove_liquidity:
    ; amm.coin:65: pub fn remove_liquidity(shares: uint, min0: uint, min1: uint) -> Amounts {
  006ca  ENTER 8
  006cc  LSET 2
  006ce  LSET 1
  006d0  LSET 0
    ; amm.coin:66: require(shares > 0, "shares must be positive")
  006d2  PUSH @req_ok_45
  006d5  LGET 0
  006d7  PUSH 0
  006d8  GT
  006d9  JUMPI
  006da  PUSH 100
  006dc  MALLOC
  006dd  DUP1
  006de  PUSH 632
  006e1  PUSH 100
  006e3  DATACOPY
  006e4  PUSH 100
  006e6  REVERT
req_ok_45:
  006e7  JUMPDEST
    ; amm.coin:67: let supply = self.supply
  006e8  PUSH 3
  006ea  SLOAD
  006eb  LSET 3
    ; amm.coin:68: let out0 = mul_div(shares, self.reserve0, supply)
  006ed  LGET 0
  006ef  PUSH 8
  006f1  SLOAD
  006f2  LGET 3
  006f4  MULDIV
  006f5  LSET 4
    ; amm.coin:69: let out1 = mul_div(shares, self.reserve1, supply)
  006f7  LGET 0
  006f9  PUSH 9
  006fb  SLOAD
  006fc  LGET 3
  006fe  MULDIV
  006ff  LSET 5
    ; amm.coin:70: require(out0 >= min0 and out1 >= min1, "slippage: less than the minimum amounts")
  00701  PUSH @req_ok_46
  00704  LGET 4
  00706  LGET 1
  00708  LT
  00709  ISZERO
  0070a  DUP1
  0070b  ISZERO
  0070c  PUSH @and_47
  0070f  SWAP1
  00710  JUMPI
  00711  POP
  00712  LGET 5
  00714  LGET 2
  00716  LT
  00717  ISZERO
and_47:
  00718  JUMPDEST
  00719  JUMPI
  0071a  PUSH 132
  0071c  MALLOC
  0071d  DUP1
  0071e  PUSH 732
  00721  PUSH 132
  00723  DATACOPY
  00724  PUSH 132
  00726  REVERT
req_ok_46:
  00727  JUMPDEST
    ; amm.coin:71: self.burn_from(msg.sender, shares)
  00728  CALLER
  00729  LGET 0
  0072b  CALLF @fn_Token_burn_from
    ; amm.coin:72: self.sync(self.reserve0 - out0, self.reserve1 - out1)
  0072e  PUSH 8
  00730  SLOAD
  00731  LGET 4
  00733  CSUB
  00734  PUSH 9
  00736  SLOAD
  00737  LGET 5
  00739  CSUB
  0073a  CALLF @fn_ConstantProductPool_sync
    ; amm.coin:73: give(self.token0, msg.sender, out0)
  0073d  PUSH 6
  0073f  SLOAD
  00740  CALLER
  00741  LGET 4
  00743  CALLF @fn__give
    ; amm.coin:74: give(self.token1, msg.sender, out1)
  00746  PUSH 7
  00748  SLOAD
  00749  CALLER
  0074a  LGET 5
  0074c  CALLF @fn__give
    ; amm.coin:75: emit LiquidityRemoved(msg.sender, out0, out1, shares)
  0074f  CALLER
  00750  LSET 6
  00752  PUSH 96
  00754  MALLOC
  00755  LSET 7
  00757  LGET 7
  00759  LGET 4
  0075b  MSTORE
  0075c  LGET 7
  0075e  PUSH 32
  00760  ADD
  00761  LGET 5
  00763  MSTORE
  00764  LGET 7
  00766  PUSH 64
  00768  ADD
  00769  LGET 0
  0076b  MSTORE
  0076c  LGET 7
  0076e  PUSH 96
  00770  PUSH 0x1dc8bb69df2b8e91fbdcbfcf93d951b3f0000f085a95fe3f7946d6161439245d
  00791  LGET 6
  00793  LOG2
    ; amm.coin:76: return Amounts(amount0: out0, amount1: out1)
  00794  LGET 4
  00796  LGET 5
  00798  RETF
  00799  INVALID
fn_ConstantProductPool_swap:
    ; amm.coin:79: pub fn swap(token_in: address, amount_in: uint, min_out: uint) -> uint {
  0079a  ENTER 10
  0079c  LSET 2
  0079e  LSET 1
  007a0  LSET 0
    ; amm.coin:80: let zero_in = self.side(token_in)
  007a2  LGET 0
  007a4  CALLF @fn_ConstantProductPool_side
  007a7  LSET 3
    ; amm.coin:81: let r_in = self.reserve0
  007a9  PUSH 8
  007ab  SLOAD
  007ac  LSET 4
    ; amm.coin:82: let r_out = self.reserve1
  007ae  PUSH 9
  007b0  SLOAD
  007b1  LSET 5
    ; amm.coin:83: if not zero_in {
  007b3  PUSH @else_48
  007b6  LGET 3
  007b8  ISZERO
  007b9  ISZERO
  007ba  JUMPI
    ; amm.coin:84: r_in = self.reserve1
  007bb  PUSH 9
  007bd  SLOAD
  007be  LSET 4
    ; amm.coin:85: r_out = self.reserve0
  007c0  PUSH 8
  007c2  SLOAD
  007c3  LSET 5
else_48:
  007c5  JUMPDEST
    ; amm.coin:87: let out = cp_amount_out(amount_in, r_in, r_out, self.fee_bps)
  007c6  LGET 1
  007c8  LGET 4
  007ca  LGET 5
  007cc  PUSH 10
  007ce  SLOAD
  007cf  CALLF @fn__cp_amount_out
  007d2  LSET 6
    ; amm.coin:88: require(out > 0, "output is zero")
  007d4  PUSH @req_ok_49
  007d7  LGET 6
  007d9  PUSH 0
  007da  GT
  007db  JUMPI
  007dc  PUSH 100
  007de  MALLOC
  007df  DUP1
  007e0  PUSH 864
  007e3  PUSH 100
  007e5  DATACOPY
  007e6  PUSH 100
  007e8  REVERT
req_ok_49:
  007e9  JUMPDEST
    ; amm.coin:89: require(out >= min_out, "slippage: output below min_out")
  007ea  PUSH @req_ok_50
  007ed  LGET 6
  007ef  LGET 2
  007f1  LT
  007f2  ISZERO
  007f3  JUMPI
  007f4  PUSH 100
  007f6  MALLOC
  007f7  DUP1
  007f8  PUSH 964
  007fb  PUSH 100
  007fd  DATACOPY
  007fe  PUSH 100
  00800  REVERT
req_ok_50:
  00801  JUMPDEST
    ; amm.coin:90: take(token_in, amount_in)
  00802  LGET 0
  00804  LGET 1
  00806  CALLF @fn__take
    ; amm.coin:91: let k_before = self.reserve0 * self.reserve1
  00809  PUSH 8
  0080b  SLOAD
  0080c  PUSH 9
  0080e  SLOAD
  0080f  CMUL
  00810  LSET 7
    ; amm.coin:92: if zero_in {
  00812  PUSH @else_51
  00815  LGET 3
  00817  ISZERO
  00818  JUMPI
    ; amm.coin:93: self.sync(self.reserve0 + amount_in, self.reserve1 - out)
  00819  PUSH 8
  0081b  SLOAD
  0081c  LGET 1
  0081e  CADD
  0081f  PUSH 9
  00821  SLOAD
  00822  LGET 6
  00824  CSUB
  00825  CALLF @fn_ConstantProductPool_sync
    ; amm.coin:94: give(self.token1, msg.sender, out)
  00828  PUSH 7
  0082a  SLOAD
  0082b  CALLER
  0082c  LGET 6
  0082e  CALLF @fn__give
  00831  PUSH @endif_52
  00834  JUMP
else_51:
  00835  JUMPDEST
    ; amm.coin:96: self.sync(self.reserve0 - out, self.reserve1 + amount_in)
  00836  PUSH 8
  00838  SLOAD
  00839  LGET 6
  0083b  CSUB
  0083c  PUSH 9
  0083e  SLOAD
  0083f  LGET 1
  00841  CADD
  00842  CALLF @fn_ConstantProductPool_sync
    ; amm.coin:97: give(self.token0, msg.sender, out)
  00845  PUSH 6
  00847  SLOAD
  00848  CALLER
  00849  LGET 6
  0084b  CALLF @fn__give
endif_52:
  0084e  JUMPDEST
    ; amm.coin:99: assert(self.reserve0 * self.reserve1 >= k_before)
  0084f  PUSH @assert_ok_53
  00852  PUSH 8
  00854  SLOAD
  00855  PUSH 9
  00857  SLOAD
  00858  CMUL
  00859  LGET 7
  0085b  LT
  0085c  ISZERO
  0085d  JUMPI
  0085e  PANIC 1
assert_ok_53:
  00860  JUMPDEST
    ; amm.coin:100: emit Swap(msg.sender, token_in, amount_in, out)
  00861  CALLER
  00862  LSET 8
  00864  PUSH 64
  00866  MALLOC
  00867  LSET 9
  00869  LGET 9
  0086b  LGET 1
  0086d  MSTORE
  0086e  LGET 9
  00870  PUSH 32
  00872  ADD
  00873  LGET 6
  00875  MSTORE
  00876  LGET 9
  00878  PUSH 64
  0087a  PUSH 0xfa2dda1cc1b86e41239702756b13effbc1a092b5c57e3ad320fbe4f3b13fe235
  0089b  LGET 8
  0089d  LGET 0
  0089f  LOG3
    ; amm.coin:101: return out
  008a0  LGET 6
  008a2  RETF
  008a3  INVALID
fn_ConstantProductPool_get_amount_out:
    ; amm.coin:104: pub view fn get_amount_out(token_in: address, amount_in: uint) -> uint {
  008a4  ENTER 2
  008a6  LSET 1
  008a8  LSET 0
    ; amm.coin:105: if self.side(token_in) {
  008aa  PUSH @else_54
  008ad  LGET 0
  008af  CALLF @fn_ConstantProductPool_side
  008b2  ISZERO
  008b3  JUMPI
    ; amm.coin:106: return cp_amount_out(amount_in, self.reserve0, self.reserve1, self.fee_bps)
  008b4  LGET 1
  008b6  PUSH 8
  008b8  SLOAD
  008b9  PUSH 9
  008bb  SLOAD
  008bc  PUSH 10
  008be  SLOAD
  008bf  CALLF @fn__cp_amount_out
  008c2  RETF
else_54:
  008c3  JUMPDEST
    ; amm.coin:108: return cp_amount_out(amount_in, self.reserve1, self.reserve0, self.fee_bps)
  008c4  LGET 1
  008c6  PUSH 9
  008c8  SLOAD
  008c9  PUSH 8
  008cb  SLOAD
  008cc  PUSH 10
  008ce  SLOAD
  008cf  CALLF @fn__cp_amount_out
  008d2  RETF
  008d3  INVALID
fn_ConstantProductPool_get_reserves:
    ; amm.coin:111: pub view fn get_reserves() -> Amounts {
  008d4  ENTER 0
    ; amm.coin:112: return Amounts(amount0: self.reserve0, amount1: self.reserve1)
  008d6  PUSH 8
  008d8  SLOAD
  008d9  PUSH 9
  008db  SLOAD
  008dc  RETF
  008dd  INVALID
fn_ConstantProductPool_price0:
    ; amm.coin:116: pub view fn price0() -> uint {
  008de  ENTER 0
    ; amm.coin:117: require(self.reserve0 > 0, "no liquidity")
  008e0  PUSH @req_ok_55
  008e3  PUSH 8
  008e5  SLOAD
  008e6  PUSH 0
  008e7  GT
  008e8  JUMPI
  008e9  PUSH 100
  008eb  MALLOC
  008ec  DUP1
  008ed  PUSH 1064
  008f0  PUSH 100
  008f2  DATACOPY
  008f3  PUSH 100
  008f5  REVERT
req_ok_55:
  008f6  JUMPDEST
    ; amm.coin:118: return mul_div(self.reserve1, WAD, self.reserve0)
  008f7  PUSH 9
  008f9  SLOAD
  008fa  PUSH 0xde0b6b3a7640000
  00903  PUSH 8
  00905  SLOAD
  00906  MULDIV
  00907  RETF
  00908  INVALID
fn_ConstantProductPool_tokens:
    ; amm.coin:121: pub view fn tokens() -> Amounts {
  00909  ENTER 0
    ; amm.coin:122: return Amounts(amount0: uint(self.token0), amount1: uint(self.token1))
  0090b  PUSH 6
  0090d  SLOAD
  0090e  PUSH 7
  00910  SLOAD
  00911  RETF
  00912  INVALID
fn__cp_amount_out:
    ; amm.coin:276: view fn cp_amount_out(amount_in: uint, r_in: uint, r_out: uint, fee_bps: uint) -> uint {
  00913  ENTER 5
  00915  LSET 3
  00917  LSET 2
  00919  LSET 1
  0091b  LSET 0
    ; amm.coin:277: require(r_in > 0 and r_out > 0, "no liquidity")
  0091d  PUSH @req_ok_56
  00920  LGET 1
  00922  PUSH 0
  00923  GT
  00924  DUP1
  00925  ISZERO
  00926  PUSH @and_57
  00929  SWAP1
  0092a  JUMPI
  0092b  POP
  0092c  LGET 2
  0092e  PUSH 0
  0092f  GT
and_57:
  00930  JUMPDEST
  00931  JUMPI
  00932  PUSH 100
  00934  MALLOC
  00935  DUP1
  00936  PUSH 1064
  00939  PUSH 100
  0093b  DATACOPY
  0093c  PUSH 100
  0093e  REVERT
req_ok_56:
  0093f  JUMPDEST
    ; amm.coin:278: if amount_in == 0 {
  00940  PUSH @else_58
  00943  LGET 0
  00945  PUSH 0
  00946  EQ
  00947  ISZERO
  00948  JUMPI
    ; amm.coin:279: return 0
  00949  PUSH 0
  0094a  RETF
else_58:
  0094b  JUMPDEST
    ; amm.coin:281: let in_with_fee = amount_in * (BPS - fee_bps)
  0094c  LGET 0
  0094e  PUSH 10000
  00951  LGET 3
  00953  CSUB
  00954  CMUL
  00955  LSET 4
    ; amm.coin:282: return mul_div(in_with_fee, r_out, r_in * BPS + in_with_fee)
  00957  LGET 4
  00959  LGET 2
  0095b  LGET 1
  0095d  PUSH 10000
  00960  CMUL
  00961  LGET 4
  00963  CADD
  00964  MULDIV
  00965  RETF
  00966  INVALID
fn__give:
    ; amm.coin:271: fn give(token: address, to: address, amount: uint) {
  00967  ENTER 8
  00969  LSET 2
  0096b  LSET 1
  0096d  LSET 0
    ; amm.coin:272: require(ERC20(token).transfer(to, amount), "token transfer out failed")
  0096f  PUSH @req_ok_59
  00972  LGET 0
  00974  LSET 3
  00976  LGET 1
  00978  LSET 4
  0097a  LGET 2
  0097c  LSET 5
  0097e  PUSH @has_code_60
  00981  LGET 3
  00983  EXTCODESIZE
  00984  JUMPI
  00985  PUSH 132
  00987  MALLOC
  00988  DUP1
  00989  PUSH 1164
  0098c  PUSH 132
  0098e  DATACOPY
  0098f  PUSH 132
  00991  REVERT
has_code_60:
  00992  JUMPDEST
  00993  PUSH 68
  00995  MALLOC
  00996  LSET 6
  00998  LGET 6
  0099a  PUSH 0xa9059cbb00000000000000000000000000000000000000000000000000000000
  009bb  MSTORE
  009bc  LGET 6
  009be  PUSH 4
  009c0  ADD
  009c1  LGET 4
  009c3  MSTORE
  009c4  LGET 6
  009c6  PUSH 36
  009c8  ADD
  009c9  LGET 5
  009cb  MSTORE
  009cc  PUSH @call_ok_61
  009cf  GAS
  009d0  LGET 3
  009d2  PUSH0
  009d3  LGET 6
  009d5  PUSH 68
  009d7  PUSH0
  009d8  PUSH0
  009d9  CALL
  009da  JUMPI
  009db  RETURNDATASIZE
  009dc  MALLOC
  009dd  DUP1
  009de  PUSH0
  009df  RETURNDATASIZE
  009e0  RETURNDATACOPY
  009e1  RETURNDATASIZE
  009e2  REVERT
call_ok_61:
  009e3  JUMPDEST
  009e4  PUSH @ret_ok_62
  009e7  RETURNDATASIZE
  009e8  PUSH 32
  009ea  LT
  009eb  ISZERO
  009ec  JUMPI
  009ed  PUSH 132
  009ef  MALLOC
  009f0  DUP1
  009f1  PUSH 1296
  009f4  PUSH 132
  009f6  DATACOPY
  009f7  PUSH 132
  009f9  REVERT
ret_ok_62:
  009fa  JUMPDEST
  009fb  PUSH 32
  009fd  MALLOC
  009fe  LSET 7
  00a00  LGET 7
  00a02  PUSH0
  00a03  PUSH 32
  00a05  RETURNDATACOPY
  00a06  LGET 7
  00a08  MLOAD
  00a09  JUMPI
  00a0a  PUSH 100
  00a0c  MALLOC
  00a0d  DUP1
  00a0e  PUSH 1428
  00a11  PUSH 100
  00a13  DATACOPY
  00a14  PUSH 100
  00a16  REVERT
req_ok_59:
  00a17  JUMPDEST
    ; amm.coin:271: fn give(token: address, to: address, amount: uint) {
  00a18  RETF
fn__sqrt:
    ; math.coin:38: view fn sqrt(x: uint) -> uint {
  00a19  ENTER 3
  00a1b  LSET 0
    ; math.coin:39: if x < 2 {
  00a1d  PUSH @else_63
  00a20  LGET 0
  00a22  PUSH 2
  00a24  LT
  00a25  ISZERO
  00a26  JUMPI
    ; math.coin:40: return x
  00a27  LGET 0
  00a29  RETF
else_63:
  00a2a  JUMPDEST
    ; math.coin:42: let z = x
  00a2b  LGET 0
  00a2d  LSET 1
    ; math.coin:43: let y = x / 2 + 1
  00a2f  LGET 0
  00a31  PUSH 2
  00a33  CDIV
  00a34  PUSH 1
  00a36  CADD
  00a37  LSET 2
while_64:
    ; math.coin:44: while y < z {
  00a39  JUMPDEST
  00a3a  PUSH @wend_65
  00a3d  LGET 2
  00a3f  LGET 1
  00a41  LT
  00a42  ISZERO
  00a43  JUMPI
    ; math.coin:45: z = y
  00a44  LGET 2
  00a46  LSET 1
    ; math.coin:46: y = (x / y + y) / 2
  00a48  LGET 0
  00a4a  LGET 2
  00a4c  CDIV
  00a4d  LGET 2
  00a4f  CADD
  00a50  PUSH 2
  00a52  CDIV
  00a53  LSET 2
    ; math.coin:44: while y < z {
  00a55  PUSH @while_64
  00a58  JUMP
wend_65:
  00a59  JUMPDEST
    ; math.coin:48: return z
  00a5a  LGET 1
  00a5c  RETF
  00a5d  INVALID
fn__take:
    ; amm.coin:266: fn take(token: address, amount: uint) {
  00a5e  ENTER 8
  00a60  LSET 1
  00a62  LSET 0
    ; amm.coin:267: require(ERC20(token).transferFrom(msg.sender, this, amount), "token transfer in failed")
  00a64  PUSH @req_ok_66
  00a67  LGET 0
  00a69  LSET 2
  00a6b  CALLER
  00a6c  LSET 3
  00a6e  ADDRESS
  00a6f  LSET 4
  00a71  LGET 1
  00a73  LSET 5
  00a75  PUSH @has_code_67
  00a78  LGET 2
  00a7a  EXTCODESIZE
  00a7b  JUMPI
  00a7c  PUSH 132
  00a7e  MALLOC
  00a7f  DUP1
  00a80  PUSH 1528
  00a83  PUSH 132
  00a85  DATACOPY
  00a86  PUSH 132
  00a88  REVERT
has_code_67:
  00a89  JUMPDEST
  00a8a  PUSH 100
  00a8c  MALLOC
  00a8d  LSET 6
  00a8f  LGET 6
  00a91  PUSH 0x23b872dd00000000000000000000000000000000000000000000000000000000
  00ab2  MSTORE
  00ab3  LGET 6
  00ab5  PUSH 4
  00ab7  ADD
  00ab8  LGET 3
  00aba  MSTORE
  00abb  LGET 6
  00abd  PUSH 36
  00abf  ADD
  00ac0  LGET 4
  00ac2  MSTORE
  00ac3  LGET 6
  00ac5  PUSH 68
  00ac7  ADD
  00ac8  LGET 5
  00aca  MSTORE
  00acb  PUSH @call_ok_68
  00ace  GAS
  00acf  LGET 2
  00ad1  PUSH0
  00ad2  LGET 6
  00ad4  PUSH 100
  00ad6  PUSH0
  00ad7  PUSH0
  00ad8  CALL
  00ad9  JUMPI
  00ada  RETURNDATASIZE
  00adb  MALLOC
  00adc  DUP1
  00add  PUSH0
  00ade  RETURNDATASIZE
  00adf  RETURNDATACOPY
  00ae0  RETURNDATASIZE
  00ae1  REVERT
call_ok_68:
  00ae2  JUMPDEST
  00ae3  PUSH @ret_ok_69
  00ae6  RETURNDATASIZE
  00ae7  PUSH 32
  00ae9  LT
  00aea  ISZERO
  00aeb  JUMPI
  00aec  PUSH 132
  00aee  MALLOC
  00aef  DUP1
  00af0  PUSH 1660
  00af3  PUSH 132
  00af5  DATACOPY
  00af6  PUSH 132
  00af8  REVERT
ret_ok_69:
  00af9  JUMPDEST
  00afa  PUSH 32
  00afc  MALLOC
  00afd  LSET 7
  00aff  LGET 7
  00b01  PUSH0
  00b02  PUSH 32
  00b04  RETURNDATACOPY
  00b05  LGET 7
  00b07  MLOAD
  00b08  JUMPI
  00b09  PUSH 100
  00b0b  MALLOC
  00b0c  DUP1
  00b0d  PUSH 1792
  00b10  PUSH 100
  00b12  DATACOPY
  00b13  PUSH 100
  00b15  REVERT
req_ok_66:
  00b16  JUMPDEST
    ; amm.coin:266: fn take(token: address, amount: uint) {
  00b17  RETF
fn_ConstantProductPool_side:
    ; amm.coin:125: view fn side(token: address) -> bool {
  00b18  ENTER 1
  00b1a  LSET 0
    ; amm.coin:126: require(token == self.token0 or token == self.token1, "token is not in this pool")
  00b1c  PUSH @req_ok_70
  00b1f  LGET 0
  00b21  PUSH 6
  00b23  SLOAD
  00b24  EQ
  00b25  DUP1
  00b26  PUSH @or_71
  00b29  SWAP1
  00b2a  JUMPI
  00b2b  POP
  00b2c  LGET 0
  00b2e  PUSH 7
  00b30  SLOAD
  00b31  EQ
or_71:
  00b32  JUMPDEST
  00b33  JUMPI
  00b34  PUSH 100
  00b36  MALLOC
  00b37  DUP1
  00b38  PUSH 1892
  00b3b  PUSH 100
  00b3d  DATACOPY
  00b3e  PUSH 100
  00b40  REVERT
req_ok_70:
  00b41  JUMPDEST
    ; amm.coin:127: return token == self.token0
  00b42  LGET 0
  00b44  PUSH 6
  00b46  SLOAD
  00b47  EQ
  00b48  RETF
  00b49  INVALID
fn_ConstantProductPool_sync:
    ; amm.coin:130: fn sync(r0: uint, r1: uint) {
  00b4a  ENTER 3
  00b4c  LSET 1
  00b4e  LSET 0
    ; amm.coin:131: self.reserve0 = r0
  00b50  PUSH 8
  00b52  LGET 0
  00b54  SSTORE
    ; amm.coin:132: self.reserve1 = r1
  00b55  PUSH 9
  00b57  LGET 1
  00b59  SSTORE
    ; amm.coin:133: emit Sync(r0, r1)
  00b5a  PUSH 64
  00b5c  MALLOC
  00b5d  LSET 2
  00b5f  LGET 2
  00b61  LGET 0
  00b63  MSTORE
  00b64  LGET 2
  00b66  PUSH 32
  00b68  ADD
  00b69  LGET 1
  00b6b  MSTORE
  00b6c  LGET 2
  00b6e  PUSH 64
  00b70  PUSH 0xcf2aa50876cdfbb541206f89af0ee78d44a2abf8d328e37fa4917f982149848a
  00b91  LOG1
    ; amm.coin:130: fn sync(r0: uint, r1: uint) {
  00b92  RETF
fn_Token_before_transfer:
    ; token.coin:84: fn before_transfer(from: address, to: address, amount: uint) {
  00b93  ENTER 3
  00b95  LSET 2
  00b97  LSET 1
  00b99  LSET 0
  00b9b  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  00b9c  ENTER 5
  00b9e  LSET 1
  00ba0  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  00ba2  LGET 0
  00ba4  PUSH 0
  00ba5  LGET 1
  00ba7  CALLF @fn_Token_before_transfer
    ; token.coin:107: let held = self.balances[from]
  00baa  PUSH0
  00bab  LGET 0
  00bad  MSTORE
  00bae  PUSH 32
  00bb0  PUSH 4
  00bb2  MSTORE
  00bb3  PUSH0
  00bb4  PUSH 64
  00bb6  KECCAK256
  00bb7  SLOAD
  00bb8  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  00bba  PUSH @req_ok_72
  00bbd  LGET 2
  00bbf  LGET 1
  00bc1  LT
  00bc2  ISZERO
  00bc3  JUMPI
  00bc4  PUSH 100
  00bc6  MALLOC
  00bc7  DUP1
  00bc8  PUSH 1992
  00bcb  PUSH 100
  00bcd  DATACOPY
  00bce  PUSH 100
  00bd0  REVERT
req_ok_72:
  00bd1  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  00bd2  LGET 2
  00bd4  LGET 1
  00bd6  CSUB
  00bd7  PUSH0
  00bd8  LGET 0
  00bda  MSTORE
  00bdb  PUSH 32
  00bdd  PUSH 4
  00bdf  MSTORE
  00be0  PUSH0
  00be1  PUSH 64
  00be3  KECCAK256
  00be4  SWAP1
  00be5  SSTORE
    ; token.coin:110: self.supply -= amount
  00be6  PUSH 3
  00be8  DUP1
  00be9  SLOAD
  00bea  LGET 1
  00bec  CSUB
  00bed  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  00bee  PUSH 0
  00bef  LSET 3
  00bf1  PUSH 32
  00bf3  MALLOC
  00bf4  LSET 4
  00bf6  LGET 4
  00bf8  LGET 1
  00bfa  MSTORE
  00bfb  LGET 4
  00bfd  PUSH 32
  00bff  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  00c20  LGET 0
  00c22  LGET 3
  00c24  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  00c25  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  00c26  ENTER 4
  00c28  LSET 1
  00c2a  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  00c2c  PUSH @req_ok_73
  00c2f  LGET 0
  00c31  PUSH 0
  00c32  EQ
  00c33  ISZERO
  00c34  JUMPI
  00c35  PUSH 100
  00c37  MALLOC
  00c38  DUP1
  00c39  PUSH 2092
  00c3c  PUSH 100
  00c3e  DATACOPY
  00c3f  PUSH 100
  00c41  REVERT
req_ok_73:
  00c42  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  00c43  PUSH 0
  00c44  LGET 0
  00c46  LGET 1
  00c48  CALLF @fn_Token_before_transfer
    ; token.coin:100: self.supply += amount
  00c4b  PUSH 3
  00c4d  DUP1
  00c4e  SLOAD
  00c4f  LGET 1
  00c51  CADD
  00c52  SSTORE
    ; token.coin:101: self.balances[to] += amount
  00c53  PUSH0
  00c54  LGET 0
  00c56  MSTORE
  00c57  PUSH 32
  00c59  PUSH 4
  00c5b  MSTORE
  00c5c  PUSH0
  00c5d  PUSH 64
  00c5f  KECCAK256
  00c60  DUP1
  00c61  SLOAD
  00c62  LGET 1
  00c64  CADD
  00c65  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  00c66  PUSH 0
  00c67  LSET 2
  00c69  PUSH 32
  00c6b  MALLOC
  00c6c  LSET 3
  00c6e  LGET 3
  00c70  LGET 1
  00c72  MSTORE
  00c73  LGET 3
  00c75  PUSH 32
  00c77  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  00c98  LGET 2
  00c9a  LGET 0
  00c9c  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  00c9d  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00c9e  ENTER 5
  00ca0  LSET 2
  00ca2  LSET 1
  00ca4  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  00ca6  PUSH @req_ok_74
  00ca9  LGET 1
  00cab  PUSH 0
  00cac  EQ
  00cad  ISZERO
  00cae  JUMPI
  00caf  PUSH 100
  00cb1  MALLOC
  00cb2  DUP1
  00cb3  PUSH 2192
  00cb6  PUSH 100
  00cb8  DATACOPY
  00cb9  PUSH 100
  00cbb  REVERT
req_ok_74:
  00cbc  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  00cbd  LGET 0
  00cbf  LGET 1
  00cc1  LGET 2
  00cc3  CALLF @fn_Token_before_transfer
    ; token.coin:90: let held = self.balances[from]
  00cc6  PUSH0
  00cc7  LGET 0
  00cc9  MSTORE
  00cca  PUSH 32
  00ccc  PUSH 4
  00cce  MSTORE
  00ccf  PUSH0
  00cd0  PUSH 64
  00cd2  KECCAK256
  00cd3  SLOAD
  00cd4  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  00cd6  PUSH @req_ok_75
  00cd9  LGET 3
  00cdb  LGET 2
  00cdd  LT
  00cde  ISZERO
  00cdf  JUMPI
  00ce0  PUSH 100
  00ce2  MALLOC
  00ce3  DUP1
  00ce4  PUSH 2292
  00ce7  PUSH 100
  00ce9  DATACOPY
  00cea  PUSH 100
  00cec  REVERT
req_ok_75:
  00ced  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  00cee  LGET 3
  00cf0  LGET 2
  00cf2  CSUB
  00cf3  PUSH0
  00cf4  LGET 0
  00cf6  MSTORE
  00cf7  PUSH 32
  00cf9  PUSH 4
  00cfb  MSTORE
  00cfc  PUSH0
  00cfd  PUSH 64
  00cff  KECCAK256
  00d00  SWAP1
  00d01  SSTORE
    ; token.coin:93: self.balances[to] += amount
  00d02  PUSH0
  00d03  LGET 1
  00d05  MSTORE
  00d06  PUSH 32
  00d08  PUSH 4
  00d0a  MSTORE
  00d0b  PUSH0
  00d0c  PUSH 64
  00d0e  KECCAK256
  00d0f  DUP1
  00d10  SLOAD
  00d11  LGET 2
  00d13  CADD
  00d14  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  00d15  PUSH 32
  00d17  MALLOC
  00d18  LSET 4
  00d1a  LGET 4
  00d1c  LGET 2
  00d1e  MSTORE
  00d1f  LGET 4
  00d21  PUSH 32
  00d23  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  00d44  LGET 0
  00d46  LGET 1
  00d48  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00d49  RETF
; ---- init section (213 bytes)
    ; amm.coin:21: contract ConstantProductPool is Token {
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
    ; amm.coin:33: init(token0: address, token1: address, fee_bps: uint) {
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 96
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
  00030  CALLF @fn_ConstantProductPool_init
  00033  STOP
bad_input_2:
    ; amm.coin:21: contract ConstantProductPool is Token {
  00034  JUMPDEST
  00035  PUSH0
  00036  PUSH0
  00037  REVERT
fn_ConstantProductPool_init:
    ; amm.coin:33: init(token0: address, token1: address, fee_bps: uint) {
  00038  ENTER 3
  0003a  LSET 2
  0003c  LSET 1
  0003e  LSET 0
    ; amm.coin:34: Token.init("Coin constant-product LP", "CPLP", 18)
  00040  PUSH 64
  00042  MALLOC
  00043  DUP1
  00044  PUSH 2392
  00047  PUSH 64
  00049  DATACOPY
  0004a  PUSH 64
  0004c  MALLOC
  0004d  DUP1
  0004e  PUSH 2456
  00051  PUSH 64
  00053  DATACOPY
  00054  PUSH 18
  00056  CALLF @fn_Token_init
    ; amm.coin:35: require(token0 != token1, "tokens must differ")
  00059  PUSH @req_ok_3
  0005c  LGET 0
  0005e  LGET 1
  00060  EQ
  00061  ISZERO
  00062  JUMPI
  00063  PUSH 100
  00065  MALLOC
  00066  DUP1
  00067  PUSH 2520
  0006a  PUSH 100
  0006c  DATACOPY
  0006d  PUSH 100
  0006f  REVERT
req_ok_3:
  00070  JUMPDEST
    ; amm.coin:36: require(token0 != address(0) and token1 != address(0), "token is the zero address")
  00071  PUSH @req_ok_4
  00074  LGET 0
  00076  PUSH 0
  00077  EQ
  00078  ISZERO
  00079  DUP1
  0007a  ISZERO
  0007b  PUSH @and_5
  0007e  SWAP1
  0007f  JUMPI
  00080  POP
  00081  LGET 1
  00083  PUSH 0
  00084  EQ
  00085  ISZERO
and_5:
  00086  JUMPDEST
  00087  JUMPI
  00088  PUSH 100
  0008a  MALLOC
  0008b  DUP1
  0008c  PUSH 2620
  0008f  PUSH 100
  00091  DATACOPY
  00092  PUSH 100
  00094  REVERT
req_ok_4:
  00095  JUMPDEST
    ; amm.coin:37: require(fee_bps < BPS, "fee must be below 100%")
  00096  PUSH @req_ok_6
  00099  LGET 2
  0009b  PUSH 10000
  0009e  LT
  0009f  JUMPI
  000a0  PUSH 100
  000a2  MALLOC
  000a3  DUP1
  000a4  PUSH 2720
  000a7  PUSH 100
  000a9  DATACOPY
  000aa  PUSH 100
  000ac  REVERT
req_ok_6:
  000ad  JUMPDEST
    ; amm.coin:38: self.token0 = token0
  000ae  PUSH 6
  000b0  LGET 0
  000b2  SSTORE
    ; amm.coin:39: self.token1 = token1
  000b3  PUSH 7
  000b5  LGET 1
  000b7  SSTORE
    ; amm.coin:40: self.fee_bps = fee_bps
  000b8  PUSH 10
  000ba  LGET 2
  000bc  SSTORE
    ; amm.coin:33: init(token0: address, token1: address, fee_bps: uint) {
  000bd  RETF
fn_Token_init:
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000be  ENTER 3
  000c0  LSET 2
  000c2  LSET 1
  000c4  LSET 0
    ; token.coin:29: self.token_name = name
  000c6  PUSH 0
  000c7  LGET 0
  000c9  SSTOREBYTES
    ; token.coin:30: self.token_symbol = symbol
  000ca  PUSH 1
  000cc  LGET 1
  000ce  SSTOREBYTES
    ; token.coin:31: self.token_decimals = decimals
  000cf  PUSH 2
  000d1  LGET 2
  000d3  SSTORE
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000d4  RETF
; ---- data section (2820 bytes)
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
  00160  0000000000000000000000000000001b696e697469616c206c69717569646974
  00180  7920746f6f20736d616c6c000000000008c379a0000000000000000000000000
  001a0  0000000000000000000000000000000000000020000000000000000000000000
  001c0  00000000000000000000000000000000000000136c697175696469747920746f
  001e0  6f20736d616c6c0000000000000000000000000008c379a00000000000000000
  00200  0000000000000000000000000000000000000000000000200000000000000000
  00220  000000000000000000000000000000000000000000000026736c697070616765
  00240  3a20666577657220736861726573207468616e206d696e5f7368617265730000
  00260  00000000000000000000000000000000000000000000000008c379a000000000
  00280  0000000000000000000000000000000000000000000000000000002000000000
  002a0  0000000000000000000000000000000000000000000000000000001773686172
  002c0  6573206d75737420626520706f73697469766500000000000000000008c379a0
  002e0  0000000000000000000000000000000000000000000000000000000000000020
  00300  0000000000000000000000000000000000000000000000000000000000000027
  00320  736c6970706167653a206c657373207468616e20746865206d696e696d756d20
  00340  616d6f756e747300000000000000000000000000000000000000000000000000
  00360  08c379a000000000000000000000000000000000000000000000000000000000
  00380  0000002000000000000000000000000000000000000000000000000000000000
  003a0  0000000e6f7574707574206973207a65726f0000000000000000000000000000
  003c0  0000000008c379a0000000000000000000000000000000000000000000000000
  003e0  0000000000000020000000000000000000000000000000000000000000000000
  00400  000000000000001e736c6970706167653a206f75747075742062656c6f77206d
  00420  696e5f6f7574000008c379a00000000000000000000000000000000000000000
  00440  0000000000000000000000200000000000000000000000000000000000000000
  00460  00000000000000000000000c6e6f206c69717569646974790000000000000000
  00480  00000000000000000000000008c379a000000000000000000000000000000000
  004a0  0000000000000000000000000000002000000000000000000000000000000000
  004c0  0000000000000000000000000000003063616c6c20746f207472616e73666572
  004e0  3a2074686520746172676574206164647265737320686173206e6f20636f6465
  00500  0000000000000000000000000000000008c379a0000000000000000000000000
  00520  0000000000000000000000000000000000000020000000000000000000000000
  00540  000000000000000000000000000000000000002363616c6c20746f207472616e
  00560  736665723a2073686f72742072657475726e2064617461000000000000000000
  00580  000000000000000000000000000000000000000008c379a00000000000000000
  005a0  0000000000000000000000000000000000000000000000200000000000000000
  005c0  000000000000000000000000000000000000000000000019746f6b656e207472
  005e0  616e73666572206f7574206661696c65640000000000000008c379a000000000
  00600  0000000000000000000000000000000000000000000000000000002000000000
  00620  0000000000000000000000000000000000000000000000000000003463616c6c
  00640  20746f207472616e7366657246726f6d3a207468652074617267657420616464
  00660  7265737320686173206e6f20636f646500000000000000000000000008c379a0
  00680  0000000000000000000000000000000000000000000000000000000000000020
  006a0  0000000000000000000000000000000000000000000000000000000000000027
  006c0  63616c6c20746f207472616e7366657246726f6d3a2073686f72742072657475
  006e0  726e206461746100000000000000000000000000000000000000000000000000
  00700  08c379a000000000000000000000000000000000000000000000000000000000
  00720  0000002000000000000000000000000000000000000000000000000000000000
  00740  00000018746f6b656e207472616e7366657220696e206661696c656400000000
  00760  0000000008c379a0000000000000000000000000000000000000000000000000
  00780  0000000000000020000000000000000000000000000000000000000000000000
  007a0  0000000000000019746f6b656e206973206e6f7420696e207468697320706f6f
  007c0  6c0000000000000008c379a00000000000000000000000000000000000000000
  007e0  0000000000000000000000200000000000000000000000000000000000000000
  00800  00000000000000000000001b6275726e20616d6f756e74206578636565647320
  00820  62616c616e6365000000000008c379a000000000000000000000000000000000
  00840  0000000000000000000000000000002000000000000000000000000000000000
  00860  000000000000000000000000000000186d696e7420746f20746865207a65726f
  00880  2061646472657373000000000000000008c379a0000000000000000000000000
  008a0  0000000000000000000000000000000000000020000000000000000000000000
  008c0  000000000000000000000000000000000000001c7472616e7366657220746f20
  008e0  746865207a65726f20616464726573730000000008c379a00000000000000000
  00900  0000000000000000000000000000000000000000000000200000000000000000
  00920  00000000000000000000000000000000000000000000001f7472616e73666572
  00940  20616d6f756e7420657863656564732062616c616e6365000000000000000000
  00960  000000000000000000000000000000000000000000000018436f696e20636f6e
  00980  7374616e742d70726f64756374204c5000000000000000000000000000000000
  009a0  00000000000000000000000000000000000000000000000443504c5000000000
  009c0  00000000000000000000000000000000000000000000000008c379a000000000
  009e0  0000000000000000000000000000000000000000000000000000002000000000
  00a00  00000000000000000000000000000000000000000000000000000012746f6b65
  00a20  6e73206d75737420646966666572000000000000000000000000000008c379a0
  00a40  0000000000000000000000000000000000000000000000000000000000000020
  00a60  0000000000000000000000000000000000000000000000000000000000000019
  00a80  746f6b656e20697320746865207a65726f206164647265737300000000000000
  00aa0  08c379a000000000000000000000000000000000000000000000000000000000
  00ac0  0000002000000000000000000000000000000000000000000000000000000000
  00ae0  00000016666565206d7573742062652062656c6f772031303025000000000000
  00b00  00000000
