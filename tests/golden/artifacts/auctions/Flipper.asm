; contract Flipper
; ---- runtime section (4701 bytes)
    ; auctions.coin:45: contract Flipper is Owned {
  00000  ENTER 10
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
  00034  PUSH @ext_kick_5
  00037  DUP2
  00038  PUSH 0x9d14657f
  0003d  EQ
  0003e  JUMPI
  0003f  PUSH @ext_tick_6
  00042  DUP2
  00043  PUSH 0xfc7b6aee
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_tend_7
  0004d  DUP2
  0004e  PUSH 0x4b43ed12
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_dent_8
  00058  DUP2
  00059  PUSH 0x5ff3a382
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_deal_9
  00063  DUP2
  00064  PUSH 0xc959c42b
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_auction_10
  0006e  DUP2
  0006f  PUSH 0x1200617f
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_dealable_11
  00079  DUP2
  0007a  PUSH 0x58a76df2
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_get_held_12
  00084  DUP2
  00085  PUSH 0x9866298f
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH @ext_kicked_13
  0008f  DUP2
  00090  PUSH 0x56c00b3
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
  000a6  PUSH @fallback_1_revert
  000a9  CALLDATASIZE
  000aa  JUMPI
  000ab  CALLF @fn_Flipper_receive
  000ae  STOP
fallback_1_revert:
  000af  JUMPDEST
  000b0  PUSH0
  000b1  PUSH0
  000b2  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  000b3  JUMPDEST
  000b4  POP
  000b5  PUSH @novalue_15
  000b8  CALLVALUE
  000b9  ISZERO
  000ba  JUMPI
  000bb  PUSH0
  000bc  PUSH0
  000bd  REVERT
novalue_15:
  000be  JUMPDEST
  000bf  CALLF @fn_Owned_get_owner
  000c2  LSET 0
  000c4  PUSH 32
  000c6  MALLOC
  000c7  LSET 1
  000c9  LGET 1
  000cb  LGET 0
  000cd  MSTORE
  000ce  LGET 1
  000d0  PUSH 32
  000d2  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  000d3  JUMPDEST
  000d4  POP
  000d5  PUSH @novalue_16
  000d8  CALLVALUE
  000d9  ISZERO
  000da  JUMPI
  000db  PUSH0
  000dc  PUSH0
  000dd  REVERT
novalue_16:
  000de  JUMPDEST
  000df  PUSH @bad_input_17
  000e2  CALLDATASIZE
  000e3  PUSH 36
  000e5  LT
  000e6  JUMPI
  000e7  PUSH 4
  000e9  CALLDATALOAD
  000ea  PUSH @bad_input_17
  000ed  DUP2
  000ee  PUSH 160
  000f0  SHR
  000f1  JUMPI
  000f2  CALLF @fn_Owned_transfer_ownership
  000f5  STOP
ext_set_parameters_4:
    ; auctions.coin:69: pub fn set_parameters(beg: uint, ttl: uint, tau: uint) {
  000f6  JUMPDEST
  000f7  POP
  000f8  PUSH @novalue_18
  000fb  CALLVALUE
  000fc  ISZERO
  000fd  JUMPI
  000fe  PUSH0
  000ff  PUSH0
  00100  REVERT
novalue_18:
  00101  JUMPDEST
  00102  PUSH @bad_input_17
  00105  CALLDATASIZE
  00106  PUSH 100
  00108  LT
  00109  JUMPI
  0010a  PUSH 4
  0010c  CALLDATALOAD
  0010d  PUSH 36
  0010f  CALLDATALOAD
  00110  PUSH 68
  00112  CALLDATALOAD
  00113  CALLF @fn_Flipper_set_parameters
  00116  STOP
ext_kick_5:
    ; auctions.coin:91: pub fn kick(id: uint, owner: address, lot: uint, tab: uint, debt: uint, price: uint) -> uint {
  00117  JUMPDEST
  00118  POP
  00119  PUSH @novalue_19
  0011c  CALLVALUE
  0011d  ISZERO
  0011e  JUMPI
  0011f  PUSH0
  00120  PUSH0
  00121  REVERT
novalue_19:
  00122  JUMPDEST
  00123  PUSH @bad_input_17
  00126  CALLDATASIZE
  00127  PUSH 196
  00129  LT
  0012a  JUMPI
  0012b  PUSH 4
  0012d  CALLDATALOAD
  0012e  PUSH 36
  00130  CALLDATALOAD
  00131  PUSH @bad_input_17
  00134  DUP2
  00135  PUSH 160
  00137  SHR
  00138  JUMPI
  00139  PUSH 68
  0013b  CALLDATALOAD
  0013c  PUSH 100
  0013e  CALLDATALOAD
  0013f  PUSH 132
  00141  CALLDATALOAD
  00142  PUSH 164
  00144  CALLDATALOAD
  00145  CALLF @fn_Flipper_kick
  00148  LSET 0
  0014a  PUSH 32
  0014c  MALLOC
  0014d  LSET 1
  0014f  LGET 1
  00151  LGET 0
  00153  MSTORE
  00154  LGET 1
  00156  PUSH 32
  00158  RETURN
ext_tick_6:
    ; auctions.coin:107: pub fn tick(id: uint) {
  00159  JUMPDEST
  0015a  POP
  0015b  PUSH @novalue_20
  0015e  CALLVALUE
  0015f  ISZERO
  00160  JUMPI
  00161  PUSH0
  00162  PUSH0
  00163  REVERT
novalue_20:
  00164  JUMPDEST
  00165  PUSH @bad_input_17
  00168  CALLDATASIZE
  00169  PUSH 36
  0016b  LT
  0016c  JUMPI
  0016d  PUSH 4
  0016f  CALLDATALOAD
  00170  CALLF @fn_Flipper_tick
  00173  STOP
ext_tend_7:
    ; auctions.coin:118: pub fn tend(id: uint, lot: uint, bid: uint) {
  00174  JUMPDEST
  00175  POP
  00176  PUSH @novalue_21
  00179  CALLVALUE
  0017a  ISZERO
  0017b  JUMPI
  0017c  PUSH0
  0017d  PUSH0
  0017e  REVERT
novalue_21:
  0017f  JUMPDEST
  00180  PUSH @bad_input_17
  00183  CALLDATASIZE
  00184  PUSH 100
  00186  LT
  00187  JUMPI
  00188  PUSH 4
  0018a  CALLDATALOAD
  0018b  PUSH 36
  0018d  CALLDATALOAD
  0018e  PUSH 68
  00190  CALLDATALOAD
  00191  CALLF @fn_Flipper_tend
  00194  STOP
ext_dent_8:
    ; auctions.coin:139: pub fn dent(id: uint, lot: uint, bid: uint) {
  00195  JUMPDEST
  00196  POP
  00197  PUSH @novalue_22
  0019a  CALLVALUE
  0019b  ISZERO
  0019c  JUMPI
  0019d  PUSH0
  0019e  PUSH0
  0019f  REVERT
novalue_22:
  001a0  JUMPDEST
  001a1  PUSH @bad_input_17
  001a4  CALLDATASIZE
  001a5  PUSH 100
  001a7  LT
  001a8  JUMPI
  001a9  PUSH 4
  001ab  CALLDATALOAD
  001ac  PUSH 36
  001ae  CALLDATALOAD
  001af  PUSH 68
  001b1  CALLDATALOAD
  001b2  CALLF @fn_Flipper_dent
  001b5  STOP
ext_deal_9:
    ; auctions.coin:160: pub fn deal(id: uint) {
  001b6  JUMPDEST
  001b7  POP
  001b8  PUSH @novalue_23
  001bb  CALLVALUE
  001bc  ISZERO
  001bd  JUMPI
  001be  PUSH0
  001bf  PUSH0
  001c0  REVERT
novalue_23:
  001c1  JUMPDEST
  001c2  PUSH @bad_input_17
  001c5  CALLDATASIZE
  001c6  PUSH 36
  001c8  LT
  001c9  JUMPI
  001ca  PUSH 4
  001cc  CALLDATALOAD
  001cd  CALLF @fn_Flipper_deal
  001d0  STOP
ext_auction_10:
    ; auctions.coin:184: pub view fn auction(id: uint) -> Bid {
  001d1  JUMPDEST
  001d2  POP
  001d3  PUSH @novalue_24
  001d6  CALLVALUE
  001d7  ISZERO
  001d8  JUMPI
  001d9  PUSH0
  001da  PUSH0
  001db  REVERT
novalue_24:
  001dc  JUMPDEST
  001dd  PUSH @bad_input_17
  001e0  CALLDATASIZE
  001e1  PUSH 36
  001e3  LT
  001e4  JUMPI
  001e5  PUSH 4
  001e7  CALLDATALOAD
  001e8  CALLF @fn_Flipper_auction
  001eb  LSET 8
  001ed  LSET 7
  001ef  LSET 6
  001f1  LSET 5
  001f3  LSET 4
  001f5  LSET 3
  001f7  LSET 2
  001f9  LSET 1
  001fb  LSET 0
  001fd  PUSH 288
  00200  MALLOC
  00201  LSET 9
  00203  LGET 9
  00205  LGET 0
  00207  MSTORE
  00208  LGET 9
  0020a  PUSH 32
  0020c  ADD
  0020d  LGET 1
  0020f  MSTORE
  00210  LGET 9
  00212  PUSH 64
  00214  ADD
  00215  LGET 2
  00217  MSTORE
  00218  LGET 9
  0021a  PUSH 96
  0021c  ADD
  0021d  LGET 3
  0021f  MSTORE
  00220  LGET 9
  00222  PUSH 128
  00224  ADD
  00225  LGET 4
  00227  MSTORE
  00228  LGET 9
  0022a  PUSH 160
  0022c  ADD
  0022d  LGET 5
  0022f  MSTORE
  00230  LGET 9
  00232  PUSH 192
  00234  ADD
  00235  LGET 6
  00237  MSTORE
  00238  LGET 9
  0023a  PUSH 224
  0023c  ADD
  0023d  LGET 7
  0023f  MSTORE
  00240  LGET 9
  00242  PUSH 256
  00245  ADD
  00246  LGET 8
  00248  MSTORE
  00249  LGET 9
  0024b  PUSH 288
  0024e  RETURN
ext_dealable_11:
    ; auctions.coin:189: pub view fn dealable(id: uint) -> bool {
  0024f  JUMPDEST
  00250  POP
  00251  PUSH @novalue_25
  00254  CALLVALUE
  00255  ISZERO
  00256  JUMPI
  00257  PUSH0
  00258  PUSH0
  00259  REVERT
novalue_25:
  0025a  JUMPDEST
  0025b  PUSH @bad_input_17
  0025e  CALLDATASIZE
  0025f  PUSH 36
  00261  LT
  00262  JUMPI
  00263  PUSH 4
  00265  CALLDATALOAD
  00266  CALLF @fn_Flipper_dealable
  00269  LSET 0
  0026b  PUSH 32
  0026d  MALLOC
  0026e  LSET 1
  00270  LGET 1
  00272  LGET 0
  00274  MSTORE
  00275  LGET 1
  00277  PUSH 32
  00279  RETURN
ext_get_held_12:
    ; auctions.coin:194: pub view fn get_held() -> uint {
  0027a  JUMPDEST
  0027b  POP
  0027c  PUSH @novalue_26
  0027f  CALLVALUE
  00280  ISZERO
  00281  JUMPI
  00282  PUSH0
  00283  PUSH0
  00284  REVERT
novalue_26:
  00285  JUMPDEST
  00286  CALLF @fn_Flipper_get_held
  00289  LSET 0
  0028b  PUSH 32
  0028d  MALLOC
  0028e  LSET 1
  00290  LGET 1
  00292  LGET 0
  00294  MSTORE
  00295  LGET 1
  00297  PUSH 32
  00299  RETURN
ext_kicked_13:
    ; auctions.coin:198: pub view fn kicked() -> uint {
  0029a  JUMPDEST
  0029b  POP
  0029c  PUSH @novalue_27
  0029f  CALLVALUE
  002a0  ISZERO
  002a1  JUMPI
  002a2  PUSH0
  002a3  PUSH0
  002a4  REVERT
novalue_27:
  002a5  JUMPDEST
  002a6  CALLF @fn_Flipper_kicked
  002a9  LSET 0
  002ab  PUSH 32
  002ad  MALLOC
  002ae  LSET 1
  002b0  LGET 1
  002b2  LGET 0
  002b4  MSTORE
  002b5  LGET 1
  002b7  PUSH 32
  002b9  RETURN
ext_parameters_14:
    ; auctions.coin:202: pub view fn parameters() -> FlipParameters {
  002ba  JUMPDEST
  002bb  POP
  002bc  PUSH @novalue_28
  002bf  CALLVALUE
  002c0  ISZERO
  002c1  JUMPI
  002c2  PUSH0
  002c3  PUSH0
  002c4  REVERT
novalue_28:
  002c5  JUMPDEST
  002c6  CALLF @fn_Flipper_parameters
  002c9  LSET 2
  002cb  LSET 1
  002cd  LSET 0
  002cf  PUSH 96
  002d1  MALLOC
  002d2  LSET 3
  002d4  LGET 3
  002d6  LGET 0
  002d8  MSTORE
  002d9  LGET 3
  002db  PUSH 32
  002dd  ADD
  002de  LGET 1
  002e0  MSTORE
  002e1  LGET 3
  002e3  PUSH 64
  002e5  ADD
  002e6  LGET 2
  002e8  MSTORE
  002e9  LGET 3
  002eb  PUSH 96
  002ed  RETURN
bad_input_17:
    ; auctions.coin:45: contract Flipper is Owned {
  002ee  JUMPDEST
  002ef  PUSH0
  002f0  PUSH0
  002f1  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  002f2  ENTER 0
    ; access.coin:14: return self.owner
  002f4  PUSH 0
  002f5  SLOAD
  002f6  RETF
  002f7  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  002f8  ENTER 2
  002fa  LSET 0
    ; access.coin:18: self.only_owner()
  002fc  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  002ff  PUSH @req_ok_29
  00302  LGET 0
  00304  PUSH 0
  00305  EQ
  00306  ISZERO
  00307  JUMPI
  00308  PUSH 100
  0030a  MALLOC
  0030b  DUP1
  0030c  PUSH 0
  0030d  PUSH 100
  0030f  DATACOPY
  00310  PUSH 100
  00312  REVERT
req_ok_29:
  00313  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00314  PUSH 0
  00315  SLOAD
  00316  LSET 1
  00318  PUSH0
  00319  PUSH0
  0031a  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0033b  LGET 1
  0033d  LGET 0
  0033f  LOG3
    ; access.coin:21: self.owner = next
  00340  PUSH 0
  00341  LGET 0
  00343  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00344  RETF
fn_Flipper_set_parameters:
    ; auctions.coin:69: pub fn set_parameters(beg: uint, ttl: uint, tau: uint) {
  00345  ENTER 3
  00347  LSET 2
  00349  LSET 1
  0034b  LSET 0
    ; auctions.coin:70: self.only_owner()
  0034d  CALLF @fn_Owned_only_owner
    ; auctions.coin:71: self.set_all(beg, ttl, tau)
  00350  LGET 0
  00352  LGET 1
  00354  LGET 2
  00356  CALLF @fn_Flipper_set_all
    ; auctions.coin:69: pub fn set_parameters(beg: uint, ttl: uint, tau: uint) {
  00359  RETF
fn_Flipper_receive:
    ; auctions.coin:87: pub payable fn receive() {
  0035a  ENTER 0
    ; auctions.coin:88: require(msg.sender == self.engine, "only the engine sends collateral")
  0035c  PUSH @req_ok_30
  0035f  CALLER
  00360  PUSH 1
  00362  SLOAD
  00363  EQ
  00364  JUMPI
  00365  PUSH 100
  00367  MALLOC
  00368  DUP1
  00369  PUSH 100
  0036b  PUSH 100
  0036d  DATACOPY
  0036e  PUSH 100
  00370  REVERT
req_ok_30:
  00371  JUMPDEST
    ; auctions.coin:87: pub payable fn receive() {
  00372  RETF
fn_Flipper_kick:
    ; auctions.coin:91: pub fn kick(id: uint, owner: address, lot: uint, tab: uint, debt: uint, price: uint) -> uint {
  00373  ENTER 8
  00375  LSET 5
  00377  LSET 4
  00379  LSET 3
  0037b  LSET 2
  0037d  LSET 1
  0037f  LSET 0
    ; auctions.coin:92: require(msg.sender == self.engine, "caller is not the engine")
  00381  PUSH @req_ok_31
  00384  CALLER
  00385  PUSH 1
  00387  SLOAD
  00388  EQ
  00389  JUMPI
  0038a  PUSH 100
  0038c  MALLOC
  0038d  DUP1
  0038e  PUSH 200
  00390  PUSH 100
  00392  DATACOPY
  00393  PUSH 100
  00395  REVERT
req_ok_31:
  00396  JUMPDEST
    ; auctions.coin:93: require(not self.bids[id].active and self.bids[id].end == 0, "auction id already used")
  00397  PUSH @req_ok_32
  0039a  PUSH0
  0039b  LGET 0
  0039d  MSTORE
  0039e  PUSH 32
  003a0  PUSH 6
  003a2  MSTORE
  003a3  PUSH0
  003a4  PUSH 64
  003a6  KECCAK256
  003a7  PUSH 8
  003a9  ADD
  003aa  SLOAD
  003ab  ISZERO
  003ac  DUP1
  003ad  ISZERO
  003ae  PUSH @and_33
  003b1  SWAP1
  003b2  JUMPI
  003b3  POP
  003b4  PUSH0
  003b5  LGET 0
  003b7  MSTORE
  003b8  PUSH 32
  003ba  PUSH 6
  003bc  MSTORE
  003bd  PUSH0
  003be  PUSH 64
  003c0  KECCAK256
  003c1  PUSH 4
  003c3  ADD
  003c4  SLOAD
  003c5  PUSH 0
  003c6  EQ
and_33:
  003c7  JUMPDEST
  003c8  JUMPI
  003c9  PUSH 100
  003cb  MALLOC
  003cc  DUP1
  003cd  PUSH 300
  003d0  PUSH 100
  003d2  DATACOPY
  003d3  PUSH 100
  003d5  REVERT
req_ok_32:
  003d6  JUMPDEST
    ; auctions.coin:94: require(lot > 0, "nothing to auction")
  003d7  PUSH @req_ok_34
  003da  LGET 2
  003dc  PUSH 0
  003dd  GT
  003de  JUMPI
  003df  PUSH 100
  003e1  MALLOC
  003e2  DUP1
  003e3  PUSH 400
  003e6  PUSH 100
  003e8  DATACOPY
  003e9  PUSH 100
  003eb  REVERT
req_ok_34:
  003ec  JUMPDEST
    ; auctions.coin:95: require(tab > 0, "nothing to raise")
  003ed  PUSH @req_ok_35
  003f0  LGET 3
  003f2  PUSH 0
  003f3  GT
  003f4  JUMPI
  003f5  PUSH 100
  003f7  MALLOC
  003f8  DUP1
  003f9  PUSH 500
  003fc  PUSH 100
  003fe  DATACOPY
  003ff  PUSH 100
  00401  REVERT
req_ok_35:
  00402  JUMPDEST
    ; auctions.coin:96: require(balance(this) >= self.held + lot, "collateral not received")
  00403  PUSH @req_ok_36
  00406  SELFBALANCE
  00407  PUSH 7
  00409  SLOAD
  0040a  LGET 2
  0040c  CADD
  0040d  LT
  0040e  ISZERO
  0040f  JUMPI
  00410  PUSH 100
  00412  MALLOC
  00413  DUP1
  00414  PUSH 600
  00417  PUSH 100
  00419  DATACOPY
  0041a  PUSH 100
  0041c  REVERT
req_ok_36:
  0041d  JUMPDEST
    ; auctions.coin:97: self.held += lot
  0041e  PUSH 7
  00420  DUP1
  00421  SLOAD
  00422  LGET 2
  00424  CADD
  00425  SSTORE
    ; auctions.coin:98: self.kicks += 1
  00426  PUSH 8
  00428  DUP1
  00429  SLOAD
  0042a  PUSH 1
  0042c  CADD
  0042d  SSTORE
    ; auctions.coin:99: let end = block.timestamp + self.tau
  0042e  TIMESTAMP
  0042f  PUSH 5
  00431  SLOAD
  00432  CADD
  00433  LSET 6
    ; auctions.coin:100: self.bids[id] = Bid(bid: 0, lot: lot, guy: msg.sender, tic: 0, end: end, owner: owner, tab: tab,
  00435  PUSH 0
  00436  LGET 2
  00438  CALLER
  00439  PUSH 0
  0043a  LGET 6
  0043c  LGET 1
  0043e  LGET 3
    ; auctions.coin:101: debt: debt, active: true)
  00440  LGET 4
  00442  PUSH 1
    ; auctions.coin:100: self.bids[id] = Bid(bid: 0, lot: lot, guy: msg.sender, tic: 0, end: end, owner: owner, tab: tab,
  00444  PUSH0
  00445  LGET 0
  00447  MSTORE
  00448  PUSH 32
  0044a  PUSH 6
  0044c  MSTORE
  0044d  PUSH0
  0044e  PUSH 64
  00450  KECCAK256
  00451  LSET 7
  00453  LGET 7
  00455  PUSH 8
  00457  ADD
  00458  SWAP1
  00459  SSTORE
  0045a  LGET 7
  0045c  PUSH 7
  0045e  ADD
  0045f  SWAP1
  00460  SSTORE
  00461  LGET 7
  00463  PUSH 6
  00465  ADD
  00466  SWAP1
  00467  SSTORE
  00468  LGET 7
  0046a  PUSH 5
  0046c  ADD
  0046d  SWAP1
  0046e  SSTORE
  0046f  LGET 7
  00471  PUSH 4
  00473  ADD
  00474  SWAP1
  00475  SSTORE
  00476  LGET 7
  00478  PUSH 3
  0047a  ADD
  0047b  SWAP1
  0047c  SSTORE
  0047d  LGET 7
  0047f  PUSH 2
  00481  ADD
  00482  SWAP1
  00483  SSTORE
  00484  LGET 7
  00486  PUSH 1
  00488  ADD
  00489  SWAP1
  0048a  SSTORE
  0048b  LGET 7
  0048d  SWAP1
  0048e  SSTORE
    ; auctions.coin:102: emit Kick(id, owner, lot, tab, end)
  0048f  PUSH 96
  00491  MALLOC
  00492  LSET 7
  00494  LGET 7
  00496  LGET 2
  00498  MSTORE
  00499  LGET 7
  0049b  PUSH 32
  0049d  ADD
  0049e  LGET 3
  004a0  MSTORE
  004a1  LGET 7
  004a3  PUSH 64
  004a5  ADD
  004a6  LGET 6
  004a8  MSTORE
  004a9  LGET 7
  004ab  PUSH 96
  004ad  PUSH 0xbe4bb9006f06a2caa43b26854aabd54fb91b341dbb68e899a717a64687b7f518
  004ce  LGET 0
  004d0  LGET 1
  004d2  LOG3
    ; auctions.coin:103: return id
  004d3  LGET 0
  004d5  RETF
  004d6  INVALID
fn_Flipper_tick:
    ; auctions.coin:107: pub fn tick(id: uint) {
  004d7  ENTER 12
  004d9  LSET 0
    ; auctions.coin:108: let b = self.bids[id]
  004db  PUSH0
  004dc  LGET 0
  004de  MSTORE
  004df  PUSH 32
  004e1  PUSH 6
  004e3  MSTORE
  004e4  PUSH0
  004e5  PUSH 64
  004e7  KECCAK256
  004e8  LSET 10
  004ea  LGET 10
  004ec  SLOAD
  004ed  LGET 10
  004ef  PUSH 1
  004f1  ADD
  004f2  SLOAD
  004f3  LGET 10
  004f5  PUSH 2
  004f7  ADD
  004f8  SLOAD
  004f9  LGET 10
  004fb  PUSH 3
  004fd  ADD
  004fe  SLOAD
  004ff  LGET 10
  00501  PUSH 4
  00503  ADD
  00504  SLOAD
  00505  LGET 10
  00507  PUSH 5
  00509  ADD
  0050a  SLOAD
  0050b  LGET 10
  0050d  PUSH 6
  0050f  ADD
  00510  SLOAD
  00511  LGET 10
  00513  PUSH 7
  00515  ADD
  00516  SLOAD
  00517  LGET 10
  00519  PUSH 8
  0051b  ADD
  0051c  SLOAD
  0051d  LSET 9
  0051f  LSET 8
  00521  LSET 7
  00523  LSET 6
  00525  LSET 5
  00527  LSET 4
  00529  LSET 3
  0052b  LSET 2
  0052d  LSET 1
    ; auctions.coin:109: require(b.active, "auction is not active")
  0052f  PUSH @req_ok_37
  00532  LGET 9
  00534  JUMPI
  00535  PUSH 100
  00537  MALLOC
  00538  DUP1
  00539  PUSH 700
  0053c  PUSH 100
  0053e  DATACOPY
  0053f  PUSH 100
  00541  REVERT
req_ok_37:
  00542  JUMPDEST
    ; auctions.coin:110: require(b.end < block.timestamp, "auction has not ended")
  00543  PUSH @req_ok_38
  00546  LGET 5
  00548  TIMESTAMP
  00549  LT
  0054a  JUMPI
  0054b  PUSH 100
  0054d  MALLOC
  0054e  DUP1
  0054f  PUSH 800
  00552  PUSH 100
  00554  DATACOPY
  00555  PUSH 100
  00557  REVERT
req_ok_38:
  00558  JUMPDEST
    ; auctions.coin:111: require(b.tic == 0, "auction has a bid")
  00559  PUSH @req_ok_39
  0055c  LGET 4
  0055e  PUSH 0
  0055f  EQ
  00560  JUMPI
  00561  PUSH 100
  00563  MALLOC
  00564  DUP1
  00565  PUSH 900
  00568  PUSH 100
  0056a  DATACOPY
  0056b  PUSH 100
  0056d  REVERT
req_ok_39:
  0056e  JUMPDEST
    ; auctions.coin:112: b.end = block.timestamp + self.tau
  0056f  TIMESTAMP
  00570  PUSH 5
  00572  SLOAD
  00573  CADD
  00574  LSET 5
    ; auctions.coin:113: self.bids[id] = b
  00576  LGET 1
  00578  LGET 2
  0057a  LGET 3
  0057c  LGET 4
  0057e  LGET 5
  00580  LGET 6
  00582  LGET 7
  00584  LGET 8
  00586  LGET 9
  00588  PUSH0
  00589  LGET 0
  0058b  MSTORE
  0058c  PUSH 32
  0058e  PUSH 6
  00590  MSTORE
  00591  PUSH0
  00592  PUSH 64
  00594  KECCAK256
  00595  LSET 10
  00597  LGET 10
  00599  PUSH 8
  0059b  ADD
  0059c  SWAP1
  0059d  SSTORE
  0059e  LGET 10
  005a0  PUSH 7
  005a2  ADD
  005a3  SWAP1
  005a4  SSTORE
  005a5  LGET 10
  005a7  PUSH 6
  005a9  ADD
  005aa  SWAP1
  005ab  SSTORE
  005ac  LGET 10
  005ae  PUSH 5
  005b0  ADD
  005b1  SWAP1
  005b2  SSTORE
  005b3  LGET 10
  005b5  PUSH 4
  005b7  ADD
  005b8  SWAP1
  005b9  SSTORE
  005ba  LGET 10
  005bc  PUSH 3
  005be  ADD
  005bf  SWAP1
  005c0  SSTORE
  005c1  LGET 10
  005c3  PUSH 2
  005c5  ADD
  005c6  SWAP1
  005c7  SSTORE
  005c8  LGET 10
  005ca  PUSH 1
  005cc  ADD
  005cd  SWAP1
  005ce  SSTORE
  005cf  LGET 10
  005d1  SWAP1
  005d2  SSTORE
    ; auctions.coin:114: emit Tick(id, b.end)
  005d3  LGET 5
  005d5  LSET 10
  005d7  PUSH 32
  005d9  MALLOC
  005da  LSET 11
  005dc  LGET 11
  005de  LGET 10
  005e0  MSTORE
  005e1  LGET 11
  005e3  PUSH 32
  005e5  PUSH 0xef885d13ae547f2952755e35bb377846c2c38bfb21d20b5f5fabe27e4b68825f
  00606  LGET 0
  00608  LOG2
    ; auctions.coin:107: pub fn tick(id: uint) {
  00609  RETF
fn_Flipper_tend:
    ; auctions.coin:118: pub fn tend(id: uint, lot: uint, bid: uint) {
  0060a  ENTER 20
  0060c  LSET 2
  0060e  LSET 1
  00610  LSET 0
    ; auctions.coin:119: let b = self.bids[id]
  00612  PUSH0
  00613  LGET 0
  00615  MSTORE
  00616  PUSH 32
  00618  PUSH 6
  0061a  MSTORE
  0061b  PUSH0
  0061c  PUSH 64
  0061e  KECCAK256
  0061f  LSET 14
  00621  LGET 14
  00623  SLOAD
  00624  LGET 14
  00626  PUSH 1
  00628  ADD
  00629  SLOAD
  0062a  LGET 14
  0062c  PUSH 2
  0062e  ADD
  0062f  SLOAD
  00630  LGET 14
  00632  PUSH 3
  00634  ADD
  00635  SLOAD
  00636  LGET 14
  00638  PUSH 4
  0063a  ADD
  0063b  SLOAD
  0063c  LGET 14
  0063e  PUSH 5
  00640  ADD
  00641  SLOAD
  00642  LGET 14
  00644  PUSH 6
  00646  ADD
  00647  SLOAD
  00648  LGET 14
  0064a  PUSH 7
  0064c  ADD
  0064d  SLOAD
  0064e  LGET 14
  00650  PUSH 8
  00652  ADD
  00653  SLOAD
  00654  LSET 11
  00656  LSET 10
  00658  LSET 9
  0065a  LSET 8
  0065c  LSET 7
  0065e  LSET 6
  00660  LSET 5
  00662  LSET 4
  00664  LSET 3
    ; auctions.coin:120: self.biddable(b)
  00666  LGET 3
  00668  LGET 4
  0066a  LGET 5
  0066c  LGET 6
  0066e  LGET 7
  00670  LGET 8
  00672  LGET 9
  00674  LGET 10
  00676  LGET 11
  00678  CALLF @fn_Flipper_biddable
    ; auctions.coin:121: require(lot == b.lot, "lot does not match")
  0067b  PUSH @req_ok_40
  0067e  LGET 1
  00680  LGET 4
  00682  EQ
  00683  JUMPI
  00684  PUSH 100
  00686  MALLOC
  00687  DUP1
  00688  PUSH 1000
  0068b  PUSH 100
  0068d  DATACOPY
  0068e  PUSH 100
  00690  REVERT
req_ok_40:
  00691  JUMPDEST
    ; auctions.coin:122: require(bid <= b.tab, "bid is higher than tab")
  00692  PUSH @req_ok_41
  00695  LGET 2
  00697  LGET 9
  00699  GT
  0069a  ISZERO
  0069b  JUMPI
  0069c  PUSH 100
  0069e  MALLOC
  0069f  DUP1
  006a0  PUSH 1100
  006a3  PUSH 100
  006a5  DATACOPY
  006a6  PUSH 100
  006a8  REVERT
req_ok_41:
  006a9  JUMPDEST
    ; auctions.coin:123: require(bid > b.bid, "bid is not higher")
  006aa  PUSH @req_ok_42
  006ad  LGET 2
  006af  LGET 3
  006b1  GT
  006b2  JUMPI
  006b3  PUSH 100
  006b5  MALLOC
  006b6  DUP1
  006b7  PUSH 1200
  006ba  PUSH 100
  006bc  DATACOPY
  006bd  PUSH 100
  006bf  REVERT
req_ok_42:
  006c0  JUMPDEST
    ; auctions.coin:124: require(bid * WAD >= self.beg * b.bid or bid == b.tab, "bid increase is below beg")
  006c1  PUSH @req_ok_43
  006c4  LGET 2
  006c6  PUSH 0xde0b6b3a7640000
  006cf  CMUL
  006d0  PUSH 3
  006d2  SLOAD
  006d3  LGET 3
  006d5  CMUL
  006d6  LT
  006d7  ISZERO
  006d8  DUP1
  006d9  PUSH @or_44
  006dc  SWAP1
  006dd  JUMPI
  006de  POP
  006df  LGET 2
  006e1  LGET 9
  006e3  EQ
or_44:
  006e4  JUMPDEST
  006e5  JUMPI
  006e6  PUSH 100
  006e8  MALLOC
  006e9  DUP1
  006ea  PUSH 1300
  006ed  PUSH 100
  006ef  DATACOPY
  006f0  PUSH 100
  006f2  REVERT
req_ok_43:
  006f3  JUMPDEST
    ; auctions.coin:125: let previous = b.guy
  006f4  LGET 5
  006f6  LSET 12
    ; auctions.coin:126: let refund = b.bid
  006f8  LGET 3
  006fa  LSET 13
    ; auctions.coin:127: b.guy = msg.sender
  006fc  CALLER
  006fd  LSET 5
    ; auctions.coin:128: b.bid = bid
  006ff  LGET 2
  00701  LSET 3
    ; auctions.coin:129: b.tic = block.timestamp + self.ttl
  00703  TIMESTAMP
  00704  PUSH 4
  00706  SLOAD
  00707  CADD
  00708  LSET 6
    ; auctions.coin:130: self.bids[id] = b
  0070a  LGET 3
  0070c  LGET 4
  0070e  LGET 5
  00710  LGET 6
  00712  LGET 7
  00714  LGET 8
  00716  LGET 9
  00718  LGET 10
  0071a  LGET 11
  0071c  PUSH0
  0071d  LGET 0
  0071f  MSTORE
  00720  PUSH 32
  00722  PUSH 6
  00724  MSTORE
  00725  PUSH0
  00726  PUSH 64
  00728  KECCAK256
  00729  LSET 14
  0072b  LGET 14
  0072d  PUSH 8
  0072f  ADD
  00730  SWAP1
  00731  SSTORE
  00732  LGET 14
  00734  PUSH 7
  00736  ADD
  00737  SWAP1
  00738  SSTORE
  00739  LGET 14
  0073b  PUSH 6
  0073d  ADD
  0073e  SWAP1
  0073f  SSTORE
  00740  LGET 14
  00742  PUSH 5
  00744  ADD
  00745  SWAP1
  00746  SSTORE
  00747  LGET 14
  00749  PUSH 4
  0074b  ADD
  0074c  SWAP1
  0074d  SSTORE
  0074e  LGET 14
  00750  PUSH 3
  00752  ADD
  00753  SWAP1
  00754  SSTORE
  00755  LGET 14
  00757  PUSH 2
  00759  ADD
  0075a  SWAP1
  0075b  SSTORE
  0075c  LGET 14
  0075e  PUSH 1
  00760  ADD
  00761  SWAP1
  00762  SSTORE
  00763  LGET 14
  00765  SWAP1
  00766  SSTORE
    ; auctions.coin:131: require(ERC20(self.coin).transferFrom(msg.sender, this, bid), "vault coin transfer in failed")
  00767  PUSH @req_ok_45
  0076a  PUSH 2
  0076c  SLOAD
  0076d  LSET 14
  0076f  CALLER
  00770  LSET 15
  00772  ADDRESS
  00773  LSET 16
  00775  LGET 2
  00777  LSET 17
  00779  PUSH @has_code_46
  0077c  LGET 14
  0077e  EXTCODESIZE
  0077f  JUMPI
  00780  PUSH 132
  00782  MALLOC
  00783  DUP1
  00784  PUSH 1400
  00787  PUSH 132
  00789  DATACOPY
  0078a  PUSH 132
  0078c  REVERT
has_code_46:
  0078d  JUMPDEST
  0078e  PUSH 100
  00790  MALLOC
  00791  LSET 18
  00793  LGET 18
  00795  PUSH 0x23b872dd00000000000000000000000000000000000000000000000000000000
  007b6  MSTORE
  007b7  LGET 18
  007b9  PUSH 4
  007bb  ADD
  007bc  LGET 15
  007be  MSTORE
  007bf  LGET 18
  007c1  PUSH 36
  007c3  ADD
  007c4  LGET 16
  007c6  MSTORE
  007c7  LGET 18
  007c9  PUSH 68
  007cb  ADD
  007cc  LGET 17
  007ce  MSTORE
  007cf  PUSH @call_ok_47
  007d2  GAS
  007d3  LGET 14
  007d5  PUSH0
  007d6  LGET 18
  007d8  PUSH 100
  007da  PUSH0
  007db  PUSH0
  007dc  CALL
  007dd  JUMPI
  007de  RETURNDATASIZE
  007df  MALLOC
  007e0  DUP1
  007e1  PUSH0
  007e2  RETURNDATASIZE
  007e3  RETURNDATACOPY
  007e4  RETURNDATASIZE
  007e5  REVERT
call_ok_47:
  007e6  JUMPDEST
  007e7  PUSH @ret_ok_48
  007ea  RETURNDATASIZE
  007eb  PUSH 32
  007ed  LT
  007ee  ISZERO
  007ef  JUMPI
  007f0  PUSH 132
  007f2  MALLOC
  007f3  DUP1
  007f4  PUSH 1532
  007f7  PUSH 132
  007f9  DATACOPY
  007fa  PUSH 132
  007fc  REVERT
ret_ok_48:
  007fd  JUMPDEST
  007fe  PUSH 32
  00800  MALLOC
  00801  LSET 19
  00803  LGET 19
  00805  PUSH0
  00806  PUSH 32
  00808  RETURNDATACOPY
  00809  LGET 19
  0080b  MLOAD
  0080c  JUMPI
  0080d  PUSH 100
  0080f  MALLOC
  00810  DUP1
  00811  PUSH 1664
  00814  PUSH 100
  00816  DATACOPY
  00817  PUSH 100
  00819  REVERT
req_ok_45:
  0081a  JUMPDEST
    ; auctions.coin:132: if refund > 0 {
  0081b  PUSH @else_49
  0081e  LGET 13
  00820  PUSH 0
  00821  GT
  00822  ISZERO
  00823  JUMPI
    ; auctions.coin:133: require(ERC20(self.coin).transfer(previous, refund), "refund failed")
  00824  PUSH @req_ok_50
  00827  PUSH 2
  00829  SLOAD
  0082a  LSET 14
  0082c  LGET 12
  0082e  LSET 15
  00830  LGET 13
  00832  LSET 16
  00834  PUSH @has_code_51
  00837  LGET 14
  00839  EXTCODESIZE
  0083a  JUMPI
  0083b  PUSH 132
  0083d  MALLOC
  0083e  DUP1
  0083f  PUSH 1764
  00842  PUSH 132
  00844  DATACOPY
  00845  PUSH 132
  00847  REVERT
has_code_51:
  00848  JUMPDEST
  00849  PUSH 68
  0084b  MALLOC
  0084c  LSET 17
  0084e  LGET 17
  00850  PUSH 0xa9059cbb00000000000000000000000000000000000000000000000000000000
  00871  MSTORE
  00872  LGET 17
  00874  PUSH 4
  00876  ADD
  00877  LGET 15
  00879  MSTORE
  0087a  LGET 17
  0087c  PUSH 36
  0087e  ADD
  0087f  LGET 16
  00881  MSTORE
  00882  PUSH @call_ok_52
  00885  GAS
  00886  LGET 14
  00888  PUSH0
  00889  LGET 17
  0088b  PUSH 68
  0088d  PUSH0
  0088e  PUSH0
  0088f  CALL
  00890  JUMPI
  00891  RETURNDATASIZE
  00892  MALLOC
  00893  DUP1
  00894  PUSH0
  00895  RETURNDATASIZE
  00896  RETURNDATACOPY
  00897  RETURNDATASIZE
  00898  REVERT
call_ok_52:
  00899  JUMPDEST
  0089a  PUSH @ret_ok_53
  0089d  RETURNDATASIZE
  0089e  PUSH 32
  008a0  LT
  008a1  ISZERO
  008a2  JUMPI
  008a3  PUSH 132
  008a5  MALLOC
  008a6  DUP1
  008a7  PUSH 1896
  008aa  PUSH 132
  008ac  DATACOPY
  008ad  PUSH 132
  008af  REVERT
ret_ok_53:
  008b0  JUMPDEST
  008b1  PUSH 32
  008b3  MALLOC
  008b4  LSET 18
  008b6  LGET 18
  008b8  PUSH0
  008b9  PUSH 32
  008bb  RETURNDATACOPY
  008bc  LGET 18
  008be  MLOAD
  008bf  JUMPI
  008c0  PUSH 100
  008c2  MALLOC
  008c3  DUP1
  008c4  PUSH 2028
  008c7  PUSH 100
  008c9  DATACOPY
  008ca  PUSH 100
  008cc  REVERT
req_ok_50:
  008cd  JUMPDEST
else_49:
  008ce  JUMPDEST
    ; auctions.coin:135: emit Tend(id, msg.sender, lot, bid, b.tic)
  008cf  CALLER
  008d0  LSET 14
  008d2  LGET 6
  008d4  LSET 15
  008d6  PUSH 96
  008d8  MALLOC
  008d9  LSET 16
  008db  LGET 16
  008dd  LGET 1
  008df  MSTORE
  008e0  LGET 16
  008e2  PUSH 32
  008e4  ADD
  008e5  LGET 2
  008e7  MSTORE
  008e8  LGET 16
  008ea  PUSH 64
  008ec  ADD
  008ed  LGET 15
  008ef  MSTORE
  008f0  LGET 16
  008f2  PUSH 96
  008f4  PUSH 0x61cfd86b34c22ebd9a62cb61a0a93af1fce90d453ce1dc7f650d44fd73790127
  00915  LGET 0
  00917  LGET 14
  00919  LOG3
    ; auctions.coin:118: pub fn tend(id: uint, lot: uint, bid: uint) {
  0091a  RETF
fn_Flipper_dent:
    ; auctions.coin:139: pub fn dent(id: uint, lot: uint, bid: uint) {
  0091b  ENTER 20
  0091d  LSET 2
  0091f  LSET 1
  00921  LSET 0
    ; auctions.coin:140: let b = self.bids[id]
  00923  PUSH0
  00924  LGET 0
  00926  MSTORE
  00927  PUSH 32
  00929  PUSH 6
  0092b  MSTORE
  0092c  PUSH0
  0092d  PUSH 64
  0092f  KECCAK256
  00930  LSET 14
  00932  LGET 14
  00934  SLOAD
  00935  LGET 14
  00937  PUSH 1
  00939  ADD
  0093a  SLOAD
  0093b  LGET 14
  0093d  PUSH 2
  0093f  ADD
  00940  SLOAD
  00941  LGET 14
  00943  PUSH 3
  00945  ADD
  00946  SLOAD
  00947  LGET 14
  00949  PUSH 4
  0094b  ADD
  0094c  SLOAD
  0094d  LGET 14
  0094f  PUSH 5
  00951  ADD
  00952  SLOAD
  00953  LGET 14
  00955  PUSH 6
  00957  ADD
  00958  SLOAD
  00959  LGET 14
  0095b  PUSH 7
  0095d  ADD
  0095e  SLOAD
  0095f  LGET 14
  00961  PUSH 8
  00963  ADD
  00964  SLOAD
  00965  LSET 11
  00967  LSET 10
  00969  LSET 9
  0096b  LSET 8
  0096d  LSET 7
  0096f  LSET 6
  00971  LSET 5
  00973  LSET 4
  00975  LSET 3
    ; auctions.coin:141: self.biddable(b)
  00977  LGET 3
  00979  LGET 4
  0097b  LGET 5
  0097d  LGET 6
  0097f  LGET 7
  00981  LGET 8
  00983  LGET 9
  00985  LGET 10
  00987  LGET 11
  00989  CALLF @fn_Flipper_biddable
    ; auctions.coin:142: require(bid == b.bid, "bid does not match")
  0098c  PUSH @req_ok_54
  0098f  LGET 2
  00991  LGET 3
  00993  EQ
  00994  JUMPI
  00995  PUSH 100
  00997  MALLOC
  00998  DUP1
  00999  PUSH 2128
  0099c  PUSH 100
  0099e  DATACOPY
  0099f  PUSH 100
  009a1  REVERT
req_ok_54:
  009a2  JUMPDEST
    ; auctions.coin:143: require(bid == b.tab, "tend phase is not finished")
  009a3  PUSH @req_ok_55
  009a6  LGET 2
  009a8  LGET 9
  009aa  EQ
  009ab  JUMPI
  009ac  PUSH 100
  009ae  MALLOC
  009af  DUP1
  009b0  PUSH 2228
  009b3  PUSH 100
  009b5  DATACOPY
  009b6  PUSH 100
  009b8  REVERT
req_ok_55:
  009b9  JUMPDEST
    ; auctions.coin:144: require(lot < b.lot, "lot is not lower")
  009ba  PUSH @req_ok_56
  009bd  LGET 1
  009bf  LGET 4
  009c1  LT
  009c2  JUMPI
  009c3  PUSH 100
  009c5  MALLOC
  009c6  DUP1
  009c7  PUSH 2328
  009ca  PUSH 100
  009cc  DATACOPY
  009cd  PUSH 100
  009cf  REVERT
req_ok_56:
  009d0  JUMPDEST
    ; auctions.coin:145: require(self.beg * lot <= b.lot * WAD, "lot decrease is below beg")
  009d1  PUSH @req_ok_57
  009d4  PUSH 3
  009d6  SLOAD
  009d7  LGET 1
  009d9  CMUL
  009da  LGET 4
  009dc  PUSH 0xde0b6b3a7640000
  009e5  CMUL
  009e6  GT
  009e7  ISZERO
  009e8  JUMPI
  009e9  PUSH 100
  009eb  MALLOC
  009ec  DUP1
  009ed  PUSH 2428
  009f0  PUSH 100
  009f2  DATACOPY
  009f3  PUSH 100
  009f5  REVERT
req_ok_57:
  009f6  JUMPDEST
    ; auctions.coin:146: let previous = b.guy
  009f7  LGET 5
  009f9  LSET 12
    ; auctions.coin:147: let back = b.lot - lot
  009fb  LGET 4
  009fd  LGET 1
  009ff  CSUB
  00a00  LSET 13
    ; auctions.coin:148: b.guy = msg.sender
  00a02  CALLER
  00a03  LSET 5
    ; auctions.coin:149: b.lot = lot
  00a05  LGET 1
  00a07  LSET 4
    ; auctions.coin:150: b.tic = block.timestamp + self.ttl
  00a09  TIMESTAMP
  00a0a  PUSH 4
  00a0c  SLOAD
  00a0d  CADD
  00a0e  LSET 6
    ; auctions.coin:151: self.bids[id] = b
  00a10  LGET 3
  00a12  LGET 4
  00a14  LGET 5
  00a16  LGET 6
  00a18  LGET 7
  00a1a  LGET 8
  00a1c  LGET 9
  00a1e  LGET 10
  00a20  LGET 11
  00a22  PUSH0
  00a23  LGET 0
  00a25  MSTORE
  00a26  PUSH 32
  00a28  PUSH 6
  00a2a  MSTORE
  00a2b  PUSH0
  00a2c  PUSH 64
  00a2e  KECCAK256
  00a2f  LSET 14
  00a31  LGET 14
  00a33  PUSH 8
  00a35  ADD
  00a36  SWAP1
  00a37  SSTORE
  00a38  LGET 14
  00a3a  PUSH 7
  00a3c  ADD
  00a3d  SWAP1
  00a3e  SSTORE
  00a3f  LGET 14
  00a41  PUSH 6
  00a43  ADD
  00a44  SWAP1
  00a45  SSTORE
  00a46  LGET 14
  00a48  PUSH 5
  00a4a  ADD
  00a4b  SWAP1
  00a4c  SSTORE
  00a4d  LGET 14
  00a4f  PUSH 4
  00a51  ADD
  00a52  SWAP1
  00a53  SSTORE
  00a54  LGET 14
  00a56  PUSH 3
  00a58  ADD
  00a59  SWAP1
  00a5a  SSTORE
  00a5b  LGET 14
  00a5d  PUSH 2
  00a5f  ADD
  00a60  SWAP1
  00a61  SSTORE
  00a62  LGET 14
  00a64  PUSH 1
  00a66  ADD
  00a67  SWAP1
  00a68  SSTORE
  00a69  LGET 14
  00a6b  SWAP1
  00a6c  SSTORE
    ; auctions.coin:152: self.held -= back
  00a6d  PUSH 7
  00a6f  DUP1
  00a70  SLOAD
  00a71  LGET 13
  00a73  CSUB
  00a74  SSTORE
    ; auctions.coin:153: require(ERC20(self.coin).transferFrom(msg.sender, this, bid), "vault coin transfer in failed")
  00a75  PUSH @req_ok_58
  00a78  PUSH 2
  00a7a  SLOAD
  00a7b  LSET 14
  00a7d  CALLER
  00a7e  LSET 15
  00a80  ADDRESS
  00a81  LSET 16
  00a83  LGET 2
  00a85  LSET 17
  00a87  PUSH @has_code_59
  00a8a  LGET 14
  00a8c  EXTCODESIZE
  00a8d  JUMPI
  00a8e  PUSH 132
  00a90  MALLOC
  00a91  DUP1
  00a92  PUSH 1400
  00a95  PUSH 132
  00a97  DATACOPY
  00a98  PUSH 132
  00a9a  REVERT
has_code_59:
  00a9b  JUMPDEST
  00a9c  PUSH 100
  00a9e  MALLOC
  00a9f  LSET 18
  00aa1  LGET 18
  00aa3  PUSH 0x23b872dd00000000000000000000000000000000000000000000000000000000
  00ac4  MSTORE
  00ac5  LGET 18
  00ac7  PUSH 4
  00ac9  ADD
  00aca  LGET 15
  00acc  MSTORE
  00acd  LGET 18
  00acf  PUSH 36
  00ad1  ADD
  00ad2  LGET 16
  00ad4  MSTORE
  00ad5  LGET 18
  00ad7  PUSH 68
  00ad9  ADD
  00ada  LGET 17
  00adc  MSTORE
  00add  PUSH @call_ok_60
  00ae0  GAS
  00ae1  LGET 14
  00ae3  PUSH0
  00ae4  LGET 18
  00ae6  PUSH 100
  00ae8  PUSH0
  00ae9  PUSH0
  00aea  CALL
  00aeb  JUMPI
  00aec  RETURNDATASIZE
  00aed  MALLOC
  00aee  DUP1
  00aef  PUSH0
  00af0  RETURNDATASIZE
  00af1  RETURNDATACOPY
  00af2  RETURNDATASIZE
  00af3  REVERT
call_ok_60:
  00af4  JUMPDEST
  00af5  PUSH @ret_ok_61
  00af8  RETURNDATASIZE
  00af9  PUSH 32
  00afb  LT
  00afc  ISZERO
  00afd  JUMPI
  00afe  PUSH 132
  00b00  MALLOC
  00b01  DUP1
  00b02  PUSH 1532
  00b05  PUSH 132
  00b07  DATACOPY
  00b08  PUSH 132
  00b0a  REVERT
ret_ok_61:
  00b0b  JUMPDEST
  00b0c  PUSH 32
  00b0e  MALLOC
  00b0f  LSET 19
  00b11  LGET 19
  00b13  PUSH0
  00b14  PUSH 32
  00b16  RETURNDATACOPY
  00b17  LGET 19
  00b19  MLOAD
  00b1a  JUMPI
  00b1b  PUSH 100
  00b1d  MALLOC
  00b1e  DUP1
  00b1f  PUSH 1664
  00b22  PUSH 100
  00b24  DATACOPY
  00b25  PUSH 100
  00b27  REVERT
req_ok_58:
  00b28  JUMPDEST
    ; auctions.coin:154: require(ERC20(self.coin).transfer(previous, bid), "refund failed")
  00b29  PUSH @req_ok_62
  00b2c  PUSH 2
  00b2e  SLOAD
  00b2f  LSET 14
  00b31  LGET 12
  00b33  LSET 15
  00b35  LGET 2
  00b37  LSET 16
  00b39  PUSH @has_code_63
  00b3c  LGET 14
  00b3e  EXTCODESIZE
  00b3f  JUMPI
  00b40  PUSH 132
  00b42  MALLOC
  00b43  DUP1
  00b44  PUSH 1764
  00b47  PUSH 132
  00b49  DATACOPY
  00b4a  PUSH 132
  00b4c  REVERT
has_code_63:
  00b4d  JUMPDEST
  00b4e  PUSH 68
  00b50  MALLOC
  00b51  LSET 17
  00b53  LGET 17
  00b55  PUSH 0xa9059cbb00000000000000000000000000000000000000000000000000000000
  00b76  MSTORE
  00b77  LGET 17
  00b79  PUSH 4
  00b7b  ADD
  00b7c  LGET 15
  00b7e  MSTORE
  00b7f  LGET 17
  00b81  PUSH 36
  00b83  ADD
  00b84  LGET 16
  00b86  MSTORE
  00b87  PUSH @call_ok_64
  00b8a  GAS
  00b8b  LGET 14
  00b8d  PUSH0
  00b8e  LGET 17
  00b90  PUSH 68
  00b92  PUSH0
  00b93  PUSH0
  00b94  CALL
  00b95  JUMPI
  00b96  RETURNDATASIZE
  00b97  MALLOC
  00b98  DUP1
  00b99  PUSH0
  00b9a  RETURNDATASIZE
  00b9b  RETURNDATACOPY
  00b9c  RETURNDATASIZE
  00b9d  REVERT
call_ok_64:
  00b9e  JUMPDEST
  00b9f  PUSH @ret_ok_65
  00ba2  RETURNDATASIZE
  00ba3  PUSH 32
  00ba5  LT
  00ba6  ISZERO
  00ba7  JUMPI
  00ba8  PUSH 132
  00baa  MALLOC
  00bab  DUP1
  00bac  PUSH 1896
  00baf  PUSH 132
  00bb1  DATACOPY
  00bb2  PUSH 132
  00bb4  REVERT
ret_ok_65:
  00bb5  JUMPDEST
  00bb6  PUSH 32
  00bb8  MALLOC
  00bb9  LSET 18
  00bbb  LGET 18
  00bbd  PUSH0
  00bbe  PUSH 32
  00bc0  RETURNDATACOPY
  00bc1  LGET 18
  00bc3  MLOAD
  00bc4  JUMPI
  00bc5  PUSH 100
  00bc7  MALLOC
  00bc8  DUP1
  00bc9  PUSH 2028
  00bcc  PUSH 100
  00bce  DATACOPY
  00bcf  PUSH 100
  00bd1  REVERT
req_ok_62:
  00bd2  JUMPDEST
    ; auctions.coin:155: send(b.owner, back)
  00bd3  LGET 8
  00bd5  LSET 14
  00bd7  LGET 13
  00bd9  LSET 15
  00bdb  PUSH @send_ok_66
  00bde  GAS
  00bdf  LGET 14
  00be1  LGET 15
  00be3  PUSH0
  00be4  PUSH0
  00be5  PUSH0
  00be6  PUSH0
  00be7  CALL
  00be8  JUMPI
  00be9  PUSH @send_fail_67
  00bec  RETURNDATASIZE
  00bed  ISZERO
  00bee  JUMPI
  00bef  RETURNDATASIZE
  00bf0  MALLOC
  00bf1  DUP1
  00bf2  PUSH0
  00bf3  RETURNDATASIZE
  00bf4  RETURNDATACOPY
  00bf5  RETURNDATASIZE
  00bf6  REVERT
send_fail_67:
  00bf7  JUMPDEST
  00bf8  PUSH 100
  00bfa  MALLOC
  00bfb  DUP1
  00bfc  PUSH 2528
  00bff  PUSH 100
  00c01  DATACOPY
  00c02  PUSH 100
  00c04  REVERT
send_ok_66:
  00c05  JUMPDEST
    ; auctions.coin:156: emit Dent(id, msg.sender, lot, bid, b.tic)
  00c06  CALLER
  00c07  LSET 14
  00c09  LGET 6
  00c0b  LSET 15
  00c0d  PUSH 96
  00c0f  MALLOC
  00c10  LSET 16
  00c12  LGET 16
  00c14  LGET 1
  00c16  MSTORE
  00c17  LGET 16
  00c19  PUSH 32
  00c1b  ADD
  00c1c  LGET 2
  00c1e  MSTORE
  00c1f  LGET 16
  00c21  PUSH 64
  00c23  ADD
  00c24  LGET 15
  00c26  MSTORE
  00c27  LGET 16
  00c29  PUSH 96
  00c2b  PUSH 0x8e2b7a13a72fbff5c2ca6356ed425a5b401fc4e95121839390a424b35c951f8e
  00c4c  LGET 0
  00c4e  LGET 14
  00c50  LOG3
    ; auctions.coin:139: pub fn dent(id: uint, lot: uint, bid: uint) {
  00c51  RETF
fn_Flipper_deal:
    ; auctions.coin:160: pub fn deal(id: uint) {
  00c52  ENTER 25
  00c54  LSET 0
    ; auctions.coin:161: let b = self.bids[id]
  00c56  PUSH0
  00c57  LGET 0
  00c59  MSTORE
  00c5a  PUSH 32
  00c5c  PUSH 6
  00c5e  MSTORE
  00c5f  PUSH0
  00c60  PUSH 64
  00c62  KECCAK256
  00c63  LSET 19
  00c65  LGET 19
  00c67  SLOAD
  00c68  LGET 19
  00c6a  PUSH 1
  00c6c  ADD
  00c6d  SLOAD
  00c6e  LGET 19
  00c70  PUSH 2
  00c72  ADD
  00c73  SLOAD
  00c74  LGET 19
  00c76  PUSH 3
  00c78  ADD
  00c79  SLOAD
  00c7a  LGET 19
  00c7c  PUSH 4
  00c7e  ADD
  00c7f  SLOAD
  00c80  LGET 19
  00c82  PUSH 5
  00c84  ADD
  00c85  SLOAD
  00c86  LGET 19
  00c88  PUSH 6
  00c8a  ADD
  00c8b  SLOAD
  00c8c  LGET 19
  00c8e  PUSH 7
  00c90  ADD
  00c91  SLOAD
  00c92  LGET 19
  00c94  PUSH 8
  00c96  ADD
  00c97  SLOAD
  00c98  LSET 9
  00c9a  LSET 8
  00c9c  LSET 7
  00c9e  LSET 6
  00ca0  LSET 5
  00ca2  LSET 4
  00ca4  LSET 3
  00ca6  LSET 2
  00ca8  LSET 1
    ; auctions.coin:162: require(b.active, "auction is not active")
  00caa  PUSH @req_ok_68
  00cad  LGET 9
  00caf  JUMPI
  00cb0  PUSH 100
  00cb2  MALLOC
  00cb3  DUP1
  00cb4  PUSH 700
  00cb7  PUSH 100
  00cb9  DATACOPY
  00cba  PUSH 100
  00cbc  REVERT
req_ok_68:
  00cbd  JUMPDEST
    ; auctions.coin:163: require(b.tic != 0 and (b.tic < block.timestamp or b.end < block.timestamp), "auction is not finished")
  00cbe  PUSH @req_ok_69
  00cc1  LGET 4
  00cc3  PUSH 0
  00cc4  EQ
  00cc5  ISZERO
  00cc6  DUP1
  00cc7  ISZERO
  00cc8  PUSH @and_70
  00ccb  SWAP1
  00ccc  JUMPI
  00ccd  POP
  00cce  LGET 4
  00cd0  TIMESTAMP
  00cd1  LT
  00cd2  DUP1
  00cd3  PUSH @or_71
  00cd6  SWAP1
  00cd7  JUMPI
  00cd8  POP
  00cd9  LGET 5
  00cdb  TIMESTAMP
  00cdc  LT
or_71:
  00cdd  JUMPDEST
and_70:
  00cde  JUMPDEST
  00cdf  JUMPI
  00ce0  PUSH 100
  00ce2  MALLOC
  00ce3  DUP1
  00ce4  PUSH 2628
  00ce7  PUSH 100
  00ce9  DATACOPY
  00cea  PUSH 100
  00cec  REVERT
req_ok_69:
  00ced  JUMPDEST
    ; auctions.coin:164: let closed = b
  00cee  LGET 1
  00cf0  LGET 2
  00cf2  LGET 3
  00cf4  LGET 4
  00cf6  LGET 5
  00cf8  LGET 6
  00cfa  LGET 7
  00cfc  LGET 8
  00cfe  LGET 9
  00d00  LSET 18
  00d02  LSET 17
  00d04  LSET 16
  00d06  LSET 15
  00d08  LSET 14
  00d0a  LSET 13
  00d0c  LSET 12
  00d0e  LSET 11
  00d10  LSET 10
    ; auctions.coin:165: closed.active = false
  00d12  PUSH 0
  00d13  LSET 18
    ; auctions.coin:166: closed.lot = 0
  00d15  PUSH 0
  00d16  LSET 11
    ; auctions.coin:167: closed.bid = 0
  00d18  PUSH 0
  00d19  LSET 10
    ; auctions.coin:168: self.bids[id] = closed
  00d1b  LGET 10
  00d1d  LGET 11
  00d1f  LGET 12
  00d21  LGET 13
  00d23  LGET 14
  00d25  LGET 15
  00d27  LGET 16
  00d29  LGET 17
  00d2b  LGET 18
  00d2d  PUSH0
  00d2e  LGET 0
  00d30  MSTORE
  00d31  PUSH 32
  00d33  PUSH 6
  00d35  MSTORE
  00d36  PUSH0
  00d37  PUSH 64
  00d39  KECCAK256
  00d3a  LSET 19
  00d3c  LGET 19
  00d3e  PUSH 8
  00d40  ADD
  00d41  SWAP1
  00d42  SSTORE
  00d43  LGET 19
  00d45  PUSH 7
  00d47  ADD
  00d48  SWAP1
  00d49  SSTORE
  00d4a  LGET 19
  00d4c  PUSH 6
  00d4e  ADD
  00d4f  SWAP1
  00d50  SSTORE
  00d51  LGET 19
  00d53  PUSH 5
  00d55  ADD
  00d56  SWAP1
  00d57  SSTORE
  00d58  LGET 19
  00d5a  PUSH 4
  00d5c  ADD
  00d5d  SWAP1
  00d5e  SSTORE
  00d5f  LGET 19
  00d61  PUSH 3
  00d63  ADD
  00d64  SWAP1
  00d65  SSTORE
  00d66  LGET 19
  00d68  PUSH 2
  00d6a  ADD
  00d6b  SWAP1
  00d6c  SSTORE
  00d6d  LGET 19
  00d6f  PUSH 1
  00d71  ADD
  00d72  SWAP1
  00d73  SSTORE
  00d74  LGET 19
  00d76  SWAP1
  00d77  SSTORE
    ; auctions.coin:169: self.held -= b.lot
  00d78  PUSH 7
  00d7a  DUP1
  00d7b  SLOAD
  00d7c  LGET 2
  00d7e  CSUB
  00d7f  SSTORE
    ; auctions.coin:170: if b.bid > 0 {
  00d80  PUSH @else_72
  00d83  LGET 1
  00d85  PUSH 0
  00d86  GT
  00d87  ISZERO
  00d88  JUMPI
    ; auctions.coin:171: BurnsCoin(self.coin).burn(this, b.bid)
  00d89  PUSH 2
  00d8b  SLOAD
  00d8c  LSET 19
  00d8e  ADDRESS
  00d8f  LSET 20
  00d91  LGET 1
  00d93  LSET 21
  00d95  PUSH @has_code_73
  00d98  LGET 19
  00d9a  EXTCODESIZE
  00d9b  JUMPI
  00d9c  PUSH 132
  00d9e  MALLOC
  00d9f  DUP1
  00da0  PUSH 2728
  00da3  PUSH 132
  00da5  DATACOPY
  00da6  PUSH 132
  00da8  REVERT
has_code_73:
  00da9  JUMPDEST
  00daa  PUSH 68
  00dac  MALLOC
  00dad  LSET 22
  00daf  LGET 22
  00db1  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  00dd2  MSTORE
  00dd3  LGET 22
  00dd5  PUSH 4
  00dd7  ADD
  00dd8  LGET 20
  00dda  MSTORE
  00ddb  LGET 22
  00ddd  PUSH 36
  00ddf  ADD
  00de0  LGET 21
  00de2  MSTORE
  00de3  PUSH @call_ok_74
  00de6  GAS
  00de7  LGET 19
  00de9  PUSH0
  00dea  LGET 22
  00dec  PUSH 68
  00dee  PUSH0
  00def  PUSH0
  00df0  CALL
  00df1  JUMPI
  00df2  RETURNDATASIZE
  00df3  MALLOC
  00df4  DUP1
  00df5  PUSH0
  00df6  RETURNDATASIZE
  00df7  RETURNDATACOPY
  00df8  RETURNDATASIZE
  00df9  REVERT
call_ok_74:
  00dfa  JUMPDEST
else_72:
  00dfb  JUMPDEST
    ; auctions.coin:173: Settlement(self.engine).settle(id, b.debt, b.bid, 0)
  00dfc  PUSH 1
  00dfe  SLOAD
  00dff  LSET 19
  00e01  LGET 0
  00e03  LSET 20
  00e05  LGET 8
  00e07  LSET 21
  00e09  LGET 1
  00e0b  LSET 22
  00e0d  PUSH 0
  00e0e  LSET 23
  00e10  PUSH @has_code_75
  00e13  LGET 19
  00e15  EXTCODESIZE
  00e16  JUMPI
  00e17  PUSH 132
  00e19  MALLOC
  00e1a  DUP1
  00e1b  PUSH 2860
  00e1e  PUSH 132
  00e20  DATACOPY
  00e21  PUSH 132
  00e23  REVERT
has_code_75:
  00e24  JUMPDEST
  00e25  PUSH 132
  00e27  MALLOC
  00e28  LSET 24
  00e2a  LGET 24
  00e2c  PUSH 0x39ff890600000000000000000000000000000000000000000000000000000000
  00e4d  MSTORE
  00e4e  LGET 24
  00e50  PUSH 4
  00e52  ADD
  00e53  LGET 20
  00e55  MSTORE
  00e56  LGET 24
  00e58  PUSH 36
  00e5a  ADD
  00e5b  LGET 21
  00e5d  MSTORE
  00e5e  LGET 24
  00e60  PUSH 68
  00e62  ADD
  00e63  LGET 22
  00e65  MSTORE
  00e66  LGET 24
  00e68  PUSH 100
  00e6a  ADD
  00e6b  LGET 23
  00e6d  MSTORE
  00e6e  PUSH @call_ok_76
  00e71  GAS
  00e72  LGET 19
  00e74  PUSH0
  00e75  LGET 24
  00e77  PUSH 132
  00e79  PUSH0
  00e7a  PUSH0
  00e7b  CALL
  00e7c  JUMPI
  00e7d  RETURNDATASIZE
  00e7e  MALLOC
  00e7f  DUP1
  00e80  PUSH0
  00e81  RETURNDATASIZE
  00e82  RETURNDATACOPY
  00e83  RETURNDATASIZE
  00e84  REVERT
call_ok_76:
  00e85  JUMPDEST
    ; auctions.coin:174: send(b.guy, b.lot)
  00e86  LGET 3
  00e88  LSET 19
  00e8a  LGET 2
  00e8c  LSET 20
  00e8e  PUSH @send_ok_77
  00e91  GAS
  00e92  LGET 19
  00e94  LGET 20
  00e96  PUSH0
  00e97  PUSH0
  00e98  PUSH0
  00e99  PUSH0
  00e9a  CALL
  00e9b  JUMPI
  00e9c  PUSH @send_fail_78
  00e9f  RETURNDATASIZE
  00ea0  ISZERO
  00ea1  JUMPI
  00ea2  RETURNDATASIZE
  00ea3  MALLOC
  00ea4  DUP1
  00ea5  PUSH0
  00ea6  RETURNDATASIZE
  00ea7  RETURNDATACOPY
  00ea8  RETURNDATASIZE
  00ea9  REVERT
send_fail_78:
  00eaa  JUMPDEST
  00eab  PUSH 100
  00ead  MALLOC
  00eae  DUP1
  00eaf  PUSH 2528
  00eb2  PUSH 100
  00eb4  DATACOPY
  00eb5  PUSH 100
  00eb7  REVERT
send_ok_77:
  00eb8  JUMPDEST
    ; auctions.coin:175: emit Deal(id, b.guy, b.lot, b.bid)
  00eb9  LGET 3
  00ebb  LSET 19
  00ebd  LGET 2
  00ebf  LSET 20
  00ec1  LGET 1
  00ec3  LSET 21
  00ec5  PUSH 64
  00ec7  MALLOC
  00ec8  LSET 22
  00eca  LGET 22
  00ecc  LGET 20
  00ece  MSTORE
  00ecf  LGET 22
  00ed1  PUSH 32
  00ed3  ADD
  00ed4  LGET 21
  00ed6  MSTORE
  00ed7  LGET 22
  00ed9  PUSH 64
  00edb  PUSH 0xcafbc3f3c0bacfc167e87e164ee5287db7e69464cd62d966ab87407b83f442c4
  00efc  LGET 0
  00efe  LGET 19
  00f00  LOG3
    ; auctions.coin:160: pub fn deal(id: uint) {
  00f01  RETF
fn_Flipper_auction:
    ; auctions.coin:184: pub view fn auction(id: uint) -> Bid {
  00f02  ENTER 2
  00f04  LSET 0
    ; auctions.coin:185: return self.bids[id]
  00f06  PUSH0
  00f07  LGET 0
  00f09  MSTORE
  00f0a  PUSH 32
  00f0c  PUSH 6
  00f0e  MSTORE
  00f0f  PUSH0
  00f10  PUSH 64
  00f12  KECCAK256
  00f13  LSET 1
  00f15  LGET 1
  00f17  SLOAD
  00f18  LGET 1
  00f1a  PUSH 1
  00f1c  ADD
  00f1d  SLOAD
  00f1e  LGET 1
  00f20  PUSH 2
  00f22  ADD
  00f23  SLOAD
  00f24  LGET 1
  00f26  PUSH 3
  00f28  ADD
  00f29  SLOAD
  00f2a  LGET 1
  00f2c  PUSH 4
  00f2e  ADD
  00f2f  SLOAD
  00f30  LGET 1
  00f32  PUSH 5
  00f34  ADD
  00f35  SLOAD
  00f36  LGET 1
  00f38  PUSH 6
  00f3a  ADD
  00f3b  SLOAD
  00f3c  LGET 1
  00f3e  PUSH 7
  00f40  ADD
  00f41  SLOAD
  00f42  LGET 1
  00f44  PUSH 8
  00f46  ADD
  00f47  SLOAD
  00f48  RETF
  00f49  INVALID
fn_Flipper_dealable:
    ; auctions.coin:189: pub view fn dealable(id: uint) -> bool {
  00f4a  ENTER 11
  00f4c  LSET 0
    ; auctions.coin:190: let b = self.bids[id]
  00f4e  PUSH0
  00f4f  LGET 0
  00f51  MSTORE
  00f52  PUSH 32
  00f54  PUSH 6
  00f56  MSTORE
  00f57  PUSH0
  00f58  PUSH 64
  00f5a  KECCAK256
  00f5b  LSET 10
  00f5d  LGET 10
  00f5f  SLOAD
  00f60  LGET 10
  00f62  PUSH 1
  00f64  ADD
  00f65  SLOAD
  00f66  LGET 10
  00f68  PUSH 2
  00f6a  ADD
  00f6b  SLOAD
  00f6c  LGET 10
  00f6e  PUSH 3
  00f70  ADD
  00f71  SLOAD
  00f72  LGET 10
  00f74  PUSH 4
  00f76  ADD
  00f77  SLOAD
  00f78  LGET 10
  00f7a  PUSH 5
  00f7c  ADD
  00f7d  SLOAD
  00f7e  LGET 10
  00f80  PUSH 6
  00f82  ADD
  00f83  SLOAD
  00f84  LGET 10
  00f86  PUSH 7
  00f88  ADD
  00f89  SLOAD
  00f8a  LGET 10
  00f8c  PUSH 8
  00f8e  ADD
  00f8f  SLOAD
  00f90  LSET 9
  00f92  LSET 8
  00f94  LSET 7
  00f96  LSET 6
  00f98  LSET 5
  00f9a  LSET 4
  00f9c  LSET 3
  00f9e  LSET 2
  00fa0  LSET 1
    ; auctions.coin:191: return b.active and b.tic != 0 and (b.tic < block.timestamp or b.end < block.timestamp)
  00fa2  LGET 9
  00fa4  DUP1
  00fa5  ISZERO
  00fa6  PUSH @and_80
  00fa9  SWAP1
  00faa  JUMPI
  00fab  POP
  00fac  LGET 4
  00fae  PUSH 0
  00faf  EQ
  00fb0  ISZERO
and_80:
  00fb1  JUMPDEST
  00fb2  DUP1
  00fb3  ISZERO
  00fb4  PUSH @and_79
  00fb7  SWAP1
  00fb8  JUMPI
  00fb9  POP
  00fba  LGET 4
  00fbc  TIMESTAMP
  00fbd  LT
  00fbe  DUP1
  00fbf  PUSH @or_81
  00fc2  SWAP1
  00fc3  JUMPI
  00fc4  POP
  00fc5  LGET 5
  00fc7  TIMESTAMP
  00fc8  LT
or_81:
  00fc9  JUMPDEST
and_79:
  00fca  JUMPDEST
  00fcb  RETF
  00fcc  INVALID
fn_Flipper_get_held:
    ; auctions.coin:194: pub view fn get_held() -> uint {
  00fcd  ENTER 0
    ; auctions.coin:195: return self.held
  00fcf  PUSH 7
  00fd1  SLOAD
  00fd2  RETF
  00fd3  INVALID
fn_Flipper_kicked:
    ; auctions.coin:198: pub view fn kicked() -> uint {
  00fd4  ENTER 0
    ; auctions.coin:199: return self.kicks
  00fd6  PUSH 8
  00fd8  SLOAD
  00fd9  RETF
  00fda  INVALID
fn_Flipper_parameters:
    ; auctions.coin:202: pub view fn parameters() -> FlipParameters {
  00fdb  ENTER 0
    ; auctions.coin:203: return FlipParameters(beg: self.beg, ttl: self.ttl, tau: self.tau)
  00fdd  PUSH 3
  00fdf  SLOAD
  00fe0  PUSH 4
  00fe2  SLOAD
  00fe3  PUSH 5
  00fe5  SLOAD
  00fe6  RETF
  00fe7  INVALID
fn_Flipper_biddable:
    ; auctions.coin:178: view fn biddable(b: Bid) {
  00fe8  ENTER 9
  00fea  LSET 8
  00fec  LSET 7
  00fee  LSET 6
  00ff0  LSET 5
  00ff2  LSET 4
  00ff4  LSET 3
  00ff6  LSET 2
  00ff8  LSET 1
  00ffa  LSET 0
    ; auctions.coin:179: require(b.active, "auction is not active")
  00ffc  PUSH @req_ok_82
  00fff  LGET 8
  01001  JUMPI
  01002  PUSH 100
  01004  MALLOC
  01005  DUP1
  01006  PUSH 700
  01009  PUSH 100
  0100b  DATACOPY
  0100c  PUSH 100
  0100e  REVERT
req_ok_82:
  0100f  JUMPDEST
    ; auctions.coin:180: require(b.tic > block.timestamp or b.tic == 0, "bid has expired")
  01010  PUSH @req_ok_83
  01013  LGET 3
  01015  TIMESTAMP
  01016  GT
  01017  DUP1
  01018  PUSH @or_84
  0101b  SWAP1
  0101c  JUMPI
  0101d  POP
  0101e  LGET 3
  01020  PUSH 0
  01021  EQ
or_84:
  01022  JUMPDEST
  01023  JUMPI
  01024  PUSH 100
  01026  MALLOC
  01027  DUP1
  01028  PUSH 2992
  0102b  PUSH 100
  0102d  DATACOPY
  0102e  PUSH 100
  01030  REVERT
req_ok_83:
  01031  JUMPDEST
    ; auctions.coin:181: require(b.end > block.timestamp, "auction has ended")
  01032  PUSH @req_ok_85
  01035  LGET 4
  01037  TIMESTAMP
  01038  GT
  01039  JUMPI
  0103a  PUSH 100
  0103c  MALLOC
  0103d  DUP1
  0103e  PUSH 3092
  01041  PUSH 100
  01043  DATACOPY
  01044  PUSH 100
  01046  REVERT
req_ok_85:
  01047  JUMPDEST
    ; auctions.coin:178: view fn biddable(b: Bid) {
  01048  RETF
fn_Flipper_set_all:
    ; auctions.coin:74: fn set_all(beg: uint, ttl: uint, tau: uint) {
  01049  ENTER 8
  0104b  LSET 2
  0104d  LSET 1
  0104f  LSET 0
    ; auctions.coin:75: require(beg >= WAD and beg < 2 * WAD, "beg must be between 1 and 2 (a wad)")
  01051  PUSH @req_ok_86
  01054  LGET 0
  01056  PUSH 0xde0b6b3a7640000
  0105f  LT
  01060  ISZERO
  01061  DUP1
  01062  ISZERO
  01063  PUSH @and_87
  01066  SWAP1
  01067  JUMPI
  01068  POP
  01069  LGET 0
  0106b  PUSH 0x1bc16d674ec80000
  01074  LT
and_87:
  01075  JUMPDEST
  01076  JUMPI
  01077  PUSH 132
  01079  MALLOC
  0107a  DUP1
  0107b  PUSH 3192
  0107e  PUSH 132
  01080  DATACOPY
  01081  PUSH 132
  01083  REVERT
req_ok_86:
  01084  JUMPDEST
    ; auctions.coin:76: require(ttl > 0, "ttl must be positive")
  01085  PUSH @req_ok_88
  01088  LGET 1
  0108a  PUSH 0
  0108b  GT
  0108c  JUMPI
  0108d  PUSH 100
  0108f  MALLOC
  01090  DUP1
  01091  PUSH 3324
  01094  PUSH 100
  01096  DATACOPY
  01097  PUSH 100
  01099  REVERT
req_ok_88:
  0109a  JUMPDEST
    ; auctions.coin:77: require(tau > 0, "tau must be positive")
  0109b  PUSH @req_ok_89
  0109e  LGET 2
  010a0  PUSH 0
  010a1  GT
  010a2  JUMPI
  010a3  PUSH 100
  010a5  MALLOC
  010a6  DUP1
  010a7  PUSH 3424
  010aa  PUSH 100
  010ac  DATACOPY
  010ad  PUSH 100
  010af  REVERT
req_ok_89:
  010b0  JUMPDEST
    ; auctions.coin:78: self.beg = beg
  010b1  PUSH 3
  010b3  LGET 0
  010b5  SSTORE
    ; auctions.coin:79: self.ttl = ttl
  010b6  PUSH 4
  010b8  LGET 1
  010ba  SSTORE
    ; auctions.coin:80: self.tau = tau
  010bb  PUSH 5
  010bd  LGET 2
  010bf  SSTORE
    ; auctions.coin:81: emit ParameterSet("beg", beg)
  010c0  PUSH 64
  010c2  MALLOC
  010c3  DUP1
  010c4  PUSH 3524
  010c7  PUSH 64
  010c9  DATACOPY
  010ca  LSET 3
  010cc  PUSH 64
  010ce  LGET 3
  010d0  MLOAD
  010d1  PUSH 31
  010d3  ADD
  010d4  PUSH 5
  010d6  SHR
  010d7  PUSH 5
  010d9  SHL
  010da  PUSH 32
  010dc  ADD
  010dd  ADD
  010de  LSET 4
  010e0  LGET 4
  010e2  MALLOC
  010e3  LSET 5
  010e5  PUSH 64
  010e7  LSET 6
  010e9  LGET 5
  010eb  PUSH 0
  010ec  ADD
  010ed  LGET 6
  010ef  MSTORE
  010f0  LGET 5
  010f2  PUSH 0
  010f3  ADD
  010f4  LGET 6
  010f6  ADD
  010f7  LGET 3
  010f9  LGET 3
  010fb  MLOAD
  010fc  PUSH 31
  010fe  ADD
  010ff  PUSH 5
  01101  SHR
  01102  PUSH 5
  01104  SHL
  01105  PUSH 32
  01107  ADD
  01108  DUP1
  01109  LSET 7
  0110b  MCOPY
  0110c  LGET 6
  0110e  LGET 7
  01110  ADD
  01111  LSET 6
  01113  LGET 5
  01115  PUSH 32
  01117  ADD
  01118  LGET 0
  0111a  MSTORE
  0111b  LGET 5
  0111d  LGET 4
  0111f  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01140  LOG1
    ; auctions.coin:82: emit ParameterSet("ttl", ttl)
  01141  PUSH 64
  01143  MALLOC
  01144  DUP1
  01145  PUSH 3588
  01148  PUSH 64
  0114a  DATACOPY
  0114b  LSET 3
  0114d  PUSH 64
  0114f  LGET 3
  01151  MLOAD
  01152  PUSH 31
  01154  ADD
  01155  PUSH 5
  01157  SHR
  01158  PUSH 5
  0115a  SHL
  0115b  PUSH 32
  0115d  ADD
  0115e  ADD
  0115f  LSET 4
  01161  LGET 4
  01163  MALLOC
  01164  LSET 5
  01166  PUSH 64
  01168  LSET 6
  0116a  LGET 5
  0116c  PUSH 0
  0116d  ADD
  0116e  LGET 6
  01170  MSTORE
  01171  LGET 5
  01173  PUSH 0
  01174  ADD
  01175  LGET 6
  01177  ADD
  01178  LGET 3
  0117a  LGET 3
  0117c  MLOAD
  0117d  PUSH 31
  0117f  ADD
  01180  PUSH 5
  01182  SHR
  01183  PUSH 5
  01185  SHL
  01186  PUSH 32
  01188  ADD
  01189  DUP1
  0118a  LSET 7
  0118c  MCOPY
  0118d  LGET 6
  0118f  LGET 7
  01191  ADD
  01192  LSET 6
  01194  LGET 5
  01196  PUSH 32
  01198  ADD
  01199  LGET 1
  0119b  MSTORE
  0119c  LGET 5
  0119e  LGET 4
  011a0  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  011c1  LOG1
    ; auctions.coin:83: emit ParameterSet("tau", tau)
  011c2  PUSH 64
  011c4  MALLOC
  011c5  DUP1
  011c6  PUSH 3652
  011c9  PUSH 64
  011cb  DATACOPY
  011cc  LSET 3
  011ce  PUSH 64
  011d0  LGET 3
  011d2  MLOAD
  011d3  PUSH 31
  011d5  ADD
  011d6  PUSH 5
  011d8  SHR
  011d9  PUSH 5
  011db  SHL
  011dc  PUSH 32
  011de  ADD
  011df  ADD
  011e0  LSET 4
  011e2  LGET 4
  011e4  MALLOC
  011e5  LSET 5
  011e7  PUSH 64
  011e9  LSET 6
  011eb  LGET 5
  011ed  PUSH 0
  011ee  ADD
  011ef  LGET 6
  011f1  MSTORE
  011f2  LGET 5
  011f4  PUSH 0
  011f5  ADD
  011f6  LGET 6
  011f8  ADD
  011f9  LGET 3
  011fb  LGET 3
  011fd  MLOAD
  011fe  PUSH 31
  01200  ADD
  01201  PUSH 5
  01203  SHR
  01204  PUSH 5
  01206  SHL
  01207  PUSH 32
  01209  ADD
  0120a  DUP1
  0120b  LSET 7
  0120d  MCOPY
  0120e  LGET 6
  01210  LGET 7
  01212  ADD
  01213  LSET 6
  01215  LGET 5
  01217  PUSH 32
  01219  ADD
  0121a  LGET 2
  0121c  MSTORE
  0121d  LGET 5
  0121f  LGET 4
  01221  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01242  LOG1
    ; auctions.coin:74: fn set_all(beg: uint, ttl: uint, tau: uint) {
  01243  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  01244  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  01246  PUSH @req_ok_90
  01249  CALLER
  0124a  PUSH 0
  0124b  SLOAD
  0124c  EQ
  0124d  JUMPI
  0124e  PUSH 100
  01250  MALLOC
  01251  DUP1
  01252  PUSH 3716
  01255  PUSH 100
  01257  DATACOPY
  01258  PUSH 100
  0125a  REVERT
req_ok_90:
  0125b  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  0125c  RETF
; ---- init section (656 bytes)
    ; auctions.coin:45: contract Flipper is Owned {
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
    ; auctions.coin:62: init(engine: address, coin: address, beg: uint, ttl: uint, tau: uint) {
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 160
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
  00033  PUSH 128
  00035  CALLDATALOAD
  00036  CALLF @fn_Flipper_init
  00039  STOP
bad_input_2:
    ; auctions.coin:45: contract Flipper is Owned {
  0003a  JUMPDEST
  0003b  PUSH0
  0003c  PUSH0
  0003d  REVERT
fn_Flipper_init:
    ; auctions.coin:62: init(engine: address, coin: address, beg: uint, ttl: uint, tau: uint) {
  0003e  ENTER 5
  00040  LSET 4
  00042  LSET 3
  00044  LSET 2
  00046  LSET 1
  00048  LSET 0
    ; auctions.coin:63: Owned.init()
  0004a  CALLF @fn_Owned_init
    ; auctions.coin:64: self.engine = engine
  0004d  PUSH 1
  0004f  LGET 0
  00051  SSTORE
    ; auctions.coin:65: self.coin = coin
  00052  PUSH 2
  00054  LGET 1
  00056  SSTORE
    ; auctions.coin:66: self.set_all(beg, ttl, tau)
  00057  LGET 2
  00059  LGET 3
  0005b  LGET 4
  0005d  CALLF @fn_Flipper_set_all
    ; auctions.coin:62: init(engine: address, coin: address, beg: uint, ttl: uint, tau: uint) {
  00060  RETF
fn_Flipper_set_all:
    ; auctions.coin:74: fn set_all(beg: uint, ttl: uint, tau: uint) {
  00061  ENTER 8
  00063  LSET 2
  00065  LSET 1
  00067  LSET 0
    ; auctions.coin:75: require(beg >= WAD and beg < 2 * WAD, "beg must be between 1 and 2 (a wad)")
  00069  PUSH @req_ok_3
  0006c  LGET 0
  0006e  PUSH 0xde0b6b3a7640000
  00077  LT
  00078  ISZERO
  00079  DUP1
  0007a  ISZERO
  0007b  PUSH @and_4
  0007e  SWAP1
  0007f  JUMPI
  00080  POP
  00081  LGET 0
  00083  PUSH 0x1bc16d674ec80000
  0008c  LT
and_4:
  0008d  JUMPDEST
  0008e  JUMPI
  0008f  PUSH 132
  00091  MALLOC
  00092  DUP1
  00093  PUSH 3192
  00096  PUSH 132
  00098  DATACOPY
  00099  PUSH 132
  0009b  REVERT
req_ok_3:
  0009c  JUMPDEST
    ; auctions.coin:76: require(ttl > 0, "ttl must be positive")
  0009d  PUSH @req_ok_5
  000a0  LGET 1
  000a2  PUSH 0
  000a3  GT
  000a4  JUMPI
  000a5  PUSH 100
  000a7  MALLOC
  000a8  DUP1
  000a9  PUSH 3324
  000ac  PUSH 100
  000ae  DATACOPY
  000af  PUSH 100
  000b1  REVERT
req_ok_5:
  000b2  JUMPDEST
    ; auctions.coin:77: require(tau > 0, "tau must be positive")
  000b3  PUSH @req_ok_6
  000b6  LGET 2
  000b8  PUSH 0
  000b9  GT
  000ba  JUMPI
  000bb  PUSH 100
  000bd  MALLOC
  000be  DUP1
  000bf  PUSH 3424
  000c2  PUSH 100
  000c4  DATACOPY
  000c5  PUSH 100
  000c7  REVERT
req_ok_6:
  000c8  JUMPDEST
    ; auctions.coin:78: self.beg = beg
  000c9  PUSH 3
  000cb  LGET 0
  000cd  SSTORE
    ; auctions.coin:79: self.ttl = ttl
  000ce  PUSH 4
  000d0  LGET 1
  000d2  SSTORE
    ; auctions.coin:80: self.tau = tau
  000d3  PUSH 5
  000d5  LGET 2
  000d7  SSTORE
    ; auctions.coin:81: emit ParameterSet("beg", beg)
  000d8  PUSH 64
  000da  MALLOC
  000db  DUP1
  000dc  PUSH 3524
  000df  PUSH 64
  000e1  DATACOPY
  000e2  LSET 3
  000e4  PUSH 64
  000e6  LGET 3
  000e8  MLOAD
  000e9  PUSH 31
  000eb  ADD
  000ec  PUSH 5
  000ee  SHR
  000ef  PUSH 5
  000f1  SHL
  000f2  PUSH 32
  000f4  ADD
  000f5  ADD
  000f6  LSET 4
  000f8  LGET 4
  000fa  MALLOC
  000fb  LSET 5
  000fd  PUSH 64
  000ff  LSET 6
  00101  LGET 5
  00103  PUSH 0
  00104  ADD
  00105  LGET 6
  00107  MSTORE
  00108  LGET 5
  0010a  PUSH 0
  0010b  ADD
  0010c  LGET 6
  0010e  ADD
  0010f  LGET 3
  00111  LGET 3
  00113  MLOAD
  00114  PUSH 31
  00116  ADD
  00117  PUSH 5
  00119  SHR
  0011a  PUSH 5
  0011c  SHL
  0011d  PUSH 32
  0011f  ADD
  00120  DUP1
  00121  LSET 7
  00123  MCOPY
  00124  LGET 6
  00126  LGET 7
  00128  ADD
  00129  LSET 6
  0012b  LGET 5
  0012d  PUSH 32
  0012f  ADD
  00130  LGET 0
  00132  MSTORE
  00133  LGET 5
  00135  LGET 4
  00137  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00158  LOG1
    ; auctions.coin:82: emit ParameterSet("ttl", ttl)
  00159  PUSH 64
  0015b  MALLOC
  0015c  DUP1
  0015d  PUSH 3588
  00160  PUSH 64
  00162  DATACOPY
  00163  LSET 3
  00165  PUSH 64
  00167  LGET 3
  00169  MLOAD
  0016a  PUSH 31
  0016c  ADD
  0016d  PUSH 5
  0016f  SHR
  00170  PUSH 5
  00172  SHL
  00173  PUSH 32
  00175  ADD
  00176  ADD
  00177  LSET 4
  00179  LGET 4
  0017b  MALLOC
  0017c  LSET 5
  0017e  PUSH 64
  00180  LSET 6
  00182  LGET 5
  00184  PUSH 0
  00185  ADD
  00186  LGET 6
  00188  MSTORE
  00189  LGET 5
  0018b  PUSH 0
  0018c  ADD
  0018d  LGET 6
  0018f  ADD
  00190  LGET 3
  00192  LGET 3
  00194  MLOAD
  00195  PUSH 31
  00197  ADD
  00198  PUSH 5
  0019a  SHR
  0019b  PUSH 5
  0019d  SHL
  0019e  PUSH 32
  001a0  ADD
  001a1  DUP1
  001a2  LSET 7
  001a4  MCOPY
  001a5  LGET 6
  001a7  LGET 7
  001a9  ADD
  001aa  LSET 6
  001ac  LGET 5
  001ae  PUSH 32
  001b0  ADD
  001b1  LGET 1
  001b3  MSTORE
  001b4  LGET 5
  001b6  LGET 4
  001b8  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  001d9  LOG1
    ; auctions.coin:83: emit ParameterSet("tau", tau)
  001da  PUSH 64
  001dc  MALLOC
  001dd  DUP1
  001de  PUSH 3652
  001e1  PUSH 64
  001e3  DATACOPY
  001e4  LSET 3
  001e6  PUSH 64
  001e8  LGET 3
  001ea  MLOAD
  001eb  PUSH 31
  001ed  ADD
  001ee  PUSH 5
  001f0  SHR
  001f1  PUSH 5
  001f3  SHL
  001f4  PUSH 32
  001f6  ADD
  001f7  ADD
  001f8  LSET 4
  001fa  LGET 4
  001fc  MALLOC
  001fd  LSET 5
  001ff  PUSH 64
  00201  LSET 6
  00203  LGET 5
  00205  PUSH 0
  00206  ADD
  00207  LGET 6
  00209  MSTORE
  0020a  LGET 5
  0020c  PUSH 0
  0020d  ADD
  0020e  LGET 6
  00210  ADD
  00211  LGET 3
  00213  LGET 3
  00215  MLOAD
  00216  PUSH 31
  00218  ADD
  00219  PUSH 5
  0021b  SHR
  0021c  PUSH 5
  0021e  SHL
  0021f  PUSH 32
  00221  ADD
  00222  DUP1
  00223  LSET 7
  00225  MCOPY
  00226  LGET 6
  00228  LGET 7
  0022a  ADD
  0022b  LSET 6
  0022d  LGET 5
  0022f  PUSH 32
  00231  ADD
  00232  LGET 2
  00234  MSTORE
  00235  LGET 5
  00237  LGET 4
  00239  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0025a  LOG1
    ; auctions.coin:74: fn set_all(beg: uint, ttl: uint, tau: uint) {
  0025b  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  0025c  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  0025e  PUSH 0
  0025f  CALLER
  00260  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  00261  PUSH 0
  00262  LSET 0
  00264  CALLER
  00265  LSET 1
  00267  PUSH0
  00268  PUSH0
  00269  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0028a  LGET 0
  0028c  LGET 1
  0028e  LOG3
    ; access.coin:8: init() {
  0028f  RETF
; ---- data section (3816 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000206f776e65722063616e6e6f7420626520746865207a65726f20616464
  00060  7265737308c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  00000000000000206f6e6c792074686520656e67696e652073656e647320636f
  000c0  6c6c61746572616c08c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  00000000000000000000001863616c6c6572206973206e6f742074686520656e
  00120  67696e65000000000000000008c379a000000000000000000000000000000000
  00140  0000000000000000000000000000002000000000000000000000000000000000
  00160  0000000000000000000000000000001761756374696f6e20696420616c726561
  00180  6479207573656400000000000000000008c379a0000000000000000000000000
  001a0  0000000000000000000000000000000000000020000000000000000000000000
  001c0  00000000000000000000000000000000000000126e6f7468696e6720746f2061
  001e0  756374696f6e000000000000000000000000000008c379a00000000000000000
  00200  0000000000000000000000000000000000000000000000200000000000000000
  00220  0000000000000000000000000000000000000000000000106e6f7468696e6720
  00240  746f2072616973650000000000000000000000000000000008c379a000000000
  00260  0000000000000000000000000000000000000000000000000000002000000000
  00280  00000000000000000000000000000000000000000000000000000017636f6c6c
  002a0  61746572616c206e6f7420726563656976656400000000000000000008c379a0
  002c0  0000000000000000000000000000000000000000000000000000000000000020
  002e0  0000000000000000000000000000000000000000000000000000000000000015
  00300  61756374696f6e206973206e6f74206163746976650000000000000000000000
  00320  08c379a000000000000000000000000000000000000000000000000000000000
  00340  0000002000000000000000000000000000000000000000000000000000000000
  00360  0000001561756374696f6e20686173206e6f7420656e64656400000000000000
  00380  0000000008c379a0000000000000000000000000000000000000000000000000
  003a0  0000000000000020000000000000000000000000000000000000000000000000
  003c0  000000000000001161756374696f6e2068617320612062696400000000000000
  003e0  000000000000000008c379a00000000000000000000000000000000000000000
  00400  0000000000000000000000200000000000000000000000000000000000000000
  00420  0000000000000000000000126c6f7420646f6573206e6f74206d617463680000
  00440  00000000000000000000000008c379a000000000000000000000000000000000
  00460  0000000000000000000000000000002000000000000000000000000000000000
  00480  0000000000000000000000000000001662696420697320686967686572207468
  004a0  616e207461620000000000000000000008c379a0000000000000000000000000
  004c0  0000000000000000000000000000000000000020000000000000000000000000
  004e0  0000000000000000000000000000000000000011626964206973206e6f742068
  00500  696768657200000000000000000000000000000008c379a00000000000000000
  00520  0000000000000000000000000000000000000000000000200000000000000000
  00540  00000000000000000000000000000000000000000000001962696420696e6372
  00560  656173652069732062656c6f77206265670000000000000008c379a000000000
  00580  0000000000000000000000000000000000000000000000000000002000000000
  005a0  0000000000000000000000000000000000000000000000000000003463616c6c
  005c0  20746f207472616e7366657246726f6d3a207468652074617267657420616464
  005e0  7265737320686173206e6f20636f646500000000000000000000000008c379a0
  00600  0000000000000000000000000000000000000000000000000000000000000020
  00620  0000000000000000000000000000000000000000000000000000000000000027
  00640  63616c6c20746f207472616e7366657246726f6d3a2073686f72742072657475
  00660  726e206461746100000000000000000000000000000000000000000000000000
  00680  08c379a000000000000000000000000000000000000000000000000000000000
  006a0  0000002000000000000000000000000000000000000000000000000000000000
  006c0  0000001d7661756c7420636f696e207472616e7366657220696e206661696c65
  006e0  6400000008c379a0000000000000000000000000000000000000000000000000
  00700  0000000000000020000000000000000000000000000000000000000000000000
  00720  000000000000003063616c6c20746f207472616e736665723a20746865207461
  00740  72676574206164647265737320686173206e6f20636f64650000000000000000
  00760  000000000000000008c379a00000000000000000000000000000000000000000
  00780  0000000000000000000000200000000000000000000000000000000000000000
  007a0  00000000000000000000002363616c6c20746f207472616e736665723a207368
  007c0  6f72742072657475726e20646174610000000000000000000000000000000000
  007e0  00000000000000000000000008c379a000000000000000000000000000000000
  00800  0000000000000000000000000000002000000000000000000000000000000000
  00820  0000000000000000000000000000000d726566756e64206661696c6564000000
  00840  0000000000000000000000000000000008c379a0000000000000000000000000
  00860  0000000000000000000000000000000000000020000000000000000000000000
  00880  000000000000000000000000000000000000001262696420646f6573206e6f74
  008a0  206d61746368000000000000000000000000000008c379a00000000000000000
  008c0  0000000000000000000000000000000000000000000000200000000000000000
  008e0  00000000000000000000000000000000000000000000001a74656e6420706861
  00900  7365206973206e6f742066696e697368656400000000000008c379a000000000
  00920  0000000000000000000000000000000000000000000000000000002000000000
  00940  000000000000000000000000000000000000000000000000000000106c6f7420
  00960  6973206e6f74206c6f7765720000000000000000000000000000000008c379a0
  00980  0000000000000000000000000000000000000000000000000000000000000020
  009a0  0000000000000000000000000000000000000000000000000000000000000019
  009c0  6c6f742064656372656173652069732062656c6f772062656700000000000000
  009e0  08c379a000000000000000000000000000000000000000000000000000000000
  00a00  0000002000000000000000000000000000000000000000000000000000000000
  00a20  0000001573656e643a207472616e73666572206661696c656400000000000000
  00a40  0000000008c379a0000000000000000000000000000000000000000000000000
  00a60  0000000000000020000000000000000000000000000000000000000000000000
  00a80  000000000000001761756374696f6e206973206e6f742066696e697368656400
  00aa0  000000000000000008c379a00000000000000000000000000000000000000000
  00ac0  0000000000000000000000200000000000000000000000000000000000000000
  00ae0  00000000000000000000002c63616c6c20746f206275726e3a20746865207461
  00b00  72676574206164647265737320686173206e6f20636f64650000000000000000
  00b20  00000000000000000000000008c379a000000000000000000000000000000000
  00b40  0000000000000000000000000000002000000000000000000000000000000000
  00b60  0000000000000000000000000000002e63616c6c20746f20736574746c653a20
  00b80  74686520746172676574206164647265737320686173206e6f20636f64650000
  00ba0  0000000000000000000000000000000008c379a0000000000000000000000000
  00bc0  0000000000000000000000000000000000000020000000000000000000000000
  00be0  000000000000000000000000000000000000000f626964206861732065787069
  00c00  726564000000000000000000000000000000000008c379a00000000000000000
  00c20  0000000000000000000000000000000000000000000000200000000000000000
  00c40  00000000000000000000000000000000000000000000001161756374696f6e20
  00c60  68617320656e64656400000000000000000000000000000008c379a000000000
  00c80  0000000000000000000000000000000000000000000000000000002000000000
  00ca0  0000000000000000000000000000000000000000000000000000002362656720
  00cc0  6d757374206265206265747765656e203120616e642032202861207761642900
  00ce0  0000000000000000000000000000000000000000000000000000000008c379a0
  00d00  0000000000000000000000000000000000000000000000000000000000000020
  00d20  0000000000000000000000000000000000000000000000000000000000000014
  00d40  74746c206d75737420626520706f736974697665000000000000000000000000
  00d60  08c379a000000000000000000000000000000000000000000000000000000000
  00d80  0000002000000000000000000000000000000000000000000000000000000000
  00da0  00000014746175206d75737420626520706f7369746976650000000000000000
  00dc0  0000000000000000000000000000000000000000000000000000000000000000
  00de0  0000000362656700000000000000000000000000000000000000000000000000
  00e00  0000000000000000000000000000000000000000000000000000000000000000
  00e20  0000000374746c00000000000000000000000000000000000000000000000000
  00e40  0000000000000000000000000000000000000000000000000000000000000000
  00e60  0000000374617500000000000000000000000000000000000000000000000000
  00e80  0000000008c379a0000000000000000000000000000000000000000000000000
  00ea0  0000000000000020000000000000000000000000000000000000000000000000
  00ec0  000000000000001763616c6c6572206973206e6f7420746865206f776e657200
  00ee0  0000000000000000
