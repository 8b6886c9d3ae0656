; contract Clipper
; ---- runtime section (4692 bytes)
    ; auctions.coin:235: contract Clipper is Owned {
  00000  ENTER 9
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
  0002d  PUSH 0x243923a0
  00032  EQ
  00033  JUMPI
  00034  PUSH @ext_kick_5
  00037  DUP2
  00038  PUSH 0x9d14657f
  0003d  EQ
  0003e  JUMPI
  0003f  PUSH @ext_take_6
  00042  DUP2
  00043  PUSH 0x3738f1a5
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_redo_7
  0004d  DUP2
  0004e  PUSH 0x5ce2fd85
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_auction_8
  00058  DUP2
  00059  PUSH 0x1200617f
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_status_9
  00063  DUP2
  00064  PUSH 0x42d21ef7
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_get_held_10
  0006e  DUP2
  0006f  PUSH 0x9866298f
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_kicked_11
  00079  DUP2
  0007a  PUSH 0x56c00b3
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
  00090  PUSH @fallback_1_revert
  00093  CALLDATASIZE
  00094  JUMPI
  00095  CALLF @fn_Clipper_receive
  00098  STOP
fallback_1_revert:
  00099  JUMPDEST
  0009a  PUSH0
  0009b  PUSH0
  0009c  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
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
  000a9  CALLF @fn_Owned_get_owner
  000ac  LSET 0
  000ae  PUSH 32
  000b0  MALLOC
  000b1  LSET 1
  000b3  LGET 1
  000b5  LGET 0
  000b7  MSTORE
  000b8  LGET 1
  000ba  PUSH 32
  000bc  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  000bd  JUMPDEST
  000be  POP
  000bf  PUSH @novalue_14
  000c2  CALLVALUE
  000c3  ISZERO
  000c4  JUMPI
  000c5  PUSH0
  000c6  PUSH0
  000c7  REVERT
novalue_14:
  000c8  JUMPDEST
  000c9  PUSH @bad_input_15
  000cc  CALLDATASIZE
  000cd  PUSH 36
  000cf  LT
  000d0  JUMPI
  000d1  PUSH 4
  000d3  CALLDATALOAD
  000d4  PUSH @bad_input_15
  000d7  DUP2
  000d8  PUSH 160
  000da  SHR
  000db  JUMPI
  000dc  CALLF @fn_Owned_transfer_ownership
  000df  STOP
ext_set_parameters_4:
    ; auctions.coin:266: pub fn set_parameters(buf: uint, tail: uint, cusp: uint, calc: uint, tau: uint, step: uint, cut: uint,
  000e0  JUMPDEST
  000e1  POP
  000e2  PUSH @novalue_16
  000e5  CALLVALUE
  000e6  ISZERO
  000e7  JUMPI
  000e8  PUSH0
  000e9  PUSH0
  000ea  REVERT
novalue_16:
  000eb  JUMPDEST
  000ec  PUSH @bad_input_15
  000ef  CALLDATASIZE
  000f0  PUSH 260
  000f3  LT
  000f4  JUMPI
  000f5  PUSH 4
  000f7  CALLDATALOAD
  000f8  PUSH 36
  000fa  CALLDATALOAD
  000fb  PUSH 68
  000fd  CALLDATALOAD
  000fe  PUSH 100
  00100  CALLDATALOAD
  00101  PUSH 132
  00103  CALLDATALOAD
  00104  PUSH 164
  00106  CALLDATALOAD
  00107  PUSH 196
  00109  CALLDATALOAD
  0010a  PUSH 228
  0010c  CALLDATALOAD
  0010d  CALLF @fn_Clipper_set_parameters
  00110  STOP
ext_kick_5:
    ; auctions.coin:301: pub fn kick(id: uint, owner: address, lot: uint, tab: uint, debt: uint, price: uint) -> uint {
  00111  JUMPDEST
  00112  POP
  00113  PUSH @novalue_17
  00116  CALLVALUE
  00117  ISZERO
  00118  JUMPI
  00119  PUSH0
  0011a  PUSH0
  0011b  REVERT
novalue_17:
  0011c  JUMPDEST
  0011d  PUSH @bad_input_15
  00120  CALLDATASIZE
  00121  PUSH 196
  00123  LT
  00124  JUMPI
  00125  PUSH 4
  00127  CALLDATALOAD
  00128  PUSH 36
  0012a  CALLDATALOAD
  0012b  PUSH @bad_input_15
  0012e  DUP2
  0012f  PUSH 160
  00131  SHR
  00132  JUMPI
  00133  PUSH 68
  00135  CALLDATALOAD
  00136  PUSH 100
  00138  CALLDATALOAD
  00139  PUSH 132
  0013b  CALLDATALOAD
  0013c  PUSH 164
  0013e  CALLDATALOAD
  0013f  CALLF @fn_Clipper_kick
  00142  LSET 0
  00144  PUSH 32
  00146  MALLOC
  00147  LSET 1
  00149  LGET 1
  0014b  LGET 0
  0014d  MSTORE
  0014e  LGET 1
  00150  PUSH 32
  00152  RETURN
ext_take_6:
    ; auctions.coin:318: pub fn take(id: uint, amt: uint, max_price: uint) -> uint {
  00153  JUMPDEST
  00154  POP
  00155  PUSH @novalue_18
  00158  CALLVALUE
  00159  ISZERO
  0015a  JUMPI
  0015b  PUSH0
  0015c  PUSH0
  0015d  REVERT
novalue_18:
  0015e  JUMPDEST
  0015f  PUSH @bad_input_15
  00162  CALLDATASIZE
  00163  PUSH 100
  00165  LT
  00166  JUMPI
  00167  PUSH 4
  00169  CALLDATALOAD
  0016a  PUSH 36
  0016c  CALLDATALOAD
  0016d  PUSH 68
  0016f  CALLDATALOAD
  00170  CALLF @fn_Clipper_take
  00173  LSET 0
  00175  PUSH 32
  00177  MALLOC
  00178  LSET 1
  0017a  LGET 1
  0017c  LGET 0
  0017e  MSTORE
  0017f  LGET 1
  00181  PUSH 32
  00183  RETURN
ext_redo_7:
    ; auctions.coin:369: pub fn redo(id: uint) {
  00184  JUMPDEST
  00185  POP
  00186  PUSH @novalue_19
  00189  CALLVALUE
  0018a  ISZERO
  0018b  JUMPI
  0018c  PUSH0
  0018d  PUSH0
  0018e  REVERT
novalue_19:
  0018f  JUMPDEST
  00190  PUSH @bad_input_15
  00193  CALLDATASIZE
  00194  PUSH 36
  00196  LT
  00197  JUMPI
  00198  PUSH 4
  0019a  CALLDATALOAD
  0019b  CALLF @fn_Clipper_redo
  0019e  STOP
ext_auction_8:
    ; auctions.coin:396: pub view fn auction(id: uint) -> Sale {
  0019f  JUMPDEST
  001a0  POP
  001a1  PUSH @novalue_20
  001a4  CALLVALUE
  001a5  ISZERO
  001a6  JUMPI
  001a7  PUSH0
  001a8  PUSH0
  001a9  REVERT
novalue_20:
  001aa  JUMPDEST
  001ab  PUSH @bad_input_15
  001ae  CALLDATASIZE
  001af  PUSH 36
  001b1  LT
  001b2  JUMPI
  001b3  PUSH 4
  001b5  CALLDATALOAD
  001b6  CALLF @fn_Clipper_auction
  001b9  LSET 7
  001bb  LSET 6
  001bd  LSET 5
  001bf  LSET 4
  001c1  LSET 3
  001c3  LSET 2
  001c5  LSET 1
  001c7  LSET 0
  001c9  PUSH 256
  001cc  MALLOC
  001cd  LSET 8
  001cf  LGET 8
  001d1  LGET 0
  001d3  MSTORE
  001d4  LGET 8
  001d6  PUSH 32
  001d8  ADD
  001d9  LGET 1
  001db  MSTORE
  001dc  LGET 8
  001de  PUSH 64
  001e0  ADD
  001e1  LGET 2
  001e3  MSTORE
  001e4  LGET 8
  001e6  PUSH 96
  001e8  ADD
  001e9  LGET 3
  001eb  MSTORE
  001ec  LGET 8
  001ee  PUSH 128
  001f0  ADD
  001f1  LGET 4
  001f3  MSTORE
  001f4  LGET 8
  001f6  PUSH 160
  001f8  ADD
  001f9  LGET 5
  001fb  MSTORE
  001fc  LGET 8
  001fe  PUSH 192
  00200  ADD
  00201  LGET 6
  00203  MSTORE
  00204  LGET 8
  00206  PUSH 224
  00208  ADD
  00209  LGET 7
  0020b  MSTORE
  0020c  LGET 8
  0020e  PUSH 256
  00211  RETURN
ext_status_9:
    ; auctions.coin:401: pub view fn status(id: uint) -> Status {
  00212  JUMPDEST
  00213  POP
  00214  PUSH @novalue_21
  00217  CALLVALUE
  00218  ISZERO
  00219  JUMPI
  0021a  PUSH0
  0021b  PUSH0
  0021c  REVERT
novalue_21:
  0021d  JUMPDEST
  0021e  PUSH @bad_input_15
  00221  CALLDATASIZE
  00222  PUSH 36
  00224  LT
  00225  JUMPI
  00226  PUSH 4
  00228  CALLDATALOAD
  00229  CALLF @fn_Clipper_status
  0022c  LSET 1
  0022e  LSET 0
  00230  PUSH 64
  00232  MALLOC
  00233  LSET 2
  00235  LGET 2
  00237  LGET 0
  00239  MSTORE
  0023a  LGET 2
  0023c  PUSH 32
  0023e  ADD
  0023f  LGET 1
  00241  MSTORE
  00242  LGET 2
  00244  PUSH 64
  00246  RETURN
ext_get_held_10:
    ; auctions.coin:408: pub view fn get_held() -> uint {
  00247  JUMPDEST
  00248  POP
  00249  PUSH @novalue_22
  0024c  CALLVALUE
  0024d  ISZERO
  0024e  JUMPI
  0024f  PUSH0
  00250  PUSH0
  00251  REVERT
novalue_22:
  00252  JUMPDEST
  00253  CALLF @fn_Clipper_get_held
  00256  LSET 0
  00258  PUSH 32
  0025a  MALLOC
  0025b  LSET 1
  0025d  LGET 1
  0025f  LGET 0
  00261  MSTORE
  00262  LGET 1
  00264  PUSH 32
  00266  RETURN
ext_kicked_11:
    ; auctions.coin:412: pub view fn kicked() -> uint {
  00267  JUMPDEST
  00268  POP
  00269  PUSH @novalue_23
  0026c  CALLVALUE
  0026d  ISZERO
  0026e  JUMPI
  0026f  PUSH0
  00270  PUSH0
  00271  REVERT
novalue_23:
  00272  JUMPDEST
  00273  CALLF @fn_Clipper_kicked
  00276  LSET 0
  00278  PUSH 32
  0027a  MALLOC
  0027b  LSET 1
  0027d  LGET 1
  0027f  LGET 0
  00281  MSTORE
  00282  LGET 1
  00284  PUSH 32
  00286  RETURN
ext_parameters_12:
    ; auctions.coin:416: pub view fn parameters() -> ClipParameters {
  00287  JUMPDEST
  00288  POP
  00289  PUSH @novalue_24
  0028c  CALLVALUE
  0028d  ISZERO
  0028e  JUMPI
  0028f  PUSH0
  00290  PUSH0
  00291  REVERT
novalue_24:
  00292  JUMPDEST
  00293  CALLF @fn_Clipper_parameters
  00296  LSET 7
  00298  LSET 6
  0029a  LSET 5
  0029c  LSET 4
  0029e  LSET 3
  002a0  LSET 2
  002a2  LSET 1
  002a4  LSET 0
  002a6  PUSH 256
  002a9  MALLOC
  002aa  LSET 8
  002ac  LGET 8
  002ae  LGET 0
  002b0  MSTORE
  002b1  LGET 8
  002b3  PUSH 32
  002b5  ADD
  002b6  LGET 1
  002b8  MSTORE
  002b9  LGET 8
  002bb  PUSH 64
  002bd  ADD
  002be  LGET 2
  002c0  MSTORE
  002c1  LGET 8
  002c3  PUSH 96
  002c5  ADD
  002c6  LGET 3
  002c8  MSTORE
  002c9  LGET 8
  002cb  PUSH 128
  002cd  ADD
  002ce  LGET 4
  002d0  MSTORE
  002d1  LGET 8
  002d3  PUSH 160
  002d5  ADD
  002d6  LGET 5
  002d8  MSTORE
  002d9  LGET 8
  002db  PUSH 192
  002dd  ADD
  002de  LGET 6
  002e0  MSTORE
  002e1  LGET 8
  002e3  PUSH 224
  002e5  ADD
  002e6  LGET 7
  002e8  MSTORE
  002e9  LGET 8
  002eb  PUSH 256
  002ee  RETURN
bad_input_15:
    ; auctions.coin:235: contract Clipper is Owned {
  002ef  JUMPDEST
  002f0  PUSH0
  002f1  PUSH0
  002f2  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  002f3  ENTER 0
    ; access.coin:14: return self.owner
  002f5  PUSH 0
  002f6  SLOAD
  002f7  RETF
  002f8  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  002f9  ENTER 2
  002fb  LSET 0
    ; access.coin:18: self.only_owner()
  002fd  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00300  PUSH @req_ok_25
  00303  LGET 0
  00305  PUSH 0
  00306  EQ
  00307  ISZERO
  00308  JUMPI
  00309  PUSH 100
  0030b  MALLOC
  0030c  DUP1
  0030d  PUSH 0
  0030e  PUSH 100
  00310  DATACOPY
  00311  PUSH 100
  00313  REVERT
req_ok_25:
  00314  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00315  PUSH 0
  00316  SLOAD
  00317  LSET 1
  00319  PUSH0
  0031a  PUSH0
  0031b  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0033c  LGET 1
  0033e  LGET 0
  00340  LOG3
    ; access.coin:21: self.owner = next
  00341  PUSH 0
  00342  LGET 0
  00344  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00345  RETF
fn_Clipper_set_parameters:
    ; auctions.coin:266: pub fn set_parameters(buf: uint, tail: uint, cusp: uint, calc: uint, tau: uint, step: uint, cut: uint,
  00346  ENTER 8
  00348  LSET 7
  0034a  LSET 6
  0034c  LSET 5
  0034e  LSET 4
  00350  LSET 3
  00352  LSET 2
  00354  LSET 1
  00356  LSET 0
    ; auctions.coin:268: self.only_owner()
  00358  CALLF @fn_Owned_only_owner
    ; auctions.coin:269: self.set_all(ClipParameters(buf, tail, cusp, calc, tau, step, cut, chost))
  0035b  LGET 0
  0035d  LGET 1
  0035f  LGET 2
  00361  LGET 3
  00363  LGET 4
  00365  LGET 5
  00367  LGET 6
  00369  LGET 7
  0036b  CALLF @fn_Clipper_set_all
    ; auctions.coin:266: pub fn set_parameters(buf: uint, tail: uint, cusp: uint, calc: uint, tau: uint, step: uint, cut: uint,
  0036e  RETF
fn_Clipper_receive:
    ; auctions.coin:297: pub payable fn receive() {
  0036f  ENTER 0
    ; auctions.coin:298: require(msg.sender == self.engine, "only the engine sends collateral")
  00371  PUSH @req_ok_26
  00374  CALLER
  00375  PUSH 1
  00377  SLOAD
  00378  EQ
  00379  JUMPI
  0037a  PUSH 100
  0037c  MALLOC
  0037d  DUP1
  0037e  PUSH 100
  00380  PUSH 100
  00382  DATACOPY
  00383  PUSH 100
  00385  REVERT
req_ok_26:
  00386  JUMPDEST
    ; auctions.coin:297: pub payable fn receive() {
  00387  RETF
fn_Clipper_kick:
    ; auctions.coin:301: pub fn kick(id: uint, owner: address, lot: uint, tab: uint, debt: uint, price: uint) -> uint {
  00388  ENTER 8
  0038a  LSET 5
  0038c  LSET 4
  0038e  LSET 3
  00390  LSET 2
  00392  LSET 1
  00394  LSET 0
    ; auctions.coin:302: require(msg.sender == self.engine, "caller is not the engine")
  00396  PUSH @req_ok_27
  00399  CALLER
  0039a  PUSH 1
  0039c  SLOAD
  0039d  EQ
  0039e  JUMPI
  0039f  PUSH 100
  003a1  MALLOC
  003a2  DUP1
  003a3  PUSH 200
  003a5  PUSH 100
  003a7  DATACOPY
  003a8  PUSH 100
  003aa  REVERT
req_ok_27:
  003ab  JUMPDEST
    ; auctions.coin:303: require(not self.sales[id].active and self.sales[id].tic == 0, "auction id already used")
  003ac  PUSH @req_ok_28
  003af  PUSH0
  003b0  LGET 0
  003b2  MSTORE
  003b3  PUSH 32
  003b5  PUSH 12
  003b7  MSTORE
  003b8  PUSH0
  003b9  PUSH 64
  003bb  KECCAK256
  003bc  PUSH 7
  003be  ADD
  003bf  SLOAD
  003c0  ISZERO
  003c1  DUP1
  003c2  ISZERO
  003c3  PUSH @and_29
  003c6  SWAP1
  003c7  JUMPI
  003c8  POP
  003c9  PUSH0
  003ca  LGET 0
  003cc  MSTORE
  003cd  PUSH 32
  003cf  PUSH 12
  003d1  MSTORE
  003d2  PUSH0
  003d3  PUSH 64
  003d5  KECCAK256
  003d6  PUSH 6
  003d8  ADD
  003d9  SLOAD
  003da  PUSH 0
  003db  EQ
and_29:
  003dc  JUMPDEST
  003dd  JUMPI
  003de  PUSH 100
  003e0  MALLOC
  003e1  DUP1
  003e2  PUSH 300
  003e5  PUSH 100
  003e7  DATACOPY
  003e8  PUSH 100
  003ea  REVERT
req_ok_28:
  003eb  JUMPDEST
    ; auctions.coin:304: require(lot > 0, "nothing to auction")
  003ec  PUSH @req_ok_30
  003ef  LGET 2
  003f1  PUSH 0
  003f2  GT
  003f3  JUMPI
  003f4  PUSH 100
  003f6  MALLOC
  003f7  DUP1
  003f8  PUSH 400
  003fb  PUSH 100
  003fd  DATACOPY
  003fe  PUSH 100
  00400  REVERT
req_ok_30:
  00401  JUMPDEST
    ; auctions.coin:305: require(tab > 0, "nothing to raise")
  00402  PUSH @req_ok_31
  00405  LGET 3
  00407  PUSH 0
  00408  GT
  00409  JUMPI
  0040a  PUSH 100
  0040c  MALLOC
  0040d  DUP1
  0040e  PUSH 500
  00411  PUSH 100
  00413  DATACOPY
  00414  PUSH 100
  00416  REVERT
req_ok_31:
  00417  JUMPDEST
    ; auctions.coin:306: require(price > 0, "no oracle price")
  00418  PUSH @req_ok_32
  0041b  LGET 5
  0041d  PUSH 0
  0041e  GT
  0041f  JUMPI
  00420  PUSH 100
  00422  MALLOC
  00423  DUP1
  00424  PUSH 600
  00427  PUSH 100
  00429  DATACOPY
  0042a  PUSH 100
  0042c  REVERT
req_ok_32:
  0042d  JUMPDEST
    ; auctions.coin:307: require(balance(this) >= self.held + lot, "collateral not received")
  0042e  PUSH @req_ok_33
  00431  SELFBALANCE
  00432  PUSH 13
  00434  SLOAD
  00435  LGET 2
  00437  CADD
  00438  LT
  00439  ISZERO
  0043a  JUMPI
  0043b  PUSH 100
  0043d  MALLOC
  0043e  DUP1
  0043f  PUSH 700
  00442  PUSH 100
  00444  DATACOPY
  00445  PUSH 100
  00447  REVERT
req_ok_33:
  00448  JUMPDEST
    ; auctions.coin:308: self.held += lot
  00449  PUSH 13
  0044b  DUP1
  0044c  SLOAD
  0044d  LGET 2
  0044f  CADD
  00450  SSTORE
    ; auctions.coin:309: self.kicks += 1
  00451  PUSH 14
  00453  DUP1
  00454  SLOAD
  00455  PUSH 1
  00457  CADD
  00458  SSTORE
    ; auctions.coin:310: let top = mul_div(price, self.buf, WAD)
  00459  LGET 5
  0045b  PUSH 4
  0045d  SLOAD
  0045e  PUSH 0xde0b6b3a7640000
  00467  MULDIV
  00468  LSET 6
    ; auctions.coin:311: self.sales[id] = Sale(owner: owner, lot: lot, tab: tab, debt: debt, raised: 0, top: top,
  0046a  LGET 1
  0046c  LGET 2
  0046e  LGET 3
  00470  LGET 4
  00472  PUSH 0
  00473  LGET 6
    ; auctions.coin:312: tic: block.timestamp, active: true)
  00475  TIMESTAMP
  00476  PUSH 1
    ; auctions.coin:311: self.sales[id] = Sale(owner: owner, lot: lot, tab: tab, debt: debt, raised: 0, top: top,
  00478  PUSH0
  00479  LGET 0
  0047b  MSTORE
  0047c  PUSH 32
  0047e  PUSH 12
  00480  MSTORE
  00481  PUSH0
  00482  PUSH 64
  00484  KECCAK256
  00485  LSET 7
  00487  LGET 7
  00489  PUSH 7
  0048b  ADD
  0048c  SWAP1
  0048d  SSTORE
  0048e  LGET 7
  00490  PUSH 6
  00492  ADD
  00493  SWAP1
  00494  SSTORE
  00495  LGET 7
  00497  PUSH 5
  00499  ADD
  0049a  SWAP1
  0049b  SSTORE
  0049c  LGET 7
  0049e  PUSH 4
  004a0  ADD
  004a1  SWAP1
  004a2  SSTORE
  004a3  LGET 7
  004a5  PUSH 3
  004a7  ADD
  004a8  SWAP1
  004a9  SSTORE
  004aa  LGET 7
  004ac  PUSH 2
  004ae  ADD
  004af  SWAP1
  004b0  SSTORE
  004b1  LGET 7
  004b3  PUSH 1
  004b5  ADD
  004b6  SWAP1
  004b7  SSTORE
  004b8  LGET 7
  004ba  SWAP1
  004bb  SSTORE
    ; auctions.coin:313: emit Kick(id, owner, lot, tab, top)
  004bc  PUSH 96
  004be  MALLOC
  004bf  LSET 7
  004c1  LGET 7
  004c3  LGET 2
  004c5  MSTORE
  004c6  LGET 7
  004c8  PUSH 32
  004ca  ADD
  004cb  LGET 3
  004cd  MSTORE
  004ce  LGET 7
  004d0  PUSH 64
  004d2  ADD
  004d3  LGET 6
  004d5  MSTORE
  004d6  LGET 7
  004d8  PUSH 96
  004da  PUSH 0xbe4bb9006f06a2caa43b26854aabd54fb91b341dbb68e899a717a64687b7f518
  004fb  LGET 0
  004fd  LGET 1
  004ff  LOG3
    ; auctions.coin:314: return id
  00500  LGET 0
  00502  RETF
  00503  INVALID
fn_Clipper_take:
    ; auctions.coin:318: pub fn take(id: uint, amt: uint, max_price: uint) -> uint {
  00504  ENTER 22
  00506  LSET 2
  00508  LSET 1
  0050a  LSET 0
    ; auctions.coin:319: let s = self.sales[id]
  0050c  PUSH0
  0050d  LGET 0
  0050f  MSTORE
  00510  PUSH 32
  00512  PUSH 12
  00514  MSTORE
  00515  PUSH0
  00516  PUSH 64
  00518  KECCAK256
  00519  LSET 16
  0051b  LGET 16
  0051d  SLOAD
  0051e  LGET 16
  00520  PUSH 1
  00522  ADD
  00523  SLOAD
  00524  LGET 16
  00526  PUSH 2
  00528  ADD
  00529  SLOAD
  0052a  LGET 16
  0052c  PUSH 3
  0052e  ADD
  0052f  SLOAD
  00530  LGET 16
  00532  PUSH 4
  00534  ADD
  00535  SLOAD
  00536  LGET 16
  00538  PUSH 5
  0053a  ADD
  0053b  SLOAD
  0053c  LGET 16
  0053e  PUSH 6
  00540  ADD
  00541  SLOAD
  00542  LGET 16
  00544  PUSH 7
  00546  ADD
  00547  SLOAD
  00548  LSET 10
  0054a  LSET 9
  0054c  LSET 8
  0054e  LSET 7
  00550  LSET 6
  00552  LSET 5
  00554  LSET 4
  00556  LSET 3
    ; auctions.coin:320: require(s.active, "auction is not active")
  00558  PUSH @req_ok_34
  0055b  LGET 10
  0055d  JUMPI
  0055e  PUSH 100
  00560  MALLOC
  00561  DUP1
  00562  PUSH 800
  00565  PUSH 100
  00567  DATACOPY
  00568  PUSH 100
  0056a  REVERT
req_ok_34:
  0056b  JUMPDEST
    ; auctions.coin:321: let price = self.price_at(s.top, s.tic)
  0056c  LGET 8
  0056e  LGET 9
  00570  CALLF @fn_Clipper_price_at
  00573  LSET 11
    ; auctions.coin:322: require(not self.done(s, price), "auction needs a reset (redo)")
  00575  PUSH @req_ok_35
  00578  LGET 3
  0057a  LGET 4
  0057c  LGET 5
  0057e  LGET 6
  00580  LGET 7
  00582  LGET 8
  00584  LGET 9
  00586  LGET 10
  00588  LGET 11
  0058a  CALLF @fn_Clipper_done
  0058d  ISZERO
  0058e  JUMPI
  0058f  PUSH 100
  00591  MALLOC
  00592  DUP1
  00593  PUSH 900
  00596  PUSH 100
  00598  DATACOPY
  00599  PUSH 100
  0059b  REVERT
req_ok_35:
  0059c  JUMPDEST
    ; auctions.coin:323: require(max_price >= price, "price is above max_price")
  0059d  PUSH @req_ok_36
  005a0  LGET 2
  005a2  LGET 11
  005a4  LT
  005a5  ISZERO
  005a6  JUMPI
  005a7  PUSH 100
  005a9  MALLOC
  005aa  DUP1
  005ab  PUSH 1000
  005ae  PUSH 100
  005b0  DATACOPY
  005b1  PUSH 100
  005b3  REVERT
req_ok_36:
  005b4  JUMPDEST
    ; auctions.coin:324: let slice = min(s.lot, amt)
  005b5  LGET 4
  005b7  LSET 16
  005b9  LGET 1
  005bb  LSET 17
  005bd  LGET 17
  005bf  LGET 16
  005c1  LGET 17
  005c3  XOR
  005c4  LGET 16
  005c6  LGET 17
  005c8  LT
  005c9  MUL
  005ca  XOR
  005cb  LSET 12
    ; auctions.coin:325: require(slice > 0, "nothing to take")
  005cd  PUSH @req_ok_37
  005d0  LGET 12
  005d2  PUSH 0
  005d3  GT
  005d4  JUMPI
  005d5  PUSH 100
  005d7  MALLOC
  005d8  DUP1
  005d9  PUSH 1100
  005dc  PUSH 100
  005de  DATACOPY
  005df  PUSH 100
  005e1  REVERT
req_ok_37:
  005e2  JUMPDEST
    ; auctions.coin:326: let owe = mul_div(slice, price, WAD)
  005e3  LGET 12
  005e5  LGET 11
  005e7  PUSH 0xde0b6b3a7640000
  005f0  MULDIV
  005f1  LSET 13
    ; auctions.coin:327: if owe > s.tab {
  005f3  PUSH @else_38
  005f6  LGET 13
  005f8  LGET 5
  005fa  GT
  005fb  ISZERO
  005fc  JUMPI
    ; auctions.coin:328: owe = s.tab
  005fd  LGET 5
  005ff  LSET 13
    ; auctions.coin:329: slice = min(s.lot, mul_div(owe, WAD, price))
  00601  LGET 4
  00603  LSET 16
  00605  LGET 13
  00607  PUSH 0xde0b6b3a7640000
  00610  LGET 11
  00612  MULDIV
  00613  LSET 17
  00615  LGET 17
  00617  LGET 16
  00619  LGET 17
  0061b  XOR
  0061c  LGET 16
  0061e  LGET 17
  00620  LT
  00621  MUL
  00622  XOR
  00623  LSET 12
  00625  PUSH @endif_39
  00628  JUMP
else_38:
  00629  JUMPDEST
    ; auctions.coin:331: if owe < s.tab and slice < s.lot and s.tab - owe < self.chost {
  0062a  PUSH @else_40
  0062d  LGET 13
  0062f  LGET 5
  00631  LT
  00632  DUP1
  00633  ISZERO
  00634  PUSH @and_42
  00637  SWAP1
  00638  JUMPI
  00639  POP
  0063a  LGET 12
  0063c  LGET 4
  0063e  LT
and_42:
  0063f  JUMPDEST
  00640  DUP1
  00641  ISZERO
  00642  PUSH @and_41
  00645  SWAP1
  00646  JUMPI
  00647  POP
  00648  LGET 5
  0064a  LGET 13
  0064c  CSUB
  0064d  PUSH 11
  0064f  SLOAD
  00650  LT
and_41:
  00651  JUMPDEST
  00652  ISZERO
  00653  JUMPI
    ; auctions.coin:332: require(s.tab > self.chost, "remaining tab would be below chost")
  00654  PUSH @req_ok_43
  00657  LGET 5
  00659  PUSH 11
  0065b  SLOAD
  0065c  GT
  0065d  JUMPI
  0065e  PUSH 132
  00660  MALLOC
  00661  DUP1
  00662  PUSH 1200
  00665  PUSH 132
  00667  DATACOPY
  00668  PUSH 132
  0066a  REVERT
req_ok_43:
  0066b  JUMPDEST
    ; auctions.coin:333: owe = s.tab - self.chost
  0066c  LGET 5
  0066e  PUSH 11
  00670  SLOAD
  00671  CSUB
  00672  LSET 13
    ; auctions.coin:334: slice = mul_div(owe, WAD, price)
  00674  LGET 13
  00676  PUSH 0xde0b6b3a7640000
  0067f  LGET 11
  00681  MULDIV
  00682  LSET 12
else_40:
  00684  JUMPDEST
endif_39:
  00685  JUMPDEST
    ; auctions.coin:337: s.tab -= owe
  00686  LGET 5
  00688  LGET 13
  0068a  CSUB
  0068b  LSET 5
    ; auctions.coin:338: s.lot -= slice
  0068d  LGET 4
  0068f  LGET 12
  00691  CSUB
  00692  LSET 4
    ; auctions.coin:339: s.raised += owe
  00694  LGET 7
  00696  LGET 13
  00698  CADD
  00699  LSET 7
    ; auctions.coin:340: self.held -= slice
  0069b  PUSH 13
  0069d  DUP1
  0069e  SLOAD
  0069f  LGET 12
  006a1  CSUB
  006a2  SSTORE
    ; auctions.coin:341: let closed = s.lot == 0 or s.tab == 0
  006a3  LGET 4
  006a5  PUSH 0
  006a6  EQ
  006a7  DUP1
  006a8  PUSH @or_44
  006ab  SWAP1
  006ac  JUMPI
  006ad  POP
  006ae  LGET 5
  006b0  PUSH 0
  006b1  EQ
or_44:
  006b2  JUMPDEST
  006b3  LSET 14
    ; auctions.coin:342: let returned = 0
  006b5  PUSH 0
  006b6  LSET 15
    ; auctions.coin:343: if closed {
  006b8  PUSH @else_45
  006bb  LGET 14
  006bd  ISZERO
  006be  JUMPI
    ; auctions.coin:344: returned = s.lot
  006bf  LGET 4
  006c1  LSET 15
    ; auctions.coin:345: self.held -= returned
  006c3  PUSH 13
  006c5  DUP1
  006c6  SLOAD
  006c7  LGET 15
  006c9  CSUB
  006ca  SSTORE
    ; auctions.coin:346: s.active = false
  006cb  PUSH 0
  006cc  LSET 10
    ; auctions.coin:347: s.lot = 0
  006ce  PUSH 0
  006cf  LSET 4
else_45:
  006d1  JUMPDEST
    ; auctions.coin:350: self.sales[id] = s
  006d2  LGET 3
  006d4  LGET 4
  006d6  LGET 5
  006d8  LGET 6
  006da  LGET 7
  006dc  LGET 8
  006de  LGET 9
  006e0  LGET 10
  006e2  PUSH0
  006e3  LGET 0
  006e5  MSTORE
  006e6  PUSH 32
  006e8  PUSH 12
  006ea  MSTORE
  006eb  PUSH0
  006ec  PUSH 64
  006ee  KECCAK256
  006ef  LSET 16
  006f1  LGET 16
  006f3  PUSH 7
  006f5  ADD
  006f6  SWAP1
  006f7  SSTORE
  006f8  LGET 16
  006fa  PUSH 6
  006fc  ADD
  006fd  SWAP1
  006fe  SSTORE
  006ff  LGET 16
  00701  PUSH 5
  00703  ADD
  00704  SWAP1
  00705  SSTORE
  00706  LGET 16
  00708  PUSH 4
  0070a  ADD
  0070b  SWAP1
  0070c  SSTORE
  0070d  LGET 16
  0070f  PUSH 3
  00711  ADD
  00712  SWAP1
  00713  SSTORE
  00714  LGET 16
  00716  PUSH 2
  00718  ADD
  00719  SWAP1
  0071a  SSTORE
  0071b  LGET 16
  0071d  PUSH 1
  0071f  ADD
  00720  SWAP1
  00721  SSTORE
  00722  LGET 16
  00724  SWAP1
  00725  SSTORE
    ; auctions.coin:351: if owe > 0 {
  00726  PUSH @else_46
  00729  LGET 13
  0072b  PUSH 0
  0072c  GT
  0072d  ISZERO
  0072e  JUMPI
    ; auctions.coin:352: BurnsCoin(self.coin).burn(msg.sender, owe)
  0072f  PUSH 2
  00731  SLOAD
  00732  LSET 16
  00734  CALLER
  00735  LSET 17
  00737  LGET 13
  00739  LSET 18
  0073b  PUSH @has_code_47
  0073e  LGET 16
  00740  EXTCODESIZE
  00741  JUMPI
  00742  PUSH 132
  00744  MALLOC
  00745  DUP1
  00746  PUSH 1332
  00749  PUSH 132
  0074b  DATACOPY
  0074c  PUSH 132
  0074e  REVERT
has_code_47:
  0074f  JUMPDEST
  00750  PUSH 68
  00752  MALLOC
  00753  LSET 19
  00755  LGET 19
  00757  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  00778  MSTORE
  00779  LGET 19
  0077b  PUSH 4
  0077d  ADD
  0077e  LGET 17
  00780  MSTORE
  00781  LGET 19
  00783  PUSH 36
  00785  ADD
  00786  LGET 18
  00788  MSTORE
  00789  PUSH @call_ok_48
  0078c  GAS
  0078d  LGET 16
  0078f  PUSH0
  00790  LGET 19
  00792  PUSH 68
  00794  PUSH0
  00795  PUSH0
  00796  CALL
  00797  JUMPI
  00798  RETURNDATASIZE
  00799  MALLOC
  0079a  DUP1
  0079b  PUSH0
  0079c  RETURNDATASIZE
  0079d  RETURNDATACOPY
  0079e  RETURNDATASIZE
  0079f  REVERT
call_ok_48:
  007a0  JUMPDEST
else_46:
  007a1  JUMPDEST
    ; auctions.coin:354: if closed {
  007a2  PUSH @else_49
  007a5  LGET 14
  007a7  ISZERO
  007a8  JUMPI
    ; auctions.coin:355: Settlement(self.engine).settle(id, s.debt, s.raised, returned)
  007a9  PUSH 1
  007ab  SLOAD
  007ac  LSET 16
  007ae  LGET 0
  007b0  LSET 17
  007b2  LGET 6
  007b4  LSET 18
  007b6  LGET 7
  007b8  LSET 19
  007ba  LGET 15
  007bc  LSET 20
  007be  PUSH @has_code_50
  007c1  LGET 16
  007c3  EXTCODESIZE
  007c4  JUMPI
  007c5  PUSH 132
  007c7  MALLOC
  007c8  DUP1
  007c9  PUSH 1464
  007cc  PUSH 132
  007ce  DATACOPY
  007cf  PUSH 132
  007d1  REVERT
has_code_50:
  007d2  JUMPDEST
  007d3  PUSH 132
  007d5  MALLOC
  007d6  LSET 21
  007d8  LGET 21
  007da  PUSH 0x39ff890600000000000000000000000000000000000000000000000000000000
  007fb  MSTORE
  007fc  LGET 21
  007fe  PUSH 4
  00800  ADD
  00801  LGET 17
  00803  MSTORE
  00804  LGET 21
  00806  PUSH 36
  00808  ADD
  00809  LGET 18
  0080b  MSTORE
  0080c  LGET 21
  0080e  PUSH 68
  00810  ADD
  00811  LGET 19
  00813  MSTORE
  00814  LGET 21
  00816  PUSH 100
  00818  ADD
  00819  LGET 20
  0081b  MSTORE
  0081c  PUSH @call_ok_51
  0081f  GAS
  00820  LGET 16
  00822  PUSH0
  00823  LGET 21
  00825  PUSH 132
  00827  PUSH0
  00828  PUSH0
  00829  CALL
  0082a  JUMPI
  0082b  RETURNDATASIZE
  0082c  MALLOC
  0082d  DUP1
  0082e  PUSH0
  0082f  RETURNDATASIZE
  00830  RETURNDATACOPY
  00831  RETURNDATASIZE
  00832  REVERT
call_ok_51:
  00833  JUMPDEST
else_49:
  00834  JUMPDEST
    ; auctions.coin:357: send(msg.sender, slice)
  00835  CALLER
  00836  LSET 16
  00838  LGET 12
  0083a  LSET 17
  0083c  PUSH @send_ok_52
  0083f  GAS
  00840  LGET 16
  00842  LGET 17
  00844  PUSH0
  00845  PUSH0
  00846  PUSH0
  00847  PUSH0
  00848  CALL
  00849  JUMPI
  0084a  PUSH @send_fail_53
  0084d  RETURNDATASIZE
  0084e  ISZERO
  0084f  JUMPI
  00850  RETURNDATASIZE
  00851  MALLOC
  00852  DUP1
  00853  PUSH0
  00854  RETURNDATASIZE
  00855  RETURNDATACOPY
  00856  RETURNDATASIZE
  00857  REVERT
send_fail_53:
  00858  JUMPDEST
  00859  PUSH 100
  0085b  MALLOC
  0085c  DUP1
  0085d  PUSH 1596
  00860  PUSH 100
  00862  DATACOPY
  00863  PUSH 100
  00865  REVERT
send_ok_52:
  00866  JUMPDEST
    ; auctions.coin:358: emit Take(id, msg.sender, slice, owe, price)
  00867  CALLER
  00868  LSET 16
  0086a  PUSH 96
  0086c  MALLOC
  0086d  LSET 17
  0086f  LGET 17
  00871  LGET 12
  00873  MSTORE
  00874  LGET 17
  00876  PUSH 32
  00878  ADD
  00879  LGET 13
  0087b  MSTORE
  0087c  LGET 17
  0087e  PUSH 64
  00880  ADD
  00881  LGET 11
  00883  MSTORE
  00884  LGET 17
  00886  PUSH 96
  00888  PUSH 0x2bcf8e467d8eb1ddcb1a906d2c88d716e2b6408281b3c6a73db185c6b7c81d
  008a8  LGET 0
  008aa  LGET 16
  008ac  LOG3
    ; auctions.coin:359: if closed {
  008ad  PUSH @else_54
  008b0  LGET 14
  008b2  ISZERO
  008b3  JUMPI
    ; auctions.coin:360: if returned > 0 {
  008b4  PUSH @else_55
  008b7  LGET 15
  008b9  PUSH 0
  008ba  GT
  008bb  ISZERO
  008bc  JUMPI
    ; auctions.coin:361: send(s.owner, returned)
  008bd  LGET 3
  008bf  LSET 16
  008c1  LGET 15
  008c3  LSET 17
  008c5  PUSH @send_ok_56
  008c8  GAS
  008c9  LGET 16
  008cb  LGET 17
  008cd  PUSH0
  008ce  PUSH0
  008cf  PUSH0
  008d0  PUSH0
  008d1  CALL
  008d2  JUMPI
  008d3  PUSH @send_fail_57
  008d6  RETURNDATASIZE
  008d7  ISZERO
  008d8  JUMPI
  008d9  RETURNDATASIZE
  008da  MALLOC
  008db  DUP1
  008dc  PUSH0
  008dd  RETURNDATASIZE
  008de  RETURNDATACOPY
  008df  RETURNDATASIZE
  008e0  REVERT
send_fail_57:
  008e1  JUMPDEST
  008e2  PUSH 100
  008e4  MALLOC
  008e5  DUP1
  008e6  PUSH 1596
  008e9  PUSH 100
  008eb  DATACOPY
  008ec  PUSH 100
  008ee  REVERT
send_ok_56:
  008ef  JUMPDEST
else_55:
  008f0  JUMPDEST
    ; auctions.coin:363: emit Closed(id, returned, s.tab)
  008f1  LGET 5
  008f3  LSET 16
  008f5  PUSH 64
  008f7  MALLOC
  008f8  LSET 17
  008fa  LGET 17
  008fc  LGET 15
  008fe  MSTORE
  008ff  LGET 17
  00901  PUSH 32
  00903  ADD
  00904  LGET 16
  00906  MSTORE
  00907  LGET 17
  00909  PUSH 64
  0090b  PUSH 0x95b630824ad6e94ddef40548c81e9ea6d2359c3c61fc11f37e1633bb7b1e3e25
  0092c  LGET 0
  0092e  LOG2
else_54:
  0092f  JUMPDEST
    ; auctions.coin:365: return slice
  00930  LGET 12
  00932  RETF
  00933  INVALID
fn_Clipper_redo:
    ; auctions.coin:369: pub fn redo(id: uint) {
  00934  ENTER 13
  00936  LSET 0
    ; auctions.coin:370: let s = self.sales[id]
  00938  PUSH0
  00939  LGET 0
  0093b  MSTORE
  0093c  PUSH 32
  0093e  PUSH 12
  00940  MSTORE
  00941  PUSH0
  00942  PUSH 64
  00944  KECCAK256
  00945  LSET 10
  00947  LGET 10
  00949  SLOAD
  0094a  LGET 10
  0094c  PUSH 1
  0094e  ADD
  0094f  SLOAD
  00950  LGET 10
  00952  PUSH 2
  00954  ADD
  00955  SLOAD
  00956  LGET 10
  00958  PUSH 3
  0095a  ADD
  0095b  SLOAD
  0095c  LGET 10
  0095e  PUSH 4
  00960  ADD
  00961  SLOAD
  00962  LGET 10
  00964  PUSH 5
  00966  ADD
  00967  SLOAD
  00968  LGET 10
  0096a  PUSH 6
  0096c  ADD
  0096d  SLOAD
  0096e  LGET 10
  00970  PUSH 7
  00972  ADD
  00973  SLOAD
  00974  LSET 8
  00976  LSET 7
  00978  LSET 6
  0097a  LSET 5
  0097c  LSET 4
  0097e  LSET 3
  00980  LSET 2
  00982  LSET 1
    ; auctions.coin:371: require(s.active, "auction is not active")
  00984  PUSH @req_ok_58
  00987  LGET 8
  00989  JUMPI
  0098a  PUSH 100
  0098c  MALLOC
  0098d  DUP1
  0098e  PUSH 800
  00991  PUSH 100
  00993  DATACOPY
  00994  PUSH 100
  00996  REVERT
req_ok_58:
  00997  JUMPDEST
    ; auctions.coin:372: require(self.done(s, self.price_at(s.top, s.tic)), "auction does not need a reset")
  00998  PUSH @req_ok_59
  0099b  LGET 1
  0099d  LGET 2
  0099f  LGET 3
  009a1  LGET 4
  009a3  LGET 5
  009a5  LGET 6
  009a7  LGET 7
  009a9  LGET 8
  009ab  LGET 6
  009ad  LGET 7
  009af  CALLF @fn_Clipper_price_at
  009b2  CALLF @fn_Clipper_done
  009b5  JUMPI
  009b6  PUSH 100
  009b8  MALLOC
  009b9  DUP1
  009ba  PUSH 1696
  009bd  PUSH 100
  009bf  DATACOPY
  009c0  PUSH 100
  009c2  REVERT
req_ok_59:
  009c3  JUMPDEST
    ; auctions.coin:373: let price = Feed(self.oracle).price()
  009c4  PUSH 3
  009c6  SLOAD
  009c7  LSET 10
  009c9  PUSH @has_code_60
  009cc  LGET 10
  009ce  EXTCODESIZE
  009cf  JUMPI
  009d0  PUSH 132
  009d2  MALLOC
  009d3  DUP1
  009d4  PUSH 1796
  009d7  PUSH 132
  009d9  DATACOPY
  009da  PUSH 132
  009dc  REVERT
has_code_60:
  009dd  JUMPDEST
  009de  PUSH 4
  009e0  MALLOC
  009e1  LSET 11
  009e3  LGET 11
  009e5  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00a06  MSTORE
  00a07  PUSH @call_ok_61
  00a0a  GAS
  00a0b  LGET 10
  00a0d  LGET 11
  00a0f  PUSH 4
  00a11  PUSH0
  00a12  PUSH0
  00a13  STATICCALL
  00a14  JUMPI
  00a15  RETURNDATASIZE
  00a16  MALLOC
  00a17  DUP1
  00a18  PUSH0
  00a19  RETURNDATASIZE
  00a1a  RETURNDATACOPY
  00a1b  RETURNDATASIZE
  00a1c  REVERT
call_ok_61:
  00a1d  JUMPDEST
  00a1e  PUSH @ret_ok_62
  00a21  RETURNDATASIZE
  00a22  PUSH 32
  00a24  LT
  00a25  ISZERO
  00a26  JUMPI
  00a27  PUSH 100
  00a29  MALLOC
  00a2a  DUP1
  00a2b  PUSH 1928
  00a2e  PUSH 100
  00a30  DATACOPY
  00a31  PUSH 100
  00a33  REVERT
ret_ok_62:
  00a34  JUMPDEST
  00a35  PUSH 32
  00a37  MALLOC
  00a38  LSET 12
  00a3a  LGET 12
  00a3c  PUSH0
  00a3d  PUSH 32
  00a3f  RETURNDATACOPY
  00a40  LGET 12
  00a42  MLOAD
  00a43  LSET 9
    ; auctions.coin:374: require(price > 0, "no oracle price")
  00a45  PUSH @req_ok_63
  00a48  LGET 9
  00a4a  PUSH 0
  00a4b  GT
  00a4c  JUMPI
  00a4d  PUSH 100
  00a4f  MALLOC
  00a50  DUP1
  00a51  PUSH 600
  00a54  PUSH 100
  00a56  DATACOPY
  00a57  PUSH 100
  00a59  REVERT
req_ok_63:
  00a5a  JUMPDEST
    ; auctions.coin:375: s.top = mul_div(price, self.buf, WAD)
  00a5b  LGET 9
  00a5d  PUSH 4
  00a5f  SLOAD
  00a60  PUSH 0xde0b6b3a7640000
  00a69  MULDIV
  00a6a  LSET 6
    ; auctions.coin:376: s.tic = block.timestamp
  00a6c  TIMESTAMP
  00a6d  LSET 7
    ; auctions.coin:377: self.sales[id] = s
  00a6f  LGET 1
  00a71  LGET 2
  00a73  LGET 3
  00a75  LGET 4
  00a77  LGET 5
  00a79  LGET 6
  00a7b  LGET 7
  00a7d  LGET 8
  00a7f  PUSH0
  00a80  LGET 0
  00a82  MSTORE
  00a83  PUSH 32
  00a85  PUSH 12
  00a87  MSTORE
  00a88  PUSH0
  00a89  PUSH 64
  00a8b  KECCAK256
  00a8c  LSET 10
  00a8e  LGET 10
  00a90  PUSH 7
  00a92  ADD
  00a93  SWAP1
  00a94  SSTORE
  00a95  LGET 10
  00a97  PUSH 6
  00a99  ADD
  00a9a  SWAP1
  00a9b  SSTORE
  00a9c  LGET 10
  00a9e  PUSH 5
  00aa0  ADD
  00aa1  SWAP1
  00aa2  SSTORE
  00aa3  LGET 10
  00aa5  PUSH 4
  00aa7  ADD
  00aa8  SWAP1
  00aa9  SSTORE
  00aaa  LGET 10
  00aac  PUSH 3
  00aae  ADD
  00aaf  SWAP1
  00ab0  SSTORE
  00ab1  LGET 10
  00ab3  PUSH 2
  00ab5  ADD
  00ab6  SWAP1
  00ab7  SSTORE
  00ab8  LGET 10
  00aba  PUSH 1
  00abc  ADD
  00abd  SWAP1
  00abe  SSTORE
  00abf  LGET 10
  00ac1  SWAP1
  00ac2  SSTORE
    ; auctions.coin:378: emit Redo(id, s.top)
  00ac3  LGET 6
  00ac5  LSET 10
  00ac7  PUSH 32
  00ac9  MALLOC
  00aca  LSET 11
  00acc  LGET 11
  00ace  LGET 10
  00ad0  MSTORE
  00ad1  LGET 11
  00ad3  PUSH 32
  00ad5  PUSH 0xe76de78e9f00e8f0956c325f53a265a64350cef956de092aa9f99968e74081c4
  00af6  LGET 0
  00af8  LOG2
    ; auctions.coin:369: pub fn redo(id: uint) {
  00af9  RETF
fn_Clipper_auction:
    ; auctions.coin:396: pub view fn auction(id: uint) -> Sale {
  00afa  ENTER 2
  00afc  LSET 0
    ; auctions.coin:397: return self.sales[id]
  00afe  PUSH0
  00aff  LGET 0
  00b01  MSTORE
  00b02  PUSH 32
  00b04  PUSH 12
  00b06  MSTORE
  00b07  PUSH0
  00b08  PUSH 64
  00b0a  KECCAK256
  00b0b  LSET 1
  00b0d  LGET 1
  00b0f  SLOAD
  00b10  LGET 1
  00b12  PUSH 1
  00b14  ADD
  00b15  SLOAD
  00b16  LGET 1
  00b18  PUSH 2
  00b1a  ADD
  00b1b  SLOAD
  00b1c  LGET 1
  00b1e  PUSH 3
  00b20  ADD
  00b21  SLOAD
  00b22  LGET 1
  00b24  PUSH 4
  00b26  ADD
  00b27  SLOAD
  00b28  LGET 1
  00b2a  PUSH 5
  00b2c  ADD
  00b2d  SLOAD
  00b2e  LGET 1
  00b30  PUSH 6
  00b32  ADD
  00b33  SLOAD
  00b34  LGET 1
  00b36  PUSH 7
  00b38  ADD
  00b39  SLOAD
  00b3a  RETF
  00b3b  INVALID
fn_Clipper_status:
    ; auctions.coin:401: pub view fn status(id: uint) -> Status {
  00b3c  ENTER 11
  00b3e  LSET 0
    ; auctions.coin:402: let s = self.sales[id]
  00b40  PUSH0
  00b41  LGET 0
  00b43  MSTORE
  00b44  PUSH 32
  00b46  PUSH 12
  00b48  MSTORE
  00b49  PUSH0
  00b4a  PUSH 64
  00b4c  KECCAK256
  00b4d  LSET 10
  00b4f  LGET 10
  00b51  SLOAD
  00b52  LGET 10
  00b54  PUSH 1
  00b56  ADD
  00b57  SLOAD
  00b58  LGET 10
  00b5a  PUSH 2
  00b5c  ADD
  00b5d  SLOAD
  00b5e  LGET 10
  00b60  PUSH 3
  00b62  ADD
  00b63  SLOAD
  00b64  LGET 10
  00b66  PUSH 4
  00b68  ADD
  00b69  SLOAD
  00b6a  LGET 10
  00b6c  PUSH 5
  00b6e  ADD
  00b6f  SLOAD
  00b70  LGET 10
  00b72  PUSH 6
  00b74  ADD
  00b75  SLOAD
  00b76  LGET 10
  00b78  PUSH 7
  00b7a  ADD
  00b7b  SLOAD
  00b7c  LSET 8
  00b7e  LSET 7
  00b80  LSET 6
  00b82  LSET 5
  00b84  LSET 4
  00b86  LSET 3
  00b88  LSET 2
  00b8a  LSET 1
    ; auctions.coin:403: require(s.active, "auction is not active")
  00b8c  PUSH @req_ok_64
  00b8f  LGET 8
  00b91  JUMPI
  00b92  PUSH 100
  00b94  MALLOC
  00b95  DUP1
  00b96  PUSH 800
  00b99  PUSH 100
  00b9b  DATACOPY
  00b9c  PUSH 100
  00b9e  REVERT
req_ok_64:
  00b9f  JUMPDEST
    ; auctions.coin:404: let price = self.price_at(s.top, s.tic)
  00ba0  LGET 6
  00ba2  LGET 7
  00ba4  CALLF @fn_Clipper_price_at
  00ba7  LSET 9
    ; auctions.coin:405: return Status(price: price, needs_redo: self.done(s, price))
  00ba9  LGET 9
  00bab  LGET 1
  00bad  LGET 2
  00baf  LGET 3
  00bb1  LGET 4
  00bb3  LGET 5
  00bb5  LGET 6
  00bb7  LGET 7
  00bb9  LGET 8
  00bbb  LGET 9
  00bbd  CALLF @fn_Clipper_done
  00bc0  RETF
  00bc1  INVALID
fn_Clipper_get_held:
    ; auctions.coin:408: pub view fn get_held() -> uint {
  00bc2  ENTER 0
    ; auctions.coin:409: return self.held
  00bc4  PUSH 13
  00bc6  SLOAD
  00bc7  RETF
  00bc8  INVALID
fn_Clipper_kicked:
    ; auctions.coin:412: pub view fn kicked() -> uint {
  00bc9  ENTER 0
    ; auctions.coin:413: return self.kicks
  00bcb  PUSH 14
  00bcd  SLOAD
  00bce  RETF
  00bcf  INVALID
fn_Clipper_parameters:
    ; auctions.coin:416: pub view fn parameters() -> ClipParameters {
  00bd0  ENTER 0
    ; auctions.coin:417: return ClipParameters(buf: self.buf, tail: self.tail, cusp: self.cusp, calc: self.calc, tau: self.tau,
  00bd2  PUSH 4
  00bd4  SLOAD
  00bd5  PUSH 5
  00bd7  SLOAD
  00bd8  PUSH 6
  00bda  SLOAD
  00bdb  PUSH 7
  00bdd  SLOAD
  00bde  PUSH 8
  00be0  SLOAD
    ; auctions.coin:418: step: self.step, cut: self.cut, chost: self.chost)
  00be1  PUSH 9
  00be3  SLOAD
  00be4  PUSH 10
  00be6  SLOAD
  00be7  PUSH 11
  00be9  SLOAD
    ; auctions.coin:417: return ClipParameters(buf: self.buf, tail: self.tail, cusp: self.cusp, calc: self.calc, tau: self.tau,
  00bea  RETF
  00beb  INVALID
fn__rpow:
    ; math.coin:8: view fn rpow(x: uint, n: uint, base: uint) -> uint {
  00bec  ENTER 7
  00bee  LSET 2
  00bf0  LSET 1
  00bf2  LSET 0
    ; math.coin:9: if n == 0 {
  00bf4  PUSH @else_65
  00bf7  LGET 1
  00bf9  PUSH 0
  00bfa  EQ
  00bfb  ISZERO
  00bfc  JUMPI
    ; math.coin:10: return base
  00bfd  LGET 2
  00bff  RETF
else_65:
  00c00  JUMPDEST
    ; math.coin:12: let z = base
  00c01  LGET 2
  00c03  LSET 3
    ; math.coin:13: if n % 2 == 1 {
  00c05  PUSH @else_66
  00c08  LGET 1
  00c0a  PUSH 2
  00c0c  CMOD
  00c0d  PUSH 1
  00c0f  EQ
  00c10  ISZERO
  00c11  JUMPI
    ; math.coin:14: z = x
  00c12  LGET 0
  00c14  LSET 3
else_66:
  00c16  JUMPDEST
    ; math.coin:16: let half = base / 2
  00c17  LGET 2
  00c19  PUSH 2
  00c1b  CDIV
  00c1c  LSET 4
    ; math.coin:17: let xx = x
  00c1e  LGET 0
  00c20  LSET 5
    ; math.coin:18: let k = n / 2
  00c22  LGET 1
  00c24  PUSH 2
  00c26  CDIV
  00c27  LSET 6
while_67:
    ; math.coin:19: while k > 0 {
  00c29  JUMPDEST
  00c2a  PUSH @wend_68
  00c2d  LGET 6
  00c2f  PUSH 0
  00c30  GT
  00c31  ISZERO
  00c32  JUMPI
    ; math.coin:20: xx = (xx * xx + half) / base
  00c33  LGET 5
  00c35  LGET 5
  00c37  CMUL
  00c38  LGET 4
  00c3a  CADD
  00c3b  LGET 2
  00c3d  CDIV
  00c3e  LSET 5
    ; math.coin:21: if k % 2 == 1 {
  00c40  PUSH @else_69
  00c43  LGET 6
  00c45  PUSH 2
  00c47  CMOD
  00c48  PUSH 1
  00c4a  EQ
  00c4b  ISZERO
  00c4c  JUMPI
    ; math.coin:22: z = (z * xx + half) / base
  00c4d  LGET 3
  00c4f  LGET 5
  00c51  CMUL
  00c52  LGET 4
  00c54  CADD
  00c55  LGET 2
  00c57  CDIV
  00c58  LSET 3
else_69:
  00c5a  JUMPDEST
    ; math.coin:24: k = k / 2
  00c5b  LGET 6
  00c5d  PUSH 2
  00c5f  CDIV
  00c60  LSET 6
    ; math.coin:19: while k > 0 {
  00c62  PUSH @while_67
  00c65  JUMP
wend_68:
  00c66  JUMPDEST
    ; math.coin:26: return z
  00c67  LGET 3
  00c69  RETF
  00c6a  INVALID
fn_Clipper_done:
    ; auctions.coin:381: view fn done(s: Sale, price: uint) -> bool {
  00c6b  ENTER 9
  00c6d  LSET 8
  00c6f  LSET 7
  00c71  LSET 6
  00c73  LSET 5
  00c75  LSET 4
  00c77  LSET 3
  00c79  LSET 2
  00c7b  LSET 1
  00c7d  LSET 0
    ; auctions.coin:382: return block.timestamp - s.tic > self.tail or price * WAD < self.cusp * s.top
  00c7f  TIMESTAMP
  00c80  LGET 6
  00c82  CSUB
  00c83  PUSH 5
  00c85  SLOAD
  00c86  GT
  00c87  DUP1
  00c88  PUSH @or_70
  00c8b  SWAP1
  00c8c  JUMPI
  00c8d  POP
  00c8e  LGET 8
  00c90  PUSH 0xde0b6b3a7640000
  00c99  CMUL
  00c9a  PUSH 6
  00c9c  SLOAD
  00c9d  LGET 5
  00c9f  CMUL
  00ca0  LT
or_70:
  00ca1  JUMPDEST
  00ca2  RETF
  00ca3  INVALID
fn_Clipper_price_at:
    ; auctions.coin:385: view fn price_at(top: uint, tic: uint) -> uint {
  00ca4  ENTER 3
  00ca6  LSET 1
  00ca8  LSET 0
    ; auctions.coin:386: let elapsed = block.timestamp - tic
  00caa  TIMESTAMP
  00cab  LGET 1
  00cad  CSUB
  00cae  LSET 2
    ; auctions.coin:387: if self.calc == 0 {
  00cb0  PUSH @else_71
  00cb3  PUSH 7
  00cb5  SLOAD
  00cb6  PUSH 0
  00cb7  EQ
  00cb8  ISZERO
  00cb9  JUMPI
    ; auctions.coin:388: if elapsed >= self.tau {
  00cba  PUSH @else_72
  00cbd  LGET 2
  00cbf  PUSH 8
  00cc1  SLOAD
  00cc2  LT
  00cc3  ISZERO
  00cc4  ISZERO
  00cc5  JUMPI
    ; auctions.coin:389: return 0
  00cc6  PUSH 0
  00cc7  RETF
else_72:
  00cc8  JUMPDEST
    ; auctions.coin:391: return mul_div(top, self.tau - elapsed, self.tau)
  00cc9  LGET 0
  00ccb  PUSH 8
  00ccd  SLOAD
  00cce  LGET 2
  00cd0  CSUB
  00cd1  PUSH 8
  00cd3  SLOAD
  00cd4  MULDIV
  00cd5  RETF
else_71:
  00cd6  JUMPDEST
    ; auctions.coin:393: return mul_div(top, rpow(self.cut, elapsed / self.step, RAY), RAY)
  00cd7  LGET 0
  00cd9  PUSH 10
  00cdb  SLOAD
  00cdc  LGET 2
  00cde  PUSH 9
  00ce0  SLOAD
  00ce1  CDIV
  00ce2  PUSH 0x33b2e3c9fd0803ce8000000
  00cef  CALLF @fn__rpow
  00cf2  PUSH 0x33b2e3c9fd0803ce8000000
  00cff  MULDIV
  00d00  RETF
  00d01  INVALID
fn_Clipper_set_all:
    ; auctions.coin:272: fn set_all(p: ClipParameters) {
  00d02  ENTER 14
  00d04  LSET 7
  00d06  LSET 6
  00d08  LSET 5
  00d0a  LSET 4
  00d0c  LSET 3
  00d0e  LSET 2
  00d10  LSET 1
  00d12  LSET 0
    ; auctions.coin:273: require(p.buf >= WAD, "buf must be at least 1")
  00d14  PUSH @req_ok_73
  00d17  LGET 0
  00d19  PUSH 0xde0b6b3a7640000
  00d22  LT
  00d23  ISZERO
  00d24  JUMPI
  00d25  PUSH 100
  00d27  MALLOC
  00d28  DUP1
  00d29  PUSH 2028
  00d2c  PUSH 100
  00d2e  DATACOPY
  00d2f  PUSH 100
  00d31  REVERT
req_ok_73:
  00d32  JUMPDEST
    ; auctions.coin:274: require(p.tail > 0, "tail must be positive")
  00d33  PUSH @req_ok_74
  00d36  LGET 1
  00d38  PUSH 0
  00d39  GT
  00d3a  JUMPI
  00d3b  PUSH 100
  00d3d  MALLOC
  00d3e  DUP1
  00d3f  PUSH 2128
  00d42  PUSH 100
  00d44  DATACOPY
  00d45  PUSH 100
  00d47  REVERT
req_ok_74:
  00d48  JUMPDEST
    ; auctions.coin:275: require(p.cusp < WAD, "cusp must be below 1")
  00d49  PUSH @req_ok_75
  00d4c  LGET 2
  00d4e  PUSH 0xde0b6b3a7640000
  00d57  LT
  00d58  JUMPI
  00d59  PUSH 100
  00d5b  MALLOC
  00d5c  DUP1
  00d5d  PUSH 2228
  00d60  PUSH 100
  00d62  DATACOPY
  00d63  PUSH 100
  00d65  REVERT
req_ok_75:
  00d66  JUMPDEST
    ; auctions.coin:276: require(p.calc <= 1, "calc must be 0 (linear) or 1 (stairstep exponential)")
  00d67  PUSH @req_ok_76
  00d6a  LGET 3
  00d6c  PUSH 1
  00d6e  GT
  00d6f  ISZERO
  00d70  JUMPI
  00d71  PUSH 132
  00d73  MALLOC
  00d74  DUP1
  00d75  PUSH 2328
  00d78  PUSH 132
  00d7a  DATACOPY
  00d7b  PUSH 132
  00d7d  REVERT
req_ok_76:
  00d7e  JUMPDEST
    ; auctions.coin:277: require(p.calc == 1 or p.tau > 0, "linear decrease needs tau > 0")
  00d7f  PUSH @req_ok_77
  00d82  LGET 3
  00d84  PUSH 1
  00d86  EQ
  00d87  DUP1
  00d88  PUSH @or_78
  00d8b  SWAP1
  00d8c  JUMPI
  00d8d  POP
  00d8e  LGET 4
  00d90  PUSH 0
  00d91  GT
or_78:
  00d92  JUMPDEST
  00d93  JUMPI
  00d94  PUSH 100
  00d96  MALLOC
  00d97  DUP1
  00d98  PUSH 2460
  00d9b  PUSH 100
  00d9d  DATACOPY
  00d9e  PUSH 100
  00da0  REVERT
req_ok_77:
  00da1  JUMPDEST
    ; auctions.coin:278: require(p.calc == 0 or (p.step > 0 and p.cut > 0 and p.cut < RAY), "stairstep needs step > 0 and 0 < cut < 1")
  00da2  PUSH @req_ok_79
  00da5  LGET 3
  00da7  PUSH 0
  00da8  EQ
  00da9  DUP1
  00daa  PUSH @or_80
  00dad  SWAP1
  00dae  JUMPI
  00daf  POP
  00db0  LGET 5
  00db2  PUSH 0
  00db3  GT
  00db4  DUP1
  00db5  ISZERO
  00db6  PUSH @and_82
  00db9  SWAP1
  00dba  JUMPI
  00dbb  POP
  00dbc  LGET 6
  00dbe  PUSH 0
  00dbf  GT
and_82:
  00dc0  JUMPDEST
  00dc1  DUP1
  00dc2  ISZERO
  00dc3  PUSH @and_81
  00dc6  SWAP1
  00dc7  JUMPI
  00dc8  POP
  00dc9  LGET 6
  00dcb  PUSH 0x33b2e3c9fd0803ce8000000
  00dd8  LT
and_81:
  00dd9  JUMPDEST
or_80:
  00dda  JUMPDEST
  00ddb  JUMPI
  00ddc  PUSH 132
  00dde  MALLOC
  00ddf  DUP1
  00de0  PUSH 2560
  00de3  PUSH 132
  00de5  DATACOPY
  00de6  PUSH 132
  00de8  REVERT
req_ok_79:
  00de9  JUMPDEST
    ; auctions.coin:279: self.buf = p.buf
  00dea  PUSH 4
  00dec  LGET 0
  00dee  SSTORE
    ; auctions.coin:280: self.tail = p.tail
  00def  PUSH 5
  00df1  LGET 1
  00df3  SSTORE
    ; auctions.coin:281: self.cusp = p.cusp
  00df4  PUSH 6
  00df6  LGET 2
  00df8  SSTORE
    ; auctions.coin:282: self.calc = p.calc
  00df9  PUSH 7
  00dfb  LGET 3
  00dfd  SSTORE
    ; auctions.coin:283: self.tau = p.tau
  00dfe  PUSH 8
  00e00  LGET 4
  00e02  SSTORE
    ; auctions.coin:284: self.step = p.step
  00e03  PUSH 9
  00e05  LGET 5
  00e07  SSTORE
    ; auctions.coin:285: self.cut = p.cut
  00e08  PUSH 10
  00e0a  LGET 6
  00e0c  SSTORE
    ; auctions.coin:286: self.chost = p.chost
  00e0d  PUSH 11
  00e0f  LGET 7
  00e11  SSTORE
    ; auctions.coin:287: emit ParameterSet("buf", p.buf)
  00e12  PUSH 64
  00e14  MALLOC
  00e15  DUP1
  00e16  PUSH 2692
  00e19  PUSH 64
  00e1b  DATACOPY
  00e1c  LSET 8
  00e1e  LGET 0
  00e20  LSET 9
  00e22  PUSH 64
  00e24  LGET 8
  00e26  MLOAD
  00e27  PUSH 31
  00e29  ADD
  00e2a  PUSH 5
  00e2c  SHR
  00e2d  PUSH 5
  00e2f  SHL
  00e30  PUSH 32
  00e32  ADD
  00e33  ADD
  00e34  LSET 10
  00e36  LGET 10
  00e38  MALLOC
  00e39  LSET 11
  00e3b  PUSH 64
  00e3d  LSET 12
  00e3f  LGET 11
  00e41  PUSH 0
  00e42  ADD
  00e43  LGET 12
  00e45  MSTORE
  00e46  LGET 11
  00e48  PUSH 0
  00e49  ADD
  00e4a  LGET 12
  00e4c  ADD
  00e4d  LGET 8
  00e4f  LGET 8
  00e51  MLOAD
  00e52  PUSH 31
  00e54  ADD
  00e55  PUSH 5
  00e57  SHR
  00e58  PUSH 5
  00e5a  SHL
  00e5b  PUSH 32
  00e5d  ADD
  00e5e  DUP1
  00e5f  LSET 13
  00e61  MCOPY
  00e62  LGET 12
  00e64  LGET 13
  00e66  ADD
  00e67  LSET 12
  00e69  LGET 11
  00e6b  PUSH 32
  00e6d  ADD
  00e6e  LGET 9
  00e70  MSTORE
  00e71  LGET 11
  00e73  LGET 10
  00e75  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00e96  LOG1
    ; auctions.coin:288: emit ParameterSet("tail", p.tail)
  00e97  PUSH 64
  00e99  MALLOC
  00e9a  DUP1
  00e9b  PUSH 2756
  00e9e  PUSH 64
  00ea0  DATACOPY
  00ea1  LSET 8
  00ea3  LGET 1
  00ea5  LSET 9
  00ea7  PUSH 64
  00ea9  LGET 8
  00eab  MLOAD
  00eac  PUSH 31
  00eae  ADD
  00eaf  PUSH 5
  00eb1  SHR
  00eb2  PUSH 5
  00eb4  SHL
  00eb5  PUSH 32
  00eb7  ADD
  00eb8  ADD
  00eb9  LSET 10
  00ebb  LGET 10
  00ebd  MALLOC
  00ebe  LSET 11
  00ec0  PUSH 64
  00ec2  LSET 12
  00ec4  LGET 11
  00ec6  PUSH 0
  00ec7  ADD
  00ec8  LGET 12
  00eca  MSTORE
  00ecb  LGET 11
  00ecd  PUSH 0
  00ece  ADD
  00ecf  LGET 12
  00ed1  ADD
  00ed2  LGET 8
  00ed4  LGET 8
  00ed6  MLOAD
  00ed7  PUSH 31
  00ed9  ADD
  00eda  PUSH 5
  00edc  SHR
  00edd  PUSH 5
  00edf  SHL
  00ee0  PUSH 32
  00ee2  ADD
  00ee3  DUP1
  00ee4  LSET 13
  00ee6  MCOPY
  00ee7  LGET 12
  00ee9  LGET 13
  00eeb  ADD
  00eec  LSET 12
  00eee  LGET 11
  00ef0  PUSH 32
  00ef2  ADD
  00ef3  LGET 9
  00ef5  MSTORE
  00ef6  LGET 11
  00ef8  LGET 10
  00efa  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00f1b  LOG1
    ; auctions.coin:289: emit ParameterSet("cusp", p.cusp)
  00f1c  PUSH 64
  00f1e  MALLOC
  00f1f  DUP1
  00f20  PUSH 2820
  00f23  PUSH 64
  00f25  DATACOPY
  00f26  LSET 8
  00f28  LGET 2
  00f2a  LSET 9
  00f2c  PUSH 64
  00f2e  LGET 8
  00f30  MLOAD
  00f31  PUSH 31
  00f33  ADD
  00f34  PUSH 5
  00f36  SHR
  00f37  PUSH 5
  00f39  SHL
  00f3a  PUSH 32
  00f3c  ADD
  00f3d  ADD
  00f3e  LSET 10
  00f40  LGET 10
  00f42  MALLOC
  00f43  LSET 11
  00f45  PUSH 64
  00f47  LSET 12
  00f49  LGET 11
  00f4b  PUSH 0
  00f4c  ADD
  00f4d  LGET 12
  00f4f  MSTORE
  00f50  LGET 11
  00f52  PUSH 0
  00f53  ADD
  00f54  LGET 12
  00f56  ADD
  00f57  LGET 8
  00f59  LGET 8
  00f5b  MLOAD
  00f5c  PUSH 31
  00f5e  ADD
  00f5f  PUSH 5
  00f61  SHR
  00f62  PUSH 5
  00f64  SHL
  00f65  PUSH 32
  00f67  ADD
  00f68  DUP1
  00f69  LSET 13
  00f6b  MCOPY
  00f6c  LGET 12
  00f6e  LGET 13
  00f70  ADD
  00f71  LSET 12
  00f73  LGET 11
  00f75  PUSH 32
  00f77  ADD
  00f78  LGET 9
  00f7a  MSTORE
  00f7b  LGET 11
  00f7d  LGET 10
  00f7f  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00fa0  LOG1
    ; auctions.coin:290: emit ParameterSet("calc", p.calc)
  00fa1  PUSH 64
  00fa3  MALLOC
  00fa4  DUP1
  00fa5  PUSH 2884
  00fa8  PUSH 64
  00faa  DATACOPY
  00fab  LSET 8
  00fad  LGET 3
  00faf  LSET 9
  00fb1  PUSH 64
  00fb3  LGET 8
  00fb5  MLOAD
  00fb6  PUSH 31
  00fb8  ADD
  00fb9  PUSH 5
  00fbb  SHR
  00fbc  PUSH 5
  00fbe  SHL
  00fbf  PUSH 32
  00fc1  ADD
  00fc2  ADD
  00fc3  LSET 10
  00fc5  LGET 10
  00fc7  MALLOC
  00fc8  LSET 11
  00fca  PUSH 64
  00fcc  LSET 12
  00fce  LGET 11
  00fd0  PUSH 0
  00fd1  ADD
  00fd2  LGET 12
  00fd4  MSTORE
  00fd5  LGET 11
  00fd7  PUSH 0
  00fd8  ADD
  00fd9  LGET 12
  00fdb  ADD
  00fdc  LGET 8
  00fde  LGET 8
  00fe0  MLOAD
  00fe1  PUSH 31
  00fe3  ADD
  00fe4  PUSH 5
  00fe6  SHR
  00fe7  PUSH 5
  00fe9  SHL
  00fea  PUSH 32
  00fec  ADD
  00fed  DUP1
  00fee  LSET 13
  00ff0  MCOPY
  00ff1  LGET 12
  00ff3  LGET 13
  00ff5  ADD
  00ff6  LSET 12
  00ff8  LGET 11
  00ffa  PUSH 32
  00ffc  ADD
  00ffd  LGET 9
  00fff  MSTORE
  01000  LGET 11
  01002  LGET 10
  01004  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01025  LOG1
    ; auctions.coin:291: emit ParameterSet("tau", p.tau)
  01026  PUSH 64
  01028  MALLOC
  01029  DUP1
  0102a  PUSH 2948
  0102d  PUSH 64
  0102f  DATACOPY
  01030  LSET 8
  01032  LGET 4
  01034  LSET 9
  01036  PUSH 64
  01038  LGET 8
  0103a  MLOAD
  0103b  PUSH 31
  0103d  ADD
  0103e  PUSH 5
  01040  SHR
  01041  PUSH 5
  01043  SHL
  01044  PUSH 32
  01046  ADD
  01047  ADD
  01048  LSET 10
  0104a  LGET 10
  0104c  MALLOC
  0104d  LSET 11
  0104f  PUSH 64
  01051  LSET 12
  01053  LGET 11
  01055  PUSH 0
  01056  ADD
  01057  LGET 12
  01059  MSTORE
  0105a  LGET 11
  0105c  PUSH 0
  0105d  ADD
  0105e  LGET 12
  01060  ADD
  01061  LGET 8
  01063  LGET 8
  01065  MLOAD
  01066  PUSH 31
  01068  ADD
  01069  PUSH 5
  0106b  SHR
  0106c  PUSH 5
  0106e  SHL
  0106f  PUSH 32
  01071  ADD
  01072  DUP1
  01073  LSET 13
  01075  MCOPY
  01076  LGET 12
  01078  LGET 13
  0107a  ADD
  0107b  LSET 12
  0107d  LGET 11
  0107f  PUSH 32
  01081  ADD
  01082  LGET 9
  01084  MSTORE
  01085  LGET 11
  01087  LGET 10
  01089  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  010aa  LOG1
    ; auctions.coin:292: emit ParameterSet("step", p.step)
  010ab  PUSH 64
  010ad  MALLOC
  010ae  DUP1
  010af  PUSH 3012
  010b2  PUSH 64
  010b4  DATACOPY
  010b5  LSET 8
  010b7  LGET 5
  010b9  LSET 9
  010bb  PUSH 64
  010bd  LGET 8
  010bf  MLOAD
  010c0  PUSH 31
  010c2  ADD
  010c3  PUSH 5
  010c5  SHR
  010c6  PUSH 5
  010c8  SHL
  010c9  PUSH 32
  010cb  ADD
  010cc  ADD
  010cd  LSET 10
  010cf  LGET 10
  010d1  MALLOC
  010d2  LSET 11
  010d4  PUSH 64
  010d6  LSET 12
  010d8  LGET 11
  010da  PUSH 0
  010db  ADD
  010dc  LGET 12
  010de  MSTORE
  010df  LGET 11
  010e1  PUSH 0
  010e2  ADD
  010e3  LGET 12
  010e5  ADD
  010e6  LGET 8
  010e8  LGET 8
  010ea  MLOAD
  010eb  PUSH 31
  010ed  ADD
  010ee  PUSH 5
  010f0  SHR
  010f1  PUSH 5
  010f3  SHL
  010f4  PUSH 32
  010f6  ADD
  010f7  DUP1
  010f8  LSET 13
  010fa  MCOPY
  010fb  LGET 12
  010fd  LGET 13
  010ff  ADD
  01100  LSET 12
  01102  LGET 11
  01104  PUSH 32
  01106  ADD
  01107  LGET 9
  01109  MSTORE
  0110a  LGET 11
  0110c  LGET 10
  0110e  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0112f  LOG1
    ; auctions.coin:293: emit ParameterSet("cut", p.cut)
  01130  PUSH 64
  01132  MALLOC
  01133  DUP1
  01134  PUSH 3076
  01137  PUSH 64
  01139  DATACOPY
  0113a  LSET 8
  0113c  LGET 6
  0113e  LSET 9
  01140  PUSH 64
  01142  LGET 8
  01144  MLOAD
  01145  PUSH 31
  01147  ADD
  01148  PUSH 5
  0114a  SHR
  0114b  PUSH 5
  0114d  SHL
  0114e  PUSH 32
  01150  ADD
  01151  ADD
  01152  LSET 10
  01154  LGET 10
  01156  MALLOC
  01157  LSET 11
  01159  PUSH 64
  0115b  LSET 12
  0115d  LGET 11
  0115f  PUSH 0
  01160  ADD
  01161  LGET 12
  01163  MSTORE
  01164  LGET 11
  01166  PUSH 0
  01167  ADD
  01168  LGET 12
  0116a  ADD
  0116b  LGET 8
  0116d  LGET 8
  0116f  MLOAD
  01170  PUSH 31
  01172  ADD
  01173  PUSH 5
  01175  SHR
  01176  PUSH 5
  01178  SHL
  01179  PUSH 32
  0117b  ADD
  0117c  DUP1
  0117d  LSET 13
  0117f  MCOPY
  01180  LGET 12
  01182  LGET 13
  01184  ADD
  01185  LSET 12
  01187  LGET 11
  01189  PUSH 32
  0118b  ADD
  0118c  LGET 9
  0118e  MSTORE
  0118f  LGET 11
  01191  LGET 10
  01193  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  011b4  LOG1
    ; auctions.coin:294: emit ParameterSet("chost", p.chost)
  011b5  PUSH 64
  011b7  MALLOC
  011b8  DUP1
  011b9  PUSH 3140
  011bc  PUSH 64
  011be  DATACOPY
  011bf  LSET 8
  011c1  LGET 7
  011c3  LSET 9
  011c5  PUSH 64
  011c7  LGET 8
  011c9  MLOAD
  011ca  PUSH 31
  011cc  ADD
  011cd  PUSH 5
  011cf  SHR
  011d0  PUSH 5
  011d2  SHL
  011d3  PUSH 32
  011d5  ADD
  011d6  ADD
  011d7  LSET 10
  011d9  LGET 10
  011db  MALLOC
  011dc  LSET 11
  011de  PUSH 64
  011e0  LSET 12
  011e2  LGET 11
  011e4  PUSH 0
  011e5  ADD
  011e6  LGET 12
  011e8  MSTORE
  011e9  LGET 11
  011eb  PUSH 0
  011ec  ADD
  011ed  LGET 12
  011ef  ADD
  011f0  LGET 8
  011f2  LGET 8
  011f4  MLOAD
  011f5  PUSH 31
  011f7  ADD
  011f8  PUSH 5
  011fa  SHR
  011fb  PUSH 5
  011fd  SHL
  011fe  PUSH 32
  01200  ADD
  01201  DUP1
  01202  LSET 13
  01204  MCOPY
  01205  LGET 12
  01207  LGET 13
  01209  ADD
  0120a  LSET 12
  0120c  LGET 11
  0120e  PUSH 32
  01210  ADD
  01211  LGET 9
  01213  MSTORE
  01214  LGET 11
  01216  LGET 10
  01218  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01239  LOG1
    ; auctions.coin:272: fn set_all(p: ClipParameters) {
  0123a  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  0123b  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  0123d  PUSH @req_ok_83
  01240  CALLER
  01241  PUSH 0
  01242  SLOAD
  01243  EQ
  01244  JUMPI
  01245  PUSH 100
  01247  MALLOC
  01248  DUP1
  01249  PUSH 3204
  0124c  PUSH 100
  0124e  DATACOPY
  0124f  PUSH 100
  01251  REVERT
req_ok_83:
  01252  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  01253  RETF
; ---- init section (1543 bytes)
    ; auctions.coin:235: contract Clipper is Owned {
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
    ; auctions.coin:257: init(engine: address, coin: address, oracle: address, buf: uint, tail: uint, cusp: uint, calc: uint,
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 352
  00017  LT
  00018  JUMPI
  00019  PUSH 0
  0001a  CALLDATALOAD
  0001b  PUSH @bad_input_2
  0001e  DUP2
  0001f  PUSH 160
  00021  SHR
  00022  JUMPI
  00023  PUSH 32
  00025  CALLDATALOAD
  00026  PUSH @bad_input_2
  00029  DUP2
  0002a  PUSH 160
  0002c  SHR
  0002d  JUMPI
  0002e  PUSH 64
  00030  CALLDATALOAD
  00031  PUSH @bad_input_2
  00034  DUP2
  00035  PUSH 160
  00037  SHR
  00038  JUMPI
  00039  PUSH 96
  0003b  CALLDATALOAD
  0003c  PUSH 128
  0003e  CALLDATALOAD
  0003f  PUSH 160
  00041  CALLDATALOAD
  00042  PUSH 192
  00044  CALLDATALOAD
  00045  PUSH 224
  00047  CALLDATALOAD
  00048  PUSH 256
  0004b  CALLDATALOAD
  0004c  PUSH 288
  0004f  CALLDATALOAD
  00050  PUSH 320
  00053  CALLDATALOAD
  00054  CALLF @fn_Clipper_init
  00057  STOP
bad_input_2:
    ; auctions.coin:235: contract Clipper is Owned {
  00058  JUMPDEST
  00059  PUSH0
  0005a  PUSH0
  0005b  REVERT
fn_Clipper_init:
    ; auctions.coin:257: init(engine: address, coin: address, oracle: address, buf: uint, tail: uint, cusp: uint, calc: uint,
  0005c  ENTER 11
  0005e  LSET 10
  00060  LSET 9
  00062  LSET 8
  00064  LSET 7
  00066  LSET 6
  00068  LSET 5
  0006a  LSET 4
  0006c  LSET 3
  0006e  LSET 2
  00070  LSET 1
  00072  LSET 0
    ; auctions.coin:259: Owned.init()
  00074  CALLF @fn_Owned_init
    ; auctions.coin:260: self.engine = engine
  00077  PUSH 1
  00079  LGET 0
  0007b  SSTORE
    ; auctions.coin:261: self.coin = coin
  0007c  PUSH 2
  0007e  LGET 1
  00080  SSTORE
    ; auctions.coin:262: self.oracle = oracle
  00081  PUSH 3
  00083  LGET 2
  00085  SSTORE
    ; auctions.coin:263: self.set_all(ClipParameters(buf, tail, cusp, calc, tau, step, cut, chost))
  00086  LGET 3
  00088  LGET 4
  0008a  LGET 5
  0008c  LGET 6
  0008e  LGET 7
  00090  LGET 8
  00092  LGET 9
  00094  LGET 10
  00096  CALLF @fn_Clipper_set_all
    ; auctions.coin:257: init(engine: address, coin: address, oracle: address, buf: uint, tail: uint, cusp: uint, calc: uint,
  00099  RETF
fn_Clipper_set_all:
    ; auctions.coin:272: fn set_all(p: ClipParameters) {
  0009a  ENTER 14
  0009c  LSET 7
  0009e  LSET 6
  000a0  LSET 5
  000a2  LSET 4
  000a4  LSET 3
  000a6  LSET 2
  000a8  LSET 1
  000aa  LSET 0
    ; auctions.coin:273: require(p.buf >= WAD, "buf must be at least 1")
  000ac  PUSH @req_ok_3
  000af  LGET 0
  000b1  PUSH 0xde0b6b3a7640000
  000ba  LT
  000bb  ISZERO
  000bc  JUMPI
  000bd  PUSH 100
  000bf  MALLOC
  000c0  DUP1
  000c1  PUSH 2028
  000c4  PUSH 100
  000c6  DATACOPY
  000c7  PUSH 100
  000c9  REVERT
req_ok_3:
  000ca  JUMPDEST
    ; auctions.coin:274: require(p.tail > 0, "tail must be positive")
  000cb  PUSH @req_ok_4
  000ce  LGET 1
  000d0  PUSH 0
  000d1  GT
  000d2  JUMPI
  000d3  PUSH 100
  000d5  MALLOC
  000d6  DUP1
  000d7  PUSH 2128
  000da  PUSH 100
  000dc  DATACOPY
  000dd  PUSH 100
  000df  REVERT
req_ok_4:
  000e0  JUMPDEST
    ; auctions.coin:275: require(p.cusp < WAD, "cusp must be below 1")
  000e1  PUSH @req_ok_5
  000e4  LGET 2
  000e6  PUSH 0xde0b6b3a7640000
  000ef  LT
  000f0  JUMPI
  000f1  PUSH 100
  000f3  MALLOC
  000f4  DUP1
  000f5  PUSH 2228
  000f8  PUSH 100
  000fa  DATACOPY
  000fb  PUSH 100
  000fd  REVERT
req_ok_5:
  000fe  JUMPDEST
    ; auctions.coin:276: require(p.calc <= 1, "calc must be 0 (linear) or 1 (stairstep exponential)")
  000ff  PUSH @req_ok_6
  00102  LGET 3
  00104  PUSH 1
  00106  GT
  00107  ISZERO
  00108  JUMPI
  00109  PUSH 132
  0010b  MALLOC
  0010c  DUP1
  0010d  PUSH 2328
  00110  PUSH 132
  00112  DATACOPY
  00113  PUSH 132
  00115  REVERT
req_ok_6:
  00116  JUMPDEST
    ; auctions.coin:277: require(p.calc == 1 or p.tau > 0, "linear decrease needs tau > 0")
  00117  PUSH @req_ok_7
  0011a  LGET 3
  0011c  PUSH 1
  0011e  EQ
  0011f  DUP1
  00120  PUSH @or_8
  00123  SWAP1
  00124  JUMPI
  00125  POP
  00126  LGET 4
  00128  PUSH 0
  00129  GT
or_8:
  0012a  JUMPDEST
  0012b  JUMPI
  0012c  PUSH 100
  0012e  MALLOC
  0012f  DUP1
  00130  PUSH 2460
  00133  PUSH 100
  00135  DATACOPY
  00136  PUSH 100
  00138  REVERT
req_ok_7:
  00139  JUMPDEST
    ; auctions.coin:278: require(p.calc == 0 or (p.step > 0 and p.cut > 0 and p.cut < RAY), "stairstep needs step > 0 and 0 < cut < 1")
  0013a  PUSH @req_ok_9
  0013d  LGET 3
  0013f  PUSH 0
  00140  EQ
  00141  DUP1
  00142  PUSH @or_10
  00145  SWAP1
  00146  JUMPI
  00147  POP
  00148  LGET 5
  0014a  PUSH 0
  0014b  GT
  0014c  DUP1
  0014d  ISZERO
  0014e  PUSH @and_12
  00151  SWAP1
  00152  JUMPI
  00153  POP
  00154  LGET 6
  00156  PUSH 0
  00157  GT
and_12:
  00158  JUMPDEST
  00159  DUP1
  0015a  ISZERO
  0015b  PUSH @and_11
  0015e  SWAP1
  0015f  JUMPI
  00160  POP
  00161  LGET 6
  00163  PUSH 0x33b2e3c9fd0803ce8000000
  00170  LT
and_11:
  00171  JUMPDEST
or_10:
  00172  JUMPDEST
  00173  JUMPI
  00174  PUSH 132
  00176  MALLOC
  00177  DUP1
  00178  PUSH 2560
  0017b  PUSH 132
  0017d  DATACOPY
  0017e  PUSH 132
  00180  REVERT
req_ok_9:
  00181  JUMPDEST
    ; auctions.coin:279: self.buf = p.buf
  00182  PUSH 4
  00184  LGET 0
  00186  SSTORE
    ; auctions.coin:280: self.tail = p.tail
  00187  PUSH 5
  00189  LGET 1
  0018b  SSTORE
    ; auctions.coin:281: self.cusp = p.cusp
  0018c  PUSH 6
  0018e  LGET 2
  00190  SSTORE
    ; auctions.coin:282: self.calc = p.calc
  00191  PUSH 7
  00193  LGET 3
  00195  SSTORE
    ; auctions.coin:283: self.tau = p.tau
  00196  PUSH 8
  00198  LGET 4
  0019a  SSTORE
    ; auctions.coin:284: self.step = p.step
  0019b  PUSH 9
  0019d  LGET 5
  0019f  SSTORE
    ; auctions.coin:285: self.cut = p.cut
  001a0  PUSH 10
  001a2  LGET 6
  001a4  SSTORE
    ; auctions.coin:286: self.chost = p.chost
  001a5  PUSH 11
  001a7  LGET 7
  001a9  SSTORE
    ; auctions.coin:287: emit ParameterSet("buf", p.buf)
  001aa  PUSH 64
  001ac  MALLOC
  001ad  DUP1
  001ae  PUSH 2692
  001b1  PUSH 64
  001b3  DATACOPY
  001b4  LSET 8
  001b6  LGET 0
  001b8  LSET 9
  001ba  PUSH 64
  001bc  LGET 8
  001be  MLOAD
  001bf  PUSH 31
  001c1  ADD
  001c2  PUSH 5
  001c4  SHR
  001c5  PUSH 5
  001c7  SHL
  001c8  PUSH 32
  001ca  ADD
  001cb  ADD
  001cc  LSET 10
  001ce  LGET 10
  001d0  MALLOC
  001d1  LSET 11
  001d3  PUSH 64
  001d5  LSET 12
  001d7  LGET 11
  001d9  PUSH 0
  001da  ADD
  001db  LGET 12
  001dd  MSTORE
  001de  LGET 11
  001e0  PUSH 0
  001e1  ADD
  001e2  LGET 12
  001e4  ADD
  001e5  LGET 8
  001e7  LGET 8
  001e9  MLOAD
  001ea  PUSH 31
  001ec  ADD
  001ed  PUSH 5
  001ef  SHR
  001f0  PUSH 5
  001f2  SHL
  001f3  PUSH 32
  001f5  ADD
  001f6  DUP1
  001f7  LSET 13
  001f9  MCOPY
  001fa  LGET 12
  001fc  LGET 13
  001fe  ADD
  001ff  LSET 12
  00201  LGET 11
  00203  PUSH 32
  00205  ADD
  00206  LGET 9
  00208  MSTORE
  00209  LGET 11
  0020b  LGET 10
  0020d  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0022e  LOG1
    ; auctions.coin:288: emit ParameterSet("tail", p.tail)
  0022f  PUSH 64
  00231  MALLOC
  00232  DUP1
  00233  PUSH 2756
  00236  PUSH 64
  00238  DATACOPY
  00239  LSET 8
  0023b  LGET 1
  0023d  LSET 9
  0023f  PUSH 64
  00241  LGET 8
  00243  MLOAD
  00244  PUSH 31
  00246  ADD
  00247  PUSH 5
  00249  SHR
  0024a  PUSH 5
  0024c  SHL
  0024d  PUSH 32
  0024f  ADD
  00250  ADD
  00251  LSET 10
  00253  LGET 10
  00255  MALLOC
  00256  LSET 11
  00258  PUSH 64
  0025a  LSET 12
  0025c  LGET 11
  0025e  PUSH 0
  0025f  ADD
  00260  LGET 12
  00262  MSTORE
  00263  LGET 11
  00265  PUSH 0
  00266  ADD
  00267  LGET 12
  00269  ADD
  0026a  LGET 8
  0026c  LGET 8
  0026e  MLOAD
  0026f  PUSH 31
  00271  ADD
  00272  PUSH 5
  00274  SHR
  00275  PUSH 5
  00277  SHL
  00278  PUSH 32
  0027a  ADD
  0027b  DUP1
  0027c  LSET 13
  0027e  MCOPY
  0027f  LGET 12
  00281  LGET 13
  00283  ADD
  00284  LSET 12
  00286  LGET 11
  00288  PUSH 32
  0028a  ADD
  0028b  LGET 9
  0028d  MSTORE
  0028e  LGET 11
  00290  LGET 10
  00292  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  002b3  LOG1
    ; auctions.coin:289: emit ParameterSet("cusp", p.cusp)
  002b4  PUSH 64
  002b6  MALLOC
  002b7  DUP1
  002b8  PUSH 2820
  002bb  PUSH 64
  002bd  DATACOPY
  002be  LSET 8
  002c0  LGET 2
  002c2  LSET 9
  002c4  PUSH 64
  002c6  LGET 8
  002c8  MLOAD
  002c9  PUSH 31
  002cb  ADD
  002cc  PUSH 5
  002ce  SHR
  002cf  PUSH 5
  002d1  SHL
  002d2  PUSH 32
  002d4  ADD
  002d5  ADD
  002d6  LSET 10
  002d8  LGET 10
  002da  MALLOC
  002db  LSET 11
  002dd  PUSH 64
  002df  LSET 12
  002e1  LGET 11
  002e3  PUSH 0
  002e4  ADD
  002e5  LGET 12
  002e7  MSTORE
  002e8  LGET 11
  002ea  PUSH 0
  002eb  ADD
  002ec  LGET 12
  002ee  ADD
  002ef  LGET 8
  002f1  LGET 8
  002f3  MLOAD
  002f4  PUSH 31
  002f6  ADD
  002f7  PUSH 5
  002f9  SHR
  002fa  PUSH 5
  002fc  SHL
  002fd  PUSH 32
  002ff  ADD
  00300  DUP1
  00301  LSET 13
  00303  MCOPY
  00304  LGET 12
  00306  LGET 13
  00308  ADD
  00309  LSET 12
  0030b  LGET 11
  0030d  PUSH 32
  0030f  ADD
  00310  LGET 9
  00312  MSTORE
  00313  LGET 11
  00315  LGET 10
  00317  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00338  LOG1
    ; auctions.coin:290: emit ParameterSet("calc", p.calc)
  00339  PUSH 64
  0033b  MALLOC
  0033c  DUP1
  0033d  PUSH 2884
  00340  PUSH 64
  00342  DATACOPY
  00343  LSET 8
  00345  LGET 3
  00347  LSET 9
  00349  PUSH 64
  0034b  LGET 8
  0034d  MLOAD
  0034e  PUSH 31
  00350  ADD
  00351  PUSH 5
  00353  SHR
  00354  PUSH 5
  00356  SHL
  00357  PUSH 32
  00359  ADD
  0035a  ADD
  0035b  LSET 10
  0035d  LGET 10
  0035f  MALLOC
  00360  LSET 11
  00362  PUSH 64
  00364  LSET 12
  00366  LGET 11
  00368  PUSH 0
  00369  ADD
  0036a  LGET 12
  0036c  MSTORE
  0036d  LGET 11
  0036f  PUSH 0
  00370  ADD
  00371  LGET 12
  00373  ADD
  00374  LGET 8
  00376  LGET 8
  00378  MLOAD
  00379  PUSH 31
  0037b  ADD
  0037c  PUSH 5
  0037e  SHR
  0037f  PUSH 5
  00381  SHL
  00382  PUSH 32
  00384  ADD
  00385  DUP1
  00386  LSET 13
  00388  MCOPY
  00389  LGET 12
  0038b  LGET 13
  0038d  ADD
  0038e  LSET 12
  00390  LGET 11
  00392  PUSH 32
  00394  ADD
  00395  LGET 9
  00397  MSTORE
  00398  LGET 11
  0039a  LGET 10
  0039c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  003bd  LOG1
    ; auctions.coin:291: emit ParameterSet("tau", p.tau)
  003be  PUSH 64
  003c0  MALLOC
  003c1  DUP1
  003c2  PUSH 2948
  003c5  PUSH 64
  003c7  DATACOPY
  003c8  LSET 8
  003ca  LGET 4
  003cc  LSET 9
  003ce  PUSH 64
  003d0  LGET 8
  003d2  MLOAD
  003d3  PUSH 31
  003d5  ADD
  003d6  PUSH 5
  003d8  SHR
  003d9  PUSH 5
  003db  SHL
  003dc  PUSH 32
  003de  ADD
  003df  ADD
  003e0  LSET 10
  003e2  LGET 10
  003e4  MALLOC
  003e5  LSET 11
  003e7  PUSH 64
  003e9  LSET 12
  003eb  LGET 11
  003ed  PUSH 0
  003ee  ADD
  003ef  LGET 12
  003f1  MSTORE
  003f2  LGET 11
  003f4  PUSH 0
  003f5  ADD
  003f6  LGET 12
  003f8  ADD
  003f9  LGET 8
  003fb  LGET 8
  003fd  MLOAD
  003fe  PUSH 31
  00400  ADD
  00401  PUSH 5
  00403  SHR
  00404  PUSH 5
  00406  SHL
  00407  PUSH 32
  00409  ADD
  0040a  DUP1
  0040b  LSET 13
  0040d  MCOPY
  0040e  LGET 12
  00410  LGET 13
  00412  ADD
  00413  LSET 12
  00415  LGET 11
  00417  PUSH 32
  00419  ADD
  0041a  LGET 9
  0041c  MSTORE
  0041d  LGET 11
  0041f  LGET 10
  00421  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00442  LOG1
    ; auctions.coin:292: emit ParameterSet("step", p.step)
  00443  PUSH 64
  00445  MALLOC
  00446  DUP1
  00447  PUSH 3012
  0044a  PUSH 64
  0044c  DATACOPY
  0044d  LSET 8
  0044f  LGET 5
  00451  LSET 9
  00453  PUSH 64
  00455  LGET 8
  00457  MLOAD
  00458  PUSH 31
  0045a  ADD
  0045b  PUSH 5
  0045d  SHR
  0045e  PUSH 5
  00460  SHL
  00461  PUSH 32
  00463  ADD
  00464  ADD
  00465  LSET 10
  00467  LGET 10
  00469  MALLOC
  0046a  LSET 11
  0046c  PUSH 64
  0046e  LSET 12
  00470  LGET 11
  00472  PUSH 0
  00473  ADD
  00474  LGET 12
  00476  MSTORE
  00477  LGET 11
  00479  PUSH 0
  0047a  ADD
  0047b  LGET 12
  0047d  ADD
  0047e  LGET 8
  00480  LGET 8
  00482  MLOAD
  00483  PUSH 31
  00485  ADD
  00486  PUSH 5
  00488  SHR
  00489  PUSH 5
  0048b  SHL
  0048c  PUSH 32
  0048e  ADD
  0048f  DUP1
  00490  LSET 13
  00492  MCOPY
  00493  LGET 12
  00495  LGET 13
  00497  ADD
  00498  LSET 12
  0049a  LGET 11
  0049c  PUSH 32
  0049e  ADD
  0049f  LGET 9
  004a1  MSTORE
  004a2  LGET 11
  004a4  LGET 10
  004a6  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  004c7  LOG1
    ; auctions.coin:293: emit ParameterSet("cut", p.cut)
  004c8  PUSH 64
  004ca  MALLOC
  004cb  DUP1
  004cc  PUSH 3076
  004cf  PUSH 64
  004d1  DATACOPY
  004d2  LSET 8
  004d4  LGET 6
  004d6  LSET 9
  004d8  PUSH 64
  004da  LGET 8
  004dc  MLOAD
  004dd  PUSH 31
  004df  ADD
  004e0  PUSH 5
  004e2  SHR
  004e3  PUSH 5
  004e5  SHL
  004e6  PUSH 32
  004e8  ADD
  004e9  ADD
  004ea  LSET 10
  004ec  LGET 10
  004ee  MALLOC
  004ef  LSET 11
  004f1  PUSH 64
  004f3  LSET 12
  004f5  LGET 11
  004f7  PUSH 0
  004f8  ADD
  004f9  LGET 12
  004fb  MSTORE
  004fc  LGET 11
  004fe  PUSH 0
  004ff  ADD
  00500  LGET 12
  00502  ADD
  00503  LGET 8
  00505  LGET 8
  00507  MLOAD
  00508  PUSH 31
  0050a  ADD
  0050b  PUSH 5
  0050d  SHR
  0050e  PUSH 5
  00510  SHL
  00511  PUSH 32
  00513  ADD
  00514  DUP1
  00515  LSET 13
  00517  MCOPY
  00518  LGET 12
  0051a  LGET 13
  0051c  ADD
  0051d  LSET 12
  0051f  LGET 11
  00521  PUSH 32
  00523  ADD
  00524  LGET 9
  00526  MSTORE
  00527  LGET 11
  00529  LGET 10
  0052b  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0054c  LOG1
    ; auctions.coin:294: emit ParameterSet("chost", p.chost)
  0054d  PUSH 64
  0054f  MALLOC
  00550  DUP1
  00551  PUSH 3140
  00554  PUSH 64
  00556  DATACOPY
  00557  LSET 8
  00559  LGET 7
  0055b  LSET 9
  0055d  PUSH 64
  0055f  LGET 8
  00561  MLOAD
  00562  PUSH 31
  00564  ADD
  00565  PUSH 5
  00567  SHR
  00568  PUSH 5
  0056a  SHL
  0056b  PUSH 32
  0056d  ADD
  0056e  ADD
  0056f  LSET 10
  00571  LGET 10
  00573  MALLOC
  00574  LSET 11
  00576  PUSH 64
  00578  LSET 12
  0057a  LGET 11
  0057c  PUSH 0
  0057d  ADD
  0057e  LGET 12
  00580  MSTORE
  00581  LGET 11
  00583  PUSH 0
  00584  ADD
  00585  LGET 12
  00587  ADD
  00588  LGET 8
  0058a  LGET 8
  0058c  MLOAD
  0058d  PUSH 31
  0058f  ADD
  00590  PUSH 5
  00592  SHR
  00593  PUSH 5
  00595  SHL
  00596  PUSH 32
  00598  ADD
  00599  DUP1
  0059a  LSET 13
  0059c  MCOPY
  0059d  LGET 12
  0059f  LGET 13
  005a1  ADD
  005a2  LSET 12
  005a4  LGET 11
  005a6  PUSH 32
  005a8  ADD
  005a9  LGET 9
  005ab  MSTORE
  005ac  LGET 11
  005ae  LGET 10
  005b0  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  005d1  LOG1
    ; auctions.coin:272: fn set_all(p: ClipParameters) {
  005d2  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  005d3  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  005d5  PUSH 0
  005d6  CALLER
  005d7  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  005d8  PUSH 0
  005d9  LSET 0
  005db  CALLER
  005dc  LSET 1
  005de  PUSH0
  005df  PUSH0
  005e0  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00601  LGET 0
  00603  LGET 1
  00605  LOG3
    ; access.coin:8: init() {
  00606  RETF
; ---- data section (3304 bytes)
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
  00280  0000000000000000000000000000000000000000000000000000000f6e6f206f
  002a0  7261636c65207072696365000000000000000000000000000000000008c379a0
  002c0  0000000000000000000000000000000000000000000000000000000000000020
  002e0  0000000000000000000000000000000000000000000000000000000000000017
  00300  636f6c6c61746572616c206e6f74207265636569766564000000000000000000
  00320  08c379a000000000000000000000000000000000000000000000000000000000
  00340  0000002000000000000000000000000000000000000000000000000000000000
  00360  0000001561756374696f6e206973206e6f742061637469766500000000000000
  00380  0000000008c379a0000000000000000000000000000000000000000000000000
  003a0  0000000000000020000000000000000000000000000000000000000000000000
  003c0  000000000000001c61756374696f6e206e656564732061207265736574202872
  003e0  65646f290000000008c379a00000000000000000000000000000000000000000
  00400  0000000000000000000000200000000000000000000000000000000000000000
  00420  00000000000000000000001870726963652069732061626f7665206d61785f70
  00440  72696365000000000000000008c379a000000000000000000000000000000000
  00460  0000000000000000000000000000002000000000000000000000000000000000
  00480  0000000000000000000000000000000f6e6f7468696e6720746f2074616b6500
  004a0  0000000000000000000000000000000008c379a0000000000000000000000000
  004c0  0000000000000000000000000000000000000020000000000000000000000000
  004e0  000000000000000000000000000000000000002272656d61696e696e67207461
  00500  6220776f756c642062652062656c6f772063686f737400000000000000000000
  00520  000000000000000000000000000000000000000008c379a00000000000000000
  00540  0000000000000000000000000000000000000000000000200000000000000000
  00560  00000000000000000000000000000000000000000000002c63616c6c20746f20
  00580  6275726e3a2074686520746172676574206164647265737320686173206e6f20
  005a0  636f6465000000000000000000000000000000000000000008c379a000000000
  005c0  0000000000000000000000000000000000000000000000000000002000000000
  005e0  0000000000000000000000000000000000000000000000000000002e63616c6c
  00600  20746f20736574746c653a207468652074617267657420616464726573732068
  00620  6173206e6f20636f646500000000000000000000000000000000000008c379a0
  00640  0000000000000000000000000000000000000000000000000000000000000020
  00660  0000000000000000000000000000000000000000000000000000000000000015
  00680  73656e643a207472616e73666572206661696c65640000000000000000000000
  006a0  08c379a000000000000000000000000000000000000000000000000000000000
  006c0  0000002000000000000000000000000000000000000000000000000000000000
  006e0  0000001d61756374696f6e20646f6573206e6f74206e65656420612072657365
  00700  7400000008c379a0000000000000000000000000000000000000000000000000
  00720  0000000000000020000000000000000000000000000000000000000000000000
  00740  000000000000002d63616c6c20746f2070726963653a20746865207461726765
  00760  74206164647265737320686173206e6f20636f64650000000000000000000000
  00780  000000000000000008c379a00000000000000000000000000000000000000000
  007a0  0000000000000000000000200000000000000000000000000000000000000000
  007c0  00000000000000000000002063616c6c20746f2070726963653a2073686f7274
  007e0  2072657475726e206461746108c379a000000000000000000000000000000000
  00800  0000000000000000000000000000002000000000000000000000000000000000
  00820  00000000000000000000000000000016627566206d757374206265206174206c
  00840  6561737420310000000000000000000008c379a0000000000000000000000000
  00860  0000000000000000000000000000000000000020000000000000000000000000
  00880  00000000000000000000000000000000000000157461696c206d757374206265
  008a0  20706f736974697665000000000000000000000008c379a00000000000000000
  008c0  0000000000000000000000000000000000000000000000200000000000000000
  008e0  00000000000000000000000000000000000000000000001463757370206d7573
  00900  742062652062656c6f77203100000000000000000000000008c379a000000000
  00920  0000000000000000000000000000000000000000000000000000002000000000
  00940  0000000000000000000000000000000000000000000000000000003463616c63
  00960  206d757374206265203020286c696e65617229206f7220312028737461697273
  00980  746570206578706f6e656e7469616c2900000000000000000000000008c379a0
  009a0  0000000000000000000000000000000000000000000000000000000000000020
  009c0  000000000000000000000000000000000000000000000000000000000000001d
  009e0  6c696e656172206465637265617365206e6565647320746175203e2030000000
  00a00  08c379a000000000000000000000000000000000000000000000000000000000
  00a20  0000002000000000000000000000000000000000000000000000000000000000
  00a40  00000028737461697273746570206e656564732073746570203e203020616e64
  00a60  2030203c20637574203c20310000000000000000000000000000000000000000
  00a80  0000000000000000000000000000000000000000000000000000000000000000
  00aa0  0000000362756600000000000000000000000000000000000000000000000000
  00ac0  0000000000000000000000000000000000000000000000000000000000000000
  00ae0  000000047461696c000000000000000000000000000000000000000000000000
  00b00  0000000000000000000000000000000000000000000000000000000000000000
  00b20  0000000463757370000000000000000000000000000000000000000000000000
  00b40  0000000000000000000000000000000000000000000000000000000000000000
  00b60  0000000463616c63000000000000000000000000000000000000000000000000
  00b80  0000000000000000000000000000000000000000000000000000000000000000
  00ba0  0000000374617500000000000000000000000000000000000000000000000000
  00bc0  0000000000000000000000000000000000000000000000000000000000000000
  00be0  0000000473746570000000000000000000000000000000000000000000000000
  00c00  0000000000000000000000000000000000000000000000000000000000000000
  00c20  0000000363757400000000000000000000000000000000000000000000000000
  00c40  0000000000000000000000000000000000000000000000000000000000000000
  00c60  0000000563686f73740000000000000000000000000000000000000000000000
  00c80  0000000008c379a0000000000000000000000000000000000000000000000000
  00ca0  0000000000000020000000000000000000000000000000000000000000000000
  00cc0  000000000000001763616c6c6572206973206e6f7420746865206f776e657200
  00ce0  0000000000000000
