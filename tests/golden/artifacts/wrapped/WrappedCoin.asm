; contract WrappedCoin
; ---- runtime section (1808 bytes)
    ; wrapped.coin:7: contract WrappedCoin is Token {
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
  00076  PUSH @ext_deposit_11
  00079  DUP2
  0007a  PUSH 0xd0e30db0
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_withdraw_12
  00084  DUP2
  00085  PUSH 0x2e1a7d4d
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH0
  0008d  PUSH0
  0008e  REVERT
fallback_1:
  0008f  JUMPDEST
  00090  PUSH @fallback_1_revert
  00093  CALLDATASIZE
  00094  JUMPI
  00095  CALLF @fn_WrappedCoin_receive
  00098  STOP
fallback_1_revert:
  00099  JUMPDEST
  0009a  PUSH0
  0009b  PUSH0
  0009c  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  0009d  JUMPDEST
  0009e  POP
  0009f  PUSH @novalue_13
  000a2  CALLVALUE
  000a3  ISZERO
  000a4  JUMPI
  000a5  PUSH0
  000a6  PUSH0
  000a7  REVERT
novalue_13:
  000a8  JUMPDEST
  000a9  CALLF @fn_Token_name
  000ac  LSET 0
  000ae  PUSH 32
  000b0  LGET 0
  000b2  MLOAD
  000b3  PUSH 31
  000b5  ADD
  000b6  PUSH 5
  000b8  SHR
  000b9  PUSH 5
  000bb  SHL
  000bc  PUSH 32
  000be  ADD
  000bf  ADD
  000c0  LSET 1
  000c2  LGET 1
  000c4  MALLOC
  000c5  LSET 2
  000c7  PUSH 32
  000c9  LSET 3
  000cb  LGET 2
  000cd  PUSH 0
  000ce  ADD
  000cf  LGET 3
  000d1  MSTORE
  000d2  LGET 2
  000d4  PUSH 0
  000d5  ADD
  000d6  LGET 3
  000d8  ADD
  000d9  LGET 0
  000db  LGET 0
  000dd  MLOAD
  000de  PUSH 31
  000e0  ADD
  000e1  PUSH 5
  000e3  SHR
  000e4  PUSH 5
  000e6  SHL
  000e7  PUSH 32
  000e9  ADD
  000ea  DUP1
  000eb  LSET 4
  000ed  MCOPY
  000ee  LGET 3
  000f0  LGET 4
  000f2  ADD
  000f3  LSET 3
  000f5  LGET 2
  000f7  LGET 1
  000f9  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  000fa  JUMPDEST
  000fb  POP
  000fc  PUSH @novalue_14
  000ff  CALLVALUE
  00100  ISZERO
  00101  JUMPI
  00102  PUSH0
  00103  PUSH0
  00104  REVERT
novalue_14:
  00105  JUMPDEST
  00106  CALLF @fn_Token_symbol
  00109  LSET 0
  0010b  PUSH 32
  0010d  LGET 0
  0010f  MLOAD
  00110  PUSH 31
  00112  ADD
  00113  PUSH 5
  00115  SHR
  00116  PUSH 5
  00118  SHL
  00119  PUSH 32
  0011b  ADD
  0011c  ADD
  0011d  LSET 1
  0011f  LGET 1
  00121  MALLOC
  00122  LSET 2
  00124  PUSH 32
  00126  LSET 3
  00128  LGET 2
  0012a  PUSH 0
  0012b  ADD
  0012c  LGET 3
  0012e  MSTORE
  0012f  LGET 2
  00131  PUSH 0
  00132  ADD
  00133  LGET 3
  00135  ADD
  00136  LGET 0
  00138  LGET 0
  0013a  MLOAD
  0013b  PUSH 31
  0013d  ADD
  0013e  PUSH 5
  00140  SHR
  00141  PUSH 5
  00143  SHL
  00144  PUSH 32
  00146  ADD
  00147  DUP1
  00148  LSET 4
  0014a  MCOPY
  0014b  LGET 3
  0014d  LGET 4
  0014f  ADD
  00150  LSET 3
  00152  LGET 2
  00154  LGET 1
  00156  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  00157  JUMPDEST
  00158  POP
  00159  PUSH @novalue_15
  0015c  CALLVALUE
  0015d  ISZERO
  0015e  JUMPI
  0015f  PUSH0
  00160  PUSH0
  00161  REVERT
novalue_15:
  00162  JUMPDEST
  00163  CALLF @fn_Token_decimals
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
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00177  JUMPDEST
  00178  POP
  00179  PUSH @novalue_16
  0017c  CALLVALUE
  0017d  ISZERO
  0017e  JUMPI
  0017f  PUSH0
  00180  PUSH0
  00181  REVERT
novalue_16:
  00182  JUMPDEST
  00183  CALLF @fn_Token_totalSupply
  00186  LSET 0
  00188  PUSH 32
  0018a  MALLOC
  0018b  LSET 1
  0018d  LGET 1
  0018f  LGET 0
  00191  MSTORE
  00192  LGET 1
  00194  PUSH 32
  00196  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00197  JUMPDEST
  00198  POP
  00199  PUSH @novalue_17
  0019c  CALLVALUE
  0019d  ISZERO
  0019e  JUMPI
  0019f  PUSH0
  001a0  PUSH0
  001a1  REVERT
novalue_17:
  001a2  JUMPDEST
  001a3  PUSH @bad_input_18
  001a6  CALLDATASIZE
  001a7  PUSH 36
  001a9  LT
  001aa  JUMPI
  001ab  PUSH 4
  001ad  CALLDATALOAD
  001ae  PUSH @bad_input_18
  001b1  DUP2
  001b2  PUSH 160
  001b4  SHR
  001b5  JUMPI
  001b6  CALLF @fn_Token_balanceOf
  001b9  LSET 0
  001bb  PUSH 32
  001bd  MALLOC
  001be  LSET 1
  001c0  LGET 1
  001c2  LGET 0
  001c4  MSTORE
  001c5  LGET 1
  001c7  PUSH 32
  001c9  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  001ca  JUMPDEST
  001cb  POP
  001cc  PUSH @novalue_19
  001cf  CALLVALUE
  001d0  ISZERO
  001d1  JUMPI
  001d2  PUSH0
  001d3  PUSH0
  001d4  REVERT
novalue_19:
  001d5  JUMPDEST
  001d6  PUSH @bad_input_18
  001d9  CALLDATASIZE
  001da  PUSH 68
  001dc  LT
  001dd  JUMPI
  001de  PUSH 4
  001e0  CALLDATALOAD
  001e1  PUSH @bad_input_18
  001e4  DUP2
  001e5  PUSH 160
  001e7  SHR
  001e8  JUMPI
  001e9  PUSH 36
  001eb  CALLDATALOAD
  001ec  PUSH @bad_input_18
  001ef  DUP2
  001f0  PUSH 160
  001f2  SHR
  001f3  JUMPI
  001f4  CALLF @fn_Token_allowance
  001f7  LSET 0
  001f9  PUSH 32
  001fb  MALLOC
  001fc  LSET 1
  001fe  LGET 1
  00200  LGET 0
  00202  MSTORE
  00203  LGET 1
  00205  PUSH 32
  00207  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00208  JUMPDEST
  00209  POP
  0020a  PUSH @novalue_20
  0020d  CALLVALUE
  0020e  ISZERO
  0020f  JUMPI
  00210  PUSH0
  00211  PUSH0
  00212  REVERT
novalue_20:
  00213  JUMPDEST
  00214  PUSH @bad_input_18
  00217  CALLDATASIZE
  00218  PUSH 68
  0021a  LT
  0021b  JUMPI
  0021c  PUSH 4
  0021e  CALLDATALOAD
  0021f  PUSH @bad_input_18
  00222  DUP2
  00223  PUSH 160
  00225  SHR
  00226  JUMPI
  00227  PUSH 36
  00229  CALLDATALOAD
  0022a  CALLF @fn_Token_transfer
  0022d  LSET 0
  0022f  PUSH 32
  00231  MALLOC
  00232  LSET 1
  00234  LGET 1
  00236  LGET 0
  00238  MSTORE
  00239  LGET 1
  0023b  PUSH 32
  0023d  RETURN
ext_approve_9:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0023e  JUMPDEST
  0023f  POP
  00240  PUSH @novalue_21
  00243  CALLVALUE
  00244  ISZERO
  00245  JUMPI
  00246  PUSH0
  00247  PUSH0
  00248  REVERT
novalue_21:
  00249  JUMPDEST
  0024a  PUSH @bad_input_18
  0024d  CALLDATASIZE
  0024e  PUSH 68
  00250  LT
  00251  JUMPI
  00252  PUSH 4
  00254  CALLDATALOAD
  00255  PUSH @bad_input_18
  00258  DUP2
  00259  PUSH 160
  0025b  SHR
  0025c  JUMPI
  0025d  PUSH 36
  0025f  CALLDATALOAD
  00260  CALLF @fn_Token_approve
  00263  LSET 0
  00265  PUSH 32
  00267  MALLOC
  00268  LSET 1
  0026a  LGET 1
  0026c  LGET 0
  0026e  MSTORE
  0026f  LGET 1
  00271  PUSH 32
  00273  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00274  JUMPDEST
  00275  POP
  00276  PUSH @novalue_22
  00279  CALLVALUE
  0027a  ISZERO
  0027b  JUMPI
  0027c  PUSH0
  0027d  PUSH0
  0027e  REVERT
novalue_22:
  0027f  JUMPDEST
  00280  PUSH @bad_input_18
  00283  CALLDATASIZE
  00284  PUSH 100
  00286  LT
  00287  JUMPI
  00288  PUSH 4
  0028a  CALLDATALOAD
  0028b  PUSH @bad_input_18
  0028e  DUP2
  0028f  PUSH 160
  00291  SHR
  00292  JUMPI
  00293  PUSH 36
  00295  CALLDATALOAD
  00296  PUSH @bad_input_18
  00299  DUP2
  0029a  PUSH 160
  0029c  SHR
  0029d  JUMPI
  0029e  PUSH 68
  002a0  CALLDATALOAD
  002a1  CALLF @fn_Token_transferFrom
  002a4  LSET 0
  002a6  PUSH 32
  002a8  MALLOC
  002a9  LSET 1
  002ab  LGET 1
  002ad  LGET 0
  002af  MSTORE
  002b0  LGET 1
  002b2  PUSH 32
  002b4  RETURN
ext_deposit_11:
    ; wrapped.coin:15: pub payable fn deposit() {
  002b5  JUMPDEST
  002b6  POP
  002b7  CALLF @fn_WrappedCoin_deposit
  002ba  STOP
ext_withdraw_12:
    ; wrapped.coin:27: pub fn withdraw(amount: uint) {
  002bb  JUMPDEST
  002bc  POP
  002bd  PUSH @novalue_23
  002c0  CALLVALUE
  002c1  ISZERO
  002c2  JUMPI
  002c3  PUSH0
  002c4  PUSH0
  002c5  REVERT
novalue_23:
  002c6  JUMPDEST
  002c7  PUSH @bad_input_18
  002ca  CALLDATASIZE
  002cb  PUSH 36
  002cd  LT
  002ce  JUMPI
  002cf  PUSH 4
  002d1  CALLDATALOAD
  002d2  CALLF @fn_WrappedCoin_withdraw
  002d5  STOP
bad_input_18:
    ; wrapped.coin:7: contract WrappedCoin is Token {
  002d6  JUMPDEST
  002d7  PUSH0
  002d8  PUSH0
  002d9  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  002da  ENTER 0
    ; token.coin:35: return self.token_name
  002dc  PUSH 0
  002dd  SLOADBYTES
  002de  RETF
  002df  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  002e0  ENTER 0
    ; token.coin:39: return self.token_symbol
  002e2  PUSH 1
  002e4  SLOADBYTES
  002e5  RETF
  002e6  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  002e7  ENTER 0
    ; token.coin:43: return self.token_decimals
  002e9  PUSH 2
  002eb  SLOAD
  002ec  RETF
  002ed  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  002ee  ENTER 0
    ; token.coin:47: return self.supply
  002f0  PUSH 3
  002f2  SLOAD
  002f3  RETF
  002f4  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  002f5  ENTER 1
  002f7  LSET 0
    ; token.coin:51: return self.balances[owner]
  002f9  PUSH0
  002fa  LGET 0
  002fc  MSTORE
  002fd  PUSH 32
  002ff  PUSH 4
  00301  MSTORE
  00302  PUSH0
  00303  PUSH 64
  00305  KECCAK256
  00306  SLOAD
  00307  RETF
  00308  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00309  ENTER 2
  0030b  LSET 1
  0030d  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  0030f  PUSH 32
  00311  PUSH0
  00312  LGET 0
  00314  MSTORE
  00315  PUSH 32
  00317  PUSH 5
  00319  MSTORE
  0031a  PUSH0
  0031b  PUSH 64
  0031d  KECCAK256
  0031e  MSTORE
  0031f  PUSH0
  00320  LGET 1
  00322  MSTORE
  00323  PUSH0
  00324  PUSH 64
  00326  KECCAK256
  00327  SLOAD
  00328  RETF
  00329  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  0032a  ENTER 2
  0032c  LSET 1
  0032e  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00330  CALLER
  00331  LGET 0
  00333  LGET 1
  00335  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00338  PUSH 1
  0033a  RETF
  0033b  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0033c  ENTER 4
  0033e  LSET 1
  00340  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  00342  PUSH @req_ok_24
  00345  LGET 0
  00347  PUSH 0
  00348  EQ
  00349  ISZERO
  0034a  JUMPI
  0034b  PUSH 100
  0034d  MALLOC
  0034e  DUP1
  0034f  PUSH 0
  00350  PUSH 100
  00352  DATACOPY
  00353  PUSH 100
  00355  REVERT
req_ok_24:
  00356  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  00357  PUSH 32
  00359  PUSH0
  0035a  CALLER
  0035b  MSTORE
  0035c  PUSH 32
  0035e  PUSH 5
  00360  MSTORE
  00361  PUSH0
  00362  PUSH 64
  00364  KECCAK256
  00365  MSTORE
  00366  PUSH0
  00367  LGET 0
  00369  MSTORE
  0036a  PUSH0
  0036b  PUSH 64
  0036d  KECCAK256
  0036e  LGET 1
  00370  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  00371  CALLER
  00372  LSET 2
  00374  PUSH 32
  00376  MALLOC
  00377  LSET 3
  00379  LGET 3
  0037b  LGET 1
  0037d  MSTORE
  0037e  LGET 3
  00380  PUSH 32
  00382  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  003a3  LGET 2
  003a5  LGET 0
  003a7  LOG3
    ; token.coin:67: return true
  003a8  PUSH 1
  003aa  RETF
  003ab  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  003ac  ENTER 4
  003ae  LSET 2
  003b0  LSET 1
  003b2  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  003b4  PUSH0
  003b5  LGET 0
  003b7  MSTORE
  003b8  PUSH 32
  003ba  PUSH 5
  003bc  MSTORE
  003bd  PUSH0
  003be  PUSH 64
  003c0  KECCAK256
  003c1  PUSH0
  003c2  CALLER
  003c3  MSTORE
  003c4  PUSH 32
  003c6  SWAP1
  003c7  MSTORE
  003c8  PUSH0
  003c9  PUSH 64
  003cb  KECCAK256
  003cc  SLOAD
  003cd  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  003cf  PUSH @else_25
  003d2  LGET 3
  003d4  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  003f5  EQ
  003f6  ISZERO
  003f7  ISZERO
  003f8  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  003f9  PUSH @req_ok_26
  003fc  LGET 3
  003fe  LGET 2
  00400  LT
  00401  ISZERO
  00402  JUMPI
  00403  PUSH 100
  00405  MALLOC
  00406  DUP1
  00407  PUSH 100
  00409  PUSH 100
  0040b  DATACOPY
  0040c  PUSH 100
  0040e  REVERT
req_ok_26:
  0040f  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00410  LGET 3
  00412  LGET 2
  00414  CSUB
  00415  PUSH0
  00416  LGET 0
  00418  MSTORE
  00419  PUSH 32
  0041b  PUSH 5
  0041d  MSTORE
  0041e  PUSH0
  0041f  PUSH 64
  00421  KECCAK256
  00422  PUSH0
  00423  CALLER
  00424  MSTORE
  00425  PUSH 32
  00427  SWAP1
  00428  MSTORE
  00429  PUSH0
  0042a  PUSH 64
  0042c  KECCAK256
  0042d  SWAP1
  0042e  SSTORE
else_25:
  0042f  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00430  LGET 0
  00432  LGET 1
  00434  LGET 2
  00436  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00439  PUSH 1
  0043b  RETF
  0043c  INVALID
fn_WrappedCoin_deposit:
    ; wrapped.coin:15: pub payable fn deposit() {
  0043d  ENTER 3
    ; wrapped.coin:16: require(msg.value > 0, "deposit must be positive")
  0043f  PUSH @req_ok_27
  00442  CALLVALUE
  00443  PUSH 0
  00444  GT
  00445  JUMPI
  00446  PUSH 100
  00448  MALLOC
  00449  DUP1
  0044a  PUSH 200
  0044c  PUSH 100
  0044e  DATACOPY
  0044f  PUSH 100
  00451  REVERT
req_ok_27:
  00452  JUMPDEST
    ; wrapped.coin:17: self.mint_to(msg.sender, msg.value)
  00453  CALLER
  00454  CALLVALUE
  00455  CALLF @fn_Token_mint_to
    ; wrapped.coin:18: emit Deposit(msg.sender, msg.value)
  00458  CALLER
  00459  LSET 0
  0045b  CALLVALUE
  0045c  LSET 1
  0045e  PUSH 32
  00460  MALLOC
  00461  LSET 2
  00463  LGET 2
  00465  LGET 1
  00467  MSTORE
  00468  LGET 2
  0046a  PUSH 32
  0046c  PUSH 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c
  0048d  LGET 0
  0048f  LOG2
    ; wrapped.coin:15: pub payable fn deposit() {
  00490  RETF
fn_WrappedCoin_receive:
    ; wrapped.coin:22: pub payable fn receive() {
  00491  ENTER 3
    ; wrapped.coin:23: self.mint_to(msg.sender, msg.value)
  00493  CALLER
  00494  CALLVALUE
  00495  CALLF @fn_Token_mint_to
    ; wrapped.coin:24: emit Deposit(msg.sender, msg.value)
  00498  CALLER
  00499  LSET 0
  0049b  CALLVALUE
  0049c  LSET 1
  0049e  PUSH 32
  004a0  MALLOC
  004a1  LSET 2
  004a3  LGET 2
  004a5  LGET 1
  004a7  MSTORE
  004a8  LGET 2
  004aa  PUSH 32
  004ac  PUSH 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c
  004cd  LGET 0
  004cf  LOG2
    ; wrapped.coin:22: pub payable fn receive() {
  004d0  RETF
fn_WrappedCoin_withdraw:
    ; wrapped.coin:27: pub fn withdraw(amount: uint) {
  004d1  ENTER 3
  004d3  LSET 0
    ; wrapped.coin:28: require(amount > 0, "withdraw amount must be positive")
  004d5  PUSH @req_ok_28
  004d8  LGET 0
  004da  PUSH 0
  004db  GT
  004dc  JUMPI
  004dd  PUSH 100
  004df  MALLOC
  004e0  DUP1
  004e1  PUSH 300
  004e4  PUSH 100
  004e6  DATACOPY
  004e7  PUSH 100
  004e9  REVERT
req_ok_28:
  004ea  JUMPDEST
    ; wrapped.coin:29: self.burn_from(msg.sender, amount)
  004eb  CALLER
  004ec  LGET 0
  004ee  CALLF @fn_Token_burn_from
    ; wrapped.coin:30: send(msg.sender, amount)
  004f1  CALLER
  004f2  LSET 1
  004f4  LGET 0
  004f6  LSET 2
  004f8  PUSH @send_ok_29
  004fb  GAS
  004fc  LGET 1
  004fe  LGET 2
  00500  PUSH0
  00501  PUSH0
  00502  PUSH0
  00503  PUSH0
  00504  CALL
  00505  JUMPI
  00506  PUSH @send_fail_30
  00509  RETURNDATASIZE
  0050a  ISZERO
  0050b  JUMPI
  0050c  RETURNDATASIZE
  0050d  MALLOC
  0050e  DUP1
  0050f  PUSH0
  00510  RETURNDATASIZE
  00511  RETURNDATACOPY
  00512  RETURNDATASIZE
  00513  REVERT
send_fail_30:
  00514  JUMPDEST
  00515  PUSH 100
  00517  MALLOC
  00518  DUP1
  00519  PUSH 400
  0051c  PUSH 100
  0051e  DATACOPY
  0051f  PUSH 100
  00521  REVERT
send_ok_29:
  00522  JUMPDEST
    ; wrapped.coin:31: emit Withdrawal(msg.sender, amount)
  00523  CALLER
  00524  LSET 1
  00526  PUSH 32
  00528  MALLOC
  00529  LSET 2
  0052b  LGET 2
  0052d  LGET 0
  0052f  MSTORE
  00530  LGET 2
  00532  PUSH 32
  00534  PUSH 0x7fcf532c15f0a6db0bd6d0e038bea71d30d808c7d98cb3bf7268a95bf5081b65
  00555  LGET 1
  00557  LOG2
    ; wrapped.coin:27: pub fn withdraw(amount: uint) {
  00558  RETF
fn_Token_before_transfer:
    ; token.coin:84: fn before_transfer(from: address, to: address, amount: uint) {
  00559  ENTER 3
  0055b  LSET 2
  0055d  LSET 1
  0055f  LSET 0
  00561  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  00562  ENTER 5
  00564  LSET 1
  00566  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  00568  LGET 0
  0056a  PUSH 0
  0056b  LGET 1
  0056d  CALLF @fn_Token_before_transfer
    ; token.coin:107: let held = self.balances[from]
  00570  PUSH0
  00571  LGET 0
  00573  MSTORE
  00574  PUSH 32
  00576  PUSH 4
  00578  MSTORE
  00579  PUSH0
  0057a  PUSH 64
  0057c  KECCAK256
  0057d  SLOAD
  0057e  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  00580  PUSH @req_ok_31
  00583  LGET 2
  00585  LGET 1
  00587  LT
  00588  ISZERO
  00589  JUMPI
  0058a  PUSH 100
  0058c  MALLOC
  0058d  DUP1
  0058e  PUSH 500
  00591  PUSH 100
  00593  DATACOPY
  00594  PUSH 100
  00596  REVERT
req_ok_31:
  00597  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  00598  LGET 2
  0059a  LGET 1
  0059c  CSUB
  0059d  PUSH0
  0059e  LGET 0
  005a0  MSTORE
  005a1  PUSH 32
  005a3  PUSH 4
  005a5  MSTORE
  005a6  PUSH0
  005a7  PUSH 64
  005a9  KECCAK256
  005aa  SWAP1
  005ab  SSTORE
    ; token.coin:110: self.supply -= amount
  005ac  PUSH 3
  005ae  DUP1
  005af  SLOAD
  005b0  LGET 1
  005b2  CSUB
  005b3  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  005b4  PUSH 0
  005b5  LSET 3
  005b7  PUSH 32
  005b9  MALLOC
  005ba  LSET 4
  005bc  LGET 4
  005be  LGET 1
  005c0  MSTORE
  005c1  LGET 4
  005c3  PUSH 32
  005c5  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  005e6  LGET 0
  005e8  LGET 3
  005ea  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  005eb  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  005ec  ENTER 4
  005ee  LSET 1
  005f0  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  005f2  PUSH @req_ok_32
  005f5  LGET 0
  005f7  PUSH 0
  005f8  EQ
  005f9  ISZERO
  005fa  JUMPI
  005fb  PUSH 100
  005fd  MALLOC
  005fe  DUP1
  005ff  PUSH 600
  00602  PUSH 100
  00604  DATACOPY
  00605  PUSH 100
  00607  REVERT
req_ok_32:
  00608  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  00609  PUSH 0
  0060a  LGET 0
  0060c  LGET 1
  0060e  CALLF @fn_Token_before_transfer
    ; token.coin:100: self.supply += amount
  00611  PUSH 3
  00613  DUP1
  00614  SLOAD
  00615  LGET 1
  00617  CADD
  00618  SSTORE
    ; token.coin:101: self.balances[to] += amount
  00619  PUSH0
  0061a  LGET 0
  0061c  MSTORE
  0061d  PUSH 32
  0061f  PUSH 4
  00621  MSTORE
  00622  PUSH0
  00623  PUSH 64
  00625  KECCAK256
  00626  DUP1
  00627  SLOAD
  00628  LGET 1
  0062a  CADD
  0062b  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  0062c  PUSH 0
  0062d  LSET 2
  0062f  PUSH 32
  00631  MALLOC
  00632  LSET 3
  00634  LGET 3
  00636  LGET 1
  00638  MSTORE
  00639  LGET 3
  0063b  PUSH 32
  0063d  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0065e  LGET 2
  00660  LGET 0
  00662  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  00663  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  00664  ENTER 5
  00666  LSET 2
  00668  LSET 1
  0066a  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  0066c  PUSH @req_ok_33
  0066f  LGET 1
  00671  PUSH 0
  00672  EQ
  00673  ISZERO
  00674  JUMPI
  00675  PUSH 100
  00677  MALLOC
  00678  DUP1
  00679  PUSH 700
  0067c  PUSH 100
  0067e  DATACOPY
  0067f  PUSH 100
  00681  REVERT
req_ok_33:
  00682  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  00683  LGET 0
  00685  LGET 1
  00687  LGET 2
  00689  CALLF @fn_Token_before_transfer
    ; token.coin:90: let held = self.balances[from]
  0068c  PUSH0
  0068d  LGET 0
  0068f  MSTORE
  00690  PUSH 32
  00692  PUSH 4
  00694  MSTORE
  00695  PUSH0
  00696  PUSH 64
  00698  KECCAK256
  00699  SLOAD
  0069a  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  0069c  PUSH @req_ok_34
  0069f  LGET 3
  006a1  LGET 2
  006a3  LT
  006a4  ISZERO
  006a5  JUMPI
  006a6  PUSH 100
  006a8  MALLOC
  006a9  DUP1
  006aa  PUSH 800
  006ad  PUSH 100
  006af  DATACOPY
  006b0  PUSH 100
  006b2  REVERT
req_ok_34:
  006b3  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  006b4  LGET 3
  006b6  LGET 2
  006b8  CSUB
  006b9  PUSH0
  006ba  LGET 0
  006bc  MSTORE
  006bd  PUSH 32
  006bf  PUSH 4
  006c1  MSTORE
  006c2  PUSH0
  006c3  PUSH 64
  006c5  KECCAK256
  006c6  SWAP1
  006c7  SSTORE
    ; token.coin:93: self.balances[to] += amount
  006c8  PUSH0
  006c9  LGET 1
  006cb  MSTORE
  006cc  PUSH 32
  006ce  PUSH 4
  006d0  MSTORE
  006d1  PUSH0
  006d2  PUSH 64
  006d4  KECCAK256
  006d5  DUP1
  006d6  SLOAD
  006d7  LGET 2
  006d9  CADD
  006da  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  006db  PUSH 32
  006dd  MALLOC
  006de  LSET 4
  006e0  LGET 4
  006e2  LGET 2
  006e4  MSTORE
  006e5  LGET 4
  006e7  PUSH 32
  006e9  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0070a  LGET 0
  0070c  LGET 1
  0070e  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  0070f  RETF
; ---- init section (214 bytes)
    ; wrapped.coin:7: contract WrappedCoin is Token {
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
    ; wrapped.coin:11: init(name: string, symbol: string) {
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 64
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
  000a7  CALLF @fn_WrappedCoin_init
  000aa  STOP
bad_input_2:
    ; wrapped.coin:7: contract WrappedCoin is Token {
  000ab  JUMPDEST
  000ac  PUSH0
  000ad  PUSH0
  000ae  REVERT
fn_WrappedCoin_init:
    ; wrapped.coin:11: init(name: string, symbol: string) {
  000af  ENTER 2
  000b1  LSET 1
  000b3  LSET 0
    ; wrapped.coin:12: Token.init(name, symbol, 18)
  000b5  LGET 0
  000b7  LGET 1
  000b9  PUSH 18
  000bb  CALLF @fn_Token_init
    ; wrapped.coin:11: init(name: string, symbol: string) {
  000be  RETF
fn_Token_init:
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000bf  ENTER 3
  000c1  LSET 2
  000c3  LSET 1
  000c5  LSET 0
    ; token.coin:29: self.token_name = name
  000c7  PUSH 0
  000c8  LGET 0
  000ca  SSTOREBYTES
    ; token.coin:30: self.token_symbol = symbol
  000cb  PUSH 1
  000cd  LGET 1
  000cf  SSTOREBYTES
    ; token.coin:31: self.token_decimals = decimals
  000d0  PUSH 2
  000d2  LGET 2
  000d4  SSTORE
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  000d5  RETF
; ---- data section (900 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  0000001b617070726f766520746f20746865207a65726f206164647265737300
  00060  0000000008c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  0000000000000016696e73756666696369656e7420616c6c6f77616e63650000
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  0000000000000000000000186465706f736974206d75737420626520706f7369
  00120  74697665000000000000000008c379a000000000000000000000000000000000
  00140  0000000000000000000000000000002000000000000000000000000000000000
  00160  00000000000000000000000000000020776974686472617720616d6f756e7420
  00180  6d75737420626520706f73697469766508c379a0000000000000000000000000
  001a0  0000000000000000000000000000000000000020000000000000000000000000
  001c0  000000000000000000000000000000000000001573656e643a207472616e7366
  001e0  6572206661696c6564000000000000000000000008c379a00000000000000000
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
