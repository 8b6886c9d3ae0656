; contract Token
; ---- runtime section (1200 bytes)
    ; token.coin:17: contract Token {
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
  00076  PUSH0
  00077  PUSH0
  00078  REVERT
fallback_1:
  00079  JUMPDEST
  0007a  PUSH0
  0007b  PUSH0
  0007c  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  0007d  JUMPDEST
  0007e  POP
  0007f  PUSH @novalue_11
  00082  CALLVALUE
  00083  ISZERO
  00084  JUMPI
  00085  PUSH0
  00086  PUSH0
  00087  REVERT
novalue_11:
  00088  JUMPDEST
  00089  CALLF @fn_Token_name
  0008c  LSET 0
  0008e  PUSH 32
  00090  LGET 0
  00092  MLOAD
  00093  PUSH 31
  00095  ADD
  00096  PUSH 5
  00098  SHR
  00099  PUSH 5
  0009b  SHL
  0009c  PUSH 32
  0009e  ADD
  0009f  ADD
  000a0  LSET 1
  000a2  LGET 1
  000a4  MALLOC
  000a5  LSET 2
  000a7  PUSH 32
  000a9  LSET 3
  000ab  LGET 2
  000ad  PUSH 0
  000ae  ADD
  000af  LGET 3
  000b1  MSTORE
  000b2  LGET 2
  000b4  PUSH 0
  000b5  ADD
  000b6  LGET 3
  000b8  ADD
  000b9  LGET 0
  000bb  LGET 0
  000bd  MLOAD
  000be  PUSH 31
  000c0  ADD
  000c1  PUSH 5
  000c3  SHR
  000c4  PUSH 5
  000c6  SHL
  000c7  PUSH 32
  000c9  ADD
  000ca  DUP1
  000cb  LSET 4
  000cd  MCOPY
  000ce  LGET 3
  000d0  LGET 4
  000d2  ADD
  000d3  LSET 3
  000d5  LGET 2
  000d7  LGET 1
  000d9  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  000da  JUMPDEST
  000db  POP
  000dc  PUSH @novalue_12
  000df  CALLVALUE
  000e0  ISZERO
  000e1  JUMPI
  000e2  PUSH0
  000e3  PUSH0
  000e4  REVERT
novalue_12:
  000e5  JUMPDEST
  000e6  CALLF @fn_Token_symbol
  000e9  LSET 0
  000eb  PUSH 32
  000ed  LGET 0
  000ef  MLOAD
  000f0  PUSH 31
  000f2  ADD
  000f3  PUSH 5
  000f5  SHR
  000f6  PUSH 5
  000f8  SHL
  000f9  PUSH 32
  000fb  ADD
  000fc  ADD
  000fd  LSET 1
  000ff  LGET 1
  00101  MALLOC
  00102  LSET 2
  00104  PUSH 32
  00106  LSET 3
  00108  LGET 2
  0010a  PUSH 0
  0010b  ADD
  0010c  LGET 3
  0010e  MSTORE
  0010f  LGET 2
  00111  PUSH 0
  00112  ADD
  00113  LGET 3
  00115  ADD
  00116  LGET 0
  00118  LGET 0
  0011a  MLOAD
  0011b  PUSH 31
  0011d  ADD
  0011e  PUSH 5
  00120  SHR
  00121  PUSH 5
  00123  SHL
  00124  PUSH 32
  00126  ADD
  00127  DUP1
  00128  LSET 4
  0012a  MCOPY
  0012b  LGET 3
  0012d  LGET 4
  0012f  ADD
  00130  LSET 3
  00132  LGET 2
  00134  LGET 1
  00136  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  00137  JUMPDEST
  00138  POP
  00139  PUSH @novalue_13
  0013c  CALLVALUE
  0013d  ISZERO
  0013e  JUMPI
  0013f  PUSH0
  00140  PUSH0
  00141  REVERT
novalue_13:
  00142  JUMPDEST
  00143  CALLF @fn_Token_decimals
  00146  LSET 0
  00148  PUSH 32
  0014a  MALLOC
  0014b  LSET 1
  0014d  LGET 1
  0014f  LGET 0
  00151  MSTORE
  00152  LGET 1
  00154  PUSH 32
  00156  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00157  JUMPDEST
  00158  POP
  00159  PUSH @novalue_14
  0015c  CALLVALUE
  0015d  ISZERO
  0015e  JUMPI
  0015f  PUSH0
  00160  PUSH0
  00161  REVERT
novalue_14:
  00162  JUMPDEST
  00163  CALLF @fn_Token_totalSupply
  00166  LSET 0
  00168  PUSH 32
  0016a  MALLOC
  0016b  LSET 1
  0016d  LGET 1
  0016f  LGET 0
  00171  MSTORE
  00172  LGET 1
  00174  PUSH 32
  00176  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00177  JUMPDEST
  00178  POP
  00179  PUSH @novalue_15
  0017c  CALLVALUE
  0017d  ISZERO
  0017e  JUMPI
  0017f  PUSH0
  00180  PUSH0
  00181  REVERT
novalue_15:
  00182  JUMPDEST
  00183  PUSH @bad_input_16
  00186  CALLDATASIZE
  00187  PUSH 36
  00189  LT
  0018a  JUMPI
  0018b  PUSH 4
  0018d  CALLDATALOAD
  0018e  PUSH @bad_input_16
  00191  DUP2
  00192  PUSH 160
  00194  SHR
  00195  JUMPI
  00196  CALLF @fn_Token_balanceOf
  00199  LSET 0
  0019b  PUSH 32
  0019d  MALLOC
  0019e  LSET 1
  001a0  LGET 1
  001a2  LGET 0
  001a4  MSTORE
  001a5  LGET 1
  001a7  PUSH 32
  001a9  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  001aa  JUMPDEST
  001ab  POP
  001ac  PUSH @novalue_17
  001af  CALLVALUE
  001b0  ISZERO
  001b1  JUMPI
  001b2  PUSH0
  001b3  PUSH0
  001b4  REVERT
novalue_17:
  001b5  JUMPDEST
  001b6  PUSH @bad_input_16
  001b9  CALLDATASIZE
  001ba  PUSH 68
  001bc  LT
  001bd  JUMPI
  001be  PUSH 4
  001c0  CALLDATALOAD
  001c1  PUSH @bad_input_16
  001c4  DUP2
  001c5  PUSH 160
  001c7  SHR
  001c8  JUMPI
  001c9  PUSH 36
  001cb  CALLDATALOAD
  001cc  PUSH @bad_input_16
  001cf  DUP2
  001d0  PUSH 160
  001d2  SHR
  001d3  JUMPI
  001d4  CALLF @fn_Token_allowance
  001d7  LSET 0
  001d9  PUSH 32
  001db  MALLOC
  001dc  LSET 1
  001de  LGET 1
  001e0  LGET 0
  001e2  MSTORE
  001e3  LGET 1
  001e5  PUSH 32
  001e7  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  001e8  JUMPDEST
  001e9  POP
  001ea  PUSH @novalue_18
  001ed  CALLVALUE
  001ee  ISZERO
  001ef  JUMPI
  001f0  PUSH0
  001f1  PUSH0
  001f2  REVERT
novalue_18:
  001f3  JUMPDEST
  001f4  PUSH @bad_input_16
  001f7  CALLDATASIZE
  001f8  PUSH 68
  001fa  LT
  001fb  JUMPI
  001fc  PUSH 4
  001fe  CALLDATALOAD
  001ff  PUSH @bad_input_16
  00202  DUP2
  00203  PUSH 160
  00205  SHR
  00206  JUMPI
  00207  PUSH 36
  00209  CALLDATALOAD
  0020a  CALLF @fn_Token_transfer
  0020d  LSET 0
  0020f  PUSH 32
  00211  MALLOC
  00212  LSET 1
  00214  LGET 1
  00216  LGET 0
  00218  MSTORE
  00219  LGET 1
  0021b  PUSH 32
  0021d  RETURN
ext_approve_9:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0021e  JUMPDEST
  0021f  POP
  00220  PUSH @novalue_19
  00223  CALLVALUE
  00224  ISZERO
  00225  JUMPI
  00226  PUSH0
  00227  PUSH0
  00228  REVERT
novalue_19:
  00229  JUMPDEST
  0022a  PUSH @bad_input_16
  0022d  CALLDATASIZE
  0022e  PUSH 68
  00230  LT
  00231  JUMPI
  00232  PUSH 4
  00234  CALLDATALOAD
  00235  PUSH @bad_input_16
  00238  DUP2
  00239  PUSH 160
  0023b  SHR
  0023c  JUMPI
  0023d  PUSH 36
  0023f  CALLDATALOAD
  00240  CALLF @fn_Token_approve
  00243  LSET 0
  00245  PUSH 32
  00247  MALLOC
  00248  LSET 1
  0024a  LGET 1
  0024c  LGET 0
  0024e  MSTORE
  0024f  LGET 1
  00251  PUSH 32
  00253  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00254  JUMPDEST
  00255  POP
  00256  PUSH @novalue_20
  00259  CALLVALUE
  0025a  ISZERO
  0025b  JUMPI
  0025c  PUSH0
  0025d  PUSH0
  0025e  REVERT
novalue_20:
  0025f  JUMPDEST
  00260  PUSH @bad_input_16
  00263  CALLDATASIZE
  00264  PUSH 100
  00266  LT
  00267  JUMPI
  00268  PUSH 4
  0026a  CALLDATALOAD
  0026b  PUSH @bad_input_16
  0026e  DUP2
  0026f  PUSH 160
  00271  SHR
  00272  JUMPI
  00273  PUSH 36
  00275  CALLDATALOAD
  00276  PUSH @bad_input_16
  00279  DUP2
  0027a  PUSH 160
  0027c  SHR
  0027d  JUMPI
  0027e  PUSH 68
  00280  CALLDATALOAD
  00281  CALLF @fn_Token_transferFrom
  00284  LSET 0
  00286  PUSH 32
  00288  MALLOC
  00289  LSET 1
  0028b  LGET 1
  0028d  LGET 0
  0028f  MSTORE
  00290  LGET 1
  00292  PUSH 32
  00294  RETURN
bad_input_16:
    ; token.coin:17: contract Token {
  00295  JUMPDEST
  00296  PUSH0
  00297  PUSH0
  00298  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  00299  ENTER 0
    ; token.coin:35: return self.token_name
  0029b  PUSH 0
  0029c  SLOADBYTES
  0029d  RETF
  0029e  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  0029f  ENTER 0
    ; token.coin:39: return self.token_symbol
  002a1  PUSH 1
  002a3  SLOADBYTES
  002a4  RETF
  002a5  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  002a6  ENTER 0
    ; token.coin:43: return self.token_decimals
  002a8  PUSH 2
  002aa  SLOAD
  002ab  RETF
  002ac  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  002ad  ENTER 0
    ; token.coin:47: return self.supply
  002af  PUSH 3
  002b1  SLOAD
  002b2  RETF
  002b3  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  002b4  ENTER 1
  002b6  LSET 0
    ; token.coin:51: return self.balances[owner]
  002b8  PUSH0
  002b9  LGET 0
  002bb  MSTORE
  002bc  PUSH 32
  002be  PUSH 4
  002c0  MSTORE
  002c1  PUSH0
  002c2  PUSH 64
  002c4  KECCAK256
  002c5  SLOAD
  002c6  RETF
  002c7  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  002c8  ENTER 2
  002ca  LSET 1
  002cc  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  002ce  PUSH 32
  002d0  PUSH0
  002d1  LGET 0
  002d3  MSTORE
  002d4  PUSH 32
  002d6  PUSH 5
  002d8  MSTORE
  002d9  PUSH0
  002da  PUSH 64
  002dc  KECCAK256
  002dd  MSTORE
  002de  PUSH0
  002df  LGET 1
  002e1  MSTORE
  002e2  PUSH0
  002e3  PUSH 64
  002e5  KECCAK256
  002e6  SLOAD
  002e7  RETF
  002e8  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  002e9  ENTER 2
  002eb  LSET 1
  002ed  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  002ef  CALLER
  002f0  LGET 0
  002f2  LGET 1
  002f4  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  002f7  PUSH 1
  002f9  RETF
  002fa  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  002fb  ENTER 4
  002fd  LSET 1
  002ff  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  00301  PUSH @req_ok_21
  00304  LGET 0
  00306  PUSH 0
  00307  EQ
  00308  ISZERO
  00309  JUMPI
  0030a  PUSH 100
  0030c  MALLOC
  0030d  DUP1
  0030e  PUSH 0
  0030f  PUSH 100
  00311  DATACOPY
  00312  PUSH 100
  00314  REVERT
req_ok_21:
  00315  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  00316  PUSH 32
  00318  PUSH0
  00319  CALLER
  0031a  MSTORE
  0031b  PUSH 32
  0031d  PUSH 5
  0031f  MSTORE
  00320  PUSH0
  00321  PUSH 64
  00323  KECCAK256
  00324  MSTORE
  00325  PUSH0
  00326  LGET 0
  00328  MSTORE
  00329  PUSH0
  0032a  PUSH 64
  0032c  KECCAK256
  0032d  LGET 1
  0032f  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  00330  CALLER
  00331  LSET 2
  00333  PUSH 32
  00335  MALLOC
  00336  LSET 3
  00338  LGET 3
  0033a  LGET 1
  0033c  MSTORE
  0033d  LGET 3
  0033f  PUSH 32
  00341  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  00362  LGET 2
  00364  LGET 0
  00366  LOG3
    ; token.coin:67: return true
  00367  PUSH 1
  00369  RETF
  0036a  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  0036b  ENTER 4
  0036d  LSET 2
  0036f  LSET 1
  00371  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  00373  PUSH0
  00374  LGET 0
  00376  MSTORE
  00377  PUSH 32
  00379  PUSH 5
  0037b  MSTORE
  0037c  PUSH0
  0037d  PUSH 64
  0037f  KECCAK256
  00380  PUSH0
  00381  CALLER
  00382  MSTORE
  00383  PUSH 32
  00385  SWAP1
  00386  MSTORE
  00387  PUSH0
  00388  PUSH 64
  0038a  KECCAK256
  0038b  SLOAD
  0038c  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  0038e  PUSH @else_22
  00391  LGET 3
  00393  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  003b4  EQ
  003b5  ISZERO
  003b6  ISZERO
  003b7  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  003b8  PUSH @req_ok_23
  003bb  LGET 3
  003bd  LGET 2
  003bf  LT
  003c0  ISZERO
  003c1  JUMPI
  003c2  PUSH 100
  003c4  MALLOC
  003c5  DUP1
  003c6  PUSH 100
  003c8  PUSH 100
  003ca  DATACOPY
  003cb  PUSH 100
  003cd  REVERT
req_ok_23:
  003ce  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  003cf  LGET 3
  003d1  LGET 2
  003d3  CSUB
  003d4  PUSH0
  003d5  LGET 0
  003d7  MSTORE
  003d8  PUSH 32
  003da  PUSH 5
  003dc  MSTORE
  003dd  PUSH0
  003de  PUSH 64
  003e0  KECCAK256
  003e1  PUSH0
  003e2  CALLER
  003e3  MSTORE
  003e4  PUSH 32
  003e6  SWAP1
  003e7  MSTORE
  003e8  PUSH0
  003e9  PUSH 64
  003eb  KECCAK256
  003ec  SWAP1
  003ed  SSTORE
else_22:
  003ee  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  003ef  LGET 0
  003f1  LGET 1
  003f3  LGET 2
  003f5  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  003f8  PUSH 1
  003fa  RETF
  003fb  INVALID
fn_Token_before_transfer:
    ; token.coin:84: fn before_transfer(from: address, to: address, amount: uint) {
  003fc  ENTER 3
  003fe  LSET 2
  00400  LSET 1
  00402  LSET 0
  00404  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00405  ENTER 5
  00407  LSET 2
  00409  LSET 1
  0040b  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  0040d  PUSH @req_ok_24
  00410  LGET 1
  00412  PUSH 0
  00413  EQ
  00414  ISZERO
  00415  JUMPI
  00416  PUSH 100
  00418  MALLOC
  00419  DUP1
  0041a  PUSH 200
  0041c  PUSH 100
  0041e  DATACOPY
  0041f  PUSH 100
  00421  REVERT
req_ok_24:
  00422  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  00423  LGET 0
  00425  LGET 1
  00427  LGET 2
  00429  CALLF @fn_Token_before_transfer
    ; token.coin:90: let held = self.balances[from]
  0042c  PUSH0
  0042d  LGET 0
  0042f  MSTORE
  00430  PUSH 32
  00432  PUSH 4
  00434  MSTORE
  00435  PUSH0
  00436  PUSH 64
  00438  KECCAK256
  00439  SLOAD
  0043a  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  0043c  PUSH @req_ok_25
  0043f  LGET 3
  00441  LGET 2
  00443  LT
  00444  ISZERO
  00445  JUMPI
  00446  PUSH 100
  00448  MALLOC
  00449  DUP1
  0044a  PUSH 300
  0044d  PUSH 100
  0044f  DATACOPY
  00450  PUSH 100
  00452  REVERT
req_ok_25:
  00453  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  00454  LGET 3
  00456  LGET 2
  00458  CSUB
  00459  PUSH0
  0045a  LGET 0
  0045c  MSTORE
  0045d  PUSH 32
  0045f  PUSH 4
  00461  MSTORE
  00462  PUSH0
  00463  PUSH 64
  00465  KECCAK256
  00466  SWAP1
  00467  SSTORE
    ; token.coin:93: self.balances[to] += amount
  00468  PUSH0
  00469  LGET 1
  0046b  MSTORE
  0046c  PUSH 32
  0046e  PUSH 4
  00470  MSTORE
  00471  PUSH0
  00472  PUSH 64
  00474  KECCAK256
  00475  DUP1
  00476  SLOAD
  00477  LGET 2
  00479  CADD
  0047a  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  0047b  PUSH 32
  0047d  MALLOC
  0047e  LSET 4
  00480  LGET 4
  00482  LGET 2
  00484  MSTORE
  00485  LGET 4
  00487  PUSH 32
  00489  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  004aa  LGET 0
  004ac  LGET 1
  004ae  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  004af  RETF
; ---- init section (201 bytes)
    ; token.coin:17: contract Token {
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
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
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
  000aa  CALLF @fn_Token_init
  000ad  STOP
bad_input_2:
    ; token.coin:17: contract Token {
  000ae  JUMPDEST
  000af  PUSH0
  000b0  PUSH0
  000b1  REVERT
fn_Token_init:
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000b2  ENTER 3
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
    ; token.coin:29: self.token_name = name
  000ba  PUSH 0
  000bb  LGET 0
  000bd  SSTOREBYTES
    ; token.coin:30: self.token_symbol = symbol
  000be  PUSH 1
  000c0  LGET 1
  000c2  SSTOREBYTES
    ; token.coin:31: self.token_decimals = decimals
  000c3  PUSH 2
  000c5  LGET 2
  000c7  SSTORE
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000c8  RETF
; ---- data section (400 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  0000001b617070726f766520746f20746865207a65726f206164647265737300
  00060  0000000008c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  0000000000000016696e73756666696369656e7420616c6c6f77616e63650000
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  00000000000000000000001c7472616e7366657220746f20746865207a65726f
  00120  20616464726573730000000008c379a000000000000000000000000000000000
  00140  0000000000000000000000000000002000000000000000000000000000000000
  00160  0000000000000000000000000000001f7472616e7366657220616d6f756e7420
  00180  657863656564732062616c616e636500
