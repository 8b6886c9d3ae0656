; contract FiatCoin
; ---- runtime section (6040 bytes)
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  00000  ENTER 7
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
  0008c  PUSH @ext_set_master_minter_13
  0008f  DUP2
  00090  PUSH 0x1a74e008
  00095  EQ
  00096  JUMPI
  00097  PUSH @ext_set_pauser_14
  0009a  DUP2
  0009b  PUSH 0x7b2d9800
  000a0  EQ
  000a1  JUMPI
  000a2  PUSH @ext_set_blacklister_15
  000a5  DUP2
  000a6  PUSH 0x3a7537d7
  000ab  EQ
  000ac  JUMPI
  000ad  PUSH @ext_set_attester_16
  000b0  DUP2
  000b1  PUSH 0x9990156f
  000b6  EQ
  000b7  JUMPI
  000b8  PUSH @ext_set_issuer_17
  000bb  DUP2
  000bc  PUSH 0x9db845bc
  000c1  EQ
  000c2  JUMPI
  000c3  PUSH @ext_set_max_attestation_age_18
  000c6  DUP2
  000c7  PUSH 0x819a890f
  000cc  EQ
  000cd  JUMPI
  000ce  PUSH @ext_configure_minter_19
  000d1  DUP2
  000d2  PUSH 0x3bc4ed64
  000d7  EQ
  000d8  JUMPI
  000d9  PUSH @ext_remove_minter_20
  000dc  DUP2
  000dd  PUSH 0x5eed499c
  000e2  EQ
  000e3  JUMPI
  000e4  PUSH @ext_mint_21
  000e7  DUP2
  000e8  PUSH 0x40c10f19
  000ed  EQ
  000ee  JUMPI
  000ef  PUSH @ext_burn_22
  000f2  DUP2
  000f3  PUSH 0x42966c68
  000f8  EQ
  000f9  JUMPI
  000fa  PUSH @ext_pause_23
  000fd  DUP2
  000fe  PUSH 0x8456cb59
  00103  EQ
  00104  JUMPI
  00105  PUSH @ext_unpause_24
  00108  DUP2
  00109  PUSH 0x3f4ba83a
  0010e  EQ
  0010f  JUMPI
  00110  PUSH @ext_blacklist_account_25
  00113  DUP2
  00114  PUSH 0xd0ca8a1a
  00119  EQ
  0011a  JUMPI
  0011b  PUSH @ext_unblacklist_account_26
  0011e  DUP2
  0011f  PUSH 0x3f1b3ff9
  00124  EQ
  00125  JUMPI
  00126  PUSH @ext_attest_reserves_27
  00129  DUP2
  0012a  PUSH 0xccc87db0
  0012f  EQ
  00130  JUMPI
  00131  PUSH @ext_set_impaired_28
  00134  DUP2
  00135  PUSH 0x622d0087
  0013a  EQ
  0013b  JUMPI
  0013c  PUSH @ext_set_redemptions_open_29
  0013f  DUP2
  00140  PUSH 0x8f816b00
  00145  EQ
  00146  JUMPI
  00147  PUSH @ext_request_redemption_30
  0014a  DUP2
  0014b  PUSH 0x96b26e4f
  00150  EQ
  00151  JUMPI
  00152  PUSH @ext_complete_redemption_31
  00155  DUP2
  00156  PUSH 0x798755f9
  0015b  EQ
  0015c  JUMPI
  0015d  PUSH @ext_available_reserves_32
  00160  DUP2
  00161  PUSH 0x23b70b25
  00166  EQ
  00167  JUMPI
  00168  PUSH @ext_backing_ratio_33
  0016b  DUP2
  0016c  PUSH 0x8ccf0994
  00171  EQ
  00172  JUMPI
  00173  PUSH @ext_minter_allowance_34
  00176  DUP2
  00177  PUSH 0x2a93ffd0
  0017c  EQ
  0017d  JUMPI
  0017e  PUSH @ext_is_minter_35
  00181  DUP2
  00182  PUSH 0x92c94f65
  00187  EQ
  00188  JUMPI
  00189  PUSH @ext_is_blacklisted_36
  0018c  DUP2
  0018d  PUSH 0x1794e95a
  00192  EQ
  00193  JUMPI
  00194  PUSH @ext_is_paused_37
  00197  DUP2
  00198  PUSH 0x9d4f8aa9
  0019d  EQ
  0019e  JUMPI
  0019f  PUSH @ext_get_reserves_38
  001a2  DUP2
  001a3  PUSH 0x14da81ae
  001a8  EQ
  001a9  JUMPI
  001aa  PUSH @ext_get_impaired_39
  001ad  DUP2
  001ae  PUSH 0x3e703a66
  001b3  EQ
  001b4  JUMPI
  001b5  PUSH @ext_get_attested_at_40
  001b8  DUP2
  001b9  PUSH 0xb8f3fbe0
  001be  EQ
  001bf  JUMPI
  001c0  PUSH @ext_redemption_41
  001c3  DUP2
  001c4  PUSH 0x4a1dc092
  001c9  EQ
  001ca  JUMPI
  001cb  PUSH @ext_redemption_queue_42
  001ce  DUP2
  001cf  PUSH 0x764cb236
  001d4  EQ
  001d5  JUMPI
  001d6  PUSH @ext_pending_redemptions_43
  001d9  DUP2
  001da  PUSH 0x76f0870f
  001df  EQ
  001e0  JUMPI
  001e1  PUSH @ext_are_redemptions_open_44
  001e4  DUP2
  001e5  PUSH 0x3b896616
  001ea  EQ
  001eb  JUMPI
  001ec  PUSH @ext_roles_45
  001ef  DUP2
  001f0  PUSH 0x392f5f64
  001f5  EQ
  001f6  JUMPI
  001f7  PUSH0
  001f8  PUSH0
  001f9  REVERT
fallback_1:
  001fa  JUMPDEST
  001fb  PUSH0
  001fc  PUSH0
  001fd  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  001fe  JUMPDEST
  001ff  POP
  00200  PUSH @novalue_46
  00203  CALLVALUE
  00204  ISZERO
  00205  JUMPI
  00206  PUSH0
  00207  PUSH0
  00208  REVERT
novalue_46:
  00209  JUMPDEST
  0020a  CALLF @fn_Token_name
  0020d  LSET 0
  0020f  PUSH 32
  00211  LGET 0
  00213  MLOAD
  00214  PUSH 31
  00216  ADD
  00217  PUSH 5
  00219  SHR
  0021a  PUSH 5
  0021c  SHL
  0021d  PUSH 32
  0021f  ADD
  00220  ADD
  00221  LSET 1
  00223  LGET 1
  00225  MALLOC
  00226  LSET 2
  00228  PUSH 32
  0022a  LSET 3
  0022c  LGET 2
  0022e  PUSH 0
  0022f  ADD
  00230  LGET 3
  00232  MSTORE
  00233  LGET 2
  00235  PUSH 0
  00236  ADD
  00237  LGET 3
  00239  ADD
  0023a  LGET 0
  0023c  LGET 0
  0023e  MLOAD
  0023f  PUSH 31
  00241  ADD
  00242  PUSH 5
  00244  SHR
  00245  PUSH 5
  00247  SHL
  00248  PUSH 32
  0024a  ADD
  0024b  DUP1
  0024c  LSET 4
  0024e  MCOPY
  0024f  LGET 3
  00251  LGET 4
  00253  ADD
  00254  LSET 3
  00256  LGET 2
  00258  LGET 1
  0025a  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  0025b  JUMPDEST
  0025c  POP
  0025d  PUSH @novalue_47
  00260  CALLVALUE
  00261  ISZERO
  00262  JUMPI
  00263  PUSH0
  00264  PUSH0
  00265  REVERT
novalue_47:
  00266  JUMPDEST
  00267  CALLF @fn_Token_symbol
  0026a  LSET 0
  0026c  PUSH 32
  0026e  LGET 0
  00270  MLOAD
  00271  PUSH 31
  00273  ADD
  00274  PUSH 5
  00276  SHR
  00277  PUSH 5
  00279  SHL
  0027a  PUSH 32
  0027c  ADD
  0027d  ADD
  0027e  LSET 1
  00280  LGET 1
  00282  MALLOC
  00283  LSET 2
  00285  PUSH 32
  00287  LSET 3
  00289  LGET 2
  0028b  PUSH 0
  0028c  ADD
  0028d  LGET 3
  0028f  MSTORE
  00290  LGET 2
  00292  PUSH 0
  00293  ADD
  00294  LGET 3
  00296  ADD
  00297  LGET 0
  00299  LGET 0
  0029b  MLOAD
  0029c  PUSH 31
  0029e  ADD
  0029f  PUSH 5
  002a1  SHR
  002a2  PUSH 5
  002a4  SHL
  002a5  PUSH 32
  002a7  ADD
  002a8  DUP1
  002a9  LSET 4
  002ab  MCOPY
  002ac  LGET 3
  002ae  LGET 4
  002b0  ADD
  002b1  LSET 3
  002b3  LGET 2
  002b5  LGET 1
  002b7  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  002b8  JUMPDEST
  002b9  POP
  002ba  PUSH @novalue_48
  002bd  CALLVALUE
  002be  ISZERO
  002bf  JUMPI
  002c0  PUSH0
  002c1  PUSH0
  002c2  REVERT
novalue_48:
  002c3  JUMPDEST
  002c4  CALLF @fn_Token_decimals
  002c7  LSET 0
  002c9  PUSH 32
  002cb  MALLOC
  002cc  LSET 1
  002ce  LGET 1
  002d0  LGET 0
  002d2  MSTORE
  002d3  LGET 1
  002d5  PUSH 32
  002d7  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  002d8  JUMPDEST
  002d9  POP
  002da  PUSH @novalue_49
  002dd  CALLVALUE
  002de  ISZERO
  002df  JUMPI
  002e0  PUSH0
  002e1  PUSH0
  002e2  REVERT
novalue_49:
  002e3  JUMPDEST
  002e4  CALLF @fn_Token_totalSupply
  002e7  LSET 0
  002e9  PUSH 32
  002eb  MALLOC
  002ec  LSET 1
  002ee  LGET 1
  002f0  LGET 0
  002f2  MSTORE
  002f3  LGET 1
  002f5  PUSH 32
  002f7  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  002f8  JUMPDEST
  002f9  POP
  002fa  PUSH @novalue_50
  002fd  CALLVALUE
  002fe  ISZERO
  002ff  JUMPI
  00300  PUSH0
  00301  PUSH0
  00302  REVERT
novalue_50:
  00303  JUMPDEST
  00304  PUSH @bad_input_51
  00307  CALLDATASIZE
  00308  PUSH 36
  0030a  LT
  0030b  JUMPI
  0030c  PUSH 4
  0030e  CALLDATALOAD
  0030f  PUSH @bad_input_51
  00312  DUP2
  00313  PUSH 160
  00315  SHR
  00316  JUMPI
  00317  CALLF @fn_Token_balanceOf
  0031a  LSET 0
  0031c  PUSH 32
  0031e  MALLOC
  0031f  LSET 1
  00321  LGET 1
  00323  LGET 0
  00325  MSTORE
  00326  LGET 1
  00328  PUSH 32
  0032a  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  0032b  JUMPDEST
  0032c  POP
  0032d  PUSH @novalue_52
  00330  CALLVALUE
  00331  ISZERO
  00332  JUMPI
  00333  PUSH0
  00334  PUSH0
  00335  REVERT
novalue_52:
  00336  JUMPDEST
  00337  PUSH @bad_input_51
  0033a  CALLDATASIZE
  0033b  PUSH 68
  0033d  LT
  0033e  JUMPI
  0033f  PUSH 4
  00341  CALLDATALOAD
  00342  PUSH @bad_input_51
  00345  DUP2
  00346  PUSH 160
  00348  SHR
  00349  JUMPI
  0034a  PUSH 36
  0034c  CALLDATALOAD
  0034d  PUSH @bad_input_51
  00350  DUP2
  00351  PUSH 160
  00353  SHR
  00354  JUMPI
  00355  CALLF @fn_Token_allowance
  00358  LSET 0
  0035a  PUSH 32
  0035c  MALLOC
  0035d  LSET 1
  0035f  LGET 1
  00361  LGET 0
  00363  MSTORE
  00364  LGET 1
  00366  PUSH 32
  00368  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00369  JUMPDEST
  0036a  POP
  0036b  PUSH @novalue_53
  0036e  CALLVALUE
  0036f  ISZERO
  00370  JUMPI
  00371  PUSH0
  00372  PUSH0
  00373  REVERT
novalue_53:
  00374  JUMPDEST
  00375  PUSH @bad_input_51
  00378  CALLDATASIZE
  00379  PUSH 68
  0037b  LT
  0037c  JUMPI
  0037d  PUSH 4
  0037f  CALLDATALOAD
  00380  PUSH @bad_input_51
  00383  DUP2
  00384  PUSH 160
  00386  SHR
  00387  JUMPI
  00388  PUSH 36
  0038a  CALLDATALOAD
  0038b  CALLF @fn_Token_transfer
  0038e  LSET 0
  00390  PUSH 32
  00392  MALLOC
  00393  LSET 1
  00395  LGET 1
  00397  LGET 0
  00399  MSTORE
  0039a  LGET 1
  0039c  PUSH 32
  0039e  RETURN
ext_approve_9:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0039f  JUMPDEST
  003a0  POP
  003a1  PUSH @novalue_54
  003a4  CALLVALUE
  003a5  ISZERO
  003a6  JUMPI
  003a7  PUSH0
  003a8  PUSH0
  003a9  REVERT
novalue_54:
  003aa  JUMPDEST
  003ab  PUSH @bad_input_51
  003ae  CALLDATASIZE
  003af  PUSH 68
  003b1  LT
  003b2  JUMPI
  003b3  PUSH 4
  003b5  CALLDATALOAD
  003b6  PUSH @bad_input_51
  003b9  DUP2
  003ba  PUSH 160
  003bc  SHR
  003bd  JUMPI
  003be  PUSH 36
  003c0  CALLDATALOAD
  003c1  CALLF @fn_Token_approve
  003c4  LSET 0
  003c6  PUSH 32
  003c8  MALLOC
  003c9  LSET 1
  003cb  LGET 1
  003cd  LGET 0
  003cf  MSTORE
  003d0  LGET 1
  003d2  PUSH 32
  003d4  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  003d5  JUMPDEST
  003d6  POP
  003d7  PUSH @novalue_55
  003da  CALLVALUE
  003db  ISZERO
  003dc  JUMPI
  003dd  PUSH0
  003de  PUSH0
  003df  REVERT
novalue_55:
  003e0  JUMPDEST
  003e1  PUSH @bad_input_51
  003e4  CALLDATASIZE
  003e5  PUSH 100
  003e7  LT
  003e8  JUMPI
  003e9  PUSH 4
  003eb  CALLDATALOAD
  003ec  PUSH @bad_input_51
  003ef  DUP2
  003f0  PUSH 160
  003f2  SHR
  003f3  JUMPI
  003f4  PUSH 36
  003f6  CALLDATALOAD
  003f7  PUSH @bad_input_51
  003fa  DUP2
  003fb  PUSH 160
  003fd  SHR
  003fe  JUMPI
  003ff  PUSH 68
  00401  CALLDATALOAD
  00402  CALLF @fn_Token_transferFrom
  00405  LSET 0
  00407  PUSH 32
  00409  MALLOC
  0040a  LSET 1
  0040c  LGET 1
  0040e  LGET 0
  00410  MSTORE
  00411  LGET 1
  00413  PUSH 32
  00415  RETURN
