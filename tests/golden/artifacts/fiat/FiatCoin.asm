; contract FiatCoin
; ---- runtime section (6765 bytes)
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
  00000  ENTER 74
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
  00131  PUSH @ext_attest_bank_cash_28
  00134  DUP2
  00135  PUSH 0x7037d4e5
  0013a  EQ
  0013b  JUMPI
  0013c  PUSH @ext_set_impaired_29
  0013f  DUP2
  00140  PUSH 0x622d0087
  00145  EQ
  00146  JUMPI
  00147  PUSH @ext_write_down_30
  0014a  DUP2
  0014b  PUSH 0x59a8730f
  00150  EQ
  00151  JUMPI
  00152  PUSH @ext_set_redemptions_open_31
  00155  DUP2
  00156  PUSH 0x8f816b00
  0015b  EQ
  0015c  JUMPI
  0015d  PUSH @ext_request_redemption_32
  00160  DUP2
  00161  PUSH 0x96b26e4f
  00166  EQ
  00167  JUMPI
  00168  PUSH @ext_complete_redemption_33
  0016b  DUP2
  0016c  PUSH 0x798755f9
  00171  EQ
  00172  JUMPI
  00173  PUSH @ext_available_reserves_34
  00176  DUP2
  00177  PUSH 0x23b70b25
  0017c  EQ
  0017d  JUMPI
  0017e  PUSH @ext_backing_ratio_35
  00181  DUP2
  00182  PUSH 0x8ccf0994
  00187  EQ
  00188  JUMPI
  00189  PUSH @ext_nav_36
  0018c  DUP2
  0018d  PUSH 0xc1590cd7
  00192  EQ
  00193  JUMPI
  00194  PUSH @ext_redemption_payout_37
  00197  DUP2
  00198  PUSH 0xf218b446
  0019d  EQ
  0019e  JUMPI
  0019f  PUSH @ext_get_bank_cash_38
  001a2  DUP2
  001a3  PUSH 0xd61158b2
  001a8  EQ
  001a9  JUMPI
  001aa  PUSH @ext_get_written_down_39
  001ad  DUP2
  001ae  PUSH 0x8acd6432
  001b3  EQ
  001b4  JUMPI
  001b5  PUSH @ext_minter_allowance_40
  001b8  DUP2
  001b9  PUSH 0x2a93ffd0
  001be  EQ
  001bf  JUMPI
  001c0  PUSH @ext_is_minter_41
  001c3  DUP2
  001c4  PUSH 0x92c94f65
  001c9  EQ
  001ca  JUMPI
  001cb  PUSH @ext_is_blacklisted_42
  001ce  DUP2
  001cf  PUSH 0x1794e95a
  001d4  EQ
  001d5  JUMPI
  001d6  PUSH @ext_is_paused_43
  001d9  DUP2
  001da  PUSH 0x9d4f8aa9
  001df  EQ
  001e0  JUMPI
  001e1  PUSH @ext_get_reserves_44
  001e4  DUP2
  001e5  PUSH 0x14da81ae
  001ea  EQ
  001eb  JUMPI
  001ec  PUSH @ext_get_impaired_45
  001ef  DUP2
  001f0  PUSH 0x3e703a66
  001f5  EQ
  001f6  JUMPI
  001f7  PUSH @ext_get_attested_at_46
  001fa  DUP2
  001fb  PUSH 0xb8f3fbe0
  00200  EQ
  00201  JUMPI
  00202  PUSH @ext_redemption_47
  00205  DUP2
  00206  PUSH 0x4a1dc092
  0020b  EQ
  0020c  JUMPI
  0020d  PUSH @ext_redemption_queue_48
  00210  DUP2
  00211  PUSH 0x764cb236
  00216  EQ
  00217  JUMPI
  00218  PUSH @ext_pending_redemptions_49
  0021b  DUP2
  0021c  PUSH 0x76f0870f
  00221  EQ
  00222  JUMPI
  00223  PUSH @ext_are_redemptions_open_50
  00226  DUP2
  00227  PUSH 0x3b896616
  0022c  EQ
  0022d  JUMPI
  0022e  PUSH @ext_roles_51
  00231  DUP2
  00232  PUSH 0x392f5f64
  00237  EQ
  00238  JUMPI
  00239  PUSH0
  0023a  PUSH0
  0023b  REVERT
fallback_1:
  0023c  JUMPDEST
  0023d  PUSH0
  0023e  PUSH0
  0023f  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  00240  JUMPDEST
  00241  POP
  00242  PUSH @novalue_52
  00245  CALLVALUE
  00246  ISZERO
  00247  JUMPI
  00248  PUSH0
  00249  PUSH0
  0024a  REVERT
novalue_52:
  0024b  JUMPDEST
  0024c  CALLF @fn_Token_name
  0024f  LSET 0
  00251  PUSH 32
  00253  LGET 0
  00255  MLOAD
  00256  PUSH 31
  00258  ADD
  00259  PUSH 5
  0025b  SHR
  0025c  PUSH 5
  0025e  SHL
  0025f  PUSH 32
  00261  ADD
  00262  ADD
  00263  LSET 1
  00265  LGET 1
  00267  MALLOC
  00268  LSET 2
  0026a  PUSH 32
  0026c  LSET 3
  0026e  LGET 2
  00270  PUSH 0
  00271  ADD
  00272  LGET 3
  00274  MSTORE
  00275  LGET 2
  00277  PUSH 0
  00278  ADD
  00279  LGET 3
  0027b  ADD
  0027c  LGET 0
  0027e  LGET 0
  00280  MLOAD
  00281  PUSH 31
  00283  ADD
  00284  PUSH 5
  00286  SHR
  00287  PUSH 5
  00289  SHL
  0028a  PUSH 32
  0028c  ADD
  0028d  DUP1
  0028e  LSET 4
  00290  MCOPY
  00291  LGET 3
  00293  LGET 4
  00295  ADD
  00296  LSET 3
  00298  LGET 2
  0029a  LGET 1
  0029c  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  0029d  JUMPDEST
  0029e  POP
  0029f  PUSH @novalue_53
  002a2  CALLVALUE
  002a3  ISZERO
  002a4  JUMPI
  002a5  PUSH0
  002a6  PUSH0
  002a7  REVERT
novalue_53:
  002a8  JUMPDEST
  002a9  CALLF @fn_Token_symbol
  002ac  LSET 5
  002ae  PUSH 32
  002b0  LGET 5
  002b2  MLOAD
  002b3  PUSH 31
  002b5  ADD
  002b6  PUSH 5
  002b8  SHR
  002b9  PUSH 5
  002bb  SHL
  002bc  PUSH 32
  002be  ADD
  002bf  ADD
  002c0  LSET 6
  002c2  LGET 6
  002c4  MALLOC
  002c5  LSET 7
  002c7  PUSH 32
  002c9  LSET 8
  002cb  LGET 7
  002cd  PUSH 0
  002ce  ADD
  002cf  LGET 8
  002d1  MSTORE
  002d2  LGET 7
  002d4  PUSH 0
  002d5  ADD
  002d6  LGET 8
  002d8  ADD
  002d9  LGET 5
  002db  LGET 5
  002dd  MLOAD
  002de  PUSH 31
  002e0  ADD
  002e1  PUSH 5
  002e3  SHR
  002e4  PUSH 5
  002e6  SHL
  002e7  PUSH 32
  002e9  ADD
  002ea  DUP1
  002eb  LSET 9
  002ed  MCOPY
  002ee  LGET 8
  002f0  LGET 9
  002f2  ADD
  002f3  LSET 8
  002f5  LGET 7
  002f7  LGET 6
  002f9  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  002fa  JUMPDEST
  002fb  POP
  002fc  PUSH @novalue_54
  002ff  CALLVALUE
  00300  ISZERO
  00301  JUMPI
  00302  PUSH0
  00303  PUSH0
  00304  REVERT
novalue_54:
  00305  JUMPDEST
  00306  CALLF @fn_Token_decimals
  00309  LSET 10
  0030b  PUSH 32
  0030d  MALLOC
  0030e  LSET 11
  00310  LGET 11
  00312  LGET 10
  00314  MSTORE
  00315  LGET 11
  00317  PUSH 32
  00319  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  0031a  JUMPDEST
  0031b  POP
  0031c  PUSH @novalue_55
  0031f  CALLVALUE
  00320  ISZERO
  00321  JUMPI
  00322  PUSH0
  00323  PUSH0
  00324  REVERT
novalue_55:
  00325  JUMPDEST
  00326  CALLF @fn_Token_totalSupply
  00329  LSET 12
  0032b  PUSH 32
  0032d  MALLOC
  0032e  LSET 13
  00330  LGET 13
  00332  LGET 12
  00334  MSTORE
  00335  LGET 13
  00337  PUSH 32
  00339  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  0033a  JUMPDEST
  0033b  POP
  0033c  PUSH @novalue_56
  0033f  CALLVALUE
  00340  ISZERO
  00341  JUMPI
  00342  PUSH0
  00343  PUSH0
  00344  REVERT
novalue_56:
  00345  JUMPDEST
  00346  PUSH @bad_input_57
  00349  CALLDATASIZE
  0034a  PUSH 36
  0034c  LT
  0034d  JUMPI
  0034e  PUSH 4
  00350  CALLDATALOAD
  00351  PUSH @bad_input_57
  00354  DUP2
  00355  PUSH 160
  00357  SHR
  00358  JUMPI
  00359  CALLF @fn_Token_balanceOf
  0035c  LSET 14
  0035e  PUSH 32
  00360  MALLOC
  00361  LSET 15
  00363  LGET 15
  00365  LGET 14
  00367  MSTORE
  00368  LGET 15
  0036a  PUSH 32
  0036c  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  0036d  JUMPDEST
  0036e  POP
  0036f  PUSH @novalue_58
  00372  CALLVALUE
  00373  ISZERO
  00374  JUMPI
  00375  PUSH0
  00376  PUSH0
  00377  REVERT
novalue_58:
  00378  JUMPDEST
  00379  PUSH @bad_input_57
  0037c  CALLDATASIZE
  0037d  PUSH 68
  0037f  LT
  00380  JUMPI
  00381  PUSH 4
  00383  CALLDATALOAD
  00384  PUSH @bad_input_57
  00387  DUP2
  00388  PUSH 160
  0038a  SHR
  0038b  JUMPI
  0038c  PUSH 36
  0038e  CALLDATALOAD
  0038f  PUSH @bad_input_57
  00392  DUP2
  00393  PUSH 160
  00395  SHR
  00396  JUMPI
  00397  CALLF @fn_Token_allowance
  0039a  LSET 16
  0039c  PUSH 32
  0039e  MALLOC
  0039f  LSET 17
  003a1  LGET 17
  003a3  LGET 16
  003a5  MSTORE
  003a6  LGET 17
  003a8  PUSH 32
  003aa  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  003ab  JUMPDEST
  003ac  POP
  003ad  PUSH @novalue_59
  003b0  CALLVALUE
  003b1  ISZERO
  003b2  JUMPI
  003b3  PUSH0
  003b4  PUSH0
  003b5  REVERT
novalue_59:
  003b6  JUMPDEST
  003b7  PUSH @bad_input_57
  003ba  CALLDATASIZE
  003bb  PUSH 68
  003bd  LT
  003be  JUMPI
  003bf  PUSH 4
  003c1  CALLDATALOAD
  003c2  PUSH @bad_input_57
  003c5  DUP2
  003c6  PUSH 160
  003c8  SHR
  003c9  JUMPI
  003ca  PUSH 36
  003cc  CALLDATALOAD
  003cd  CALLF @fn_Token_transfer
  003d0  LSET 18
  003d2  PUSH 32
  003d4  MALLOC
  003d5  LSET 19
  003d7  LGET 19
  003d9  LGET 18
  003db  MSTORE
  003dc  LGET 19
  003de  PUSH 32
  003e0  RETURN
ext_approve_9:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  003e1  JUMPDEST
  003e2  POP
  003e3  PUSH @novalue_60
  003e6  CALLVALUE
  003e7  ISZERO
  003e8  JUMPI
  003e9  PUSH0
  003ea  PUSH0
  003eb  REVERT
novalue_60:
  003ec  JUMPDEST
  003ed  PUSH @bad_input_57
  003f0  CALLDATASIZE
  003f1  PUSH 68
  003f3  LT
  003f4  JUMPI
  003f5  PUSH 4
  003f7  CALLDATALOAD
  003f8  PUSH @bad_input_57
  003fb  DUP2
  003fc  PUSH 160
  003fe  SHR
  003ff  JUMPI
  00400  PUSH 36
  00402  CALLDATALOAD
  00403  CALLF @fn_Token_approve
  00406  LSET 20
  00408  PUSH 32
  0040a  MALLOC
  0040b  LSET 21
  0040d  LGET 21
  0040f  LGET 20
  00411  MSTORE
  00412  LGET 21
  00414  PUSH 32
  00416  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00417  JUMPDEST
  00418  POP
  00419  PUSH @novalue_61
  0041c  CALLVALUE
  0041d  ISZERO
  0041e  JUMPI
  0041f  PUSH0
  00420  PUSH0
  00421  REVERT
novalue_61:
  00422  JUMPDEST
  00423  PUSH @bad_input_57
  00426  CALLDATASIZE
  00427  PUSH 100
  00429  LT
  0042a  JUMPI
  0042b  PUSH 4
  0042d  CALLDATALOAD
  0042e  PUSH @bad_input_57
  00431  DUP2
  00432  PUSH 160
  00434  SHR
  00435  JUMPI
  00436  PUSH 36
  00438  CALLDATALOAD
  00439  PUSH @bad_input_57
  0043c  DUP2
  0043d  PUSH 160
  0043f  SHR
  00440  JUMPI
  00441  PUSH 68
  00443  CALLDATALOAD
  00444  CALLF @fn_Token_transferFrom
  00447  LSET 22
  00449  PUSH 32
  0044b  MALLOC
  0044c  LSET 23
  0044e  LGET 23
  00450  LGET 22
  00452  MSTORE
  00453  LGET 23
  00455  PUSH 32
  00457  RETURN
