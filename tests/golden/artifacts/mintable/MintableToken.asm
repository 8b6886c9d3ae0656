; contract MintableToken
; ---- runtime section (2164 bytes)
    ; mintable.coin:6: contract MintableToken is Token, Owned {
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
  00076  PUSH @ext_get_owner_11
  00079  DUP2
  0007a  PUSH 0xac298dc
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_transfer_ownership_12
  00084  DUP2
  00085  PUSH 0xf0350c04
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH @ext_set_minter_13
  0008f  DUP2
  00090  PUSH 0x7c3bec3c
  00095  EQ
  00096  JUMPI
  00097  PUSH @ext_is_minter_14
  0009a  DUP2
  0009b  PUSH 0x92c94f65
  000a0  EQ
  000a1  JUMPI
  000a2  PUSH @ext_mint_15
  000a5  DUP2
  000a6  PUSH 0x40c10f19
  000ab  EQ
  000ac  JUMPI
  000ad  PUSH @ext_burn_16
  000b0  DUP2
  000b1  PUSH 0x9dc29fac
  000b6  EQ
  000b7  JUMPI
  000b8  PUSH0
  000b9  PUSH0
  000ba  REVERT
fallback_1:
  000bb  JUMPDEST
  000bc  PUSH0
  000bd  PUSH0
  000be  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  000bf  JUMPDEST
  000c0  POP
  000c1  PUSH @novalue_17
  000c4  CALLVALUE
  000c5  ISZERO
  000c6  JUMPI
  000c7  PUSH0
  000c8  PUSH0
  000c9  REVERT
novalue_17:
  000ca  JUMPDEST
  000cb  CALLF @fn_Token_name
  000ce  LSET 0
  000d0  PUSH 32
  000d2  LGET 0
  000d4  MLOAD
  000d5  PUSH 31
  000d7  ADD
  000d8  PUSH 5
  000da  SHR
  000db  PUSH 5
  000dd  SHL
  000de  PUSH 32
  000e0  ADD
  000e1  ADD
  000e2  LSET 1
  000e4  LGET 1
  000e6  MALLOC
  000e7  LSET 2
  000e9  PUSH 32
  000eb  LSET 3
  000ed  LGET 2
  000ef  PUSH 0
  000f0  ADD
  000f1  LGET 3
  000f3  MSTORE
  000f4  LGET 2
  000f6  PUSH 0
  000f7  ADD
  000f8  LGET 3
  000fa  ADD
  000fb  LGET 0
  000fd  LGET 0
  000ff  MLOAD
  00100  PUSH 31
  00102  ADD
  00103  PUSH 5
  00105  SHR
  00106  PUSH 5
  00108  SHL
  00109  PUSH 32
  0010b  ADD
  0010c  DUP1
  0010d  LSET 4
  0010f  MCOPY
  00110  LGET 3
  00112  LGET 4
  00114  ADD
  00115  LSET 3
  00117  LGET 2
  00119  LGET 1
  0011b  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  0011c  JUMPDEST
  0011d  POP
  0011e  PUSH @novalue_18
  00121  CALLVALUE
  00122  ISZERO
  00123  JUMPI
  00124  PUSH0
  00125  PUSH0
  00126  REVERT
novalue_18:
  00127  JUMPDEST
  00128  CALLF @fn_Token_symbol
  0012b  LSET 0
  0012d  PUSH 32
  0012f  LGET 0
  00131  MLOAD
  00132  PUSH 31
  00134  ADD
  00135  PUSH 5
  00137  SHR
  00138  PUSH 5
  0013a  SHL
  0013b  PUSH 32
  0013d  ADD
  0013e  ADD
  0013f  LSET 1
  00141  LGET 1
  00143  MALLOC
  00144  LSET 2
  00146  PUSH 32
  00148  LSET 3
  0014a  LGET 2
  0014c  PUSH 0
  0014d  ADD
  0014e  LGET 3
  00150  MSTORE
  00151  LGET 2
  00153  PUSH 0
  00154  ADD
  00155  LGET 3
  00157  ADD
  00158  LGET 0
  0015a  LGET 0
  0015c  MLOAD
  0015d  PUSH 31
  0015f  ADD
  00160  PUSH 5
  00162  SHR
  00163  PUSH 5
  00165  SHL
  00166  PUSH 32
  00168  ADD
  00169  DUP1
  0016a  LSET 4
  0016c  MCOPY
  0016d  LGET 3
  0016f  LGET 4
  00171  ADD
  00172  LSET 3
  00174  LGET 2
  00176  LGET 1
  00178  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  00179  JUMPDEST
  0017a  POP
  0017b  PUSH @novalue_19
  0017e  CALLVALUE
  0017f  ISZERO
  00180  JUMPI
  00181  PUSH0
  00182  PUSH0
  00183  REVERT
novalue_19:
  00184  JUMPDEST
  00185  CALLF @fn_Token_decimals
  00188  LSET 0
  0018a  PUSH 32
  0018c  MALLOC
  0018d  LSET 1
  0018f  LGET 1
  00191  LGET 0
  00193  MSTORE
  00194  LGET 1
  00196  PUSH 32
  00198  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00199  JUMPDEST
  0019a  POP
  0019b  PUSH @novalue_20
  0019e  CALLVALUE
  0019f  ISZERO
  001a0  JUMPI
  001a1  PUSH0
  001a2  PUSH0
  001a3  REVERT
novalue_20:
  001a4  JUMPDEST
  001a5  CALLF @fn_Token_totalSupply
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
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  001b9  JUMPDEST
  001ba  POP
  001bb  PUSH @novalue_21
  001be  CALLVALUE
  001bf  ISZERO
  001c0  JUMPI
  001c1  PUSH0
  001c2  PUSH0
  001c3  REVERT
novalue_21:
  001c4  JUMPDEST
  001c5  PUSH @bad_input_22
  001c8  CALLDATASIZE
  001c9  PUSH 36
  001cb  LT
  001cc  JUMPI
  001cd  PUSH 4
  001cf  CALLDATALOAD
  001d0  PUSH @bad_input_22
  001d3  DUP2
  001d4  PUSH 160
  001d6  SHR
  001d7  JUMPI
  001d8  CALLF @fn_Token_balanceOf
  001db  LSET 0
  001dd  PUSH 32
  001df  MALLOC
  001e0  LSET 1
  001e2  LGET 1
  001e4  LGET 0
  001e6  MSTORE
  001e7  LGET 1
  001e9  PUSH 32
  001eb  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  001ec  JUMPDEST
  001ed  POP
  001ee  PUSH @novalue_23
  001f1  CALLVALUE
  001f2  ISZERO
  001f3  JUMPI
  001f4  PUSH0
  001f5  PUSH0
  001f6  REVERT
novalue_23:
  001f7  JUMPDEST
  001f8  PUSH @bad_input_22
  001fb  CALLDATASIZE
  001fc  PUSH 68
  001fe  LT
  001ff  JUMPI
  00200  PUSH 4
  00202  CALLDATALOAD
  00203  PUSH @bad_input_22
  00206  DUP2
  00207  PUSH 160
  00209  SHR
  0020a  JUMPI
  0020b  PUSH 36
  0020d  CALLDATALOAD
  0020e  PUSH @bad_input_22
  00211  DUP2
  00212  PUSH 160
  00214  SHR
  00215  JUMPI
  00216  CALLF @fn_Token_allowance
  00219  LSET 0
  0021b  PUSH 32
  0021d  MALLOC
  0021e  LSET 1
  00220  LGET 1
  00222  LGET 0
  00224  MSTORE
  00225  LGET 1
  00227  PUSH 32
  00229  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  0022a  JUMPDEST
  0022b  POP
  0022c  PUSH @novalue_24
  0022f  CALLVALUE
  00230  ISZERO
  00231  JUMPI
  00232  PUSH0
  00233  PUSH0
  00234  REVERT
novalue_24:
  00235  JUMPDEST
  00236  PUSH @bad_input_22
  00239  CALLDATASIZE
  0023a  PUSH 68
  0023c  LT
  0023d  JUMPI
  0023e  PUSH 4
  00240  CALLDATALOAD
  00241  PUSH @bad_input_22
  00244  DUP2
  00245  PUSH 160
  00247  SHR
  00248  JUMPI
  00249  PUSH 36
  0024b  CALLDATALOAD
  0024c  CALLF @fn_Token_transfer
  0024f  LSET 0
  00251  PUSH 32
  00253  MALLOC
  00254  LSET 1
  00256  LGET 1
  00258  LGET 0
  0025a  MSTORE
  0025b  LGET 1
  0025d  PUSH 32
  0025f  RETURN
ext_approve_9:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  00260  JUMPDEST
  00261  POP
  00262  PUSH @novalue_25
  00265  CALLVALUE
  00266  ISZERO
  00267  JUMPI
  00268  PUSH0
  00269  PUSH0
  0026a  REVERT
novalue_25:
  0026b  JUMPDEST
  0026c  PUSH @bad_input_22
  0026f  CALLDATASIZE
  00270  PUSH 68
  00272  LT
  00273  JUMPI
  00274  PUSH 4
  00276  CALLDATALOAD
  00277  PUSH @bad_input_22
  0027a  DUP2
  0027b  PUSH 160
  0027d  SHR
  0027e  JUMPI
  0027f  PUSH 36
  00281  CALLDATALOAD
  00282  CALLF @fn_Token_approve
  00285  LSET 0
  00287  PUSH 32
  00289  MALLOC
  0028a  LSET 1
  0028c  LGET 1
  0028e  LGET 0
  00290  MSTORE
  00291  LGET 1
  00293  PUSH 32
  00295  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00296  JUMPDEST
  00297  POP
  00298  PUSH @novalue_26
  0029b  CALLVALUE
  0029c  ISZERO
  0029d  JUMPI
  0029e  PUSH0
  0029f  PUSH0
  002a0  REVERT
novalue_26:
  002a1  JUMPDEST
  002a2  PUSH @bad_input_22
  002a5  CALLDATASIZE
  002a6  PUSH 100
  002a8  LT
  002a9  JUMPI
  002aa  PUSH 4
  002ac  CALLDATALOAD
  002ad  PUSH @bad_input_22
  002b0  DUP2
  002b1  PUSH 160
  002b3  SHR
  002b4  JUMPI
  002b5  PUSH 36
  002b7  CALLDATALOAD
  002b8  PUSH @bad_input_22
  002bb  DUP2
  002bc  PUSH 160
  002be  SHR
  002bf  JUMPI
  002c0  PUSH 68
  002c2  CALLDATALOAD
  002c3  CALLF @fn_Token_transferFrom
  002c6  LSET 0
  002c8  PUSH 32
  002ca  MALLOC
  002cb  LSET 1
  002cd  LGET 1
  002cf  LGET 0
  002d1  MSTORE
  002d2  LGET 1
  002d4  PUSH 32
  002d6  RETURN
ext_get_owner_11:
    ; access.coin:13: pub view fn get_owner() -> address {
  002d7  JUMPDEST
  002d8  POP
  002d9  PUSH @novalue_27
  002dc  CALLVALUE
  002dd  ISZERO
  002de  JUMPI
  002df  PUSH0
  002e0  PUSH0
  002e1  REVERT
novalue_27:
  002e2  JUMPDEST
  002e3  CALLF @fn_Owned_get_owner
  002e6  LSET 0
  002e8  PUSH 32
  002ea  MALLOC
  002eb  LSET 1
  002ed  LGET 1
  002ef  LGET 0
  002f1  MSTORE
  002f2  LGET 1
  002f4  PUSH 32
  002f6  RETURN
ext_transfer_ownership_12:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  002f7  JUMPDEST
  002f8  POP
  002f9  PUSH @novalue_28
  002fc  CALLVALUE
  002fd  ISZERO
  002fe  JUMPI
  002ff  PUSH0
  00300  PUSH0
  00301  REVERT
novalue_28:
  00302  JUMPDEST
  00303  PUSH @bad_input_22
  00306  CALLDATASIZE
  00307  PUSH 36
  00309  LT
  0030a  JUMPI
  0030b  PUSH 4
  0030d  CALLDATALOAD
  0030e  PUSH @bad_input_22
  00311  DUP2
  00312  PUSH 160
  00314  SHR
  00315  JUMPI
  00316  CALLF @fn_Owned_transfer_ownership
  00319  STOP
ext_set_minter_13:
    ; mintable.coin:18: pub fn set_minter(minter: address, allowed: bool) {
  0031a  JUMPDEST
  0031b  POP
  0031c  PUSH @novalue_29
  0031f  CALLVALUE
  00320  ISZERO
  00321  JUMPI
  00322  PUSH0
  00323  PUSH0
  00324  REVERT
novalue_29:
  00325  JUMPDEST
  00326  PUSH @bad_input_22
  00329  CALLDATASIZE
  0032a  PUSH 68
  0032c  LT
  0032d  JUMPI
  0032e  PUSH 4
  00330  CALLDATALOAD
  00331  PUSH @bad_input_22
  00334  DUP2
  00335  PUSH 160
  00337  SHR
  00338  JUMPI
  00339  PUSH 36
  0033b  CALLDATALOAD
  0033c  PUSH @bad_input_22
  0033f  DUP2
  00340  PUSH 1
  00342  GT
  00343  JUMPI
  00344  CALLF @fn_MintableToken_set_minter
  00347  STOP
ext_is_minter_14:
    ; mintable.coin:24: pub view fn is_minter(who: address) -> bool {
  00348  JUMPDEST
  00349  POP
  0034a  PUSH @novalue_30
  0034d  CALLVALUE
  0034e  ISZERO
  0034f  JUMPI
  00350  PUSH0
  00351  PUSH0
  00352  REVERT
novalue_30:
  00353  JUMPDEST
  00354  PUSH @bad_input_22
  00357  CALLDATASIZE
  00358  PUSH 36
  0035a  LT
  0035b  JUMPI
  0035c  PUSH 4
  0035e  CALLDATALOAD
  0035f  PUSH @bad_input_22
  00362  DUP2
  00363  PUSH 160
  00365  SHR
  00366  JUMPI
  00367  CALLF @fn_MintableToken_is_minter
  0036a  LSET 0
  0036c  PUSH 32
  0036e  MALLOC
  0036f  LSET 1
  00371  LGET 1
  00373  LGET 0
  00375  MSTORE
  00376  LGET 1
  00378  PUSH 32
  0037a  RETURN
ext_mint_15:
    ; mintable.coin:28: pub fn mint(to: address, amount: uint) {
  0037b  JUMPDEST
  0037c  POP
  0037d  PUSH @novalue_31
  00380  CALLVALUE
  00381  ISZERO
  00382  JUMPI
  00383  PUSH0
  00384  PUSH0
  00385  REVERT
novalue_31:
  00386  JUMPDEST
  00387  PUSH @bad_input_22
  0038a  CALLDATASIZE
  0038b  PUSH 68
  0038d  LT
  0038e  JUMPI
  0038f  PUSH 4
  00391  CALLDATALOAD
  00392  PUSH @bad_input_22
  00395  DUP2
  00396  PUSH 160
  00398  SHR
  00399  JUMPI
  0039a  PUSH 36
  0039c  CALLDATALOAD
  0039d  CALLF @fn_MintableToken_mint
  003a0  STOP
ext_burn_16:
    ; mintable.coin:35: pub fn burn(from: address, amount: uint) {
  003a1  JUMPDEST
  003a2  POP
  003a3  PUSH @novalue_32
  003a6  CALLVALUE
  003a7  ISZERO
  003a8  JUMPI
  003a9  PUSH0
  003aa  PUSH0
  003ab  REVERT
novalue_32:
  003ac  JUMPDEST
  003ad  PUSH @bad_input_22
  003b0  CALLDATASIZE
  003b1  PUSH 68
  003b3  LT
  003b4  JUMPI
  003b5  PUSH 4
  003b7  CALLDATALOAD
  003b8  PUSH @bad_input_22
  003bb  DUP2
  003bc  PUSH 160
  003be  SHR
  003bf  JUMPI
  003c0  PUSH 36
  003c2  CALLDATALOAD
  003c3  CALLF @fn_MintableToken_burn
  003c6  STOP
bad_input_22:
    ; mintable.coin:6: contract MintableToken is Token, Owned {
  003c7  JUMPDEST
  003c8  PUSH0
  003c9  PUSH0
  003ca  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  003cb  ENTER 0
    ; token.coin:35: return self.token_name
  003cd  PUSH 0
  003ce  SLOADBYTES
  003cf  RETF
  003d0  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  003d1  ENTER 0
    ; token.coin:39: return self.token_symbol
  003d3  PUSH 1
  003d5  SLOADBYTES
  003d6  RETF
  003d7  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  003d8  ENTER 0
    ; token.coin:43: return self.token_decimals
  003da  PUSH 2
  003dc  SLOAD
  003dd  RETF
  003de  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  003df  ENTER 0
    ; token.coin:47: return self.supply
  003e1  PUSH 3
  003e3  SLOAD
  003e4  RETF
  003e5  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  003e6  ENTER 1
  003e8  LSET 0
    ; token.coin:51: return self.balances[owner]
  003ea  PUSH0
  003eb  LGET 0
  003ed  MSTORE
  003ee  PUSH 32
  003f0  PUSH 4
  003f2  MSTORE
  003f3  PUSH0
  003f4  PUSH 64
  003f6  KECCAK256
  003f7  SLOAD
  003f8  RETF
  003f9  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  003fa  ENTER 2
  003fc  LSET 1
  003fe  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  00400  PUSH 32
  00402  PUSH0
  00403  LGET 0
  00405  MSTORE
  00406  PUSH 32
  00408  PUSH 5
  0040a  MSTORE
  0040b  PUSH0
  0040c  PUSH 64
  0040e  KECCAK256
  0040f  MSTORE
  00410  PUSH0
  00411  LGET 1
  00413  MSTORE
  00414  PUSH0
  00415  PUSH 64
  00417  KECCAK256
  00418  SLOAD
  00419  RETF
  0041a  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  0041b  ENTER 2
  0041d  LSET 1
  0041f  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00421  CALLER
  00422  LGET 0
  00424  LGET 1
  00426  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00429  PUSH 1
  0042b  RETF
  0042c  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0042d  ENTER 4
  0042f  LSET 1
  00431  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  00433  PUSH @req_ok_33
  00436  LGET 0
  00438  PUSH 0
  00439  EQ
  0043a  ISZERO
  0043b  JUMPI
  0043c  PUSH 100
  0043e  MALLOC
  0043f  DUP1
  00440  PUSH 0
  00441  PUSH 100
  00443  DATACOPY
  00444  PUSH 100
  00446  REVERT
req_ok_33:
  00447  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  00448  PUSH 32
  0044a  PUSH0
  0044b  CALLER
  0044c  MSTORE
  0044d  PUSH 32
  0044f  PUSH 5
  00451  MSTORE
  00452  PUSH0
  00453  PUSH 64
  00455  KECCAK256
  00456  MSTORE
  00457  PUSH0
  00458  LGET 0
  0045a  MSTORE
  0045b  PUSH0
  0045c  PUSH 64
  0045e  KECCAK256
  0045f  LGET 1
  00461  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  00462  CALLER
  00463  LSET 2
  00465  PUSH 32
  00467  MALLOC
  00468  LSET 3
  0046a  LGET 3
  0046c  LGET 1
  0046e  MSTORE
  0046f  LGET 3
  00471  PUSH 32
  00473  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  00494  LGET 2
  00496  LGET 0
  00498  LOG3
    ; token.coin:67: return true
  00499  PUSH 1
  0049b  RETF
  0049c  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  0049d  ENTER 4
  0049f  LSET 2
  004a1  LSET 1
  004a3  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  004a5  PUSH0
  004a6  LGET 0
  004a8  MSTORE
  004a9  PUSH 32
  004ab  PUSH 5
  004ad  MSTORE
  004ae  PUSH0
  004af  PUSH 64
  004b1  KECCAK256
  004b2  PUSH0
  004b3  CALLER
  004b4  MSTORE
  004b5  PUSH 32
  004b7  SWAP1
  004b8  MSTORE
  004b9  PUSH0
  004ba  PUSH 64
  004bc  KECCAK256
  004bd  SLOAD
  004be  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  004c0  PUSH @else_34
  004c3  LGET 3
  004c5  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  004e6  EQ
  004e7  ISZERO
  004e8  ISZERO
  004e9  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  004ea  PUSH @req_ok_35
  004ed  LGET 3
  004ef  LGET 2
  004f1  LT
  004f2  ISZERO
  004f3  JUMPI
  004f4  PUSH 100
  004f6  MALLOC
  004f7  DUP1
  004f8  PUSH 100
  004fa  PUSH 100
  004fc  DATACOPY
  004fd  PUSH 100
  004ff  REVERT
req_ok_35:
  00500  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00501  LGET 3
  00503  LGET 2
  00505  CSUB
  00506  PUSH0
  00507  LGET 0
  00509  MSTORE
  0050a  PUSH 32
  0050c  PUSH 5
  0050e  MSTORE
  0050f  PUSH0
  00510  PUSH 64
  00512  KECCAK256
  00513  PUSH0
  00514  CALLER
  00515  MSTORE
  00516  PUSH 32
  00518  SWAP1
  00519  MSTORE
  0051a  PUSH0
  0051b  PUSH 64
  0051d  KECCAK256
  0051e  SWAP1
  0051f  SSTORE
else_34:
  00520  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00521  LGET 0
  00523  LGET 1
  00525  LGET 2
  00527  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  0052a  PUSH 1
  0052c  RETF
  0052d  INVALID
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  0052e  ENTER 0
    ; access.coin:14: return self.owner
  00530  PUSH 6
  00532  SLOAD
  00533  RETF
  00534  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00535  ENTER 2
  00537  LSET 0
    ; access.coin:18: self.only_owner()
  00539  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  0053c  PUSH @req_ok_36
  0053f  LGET 0
  00541  PUSH 0
  00542  EQ
  00543  ISZERO
  00544  JUMPI
  00545  PUSH 100
  00547  MALLOC
  00548  DUP1
  00549  PUSH 200
  0054b  PUSH 100
  0054d  DATACOPY
  0054e  PUSH 100
  00550  REVERT
req_ok_36:
  00551  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00552  PUSH 6
  00554  SLOAD
  00555  LSET 1
  00557  PUSH0
  00558  PUSH0
  00559  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0057a  LGET 1
  0057c  LGET 0
  0057e  LOG3
    ; access.coin:21: self.owner = next
  0057f  PUSH 6
  00581  LGET 0
  00583  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00584  RETF
fn_MintableToken_set_minter:
    ; mintable.coin:18: pub fn set_minter(minter: address, allowed: bool) {
  00585  ENTER 3
  00587  LSET 1
  00589  LSET 0
    ; mintable.coin:19: self.only_owner()
  0058b  CALLF @fn_Owned_only_owner
    ; mintable.coin:20: self.minters[minter] = allowed
  0058e  PUSH0
  0058f  LGET 0
  00591  MSTORE
  00592  PUSH 32
  00594  PUSH 7
  00596  MSTORE
  00597  PUSH0
  00598  PUSH 64
  0059a  KECCAK256
  0059b  LGET 1
  0059d  SSTORE
    ; mintable.coin:21: emit MinterSet(minter, allowed)
  0059e  PUSH 32
  005a0  MALLOC
  005a1  LSET 2
  005a3  LGET 2
  005a5  LGET 1
  005a7  MSTORE
  005a8  LGET 2
  005aa  PUSH 32
  005ac  PUSH 0x583b0aa0e528532caf4b907c11d7a8158a122fe2a6fb80cd9b09776ebea8d92d
  005cd  LGET 0
  005cf  LOG2
    ; mintable.coin:18: pub fn set_minter(minter: address, allowed: bool) {
  005d0  RETF
fn_MintableToken_is_minter:
    ; mintable.coin:24: pub view fn is_minter(who: address) -> bool {
  005d1  ENTER 1
  005d3  LSET 0
    ; mintable.coin:25: return self.minters[who]
  005d5  PUSH0
  005d6  LGET 0
  005d8  MSTORE
  005d9  PUSH 32
  005db  PUSH 7
  005dd  MSTORE
  005de  PUSH0
  005df  PUSH 64
  005e1  KECCAK256
  005e2  SLOAD
  005e3  RETF
  005e4  INVALID
fn_MintableToken_mint:
    ; mintable.coin:28: pub fn mint(to: address, amount: uint) {
  005e5  ENTER 3
  005e7  LSET 1
  005e9  LSET 0
    ; mintable.coin:29: require(self.minters[msg.sender], "caller is not a minter")
  005eb  PUSH @req_ok_37
  005ee  PUSH0
  005ef  CALLER
  005f0  MSTORE
  005f1  PUSH 32
  005f3  PUSH 7
  005f5  MSTORE
  005f6  PUSH0
  005f7  PUSH 64
  005f9  KECCAK256
  005fa  SLOAD
  005fb  JUMPI
  005fc  PUSH 100
  005fe  MALLOC
  005ff  DUP1
  00600  PUSH 300
  00603  PUSH 100
  00605  DATACOPY
  00606  PUSH 100
  00608  REVERT
req_ok_37:
  00609  JUMPDEST
    ; mintable.coin:30: self.mint_to(to, amount)
  0060a  LGET 0
  0060c  LGET 1
  0060e  CALLF @fn_Token_mint_to
    ; mintable.coin:31: emit Minted(to, amount)
  00611  PUSH 32
  00613  MALLOC
  00614  LSET 2
  00616  LGET 2
  00618  LGET 1
  0061a  MSTORE
  0061b  LGET 2
  0061d  PUSH 32
  0061f  PUSH 0x30385c845b448a36257a6a1716e6ad2e1bc2cbe333cde1e69fe849ad6511adfe
  00640  LGET 0
  00642  LOG2
    ; mintable.coin:28: pub fn mint(to: address, amount: uint) {
  00643  RETF
fn_MintableToken_burn:
    ; mintable.coin:35: pub fn burn(from: address, amount: uint) {
  00644  ENTER 3
  00646  LSET 1
  00648  LSET 0
    ; mintable.coin:36: require(self.minters[msg.sender], "caller is not a minter")
  0064a  PUSH @req_ok_38
  0064d  PUSH0
  0064e  CALLER
  0064f  MSTORE
  00650  PUSH 32
  00652  PUSH 7
  00654  MSTORE
  00655  PUSH0
  00656  PUSH 64
  00658  KECCAK256
  00659  SLOAD
  0065a  JUMPI
  0065b  PUSH 100
  0065d  MALLOC
  0065e  DUP1
  0065f  PUSH 300
  00662  PUSH 100
  00664  DATACOPY
  00665  PUSH 100
  00667  REVERT
req_ok_38:
  00668  JUMPDEST
    ; mintable.coin:37: self.burn_from(from, amount)
  00669  LGET 0
  0066b  LGET 1
  0066d  CALLF @fn_Token_burn_from
    ; mintable.coin:38: emit Burned(from, amount)
  00670  PUSH 32
  00672  MALLOC
  00673  LSET 2
  00675  LGET 2
  00677  LGET 1
  00679  MSTORE
  0067a  LGET 2
  0067c  PUSH 32
  0067e  PUSH 0x696de425f79f4a40bc6d2122ca50507f0efbeabbff86a84871b7196ab8ea8df7
  0069f  LGET 0
  006a1  LOG2
    ; mintable.coin:35: pub fn burn(from: address, amount: uint) {
  006a2  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  006a3  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  006a5  PUSH @req_ok_39
  006a8  CALLER
  006a9  PUSH 6
  006ab  SLOAD
  006ac  EQ
  006ad  JUMPI
  006ae  PUSH 100
  006b0  MALLOC
  006b1  DUP1
  006b2  PUSH 400
  006b5  PUSH 100
  006b7  DATACOPY
  006b8  PUSH 100
  006ba  REVERT
req_ok_39:
  006bb  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  006bc  RETF
fn_Token_before_transfer:
    ; token.coin:84: fn before_transfer(from: address, to: address, amount: uint) {
  006bd  ENTER 3
  006bf  LSET 2
  006c1  LSET 1
  006c3  LSET 0
  006c5  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  006c6  ENTER 5
  006c8  LSET 1
  006ca  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  006cc  LGET 0
  006ce  PUSH 0
  006cf  LGET 1
  006d1  CALLF @fn_Token_before_transfer
    ; token.coin:107: let held = self.balances[from]
  006d4  PUSH0
  006d5  LGET 0
  006d7  MSTORE
  006d8  PUSH 32
  006da  PUSH 4
  006dc  MSTORE
  006dd  PUSH0
  006de  PUSH 64
  006e0  KECCAK256
  006e1  SLOAD
  006e2  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  006e4  PUSH @req_ok_40
  006e7  LGET 2
  006e9  LGET 1
  006eb  LT
  006ec  ISZERO
  006ed  JUMPI
  006ee  PUSH 100
  006f0  MALLOC
  006f1  DUP1
  006f2  PUSH 500
  006f5  PUSH 100
  006f7  DATACOPY
  006f8  PUSH 100
  006fa  REVERT
req_ok_40:
  006fb  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  006fc  LGET 2
  006fe  LGET 1
  00700  CSUB
  00701  PUSH0
  00702  LGET 0
  00704  MSTORE
  00705  PUSH 32
  00707  PUSH 4
  00709  MSTORE
  0070a  PUSH0
  0070b  PUSH 64
  0070d  KECCAK256
  0070e  SWAP1
  0070f  SSTORE
    ; token.coin:110: self.supply -= amount
  00710  PUSH 3
  00712  DUP1
  00713  SLOAD
  00714  LGET 1
  00716  CSUB
  00717  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  00718  PUSH 0
  00719  LSET 3
  0071b  PUSH 32
  0071d  MALLOC
  0071e  LSET 4
  00720  LGET 4
  00722  LGET 1
  00724  MSTORE
  00725  LGET 4
  00727  PUSH 32
  00729  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0074a  LGET 0
  0074c  LGET 3
  0074e  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  0074f  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  00750  ENTER 4
  00752  LSET 1
  00754  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  00756  PUSH @req_ok_41
  00759  LGET 0
  0075b  PUSH 0
  0075c  EQ
  0075d  ISZERO
  0075e  JUMPI
  0075f  PUSH 100
  00761  MALLOC
  00762  DUP1
  00763  PUSH 600
  00766  PUSH 100
  00768  DATACOPY
  00769  PUSH 100
  0076b  REVERT
req_ok_41:
  0076c  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  0076d  PUSH 0
  0076e  LGET 0
  00770  LGET 1
  00772  CALLF @fn_Token_before_transfer
    ; token.coin:100: self.supply += amount
  00775  PUSH 3
  00777  DUP1
  00778  SLOAD
  00779  LGET 1
  0077b  CADD
  0077c  SSTORE
    ; token.coin:101: self.balances[to] += amount
  0077d  PUSH0
  0077e  LGET 0
  00780  MSTORE
  00781  PUSH 32
  00783  PUSH 4
  00785  MSTORE
  00786  PUSH0
  00787  PUSH 64
  00789  KECCAK256
  0078a  DUP1
  0078b  SLOAD
  0078c  LGET 1
  0078e  CADD
  0078f  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  00790  PUSH 0
  00791  LSET 2
  00793  PUSH 32
  00795  MALLOC
  00796  LSET 3
  00798  LGET 3
  0079a  LGET 1
  0079c  MSTORE
  0079d  LGET 3
  0079f  PUSH 32
  007a1  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  007c2  LGET 2
  007c4  LGET 0
  007c6  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  007c7  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  007c8  ENTER 5
  007ca  LSET 2
  007cc  LSET 1
  007ce  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  007d0  PUSH @req_ok_42
  007d3  LGET 1
  007d5  PUSH 0
  007d6  EQ
  007d7  ISZERO
  007d8  JUMPI
  007d9  PUSH 100
  007db  MALLOC
  007dc  DUP1
  007dd  PUSH 700
  007e0  PUSH 100
  007e2  DATACOPY
  007e3  PUSH 100
  007e5  REVERT
req_ok_42:
  007e6  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  007e7  LGET 0
  007e9  LGET 1
  007eb  LGET 2
  007ed  CALLF @fn_Token_before_transfer
    ; token.coin:90: let held = self.balances[from]
  007f0  PUSH0
  007f1  LGET 0
  007f3  MSTORE
  007f4  PUSH 32
  007f6  PUSH 4
  007f8  MSTORE
  007f9  PUSH0
  007fa  PUSH 64
  007fc  KECCAK256
  007fd  SLOAD
  007fe  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  00800  PUSH @req_ok_43
  00803  LGET 3
  00805  LGET 2
  00807  LT
  00808  ISZERO
  00809  JUMPI
  0080a  PUSH 100
  0080c  MALLOC
  0080d  DUP1
  0080e  PUSH 800
  00811  PUSH 100
  00813  DATACOPY
  00814  PUSH 100
  00816  REVERT
req_ok_43:
  00817  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  00818  LGET 3
  0081a  LGET 2
  0081c  CSUB
  0081d  PUSH0
  0081e  LGET 0
  00820  MSTORE
  00821  PUSH 32
  00823  PUSH 4
  00825  MSTORE
  00826  PUSH0
  00827  PUSH 64
  00829  KECCAK256
  0082a  SWAP1
  0082b  SSTORE
    ; token.coin:93: self.balances[to] += amount
  0082c  PUSH0
  0082d  LGET 1
  0082f  MSTORE
  00830  PUSH 32
  00832  PUSH 4
  00834  MSTORE
  00835  PUSH0
  00836  PUSH 64
  00838  KECCAK256
  00839  DUP1
  0083a  SLOAD
  0083b  LGET 2
  0083d  CADD
  0083e  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  0083f  PUSH 32
  00841  MALLOC
  00842  LSET 4
  00844  LGET 4
  00846  LGET 2
  00848  MSTORE
  00849  LGET 4
  0084b  PUSH 32
  0084d  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0086e  LGET 0
  00870  LGET 1
  00872  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00873  RETF
; ---- init section (275 bytes)
    ; mintable.coin:6: contract MintableToken is Token, Owned {
  00000  ENTER 6
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
    ; mintable.coin:13: init(name: string, symbol: string, decimals: uint) {
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
  00062  DUP1
  00063  PUSH 32
  00065  SHR
  00066  PUSH @bad_input_2
  00069  SWAP1
  0006a  JUMPI
  0006b  PUSH 0
  0006c  ADD
  0006d  LSET 3
  0006f  LGET 3
  00071  CALLDATALOAD
  00072  DUP1
  00073  PUSH 32
  00075  SHR
  00076  PUSH @bad_input_2
  00079  SWAP1
  0007a  JUMPI
  0007b  LSET 4
  0007d  PUSH @bad_input_2
  00080  CALLDATASIZE
  00081  LGET 3
  00083  PUSH 32
  00085  ADD
  00086  LGET 4
  00088  ADD
  00089  LT
  0008a  JUMPI
  0008b  LGET 4
  0008d  PUSH 32
  0008f  ADD
  00090  MALLOC
  00091  LSET 5
  00093  LGET 5
  00095  LGET 4
  00097  MSTORE
  00098  LGET 5
  0009a  PUSH 32
  0009c  ADD
  0009d  LGET 3
  0009f  PUSH 32
  000a1  ADD
  000a2  LGET 4
  000a4  CALLDATACOPY
  000a5  LGET 5
  000a7  PUSH 64
  000a9  CALLDATALOAD
  000aa  CALLF @fn_MintableToken_init
  000ad  STOP
bad_input_2:
    ; mintable.coin:6: contract MintableToken is Token, Owned {
  000ae  JUMPDEST
  000af  PUSH0
  000b0  PUSH0
  000b1  REVERT
fn_MintableToken_init:
    ; mintable.coin:13: init(name: string, symbol: string, decimals: uint) {
  000b2  ENTER 3
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
    ; mintable.coin:14: Token.init(name, symbol, decimals)
  000ba  LGET 0
  000bc  LGET 1
  000be  LGET 2
  000c0  CALLF @fn_Token_init
    ; mintable.coin:15: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; mintable.coin:13: init(name: string, symbol: string, decimals: uint) {
  000c6  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  000c7  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  000c9  PUSH 6
  000cb  CALLER
  000cc  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  000cd  PUSH 0
  000ce  LSET 0
  000d0  CALLER
  000d1  LSET 1
  000d3  PUSH0
  000d4  PUSH0
  000d5  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  000f6  LGET 0
  000f8  LGET 1
  000fa  LOG3
    ; access.coin:8: init() {
  000fb  RETF
fn_Token_init:
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000fc  ENTER 3
  000fe  LSET 2
  00100  LSET 1
  00102  LSET 0
    ; token.coin:29: self.token_name = name
  00104  PUSH 0
  00105  LGET 0
  00107  SSTOREBYTES
    ; token.coin:30: self.token_symbol = symbol
  00108  PUSH 1
  0010a  LGET 1
  0010c  SSTOREBYTES
    ; token.coin:31: self.token_decimals = decimals
  0010d  PUSH 2
  0010f  LGET 2
  00111  SSTORE
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  00112  RETF
; ---- data section (900 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  0000001b617070726f766520746f20746865207a65726f206164647265737300
  00060  0000000008c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  0000000000000016696e73756666696369656e7420616c6c6f77616e63650000
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  0000000000000000000000206f776e65722063616e6e6f742062652074686520
  00120  7a65726f206164647265737308c379a000000000000000000000000000000000
  00140  0000000000000000000000000000002000000000000000000000000000000000
  00160  0000000000000000000000000000001663616c6c6572206973206e6f74206120
  00180  6d696e7465720000000000000000000008c379a0000000000000000000000000
  001a0  0000000000000000000000000000000000000020000000000000000000000000
  001c0  000000000000000000000000000000000000001763616c6c6572206973206e6f
  001e0  7420746865206f776e657200000000000000000008c379a00000000000000000
  00200  0000000000000000000000000000000000000000000000200000000000000000
  00220  00000000000000000000000000000000000000000000001b6275726e20616d6f
  00240  756e7420657863656564732062616c616e6365000000000008c379a000000000
  00260  0000000000000000000000000000000000000000000000000000002000000000
  00280  000000000000000000000000000000000000000000000000000000186d696e74
  002a0  20746f20746865207a65726f2061646472657373000000000000000008c379a0
  002c0  0000000000000000000000000000000000000000000000000000000000000020
  002e0  000000000000000000000000000000000000000000000000000000000000001c
  00300  7472616e7366657220746f20746865207a65726f206164647265737300000000
  00320  08c379a000000000000000000000000000000000000000000000000000000000
  00340  0000002000000000000000000000000000000000000000000000000000000000
  00360  0000001f7472616e7366657220616d6f756e7420657863656564732062616c61
  00380  6e636500