ext_get_owner_11:
    ; access.coin:13: pub view fn get_owner() -> address {
  00416  JUMPDEST
  00417  POP
  00418  PUSH @novalue_56
  0041b  CALLVALUE
  0041c  ISZERO
  0041d  JUMPI
  0041e  PUSH0
  0041f  PUSH0
  00420  REVERT
novalue_56:
  00421  JUMPDEST
  00422  CALLF @fn_Owned_get_owner
  00425  LSET 0
  00427  PUSH 32
  00429  MALLOC
  0042a  LSET 1
  0042c  LGET 1
  0042e  LGET 0
  00430  MSTORE
  00431  LGET 1
  00433  PUSH 32
  00435  RETURN
ext_transfer_ownership_12:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00436  JUMPDEST
  00437  POP
  00438  PUSH @novalue_57
  0043b  CALLVALUE
  0043c  ISZERO
  0043d  JUMPI
  0043e  PUSH0
  0043f  PUSH0
  00440  REVERT
novalue_57:
  00441  JUMPDEST
  00442  PUSH @bad_input_51
  00445  CALLDATASIZE
  00446  PUSH 36
  00448  LT
  00449  JUMPI
  0044a  PUSH 4
  0044c  CALLDATALOAD
  0044d  PUSH @bad_input_51
  00450  DUP2
  00451  PUSH 160
  00453  SHR
  00454  JUMPI
  00455  CALLF @fn_Owned_transfer_ownership
  00458  STOP
ext_set_master_minter_13:
    ; fiat.coin:77: pub fn set_master_minter(account: address) {
  00459  JUMPDEST
  0045a  POP
  0045b  PUSH @novalue_58
  0045e  CALLVALUE
  0045f  ISZERO
  00460  JUMPI
  00461  PUSH0
  00462  PUSH0
  00463  REVERT
novalue_58:
  00464  JUMPDEST
  00465  PUSH @bad_input_51
  00468  CALLDATASIZE
  00469  PUSH 36
  0046b  LT
  0046c  JUMPI
  0046d  PUSH 4
  0046f  CALLDATALOAD
  00470  PUSH @bad_input_51
  00473  DUP2
  00474  PUSH 160
  00476  SHR
  00477  JUMPI
  00478  CALLF @fn_FiatCoin_set_master_minter
  0047b  STOP
ext_set_pauser_14:
    ; fiat.coin:83: pub fn set_pauser(account: address) {
  0047c  JUMPDEST
  0047d  POP
  0047e  PUSH @novalue_59
  00481  CALLVALUE
  00482  ISZERO
  00483  JUMPI
  00484  PUSH0
  00485  PUSH0
  00486  REVERT
novalue_59:
  00487  JUMPDEST
  00488  PUSH @bad_input_51
  0048b  CALLDATASIZE
  0048c  PUSH 36
  0048e  LT
  0048f  JUMPI
  00490  PUSH 4
  00492  CALLDATALOAD
  00493  PUSH @bad_input_51
  00496  DUP2
  00497  PUSH 160
  00499  SHR
  0049a  JUMPI
  0049b  CALLF @fn_FiatCoin_set_pauser
  0049e  STOP
ext_set_blacklister_15:
    ; fiat.coin:89: pub fn set_blacklister(account: address) {
  0049f  JUMPDEST
  004a0  POP
  004a1  PUSH @novalue_60
  004a4  CALLVALUE
  004a5  ISZERO
  004a6  JUMPI
  004a7  PUSH0
  004a8  PUSH0
  004a9  REVERT
novalue_60:
  004aa  JUMPDEST
  004ab  PUSH @bad_input_51
  004ae  CALLDATASIZE
  004af  PUSH 36
  004b1  LT
  004b2  JUMPI
  004b3  PUSH 4
  004b5  CALLDATALOAD
  004b6  PUSH @bad_input_51
  004b9  DUP2
  004ba  PUSH 160
  004bc  SHR
  004bd  JUMPI
  004be  CALLF @fn_FiatCoin_set_blacklister
  004c1  STOP
ext_set_attester_16:
    ; fiat.coin:95: pub fn set_attester(account: address) {
  004c2  JUMPDEST
  004c3  POP
  004c4  PUSH @novalue_61
  004c7  CALLVALUE
  004c8  ISZERO
  004c9  JUMPI
  004ca  PUSH0
  004cb  PUSH0
  004cc  REVERT
novalue_61:
  004cd  JUMPDEST
  004ce  PUSH @bad_input_51
  004d1  CALLDATASIZE
  004d2  PUSH 36
  004d4  LT
  004d5  JUMPI
  004d6  PUSH 4
  004d8  CALLDATALOAD
  004d9  PUSH @bad_input_51
  004dc  DUP2
  004dd  PUSH 160
  004df  SHR
  004e0  JUMPI
  004e1  CALLF @fn_FiatCoin_set_attester
  004e4  STOP
ext_set_issuer_17:
    ; fiat.coin:101: pub fn set_issuer(account: address) {
  004e5  JUMPDEST
  004e6  POP
  004e7  PUSH @novalue_62
  004ea  CALLVALUE
  004eb  ISZERO
  004ec  JUMPI
  004ed  PUSH0
  004ee  PUSH0
  004ef  REVERT
novalue_62:
  004f0  JUMPDEST
  004f1  PUSH @bad_input_51
  004f4  CALLDATASIZE
  004f5  PUSH 36
  004f7  LT
  004f8  JUMPI
  004f9  PUSH 4
  004fb  CALLDATALOAD
  004fc  PUSH @bad_input_51
  004ff  DUP2
  00500  PUSH 160
  00502  SHR
  00503  JUMPI
  00504  CALLF @fn_FiatCoin_set_issuer
  00507  STOP
ext_set_max_attestation_age_18:
    ; fiat.coin:107: pub fn set_max_attestation_age(seconds: uint) {
  00508  JUMPDEST
  00509  POP
  0050a  PUSH @novalue_63
  0050d  CALLVALUE
  0050e  ISZERO
  0050f  JUMPI
  00510  PUSH0
  00511  PUSH0
  00512  REVERT
novalue_63:
  00513  JUMPDEST
  00514  PUSH @bad_input_51
  00517  CALLDATASIZE
  00518  PUSH 36
  0051a  LT
  0051b  JUMPI
  0051c  PUSH 4
  0051e  CALLDATALOAD
  0051f  CALLF @fn_FiatCoin_set_max_attestation_age
  00522  STOP
ext_configure_minter_19:
    ; fiat.coin:115: pub fn configure_minter(minter: address, allowance: uint) {
  00523  JUMPDEST
  00524  POP
  00525  PUSH @novalue_64
  00528  CALLVALUE
  00529  ISZERO
  0052a  JUMPI
  0052b  PUSH0
  0052c  PUSH0
  0052d  REVERT
novalue_64:
  0052e  JUMPDEST
  0052f  PUSH @bad_input_51
  00532  CALLDATASIZE
  00533  PUSH 68
  00535  LT
  00536  JUMPI
  00537  PUSH 4
  00539  CALLDATALOAD
  0053a  PUSH @bad_input_51
  0053d  DUP2
  0053e  PUSH 160
  00540  SHR
  00541  JUMPI
  00542  PUSH 36
  00544  CALLDATALOAD
  00545  CALLF @fn_FiatCoin_configure_minter
  00548  STOP
ext_remove_minter_20:
    ; fiat.coin:123: pub fn remove_minter(minter: address) {
  00549  JUMPDEST
  0054a  POP
  0054b  PUSH @novalue_65
  0054e  CALLVALUE
  0054f  ISZERO
  00550  JUMPI
  00551  PUSH0
  00552  PUSH0
  00553  REVERT
novalue_65:
  00554  JUMPDEST
  00555  PUSH @bad_input_51
  00558  CALLDATASIZE
  00559  PUSH 36
  0055b  LT
  0055c  JUMPI
  0055d  PUSH 4
  0055f  CALLDATALOAD
  00560  PUSH @bad_input_51
  00563  DUP2
  00564  PUSH 160
  00566  SHR
  00567  JUMPI
  00568  CALLF @fn_FiatCoin_remove_minter
  0056b  STOP
ext_mint_21:
    ; fiat.coin:130: pub fn mint(to: address, amount: uint) -> bool {
  0056c  JUMPDEST
  0056d  POP
  0056e  PUSH @novalue_66
  00571  CALLVALUE
  00572  ISZERO
  00573  JUMPI
  00574  PUSH0
  00575  PUSH0
  00576  REVERT
novalue_66:
  00577  JUMPDEST
  00578  PUSH @bad_input_51
  0057b  CALLDATASIZE
  0057c  PUSH 68
  0057e  LT
  0057f  JUMPI
  00580  PUSH 4
  00582  CALLDATALOAD
  00583  PUSH @bad_input_51
  00586  DUP2
  00587  PUSH 160
  00589  SHR
  0058a  JUMPI
  0058b  PUSH 36
  0058d  CALLDATALOAD
  0058e  CALLF @fn_FiatCoin_mint
  00591  LSET 0
  00593  PUSH 32
  00595  MALLOC
  00596  LSET 1
  00598  LGET 1
  0059a  LGET 0
  0059c  MSTORE
  0059d  LGET 1
  0059f  PUSH 32
  005a1  RETURN
ext_burn_22:
    ; fiat.coin:147: pub fn burn(amount: uint) {
  005a2  JUMPDEST
  005a3  POP
  005a4  PUSH @novalue_67
  005a7  CALLVALUE
  005a8  ISZERO
  005a9  JUMPI
  005aa  PUSH0
  005ab  PUSH0
  005ac  REVERT
novalue_67:
  005ad  JUMPDEST
  005ae  PUSH @bad_input_51
  005b1  CALLDATASIZE
  005b2  PUSH 36
  005b4  LT
  005b5  JUMPI
  005b6  PUSH 4
  005b8  CALLDATALOAD
  005b9  CALLF @fn_FiatCoin_burn
  005bc  STOP
ext_pause_23:
    ; fiat.coin:155: pub fn pause() {
  005bd  JUMPDEST
  005be  POP
  005bf  PUSH @novalue_68
  005c2  CALLVALUE
  005c3  ISZERO
  005c4  JUMPI
  005c5  PUSH0
  005c6  PUSH0
  005c7  REVERT
novalue_68:
  005c8  JUMPDEST
  005c9  CALLF @fn_FiatCoin_pause
  005cc  STOP
ext_unpause_24:
    ; fiat.coin:161: pub fn unpause() {
  005cd  JUMPDEST
  005ce  POP
  005cf  PUSH @novalue_69
  005d2  CALLVALUE
  005d3  ISZERO
  005d4  JUMPI
  005d5  PUSH0
  005d6  PUSH0
  005d7  REVERT
novalue_69:
  005d8  JUMPDEST
  005d9  CALLF @fn_FiatCoin_unpause
  005dc  STOP
ext_blacklist_account_25:
    ; fiat.coin:167: pub fn blacklist_account(account: address) {
  005dd  JUMPDEST
  005de  POP
  005df  PUSH @novalue_70
  005e2  CALLVALUE
  005e3  ISZERO
  005e4  JUMPI
  005e5  PUSH0
  005e6  PUSH0
  005e7  REVERT
novalue_70:
  005e8  JUMPDEST
  005e9  PUSH @bad_input_51
  005ec  CALLDATASIZE
  005ed  PUSH 36
  005ef  LT
  005f0  JUMPI
  005f1  PUSH 4
  005f3  CALLDATALOAD
  005f4  PUSH @bad_input_51
  005f7  DUP2
  005f8  PUSH 160
  005fa  SHR
  005fb  JUMPI
  005fc  CALLF @fn_FiatCoin_blacklist_account
  005ff  STOP
ext_unblacklist_account_26:
    ; fiat.coin:173: pub fn unblacklist_account(account: address) {
  00600  JUMPDEST
  00601  POP
  00602  PUSH @novalue_71
  00605  CALLVALUE
  00606  ISZERO
  00607  JUMPI
  00608  PUSH0
  00609  PUSH0
  0060a  REVERT
novalue_71:
  0060b  JUMPDEST
  0060c  PUSH @bad_input_51
  0060f  CALLDATASIZE
  00610  PUSH 36
  00612  LT
  00613  JUMPI
  00614  PUSH 4
  00616  CALLDATALOAD
  00617  PUSH @bad_input_51
  0061a  DUP2
  0061b  PUSH 160
  0061d  SHR
  0061e  JUMPI
  0061f  CALLF @fn_FiatCoin_unblacklist_account
  00622  STOP
ext_attest_reserves_27:
    ; fiat.coin:180: pub fn attest_reserves(amount: uint) {
  00623  JUMPDEST
  00624  POP
  00625  PUSH @novalue_72
  00628  CALLVALUE
  00629  ISZERO
  0062a  JUMPI
  0062b  PUSH0
  0062c  PUSH0
  0062d  REVERT
novalue_72:
  0062e  JUMPDEST
  0062f  PUSH @bad_input_51
  00632  CALLDATASIZE
  00633  PUSH 36
  00635  LT
  00636  JUMPI
  00637  PUSH 4
  00639  CALLDATALOAD
  0063a  CALLF @fn_FiatCoin_attest_reserves
  0063d  STOP
ext_set_impaired_28:
    ; fiat.coin:189: pub fn set_impaired(amount: uint) {
  0063e  JUMPDEST
  0063f  POP
  00640  PUSH @novalue_73
  00643  CALLVALUE
  00644  ISZERO
  00645  JUMPI
  00646  PUSH0
  00647  PUSH0
  00648  REVERT
novalue_73:
  00649  JUMPDEST
  0064a  PUSH @bad_input_51
  0064d  CALLDATASIZE
  0064e  PUSH 36
  00650  LT
  00651  JUMPI
  00652  PUSH 4
  00654  CALLDATALOAD
  00655  CALLF @fn_FiatCoin_set_impaired
  00658  STOP
ext_set_redemptions_open_29:
    ; fiat.coin:197: pub fn set_redemptions_open(open: bool) {
  00659  JUMPDEST
  0065a  POP
  0065b  PUSH @novalue_74
  0065e  CALLVALUE
  0065f  ISZERO
  00660  JUMPI
  00661  PUSH0
  00662  PUSH0
  00663  REVERT
novalue_74:
  00664  JUMPDEST
  00665  PUSH @bad_input_51
  00668  CALLDATASIZE
  00669  PUSH 36
  0066b  LT
  0066c  JUMPI
  0066d  PUSH 4
  0066f  CALLDATALOAD
  00670  PUSH @bad_input_51
  00673  DUP2
  00674  PUSH 1
  00676  GT
  00677  JUMPI
  00678  CALLF @fn_FiatCoin_set_redemptions_open
  0067b  STOP
ext_request_redemption_30:
    ; fiat.coin:204: pub fn request_redemption(amount: uint) -> uint {
  0067c  JUMPDEST
  0067d  POP
  0067e  PUSH @novalue_75
  00681  CALLVALUE
  00682  ISZERO
  00683  JUMPI
  00684  PUSH0
  00685  PUSH0
  00686  REVERT
novalue_75:
  00687  JUMPDEST
  00688  PUSH @bad_input_51
  0068b  CALLDATASIZE
  0068c  PUSH 36
  0068e  LT
  0068f  JUMPI
  00690  PUSH 4
  00692  CALLDATALOAD
  00693  CALLF @fn_FiatCoin_request_redemption
  00696  LSET 0
  00698  PUSH 32
  0069a  MALLOC
  0069b  LSET 1
  0069d  LGET 1
  0069f  LGET 0
  006a1  MSTORE
  006a2  LGET 1
  006a4  PUSH 32
  006a6  RETURN
ext_complete_redemption_31:
    ; fiat.coin:218: pub fn complete_redemption(id: uint) {
  006a7  JUMPDEST
  006a8  POP
  006a9  PUSH @novalue_76
  006ac  CALLVALUE
  006ad  ISZERO
  006ae  JUMPI
  006af  PUSH0
  006b0  PUSH0
  006b1  REVERT
novalue_76:
  006b2  JUMPDEST
  006b3  PUSH @bad_input_51
  006b6  CALLDATASIZE
  006b7  PUSH 36
  006b9  LT
  006ba  JUMPI
  006bb  PUSH 4
  006bd  CALLDATALOAD
  006be  CALLF @fn_FiatCoin_complete_redemption
  006c1  STOP
ext_available_reserves_32:
    ; fiat.coin:230: pub view fn available_reserves() -> uint {
  006c2  JUMPDEST
  006c3  POP
  006c4  PUSH @novalue_77
  006c7  CALLVALUE
  006c8  ISZERO
  006c9  JUMPI
  006ca  PUSH0
  006cb  PUSH0
  006cc  REVERT
novalue_77:
  006cd  JUMPDEST
  006ce  CALLF @fn_FiatCoin_available_reserves
  006d1  LSET 0
  006d3  PUSH 32
  006d5  MALLOC
  006d6  LSET 1
  006d8  LGET 1
  006da  LGET 0
  006dc  MSTORE
  006dd  LGET 1
  006df  PUSH 32
  006e1  RETURN
ext_backing_ratio_33:
    ; fiat.coin:239: pub view fn backing_ratio() -> uint {
  006e2  JUMPDEST
  006e3  POP
  006e4  PUSH @novalue_78
  006e7  CALLVALUE
  006e8  ISZERO
  006e9  JUMPI
  006ea  PUSH0
  006eb  PUSH0
  006ec  REVERT
novalue_78:
  006ed  JUMPDEST
  006ee  CALLF @fn_FiatCoin_backing_ratio
  006f1  LSET 0
  006f3  PUSH 32
  006f5  MALLOC
  006f6  LSET 1
  006f8  LGET 1
  006fa  LGET 0
  006fc  MSTORE
  006fd  LGET 1
  006ff  PUSH 32
  00701  RETURN
ext_minter_allowance_34:
    ; fiat.coin:246: pub view fn minter_allowance(minter: address) -> uint {
  00702  JUMPDEST
  00703  POP
  00704  PUSH @novalue_79
  00707  CALLVALUE
  00708  ISZERO
  00709  JUMPI
  0070a  PUSH0
  0070b  PUSH0
  0070c  REVERT
novalue_79:
  0070d  JUMPDEST
  0070e  PUSH @bad_input_51
  00711  CALLDATASIZE
  00712  PUSH 36
  00714  LT
  00715  JUMPI
  00716  PUSH 4
  00718  CALLDATALOAD
  00719  PUSH @bad_input_51
  0071c  DUP2
  0071d  PUSH 160
  0071f  SHR
  00720  JUMPI
  00721  CALLF @fn_FiatCoin_minter_allowance
  00724  LSET 0
  00726  PUSH 32
  00728  MALLOC
  00729  LSET 1
  0072b  LGET 1
  0072d  LGET 0
  0072f  MSTORE
  00730  LGET 1
  00732  PUSH 32
  00734  RETURN
ext_is_minter_35:
    ; fiat.coin:250: pub view fn is_minter(account: address) -> bool {
  00735  JUMPDEST
  00736  POP
  00737  PUSH @novalue_80
  0073a  CALLVALUE
  0073b  ISZERO
  0073c  JUMPI
  0073d  PUSH0
  0073e  PUSH0
  0073f  REVERT
novalue_80:
  00740  JUMPDEST
  00741  PUSH @bad_input_51
  00744  CALLDATASIZE
  00745  PUSH 36
  00747  LT
  00748  JUMPI
  00749  PUSH 4
  0074b  CALLDATALOAD
  0074c  PUSH @bad_input_51
  0074f  DUP2
  00750  PUSH 160
  00752  SHR
  00753  JUMPI
  00754  CALLF @fn_FiatCoin_is_minter
  00757  LSET 0
  00759  PUSH 32
  0075b  MALLOC
  0075c  LSET 1
  0075e  LGET 1
  00760  LGET 0
  00762  MSTORE
  00763  LGET 1
  00765  PUSH 32
  00767  RETURN
ext_is_blacklisted_36:
    ; fiat.coin:254: pub view fn is_blacklisted(account: address) -> bool {
  00768  JUMPDEST
  00769  POP
  0076a  PUSH @novalue_81
  0076d  CALLVALUE
  0076e  ISZERO
  0076f  JUMPI
  00770  PUSH0
  00771  PUSH0
  00772  REVERT
novalue_81:
  00773  JUMPDEST
  00774  PUSH @bad_input_51
  00777  CALLDATASIZE
  00778  PUSH 36
  0077a  LT
  0077b  JUMPI
  0077c  PUSH 4
  0077e  CALLDATALOAD
  0077f  PUSH @bad_input_51
  00782  DUP2
  00783  PUSH 160
  00785  SHR
  00786  JUMPI
  00787  CALLF @fn_FiatCoin_is_blacklisted
  0078a  LSET 0
  0078c  PUSH 32
  0078e  MALLOC
  0078f  LSET 1
  00791  LGET 1
  00793  LGET 0
  00795  MSTORE
  00796  LGET 1
  00798  PUSH 32
  0079a  RETURN
ext_is_paused_37:
    ; fiat.coin:258: pub view fn is_paused() -> bool {
  0079b  JUMPDEST
  0079c  POP
  0079d  PUSH @novalue_82
  007a0  CALLVALUE
  007a1  ISZERO
  007a2  JUMPI
  007a3  PUSH0
  007a4  PUSH0
  007a5  REVERT
novalue_82:
  007a6  JUMPDEST
  007a7  CALLF @fn_FiatCoin_is_paused
  007aa  LSET 0
  007ac  PUSH 32
  007ae  MALLOC
  007af  LSET 1
  007b1  LGET 1
  007b3  LGET 0
  007b5  MSTORE
  007b6  LGET 1
  007b8  PUSH 32
  007ba  RETURN
ext_get_reserves_38:
    ; fiat.coin:262: pub view fn get_reserves() -> uint {
  007bb  JUMPDEST
  007bc  POP
  007bd  PUSH @novalue_83
  007c0  CALLVALUE
  007c1  ISZERO
  007c2  JUMPI
  007c3  PUSH0
  007c4  PUSH0
  007c5  REVERT
novalue_83:
  007c6  JUMPDEST
  007c7  CALLF @fn_FiatCoin_get_reserves
  007ca  LSET 0
  007cc  PUSH 32
  007ce  MALLOC
  007cf  LSET 1
  007d1  LGET 1
  007d3  LGET 0
  007d5  MSTORE
  007d6  LGET 1
  007d8  PUSH 32
  007da  RETURN
ext_get_impaired_39:
    ; fiat.coin:266: pub view fn get_impaired() -> uint {
  007db  JUMPDEST
  007dc  POP
  007dd  PUSH @novalue_84
  007e0  CALLVALUE
  007e1  ISZERO
  007e2  JUMPI
  007e3  PUSH0
  007e4  PUSH0
  007e5  REVERT
novalue_84:
  007e6  JUMPDEST
  007e7  CALLF @fn_FiatCoin_get_impaired
  007ea  LSET 0
  007ec  PUSH 32
  007ee  MALLOC
  007ef  LSET 1
  007f1  LGET 1
  007f3  LGET 0
  007f5  MSTORE
  007f6  LGET 1
  007f8  PUSH 32
  007fa  RETURN
ext_get_attested_at_40:
    ; fiat.coin:270: pub view fn get_attested_at() -> uint {
  007fb  JUMPDEST
  007fc  POP
  007fd  PUSH @novalue_85
  00800  CALLVALUE
  00801  ISZERO
  00802  JUMPI
  00803  PUSH0
  00804  PUSH0
  00805  REVERT
novalue_85:
  00806  JUMPDEST
  00807  CALLF @fn_FiatCoin_get_attested_at
  0080a  LSET 0
  0080c  PUSH 32
  0080e  MALLOC
  0080f  LSET 1
  00811  LGET 1
  00813  LGET 0
  00815  MSTORE
  00816  LGET 1
  00818  PUSH 32
  0081a  RETURN
ext_redemption_41:
    ; fiat.coin:274: pub view fn redemption(id: uint) -> Redemption {
  0081b  JUMPDEST
  0081c  POP
  0081d  PUSH @novalue_86
  00820  CALLVALUE
  00821  ISZERO
  00822  JUMPI
  00823  PUSH0
  00824  PUSH0
  00825  REVERT
novalue_86:
  00826  JUMPDEST
  00827  PUSH @bad_input_51
  0082a  CALLDATASIZE
  0082b  PUSH 36
  0082d  LT
  0082e  JUMPI
  0082f  PUSH 4
  00831  CALLDATALOAD
  00832  CALLF @fn_FiatCoin_redemption
  00835  LSET 3
  00837  LSET 2
  00839  LSET 1
  0083b  LSET 0
  0083d  PUSH 128
  0083f  MALLOC
  00840  LSET 4
  00842  LGET 4
  00844  LGET 0
  00846  MSTORE
  00847  LGET 4
  00849  PUSH 32
  0084b  ADD
  0084c  LGET 1
  0084e  MSTORE
  0084f  LGET 4
  00851  PUSH 64
  00853  ADD
  00854  LGET 2
  00856  MSTORE
  00857  LGET 4
  00859  PUSH 96
  0085b  ADD
  0085c  LGET 3
  0085e  MSTORE
  0085f  LGET 4
  00861  PUSH 128
  00863  RETURN
ext_redemption_queue_42:
    ; fiat.coin:278: pub view fn redemption_queue() -> uint {
  00864  JUMPDEST
  00865  POP
  00866  PUSH @novalue_87
  00869  CALLVALUE
  0086a  ISZERO
  0086b  JUMPI
  0086c  PUSH0
  0086d  PUSH0
  0086e  REVERT
novalue_87:
  0086f  JUMPDEST
  00870  CALLF @fn_FiatCoin_redemption_queue
  00873  LSET 0
  00875  PUSH 32
  00877  MALLOC
  00878  LSET 1
  0087a  LGET 1
  0087c  LGET 0
  0087e  MSTORE
  0087f  LGET 1
  00881  PUSH 32
  00883  RETURN
ext_pending_redemptions_43:
    ; fiat.coin:282: pub view fn pending_redemptions() -> uint {
  00884  JUMPDEST
  00885  POP
  00886  PUSH @novalue_88
  00889  CALLVALUE
  0088a  ISZERO
  0088b  JUMPI
  0088c  PUSH0
  0088d  PUSH0
  0088e  REVERT
novalue_88:
  0088f  JUMPDEST
  00890  CALLF @fn_FiatCoin_pending_redemptions
  00893  LSET 0
  00895  PUSH 32
  00897  MALLOC
  00898  LSET 1
  0089a  LGET 1
  0089c  LGET 0
  0089e  MSTORE
  0089f  LGET 1
  008a1  PUSH 32
  008a3  RETURN
ext_are_redemptions_open_44:
    ; fiat.coin:286: pub view fn are_redemptions_open() -> bool {
  008a4  JUMPDEST
  008a5  POP
  008a6  PUSH @novalue_89
  008a9  CALLVALUE
  008aa  ISZERO
  008ab  JUMPI
  008ac  PUSH0
  008ad  PUSH0
  008ae  REVERT
novalue_89:
  008af  JUMPDEST
  008b0  CALLF @fn_FiatCoin_are_redemptions_open
  008b3  LSET 0
  008b5  PUSH 32
  008b7  MALLOC
  008b8  LSET 1
  008ba  LGET 1
  008bc  LGET 0
  008be  MSTORE
  008bf  LGET 1
  008c1  PUSH 32
  008c3  RETURN
ext_roles_45:
    ; fiat.coin:290: pub view fn roles() -> Roles {
  008c4  JUMPDEST
  008c5  POP
  008c6  PUSH @novalue_90
  008c9  CALLVALUE
  008ca  ISZERO
  008cb  JUMPI
  008cc  PUSH0
  008cd  PUSH0
  008ce  REVERT
novalue_90:
  008cf  JUMPDEST
  008d0  CALLF @fn_FiatCoin_roles
  008d3  LSET 5
  008d5  LSET 4
  008d7  LSET 3
  008d9  LSET 2
  008db  LSET 1
  008dd  LSET 0
  008df  PUSH 192
  008e1  MALLOC
  008e2  LSET 6
  008e4  LGET 6
  008e6  LGET 0
  008e8  MSTORE
  008e9  LGET 6
  008eb  PUSH 32
  008ed  ADD
  008ee  LGET 1
  008f0  MSTORE
  008f1  LGET 6
  008f3  PUSH 64
  008f5  ADD
  008f6  LGET 2
  008f8  MSTORE
  008f9  LGET 6
  008fb  PUSH 96
  008fd  ADD
  008fe  LGET 3
  00900  MSTORE
  00901  LGET 6
  00903  PUSH 128
  00905  ADD
  00906  LGET 4
  00908  MSTORE
  00909  LGET 6
  0090b  PUSH 160
  0090d  ADD
  0090e  LGET 5
  00910  MSTORE
  00911  LGET 6
  00913  PUSH 192
  00915  RETURN
bad_input_51:
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  00916  JUMPDEST
  00917  PUSH0
  00918  PUSH0
  00919  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  0091a  ENTER 0
    ; token.coin:35: return self.token_name
  0091c  PUSH 0
  0091d  SLOADBYTES
  0091e  RETF
  0091f  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  00920  ENTER 0
    ; token.coin:39: return self.token_symbol
  00922  PUSH 1
  00924  SLOADBYTES
  00925  RETF
  00926  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00927  ENTER 0
    ; token.coin:43: return self.token_decimals
  00929  PUSH 2
  0092b  SLOAD
  0092c  RETF
  0092d  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  0092e  ENTER 0
    ; token.coin:47: return self.supply
  00930  PUSH 3
  00932  SLOAD
  00933  RETF
  00934  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00935  ENTER 1
  00937  LSET 0
    ; token.coin:51: return self.balances[owner]
  00939  PUSH0
  0093a  LGET 0
  0093c  MSTORE
  0093d  PUSH 32
  0093f  PUSH 4
  00941  MSTORE
  00942  PUSH0
  00943  PUSH 64
  00945  KECCAK256
  00946  SLOAD
  00947  RETF
  00948  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00949  ENTER 2
  0094b  LSET 1
  0094d  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  0094f  PUSH 32
  00951  PUSH0
  00952  LGET 0
  00954  MSTORE
  00955  PUSH 32
  00957  PUSH 5
  00959  MSTORE
  0095a  PUSH0
  0095b  PUSH 64
  0095d  KECCAK256
  0095e  MSTORE
  0095f  PUSH0
  00960  LGET 1
  00962  MSTORE
  00963  PUSH0
  00964  PUSH 64
  00966  KECCAK256
  00967  SLOAD
  00968  RETF
  00969  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  0096a  ENTER 2
  0096c  LSET 1
  0096e  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00970  CALLER
  00971  LGET 0
  00973  LGET 1
  00975  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00978  PUSH 1
  0097a  RETF
  0097b  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  0097c  ENTER 4
  0097e  LSET 1
  00980  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  00982  PUSH @req_ok_91
  00985  LGET 0
  00987  PUSH 0
  00988  EQ
  00989  ISZERO
  0098a  JUMPI
  0098b  PUSH 100
  0098d  MALLOC
  0098e  DUP1
  0098f  PUSH 0
  00990  PUSH 100
  00992  DATACOPY
  00993  PUSH 100
  00995  REVERT
req_ok_91:
  00996  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  00997  PUSH 32
  00999  PUSH0
  0099a  CALLER
  0099b  MSTORE
  0099c  PUSH 32
  0099e  PUSH 5
  009a0  MSTORE
  009a1  PUSH0
  009a2  PUSH 64
  009a4  KECCAK256
  009a5  MSTORE
  009a6  PUSH0
  009a7  LGET 0
  009a9  MSTORE
  009aa  PUSH0
  009ab  PUSH 64
  009ad  KECCAK256
  009ae  LGET 1
  009b0  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  009b1  CALLER
  009b2  LSET 2
  009b4  PUSH 32
  009b6  MALLOC
  009b7  LSET 3
  009b9  LGET 3
  009bb  LGET 1
  009bd  MSTORE
  009be  LGET 3
  009c0  PUSH 32
  009c2  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  009e3  LGET 2
  009e5  LGET 0
  009e7  LOG3
    ; token.coin:67: return true
  009e8  PUSH 1
  009ea  RETF
  009eb  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  009ec  ENTER 4
  009ee  LSET 2
  009f0  LSET 1
  009f2  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  009f4  PUSH0
  009f5  LGET 0
  009f7  MSTORE
  009f8  PUSH 32
  009fa  PUSH 5
  009fc  MSTORE
  009fd  PUSH0
  009fe  PUSH 64
  00a00  KECCAK256
  00a01  PUSH0
  00a02  CALLER
  00a03  MSTORE
  00a04  PUSH 32
  00a06  SWAP1
  00a07  MSTORE
  00a08  PUSH0
  00a09  PUSH 64
  00a0b  KECCAK256
  00a0c  SLOAD
  00a0d  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  00a0f  PUSH @else_92
  00a12  LGET 3
  00a14  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00a35  EQ
  00a36  ISZERO
  00a37  ISZERO
  00a38  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  00a39  PUSH @req_ok_93
  00a3c  LGET 3
  00a3e  LGET 2
  00a40  LT
  00a41  ISZERO
  00a42  JUMPI
  00a43  PUSH 100
  00a45  MALLOC
  00a46  DUP1
  00a47  PUSH 100
  00a49  PUSH 100
  00a4b  DATACOPY
  00a4c  PUSH 100
  00a4e  REVERT
req_ok_93:
  00a4f  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00a50  LGET 3
  00a52  LGET 2
  00a54  CSUB
  00a55  PUSH0
  00a56  LGET 0
  00a58  MSTORE
  00a59  PUSH 32
  00a5b  PUSH 5
  00a5d  MSTORE
  00a5e  PUSH0
  00a5f  PUSH 64
  00a61  KECCAK256
  00a62  PUSH0
  00a63  CALLER
  00a64  MSTORE
  00a65  PUSH 32
  00a67  SWAP1
  00a68  MSTORE
  00a69  PUSH0
  00a6a  PUSH 64
  00a6c  KECCAK256
  00a6d  SWAP1
  00a6e  SSTORE
else_92:
  00a6f  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00a70  LGET 0
  00a72  LGET 1
  00a74  LGET 2
  00a76  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00a79  PUSH 1
  00a7b  RETF
  00a7c  INVALID
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  00a7d  ENTER 0
    ; access.coin:14: return self.owner
  00a7f  PUSH 6
  00a81  SLOAD
  00a82  RETF
  00a83  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00a84  ENTER 2
  00a86  LSET 0
    ; access.coin:18: self.only_owner()
  00a88  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00a8b  PUSH @req_ok_94
  00a8e  LGET 0
  00a90  PUSH 0
  00a91  EQ
  00a92  ISZERO
  00a93  JUMPI
  00a94  PUSH 100
  00a96  MALLOC
  00a97  DUP1
  00a98  PUSH 200
  00a9a  PUSH 100
  00a9c  DATACOPY
  00a9d  PUSH 100
  00a9f  REVERT
req_ok_94:
  00aa0  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00aa1  PUSH 6
  00aa3  SLOAD
  00aa4  LSET 1
  00aa6  PUSH0
  00aa7  PUSH0
  00aa8  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00ac9  LGET 1
  00acb  LGET 0
  00acd  LOG3
    ; access.coin:21: self.owner = next
  00ace  PUSH 6
  00ad0  LGET 0
  00ad2  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00ad3  RETF
fn_FiatCoin_set_master_minter:
    ; fiat.coin:77: pub fn set_master_minter(account: address) {
  00ad4  ENTER 6
  00ad6  LSET 0
    ; fiat.coin:78: self.only_owner()
  00ad8  CALLF @fn_Owned_only_owner
    ; fiat.coin:79: self.master_minter = account
  00adb  PUSH 7
  00add  LGET 0
  00adf  SSTORE
    ; fiat.coin:80: emit RoleAssigned("master_minter", account)
  00ae0  PUSH 64
  00ae2  MALLOC
  00ae3  DUP1
  00ae4  PUSH 300
  00ae7  PUSH 64
  00ae9  DATACOPY
  00aea  LSET 1
  00aec  PUSH 32
  00aee  LGET 1
  00af0  MLOAD
  00af1  PUSH 31
  00af3  ADD
  00af4  PUSH 5
  00af6  SHR
  00af7  PUSH 5
  00af9  SHL
  00afa  PUSH 32
  00afc  ADD
  00afd  ADD
  00afe  LSET 2
  00b00  LGET 2
  00b02  MALLOC
  00b03  LSET 3
  00b05  PUSH 32
  00b07  LSET 4
  00b09  LGET 3
  00b0b  PUSH 0
  00b0c  ADD
  00b0d  LGET 4
  00b0f  MSTORE
  00b10  LGET 3
  00b12  PUSH 0
  00b13  ADD
  00b14  LGET 4
  00b16  ADD
  00b17  LGET 1
  00b19  LGET 1
  00b1b  MLOAD
  00b1c  PUSH 31
  00b1e  ADD
  00b1f  PUSH 5
  00b21  SHR
  00b22  PUSH 5
  00b24  SHL
  00b25  PUSH 32
  00b27  ADD
  00b28  DUP1
  00b29  LSET 5
  00b2b  MCOPY
  00b2c  LGET 4
  00b2e  LGET 5
  00b30  ADD
  00b31  LSET 4
  00b33  LGET 3
  00b35  LGET 2
  00b37  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00b58  LGET 0
  00b5a  LOG2
    ; fiat.coin:77: pub fn set_master_minter(account: address) {
  00b5b  RETF
fn_FiatCoin_set_pauser:
    ; fiat.coin:83: pub fn set_pauser(account: address) {
  00b5c  ENTER 6
  00b5e  LSET 0
    ; fiat.coin:84: self.only_owner()
  00b60  CALLF @fn_Owned_only_owner
    ; fiat.coin:85: self.pauser = account
  00b63  PUSH 8
  00b65  LGET 0
  00b67  SSTORE
    ; fiat.coin:86: emit RoleAssigned("pauser", account)
  00b68  PUSH 64
  00b6a  MALLOC
  00b6b  DUP1
  00b6c  PUSH 364
  00b6f  PUSH 64
  00b71  DATACOPY
  00b72  LSET 1
  00b74  PUSH 32
  00b76  LGET 1
  00b78  MLOAD
  00b79  PUSH 31
  00b7b  ADD
  00b7c  PUSH 5
  00b7e  SHR
  00b7f  PUSH 5
  00b81  SHL
  00b82  PUSH 32
  00b84  ADD
  00b85  ADD
  00b86  LSET 2
  00b88  LGET 2
  00b8a  MALLOC
  00b8b  LSET 3
  00b8d  PUSH 32
  00b8f  LSET 4
  00b91  LGET 3
  00b93  PUSH 0
  00b94  ADD
  00b95  LGET 4
  00b97  MSTORE
  00b98  LGET 3
  00b9a  PUSH 0
  00b9b  ADD
  00b9c  LGET 4
  00b9e  ADD
  00b9f  LGET 1
  00ba1  LGET 1
  00ba3  MLOAD
  00ba4  PUSH 31
  00ba6  ADD
  00ba7  PUSH 5
  00ba9  SHR
  00baa  PUSH 5
  00bac  SHL
  00bad  PUSH 32
  00baf  ADD
  00bb0  DUP1
  00bb1  LSET 5
  00bb3  MCOPY
  00bb4  LGET 4
  00bb6  LGET 5
  00bb8  ADD
  00bb9  LSET 4
  00bbb  LGET 3
  00bbd  LGET 2
  00bbf  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00be0  LGET 0
  00be2  LOG2
    ; fiat.coin:83: pub fn set_pauser(account: address) {
  00be3  RETF
fn_FiatCoin_set_blacklister:
    ; fiat.coin:89: pub fn set_blacklister(account: address) {
  00be4  ENTER 6
  00be6  LSET 0
    ; fiat.coin:90: self.only_owner()
  00be8  CALLF @fn_Owned_only_owner
    ; fiat.coin:91: self.blacklister = account
  00beb  PUSH 9
  00bed  LGET 0
  00bef  SSTORE
    ; fiat.coin:92: emit RoleAssigned("blacklister", account)
  00bf0  PUSH 64
  00bf2  MALLOC
  00bf3  DUP1
  00bf4  PUSH 428
  00bf7  PUSH 64
  00bf9  DATACOPY
  00bfa  LSET 1
  00bfc  PUSH 32
  00bfe  LGET 1
  00c00  MLOAD
  00c01  PUSH 31
  00c03  ADD
  00c04  PUSH 5
  00c06  SHR
  00c07  PUSH 5
  00c09  SHL
  00c0a  PUSH 32
  00c0c  ADD
  00c0d  ADD
  00c0e  LSET 2
  00c10  LGET 2
  00c12  MALLOC
  00c13  LSET 3
  00c15  PUSH 32
  00c17  LSET 4
  00c19  LGET 3
  00c1b  PUSH 0
  00c1c  ADD
  00c1d  LGET 4
  00c1f  MSTORE
  00c20  LGET 3
  00c22  PUSH 0
  00c23  ADD
  00c24  LGET 4
  00c26  ADD
  00c27  LGET 1
  00c29  LGET 1
  00c2b  MLOAD
  00c2c  PUSH 31
  00c2e  ADD
  00c2f  PUSH 5
  00c31  SHR
  00c32  PUSH 5
  00c34  SHL
  00c35  PUSH 32
  00c37  ADD
  00c38  DUP1
  00c39  LSET 5
  00c3b  MCOPY
  00c3c  LGET 4
  00c3e  LGET 5
  00c40  ADD
  00c41  LSET 4
  00c43  LGET 3
  00c45  LGET 2
  00c47  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00c68  LGET 0
  00c6a  LOG2
    ; fiat.coin:89: pub fn set_blacklister(account: address) {
  00c6b  RETF
fn_FiatCoin_set_attester:
    ; fiat.coin:95: pub fn set_attester(account: address) {
  00c6c  ENTER 6
  00c6e  LSET 0
    ; fiat.coin:96: self.only_owner()
  00c70  CALLF @fn_Owned_only_owner
    ; fiat.coin:97: self.attester = account
  00c73  PUSH 10
  00c75  LGET 0
  00c77  SSTORE
    ; fiat.coin:98: emit RoleAssigned("attester", account)
  00c78  PUSH 64
  00c7a  MALLOC
  00c7b  DUP1
  00c7c  PUSH 492
  00c7f  PUSH 64
  00c81  DATACOPY
  00c82  LSET 1
  00c84  PUSH 32
  00c86  LGET 1
  00c88  MLOAD
  00c89  PUSH 31
  00c8b  ADD
  00c8c  PUSH 5
  00c8e  SHR
  00c8f  PUSH 5
  00c91  SHL
  00c92  PUSH 32
  00c94  ADD
  00c95  ADD
  00c96  LSET 2
  00c98  LGET 2
  00c9a  MALLOC
  00c9b  LSET 3
  00c9d  PUSH 32
  00c9f  LSET 4
  00ca1  LGET 3
  00ca3  PUSH 0
  00ca4  ADD
  00ca5  LGET 4
  00ca7  MSTORE
  00ca8  LGET 3
  00caa  PUSH 0
  00cab  ADD
  00cac  LGET 4
  00cae  ADD
  00caf  LGET 1
  00cb1  LGET 1
  00cb3  MLOAD
  00cb4  PUSH 31
  00cb6  ADD
  00cb7  PUSH 5
  00cb9  SHR
  00cba  PUSH 5
  00cbc  SHL
  00cbd  PUSH 32
  00cbf  ADD
  00cc0  DUP1
  00cc1  LSET 5
  00cc3  MCOPY
  00cc4  LGET 4
  00cc6  LGET 5
  00cc8  ADD
  00cc9  LSET 4
  00ccb  LGET 3
  00ccd  LGET 2
  00ccf  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00cf0  LGET 0
  00cf2  LOG2
    ; fiat.coin:95: pub fn set_attester(account: address) {
  00cf3  RETF
fn_FiatCoin_set_issuer:
    ; fiat.coin:101: pub fn set_issuer(account: address) {
  00cf4  ENTER 6
  00cf6  LSET 0
    ; fiat.coin:102: self.only_owner()
  00cf8  CALLF @fn_Owned_only_owner
    ; fiat.coin:103: self.issuer = account
  00cfb  PUSH 11
  00cfd  LGET 0
  00cff  SSTORE
    ; fiat.coin:104: emit RoleAssigned("issuer", account)
  00d00  PUSH 64
  00d02  MALLOC
  00d03  DUP1
  00d04  PUSH 556
  00d07  PUSH 64
  00d09  DATACOPY
  00d0a  LSET 1
  00d0c  PUSH 32
  00d0e  LGET 1
  00d10  MLOAD
  00d11  PUSH 31
  00d13  ADD
  00d14  PUSH 5
  00d16  SHR
  00d17  PUSH 5
  00d19  SHL
  00d1a  PUSH 32
  00d1c  ADD
  00d1d  ADD
  00d1e  LSET 2
  00d20  LGET 2
  00d22  MALLOC
  00d23  LSET 3
  00d25  PUSH 32
  00d27  LSET 4
  00d29  LGET 3
  00d2b  PUSH 0
  00d2c  ADD
  00d2d  LGET 4
  00d2f  MSTORE
  00d30  LGET 3
  00d32  PUSH 0
  00d33  ADD
  00d34  LGET 4
  00d36  ADD
  00d37  LGET 1
  00d39  LGET 1
  00d3b  MLOAD
  00d3c  PUSH 31
  00d3e  ADD
  00d3f  PUSH 5
  00d41  SHR
  00d42  PUSH 5
  00d44  SHL
  00d45  PUSH 32
  00d47  ADD
  00d48  DUP1
  00d49  LSET 5
  00d4b  MCOPY
  00d4c  LGET 4
  00d4e  LGET 5
  00d50  ADD
  00d51  LSET 4
  00d53  LGET 3
  00d55  LGET 2
  00d57  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00d78  LGET 0
  00d7a  LOG2
    ; fiat.coin:101: pub fn set_issuer(account: address) {
  00d7b  RETF
fn_FiatCoin_set_max_attestation_age:
    ; fiat.coin:107: pub fn set_max_attestation_age(seconds: uint) {
  00d7c  ENTER 2
  00d7e  LSET 0
    ; fiat.coin:108: self.only_owner()
  00d80  CALLF @fn_Owned_only_owner
    ; fiat.coin:109: require(seconds > 0, "max_attestation_age must be positive")
  00d83  PUSH @req_ok_95
  00d86  LGET 0
  00d88  PUSH 0
  00d89  GT
  00d8a  JUMPI
  00d8b  PUSH 132
  00d8d  MALLOC
  00d8e  DUP1
  00d8f  PUSH 620
  00d92  PUSH 132
  00d94  DATACOPY
  00d95  PUSH 132
  00d97  REVERT
req_ok_95:
  00d98  JUMPDEST
    ; fiat.coin:110: self.max_attestation_age = seconds
  00d99  PUSH 18
  00d9b  LGET 0
  00d9d  SSTORE
    ; fiat.coin:111: emit MaxAttestationAgeSet(seconds)
  00d9e  PUSH 32
  00da0  MALLOC
  00da1  LSET 1
  00da3  LGET 1
  00da5  LGET 0
  00da7  MSTORE
  00da8  LGET 1
  00daa  PUSH 32
  00dac  PUSH 0xb01be5a48d4cb89d0db16669a1c0ba4de7489d4ead767928153bab34e833a7cf
  00dcd  LOG1
    ; fiat.coin:107: pub fn set_max_attestation_age(seconds: uint) {
  00dce  RETF
fn_FiatCoin_configure_minter:
    ; fiat.coin:115: pub fn configure_minter(minter: address, allowance: uint) {
  00dcf  ENTER 3
  00dd1  LSET 1
  00dd3  LSET 0
    ; fiat.coin:116: require(msg.sender == self.master_minter, "caller is not the master minter")
  00dd5  PUSH @req_ok_96
  00dd8  CALLER
  00dd9  PUSH 7
  00ddb  SLOAD
  00ddc  EQ
  00ddd  JUMPI
  00dde  PUSH 100
  00de0  MALLOC
  00de1  DUP1
  00de2  PUSH 752
  00de5  PUSH 100
  00de7  DATACOPY
  00de8  PUSH 100
  00dea  REVERT
req_ok_96:
  00deb  JUMPDEST
    ; fiat.coin:117: require(not self.paused, "paused")
  00dec  PUSH @req_ok_97
  00def  PUSH 12
  00df1  SLOAD
  00df2  ISZERO
  00df3  JUMPI
  00df4  PUSH 100
  00df6  MALLOC
  00df7  DUP1
  00df8  PUSH 852
  00dfb  PUSH 100
  00dfd  DATACOPY
  00dfe  PUSH 100
  00e00  REVERT
req_ok_97:
  00e01  JUMPDEST
    ; fiat.coin:118: self.minter_enabled[minter] = true
  00e02  PUSH0
  00e03  LGET 0
  00e05  MSTORE
  00e06  PUSH 32
  00e08  PUSH 14
  00e0a  MSTORE
  00e0b  PUSH0
  00e0c  PUSH 64
  00e0e  KECCAK256
  00e0f  PUSH 1
  00e11  SSTORE
    ; fiat.coin:119: self.minter_allowances[minter] = allowance
  00e12  PUSH0
  00e13  LGET 0
  00e15  MSTORE
  00e16  PUSH 32
  00e18  PUSH 15
  00e1a  MSTORE
  00e1b  PUSH0
  00e1c  PUSH 64
  00e1e  KECCAK256
  00e1f  LGET 1
  00e21  SSTORE
    ; fiat.coin:120: emit MinterConfigured(minter, allowance)
  00e22  PUSH 32
  00e24  MALLOC
  00e25  LSET 2
  00e27  LGET 2
  00e29  LGET 1
  00e2b  MSTORE
  00e2c  LGET 2
  00e2e  PUSH 32
  00e30  PUSH 0x46980fca912ef9bcdbd36877427b6b90e860769f604e89c0e67720cece530d20
  00e51  LGET 0
  00e53  LOG2
    ; fiat.coin:115: pub fn configure_minter(minter: address, allowance: uint) {
  00e54  RETF
fn_FiatCoin_remove_minter:
    ; fiat.coin:123: pub fn remove_minter(minter: address) {
  00e55  ENTER 1
  00e57  LSET 0
    ; fiat.coin:124: require(msg.sender == self.master_minter, "caller is not the master minter")
  00e59  PUSH @req_ok_98
  00e5c  CALLER
  00e5d  PUSH 7
  00e5f  SLOAD
  00e60  EQ
  00e61  JUMPI
  00e62  PUSH 100
  00e64  MALLOC
  00e65  DUP1
  00e66  PUSH 752
  00e69  PUSH 100
  00e6b  DATACOPY
  00e6c  PUSH 100
  00e6e  REVERT
req_ok_98:
  00e6f  JUMPDEST
    ; fiat.coin:125: self.minter_enabled[minter] = false
  00e70  PUSH0
  00e71  LGET 0
  00e73  MSTORE
  00e74  PUSH 32
  00e76  PUSH 14
  00e78  MSTORE
  00e79  PUSH0
  00e7a  PUSH 64
  00e7c  KECCAK256
  00e7d  PUSH 0
  00e7e  SSTORE
    ; fiat.coin:126: self.minter_allowances[minter] = 0
  00e7f  PUSH0
  00e80  LGET 0
  00e82  MSTORE
  00e83  PUSH 32
  00e85  PUSH 15
  00e87  MSTORE
  00e88  PUSH0
  00e89  PUSH 64
  00e8b  KECCAK256
  00e8c  PUSH 0
  00e8d  SSTORE
    ; fiat.coin:127: emit MinterRemoved(minter)
  00e8e  PUSH0
  00e8f  PUSH0
  00e90  PUSH 0xe94479a9f7e1952cc78f2d6baab678adc1b772d936c6583def489e524cb66692
  00eb1  LGET 0
  00eb3  LOG2
    ; fiat.coin:123: pub fn remove_minter(minter: address) {
  00eb4  RETF
fn_FiatCoin_mint:
    ; fiat.coin:130: pub fn mint(to: address, amount: uint) -> bool {
  00eb5  ENTER 5
  00eb7  LSET 1
  00eb9  LSET 0
    ; fiat.coin:131: require(not self.paused, "paused")
  00ebb  PUSH @req_ok_99
  00ebe  PUSH 12
  00ec0  SLOAD
  00ec1  ISZERO
  00ec2  JUMPI
  00ec3  PUSH 100
  00ec5  MALLOC
  00ec6  DUP1
  00ec7  PUSH 852
  00eca  PUSH 100
  00ecc  DATACOPY
  00ecd  PUSH 100
  00ecf  REVERT
req_ok_99:
  00ed0  JUMPDEST
    ; fiat.coin:132: require(self.minter_enabled[msg.sender], "caller is not a minter")
  00ed1  PUSH @req_ok_100
  00ed4  PUSH0
  00ed5  CALLER
  00ed6  MSTORE
  00ed7  PUSH 32
  00ed9  PUSH 14
  00edb  MSTORE
  00edc  PUSH0
  00edd  PUSH 64
  00edf  KECCAK256
  00ee0  SLOAD
  00ee1  JUMPI
  00ee2  PUSH 100
  00ee4  MALLOC
  00ee5  DUP1
  00ee6  PUSH 952
  00ee9  PUSH 100
  00eeb  DATACOPY
  00eec  PUSH 100
  00eee  REVERT
req_ok_100:
  00eef  JUMPDEST
    ; fiat.coin:133: require(not self.blacklist[msg.sender], "minter is blacklisted")
  00ef0  PUSH @req_ok_101
  00ef3  PUSH0
  00ef4  CALLER
  00ef5  MSTORE
  00ef6  PUSH 32
  00ef8  PUSH 13
  00efa  MSTORE
  00efb  PUSH0
  00efc  PUSH 64
  00efe  KECCAK256
  00eff  SLOAD
  00f00  ISZERO
  00f01  JUMPI
  00f02  PUSH 100
  00f04  MALLOC
  00f05  DUP1
  00f06  PUSH 1052
  00f09  PUSH 100
  00f0b  DATACOPY
  00f0c  PUSH 100
  00f0e  REVERT
req_ok_101:
  00f0f  JUMPDEST
    ; fiat.coin:134: require(amount > 0, "mint amount must be positive")
  00f10  PUSH @req_ok_102
  00f13  LGET 1
  00f15  PUSH 0
  00f16  GT
  00f17  JUMPI
  00f18  PUSH 100
  00f1a  MALLOC
  00f1b  DUP1
  00f1c  PUSH 1152
  00f1f  PUSH 100
  00f21  DATACOPY
  00f22  PUSH 100
  00f24  REVERT
req_ok_102:
  00f25  JUMPDEST
    ; fiat.coin:135: let allowance = self.minter_allowances[msg.sender]
  00f26  PUSH0
  00f27  CALLER
  00f28  MSTORE
  00f29  PUSH 32
  00f2b  PUSH 15
  00f2d  MSTORE
  00f2e  PUSH0
  00f2f  PUSH 64
  00f31  KECCAK256
  00f32  SLOAD
  00f33  LSET 2
    ; fiat.coin:136: require(amount <= allowance, "mint amount exceeds minter allowance")
  00f35  PUSH @req_ok_103
  00f38  LGET 1
  00f3a  LGET 2
  00f3c  GT
  00f3d  ISZERO
  00f3e  JUMPI
  00f3f  PUSH 132
  00f41  MALLOC
  00f42  DUP1
  00f43  PUSH 1252
  00f46  PUSH 132
  00f48  DATACOPY
  00f49  PUSH 132
  00f4b  REVERT
req_ok_103:
  00f4c  JUMPDEST
    ; fiat.coin:137: require(self.attested_at > 0, "reserves were never attested")
  00f4d  PUSH @req_ok_104
  00f50  PUSH 17
  00f52  SLOAD
  00f53  PUSH 0
  00f54  GT
  00f55  JUMPI
  00f56  PUSH 100
  00f58  MALLOC
  00f59  DUP1
  00f5a  PUSH 1384
  00f5d  PUSH 100
  00f5f  DATACOPY
  00f60  PUSH 100
  00f62  REVERT
req_ok_104:
  00f63  JUMPDEST
    ; fiat.coin:138: require(block.timestamp <= self.attested_at + self.max_attestation_age,
  00f64  PUSH @req_ok_105
  00f67  TIMESTAMP
  00f68  PUSH 17
  00f6a  SLOAD
  00f6b  PUSH 18
  00f6d  SLOAD
  00f6e  CADD
  00f6f  GT
  00f70  ISZERO
  00f71  JUMPI
  00f72  PUSH 100
  00f74  MALLOC
  00f75  DUP1
  00f76  PUSH 1484
  00f79  PUSH 100
  00f7b  DATACOPY
  00f7c  PUSH 100
  00f7e  REVERT
req_ok_105:
  00f7f  JUMPDEST
    ; fiat.coin:140: require(self.supply + amount <= self.available_reserves(), "mint would exceed attested reserves")
  00f80  PUSH @req_ok_106
  00f83  PUSH 3
  00f85  SLOAD
  00f86  LGET 1
  00f88  CADD
  00f89  CALLF @fn_FiatCoin_available_reserves
  00f8c  GT
  00f8d  ISZERO
  00f8e  JUMPI
  00f8f  PUSH 132
  00f91  MALLOC
  00f92  DUP1
  00f93  PUSH 1584
  00f96  PUSH 132
  00f98  DATACOPY
  00f99  PUSH 132
  00f9b  REVERT
req_ok_106:
  00f9c  JUMPDEST
    ; fiat.coin:141: self.minter_allowances[msg.sender] = allowance - amount
  00f9d  LGET 2
  00f9f  LGET 1
  00fa1  CSUB
  00fa2  PUSH0
  00fa3  CALLER
  00fa4  MSTORE
  00fa5  PUSH 32
  00fa7  PUSH 15
  00fa9  MSTORE
  00faa  PUSH0
  00fab  PUSH 64
  00fad  KECCAK256
  00fae  SWAP1
  00faf  SSTORE
    ; fiat.coin:142: self.mint_to(to, amount)
  00fb0  LGET 0
  00fb2  LGET 1
  00fb4  CALLF @fn_Token_mint_to
    ; fiat.coin:143: emit Mint(msg.sender, to, amount)
  00fb7  CALLER
  00fb8  LSET 3
  00fba  PUSH 32
  00fbc  MALLOC
  00fbd  LSET 4
  00fbf  LGET 4
  00fc1  LGET 1
  00fc3  MSTORE
  00fc4  LGET 4
  00fc6  PUSH 32
  00fc8  PUSH 0xab8530f87dc9b59234c4623bf917212bb2536d647574c8e7e5da92c2ede0c9f8
  00fe9  LGET 3
  00feb  LGET 0
  00fed  LOG3
    ; fiat.coin:144: return true
  00fee  PUSH 1
  00ff0  RETF
  00ff1  INVALID
fn_FiatCoin_burn:
    ; fiat.coin:147: pub fn burn(amount: uint) {
  00ff2  ENTER 3
  00ff4  LSET 0
    ; fiat.coin:148: require(self.minter_enabled[msg.sender], "caller is not a minter")
  00ff6  PUSH @req_ok_107
  00ff9  PUSH0
  00ffa  CALLER
  00ffb  MSTORE
  00ffc  PUSH 32
  00ffe  PUSH 14
  01000  MSTORE
  01001  PUSH0
  01002  PUSH 64
  01004  KECCAK256
  01005  SLOAD
  01006  JUMPI
  01007  PUSH 100
  01009  MALLOC
  0100a  DUP1
  0100b  PUSH 952
  0100e  PUSH 100
  01010  DATACOPY
  01011  PUSH 100
  01013  REVERT
req_ok_107:
  01014  JUMPDEST
    ; fiat.coin:149: require(amount > 0, "burn amount must be positive")
  01015  PUSH @req_ok_108
  01018  LGET 0
  0101a  PUSH 0
  0101b  GT
  0101c  JUMPI
  0101d  PUSH 100
  0101f  MALLOC
  01020  DUP1
  01021  PUSH 1716
  01024  PUSH 100
  01026  DATACOPY
  01027  PUSH 100
  01029  REVERT
req_ok_108:
  0102a  JUMPDEST
    ; fiat.coin:150: self.burn_from(msg.sender, amount)
  0102b  CALLER
  0102c  LGET 0
  0102e  CALLF @fn_Token_burn_from
    ; fiat.coin:151: emit Burn(msg.sender, amount)
  01031  CALLER
  01032  LSET 1
  01034  PUSH 32
  01036  MALLOC
  01037  LSET 2
  01039  LGET 2
  0103b  LGET 0
  0103d  MSTORE
  0103e  LGET 2
  01040  PUSH 32
  01042  PUSH 0xcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca5
  01063  LGET 1
  01065  LOG2
    ; fiat.coin:147: pub fn burn(amount: uint) {
  01066  RETF
fn_FiatCoin_pause:
    ; fiat.coin:155: pub fn pause() {
  01067  ENTER 0
    ; fiat.coin:156: require(msg.sender == self.pauser, "caller is not the pauser")
  01069  PUSH @req_ok_109
  0106c  CALLER
  0106d  PUSH 8
  0106f  SLOAD
  01070  EQ
  01071  JUMPI
  01072  PUSH 100
  01074  MALLOC
  01075  DUP1
  01076  PUSH 1816
  01079  PUSH 100
  0107b  DATACOPY
  0107c  PUSH 100
  0107e  REVERT
req_ok_109:
  0107f  JUMPDEST
    ; fiat.coin:157: self.paused = true
  01080  PUSH 12
  01082  PUSH 1
  01084  SSTORE
    ; fiat.coin:158: emit Pause()
  01085  PUSH0
  01086  PUSH0
  01087  PUSH 0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625
  010a8  LOG1
    ; fiat.coin:155: pub fn pause() {
  010a9  RETF
fn_FiatCoin_unpause:
    ; fiat.coin:161: pub fn unpause() {
  010aa  ENTER 0
    ; fiat.coin:162: require(msg.sender == self.pauser, "caller is not the pauser")
  010ac  PUSH @req_ok_110
  010af  CALLER
  010b0  PUSH 8
  010b2  SLOAD
  010b3  EQ
  010b4  JUMPI
  010b5  PUSH 100
  010b7  MALLOC
  010b8  DUP1
  010b9  PUSH 1816
  010bc  PUSH 100
  010be  DATACOPY
  010bf  PUSH 100
  010c1  REVERT
req_ok_110:
  010c2  JUMPDEST
    ; fiat.coin:163: self.paused = false
  010c3  PUSH 12
  010c5  PUSH 0
  010c6  SSTORE
    ; fiat.coin:164: emit Unpause()
  010c7  PUSH0
  010c8  PUSH0
  010c9  PUSH 0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33
  010ea  LOG1
    ; fiat.coin:161: pub fn unpause() {
  010eb  RETF
fn_FiatCoin_blacklist_account:
    ; fiat.coin:167: pub fn blacklist_account(account: address) {
  010ec  ENTER 1
  010ee  LSET 0
    ; fiat.coin:168: require(msg.sender == self.blacklister, "caller is not the blacklister")
  010f0  PUSH @req_ok_111
  010f3  CALLER
  010f4  PUSH 9
  010f6  SLOAD
  010f7  EQ
  010f8  JUMPI
  010f9  PUSH 100
  010fb  MALLOC
  010fc  DUP1
  010fd  PUSH 1916
  01100  PUSH 100
  01102  DATACOPY
  01103  PUSH 100
  01105  REVERT
req_ok_111:
  01106  JUMPDEST
    ; fiat.coin:169: self.blacklist[account] = true
  01107  PUSH0
  01108  LGET 0
  0110a  MSTORE
  0110b  PUSH 32
  0110d  PUSH 13
  0110f  MSTORE
  01110  PUSH0
  01111  PUSH 64
  01113  KECCAK256
  01114  PUSH 1
  01116  SSTORE
    ; fiat.coin:170: emit Blacklisted(account)
  01117  PUSH0
  01118  PUSH0
  01119  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  0113a  LGET 0
  0113c  LOG2
    ; fiat.coin:167: pub fn blacklist_account(account: address) {
  0113d  RETF
fn_FiatCoin_unblacklist_account:
    ; fiat.coin:173: pub fn unblacklist_account(account: address) {
  0113e  ENTER 1
  01140  LSET 0
    ; fiat.coin:174: require(msg.sender == self.blacklister, "caller is not the blacklister")
  01142  PUSH @req_ok_112
  01145  CALLER
  01146  PUSH 9
  01148  SLOAD
  01149  EQ
  0114a  JUMPI
  0114b  PUSH 100
  0114d  MALLOC
  0114e  DUP1
  0114f  PUSH 1916
  01152  PUSH 100
  01154  DATACOPY
  01155  PUSH 100
  01157  REVERT
req_ok_112:
  01158  JUMPDEST
    ; fiat.coin:175: self.blacklist[account] = false
  01159  PUSH0
  0115a  LGET 0
  0115c  MSTORE
  0115d  PUSH 32
  0115f  PUSH 13
  01161  MSTORE
  01162  PUSH0
  01163  PUSH 64
  01165  KECCAK256
  01166  PUSH 0
  01167  SSTORE
    ; fiat.coin:176: emit UnBlacklisted(account)
  01168  PUSH0
  01169  PUSH0
  0116a  PUSH 0x117e3210bb9aa7d9baff172026820255c6f6c30ba8999d1c2fd88e2848137c4e
  0118b  LGET 0
  0118d  LOG2
    ; fiat.coin:173: pub fn unblacklist_account(account: address) {
  0118e  RETF
fn_FiatCoin_attest_reserves:
    ; fiat.coin:180: pub fn attest_reserves(amount: uint) {
  0118f  ENTER 3
  01191  LSET 0
    ; fiat.coin:181: require(msg.sender == self.attester, "caller is not the reserve attester")
  01193  PUSH @req_ok_113
  01196  CALLER
  01197  PUSH 10
  01199  SLOAD
  0119a  EQ
  0119b  JUMPI
  0119c  PUSH 132
  0119e  MALLOC
  0119f  DUP1
  011a0  PUSH 2016
  011a3  PUSH 132
  011a5  DATACOPY
  011a6  PUSH 132
  011a8  REVERT
req_ok_113:
  011a9  JUMPDEST
    ; fiat.coin:182: require(amount >= self.impaired, "reserves cannot be below the impaired amount")
  011aa  PUSH @req_ok_114
  011ad  LGET 0
  011af  PUSH 19
  011b1  SLOAD
  011b2  LT
  011b3  ISZERO
  011b4  JUMPI
  011b5  PUSH 132
  011b7  MALLOC
  011b8  DUP1
  011b9  PUSH 2148
  011bc  PUSH 132
  011be  DATACOPY
  011bf  PUSH 132
  011c1  REVERT
req_ok_114:
  011c2  JUMPDEST
    ; fiat.coin:183: self.reserves = amount
  011c3  PUSH 16
  011c5  LGET 0
  011c7  SSTORE
    ; fiat.coin:184: self.attested_at = block.timestamp
  011c8  TIMESTAMP
  011c9  PUSH 17
  011cb  SWAP1
  011cc  SSTORE
    ; fiat.coin:185: emit ReservesAttested(amount, block.timestamp)
  011cd  TIMESTAMP
  011ce  LSET 1
  011d0  PUSH 64
  011d2  MALLOC
  011d3  LSET 2
  011d5  LGET 2
  011d7  LGET 0
  011d9  MSTORE
  011da  LGET 2
  011dc  PUSH 32
  011de  ADD
  011df  LGET 1
  011e1  MSTORE
  011e2  LGET 2
  011e4  PUSH 64
  011e6  PUSH 0xd11a3f731923042c4586c676262ff71f6b0325bf3b3e3d49aacb34633aedc300
  01207  LOG1
    ; fiat.coin:180: pub fn attest_reserves(amount: uint) {
  01208  RETF
fn_FiatCoin_set_impaired:
    ; fiat.coin:189: pub fn set_impaired(amount: uint) {
  01209  ENTER 2
  0120b  LSET 0
    ; fiat.coin:190: require(msg.sender == self.issuer, "caller is not the issuer")
  0120d  PUSH @req_ok_115
  01210  CALLER
  01211  PUSH 11
  01213  SLOAD
  01214  EQ
  01215  JUMPI
  01216  PUSH 100
  01218  MALLOC
  01219  DUP1
  0121a  PUSH 2280
  0121d  PUSH 100
  0121f  DATACOPY
  01220  PUSH 100
  01222  REVERT
req_ok_115:
  01223  JUMPDEST
    ; fiat.coin:191: require(amount <= self.reserves, "impaired amount exceeds reserves")
  01224  PUSH @req_ok_116
  01227  LGET 0
  01229  PUSH 16
  0122b  SLOAD
  0122c  GT
  0122d  ISZERO
  0122e  JUMPI
  0122f  PUSH 100
  01231  MALLOC
  01232  DUP1
  01233  PUSH 2380
  01236  PUSH 100
  01238  DATACOPY
  01239  PUSH 100
  0123b  REVERT
req_ok_116:
  0123c  JUMPDEST
    ; fiat.coin:192: self.impaired = amount
  0123d  PUSH 19
  0123f  LGET 0
  01241  SSTORE
    ; fiat.coin:193: emit ReservesImpaired(amount)
  01242  PUSH 32
  01244  MALLOC
  01245  LSET 1
  01247  LGET 1
  01249  LGET 0
  0124b  MSTORE
  0124c  LGET 1
  0124e  PUSH 32
  01250  PUSH 0x50fa164c261ff60d9971dcc3d02b443eadb132ea04c74c0730069ed649593f41
  01271  LOG1
    ; fiat.coin:189: pub fn set_impaired(amount: uint) {
  01272  RETF
fn_FiatCoin_set_redemptions_open:
    ; fiat.coin:197: pub fn set_redemptions_open(open: bool) {
  01273  ENTER 2
  01275  LSET 0
    ; fiat.coin:198: require(msg.sender == self.issuer, "caller is not the issuer")
  01277  PUSH @req_ok_117
  0127a  CALLER
  0127b  PUSH 11
  0127d  SLOAD
  0127e  EQ
  0127f  JUMPI
  01280  PUSH 100
  01282  MALLOC
  01283  DUP1
  01284  PUSH 2280
  01287  PUSH 100
  01289  DATACOPY
  0128a  PUSH 100
  0128c  REVERT
req_ok_117:
  0128d  JUMPDEST
    ; fiat.coin:199: self.redemptions_open = open
  0128e  PUSH 23
  01290  LGET 0
  01292  SSTORE
    ; fiat.coin:200: emit RedemptionsOpen(open)
  01293  PUSH 32
  01295  MALLOC
  01296  LSET 1
  01298  LGET 1
  0129a  LGET 0
  0129c  MSTORE
  0129d  LGET 1
  0129f  PUSH 32
  012a1  PUSH 0xc34a0fafc04cefa2b50542667855c1b5f0166d59ef556e35b65fece26ead8e31
  012c2  LOG1
    ; fiat.coin:197: pub fn set_redemptions_open(open: bool) {
  012c3  RETF
fn_FiatCoin_request_redemption:
    ; fiat.coin:204: pub fn request_redemption(amount: uint) -> uint {
  012c4  ENTER 4
  012c6  LSET 0
    ; fiat.coin:205: require(self.redemptions_open, "redemptions are closed")
  012c8  PUSH @req_ok_118
  012cb  PUSH 23
  012cd  SLOAD
  012ce  JUMPI
  012cf  PUSH 100
  012d1  MALLOC
  012d2  DUP1
  012d3  PUSH 2480
  012d6  PUSH 100
  012d8  DATACOPY
  012d9  PUSH 100
  012db  REVERT
req_ok_118:
  012dc  JUMPDEST
    ; fiat.coin:206: require(amount > 0, "redemption amount must be positive")
  012dd  PUSH @req_ok_119
  012e0  LGET 0
  012e2  PUSH 0
  012e3  GT
  012e4  JUMPI
  012e5  PUSH 132
  012e7  MALLOC
  012e8  DUP1
  012e9  PUSH 2580
  012ec  PUSH 132
  012ee  DATACOPY
  012ef  PUSH 132
  012f1  REVERT
req_ok_119:
  012f2  JUMPDEST
    ; fiat.coin:207: self.burn_from(msg.sender, amount)
  012f3  CALLER
  012f4  LGET 0
  012f6  CALLF @fn_Token_burn_from
    ; fiat.coin:208: let id = self.redemption_count
  012f9  PUSH 21
  012fb  SLOAD
  012fc  LSET 1
    ; fiat.coin:209: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  012fe  CALLER
  012ff  LGET 0
  01301  TIMESTAMP
    ; fiat.coin:210: status: REDEMPTION_QUEUED)
  01302  PUSH 1
    ; fiat.coin:209: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01304  PUSH0
  01305  LGET 1
  01307  MSTORE
  01308  PUSH 32
  0130a  PUSH 20
  0130c  MSTORE
  0130d  PUSH0
  0130e  PUSH 64
  01310  KECCAK256
  01311  LSET 2
  01313  LGET 2
  01315  PUSH 3
  01317  ADD
  01318  SWAP1
  01319  SSTORE
  0131a  LGET 2
  0131c  PUSH 2
  0131e  ADD
  0131f  SWAP1
  01320  SSTORE
  01321  LGET 2
  01323  PUSH 1
  01325  ADD
  01326  SWAP1
  01327  SSTORE
  01328  LGET 2
  0132a  SWAP1
  0132b  SSTORE
    ; fiat.coin:211: self.redemption_count = id + 1
  0132c  LGET 1
  0132e  PUSH 1
  01330  CADD
  01331  PUSH 21
  01333  SWAP1
  01334  SSTORE
    ; fiat.coin:212: self.redemptions_pending += amount
  01335  PUSH 22
  01337  DUP1
  01338  SLOAD
  01339  LGET 0
  0133b  CADD
  0133c  SSTORE
    ; fiat.coin:213: emit RedemptionRequested(id, msg.sender, amount)
  0133d  CALLER
  0133e  LSET 2
  01340  PUSH 32
  01342  MALLOC
  01343  LSET 3
  01345  LGET 3
  01347  LGET 0
  01349  MSTORE
  0134a  LGET 3
  0134c  PUSH 32
  0134e  PUSH 0x83514d1524a080739a40a8204954eefffd2421bc5b43f0105376f5471a2812c6
  0136f  LGET 1
  01371  LGET 2
  01373  LOG3
    ; fiat.coin:214: return id
  01374  LGET 1
  01376  RETF
  01377  INVALID
fn_FiatCoin_complete_redemption:
    ; fiat.coin:218: pub fn complete_redemption(id: uint) {
  01378  ENTER 8
  0137a  LSET 0
    ; fiat.coin:219: require(msg.sender == self.issuer, "caller is not the issuer")
  0137c  PUSH @req_ok_120
  0137f  CALLER
  01380  PUSH 11
  01382  SLOAD
  01383  EQ
  01384  JUMPI
  01385  PUSH 100
  01387  MALLOC
  01388  DUP1
  01389  PUSH 2280
  0138c  PUSH 100
  0138e  DATACOPY
  0138f  PUSH 100
  01391  REVERT
req_ok_120:
  01392  JUMPDEST
    ; fiat.coin:220: let r = self.redemptions[id]
  01393  PUSH0
  01394  LGET 0
  01396  MSTORE
  01397  PUSH 32
  01399  PUSH 20
  0139b  MSTORE
  0139c  PUSH0
  0139d  PUSH 64
  0139f  KECCAK256
  013a0  LSET 5
  013a2  LGET 5
  013a4  SLOAD
  013a5  LGET 5
  013a7  PUSH 1
  013a9  ADD
  013aa  SLOAD
  013ab  LGET 5
  013ad  PUSH 2
  013af  ADD
  013b0  SLOAD
  013b1  LGET 5
  013b3  PUSH 3
  013b5  ADD
  013b6  SLOAD
  013b7  LSET 4
  013b9  LSET 3
  013bb  LSET 2
  013bd  LSET 1
    ; fiat.coin:221: require(r.status == REDEMPTION_QUEUED, "no queued redemption with this id")
  013bf  PUSH @req_ok_121
  013c2  LGET 4
  013c4  PUSH 1
  013c6  EQ
  013c7  JUMPI
  013c8  PUSH 132
  013ca  MALLOC
  013cb  DUP1
  013cc  PUSH 2712
  013cf  PUSH 132
  013d1  DATACOPY
  013d2  PUSH 132
  013d4  REVERT
req_ok_121:
  013d5  JUMPDEST
    ; fiat.coin:222: require(self.reserves - self.impaired >= r.amount, "accessible reserves cannot pay this redemption")
  013d6  PUSH @req_ok_122
  013d9  PUSH 16
  013db  SLOAD
  013dc  PUSH 19
  013de  SLOAD
  013df  CSUB
  013e0  LGET 2
  013e2  LT
  013e3  ISZERO
  013e4  JUMPI
  013e5  PUSH 132
  013e7  MALLOC
  013e8  DUP1
  013e9  PUSH 2844
  013ec  PUSH 132
  013ee  DATACOPY
  013ef  PUSH 132
  013f1  REVERT
req_ok_122:
  013f2  JUMPDEST
    ; fiat.coin:223: self.redemptions[id].status = REDEMPTION_PAID
  013f3  PUSH0
  013f4  LGET 0
  013f6  MSTORE
  013f7  PUSH 32
  013f9  PUSH 20
  013fb  MSTORE
  013fc  PUSH0
  013fd  PUSH 64
  013ff  KECCAK256
  01400  PUSH 3
  01402  ADD
  01403  PUSH 2
  01405  SSTORE
    ; fiat.coin:224: self.redemptions_pending -= r.amount
  01406  PUSH 22
  01408  DUP1
  01409  SLOAD
  0140a  LGET 2
  0140c  CSUB
  0140d  SSTORE
    ; fiat.coin:225: self.reserves -= r.amount
  0140e  PUSH 16
  01410  DUP1
  01411  SLOAD
  01412  LGET 2
  01414  CSUB
  01415  SSTORE
    ; fiat.coin:226: emit RedemptionPaid(id, r.holder, r.amount)
  01416  LGET 1
  01418  LSET 5
  0141a  LGET 2
  0141c  LSET 6
  0141e  PUSH 32
  01420  MALLOC
  01421  LSET 7
  01423  LGET 7
  01425  LGET 6
  01427  MSTORE
  01428  LGET 7
  0142a  PUSH 32
  0142c  PUSH 0x5027a8c31cca4870e0e31df520cf311d5a1a18e23971b1ea2b67c65eadcca4a3
  0144d  LGET 0
  0144f  LGET 5
  01451  LOG3
    ; fiat.coin:218: pub fn complete_redemption(id: uint) {
  01452  RETF
fn_FiatCoin_available_reserves:
    ; fiat.coin:230: pub view fn available_reserves() -> uint {
  01453  ENTER 1
    ; fiat.coin:231: let locked = self.impaired + self.redemptions_pending
  01455  PUSH 19
  01457  SLOAD
  01458  PUSH 22
  0145a  SLOAD
  0145b  CADD
  0145c  LSET 0
    ; fiat.coin:232: if locked >= self.reserves {
  0145e  PUSH @else_123
  01461  LGET 0
  01463  PUSH 16
  01465  SLOAD
  01466  LT
  01467  ISZERO
  01468  ISZERO
  01469  JUMPI
    ; fiat.coin:233: return 0
  0146a  PUSH 0
  0146b  RETF
else_123:
  0146c  JUMPDEST
    ; fiat.coin:235: return self.reserves - locked
  0146d  PUSH 16
  0146f  SLOAD
  01470  LGET 0
  01472  CSUB
  01473  RETF
  01474  INVALID
fn_FiatCoin_backing_ratio:
    ; fiat.coin:239: pub view fn backing_ratio() -> uint {
  01475  ENTER 0
    ; fiat.coin:240: if self.supply == 0 {
  01477  PUSH @else_124
  0147a  PUSH 3
  0147c  SLOAD
  0147d  PUSH 0
  0147e  EQ
  0147f  ISZERO
  01480  JUMPI
    ; fiat.coin:241: return WAD
  01481  PUSH 0xde0b6b3a7640000
  0148a  RETF
else_124:
  0148b  JUMPDEST
    ; fiat.coin:243: return mul_div(self.reserves - self.impaired, WAD, self.supply)
  0148c  PUSH 16
  0148e  SLOAD
  0148f  PUSH 19
  01491  SLOAD
  01492  CSUB
  01493  PUSH 0xde0b6b3a7640000
  0149c  PUSH 3
  0149e  SLOAD
  0149f  MULDIV
  014a0  RETF
  014a1  INVALID
fn_FiatCoin_minter_allowance:
    ; fiat.coin:246: pub view fn minter_allowance(minter: address) -> uint {
  014a2  ENTER 1
  014a4  LSET 0
    ; fiat.coin:247: return self.minter_allowances[minter]
  014a6  PUSH0
  014a7  LGET 0
  014a9  MSTORE
  014aa  PUSH 32
  014ac  PUSH 15
  014ae  MSTORE
  014af  PUSH0
  014b0  PUSH 64
  014b2  KECCAK256
  014b3  SLOAD
  014b4  RETF
  014b5  INVALID
fn_FiatCoin_is_minter:
    ; fiat.coin:250: pub view fn is_minter(account: address) -> bool {
  014b6  ENTER 1
  014b8  LSET 0
    ; fiat.coin:251: return self.minter_enabled[account]
  014ba  PUSH0
  014bb  LGET 0
  014bd  MSTORE
  014be  PUSH 32
  014c0  PUSH 14
  014c2  MSTORE
  014c3  PUSH0
  014c4  PUSH 64
  014c6  KECCAK256
  014c7  SLOAD
  014c8  RETF
  014c9  INVALID
fn_FiatCoin_is_blacklisted:
    ; fiat.coin:254: pub view fn is_blacklisted(account: address) -> bool {
  014ca  ENTER 1
  014cc  LSET 0
    ; fiat.coin:255: return self.blacklist[account]
  014ce  PUSH0
  014cf  LGET 0
  014d1  MSTORE
  014d2  PUSH 32
  014d4  PUSH 13
  014d6  MSTORE
  014d7  PUSH0
  014d8  PUSH 64
  014da  KECCAK256
  014db  SLOAD
  014dc  RETF
  014dd  INVALID
fn_FiatCoin_is_paused:
    ; fiat.coin:258: pub view fn is_paused() -> bool {
  014de  ENTER 0
    ; fiat.coin:259: return self.paused
  014e0  PUSH 12
  014e2  SLOAD
  014e3  RETF
  014e4  INVALID
fn_FiatCoin_get_reserves:
    ; fiat.coin:262: pub view fn get_reserves() -> uint {
  014e5  ENTER 0
    ; fiat.coin:263: return self.reserves
  014e7  PUSH 16
  014e9  SLOAD
  014ea  RETF
  014eb  INVALID
fn_FiatCoin_get_impaired:
    ; fiat.coin:266: pub view fn get_impaired() -> uint {
  014ec  ENTER 0
    ; fiat.coin:267: return self.impaired
  014ee  PUSH 19
  014f0  SLOAD
  014f1  RETF
  014f2  INVALID
fn_FiatCoin_get_attested_at:
    ; fiat.coin:270: pub view fn get_attested_at() -> uint {
  014f3  ENTER 0
    ; fiat.coin:271: return self.attested_at
  014f5  PUSH 17
  014f7  SLOAD
  014f8  RETF
  014f9  INVALID
fn_FiatCoin_redemption:
    ; fiat.coin:274: pub view fn redemption(id: uint) -> Redemption {
  014fa  ENTER 2
  014fc  LSET 0
    ; fiat.coin:275: return self.redemptions[id]
  014fe  PUSH0
  014ff  LGET 0
  01501  MSTORE
  01502  PUSH 32
  01504  PUSH 20
  01506  MSTORE
  01507  PUSH0
  01508  PUSH 64
  0150a  KECCAK256
  0150b  LSET 1
  0150d  LGET 1
  0150f  SLOAD
  01510  LGET 1
  01512  PUSH 1
  01514  ADD
  01515  SLOAD
  01516  LGET 1
  01518  PUSH 2
  0151a  ADD
  0151b  SLOAD
  0151c  LGET 1
  0151e  PUSH 3
  01520  ADD
  01521  SLOAD
  01522  RETF
  01523  INVALID
fn_FiatCoin_redemption_queue:
    ; fiat.coin:278: pub view fn redemption_queue() -> uint {
  01524  ENTER 0
    ; fiat.coin:279: return self.redemption_count
  01526  PUSH 21
  01528  SLOAD
  01529  RETF
  0152a  INVALID
fn_FiatCoin_pending_redemptions:
    ; fiat.coin:282: pub view fn pending_redemptions() -> uint {
  0152b  ENTER 0
    ; fiat.coin:283: return self.redemptions_pending
  0152d  PUSH 22
  0152f  SLOAD
  01530  RETF
  01531  INVALID
fn_FiatCoin_are_redemptions_open:
    ; fiat.coin:286: pub view fn are_redemptions_open() -> bool {
  01532  ENTER 0
    ; fiat.coin:287: return self.redemptions_open
  01534  PUSH 23
  01536  SLOAD
  01537  RETF
  01538  INVALID
fn_FiatCoin_roles:
    ; fiat.coin:290: pub view fn roles() -> Roles {
  01539  ENTER 0
    ; fiat.coin:291: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  0153b  PUSH 6
  0153d  SLOAD
  0153e  PUSH 7
  01540  SLOAD
  01541  PUSH 8
  01543  SLOAD
    ; fiat.coin:292: blacklister: self.blacklister, attester: self.attester, issuer: self.issuer)
  01544  PUSH 9
  01546  SLOAD
  01547  PUSH 10
  01549  SLOAD
  0154a  PUSH 11
  0154c  SLOAD
    ; fiat.coin:291: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  0154d  RETF
  0154e  INVALID
fn_FiatCoin_before_transfer:
    ; fiat.coin:296: fn before_transfer(from: address, to: address, amount: uint) {
  0154f  ENTER 3
  01551  LSET 2
  01553  LSET 1
  01555  LSET 0
    ; fiat.coin:297: require(not self.paused, "paused")
  01557  PUSH @req_ok_125
  0155a  PUSH 12
  0155c  SLOAD
  0155d  ISZERO
  0155e  JUMPI
  0155f  PUSH 100
  01561  MALLOC
  01562  DUP1
  01563  PUSH 852
  01566  PUSH 100
  01568  DATACOPY
  01569  PUSH 100
  0156b  REVERT
req_ok_125:
  0156c  JUMPDEST
    ; fiat.coin:298: require(not self.blacklist[from], "account is blacklisted")
  0156d  PUSH @req_ok_126
  01570  PUSH0
  01571  LGET 0
  01573  MSTORE
  01574  PUSH 32
  01576  PUSH 13
  01578  MSTORE
  01579  PUSH0
  0157a  PUSH 64
  0157c  KECCAK256
  0157d  SLOAD
  0157e  ISZERO
  0157f  JUMPI
  01580  PUSH 100
  01582  MALLOC
  01583  DUP1
  01584  PUSH 2976
  01587  PUSH 100
  01589  DATACOPY
  0158a  PUSH 100
  0158c  REVERT
req_ok_126:
  0158d  JUMPDEST
    ; fiat.coin:299: require(not self.blacklist[to], "account is blacklisted")
  0158e  PUSH @req_ok_127
  01591  PUSH0
  01592  LGET 1
  01594  MSTORE
  01595  PUSH 32
  01597  PUSH 13
  01599  MSTORE
  0159a  PUSH0
  0159b  PUSH 64
  0159d  KECCAK256
  0159e  SLOAD
  0159f  ISZERO
  015a0  JUMPI
  015a1  PUSH 100
  015a3  MALLOC
  015a4  DUP1
  015a5  PUSH 2976
  015a8  PUSH 100
  015aa  DATACOPY
  015ab  PUSH 100
  015ad  REVERT
req_ok_127:
  015ae  JUMPDEST
    ; fiat.coin:300: require(not self.blacklist[msg.sender], "account is blacklisted")
  015af  PUSH @req_ok_128
  015b2  PUSH0
  015b3  CALLER
  015b4  MSTORE
  015b5  PUSH 32
  015b7  PUSH 13
  015b9  MSTORE
  015ba  PUSH0
  015bb  PUSH 64
  015bd  KECCAK256
  015be  SLOAD
  015bf  ISZERO
  015c0  JUMPI
  015c1  PUSH 100
  015c3  MALLOC
  015c4  DUP1
  015c5  PUSH 2976
  015c8  PUSH 100
  015ca  DATACOPY
  015cb  PUSH 100
  015cd  REVERT
req_ok_128:
  015ce  JUMPDEST
    ; fiat.coin:296: fn before_transfer(from: address, to: address, amount: uint) {
  015cf  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  015d0  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  015d2  PUSH @req_ok_129
  015d5  CALLER
  015d6  PUSH 6
  015d8  SLOAD
  015d9  EQ
  015da  JUMPI
  015db  PUSH 100
  015dd  MALLOC
  015de  DUP1
  015df  PUSH 3076
  015e2  PUSH 100
  015e4  DATACOPY
  015e5  PUSH 100
  015e7  REVERT
req_ok_129:
  015e8  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  015e9  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  015ea  ENTER 5
  015ec  LSET 1
  015ee  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  015f0  LGET 0
  015f2  PUSH 0
  015f3  LGET 1
  015f5  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:107: let held = self.balances[from]
  015f8  PUSH0
  015f9  LGET 0
  015fb  MSTORE
  015fc  PUSH 32
  015fe  PUSH 4
  01600  MSTORE
  01601  PUSH0
  01602  PUSH 64
  01604  KECCAK256
  01605  SLOAD
  01606  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  01608  PUSH @req_ok_130
  0160b  LGET 2
  0160d  LGET 1
  0160f  LT
  01610  ISZERO
  01611  JUMPI
  01612  PUSH 100
  01614  MALLOC
  01615  DUP1
  01616  PUSH 3176
  01619  PUSH 100
  0161b  DATACOPY
  0161c  PUSH 100
  0161e  REVERT
req_ok_130:
  0161f  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  01620  LGET 2
  01622  LGET 1
  01624  CSUB
  01625  PUSH0
  01626  LGET 0
  01628  MSTORE
  01629  PUSH 32
  0162b  PUSH 4
  0162d  MSTORE
  0162e  PUSH0
  0162f  PUSH 64
  01631  KECCAK256
  01632  SWAP1
  01633  SSTORE
    ; token.coin:110: self.supply -= amount
  01634  PUSH 3
  01636  DUP1
  01637  SLOAD
  01638  LGET 1
  0163a  CSUB
  0163b  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  0163c  PUSH 0
  0163d  LSET 3
  0163f  PUSH 32
  01641  MALLOC
  01642  LSET 4
  01644  LGET 4
  01646  LGET 1
  01648  MSTORE
  01649  LGET 4
  0164b  PUSH 32
  0164d  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0166e  LGET 0
  01670  LGET 3
  01672  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  01673  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  01674  ENTER 4
  01676  LSET 1
  01678  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  0167a  PUSH @req_ok_131
  0167d  LGET 0
  0167f  PUSH 0
  01680  EQ
  01681  ISZERO
  01682  JUMPI
  01683  PUSH 100
  01685  MALLOC
  01686  DUP1
  01687  PUSH 3276
  0168a  PUSH 100
  0168c  DATACOPY
  0168d  PUSH 100
  0168f  REVERT
req_ok_131:
  01690  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  01691  PUSH 0
  01692  LGET 0
  01694  LGET 1
  01696  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:100: self.supply += amount
  01699  PUSH 3
  0169b  DUP1
  0169c  SLOAD
  0169d  LGET 1
  0169f  CADD
  016a0  SSTORE
    ; token.coin:101: self.balances[to] += amount
  016a1  PUSH0
  016a2  LGET 0
  016a4  MSTORE
  016a5  PUSH 32
  016a7  PUSH 4
  016a9  MSTORE
  016aa  PUSH0
  016ab  PUSH 64
  016ad  KECCAK256
  016ae  DUP1
  016af  SLOAD
  016b0  LGET 1
  016b2  CADD
  016b3  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  016b4  PUSH 0
  016b5  LSET 2
  016b7  PUSH 32
  016b9  MALLOC
  016ba  LSET 3
  016bc  LGET 3
  016be  LGET 1
  016c0  MSTORE
  016c1  LGET 3
  016c3  PUSH 32
  016c5  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  016e6  LGET 2
  016e8  LGET 0
  016ea  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  016eb  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  016ec  ENTER 5
  016ee  LSET 2
  016f0  LSET 1
  016f2  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  016f4  PUSH @req_ok_132
  016f7  LGET 1
  016f9  PUSH 0
  016fa  EQ
  016fb  ISZERO
  016fc  JUMPI
  016fd  PUSH 100
  016ff  MALLOC
  01700  DUP1
  01701  PUSH 3376
  01704  PUSH 100
  01706  DATACOPY
  01707  PUSH 100
  01709  REVERT
req_ok_132:
  0170a  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  0170b  LGET 0
  0170d  LGET 1
  0170f  LGET 2
  01711  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:90: let held = self.balances[from]
  01714  PUSH0
  01715  LGET 0
  01717  MSTORE
  01718  PUSH 32
  0171a  PUSH 4
  0171c  MSTORE
  0171d  PUSH0
  0171e  PUSH 64
  01720  KECCAK256
  01721  SLOAD
  01722  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  01724  PUSH @req_ok_133
  01727  LGET 3
  01729  LGET 2
  0172b  LT
  0172c  ISZERO
  0172d  JUMPI
  0172e  PUSH 100
  01730  MALLOC
  01731  DUP1
  01732  PUSH 3476
  01735  PUSH 100
  01737  DATACOPY
  01738  PUSH 100
  0173a  REVERT
req_ok_133:
  0173b  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  0173c  LGET 3
  0173e  LGET 2
  01740  CSUB
  01741  PUSH0
  01742  LGET 0
  01744  MSTORE
  01745  PUSH 32
  01747  PUSH 4
  01749  MSTORE
  0174a  PUSH0
  0174b  PUSH 64
  0174d  KECCAK256
  0174e  SWAP1
  0174f  SSTORE
    ; token.coin:93: self.balances[to] += amount
  01750  PUSH0
  01751  LGET 1
  01753  MSTORE
  01754  PUSH 32
  01756  PUSH 4
  01758  MSTORE
  01759  PUSH0
  0175a  PUSH 64
  0175c  KECCAK256
  0175d  DUP1
  0175e  SLOAD
  0175f  LGET 2
  01761  CADD
  01762  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  01763  PUSH 32
  01765  MALLOC
  01766  LSET 4
  01768  LGET 4
  0176a  LGET 2
  0176c  MSTORE
  0176d  LGET 4
  0176f  PUSH 32
  01771  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  01792  LGET 0
  01794  LGET 1
  01796  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  01797  RETF
; ---- init section (427 bytes)
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
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
    ; fiat.coin:61: init(name: string, symbol: string, max_attestation_age: uint) {
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
  000aa  CALLF @fn_FiatCoin_init
  000ad  STOP
bad_input_2:
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  000ae  JUMPDEST
  000af  PUSH0
  000b0  PUSH0
  000b1  REVERT
fn_FiatCoin_init:
    ; fiat.coin:61: init(name: string, symbol: string, max_attestation_age: uint) {
  000b2  ENTER 5
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
    ; fiat.coin:62: Token.init(name, symbol, 18)
  000ba  LGET 0
  000bc  LGET 1
  000be  PUSH 18
  000c0  CALLF @fn_Token_init
    ; fiat.coin:63: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; fiat.coin:64: require(max_attestation_age > 0, "max_attestation_age must be positive")
  000c6  PUSH @req_ok_3
  000c9  LGET 2
  000cb  PUSH 0
  000cc  GT
  000cd  JUMPI
  000ce  PUSH 132
  000d0  MALLOC
  000d1  DUP1
  000d2  PUSH 620
  000d5  PUSH 132
  000d7  DATACOPY
  000d8  PUSH 132
  000da  REVERT
req_ok_3:
  000db  JUMPDEST
    ; fiat.coin:65: self.max_attestation_age = max_attestation_age
  000dc  PUSH 18
  000de  LGET 2
  000e0  SSTORE
    ; fiat.coin:66: self.master_minter = msg.sender
  000e1  PUSH 7
  000e3  CALLER
  000e4  SSTORE
    ; fiat.coin:67: self.pauser = msg.sender
  000e5  PUSH 8
  000e7  CALLER
  000e8  SSTORE
    ; fiat.coin:68: self.blacklister = msg.sender
  000e9  PUSH 9
  000eb  CALLER
  000ec  SSTORE
    ; fiat.coin:69: self.attester = msg.sender
  000ed  PUSH 10
  000ef  CALLER
  000f0  SSTORE
    ; fiat.coin:70: self.issuer = msg.sender
  000f1  PUSH 11
  000f3  CALLER
  000f4  SSTORE
    ; fiat.coin:71: self.redemptions_open = true
  000f5  PUSH 23
  000f7  PUSH 1
  000f9  SSTORE
    ; fiat.coin:72: emit MaxAttestationAgeSet(max_attestation_age)
  000fa  PUSH 32
  000fc  MALLOC
  000fd  LSET 3
  000ff  LGET 3
  00101  LGET 2
  00103  MSTORE
  00104  LGET 3
  00106  PUSH 32
  00108  PUSH 0xb01be5a48d4cb89d0db16669a1c0ba4de7489d4ead767928153bab34e833a7cf
  00129  LOG1
    ; fiat.coin:73: emit RedemptionsOpen(true)
  0012a  PUSH 1
  0012c  LSET 3
  0012e  PUSH 32
  00130  MALLOC
  00131  LSET 4
  00133  LGET 4
  00135  LGET 3
  00137  MSTORE
  00138  LGET 4
  0013a  PUSH 32
  0013c  PUSH 0xc34a0fafc04cefa2b50542667855c1b5f0166d59ef556e35b65fece26ead8e31
  0015d  LOG1
    ; fiat.coin:61: init(name: string, symbol: string, max_attestation_age: uint) {
  0015e  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  0015f  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  00161  PUSH 6
  00163  CALLER
  00164  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  00165  PUSH 0
  00166  LSET 0
  00168  CALLER
  00169  LSET 1
  0016b  PUSH0
  0016c  PUSH0
  0016d  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0018e  LGET 0
  00190  LGET 1
  00192  LOG3
    ; access.coin:8: init() {
  00193  RETF
fn_Token_init:
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  00194  ENTER 3
  00196  LSET 2
  00198  LSET 1
  0019a  LSET 0
    ; token.coin:29: self.token_name = name
  0019c  PUSH 0
  0019d  LGET 0
  0019f  SSTOREBYTES
    ; token.coin:30: self.token_symbol = symbol
  001a0  PUSH 1
  001a2  LGET 1
  001a4  SSTOREBYTES
    ; token.coin:31: self.token_decimals = decimals
  001a5  PUSH 2
  001a7  LGET 2
  001a9  SSTORE
    ; token.coin:28: init(name: string, symbol: string, decimals: uint) {
  001aa  RETF
; ---- data section (3576 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  0000001b617070726f766520746f20746865207a65726f206164647265737300
  00060  0000000008c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  0000000000000016696e73756666696369656e7420616c6c6f77616e63650000
  000c0  000000000000000008c379a00000000000000000000000000000000000000000
  000e0  0000000000000000000000200000000000000000000000000000000000000000
  00100  0000000000000000000000206f776e65722063616e6e6f742062652074686520
  00120  7a65726f20616464726573730000000000000000000000000000000000000000
  00140  00000000000000000000000d6d61737465725f6d696e74657200000000000000
  00160  0000000000000000000000000000000000000000000000000000000000000000
  00180  0000000000000000000000067061757365720000000000000000000000000000
  001a0  0000000000000000000000000000000000000000000000000000000000000000
  001c0  00000000000000000000000b626c61636b6c6973746572000000000000000000
  001e0  0000000000000000000000000000000000000000000000000000000000000000
  00200  0000000000000000000000086174746573746572000000000000000000000000
  00220  0000000000000000000000000000000000000000000000000000000000000000
  00240  0000000000000000000000066973737565720000000000000000000000000000
  00260  00000000000000000000000008c379a000000000000000000000000000000000
  00280  0000000000000000000000000000002000000000000000000000000000000000
  002a0  000000000000000000000000000000246d61785f6174746573746174696f6e5f
  002c0  616765206d75737420626520706f736974697665000000000000000000000000
  002e0  0000000000000000000000000000000008c379a0000000000000000000000000
  00300  0000000000000000000000000000000000000020000000000000000000000000
  00320  000000000000000000000000000000000000001f63616c6c6572206973206e6f
  00340  7420746865206d6173746572206d696e7465720008c379a00000000000000000
  00360  0000000000000000000000000000000000000000000000200000000000000000
  00380  0000000000000000000000000000000000000000000000067061757365640000
  003a0  00000000000000000000000000000000000000000000000008c379a000000000
  003c0  0000000000000000000000000000000000000000000000000000002000000000
  003e0  0000000000000000000000000000000000000000000000000000001663616c6c
  00400  6572206973206e6f742061206d696e7465720000000000000000000008c379a0
  00420  0000000000000000000000000000000000000000000000000000000000000020
  00440  0000000000000000000000000000000000000000000000000000000000000015
  00460  6d696e74657220697320626c61636b6c69737465640000000000000000000000
  00480  08c379a000000000000000000000000000000000000000000000000000000000
  004a0  0000002000000000000000000000000000000000000000000000000000000000
  004c0  0000001c6d696e7420616d6f756e74206d75737420626520706f736974697665
  004e0  0000000008c379a0000000000000000000000000000000000000000000000000
  00500  0000000000000020000000000000000000000000000000000000000000000000
  00520  00000000000000246d696e7420616d6f756e742065786365656473206d696e74
  00540  657220616c6c6f77616e63650000000000000000000000000000000000000000
  00560  000000000000000008c379a00000000000000000000000000000000000000000
  00580  0000000000000000000000200000000000000000000000000000000000000000
  005a0  00000000000000000000001c72657365727665732077657265206e6576657220
  005c0  61747465737465640000000008c379a000000000000000000000000000000000
  005e0  0000000000000000000000000000002000000000000000000000000000000000
  00600  0000000000000000000000000000001c72657365727665206174746573746174
  00620  696f6e206973207374616c650000000008c379a0000000000000000000000000
  00640  0000000000000000000000000000000000000020000000000000000000000000
  00660  00000000000000000000000000000000000000236d696e7420776f756c642065
  00680  7863656564206174746573746564207265736572766573000000000000000000
  006a0  000000000000000000000000000000000000000008c379a00000000000000000
  006c0  0000000000000000000000000000000000000000000000200000000000000000
  006e0  00000000000000000000000000000000000000000000001c6275726e20616d6f
  00700  756e74206d75737420626520706f7369746976650000000008c379a000000000
  00720  0000000000000000000000000000000000000000000000000000002000000000
  00740  0000000000000000000000000000000000000000000000000000001863616c6c
  00760  6572206973206e6f742074686520706175736572000000000000000008c379a0
  00780  0000000000000000000000000000000000000000000000000000000000000020
  007a0  000000000000000000000000000000000000000000000000000000000000001d
  007c0  63616c6c6572206973206e6f742074686520626c61636b6c6973746572000000
  007e0  08c379a000000000000000000000000000000000000000000000000000000000
  00800  0000002000000000000000000000000000000000000000000000000000000000
  00820  0000002263616c6c6572206973206e6f74207468652072657365727665206174
  00840  7465737465720000000000000000000000000000000000000000000000000000
  00860  0000000008c379a0000000000000000000000000000000000000000000000000
  00880  0000000000000020000000000000000000000000000000000000000000000000
  008a0  000000000000002c72657365727665732063616e6e6f742062652062656c6f77
  008c0  2074686520696d70616972656420616d6f756e74000000000000000000000000
  008e0  000000000000000008c379a00000000000000000000000000000000000000000
  00900  0000000000000000000000200000000000000000000000000000000000000000
  00920  00000000000000000000001863616c6c6572206973206e6f7420746865206973
  00940  73756572000000000000000008c379a000000000000000000000000000000000
  00960  0000000000000000000000000000002000000000000000000000000000000000
  00980  00000000000000000000000000000020696d70616972656420616d6f756e7420
  009a0  6578636565647320726573657276657308c379a0000000000000000000000000
  009c0  0000000000000000000000000000000000000020000000000000000000000000
  009e0  0000000000000000000000000000000000000016726564656d7074696f6e7320
  00a00  61726520636c6f7365640000000000000000000008c379a00000000000000000
  00a20  0000000000000000000000000000000000000000000000200000000000000000
  00a40  000000000000000000000000000000000000000000000022726564656d707469
  00a60  6f6e20616d6f756e74206d75737420626520706f736974697665000000000000
  00a80  00000000000000000000000000000000000000000000000008c379a000000000
  00aa0  0000000000000000000000000000000000000000000000000000002000000000
  00ac0  000000000000000000000000000000000000000000000000000000216e6f2071
  00ae0  756575656420726564656d7074696f6e20776974682074686973206964000000
  00b00  0000000000000000000000000000000000000000000000000000000008c379a0
  00b20  0000000000000000000000000000000000000000000000000000000000000020
  00b40  000000000000000000000000000000000000000000000000000000000000002e
  00b60  61636365737369626c652072657365727665732063616e6e6f74207061792074
  00b80  68697320726564656d7074696f6e000000000000000000000000000000000000
  00ba0  08c379a000000000000000000000000000000000000000000000000000000000
  00bc0  0000002000000000000000000000000000000000000000000000000000000000
  00be0  000000166163636f756e7420697320626c61636b6c6973746564000000000000
  00c00  0000000008c379a0000000000000000000000000000000000000000000000000
  00c20  0000000000000020000000000000000000000000000000000000000000000000
  00c40  000000000000001763616c6c6572206973206e6f7420746865206f776e657200
  00c60  000000000000000008c379a00000000000000000000000000000000000000000
  00c80  0000000000000000000000200000000000000000000000000000000000000000
  00ca0  00000000000000000000001b6275726e20616d6f756e74206578636565647320
  00cc0  62616c616e6365000000000008c379a000000000000000000000000000000000
  00ce0  0000000000000000000000000000002000000000000000000000000000000000
  00d00  000000000000000000000000000000186d696e7420746f20746865207a65726f
  00d20  2061646472657373000000000000000008c379a0000000000000000000000000
  00d40  0000000000000000000000000000000000000020000000000000000000000000
  00d60  000000000000000000000000000000000000001c7472616e7366657220746f20
  00d80  746865207a65726f20616464726573730000000008c379a00000000000000000
  00da0  0000000000000000000000000000000000000000000000200000000000000000
  00dc0  00000000000000000000000000000000000000000000001f7472616e73666572
  00de0  20616d6f756e7420657863656564732062616c616e636500