ext_get_owner_11:
    ; access.coin:13: pub view fn get_owner() -> address {
  00458  JUMPDEST
  00459  POP
  0045a  PUSH @novalue_62
  0045d  CALLVALUE
  0045e  ISZERO
  0045f  JUMPI
  00460  PUSH0
  00461  PUSH0
  00462  REVERT
novalue_62:
  00463  JUMPDEST
  00464  CALLF @fn_Owned_get_owner
  00467  LSET 24
  00469  PUSH 32
  0046b  MALLOC
  0046c  LSET 25
  0046e  LGET 25
  00470  LGET 24
  00472  MSTORE
  00473  LGET 25
  00475  PUSH 32
  00477  RETURN
ext_transfer_ownership_12:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00478  JUMPDEST
  00479  POP
  0047a  PUSH @novalue_63
  0047d  CALLVALUE
  0047e  ISZERO
  0047f  JUMPI
  00480  PUSH0
  00481  PUSH0
  00482  REVERT
novalue_63:
  00483  JUMPDEST
  00484  PUSH @bad_input_57
  00487  CALLDATASIZE
  00488  PUSH 36
  0048a  LT
  0048b  JUMPI
  0048c  PUSH 4
  0048e  CALLDATALOAD
  0048f  PUSH @bad_input_57
  00492  DUP2
  00493  PUSH 160
  00495  SHR
  00496  JUMPI
  00497  CALLF @fn_Owned_transfer_ownership
  0049a  STOP
ext_set_master_minter_13:
    ; fiat.coin:91: pub fn set_master_minter(account: address) {
  0049b  JUMPDEST
  0049c  POP
  0049d  PUSH @novalue_64
  004a0  CALLVALUE
  004a1  ISZERO
  004a2  JUMPI
  004a3  PUSH0
  004a4  PUSH0
  004a5  REVERT
novalue_64:
  004a6  JUMPDEST
  004a7  PUSH @bad_input_57
  004aa  CALLDATASIZE
  004ab  PUSH 36
  004ad  LT
  004ae  JUMPI
  004af  PUSH 4
  004b1  CALLDATALOAD
  004b2  PUSH @bad_input_57
  004b5  DUP2
  004b6  PUSH 160
  004b8  SHR
  004b9  JUMPI
  004ba  CALLF @fn_FiatCoin_set_master_minter
  004bd  STOP
ext_set_pauser_14:
    ; fiat.coin:97: pub fn set_pauser(account: address) {
  004be  JUMPDEST
  004bf  POP
  004c0  PUSH @novalue_65
  004c3  CALLVALUE
  004c4  ISZERO
  004c5  JUMPI
  004c6  PUSH0
  004c7  PUSH0
  004c8  REVERT
novalue_65:
  004c9  JUMPDEST
  004ca  PUSH @bad_input_57
  004cd  CALLDATASIZE
  004ce  PUSH 36
  004d0  LT
  004d1  JUMPI
  004d2  PUSH 4
  004d4  CALLDATALOAD
  004d5  PUSH @bad_input_57
  004d8  DUP2
  004d9  PUSH 160
  004db  SHR
  004dc  JUMPI
  004dd  CALLF @fn_FiatCoin_set_pauser
  004e0  STOP
ext_set_blacklister_15:
    ; fiat.coin:103: pub fn set_blacklister(account: address) {
  004e1  JUMPDEST
  004e2  POP
  004e3  PUSH @novalue_66
  004e6  CALLVALUE
  004e7  ISZERO
  004e8  JUMPI
  004e9  PUSH0
  004ea  PUSH0
  004eb  REVERT
novalue_66:
  004ec  JUMPDEST
  004ed  PUSH @bad_input_57
  004f0  CALLDATASIZE
  004f1  PUSH 36
  004f3  LT
  004f4  JUMPI
  004f5  PUSH 4
  004f7  CALLDATALOAD
  004f8  PUSH @bad_input_57
  004fb  DUP2
  004fc  PUSH 160
  004fe  SHR
  004ff  JUMPI
  00500  CALLF @fn_FiatCoin_set_blacklister
  00503  STOP
ext_set_attester_16:
    ; fiat.coin:109: pub fn set_attester(account: address) {
  00504  JUMPDEST
  00505  POP
  00506  PUSH @novalue_67
  00509  CALLVALUE
  0050a  ISZERO
  0050b  JUMPI
  0050c  PUSH0
  0050d  PUSH0
  0050e  REVERT
novalue_67:
  0050f  JUMPDEST
  00510  PUSH @bad_input_57
  00513  CALLDATASIZE
  00514  PUSH 36
  00516  LT
  00517  JUMPI
  00518  PUSH 4
  0051a  CALLDATALOAD
  0051b  PUSH @bad_input_57
  0051e  DUP2
  0051f  PUSH 160
  00521  SHR
  00522  JUMPI
  00523  CALLF @fn_FiatCoin_set_attester
  00526  STOP
ext_set_issuer_17:
    ; fiat.coin:115: pub fn set_issuer(account: address) {
  00527  JUMPDEST
  00528  POP
  00529  PUSH @novalue_68
  0052c  CALLVALUE
  0052d  ISZERO
  0052e  JUMPI
  0052f  PUSH0
  00530  PUSH0
  00531  REVERT
novalue_68:
  00532  JUMPDEST
  00533  PUSH @bad_input_57
  00536  CALLDATASIZE
  00537  PUSH 36
  00539  LT
  0053a  JUMPI
  0053b  PUSH 4
  0053d  CALLDATALOAD
  0053e  PUSH @bad_input_57
  00541  DUP2
  00542  PUSH 160
  00544  SHR
  00545  JUMPI
  00546  CALLF @fn_FiatCoin_set_issuer
  00549  STOP
ext_set_max_attestation_age_18:
    ; fiat.coin:121: pub fn set_max_attestation_age(seconds: uint) {
  0054a  JUMPDEST
  0054b  POP
  0054c  PUSH @novalue_69
  0054f  CALLVALUE
  00550  ISZERO
  00551  JUMPI
  00552  PUSH0
  00553  PUSH0
  00554  REVERT
novalue_69:
  00555  JUMPDEST
  00556  PUSH @bad_input_57
  00559  CALLDATASIZE
  0055a  PUSH 36
  0055c  LT
  0055d  JUMPI
  0055e  PUSH 4
  00560  CALLDATALOAD
  00561  CALLF @fn_FiatCoin_set_max_attestation_age
  00564  STOP
ext_configure_minter_19:
    ; fiat.coin:129: pub fn configure_minter(minter: address, allowance: uint) {
  00565  JUMPDEST
  00566  POP
  00567  PUSH @novalue_70
  0056a  CALLVALUE
  0056b  ISZERO
  0056c  JUMPI
  0056d  PUSH0
  0056e  PUSH0
  0056f  REVERT
novalue_70:
  00570  JUMPDEST
  00571  PUSH @bad_input_57
  00574  CALLDATASIZE
  00575  PUSH 68
  00577  LT
  00578  JUMPI
  00579  PUSH 4
  0057b  CALLDATALOAD
  0057c  PUSH @bad_input_57
  0057f  DUP2
  00580  PUSH 160
  00582  SHR
  00583  JUMPI
  00584  PUSH 36
  00586  CALLDATALOAD
  00587  CALLF @fn_FiatCoin_configure_minter
  0058a  STOP
ext_remove_minter_20:
    ; fiat.coin:137: pub fn remove_minter(minter: address) {
  0058b  JUMPDEST
  0058c  POP
  0058d  PUSH @novalue_71
  00590  CALLVALUE
  00591  ISZERO
  00592  JUMPI
  00593  PUSH0
  00594  PUSH0
  00595  REVERT
novalue_71:
  00596  JUMPDEST
  00597  PUSH @bad_input_57
  0059a  CALLDATASIZE
  0059b  PUSH 36
  0059d  LT
  0059e  JUMPI
  0059f  PUSH 4
  005a1  CALLDATALOAD
  005a2  PUSH @bad_input_57
  005a5  DUP2
  005a6  PUSH 160
  005a8  SHR
  005a9  JUMPI
  005aa  CALLF @fn_FiatCoin_remove_minter
  005ad  STOP
ext_mint_21:
    ; fiat.coin:144: pub fn mint(to: address, amount: uint) -> bool {
  005ae  JUMPDEST
  005af  POP
  005b0  PUSH @novalue_72
  005b3  CALLVALUE
  005b4  ISZERO
  005b5  JUMPI
  005b6  PUSH0
  005b7  PUSH0
  005b8  REVERT
novalue_72:
  005b9  JUMPDEST
  005ba  PUSH @bad_input_57
  005bd  CALLDATASIZE
  005be  PUSH 68
  005c0  LT
  005c1  JUMPI
  005c2  PUSH 4
  005c4  CALLDATALOAD
  005c5  PUSH @bad_input_57
  005c8  DUP2
  005c9  PUSH 160
  005cb  SHR
  005cc  JUMPI
  005cd  PUSH 36
  005cf  CALLDATALOAD
  005d0  CALLF @fn_FiatCoin_mint
  005d3  LSET 26
  005d5  PUSH 32
  005d7  MALLOC
  005d8  LSET 27
  005da  LGET 27
  005dc  LGET 26
  005de  MSTORE
  005df  LGET 27
  005e1  PUSH 32
  005e3  RETURN
ext_burn_22:
    ; fiat.coin:161: pub fn burn(amount: uint) {
  005e4  JUMPDEST
  005e5  POP
  005e6  PUSH @novalue_73
  005e9  CALLVALUE
  005ea  ISZERO
  005eb  JUMPI
  005ec  PUSH0
  005ed  PUSH0
  005ee  REVERT
novalue_73:
  005ef  JUMPDEST
  005f0  PUSH @bad_input_57
  005f3  CALLDATASIZE
  005f4  PUSH 36
  005f6  LT
  005f7  JUMPI
  005f8  PUSH 4
  005fa  CALLDATALOAD
  005fb  CALLF @fn_FiatCoin_burn
  005fe  STOP
ext_pause_23:
    ; fiat.coin:169: pub fn pause() {
  005ff  JUMPDEST
  00600  POP
  00601  PUSH @novalue_74
  00604  CALLVALUE
  00605  ISZERO
  00606  JUMPI
  00607  PUSH0
  00608  PUSH0
  00609  REVERT
novalue_74:
  0060a  JUMPDEST
  0060b  CALLF @fn_FiatCoin_pause
  0060e  STOP
ext_unpause_24:
    ; fiat.coin:175: pub fn unpause() {
  0060f  JUMPDEST
  00610  POP
  00611  PUSH @novalue_75
  00614  CALLVALUE
  00615  ISZERO
  00616  JUMPI
  00617  PUSH0
  00618  PUSH0
  00619  REVERT
novalue_75:
  0061a  JUMPDEST
  0061b  CALLF @fn_FiatCoin_unpause
  0061e  STOP
ext_blacklist_account_25:
    ; fiat.coin:181: pub fn blacklist_account(account: address) {
  0061f  JUMPDEST
  00620  POP
  00621  PUSH @novalue_76
  00624  CALLVALUE
  00625  ISZERO
  00626  JUMPI
  00627  PUSH0
  00628  PUSH0
  00629  REVERT
novalue_76:
  0062a  JUMPDEST
  0062b  PUSH @bad_input_57
  0062e  CALLDATASIZE
  0062f  PUSH 36
  00631  LT
  00632  JUMPI
  00633  PUSH 4
  00635  CALLDATALOAD
  00636  PUSH @bad_input_57
  00639  DUP2
  0063a  PUSH 160
  0063c  SHR
  0063d  JUMPI
  0063e  CALLF @fn_FiatCoin_blacklist_account
  00641  STOP
ext_unblacklist_account_26:
    ; fiat.coin:187: pub fn unblacklist_account(account: address) {
  00642  JUMPDEST
  00643  POP
  00644  PUSH @novalue_77
  00647  CALLVALUE
  00648  ISZERO
  00649  JUMPI
  0064a  PUSH0
  0064b  PUSH0
  0064c  REVERT
novalue_77:
  0064d  JUMPDEST
  0064e  PUSH @bad_input_57
  00651  CALLDATASIZE
  00652  PUSH 36
  00654  LT
  00655  JUMPI
  00656  PUSH 4
  00658  CALLDATALOAD
  00659  PUSH @bad_input_57
  0065c  DUP2
  0065d  PUSH 160
  0065f  SHR
  00660  JUMPI
  00661  CALLF @fn_FiatCoin_unblacklist_account
  00664  STOP
ext_attest_reserves_27:
    ; fiat.coin:194: pub fn attest_reserves(amount: uint) {
  00665  JUMPDEST
  00666  POP
  00667  PUSH @novalue_78
  0066a  CALLVALUE
  0066b  ISZERO
  0066c  JUMPI
  0066d  PUSH0
  0066e  PUSH0
  0066f  REVERT
novalue_78:
  00670  JUMPDEST
  00671  PUSH @bad_input_57
  00674  CALLDATASIZE
  00675  PUSH 36
  00677  LT
  00678  JUMPI
  00679  PUSH 4
  0067b  CALLDATALOAD
  0067c  CALLF @fn_FiatCoin_attest_reserves
  0067f  STOP
ext_attest_bank_cash_28:
    ; fiat.coin:204: pub fn attest_bank_cash(amount: uint) {
  00680  JUMPDEST
  00681  POP
  00682  PUSH @novalue_79
  00685  CALLVALUE
  00686  ISZERO
  00687  JUMPI
  00688  PUSH0
  00689  PUSH0
  0068a  REVERT
novalue_79:
  0068b  JUMPDEST
  0068c  PUSH @bad_input_57
  0068f  CALLDATASIZE
  00690  PUSH 36
  00692  LT
  00693  JUMPI
  00694  PUSH 4
  00696  CALLDATALOAD
  00697  CALLF @fn_FiatCoin_attest_bank_cash
  0069a  STOP
ext_set_impaired_29:
    ; fiat.coin:212: pub fn set_impaired(amount: uint) {
  0069b  JUMPDEST
  0069c  POP
  0069d  PUSH @novalue_80
  006a0  CALLVALUE
  006a1  ISZERO
  006a2  JUMPI
  006a3  PUSH0
  006a4  PUSH0
  006a5  REVERT
novalue_80:
  006a6  JUMPDEST
  006a7  PUSH @bad_input_57
  006aa  CALLDATASIZE
  006ab  PUSH 36
  006ad  LT
  006ae  JUMPI
  006af  PUSH 4
  006b1  CALLDATALOAD
  006b2  CALLF @fn_FiatCoin_set_impaired
  006b5  STOP
ext_write_down_30:
    ; fiat.coin:221: pub fn write_down(loss: uint) {
  006b6  JUMPDEST
  006b7  POP
  006b8  PUSH @novalue_81
  006bb  CALLVALUE
  006bc  ISZERO
  006bd  JUMPI
  006be  PUSH0
  006bf  PUSH0
  006c0  REVERT
novalue_81:
  006c1  JUMPDEST
  006c2  PUSH @bad_input_57
  006c5  CALLDATASIZE
  006c6  PUSH 36
  006c8  LT
  006c9  JUMPI
  006ca  PUSH 4
  006cc  CALLDATALOAD
  006cd  CALLF @fn_FiatCoin_write_down
  006d0  STOP
ext_set_redemptions_open_31:
    ; fiat.coin:231: pub fn set_redemptions_open(open: bool) {
  006d1  JUMPDEST
  006d2  POP
  006d3  PUSH @novalue_82
  006d6  CALLVALUE
  006d7  ISZERO
  006d8  JUMPI
  006d9  PUSH0
  006da  PUSH0
  006db  REVERT
novalue_82:
  006dc  JUMPDEST
  006dd  PUSH @bad_input_57
  006e0  CALLDATASIZE
  006e1  PUSH 36
  006e3  LT
  006e4  JUMPI
  006e5  PUSH 4
  006e7  CALLDATALOAD
  006e8  PUSH @bad_input_57
  006eb  DUP2
  006ec  PUSH 1
  006ee  GT
  006ef  JUMPI
  006f0  CALLF @fn_FiatCoin_set_redemptions_open
  006f3  STOP
ext_request_redemption_32:
    ; fiat.coin:238: pub fn request_redemption(amount: uint) -> uint {
  006f4  JUMPDEST
  006f5  POP
  006f6  PUSH @novalue_83
  006f9  CALLVALUE
  006fa  ISZERO
  006fb  JUMPI
  006fc  PUSH0
  006fd  PUSH0
  006fe  REVERT
novalue_83:
  006ff  JUMPDEST
  00700  PUSH @bad_input_57
  00703  CALLDATASIZE
  00704  PUSH 36
  00706  LT
  00707  JUMPI
  00708  PUSH 4
  0070a  CALLDATALOAD
  0070b  CALLF @fn_FiatCoin_request_redemption
  0070e  LSET 28
  00710  PUSH 32
  00712  MALLOC
  00713  LSET 29
  00715  LGET 29
  00717  LGET 28
  00719  MSTORE
  0071a  LGET 29
  0071c  PUSH 32
  0071e  RETURN
ext_complete_redemption_33:
    ; fiat.coin:255: pub fn complete_redemption(id: uint) {
  0071f  JUMPDEST
  00720  POP
  00721  PUSH @novalue_84
  00724  CALLVALUE
  00725  ISZERO
  00726  JUMPI
  00727  PUSH0
  00728  PUSH0
  00729  REVERT
novalue_84:
  0072a  JUMPDEST
  0072b  PUSH @bad_input_57
  0072e  CALLDATASIZE
  0072f  PUSH 36
  00731  LT
  00732  JUMPI
  00733  PUSH 4
  00735  CALLDATALOAD
  00736  CALLF @fn_FiatCoin_complete_redemption
  00739  STOP
ext_available_reserves_34:
    ; fiat.coin:268: pub view fn available_reserves() -> uint {
  0073a  JUMPDEST
  0073b  POP
  0073c  PUSH @novalue_85
  0073f  CALLVALUE
  00740  ISZERO
  00741  JUMPI
  00742  PUSH0
  00743  PUSH0
  00744  REVERT
novalue_85:
  00745  JUMPDEST
  00746  CALLF @fn_FiatCoin_available_reserves
  00749  LSET 30
  0074b  PUSH 32
  0074d  MALLOC
  0074e  LSET 31
  00750  LGET 31
  00752  LGET 30
  00754  MSTORE
  00755  LGET 31
  00757  PUSH 32
  00759  RETURN
ext_backing_ratio_35:
    ; fiat.coin:277: pub view fn backing_ratio() -> uint {
  0075a  JUMPDEST
  0075b  POP
  0075c  PUSH @novalue_86
  0075f  CALLVALUE
  00760  ISZERO
  00761  JUMPI
  00762  PUSH0
  00763  PUSH0
  00764  REVERT
novalue_86:
  00765  JUMPDEST
  00766  CALLF @fn_FiatCoin_backing_ratio
  00769  LSET 32
  0076b  PUSH 32
  0076d  MALLOC
  0076e  LSET 33
  00770  LGET 33
  00772  LGET 32
  00774  MSTORE
  00775  LGET 33
  00777  PUSH 32
  00779  RETURN
ext_nav_36:
    ; fiat.coin:286: pub view fn nav() -> uint {
  0077a  JUMPDEST
  0077b  POP
  0077c  PUSH @novalue_87
  0077f  CALLVALUE
  00780  ISZERO
  00781  JUMPI
  00782  PUSH0
  00783  PUSH0
  00784  REVERT
novalue_87:
  00785  JUMPDEST
  00786  CALLF @fn_FiatCoin_nav
  00789  LSET 34
  0078b  PUSH 32
  0078d  MALLOC
  0078e  LSET 35
  00790  LGET 35
  00792  LGET 34
  00794  MSTORE
  00795  LGET 35
  00797  PUSH 32
  00799  RETURN
ext_redemption_payout_37:
    ; fiat.coin:300: pub view fn redemption_payout(id: uint) -> uint {
  0079a  JUMPDEST
  0079b  POP
  0079c  PUSH @novalue_88
  0079f  CALLVALUE
  007a0  ISZERO
  007a1  JUMPI
  007a2  PUSH0
  007a3  PUSH0
  007a4  REVERT
novalue_88:
  007a5  JUMPDEST
  007a6  PUSH @bad_input_57
  007a9  CALLDATASIZE
  007aa  PUSH 36
  007ac  LT
  007ad  JUMPI
  007ae  PUSH 4
  007b0  CALLDATALOAD
  007b1  CALLF @fn_FiatCoin_redemption_payout
  007b4  LSET 36
  007b6  PUSH 32
  007b8  MALLOC
  007b9  LSET 37
  007bb  LGET 37
  007bd  LGET 36
  007bf  MSTORE
  007c0  LGET 37
  007c2  PUSH 32
  007c4  RETURN
ext_get_bank_cash_38:
    ; fiat.coin:304: pub view fn get_bank_cash() -> uint {
  007c5  JUMPDEST
  007c6  POP
  007c7  PUSH @novalue_89
  007ca  CALLVALUE
  007cb  ISZERO
  007cc  JUMPI
  007cd  PUSH0
  007ce  PUSH0
  007cf  REVERT
novalue_89:
  007d0  JUMPDEST
  007d1  CALLF @fn_FiatCoin_get_bank_cash
  007d4  LSET 38
  007d6  PUSH 32
  007d8  MALLOC
  007d9  LSET 39
  007db  LGET 39
  007dd  LGET 38
  007df  MSTORE
  007e0  LGET 39
  007e2  PUSH 32
  007e4  RETURN
ext_get_written_down_39:
    ; fiat.coin:308: pub view fn get_written_down() -> uint {
  007e5  JUMPDEST
  007e6  POP
  007e7  PUSH @novalue_90
  007ea  CALLVALUE
  007eb  ISZERO
  007ec  JUMPI
  007ed  PUSH0
  007ee  PUSH0
  007ef  REVERT
novalue_90:
  007f0  JUMPDEST
  007f1  CALLF @fn_FiatCoin_get_written_down
  007f4  LSET 40
  007f6  PUSH 32
  007f8  MALLOC
  007f9  LSET 41
  007fb  LGET 41
  007fd  LGET 40
  007ff  MSTORE
  00800  LGET 41
  00802  PUSH 32
  00804  RETURN
ext_minter_allowance_40:
    ; fiat.coin:312: pub view fn minter_allowance(minter: address) -> uint {
  00805  JUMPDEST
  00806  POP
  00807  PUSH @novalue_91
  0080a  CALLVALUE
  0080b  ISZERO
  0080c  JUMPI
  0080d  PUSH0
  0080e  PUSH0
  0080f  REVERT
novalue_91:
  00810  JUMPDEST
  00811  PUSH @bad_input_57
  00814  CALLDATASIZE
  00815  PUSH 36
  00817  LT
  00818  JUMPI
  00819  PUSH 4
  0081b  CALLDATALOAD
  0081c  PUSH @bad_input_57
  0081f  DUP2
  00820  PUSH 160
  00822  SHR
  00823  JUMPI
  00824  CALLF @fn_FiatCoin_minter_allowance
  00827  LSET 42
  00829  PUSH 32
  0082b  MALLOC
  0082c  LSET 43
  0082e  LGET 43
  00830  LGET 42
  00832  MSTORE
  00833  LGET 43
  00835  PUSH 32
  00837  RETURN
ext_is_minter_41:
    ; fiat.coin:316: pub view fn is_minter(account: address) -> bool {
  00838  JUMPDEST
  00839  POP
  0083a  PUSH @novalue_92
  0083d  CALLVALUE
  0083e  ISZERO
  0083f  JUMPI
  00840  PUSH0
  00841  PUSH0
  00842  REVERT
novalue_92:
  00843  JUMPDEST
  00844  PUSH @bad_input_57
  00847  CALLDATASIZE
  00848  PUSH 36
  0084a  LT
  0084b  JUMPI
  0084c  PUSH 4
  0084e  CALLDATALOAD
  0084f  PUSH @bad_input_57
  00852  DUP2
  00853  PUSH 160
  00855  SHR
  00856  JUMPI
  00857  CALLF @fn_FiatCoin_is_minter
  0085a  LSET 44
  0085c  PUSH 32
  0085e  MALLOC
  0085f  LSET 45
  00861  LGET 45
  00863  LGET 44
  00865  MSTORE
  00866  LGET 45
  00868  PUSH 32
  0086a  RETURN
ext_is_blacklisted_42:
    ; fiat.coin:320: pub view fn is_blacklisted(account: address) -> bool {
  0086b  JUMPDEST
  0086c  POP
  0086d  PUSH @novalue_93
  00870  CALLVALUE
  00871  ISZERO
  00872  JUMPI
  00873  PUSH0
  00874  PUSH0
  00875  REVERT
novalue_93:
  00876  JUMPDEST
  00877  PUSH @bad_input_57
  0087a  CALLDATASIZE
  0087b  PUSH 36
  0087d  LT
  0087e  JUMPI
  0087f  PUSH 4
  00881  CALLDATALOAD
  00882  PUSH @bad_input_57
  00885  DUP2
  00886  PUSH 160
  00888  SHR
  00889  JUMPI
  0088a  CALLF @fn_FiatCoin_is_blacklisted
  0088d  LSET 46
  0088f  PUSH 32
  00891  MALLOC
  00892  LSET 47
  00894  LGET 47
  00896  LGET 46
  00898  MSTORE
  00899  LGET 47
  0089b  PUSH 32
  0089d  RETURN
ext_is_paused_43:
    ; fiat.coin:324: pub view fn is_paused() -> bool {
  0089e  JUMPDEST
  0089f  POP
  008a0  PUSH @novalue_94
  008a3  CALLVALUE
  008a4  ISZERO
  008a5  JUMPI
  008a6  PUSH0
  008a7  PUSH0
  008a8  REVERT
novalue_94:
  008a9  JUMPDEST
  008aa  CALLF @fn_FiatCoin_is_paused
  008ad  LSET 48
  008af  PUSH 32
  008b1  MALLOC
  008b2  LSET 49
  008b4  LGET 49
  008b6  LGET 48
  008b8  MSTORE
  008b9  LGET 49
  008bb  PUSH 32
  008bd  RETURN
ext_get_reserves_44:
    ; fiat.coin:328: pub view fn get_reserves() -> uint {
  008be  JUMPDEST
  008bf  POP
  008c0  PUSH @novalue_95
  008c3  CALLVALUE
  008c4  ISZERO
  008c5  JUMPI
  008c6  PUSH0
  008c7  PUSH0
  008c8  REVERT
novalue_95:
  008c9  JUMPDEST
  008ca  CALLF @fn_FiatCoin_get_reserves
  008cd  LSET 50
  008cf  PUSH 32
  008d1  MALLOC
  008d2  LSET 51
  008d4  LGET 51
  008d6  LGET 50
  008d8  MSTORE
  008d9  LGET 51
  008db  PUSH 32
  008dd  RETURN
ext_get_impaired_45:
    ; fiat.coin:332: pub view fn get_impaired() -> uint {
  008de  JUMPDEST
  008df  POP
  008e0  PUSH @novalue_96
  008e3  CALLVALUE
  008e4  ISZERO
  008e5  JUMPI
  008e6  PUSH0
  008e7  PUSH0
  008e8  REVERT
novalue_96:
  008e9  JUMPDEST
  008ea  CALLF @fn_FiatCoin_get_impaired
  008ed  LSET 52
  008ef  PUSH 32
  008f1  MALLOC
  008f2  LSET 53
  008f4  LGET 53
  008f6  LGET 52
  008f8  MSTORE
  008f9  LGET 53
  008fb  PUSH 32
  008fd  RETURN
ext_get_attested_at_46:
    ; fiat.coin:336: pub view fn get_attested_at() -> uint {
  008fe  JUMPDEST
  008ff  POP
  00900  PUSH @novalue_97
  00903  CALLVALUE
  00904  ISZERO
  00905  JUMPI
  00906  PUSH0
  00907  PUSH0
  00908  REVERT
novalue_97:
  00909  JUMPDEST
  0090a  CALLF @fn_FiatCoin_get_attested_at
  0090d  LSET 54
  0090f  PUSH 32
  00911  MALLOC
  00912  LSET 55
  00914  LGET 55
  00916  LGET 54
  00918  MSTORE
  00919  LGET 55
  0091b  PUSH 32
  0091d  RETURN
ext_redemption_47:
    ; fiat.coin:340: pub view fn redemption(id: uint) -> Redemption {
  0091e  JUMPDEST
  0091f  POP
  00920  PUSH @novalue_98
  00923  CALLVALUE
  00924  ISZERO
  00925  JUMPI
  00926  PUSH0
  00927  PUSH0
  00928  REVERT
novalue_98:
  00929  JUMPDEST
  0092a  PUSH @bad_input_57
  0092d  CALLDATASIZE
  0092e  PUSH 36
  00930  LT
  00931  JUMPI
  00932  PUSH 4
  00934  CALLDATALOAD
  00935  CALLF @fn_FiatCoin_redemption
  00938  LSET 59
  0093a  LSET 58
  0093c  LSET 57
  0093e  LSET 56
  00940  PUSH 128
  00942  MALLOC
  00943  LSET 60
  00945  LGET 60
  00947  LGET 56
  00949  MSTORE
  0094a  LGET 60
  0094c  PUSH 32
  0094e  ADD
  0094f  LGET 57
  00951  MSTORE
  00952  LGET 60
  00954  PUSH 64
  00956  ADD
  00957  LGET 58
  00959  MSTORE
  0095a  LGET 60
  0095c  PUSH 96
  0095e  ADD
  0095f  LGET 59
  00961  MSTORE
  00962  LGET 60
  00964  PUSH 128
  00966  RETURN
ext_redemption_queue_48:
    ; fiat.coin:344: pub view fn redemption_queue() -> uint {
  00967  JUMPDEST
  00968  POP
  00969  PUSH @novalue_99
  0096c  CALLVALUE
  0096d  ISZERO
  0096e  JUMPI
  0096f  PUSH0
  00970  PUSH0
  00971  REVERT
novalue_99:
  00972  JUMPDEST
  00973  CALLF @fn_FiatCoin_redemption_queue
  00976  LSET 61
  00978  PUSH 32
  0097a  MALLOC
  0097b  LSET 62
  0097d  LGET 62
  0097f  LGET 61
  00981  MSTORE
  00982  LGET 62
  00984  PUSH 32
  00986  RETURN
ext_pending_redemptions_49:
    ; fiat.coin:348: pub view fn pending_redemptions() -> uint {
  00987  JUMPDEST
  00988  POP
  00989  PUSH @novalue_100
  0098c  CALLVALUE
  0098d  ISZERO
  0098e  JUMPI
  0098f  PUSH0
  00990  PUSH0
  00991  REVERT
novalue_100:
  00992  JUMPDEST
  00993  CALLF @fn_FiatCoin_pending_redemptions
  00996  LSET 63
  00998  PUSH 32
  0099a  MALLOC
  0099b  LSET 64
  0099d  LGET 64
  0099f  LGET 63
  009a1  MSTORE
  009a2  LGET 64
  009a4  PUSH 32
  009a6  RETURN
ext_are_redemptions_open_50:
    ; fiat.coin:352: pub view fn are_redemptions_open() -> bool {
  009a7  JUMPDEST
  009a8  POP
  009a9  PUSH @novalue_101
  009ac  CALLVALUE
  009ad  ISZERO
  009ae  JUMPI
  009af  PUSH0
  009b0  PUSH0
  009b1  REVERT
novalue_101:
  009b2  JUMPDEST
  009b3  CALLF @fn_FiatCoin_are_redemptions_open
  009b6  LSET 65
  009b8  PUSH 32
  009ba  MALLOC
  009bb  LSET 66
  009bd  LGET 66
  009bf  LGET 65
  009c1  MSTORE
  009c2  LGET 66
  009c4  PUSH 32
  009c6  RETURN
ext_roles_51:
    ; fiat.coin:356: pub view fn roles() -> Roles {
  009c7  JUMPDEST
  009c8  POP
  009c9  PUSH @novalue_102
  009cc  CALLVALUE
  009cd  ISZERO
  009ce  JUMPI
  009cf  PUSH0
  009d0  PUSH0
  009d1  REVERT
novalue_102:
  009d2  JUMPDEST
  009d3  CALLF @fn_FiatCoin_roles
  009d6  LSET 72
  009d8  LSET 71
  009da  LSET 70
  009dc  LSET 69
  009de  LSET 68
  009e0  LSET 67
  009e2  PUSH 192
  009e4  MALLOC
  009e5  LSET 73
  009e7  LGET 73
  009e9  LGET 67
  009eb  MSTORE
  009ec  LGET 73
  009ee  PUSH 32
  009f0  ADD
  009f1  LGET 68
  009f3  MSTORE
  009f4  LGET 73
  009f6  PUSH 64
  009f8  ADD
  009f9  LGET 69
  009fb  MSTORE
  009fc  LGET 73
  009fe  PUSH 96
  00a00  ADD
  00a01  LGET 70
  00a03  MSTORE
  00a04  LGET 73
  00a06  PUSH 128
  00a08  ADD
  00a09  LGET 71
  00a0b  MSTORE
  00a0c  LGET 73
  00a0e  PUSH 160
  00a10  ADD
  00a11  LGET 72
  00a13  MSTORE
  00a14  LGET 73
  00a16  PUSH 192
  00a18  RETURN
bad_input_57:
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
  00a19  JUMPDEST
  00a1a  PUSH0
  00a1b  PUSH0
  00a1c  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  00a1d  ENTER 0
    ; token.coin:35: return self.token_name
  00a1f  PUSH 0
  00a20  SLOADBYTES
  00a21  RETF
  00a22  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  00a23  ENTER 0
    ; token.coin:39: return self.token_symbol
  00a25  PUSH 1
  00a27  SLOADBYTES
  00a28  RETF
  00a29  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00a2a  ENTER 0
    ; token.coin:43: return self.token_decimals
  00a2c  PUSH 2
  00a2e  SLOAD
  00a2f  RETF
  00a30  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00a31  ENTER 0
    ; token.coin:47: return self.supply
  00a33  PUSH 3
  00a35  SLOAD
  00a36  RETF
  00a37  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00a38  ENTER 1
  00a3a  LSET 0
    ; token.coin:51: return self.balances[owner]
  00a3c  PUSH0
  00a3d  LGET 0
  00a3f  MSTORE
  00a40  PUSH 32
  00a42  PUSH 4
  00a44  MSTORE
  00a45  PUSH0
  00a46  PUSH 64
  00a48  KECCAK256
  00a49  SLOAD
  00a4a  RETF
  00a4b  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00a4c  ENTER 2
  00a4e  LSET 1
  00a50  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  00a52  PUSH 32
  00a54  PUSH0
  00a55  LGET 0
  00a57  MSTORE
  00a58  PUSH 32
  00a5a  PUSH 5
  00a5c  MSTORE
  00a5d  PUSH0
  00a5e  PUSH 64
  00a60  KECCAK256
  00a61  MSTORE
  00a62  PUSH0
  00a63  LGET 1
  00a65  MSTORE
  00a66  PUSH0
  00a67  PUSH 64
  00a69  KECCAK256
  00a6a  SLOAD
  00a6b  RETF
  00a6c  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00a6d  ENTER 2
  00a6f  LSET 1
  00a71  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00a73  CALLER
  00a74  LGET 0
  00a76  LGET 1
  00a78  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00a7b  PUSH 1
  00a7d  RETF
  00a7e  INVALID
fn_Token_approve:
    ; token.coin:63: pub fn approve(spender: address, amount: uint) -> bool {
  00a7f  ENTER 4
  00a81  LSET 1
  00a83  LSET 0
    ; token.coin:64: require(spender != address(0), "approve to the zero address")
  00a85  PUSH @req_ok_103
  00a88  LGET 0
  00a8a  PUSH 0
  00a8b  EQ
  00a8c  ISZERO
  00a8d  JUMPI
  00a8e  PUSH 100
  00a90  MALLOC
  00a91  DUP1
  00a92  PUSH 0
  00a93  PUSH 100
  00a95  DATACOPY
  00a96  PUSH 100
  00a98  REVERT
req_ok_103:
  00a99  JUMPDEST
    ; token.coin:65: self.allowances[msg.sender][spender] = amount
  00a9a  PUSH 32
  00a9c  PUSH0
  00a9d  CALLER
  00a9e  MSTORE
  00a9f  PUSH 32
  00aa1  PUSH 5
  00aa3  MSTORE
  00aa4  PUSH0
  00aa5  PUSH 64
  00aa7  KECCAK256
  00aa8  MSTORE
  00aa9  PUSH0
  00aaa  LGET 0
  00aac  MSTORE
  00aad  PUSH0
  00aae  PUSH 64
  00ab0  KECCAK256
  00ab1  LGET 1
  00ab3  SSTORE
    ; token.coin:66: emit Approval(msg.sender, spender, amount)
  00ab4  CALLER
  00ab5  LSET 2
  00ab7  PUSH 32
  00ab9  MALLOC
  00aba  LSET 3
  00abc  LGET 3
  00abe  LGET 1
  00ac0  MSTORE
  00ac1  LGET 3
  00ac3  PUSH 32
  00ac5  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  00ae6  LGET 2
  00ae8  LGET 0
  00aea  LOG3
    ; token.coin:67: return true
  00aeb  PUSH 1
  00aed  RETF
  00aee  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00aef  ENTER 4
  00af1  LSET 2
  00af3  LSET 1
  00af5  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  00af7  PUSH0
  00af8  LGET 0
  00afa  MSTORE
  00afb  PUSH 32
  00afd  PUSH 5
  00aff  MSTORE
  00b00  PUSH0
  00b01  PUSH 64
  00b03  KECCAK256
  00b04  PUSH0
  00b05  CALLER
  00b06  MSTORE
  00b07  PUSH 32
  00b09  SWAP1
  00b0a  MSTORE
  00b0b  PUSH0
  00b0c  PUSH 64
  00b0e  KECCAK256
  00b0f  SLOAD
  00b10  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  00b12  PUSH @else_104
  00b15  LGET 3
  00b17  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00b38  EQ
  00b39  ISZERO
  00b3a  ISZERO
  00b3b  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  00b3c  PUSH @req_ok_105
  00b3f  LGET 3
  00b41  LGET 2
  00b43  LT
  00b44  ISZERO
  00b45  JUMPI
  00b46  PUSH 100
  00b48  MALLOC
  00b49  DUP1
  00b4a  PUSH 100
  00b4c  PUSH 100
  00b4e  DATACOPY
  00b4f  PUSH 100
  00b51  REVERT
req_ok_105:
  00b52  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00b53  LGET 3
  00b55  LGET 2
  00b57  CSUB
  00b58  PUSH0
  00b59  LGET 0
  00b5b  MSTORE
  00b5c  PUSH 32
  00b5e  PUSH 5
  00b60  MSTORE
  00b61  PUSH0
  00b62  PUSH 64
  00b64  KECCAK256
  00b65  PUSH0
  00b66  CALLER
  00b67  MSTORE
  00b68  PUSH 32
  00b6a  SWAP1
  00b6b  MSTORE
  00b6c  PUSH0
  00b6d  PUSH 64
  00b6f  KECCAK256
  00b70  SWAP1
  00b71  SSTORE
else_104:
  00b72  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00b73  LGET 0
  00b75  LGET 1
  00b77  LGET 2
  00b79  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00b7c  PUSH 1
  00b7e  RETF
  00b7f  INVALID
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  00b80  ENTER 0
    ; access.coin:14: return self.owner
  00b82  PUSH 6
  00b84  SLOAD
  00b85  RETF
  00b86  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00b87  ENTER 2
  00b89  LSET 0
    ; access.coin:18: self.only_owner()
  00b8b  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00b8e  PUSH @req_ok_106
  00b91  LGET 0
  00b93  PUSH 0
  00b94  EQ
  00b95  ISZERO
  00b96  JUMPI
  00b97  PUSH 100
  00b99  MALLOC
  00b9a  DUP1
  00b9b  PUSH 200
  00b9d  PUSH 100
  00b9f  DATACOPY
  00ba0  PUSH 100
  00ba2  REVERT
req_ok_106:
  00ba3  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00ba4  PUSH 6
  00ba6  SLOAD
  00ba7  LSET 1
  00ba9  PUSH0
  00baa  PUSH0
  00bab  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00bcc  LGET 1
  00bce  LGET 0
  00bd0  LOG3
    ; access.coin:21: self.owner = next
  00bd1  PUSH 6
  00bd3  LGET 0
  00bd5  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00bd6  RETF
fn_FiatCoin_set_master_minter:
    ; fiat.coin:91: pub fn set_master_minter(account: address) {
  00bd7  ENTER 6
  00bd9  LSET 0
    ; fiat.coin:92: self.only_owner()
  00bdb  CALLF @fn_Owned_only_owner
    ; fiat.coin:93: self.master_minter = account
  00bde  PUSH 7
  00be0  LGET 0
  00be2  SSTORE
    ; fiat.coin:94: emit RoleAssigned("master_minter", account)
  00be3  PUSH 64
  00be5  MALLOC
  00be6  DUP1
  00be7  PUSH 300
  00bea  PUSH 64
  00bec  DATACOPY
  00bed  LSET 1
  00bef  PUSH 32
  00bf1  LGET 1
  00bf3  MLOAD
  00bf4  PUSH 31
  00bf6  ADD
  00bf7  PUSH 5
  00bf9  SHR
  00bfa  PUSH 5
  00bfc  SHL
  00bfd  PUSH 32
  00bff  ADD
  00c00  ADD
  00c01  LSET 2
  00c03  LGET 2
  00c05  MALLOC
  00c06  LSET 3
  00c08  PUSH 32
  00c0a  LSET 4
  00c0c  LGET 3
  00c0e  PUSH 0
  00c0f  ADD
  00c10  LGET 4
  00c12  MSTORE
  00c13  LGET 3
  00c15  PUSH 0
  00c16  ADD
  00c17  LGET 4
  00c19  ADD
  00c1a  LGET 1
  00c1c  LGET 1
  00c1e  MLOAD
  00c1f  PUSH 31
  00c21  ADD
  00c22  PUSH 5
  00c24  SHR
  00c25  PUSH 5
  00c27  SHL
  00c28  PUSH 32
  00c2a  ADD
  00c2b  DUP1
  00c2c  LSET 5
  00c2e  MCOPY
  00c2f  LGET 4
  00c31  LGET 5
  00c33  ADD
  00c34  LSET 4
  00c36  LGET 3
  00c38  LGET 2
  00c3a  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00c5b  LGET 0
  00c5d  LOG2
    ; fiat.coin:91: pub fn set_master_minter(account: address) {
  00c5e  RETF
fn_FiatCoin_set_pauser:
    ; fiat.coin:97: pub fn set_pauser(account: address) {
  00c5f  ENTER 6
  00c61  LSET 0
    ; fiat.coin:98: self.only_owner()
  00c63  CALLF @fn_Owned_only_owner
    ; fiat.coin:99: self.pauser = account
  00c66  PUSH 8
  00c68  LGET 0
  00c6a  SSTORE
    ; fiat.coin:100: emit RoleAssigned("pauser", account)
  00c6b  PUSH 64
  00c6d  MALLOC
  00c6e  DUP1
  00c6f  PUSH 364
  00c72  PUSH 64
  00c74  DATACOPY
  00c75  LSET 1
  00c77  PUSH 32
  00c79  LGET 1
  00c7b  MLOAD
  00c7c  PUSH 31
  00c7e  ADD
  00c7f  PUSH 5
  00c81  SHR
  00c82  PUSH 5
  00c84  SHL
  00c85  PUSH 32
  00c87  ADD
  00c88  ADD
  00c89  LSET 2
  00c8b  LGET 2
  00c8d  MALLOC
  00c8e  LSET 3
  00c90  PUSH 32
  00c92  LSET 4
  00c94  LGET 3
  00c96  PUSH 0
  00c97  ADD
  00c98  LGET 4
  00c9a  MSTORE
  00c9b  LGET 3
  00c9d  PUSH 0
  00c9e  ADD
  00c9f  LGET 4
  00ca1  ADD
  00ca2  LGET 1
  00ca4  LGET 1
  00ca6  MLOAD
  00ca7  PUSH 31
  00ca9  ADD
  00caa  PUSH 5
  00cac  SHR
  00cad  PUSH 5
  00caf  SHL
  00cb0  PUSH 32
  00cb2  ADD
  00cb3  DUP1
  00cb4  LSET 5
  00cb6  MCOPY
  00cb7  LGET 4
  00cb9  LGET 5
  00cbb  ADD
  00cbc  LSET 4
  00cbe  LGET 3
  00cc0  LGET 2
  00cc2  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00ce3  LGET 0
  00ce5  LOG2
    ; fiat.coin:97: pub fn set_pauser(account: address) {
  00ce6  RETF
fn_FiatCoin_set_blacklister:
    ; fiat.coin:103: pub fn set_blacklister(account: address) {
  00ce7  ENTER 6
  00ce9  LSET 0
    ; fiat.coin:104: self.only_owner()
  00ceb  CALLF @fn_Owned_only_owner
    ; fiat.coin:105: self.blacklister = account
  00cee  PUSH 9
  00cf0  LGET 0
  00cf2  SSTORE
    ; fiat.coin:106: emit RoleAssigned("blacklister", account)
  00cf3  PUSH 64
  00cf5  MALLOC
  00cf6  DUP1
  00cf7  PUSH 428
  00cfa  PUSH 64
  00cfc  DATACOPY
  00cfd  LSET 1
  00cff  PUSH 32
  00d01  LGET 1
  00d03  MLOAD
  00d04  PUSH 31
  00d06  ADD
  00d07  PUSH 5
  00d09  SHR
  00d0a  PUSH 5
  00d0c  SHL
  00d0d  PUSH 32
  00d0f  ADD
  00d10  ADD
  00d11  LSET 2
  00d13  LGET 2
  00d15  MALLOC
  00d16  LSET 3
  00d18  PUSH 32
  00d1a  LSET 4
  00d1c  LGET 3
  00d1e  PUSH 0
  00d1f  ADD
  00d20  LGET 4
  00d22  MSTORE
  00d23  LGET 3
  00d25  PUSH 0
  00d26  ADD
  00d27  LGET 4
  00d29  ADD
  00d2a  LGET 1
  00d2c  LGET 1
  00d2e  MLOAD
  00d2f  PUSH 31
  00d31  ADD
  00d32  PUSH 5
  00d34  SHR
  00d35  PUSH 5
  00d37  SHL
  00d38  PUSH 32
  00d3a  ADD
  00d3b  DUP1
  00d3c  LSET 5
  00d3e  MCOPY
  00d3f  LGET 4
  00d41  LGET 5
  00d43  ADD
  00d44  LSET 4
  00d46  LGET 3
  00d48  LGET 2
  00d4a  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00d6b  LGET 0
  00d6d  LOG2
    ; fiat.coin:103: pub fn set_blacklister(account: address) {
  00d6e  RETF
fn_FiatCoin_set_attester:
    ; fiat.coin:109: pub fn set_attester(account: address) {
  00d6f  ENTER 6
  00d71  LSET 0
    ; fiat.coin:110: self.only_owner()
  00d73  CALLF @fn_Owned_only_owner
    ; fiat.coin:111: self.attester = account
  00d76  PUSH 10
  00d78  LGET 0
  00d7a  SSTORE
    ; fiat.coin:112: emit RoleAssigned("attester", account)
  00d7b  PUSH 64
  00d7d  MALLOC
  00d7e  DUP1
  00d7f  PUSH 492
  00d82  PUSH 64
  00d84  DATACOPY
  00d85  LSET 1
  00d87  PUSH 32
  00d89  LGET 1
  00d8b  MLOAD
  00d8c  PUSH 31
  00d8e  ADD
  00d8f  PUSH 5
  00d91  SHR
  00d92  PUSH 5
  00d94  SHL
  00d95  PUSH 32
  00d97  ADD
  00d98  ADD
  00d99  LSET 2
  00d9b  LGET 2
  00d9d  MALLOC
  00d9e  LSET 3
  00da0  PUSH 32
  00da2  LSET 4
  00da4  LGET 3
  00da6  PUSH 0
  00da7  ADD
  00da8  LGET 4
  00daa  MSTORE
  00dab  LGET 3
  00dad  PUSH 0
  00dae  ADD
  00daf  LGET 4
  00db1  ADD
  00db2  LGET 1
  00db4  LGET 1
  00db6  MLOAD
  00db7  PUSH 31
  00db9  ADD
  00dba  PUSH 5
  00dbc  SHR
  00dbd  PUSH 5
  00dbf  SHL
  00dc0  PUSH 32
  00dc2  ADD
  00dc3  DUP1
  00dc4  LSET 5
  00dc6  MCOPY
  00dc7  LGET 4
  00dc9  LGET 5
  00dcb  ADD
  00dcc  LSET 4
  00dce  LGET 3
  00dd0  LGET 2
  00dd2  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00df3  LGET 0
  00df5  LOG2
    ; fiat.coin:109: pub fn set_attester(account: address) {
  00df6  RETF
fn_FiatCoin_set_issuer:
    ; fiat.coin:115: pub fn set_issuer(account: address) {
  00df7  ENTER 6
  00df9  LSET 0
    ; fiat.coin:116: self.only_owner()
  00dfb  CALLF @fn_Owned_only_owner
    ; fiat.coin:117: self.issuer = account
  00dfe  PUSH 11
  00e00  LGET 0
  00e02  SSTORE
    ; fiat.coin:118: emit RoleAssigned("issuer", account)
  00e03  PUSH 64
  00e05  MALLOC
  00e06  DUP1
  00e07  PUSH 556
  00e0a  PUSH 64
  00e0c  DATACOPY
  00e0d  LSET 1
  00e0f  PUSH 32
  00e11  LGET 1
  00e13  MLOAD
  00e14  PUSH 31
  00e16  ADD
  00e17  PUSH 5
  00e19  SHR
  00e1a  PUSH 5
  00e1c  SHL
  00e1d  PUSH 32
  00e1f  ADD
  00e20  ADD
  00e21  LSET 2
  00e23  LGET 2
  00e25  MALLOC
  00e26  LSET 3
  00e28  PUSH 32
  00e2a  LSET 4
  00e2c  LGET 3
  00e2e  PUSH 0
  00e2f  ADD
  00e30  LGET 4
  00e32  MSTORE
  00e33  LGET 3
  00e35  PUSH 0
  00e36  ADD
  00e37  LGET 4
  00e39  ADD
  00e3a  LGET 1
  00e3c  LGET 1
  00e3e  MLOAD
  00e3f  PUSH 31
  00e41  ADD
  00e42  PUSH 5
  00e44  SHR
  00e45  PUSH 5
  00e47  SHL
  00e48  PUSH 32
  00e4a  ADD
  00e4b  DUP1
  00e4c  LSET 5
  00e4e  MCOPY
  00e4f  LGET 4
  00e51  LGET 5
  00e53  ADD
  00e54  LSET 4
  00e56  LGET 3
  00e58  LGET 2
  00e5a  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00e7b  LGET 0
  00e7d  LOG2
    ; fiat.coin:115: pub fn set_issuer(account: address) {
  00e7e  RETF
fn_FiatCoin_set_max_attestation_age:
    ; fiat.coin:121: pub fn set_max_attestation_age(seconds: uint) {
  00e7f  ENTER 2
  00e81  LSET 0
    ; fiat.coin:122: self.only_owner()
  00e83  CALLF @fn_Owned_only_owner
    ; fiat.coin:123: require(seconds > 0, "max_attestation_age must be positive")
  00e86  PUSH @req_ok_107
  00e89  LGET 0
  00e8b  PUSH 0
  00e8c  GT
  00e8d  JUMPI
  00e8e  PUSH 132
  00e90  MALLOC
  00e91  DUP1
  00e92  PUSH 620
  00e95  PUSH 132
  00e97  DATACOPY
  00e98  PUSH 132
  00e9a  REVERT
req_ok_107:
  00e9b  JUMPDEST
    ; fiat.coin:124: self.max_attestation_age = seconds
  00e9c  PUSH 18
  00e9e  LGET 0
  00ea0  SSTORE
    ; fiat.coin:125: emit MaxAttestationAgeSet(seconds)
  00ea1  PUSH 32
  00ea3  MALLOC
  00ea4  LSET 1
  00ea6  LGET 1
  00ea8  LGET 0
  00eaa  MSTORE
  00eab  LGET 1
  00ead  PUSH 32
  00eaf  PUSH 0xb01be5a48d4cb89d0db16669a1c0ba4de7489d4ead767928153bab34e833a7cf
  00ed0  LOG1
    ; fiat.coin:121: pub fn set_max_attestation_age(seconds: uint) {
  00ed1  RETF
fn_FiatCoin_configure_minter:
    ; fiat.coin:129: pub fn configure_minter(minter: address, allowance: uint) {
  00ed2  ENTER 3
  00ed4  LSET 1
  00ed6  LSET 0
    ; fiat.coin:130: require(msg.sender == self.master_minter, "caller is not the master minter")
  00ed8  PUSH @req_ok_108
  00edb  CALLER
  00edc  PUSH 7
  00ede  SLOAD
  00edf  EQ
  00ee0  JUMPI
  00ee1  PUSH 100
  00ee3  MALLOC
  00ee4  DUP1
  00ee5  PUSH 752
  00ee8  PUSH 100
  00eea  DATACOPY
  00eeb  PUSH 100
  00eed  REVERT
req_ok_108:
  00eee  JUMPDEST
    ; fiat.coin:131: require(not self.paused, "paused")
  00eef  PUSH @req_ok_109
  00ef2  PUSH 12
  00ef4  SLOAD
  00ef5  ISZERO
  00ef6  JUMPI
  00ef7  PUSH 100
  00ef9  MALLOC
  00efa  DUP1
  00efb  PUSH 852
  00efe  PUSH 100
  00f00  DATACOPY
  00f01  PUSH 100
  00f03  REVERT
req_ok_109:
  00f04  JUMPDEST
    ; fiat.coin:132: self.minter_enabled[minter] = true
  00f05  PUSH0
  00f06  LGET 0
  00f08  MSTORE
  00f09  PUSH 32
  00f0b  PUSH 14
  00f0d  MSTORE
  00f0e  PUSH0
  00f0f  PUSH 64
  00f11  KECCAK256
  00f12  PUSH 1
  00f14  SSTORE
    ; fiat.coin:133: self.minter_allowances[minter] = allowance
  00f15  PUSH0
  00f16  LGET 0
  00f18  MSTORE
  00f19  PUSH 32
  00f1b  PUSH 15
  00f1d  MSTORE
  00f1e  PUSH0
  00f1f  PUSH 64
  00f21  KECCAK256
  00f22  LGET 1
  00f24  SSTORE
    ; fiat.coin:134: emit MinterConfigured(minter, allowance)
  00f25  PUSH 32
  00f27  MALLOC
  00f28  LSET 2
  00f2a  LGET 2
  00f2c  LGET 1
  00f2e  MSTORE
  00f2f  LGET 2
  00f31  PUSH 32
  00f33  PUSH 0x46980fca912ef9bcdbd36877427b6b90e860769f604e89c0e67720cece530d20
  00f54  LGET 0
  00f56  LOG2
    ; fiat.coin:129: pub fn configure_minter(minter: address, allowance: uint) {
  00f57  RETF
fn_FiatCoin_remove_minter:
    ; fiat.coin:137: pub fn remove_minter(minter: address) {
  00f58  ENTER 1
  00f5a  LSET 0
    ; fiat.coin:138: require(msg.sender == self.master_minter, "caller is not the master minter")
  00f5c  PUSH @req_ok_110
  00f5f  CALLER
  00f60  PUSH 7
  00f62  SLOAD
  00f63  EQ
  00f64  JUMPI
  00f65  PUSH 100
  00f67  MALLOC
  00f68  DUP1
  00f69  PUSH 752
  00f6c  PUSH 100
  00f6e  DATACOPY
  00f6f  PUSH 100
  00f71  REVERT
req_ok_110:
  00f72  JUMPDEST
    ; fiat.coin:139: self.minter_enabled[minter] = false
  00f73  PUSH0
  00f74  LGET 0
  00f76  MSTORE
  00f77  PUSH 32
  00f79  PUSH 14
  00f7b  MSTORE
  00f7c  PUSH0
  00f7d  PUSH 64
  00f7f  KECCAK256
  00f80  PUSH 0
  00f81  SSTORE
    ; fiat.coin:140: self.minter_allowances[minter] = 0
  00f82  PUSH0
  00f83  LGET 0
  00f85  MSTORE
  00f86  PUSH 32
  00f88  PUSH 15
  00f8a  MSTORE
  00f8b  PUSH0
  00f8c  PUSH 64
  00f8e  KECCAK256
  00f8f  PUSH 0
  00f90  SSTORE
    ; fiat.coin:141: emit MinterRemoved(minter)
  00f91  PUSH0
  00f92  PUSH0
  00f93  PUSH 0xe94479a9f7e1952cc78f2d6baab678adc1b772d936c6583def489e524cb66692
  00fb4  LGET 0
  00fb6  LOG2
    ; fiat.coin:137: pub fn remove_minter(minter: address) {
  00fb7  RETF
fn_FiatCoin_mint:
    ; fiat.coin:144: pub fn mint(to: address, amount: uint) -> bool {
  00fb8  ENTER 5
  00fba  LSET 1
  00fbc  LSET 0
    ; fiat.coin:145: require(not self.paused, "paused")
  00fbe  PUSH @req_ok_111
  00fc1  PUSH 12
  00fc3  SLOAD
  00fc4  ISZERO
  00fc5  JUMPI
  00fc6  PUSH 100
  00fc8  MALLOC
  00fc9  DUP1
  00fca  PUSH 852
  00fcd  PUSH 100
  00fcf  DATACOPY
  00fd0  PUSH 100
  00fd2  REVERT
req_ok_111:
  00fd3  JUMPDEST
    ; fiat.coin:146: require(self.minter_enabled[msg.sender], "caller is not a minter")
  00fd4  PUSH @req_ok_112
  00fd7  PUSH0
  00fd8  CALLER
  00fd9  MSTORE
  00fda  PUSH 32
  00fdc  PUSH 14
  00fde  MSTORE
  00fdf  PUSH0
  00fe0  PUSH 64
  00fe2  KECCAK256
  00fe3  SLOAD
  00fe4  JUMPI
  00fe5  PUSH 100
  00fe7  MALLOC
  00fe8  DUP1
  00fe9  PUSH 952
  00fec  PUSH 100
  00fee  DATACOPY
  00fef  PUSH 100
  00ff1  REVERT
req_ok_112:
  00ff2  JUMPDEST
    ; fiat.coin:147: require(not self.blacklist[msg.sender], "minter is blacklisted")
  00ff3  PUSH @req_ok_113
  00ff6  PUSH0
  00ff7  CALLER
  00ff8  MSTORE
  00ff9  PUSH 32
  00ffb  PUSH 13
  00ffd  MSTORE
  00ffe  PUSH0
  00fff  PUSH 64
  01001  KECCAK256
  01002  SLOAD
  01003  ISZERO
  01004  JUMPI
  01005  PUSH 100
  01007  MALLOC
  01008  DUP1
  01009  PUSH 1052
  0100c  PUSH 100
  0100e  DATACOPY
  0100f  PUSH 100
  01011  REVERT
req_ok_113:
  01012  JUMPDEST
    ; fiat.coin:148: require(amount > 0, "mint amount must be positive")
  01013  PUSH @req_ok_114
  01016  LGET 1
  01018  PUSH 0
  01019  GT
  0101a  JUMPI
  0101b  PUSH 100
  0101d  MALLOC
  0101e  DUP1
  0101f  PUSH 1152
  01022  PUSH 100
  01024  DATACOPY
  01025  PUSH 100
  01027  REVERT
req_ok_114:
  01028  JUMPDEST
    ; fiat.coin:149: let allowance = self.minter_allowances[msg.sender]
  01029  PUSH0
  0102a  CALLER
  0102b  MSTORE
  0102c  PUSH 32
  0102e  PUSH 15
  01030  MSTORE
  01031  PUSH0
  01032  PUSH 64
  01034  KECCAK256
  01035  SLOAD
  01036  LSET 2
    ; fiat.coin:150: require(amount <= allowance, "mint amount exceeds minter allowance")
  01038  PUSH @req_ok_115
  0103b  LGET 1
  0103d  LGET 2
  0103f  GT
  01040  ISZERO
  01041  JUMPI
  01042  PUSH 132
  01044  MALLOC
  01045  DUP1
  01046  PUSH 1252
  01049  PUSH 132
  0104b  DATACOPY
  0104c  PUSH 132
  0104e  REVERT
req_ok_115:
  0104f  JUMPDEST
    ; fiat.coin:151: require(self.attested_at > 0, "reserves were never attested")
  01050  PUSH @req_ok_116
  01053  PUSH 17
  01055  SLOAD
  01056  PUSH 0
  01057  GT
  01058  JUMPI
  01059  PUSH 100
  0105b  MALLOC
  0105c  DUP1
  0105d  PUSH 1384
  01060  PUSH 100
  01062  DATACOPY
  01063  PUSH 100
  01065  REVERT
req_ok_116:
  01066  JUMPDEST
    ; fiat.coin:152: require(block.timestamp <= self.attested_at + self.max_attestation_age,
  01067  PUSH @req_ok_117
  0106a  TIMESTAMP
  0106b  PUSH 17
  0106d  SLOAD
  0106e  PUSH 18
  01070  SLOAD
  01071  CADD
  01072  GT
  01073  ISZERO
  01074  JUMPI
  01075  PUSH 100
  01077  MALLOC
  01078  DUP1
  01079  PUSH 1484
  0107c  PUSH 100
  0107e  DATACOPY
  0107f  PUSH 100
  01081  REVERT
req_ok_117:
  01082  JUMPDEST
    ; fiat.coin:154: require(self.supply + amount <= self.available_reserves(), "mint would exceed attested reserves")
  01083  PUSH @req_ok_118
  01086  PUSH 3
  01088  SLOAD
  01089  LGET 1
  0108b  CADD
  0108c  CALLF @fn_FiatCoin_available_reserves
  0108f  GT
  01090  ISZERO
  01091  JUMPI
  01092  PUSH 132
  01094  MALLOC
  01095  DUP1
  01096  PUSH 1584
  01099  PUSH 132
  0109b  DATACOPY
  0109c  PUSH 132
  0109e  REVERT
req_ok_118:
  0109f  JUMPDEST
    ; fiat.coin:155: self.minter_allowances[msg.sender] = allowance - amount
  010a0  LGET 2
  010a2  LGET 1
  010a4  CSUB
  010a5  PUSH0
  010a6  CALLER
  010a7  MSTORE
  010a8  PUSH 32
  010aa  PUSH 15
  010ac  MSTORE
  010ad  PUSH0
  010ae  PUSH 64
  010b0  KECCAK256
  010b1  SWAP1
  010b2  SSTORE
    ; fiat.coin:156: self.mint_to(to, amount)
  010b3  LGET 0
  010b5  LGET 1
  010b7  CALLF @fn_Token_mint_to
    ; fiat.coin:157: emit Mint(msg.sender, to, amount)
  010ba  CALLER
  010bb  LSET 3
  010bd  PUSH 32
  010bf  MALLOC
  010c0  LSET 4
  010c2  LGET 4
  010c4  LGET 1
  010c6  MSTORE
  010c7  LGET 4
  010c9  PUSH 32
  010cb  PUSH 0xab8530f87dc9b59234c4623bf917212bb2536d647574c8e7e5da92c2ede0c9f8
  010ec  LGET 3
  010ee  LGET 0
  010f0  LOG3
    ; fiat.coin:158: return true
  010f1  PUSH 1
  010f3  RETF
  010f4  INVALID
fn_FiatCoin_burn:
    ; fiat.coin:161: pub fn burn(amount: uint) {
  010f5  ENTER 3
  010f7  LSET 0
    ; fiat.coin:162: require(self.minter_enabled[msg.sender], "caller is not a minter")
  010f9  PUSH @req_ok_119
  010fc  PUSH0
  010fd  CALLER
  010fe  MSTORE
  010ff  PUSH 32
  01101  PUSH 14
  01103  MSTORE
  01104  PUSH0
  01105  PUSH 64
  01107  KECCAK256
  01108  SLOAD
  01109  JUMPI
  0110a  PUSH 100
  0110c  MALLOC
  0110d  DUP1
  0110e  PUSH 952
  01111  PUSH 100
  01113  DATACOPY
  01114  PUSH 100
  01116  REVERT
req_ok_119:
  01117  JUMPDEST
    ; fiat.coin:163: require(amount > 0, "burn amount must be positive")
  01118  PUSH @req_ok_120
  0111b  LGET 0
  0111d  PUSH 0
  0111e  GT
  0111f  JUMPI
  01120  PUSH 100
  01122  MALLOC
  01123  DUP1
  01124  PUSH 1716
  01127  PUSH 100
  01129  DATACOPY
  0112a  PUSH 100
  0112c  REVERT
req_ok_120:
  0112d  JUMPDEST
    ; fiat.coin:164: self.burn_from(msg.sender, amount)
  0112e  CALLER
  0112f  LGET 0
  01131  CALLF @fn_Token_burn_from
    ; fiat.coin:165: emit Burn(msg.sender, amount)
  01134  CALLER
  01135  LSET 1
  01137  PUSH 32
  01139  MALLOC
  0113a  LSET 2
  0113c  LGET 2
  0113e  LGET 0
  01140  MSTORE
  01141  LGET 2
  01143  PUSH 32
  01145  PUSH 0xcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca5
  01166  LGET 1
  01168  LOG2
    ; fiat.coin:161: pub fn burn(amount: uint) {
  01169  RETF
fn_FiatCoin_pause:
    ; fiat.coin:169: pub fn pause() {
  0116a  ENTER 0
    ; fiat.coin:170: require(msg.sender == self.pauser, "caller is not the pauser")
  0116c  PUSH @req_ok_121
  0116f  CALLER
  01170  PUSH 8
  01172  SLOAD
  01173  EQ
  01174  JUMPI
  01175  PUSH 100
  01177  MALLOC
  01178  DUP1
  01179  PUSH 1816
  0117c  PUSH 100
  0117e  DATACOPY
  0117f  PUSH 100
  01181  REVERT
req_ok_121:
  01182  JUMPDEST
    ; fiat.coin:171: self.paused = true
  01183  PUSH 12
  01185  PUSH 1
  01187  SSTORE
    ; fiat.coin:172: emit Pause()
  01188  PUSH0
  01189  PUSH0
  0118a  PUSH 0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625
  011ab  LOG1
    ; fiat.coin:169: pub fn pause() {
  011ac  RETF
fn_FiatCoin_unpause:
    ; fiat.coin:175: pub fn unpause() {
  011ad  ENTER 0
    ; fiat.coin:176: require(msg.sender == self.pauser, "caller is not the pauser")
  011af  PUSH @req_ok_122
  011b2  CALLER
  011b3  PUSH 8
  011b5  SLOAD
  011b6  EQ
  011b7  JUMPI
  011b8  PUSH 100
  011ba  MALLOC
  011bb  DUP1
  011bc  PUSH 1816
  011bf  PUSH 100
  011c1  DATACOPY
  011c2  PUSH 100
  011c4  REVERT
req_ok_122:
  011c5  JUMPDEST
    ; fiat.coin:177: self.paused = false
  011c6  PUSH 12
  011c8  PUSH 0
  011c9  SSTORE
    ; fiat.coin:178: emit Unpause()
  011ca  PUSH0
  011cb  PUSH0
  011cc  PUSH 0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33
  011ed  LOG1
    ; fiat.coin:175: pub fn unpause() {
  011ee  RETF
fn_FiatCoin_blacklist_account:
    ; fiat.coin:181: pub fn blacklist_account(account: address) {
  011ef  ENTER 1
  011f1  LSET 0
    ; fiat.coin:182: require(msg.sender == self.blacklister, "caller is not the blacklister")
  011f3  PUSH @req_ok_123
  011f6  CALLER
  011f7  PUSH 9
  011f9  SLOAD
  011fa  EQ
  011fb  JUMPI
  011fc  PUSH 100
  011fe  MALLOC
  011ff  DUP1
  01200  PUSH 1916
  01203  PUSH 100
  01205  DATACOPY
  01206  PUSH 100
  01208  REVERT
req_ok_123:
  01209  JUMPDEST
    ; fiat.coin:183: self.blacklist[account] = true
  0120a  PUSH0
  0120b  LGET 0
  0120d  MSTORE
  0120e  PUSH 32
  01210  PUSH 13
  01212  MSTORE
  01213  PUSH0
  01214  PUSH 64
  01216  KECCAK256
  01217  PUSH 1
  01219  SSTORE
    ; fiat.coin:184: emit Blacklisted(account)
  0121a  PUSH0
  0121b  PUSH0
  0121c  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  0123d  LGET 0
  0123f  LOG2
    ; fiat.coin:181: pub fn blacklist_account(account: address) {
  01240  RETF
fn_FiatCoin_unblacklist_account:
    ; fiat.coin:187: pub fn unblacklist_account(account: address) {
  01241  ENTER 1
  01243  LSET 0
    ; fiat.coin:188: require(msg.sender == self.blacklister, "caller is not the blacklister")
  01245  PUSH @req_ok_124
  01248  CALLER
  01249  PUSH 9
  0124b  SLOAD
  0124c  EQ
  0124d  JUMPI
  0124e  PUSH 100
  01250  MALLOC
  01251  DUP1
  01252  PUSH 1916
  01255  PUSH 100
  01257  DATACOPY
  01258  PUSH 100
  0125a  REVERT
req_ok_124:
  0125b  JUMPDEST
    ; fiat.coin:189: self.blacklist[account] = false
  0125c  PUSH0
  0125d  LGET 0
  0125f  MSTORE
  01260  PUSH 32
  01262  PUSH 13
  01264  MSTORE
  01265  PUSH0
  01266  PUSH 64
  01268  KECCAK256
  01269  PUSH 0
  0126a  SSTORE
    ; fiat.coin:190: emit UnBlacklisted(account)
  0126b  PUSH0
  0126c  PUSH0
  0126d  PUSH 0x117e3210bb9aa7d9baff172026820255c6f6c30ba8999d1c2fd88e2848137c4e
  0128e  LGET 0
  01290  LOG2
    ; fiat.coin:187: pub fn unblacklist_account(account: address) {
  01291  RETF
fn_FiatCoin_attest_reserves:
    ; fiat.coin:194: pub fn attest_reserves(amount: uint) {
  01292  ENTER 3
  01294  LSET 0
    ; fiat.coin:195: require(msg.sender == self.attester, "caller is not the reserve attester")
  01296  PUSH @req_ok_125
  01299  CALLER
  0129a  PUSH 10
  0129c  SLOAD
  0129d  EQ
  0129e  JUMPI
  0129f  PUSH 132
  012a1  MALLOC
  012a2  DUP1
  012a3  PUSH 2016
  012a6  PUSH 132
  012a8  DATACOPY
  012a9  PUSH 132
  012ab  REVERT
req_ok_125:
  012ac  JUMPDEST
    ; fiat.coin:196: require(amount >= self.impaired, "reserves cannot be below the impaired amount")
  012ad  PUSH @req_ok_126
  012b0  LGET 0
  012b2  PUSH 19
  012b4  SLOAD
  012b5  LT
  012b6  ISZERO
  012b7  JUMPI
  012b8  PUSH 132
  012ba  MALLOC
  012bb  DUP1
  012bc  PUSH 2148
  012bf  PUSH 132
  012c1  DATACOPY
  012c2  PUSH 132
  012c4  REVERT
req_ok_126:
  012c5  JUMPDEST
    ; fiat.coin:197: self.reserves = amount
  012c6  PUSH 16
  012c8  LGET 0
  012ca  SSTORE
    ; fiat.coin:198: self.attested_at = block.timestamp
  012cb  TIMESTAMP
  012cc  PUSH 17
  012ce  SWAP1
  012cf  SSTORE
    ; fiat.coin:199: emit ReservesAttested(amount, block.timestamp)
  012d0  TIMESTAMP
  012d1  LSET 1
  012d3  PUSH 64
  012d5  MALLOC
  012d6  LSET 2
  012d8  LGET 2
  012da  LGET 0
  012dc  MSTORE
  012dd  LGET 2
  012df  PUSH 32
  012e1  ADD
  012e2  LGET 1
  012e4  MSTORE
  012e5  LGET 2
  012e7  PUSH 64
  012e9  PUSH 0xd11a3f731923042c4586c676262ff71f6b0325bf3b3e3d49aacb34633aedc300
  0130a  LOG1
    ; fiat.coin:194: pub fn attest_reserves(amount: uint) {
  0130b  RETF
fn_FiatCoin_attest_bank_cash:
    ; fiat.coin:204: pub fn attest_bank_cash(amount: uint) {
  0130c  ENTER 2
  0130e  LSET 0
    ; fiat.coin:205: require(msg.sender == self.attester, "caller is not the reserve attester")
  01310  PUSH @req_ok_127
  01313  CALLER
  01314  PUSH 10
  01316  SLOAD
  01317  EQ
  01318  JUMPI
  01319  PUSH 132
  0131b  MALLOC
  0131c  DUP1
  0131d  PUSH 2016
  01320  PUSH 132
  01322  DATACOPY
  01323  PUSH 132
  01325  REVERT
req_ok_127:
  01326  JUMPDEST
    ; fiat.coin:206: require(amount <= self.reserves, "bank cash exceeds the reserves")
  01327  PUSH @req_ok_128
  0132a  LGET 0
  0132c  PUSH 16
  0132e  SLOAD
  0132f  GT
  01330  ISZERO
  01331  JUMPI
  01332  PUSH 100
  01334  MALLOC
  01335  DUP1
  01336  PUSH 2280
  01339  PUSH 100
  0133b  DATACOPY
  0133c  PUSH 100
  0133e  REVERT
req_ok_128:
  0133f  JUMPDEST
    ; fiat.coin:207: self.bank_cash = amount
  01340  PUSH 26
  01342  LGET 0
  01344  SSTORE
    ; fiat.coin:208: emit BankCashAttested(amount)
  01345  PUSH 32
  01347  MALLOC
  01348  LSET 1
  0134a  LGET 1
  0134c  LGET 0
  0134e  MSTORE
  0134f  LGET 1
  01351  PUSH 32
  01353  PUSH 0x318a9554a78313907ce0363210655eb21ea57e3558495d295ac5b158b4aafbb9
  01374  LOG1
    ; fiat.coin:204: pub fn attest_bank_cash(amount: uint) {
  01375  RETF
fn_FiatCoin_set_impaired:
    ; fiat.coin:212: pub fn set_impaired(amount: uint) {
  01376  ENTER 2
  01378  LSET 0
    ; fiat.coin:213: require(msg.sender == self.issuer, "caller is not the issuer")
  0137a  PUSH @req_ok_129
  0137d  CALLER
  0137e  PUSH 11
  01380  SLOAD
  01381  EQ
  01382  JUMPI
  01383  PUSH 100
  01385  MALLOC
  01386  DUP1
  01387  PUSH 2380
  0138a  PUSH 100
  0138c  DATACOPY
  0138d  PUSH 100
  0138f  REVERT
req_ok_129:
  01390  JUMPDEST
    ; fiat.coin:214: require(amount <= self.reserves, "impaired amount exceeds reserves")
  01391  PUSH @req_ok_130
  01394  LGET 0
  01396  PUSH 16
  01398  SLOAD
  01399  GT
  0139a  ISZERO
  0139b  JUMPI
  0139c  PUSH 100
  0139e  MALLOC
  0139f  DUP1
  013a0  PUSH 2480
  013a3  PUSH 100
  013a5  DATACOPY
  013a6  PUSH 100
  013a8  REVERT
req_ok_130:
  013a9  JUMPDEST
    ; fiat.coin:215: self.impaired = amount
  013aa  PUSH 19
  013ac  LGET 0
  013ae  SSTORE
    ; fiat.coin:216: emit ReservesImpaired(amount)
  013af  PUSH 32
  013b1  MALLOC
  013b2  LSET 1
  013b4  LGET 1
  013b6  LGET 0
  013b8  MSTORE
  013b9  LGET 1
  013bb  PUSH 32
  013bd  PUSH 0x50fa164c261ff60d9971dcc3d02b443eadb132ea04c74c0730069ed649593f41
  013de  LOG1
    ; fiat.coin:212: pub fn set_impaired(amount: uint) {
  013df  RETF
fn_FiatCoin_write_down:
    ; fiat.coin:221: pub fn write_down(loss: uint) {
  013e0  ENTER 3
  013e2  LSET 0
    ; fiat.coin:222: require(msg.sender == self.issuer, "caller is not the issuer")
  013e4  PUSH @req_ok_131
  013e7  CALLER
  013e8  PUSH 11
  013ea  SLOAD
  013eb  EQ
  013ec  JUMPI
  013ed  PUSH 100
  013ef  MALLOC
  013f0  DUP1
  013f1  PUSH 2380
  013f4  PUSH 100
  013f6  DATACOPY
  013f7  PUSH 100
  013f9  REVERT
req_ok_131:
  013fa  JUMPDEST
    ; fiat.coin:223: require(loss <= self.impaired, "write-down exceeds the impaired reserves")
  013fb  PUSH @req_ok_132
  013fe  LGET 0
  01400  PUSH 19
  01402  SLOAD
  01403  GT
  01404  ISZERO
  01405  JUMPI
  01406  PUSH 132
  01408  MALLOC
  01409  DUP1
  0140a  PUSH 2580
  0140d  PUSH 132
  0140f  DATACOPY
  01410  PUSH 132
  01412  REVERT
req_ok_132:
  01413  JUMPDEST
    ; fiat.coin:224: self.impaired -= loss
  01414  PUSH 19
  01416  DUP1
  01417  SLOAD
  01418  LGET 0
  0141a  CSUB
  0141b  SSTORE
    ; fiat.coin:225: self.reserves -= loss
  0141c  PUSH 16
  0141e  DUP1
  0141f  SLOAD
  01420  LGET 0
  01422  CSUB
  01423  SSTORE
    ; fiat.coin:226: self.written_down += loss
  01424  PUSH 25
  01426  DUP1
  01427  SLOAD
  01428  LGET 0
  0142a  CADD
  0142b  SSTORE
    ; fiat.coin:227: emit ReservesWrittenDown(loss, self.reserves)
  0142c  PUSH 16
  0142e  SLOAD
  0142f  LSET 1
  01431  PUSH 64
  01433  MALLOC
  01434  LSET 2
  01436  LGET 2
  01438  LGET 0
  0143a  MSTORE
  0143b  LGET 2
  0143d  PUSH 32
  0143f  ADD
  01440  LGET 1
  01442  MSTORE
  01443  LGET 2
  01445  PUSH 64
  01447  PUSH 0xe8382152531f5a6200972b2bb965c62ba0c458df669c23c50841557d6535d73f
  01468  LOG1
    ; fiat.coin:221: pub fn write_down(loss: uint) {
  01469  RETF
fn_FiatCoin_set_redemptions_open:
    ; fiat.coin:231: pub fn set_redemptions_open(open: bool) {
  0146a  ENTER 2
  0146c  LSET 0
    ; fiat.coin:232: require(msg.sender == self.issuer, "caller is not the issuer")
  0146e  PUSH @req_ok_133
  01471  CALLER
  01472  PUSH 11
  01474  SLOAD
  01475  EQ
  01476  JUMPI
  01477  PUSH 100
  01479  MALLOC
  0147a  DUP1
  0147b  PUSH 2380
  0147e  PUSH 100
  01480  DATACOPY
  01481  PUSH 100
  01483  REVERT
req_ok_133:
  01484  JUMPDEST
    ; fiat.coin:233: self.redemptions_open = open
  01485  PUSH 23
  01487  LGET 0
  01489  SSTORE
    ; fiat.coin:234: emit RedemptionsOpen(open)
  0148a  PUSH 32
  0148c  MALLOC
  0148d  LSET 1
  0148f  LGET 1
  01491  LGET 0
  01493  MSTORE
  01494  LGET 1
  01496  PUSH 32
  01498  PUSH 0xc34a0fafc04cefa2b50542667855c1b5f0166d59ef556e35b65fece26ead8e31
  014b9  LOG1
    ; fiat.coin:231: pub fn set_redemptions_open(open: bool) {
  014ba  RETF
fn_FiatCoin_request_redemption:
    ; fiat.coin:238: pub fn request_redemption(amount: uint) -> uint {
  014bb  ENTER 5
  014bd  LSET 0
    ; fiat.coin:239: require(self.redemptions_open, "redemptions are closed")
  014bf  PUSH @req_ok_134
  014c2  PUSH 23
  014c4  SLOAD
  014c5  JUMPI
  014c6  PUSH 100
  014c8  MALLOC
  014c9  DUP1
  014ca  PUSH 2712
  014cd  PUSH 100
  014cf  DATACOPY
  014d0  PUSH 100
  014d2  REVERT
req_ok_134:
  014d3  JUMPDEST
    ; fiat.coin:240: require(amount > 0, "redemption amount must be positive")
  014d4  PUSH @req_ok_135
  014d7  LGET 0
  014d9  PUSH 0
  014da  GT
  014db  JUMPI
  014dc  PUSH 132
  014de  MALLOC
  014df  DUP1
  014e0  PUSH 2812
  014e3  PUSH 132
  014e5  DATACOPY
  014e6  PUSH 132
  014e8  REVERT
req_ok_135:
  014e9  JUMPDEST
    ; fiat.coin:241: let payout = mul_div(amount, self.nav(), WAD)
  014ea  LGET 0
  014ec  CALLF @fn_FiatCoin_nav
  014ef  PUSH 0xde0b6b3a7640000
  014f8  MULDIV
  014f9  LSET 1
    ; fiat.coin:242: self.burn_from(msg.sender, amount)
  014fb  CALLER
  014fc  LGET 0
  014fe  CALLF @fn_Token_burn_from
    ; fiat.coin:243: let id = self.redemption_count
  01501  PUSH 21
  01503  SLOAD
  01504  LSET 2
    ; fiat.coin:244: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01506  CALLER
  01507  LGET 0
  01509  TIMESTAMP
    ; fiat.coin:245: status: REDEMPTION_QUEUED)
  0150a  PUSH 1
    ; fiat.coin:244: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  0150c  PUSH0
  0150d  LGET 2
  0150f  MSTORE
  01510  PUSH 32
  01512  PUSH 20
  01514  MSTORE
  01515  PUSH0
  01516  PUSH 64
  01518  KECCAK256
  01519  LSET 3
  0151b  LGET 3
  0151d  PUSH 3
  0151f  ADD
  01520  SWAP1
  01521  SSTORE
  01522  LGET 3
  01524  PUSH 2
  01526  ADD
  01527  SWAP1
  01528  SSTORE
  01529  LGET 3
  0152b  PUSH 1
  0152d  ADD
  0152e  SWAP1
  0152f  SSTORE
  01530  LGET 3
  01532  SWAP1
  01533  SSTORE
    ; fiat.coin:246: self.payouts[id] = payout
  01534  PUSH0
  01535  LGET 2
  01537  MSTORE
  01538  PUSH 32
  0153a  PUSH 24
  0153c  MSTORE
  0153d  PUSH0
  0153e  PUSH 64
  01540  KECCAK256
  01541  LGET 1
  01543  SSTORE
    ; fiat.coin:247: self.redemption_count = id + 1
  01544  LGET 2
  01546  PUSH 1
  01548  CADD
  01549  PUSH 21
  0154b  SWAP1
  0154c  SSTORE
    ; fiat.coin:248: self.redemptions_pending += payout
  0154d  PUSH 22
  0154f  DUP1
  01550  SLOAD
  01551  LGET 1
  01553  CADD
  01554  SSTORE
    ; fiat.coin:249: emit RedemptionRequested(id, msg.sender, amount)
  01555  CALLER
  01556  LSET 3
  01558  PUSH 32
  0155a  MALLOC
  0155b  LSET 4
  0155d  LGET 4
  0155f  LGET 0
  01561  MSTORE
  01562  LGET 4
  01564  PUSH 32
  01566  PUSH 0x83514d1524a080739a40a8204954eefffd2421bc5b43f0105376f5471a2812c6
  01587  LGET 2
  01589  LGET 3
  0158b  LOG3
    ; fiat.coin:250: emit RedemptionPriced(id, payout)
  0158c  PUSH 32
  0158e  MALLOC
  0158f  LSET 3
  01591  LGET 3
  01593  LGET 1
  01595  MSTORE
  01596  LGET 3
  01598  PUSH 32
  0159a  PUSH 0xf55eb26a866b8de6c59faae6181bb371ae25e57ccfbf214aa12a4a5398036492
  015bb  LGET 2
  015bd  LOG2
    ; fiat.coin:251: return id
  015be  LGET 2
  015c0  RETF
  015c1  INVALID
fn_FiatCoin_complete_redemption:
    ; fiat.coin:255: pub fn complete_redemption(id: uint) {
  015c2  ENTER 8
  015c4  LSET 0
    ; fiat.coin:256: require(msg.sender == self.issuer, "caller is not the issuer")
  015c6  PUSH @req_ok_136
  015c9  CALLER
  015ca  PUSH 11
  015cc  SLOAD
  015cd  EQ
  015ce  JUMPI
  015cf  PUSH 100
  015d1  MALLOC
  015d2  DUP1
  015d3  PUSH 2380
  015d6  PUSH 100
  015d8  DATACOPY
  015d9  PUSH 100
  015db  REVERT
req_ok_136:
  015dc  JUMPDEST
    ; fiat.coin:257: let r = self.redemptions[id]
  015dd  PUSH0
  015de  LGET 0
  015e0  MSTORE
  015e1  PUSH 32
  015e3  PUSH 20
  015e5  MSTORE
  015e6  PUSH0
  015e7  PUSH 64
  015e9  KECCAK256
  015ea  LSET 6
  015ec  LGET 6
  015ee  SLOAD
  015ef  LGET 6
  015f1  PUSH 1
  015f3  ADD
  015f4  SLOAD
  015f5  LGET 6
  015f7  PUSH 2
  015f9  ADD
  015fa  SLOAD
  015fb  LGET 6
  015fd  PUSH 3
  015ff  ADD
  01600  SLOAD
  01601  LSET 4
  01603  LSET 3
  01605  LSET 2
  01607  LSET 1
    ; fiat.coin:258: require(r.status == REDEMPTION_QUEUED, "no queued redemption with this id")
  01609  PUSH @req_ok_137
  0160c  LGET 4
  0160e  PUSH 1
  01610  EQ
  01611  JUMPI
  01612  PUSH 132
  01614  MALLOC
  01615  DUP1
  01616  PUSH 2944
  01619  PUSH 132
  0161b  DATACOPY
  0161c  PUSH 132
  0161e  REVERT
req_ok_137:
  0161f  JUMPDEST
    ; fiat.coin:259: let payout = self.payouts[id]
  01620  PUSH0
  01621  LGET 0
  01623  MSTORE
  01624  PUSH 32
  01626  PUSH 24
  01628  MSTORE
  01629  PUSH0
  0162a  PUSH 64
  0162c  KECCAK256
  0162d  SLOAD
  0162e  LSET 5
    ; fiat.coin:260: require(self.reserves - self.impaired >= payout, "accessible reserves cannot pay this redemption")
  01630  PUSH @req_ok_138
  01633  PUSH 16
  01635  SLOAD
  01636  PUSH 19
  01638  SLOAD
  01639  CSUB
  0163a  LGET 5
  0163c  LT
  0163d  ISZERO
  0163e  JUMPI
  0163f  PUSH 132
  01641  MALLOC
  01642  DUP1
  01643  PUSH 3076
  01646  PUSH 132
  01648  DATACOPY
  01649  PUSH 132
  0164b  REVERT
req_ok_138:
  0164c  JUMPDEST
    ; fiat.coin:261: self.redemptions[id].status = REDEMPTION_PAID
  0164d  PUSH0
  0164e  LGET 0
  01650  MSTORE
  01651  PUSH 32
  01653  PUSH 20
  01655  MSTORE
  01656  PUSH0
  01657  PUSH 64
  01659  KECCAK256
  0165a  PUSH 3
  0165c  ADD
  0165d  PUSH 2
  0165f  SSTORE
    ; fiat.coin:262: self.redemptions_pending -= payout
  01660  PUSH 22
  01662  DUP1
  01663  SLOAD
  01664  LGET 5
  01666  CSUB
  01667  SSTORE
    ; fiat.coin:263: self.reserves -= payout
  01668  PUSH 16
  0166a  DUP1
  0166b  SLOAD
  0166c  LGET 5
  0166e  CSUB
  0166f  SSTORE
    ; fiat.coin:264: emit RedemptionPaid(id, r.holder, payout)
  01670  LGET 1
  01672  LSET 6
  01674  PUSH 32
  01676  MALLOC
  01677  LSET 7
  01679  LGET 7
  0167b  LGET 5
  0167d  MSTORE
  0167e  LGET 7
  01680  PUSH 32
  01682  PUSH 0x5027a8c31cca4870e0e31df520cf311d5a1a18e23971b1ea2b67c65eadcca4a3
  016a3  LGET 0
  016a5  LGET 6
  016a7  LOG3
    ; fiat.coin:255: pub fn complete_redemption(id: uint) {
  016a8  RETF
fn_FiatCoin_available_reserves:
    ; fiat.coin:268: pub view fn available_reserves() -> uint {
  016a9  ENTER 1
    ; fiat.coin:269: let locked = self.impaired + self.redemptions_pending
  016ab  PUSH 19
  016ad  SLOAD
  016ae  PUSH 22
  016b0  SLOAD
  016b1  CADD
  016b2  LSET 0
    ; fiat.coin:270: if locked >= self.reserves {
  016b4  PUSH @else_139
  016b7  LGET 0
  016b9  PUSH 16
  016bb  SLOAD
  016bc  LT
  016bd  ISZERO
  016be  ISZERO
  016bf  JUMPI
    ; fiat.coin:271: return 0
  016c0  PUSH 0
  016c1  RETF
else_139:
  016c2  JUMPDEST
    ; fiat.coin:273: return self.reserves - locked
  016c3  PUSH 16
  016c5  SLOAD
  016c6  LGET 0
  016c8  CSUB
  016c9  RETF
  016ca  INVALID
fn_FiatCoin_backing_ratio:
    ; fiat.coin:277: pub view fn backing_ratio() -> uint {
  016cb  ENTER 0
    ; fiat.coin:278: if self.supply == 0 {
  016cd  PUSH @else_140
  016d0  PUSH 3
  016d2  SLOAD
  016d3  PUSH 0
  016d4  EQ
  016d5  ISZERO
  016d6  JUMPI
    ; fiat.coin:279: return WAD
  016d7  PUSH 0xde0b6b3a7640000
  016e0  RETF
else_140:
  016e1  JUMPDEST
    ; fiat.coin:281: return mul_div(self.reserves - self.impaired, WAD, self.supply)
  016e2  PUSH 16
  016e4  SLOAD
  016e5  PUSH 19
  016e7  SLOAD
  016e8  CSUB
  016e9  PUSH 0xde0b6b3a7640000
  016f2  PUSH 3
  016f4  SLOAD
  016f5  MULDIV
  016f6  RETF
  016f7  INVALID
fn_FiatCoin_nav:
    ; fiat.coin:286: pub view fn nav() -> uint {
  016f8  ENTER 1
    ; fiat.coin:287: if self.supply == 0 {
  016fa  PUSH @else_141
  016fd  PUSH 3
  016ff  SLOAD
  01700  PUSH 0
  01701  EQ
  01702  ISZERO
  01703  JUMPI
    ; fiat.coin:288: return WAD
  01704  PUSH 0xde0b6b3a7640000
  0170d  RETF
else_141:
  0170e  JUMPDEST
    ; fiat.coin:290: if self.redemptions_pending >= self.reserves {
  0170f  PUSH @else_142
  01712  PUSH 22
  01714  SLOAD
  01715  PUSH 16
  01717  SLOAD
  01718  LT
  01719  ISZERO
  0171a  ISZERO
  0171b  JUMPI
    ; fiat.coin:291: return 0
  0171c  PUSH 0
  0171d  RETF
else_142:
  0171e  JUMPDEST
    ; fiat.coin:293: let value = mul_div(self.reserves - self.redemptions_pending, WAD, self.supply)
  0171f  PUSH 16
  01721  SLOAD
  01722  PUSH 22
  01724  SLOAD
  01725  CSUB
  01726  PUSH 0xde0b6b3a7640000
  0172f  PUSH 3
  01731  SLOAD
  01732  MULDIV
  01733  LSET 0
    ; fiat.coin:294: if value > WAD {
  01735  PUSH @else_143
  01738  LGET 0
  0173a  PUSH 0xde0b6b3a7640000
  01743  GT
  01744  ISZERO
  01745  JUMPI
    ; fiat.coin:295: return WAD
  01746  PUSH 0xde0b6b3a7640000
  0174f  RETF
else_143:
  01750  JUMPDEST
    ; fiat.coin:297: return value
  01751  LGET 0
  01753  RETF
  01754  INVALID
fn_FiatCoin_redemption_payout:
    ; fiat.coin:300: pub view fn redemption_payout(id: uint) -> uint {
  01755  ENTER 1
  01757  LSET 0
    ; fiat.coin:301: return self.payouts[id]
  01759  PUSH0
  0175a  LGET 0
  0175c  MSTORE
  0175d  PUSH 32
  0175f  PUSH 24
  01761  MSTORE
  01762  PUSH0
  01763  PUSH 64
  01765  KECCAK256
  01766  SLOAD
  01767  RETF
  01768  INVALID
fn_FiatCoin_get_bank_cash:
    ; fiat.coin:304: pub view fn get_bank_cash() -> uint {
  01769  ENTER 0
    ; fiat.coin:305: return self.bank_cash
  0176b  PUSH 26
  0176d  SLOAD
  0176e  RETF
  0176f  INVALID
fn_FiatCoin_get_written_down:
    ; fiat.coin:308: pub view fn get_written_down() -> uint {
  01770  ENTER 0
    ; fiat.coin:309: return self.written_down
  01772  PUSH 25
  01774  SLOAD
  01775  RETF
  01776  INVALID
fn_FiatCoin_minter_allowance:
    ; fiat.coin:312: pub view fn minter_allowance(minter: address) -> uint {
  01777  ENTER 1
  01779  LSET 0
    ; fiat.coin:313: return self.minter_allowances[minter]
  0177b  PUSH0
  0177c  LGET 0
  0177e  MSTORE
  0177f  PUSH 32
  01781  PUSH 15
  01783  MSTORE
  01784  PUSH0
  01785  PUSH 64
  01787  KECCAK256
  01788  SLOAD
  01789  RETF
  0178a  INVALID
fn_FiatCoin_is_minter:
    ; fiat.coin:316: pub view fn is_minter(account: address) -> bool {
  0178b  ENTER 1
  0178d  LSET 0
    ; fiat.coin:317: return self.minter_enabled[account]
  0178f  PUSH0
  01790  LGET 0
  01792  MSTORE
  01793  PUSH 32
  01795  PUSH 14
  01797  MSTORE
  01798  PUSH0
  01799  PUSH 64
  0179b  KECCAK256
  0179c  SLOAD
  0179d  RETF
  0179e  INVALID
fn_FiatCoin_is_blacklisted:
    ; fiat.coin:320: pub view fn is_blacklisted(account: address) -> bool {
  0179f  ENTER 1
  017a1  LSET 0
    ; fiat.coin:321: return self.blacklist[account]
  017a3  PUSH0
  017a4  LGET 0
  017a6  MSTORE
  017a7  PUSH 32
  017a9  PUSH 13
  017ab  MSTORE
  017ac  PUSH0
  017ad  PUSH 64
  017af  KECCAK256
  017b0  SLOAD
  017b1  RETF
  017b2  INVALID
fn_FiatCoin_is_paused:
    ; fiat.coin:324: pub view fn is_paused() -> bool {
  017b3  ENTER 0
    ; fiat.coin:325: return self.paused
  017b5  PUSH 12
  017b7  SLOAD
  017b8  RETF
  017b9  INVALID
fn_FiatCoin_get_reserves:
    ; fiat.coin:328: pub view fn get_reserves() -> uint {
  017ba  ENTER 0
    ; fiat.coin:329: return self.reserves
  017bc  PUSH 16
  017be  SLOAD
  017bf  RETF
  017c0  INVALID
fn_FiatCoin_get_impaired:
    ; fiat.coin:332: pub view fn get_impaired() -> uint {
  017c1  ENTER 0
    ; fiat.coin:333: return self.impaired
  017c3  PUSH 19
  017c5  SLOAD
  017c6  RETF
  017c7  INVALID
fn_FiatCoin_get_attested_at:
    ; fiat.coin:336: pub view fn get_attested_at() -> uint {
  017c8  ENTER 0
    ; fiat.coin:337: return self.attested_at
  017ca  PUSH 17
  017cc  SLOAD
  017cd  RETF
  017ce  INVALID
fn_FiatCoin_redemption:
    ; fiat.coin:340: pub view fn redemption(id: uint) -> Redemption {
  017cf  ENTER 2
  017d1  LSET 0
    ; fiat.coin:341: return self.redemptions[id]
  017d3  PUSH0
  017d4  LGET 0
  017d6  MSTORE
  017d7  PUSH 32
  017d9  PUSH 20
  017db  MSTORE
  017dc  PUSH0
  017dd  PUSH 64
  017df  KECCAK256
  017e0  LSET 1
  017e2  LGET 1
  017e4  SLOAD
  017e5  LGET 1
  017e7  PUSH 1
  017e9  ADD
  017ea  SLOAD
  017eb  LGET 1
  017ed  PUSH 2
  017ef  ADD
  017f0  SLOAD
  017f1  LGET 1
  017f3  PUSH 3
  017f5  ADD
  017f6  SLOAD
  017f7  RETF
  017f8  INVALID
fn_FiatCoin_redemption_queue:
    ; fiat.coin:344: pub view fn redemption_queue() -> uint {
  017f9  ENTER 0
    ; fiat.coin:345: return self.redemption_count
  017fb  PUSH 21
  017fd  SLOAD
  017fe  RETF
  017ff  INVALID
fn_FiatCoin_pending_redemptions:
    ; fiat.coin:348: pub view fn pending_redemptions() -> uint {
  01800  ENTER 0
    ; fiat.coin:349: return self.redemptions_pending
  01802  PUSH 22
  01804  SLOAD
  01805  RETF
  01806  INVALID
fn_FiatCoin_are_redemptions_open:
    ; fiat.coin:352: pub view fn are_redemptions_open() -> bool {
  01807  ENTER 0
    ; fiat.coin:353: return self.redemptions_open
  01809  PUSH 23
  0180b  SLOAD
  0180c  RETF
  0180d  INVALID
fn_FiatCoin_roles:
    ; fiat.coin:356: pub view fn roles() -> Roles {
  0180e  ENTER 0
    ; fiat.coin:357: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  01810  PUSH 6
  01812  SLOAD
  01813  PUSH 7
  01815  SLOAD
  01816  PUSH 8
  01818  SLOAD
    ; fiat.coin:358: blacklister: self.blacklister, attester: self.attester, issuer: self.issuer)
  01819  PUSH 9
  0181b  SLOAD
  0181c  PUSH 10
  0181e  SLOAD
  0181f  PUSH 11
  01821  SLOAD
    ; fiat.coin:357: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  01822  RETF
  01823  INVALID
fn_FiatCoin_before_transfer:
    ; fiat.coin:362: fn before_transfer(from: address, to: address, amount: uint) {
  01824  ENTER 3
  01826  LSET 2
  01828  LSET 1
  0182a  LSET 0
    ; fiat.coin:363: require(not self.paused, "paused")
  0182c  PUSH @req_ok_144
  0182f  PUSH 12
  01831  SLOAD
  01832  ISZERO
  01833  JUMPI
  01834  PUSH 100
  01836  MALLOC
  01837  DUP1
  01838  PUSH 852
  0183b  PUSH 100
  0183d  DATACOPY
  0183e  PUSH 100
  01840  REVERT
req_ok_144:
  01841  JUMPDEST
    ; fiat.coin:364: require(not self.blacklist[from], "account is blacklisted")
  01842  PUSH @req_ok_145
  01845  PUSH0
  01846  LGET 0
  01848  MSTORE
  01849  PUSH 32
  0184b  PUSH 13
  0184d  MSTORE
  0184e  PUSH0
  0184f  PUSH 64
  01851  KECCAK256
  01852  SLOAD
  01853  ISZERO
  01854  JUMPI
  01855  PUSH 100
  01857  MALLOC
  01858  DUP1
  01859  PUSH 3208
  0185c  PUSH 100
  0185e  DATACOPY
  0185f  PUSH 100
  01861  REVERT
req_ok_145:
  01862  JUMPDEST
    ; fiat.coin:365: require(not self.blacklist[to], "account is blacklisted")
  01863  PUSH @req_ok_146
  01866  PUSH0
  01867  LGET 1
  01869  MSTORE
  0186a  PUSH 32
  0186c  PUSH 13
  0186e  MSTORE
  0186f  PUSH0
  01870  PUSH 64
  01872  KECCAK256
  01873  SLOAD
  01874  ISZERO
  01875  JUMPI
  01876  PUSH 100
  01878  MALLOC
  01879  DUP1
  0187a  PUSH 3208
  0187d  PUSH 100
  0187f  DATACOPY
  01880  PUSH 100
  01882  REVERT
req_ok_146:
  01883  JUMPDEST
    ; fiat.coin:366: require(not self.blacklist[msg.sender], "account is blacklisted")
  01884  PUSH @req_ok_147
  01887  PUSH0
  01888  CALLER
  01889  MSTORE
  0188a  PUSH 32
  0188c  PUSH 13
  0188e  MSTORE
  0188f  PUSH0
  01890  PUSH 64
  01892  KECCAK256
  01893  SLOAD
  01894  ISZERO
  01895  JUMPI
  01896  PUSH 100
  01898  MALLOC
  01899  DUP1
  0189a  PUSH 3208
  0189d  PUSH 100
  0189f  DATACOPY
  018a0  PUSH 100
  018a2  REVERT
req_ok_147:
  018a3  JUMPDEST
    ; fiat.coin:362: fn before_transfer(from: address, to: address, amount: uint) {
  018a4  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  018a5  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  018a7  PUSH @req_ok_148
  018aa  CALLER
  018ab  PUSH 6
  018ad  SLOAD
  018ae  EQ
  018af  JUMPI
  018b0  PUSH 100
  018b2  MALLOC
  018b3  DUP1
  018b4  PUSH 3308
  018b7  PUSH 100
  018b9  DATACOPY
  018ba  PUSH 100
  018bc  REVERT
req_ok_148:
  018bd  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  018be  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  018bf  ENTER 5
  018c1  LSET 1
  018c3  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  018c5  LGET 0
  018c7  PUSH 0
  018c8  LGET 1
  018ca  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:107: let held = self.balances[from]
  018cd  PUSH0
  018ce  LGET 0
  018d0  MSTORE
  018d1  PUSH 32
  018d3  PUSH 4
  018d5  MSTORE
  018d6  PUSH0
  018d7  PUSH 64
  018d9  KECCAK256
  018da  SLOAD
  018db  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  018dd  PUSH @req_ok_149
  018e0  LGET 2
  018e2  LGET 1
  018e4  LT
  018e5  ISZERO
  018e6  JUMPI
  018e7  PUSH 100
  018e9  MALLOC
  018ea  DUP1
  018eb  PUSH 3408
  018ee  PUSH 100
  018f0  DATACOPY
  018f1  PUSH 100
  018f3  REVERT
req_ok_149:
  018f4  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  018f5  LGET 2
  018f7  LGET 1
  018f9  CSUB
  018fa  PUSH0
  018fb  LGET 0
  018fd  MSTORE
  018fe  PUSH 32
  01900  PUSH 4
  01902  MSTORE
  01903  PUSH0
  01904  PUSH 64
  01906  KECCAK256
  01907  SWAP1
  01908  SSTORE
    ; token.coin:110: self.supply -= amount
  01909  PUSH 3
  0190b  DUP1
  0190c  SLOAD
  0190d  LGET 1
  0190f  CSUB
  01910  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  01911  PUSH 0
  01912  LSET 3
  01914  PUSH 32
  01916  MALLOC
  01917  LSET 4
  01919  LGET 4
  0191b  LGET 1
  0191d  MSTORE
  0191e  LGET 4
  01920  PUSH 32
  01922  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  01943  LGET 0
  01945  LGET 3
  01947  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  01948  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  01949  ENTER 4
  0194b  LSET 1
  0194d  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  0194f  PUSH @req_ok_150
  01952  LGET 0
  01954  PUSH 0
  01955  EQ
  01956  ISZERO
  01957  JUMPI
  01958  PUSH 100
  0195a  MALLOC
  0195b  DUP1
  0195c  PUSH 3508
  0195f  PUSH 100
  01961  DATACOPY
  01962  PUSH 100
  01964  REVERT
req_ok_150:
  01965  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  01966  PUSH 0
  01967  LGET 0
  01969  LGET 1
  0196b  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:100: self.supply += amount
  0196e  PUSH 3
  01970  DUP1
  01971  SLOAD
  01972  LGET 1
  01974  CADD
  01975  SSTORE
    ; token.coin:101: self.balances[to] += amount
  01976  PUSH0
  01977  LGET 0
  01979  MSTORE
  0197a  PUSH 32
  0197c  PUSH 4
  0197e  MSTORE
  0197f  PUSH0
  01980  PUSH 64
  01982  KECCAK256
  01983  DUP1
  01984  SLOAD
  01985  LGET 1
  01987  CADD
  01988  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  01989  PUSH 0
  0198a  LSET 2
  0198c  PUSH 32
  0198e  MALLOC
  0198f  LSET 3
  01991  LGET 3
  01993  LGET 1
  01995  MSTORE
  01996  LGET 3
  01998  PUSH 32
  0199a  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  019bb  LGET 2
  019bd  LGET 0
  019bf  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  019c0  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  019c1  ENTER 5
  019c3  LSET 2
  019c5  LSET 1
  019c7  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  019c9  PUSH @req_ok_151
  019cc  LGET 1
  019ce  PUSH 0
  019cf  EQ
  019d0  ISZERO
  019d1  JUMPI
  019d2  PUSH 100
  019d4  MALLOC
  019d5  DUP1
  019d6  PUSH 3608
  019d9  PUSH 100
  019db  DATACOPY
  019dc  PUSH 100
  019de  REVERT
req_ok_151:
  019df  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  019e0  LGET 0
  019e2  LGET 1
  019e4  LGET 2
  019e6  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:90: let held = self.balances[from]
  019e9  PUSH0
  019ea  LGET 0
  019ec  MSTORE
  019ed  PUSH 32
  019ef  PUSH 4
  019f1  MSTORE
  019f2  PUSH0
  019f3  PUSH 64
  019f5  KECCAK256
  019f6  SLOAD
  019f7  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  019f9  PUSH @req_ok_152
  019fc  LGET 3
  019fe  LGET 2
  01a00  LT
  01a01  ISZERO
  01a02  JUMPI
  01a03  PUSH 100
  01a05  MALLOC
  01a06  DUP1
  01a07  PUSH 3708
  01a0a  PUSH 100
  01a0c  DATACOPY
  01a0d  PUSH 100
  01a0f  REVERT
req_ok_152:
  01a10  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  01a11  LGET 3
  01a13  LGET 2
  01a15  CSUB
  01a16  PUSH0
  01a17  LGET 0
  01a19  MSTORE
  01a1a  PUSH 32
  01a1c  PUSH 4
  01a1e  MSTORE
  01a1f  PUSH0
  01a20  PUSH 64
  01a22  KECCAK256
  01a23  SWAP1
  01a24  SSTORE
    ; token.coin:93: self.balances[to] += amount
  01a25  PUSH0
  01a26  LGET 1
  01a28  MSTORE
  01a29  PUSH 32
  01a2b  PUSH 4
  01a2d  MSTORE
  01a2e  PUSH0
  01a2f  PUSH 64
  01a31  KECCAK256
  01a32  DUP1
  01a33  SLOAD
  01a34  LGET 2
  01a36  CADD
  01a37  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  01a38  PUSH 32
  01a3a  MALLOC
  01a3b  LSET 4
  01a3d  LGET 4
  01a3f  LGET 2
  01a41  MSTORE
  01a42  LGET 4
  01a44  PUSH 32
  01a46  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  01a67  LGET 0
  01a69  LGET 1
  01a6b  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  01a6c  RETF
; ---- init section (427 bytes)
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
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
    ; fiat.coin:75: init(name: string, symbol: string, max_attestation_age: uint) {
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
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
  000ae  JUMPDEST
  000af  PUSH0
  000b0  PUSH0
  000b1  REVERT
fn_FiatCoin_init:
    ; fiat.coin:75: init(name: string, symbol: string, max_attestation_age: uint) {
  000b2  ENTER 5
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
    ; fiat.coin:76: Token.init(name, symbol, 18)
  000ba  LGET 0
  000bc  LGET 1
  000be  PUSH 18
  000c0  CALLF @fn_Token_init
    ; fiat.coin:77: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; fiat.coin:78: require(max_attestation_age > 0, "max_attestation_age must be positive")
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
    ; fiat.coin:79: self.max_attestation_age = max_attestation_age
  000dc  PUSH 18
  000de  LGET 2
  000e0  SSTORE
    ; fiat.coin:80: self.master_minter = msg.sender
  000e1  PUSH 7
  000e3  CALLER
  000e4  SSTORE
    ; fiat.coin:81: self.pauser = msg.sender
  000e5  PUSH 8
  000e7  CALLER
  000e8  SSTORE
    ; fiat.coin:82: self.blacklister = msg.sender
  000e9  PUSH 9
  000eb  CALLER
  000ec  SSTORE
    ; fiat.coin:83: self.attester = msg.sender
  000ed  PUSH 10
  000ef  CALLER
  000f0  SSTORE
    ; fiat.coin:84: self.issuer = msg.sender
  000f1  PUSH 11
  000f3  CALLER
  000f4  SSTORE
    ; fiat.coin:85: self.redemptions_open = true
  000f5  PUSH 23
  000f7  PUSH 1
  000f9  SSTORE
    ; fiat.coin:86: emit MaxAttestationAgeSet(max_attestation_age)
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
    ; fiat.coin:87: emit RedemptionsOpen(true)
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
    ; fiat.coin:75: init(name: string, symbol: string, max_attestation_age: uint) {
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
; ---- data section (3808 bytes)
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
  00920  00000000000000000000001e62616e6b20636173682065786365656473207468
  00940  65207265736572766573000008c379a000000000000000000000000000000000
  00960  0000000000000000000000000000002000000000000000000000000000000000
  00980  0000000000000000000000000000001863616c6c6572206973206e6f74207468
  009a0  6520697373756572000000000000000008c379a0000000000000000000000000
  009c0  0000000000000000000000000000000000000020000000000000000000000000
  009e0  0000000000000000000000000000000000000020696d70616972656420616d6f
  00a00  756e74206578636565647320726573657276657308c379a00000000000000000
  00a20  0000000000000000000000000000000000000000000000200000000000000000
  00a40  00000000000000000000000000000000000000000000002877726974652d646f
  00a60  776e20657863656564732074686520696d706169726564207265736572766573
  00a80  00000000000000000000000000000000000000000000000008c379a000000000
  00aa0  0000000000000000000000000000000000000000000000000000002000000000
  00ac0  0000000000000000000000000000000000000000000000000000001672656465
  00ae0  6d7074696f6e732061726520636c6f7365640000000000000000000008c379a0
  00b00  0000000000000000000000000000000000000000000000000000000000000020
  00b20  0000000000000000000000000000000000000000000000000000000000000022
  00b40  726564656d7074696f6e20616d6f756e74206d75737420626520706f73697469
  00b60  7665000000000000000000000000000000000000000000000000000000000000
  00b80  08c379a000000000000000000000000000000000000000000000000000000000
  00ba0  0000002000000000000000000000000000000000000000000000000000000000
  00bc0  000000216e6f2071756575656420726564656d7074696f6e2077697468207468
  00be0  6973206964000000000000000000000000000000000000000000000000000000
  00c00  0000000008c379a0000000000000000000000000000000000000000000000000
  00c20  0000000000000020000000000000000000000000000000000000000000000000
  00c40  000000000000002e61636365737369626c652072657365727665732063616e6e
  00c60  6f7420706179207468697320726564656d7074696f6e00000000000000000000
  00c80  000000000000000008c379a00000000000000000000000000000000000000000
  00ca0  0000000000000000000000200000000000000000000000000000000000000000
  00cc0  0000000000000000000000166163636f756e7420697320626c61636b6c697374
  00ce0  65640000000000000000000008c379a000000000000000000000000000000000
  00d00  0000000000000000000000000000002000000000000000000000000000000000
  00d20  0000000000000000000000000000001763616c6c6572206973206e6f74207468
  00d40  65206f776e657200000000000000000008c379a0000000000000000000000000
  00d60  0000000000000000000000000000000000000020000000000000000000000000
  00d80  000000000000000000000000000000000000001b6275726e20616d6f756e7420
  00da0  657863656564732062616c616e6365000000000008c379a00000000000000000
  00dc0  0000000000000000000000000000000000000000000000200000000000000000
  00de0  0000000000000000000000000000000000000000000000186d696e7420746f20
  00e00  746865207a65726f2061646472657373000000000000000008c379a000000000
  00e20  0000000000000000000000000000000000000000000000000000002000000000
  00e40  0000000000000000000000000000000000000000000000000000001c7472616e
  00e60  7366657220746f20746865207a65726f20616464726573730000000008c379a0
  00e80  0000000000000000000000000000000000000000000000000000000000000020
  00ea0  000000000000000000000000000000000000000000000000000000000000001f
  00ec0  7472616e7366657220616d6f756e7420657863656564732062616c616e636500
