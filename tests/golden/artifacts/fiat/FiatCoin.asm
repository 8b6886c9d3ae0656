; contract FiatCoin
<<<<<<< HEAD
; ---- runtime section (6765 bytes)
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
  00000  ENTER 74
=======
; ---- runtime section (8756 bytes)
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  00000  ENTER 89
>>>>>>> wip-i16
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
  0011b  PUSH @ext_blacklist_accounts_26
  0011e  DUP2
  0011f  PUSH 0x74236f1
  00124  EQ
  00125  JUMPI
  00126  PUSH @ext_transfer_many_27
  00129  DUP2
  0012a  PUSH 0x4411a295
  0012f  EQ
  00130  JUMPI
<<<<<<< HEAD
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
=======
  00131  PUSH @ext_unblacklist_account_28
  00134  DUP2
  00135  PUSH 0x3f1b3ff9
  0013a  EQ
  0013b  JUMPI
  0013c  PUSH @ext_DOMAIN_SEPARATOR_29
  0013f  DUP2
  00140  PUSH 0x3644e515
  00145  EQ
  00146  JUMPI
  00147  PUSH @ext_nonces_30
  0014a  DUP2
  0014b  PUSH 0x7ecebe00
  00150  EQ
  00151  JUMPI
  00152  PUSH @ext_authorizationState_31
  00155  DUP2
  00156  PUSH 0xe94a0102
  0015b  EQ
  0015c  JUMPI
  0015d  PUSH @ext_permit_32
  00160  DUP2
  00161  PUSH 0xd505accf
  00166  EQ
  00167  JUMPI
  00168  PUSH @ext_transferWithAuthorization_33
  0016b  DUP2
  0016c  PUSH 0xe3ee160e
  00171  EQ
  00172  JUMPI
  00173  PUSH @ext_receiveWithAuthorization_34
  00176  DUP2
  00177  PUSH 0xef55bec6
  0017c  EQ
  0017d  JUMPI
  0017e  PUSH @ext_cancelAuthorization_35
  00181  DUP2
  00182  PUSH 0x5a049a70
  00187  EQ
  00188  JUMPI
  00189  PUSH @ext_attest_reserves_36
  0018c  DUP2
  0018d  PUSH 0xccc87db0
  00192  EQ
  00193  JUMPI
  00194  PUSH @ext_set_impaired_37
  00197  DUP2
  00198  PUSH 0x622d0087
  0019d  EQ
  0019e  JUMPI
  0019f  PUSH @ext_set_redemptions_open_38
  001a2  DUP2
  001a3  PUSH 0x8f816b00
  001a8  EQ
  001a9  JUMPI
  001aa  PUSH @ext_request_redemption_39
  001ad  DUP2
  001ae  PUSH 0x96b26e4f
  001b3  EQ
  001b4  JUMPI
  001b5  PUSH @ext_complete_redemption_40
  001b8  DUP2
  001b9  PUSH 0x798755f9
  001be  EQ
  001bf  JUMPI
  001c0  PUSH @ext_available_reserves_41
  001c3  DUP2
  001c4  PUSH 0x23b70b25
  001c9  EQ
  001ca  JUMPI
  001cb  PUSH @ext_backing_ratio_42
  001ce  DUP2
  001cf  PUSH 0x8ccf0994
  001d4  EQ
  001d5  JUMPI
  001d6  PUSH @ext_minter_allowance_43
  001d9  DUP2
  001da  PUSH 0x2a93ffd0
  001df  EQ
  001e0  JUMPI
  001e1  PUSH @ext_is_minter_44
  001e4  DUP2
  001e5  PUSH 0x92c94f65
  001ea  EQ
  001eb  JUMPI
  001ec  PUSH @ext_is_blacklisted_45
  001ef  DUP2
  001f0  PUSH 0x1794e95a
  001f5  EQ
  001f6  JUMPI
  001f7  PUSH @ext_is_paused_46
  001fa  DUP2
  001fb  PUSH 0x9d4f8aa9
  00200  EQ
  00201  JUMPI
  00202  PUSH @ext_get_reserves_47
  00205  DUP2
  00206  PUSH 0x14da81ae
  0020b  EQ
  0020c  JUMPI
  0020d  PUSH @ext_get_impaired_48
  00210  DUP2
  00211  PUSH 0x3e703a66
  00216  EQ
  00217  JUMPI
  00218  PUSH @ext_get_attested_at_49
  0021b  DUP2
  0021c  PUSH 0xb8f3fbe0
  00221  EQ
  00222  JUMPI
  00223  PUSH @ext_redemption_50
  00226  DUP2
  00227  PUSH 0x4a1dc092
  0022c  EQ
  0022d  JUMPI
  0022e  PUSH @ext_redemption_queue_51
  00231  DUP2
  00232  PUSH 0x764cb236
  00237  EQ
  00238  JUMPI
  00239  PUSH @ext_pending_redemptions_52
  0023c  DUP2
  0023d  PUSH 0x76f0870f
  00242  EQ
  00243  JUMPI
  00244  PUSH @ext_are_redemptions_open_53
  00247  DUP2
  00248  PUSH 0x3b896616
  0024d  EQ
  0024e  JUMPI
  0024f  PUSH @ext_roles_54
  00252  DUP2
  00253  PUSH 0x392f5f64
  00258  EQ
  00259  JUMPI
  0025a  PUSH0
  0025b  PUSH0
  0025c  REVERT
fallback_1:
  0025d  JUMPDEST
  0025e  PUSH0
  0025f  PUSH0
  00260  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  00261  JUMPDEST
  00262  POP
  00263  PUSH @novalue_55
  00266  CALLVALUE
  00267  ISZERO
  00268  JUMPI
  00269  PUSH0
  0026a  PUSH0
  0026b  REVERT
novalue_55:
  0026c  JUMPDEST
  0026d  CALLF @fn_Token_name
  00270  LSET 0
  00272  PUSH 32
  00274  LGET 0
  00276  MLOAD
  00277  PUSH 31
  00279  ADD
  0027a  PUSH 5
  0027c  SHR
  0027d  PUSH 5
  0027f  SHL
  00280  PUSH 32
  00282  ADD
  00283  ADD
  00284  LSET 1
  00286  LGET 1
  00288  MALLOC
  00289  LSET 2
  0028b  PUSH 32
  0028d  LSET 3
  0028f  LGET 2
  00291  PUSH 0
  00292  ADD
  00293  LGET 3
  00295  MSTORE
  00296  LGET 2
  00298  PUSH 0
  00299  ADD
  0029a  LGET 3
  0029c  ADD
  0029d  LGET 0
  0029f  LGET 0
  002a1  MLOAD
  002a2  PUSH 31
  002a4  ADD
  002a5  PUSH 5
  002a7  SHR
  002a8  PUSH 5
  002aa  SHL
  002ab  PUSH 32
  002ad  ADD
  002ae  DUP1
  002af  LSET 4
  002b1  MCOPY
  002b2  LGET 3
  002b4  LGET 4
  002b6  ADD
  002b7  LSET 3
  002b9  LGET 2
  002bb  LGET 1
  002bd  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  002be  JUMPDEST
  002bf  POP
  002c0  PUSH @novalue_56
  002c3  CALLVALUE
  002c4  ISZERO
  002c5  JUMPI
  002c6  PUSH0
  002c7  PUSH0
  002c8  REVERT
novalue_56:
  002c9  JUMPDEST
  002ca  CALLF @fn_Token_symbol
  002cd  LSET 5
  002cf  PUSH 32
  002d1  LGET 5
  002d3  MLOAD
  002d4  PUSH 31
  002d6  ADD
  002d7  PUSH 5
  002d9  SHR
  002da  PUSH 5
  002dc  SHL
  002dd  PUSH 32
  002df  ADD
  002e0  ADD
  002e1  LSET 6
  002e3  LGET 6
  002e5  MALLOC
  002e6  LSET 7
  002e8  PUSH 32
  002ea  LSET 8
  002ec  LGET 7
  002ee  PUSH 0
  002ef  ADD
  002f0  LGET 8
  002f2  MSTORE
  002f3  LGET 7
  002f5  PUSH 0
  002f6  ADD
  002f7  LGET 8
  002f9  ADD
  002fa  LGET 5
  002fc  LGET 5
  002fe  MLOAD
  002ff  PUSH 31
  00301  ADD
  00302  PUSH 5
  00304  SHR
  00305  PUSH 5
  00307  SHL
  00308  PUSH 32
  0030a  ADD
  0030b  DUP1
  0030c  LSET 9
  0030e  MCOPY
  0030f  LGET 8
  00311  LGET 9
  00313  ADD
  00314  LSET 8
  00316  LGET 7
  00318  LGET 6
  0031a  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  0031b  JUMPDEST
  0031c  POP
  0031d  PUSH @novalue_57
  00320  CALLVALUE
  00321  ISZERO
  00322  JUMPI
  00323  PUSH0
  00324  PUSH0
  00325  REVERT
novalue_57:
  00326  JUMPDEST
  00327  CALLF @fn_Token_decimals
  0032a  LSET 10
  0032c  PUSH 32
  0032e  MALLOC
  0032f  LSET 11
  00331  LGET 11
  00333  LGET 10
  00335  MSTORE
  00336  LGET 11
  00338  PUSH 32
  0033a  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  0033b  JUMPDEST
  0033c  POP
  0033d  PUSH @novalue_58
  00340  CALLVALUE
  00341  ISZERO
  00342  JUMPI
  00343  PUSH0
  00344  PUSH0
  00345  REVERT
novalue_58:
  00346  JUMPDEST
  00347  CALLF @fn_Token_totalSupply
  0034a  LSET 12
  0034c  PUSH 32
  0034e  MALLOC
  0034f  LSET 13
  00351  LGET 13
  00353  LGET 12
  00355  MSTORE
  00356  LGET 13
  00358  PUSH 32
  0035a  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  0035b  JUMPDEST
  0035c  POP
  0035d  PUSH @novalue_59
  00360  CALLVALUE
  00361  ISZERO
  00362  JUMPI
  00363  PUSH0
  00364  PUSH0
  00365  REVERT
novalue_59:
  00366  JUMPDEST
  00367  PUSH @bad_input_60
  0036a  CALLDATASIZE
  0036b  PUSH 36
  0036d  LT
  0036e  JUMPI
  0036f  PUSH 4
  00371  CALLDATALOAD
  00372  PUSH @bad_input_60
  00375  DUP2
  00376  PUSH 160
  00378  SHR
  00379  JUMPI
  0037a  CALLF @fn_Token_balanceOf
  0037d  LSET 14
  0037f  PUSH 32
  00381  MALLOC
  00382  LSET 15
  00384  LGET 15
  00386  LGET 14
  00388  MSTORE
  00389  LGET 15
  0038b  PUSH 32
  0038d  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  0038e  JUMPDEST
  0038f  POP
  00390  PUSH @novalue_61
  00393  CALLVALUE
  00394  ISZERO
  00395  JUMPI
  00396  PUSH0
  00397  PUSH0
  00398  REVERT
novalue_61:
  00399  JUMPDEST
  0039a  PUSH @bad_input_60
  0039d  CALLDATASIZE
  0039e  PUSH 68
  003a0  LT
  003a1  JUMPI
  003a2  PUSH 4
  003a4  CALLDATALOAD
  003a5  PUSH @bad_input_60
  003a8  DUP2
  003a9  PUSH 160
  003ab  SHR
  003ac  JUMPI
  003ad  PUSH 36
  003af  CALLDATALOAD
  003b0  PUSH @bad_input_60
  003b3  DUP2
  003b4  PUSH 160
  003b6  SHR
  003b7  JUMPI
  003b8  CALLF @fn_Token_allowance
  003bb  LSET 16
  003bd  PUSH 32
  003bf  MALLOC
  003c0  LSET 17
  003c2  LGET 17
  003c4  LGET 16
  003c6  MSTORE
  003c7  LGET 17
  003c9  PUSH 32
  003cb  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  003cc  JUMPDEST
  003cd  POP
  003ce  PUSH @novalue_62
  003d1  CALLVALUE
  003d2  ISZERO
  003d3  JUMPI
  003d4  PUSH0
  003d5  PUSH0
  003d6  REVERT
novalue_62:
  003d7  JUMPDEST
  003d8  PUSH @bad_input_60
  003db  CALLDATASIZE
  003dc  PUSH 68
  003de  LT
  003df  JUMPI
  003e0  PUSH 4
  003e2  CALLDATALOAD
  003e3  PUSH @bad_input_60
  003e6  DUP2
  003e7  PUSH 160
  003e9  SHR
  003ea  JUMPI
  003eb  PUSH 36
  003ed  CALLDATALOAD
  003ee  CALLF @fn_Token_transfer
  003f1  LSET 18
  003f3  PUSH 32
  003f5  MALLOC
  003f6  LSET 19
  003f8  LGET 19
  003fa  LGET 18
  003fc  MSTORE
  003fd  LGET 19
  003ff  PUSH 32
  00401  RETURN
ext_approve_9:
    ; fiat.coin:203: pub fn approve(spender: address, amount: uint) -> bool {
  00402  JUMPDEST
  00403  POP
  00404  PUSH @novalue_63
  00407  CALLVALUE
  00408  ISZERO
  00409  JUMPI
  0040a  PUSH0
  0040b  PUSH0
  0040c  REVERT
novalue_63:
  0040d  JUMPDEST
  0040e  PUSH @bad_input_60
  00411  CALLDATASIZE
  00412  PUSH 68
  00414  LT
  00415  JUMPI
  00416  PUSH 4
  00418  CALLDATALOAD
  00419  PUSH @bad_input_60
  0041c  DUP2
  0041d  PUSH 160
  0041f  SHR
  00420  JUMPI
  00421  PUSH 36
  00423  CALLDATALOAD
  00424  CALLF @fn_FiatCoin_approve
  00427  LSET 20
  00429  PUSH 32
  0042b  MALLOC
  0042c  LSET 21
  0042e  LGET 21
  00430  LGET 20
  00432  MSTORE
  00433  LGET 21
  00435  PUSH 32
  00437  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00438  JUMPDEST
  00439  POP
  0043a  PUSH @novalue_64
  0043d  CALLVALUE
  0043e  ISZERO
  0043f  JUMPI
  00440  PUSH0
  00441  PUSH0
  00442  REVERT
novalue_64:
  00443  JUMPDEST
  00444  PUSH @bad_input_60
  00447  CALLDATASIZE
  00448  PUSH 100
  0044a  LT
  0044b  JUMPI
  0044c  PUSH 4
  0044e  CALLDATALOAD
  0044f  PUSH @bad_input_60
  00452  DUP2
  00453  PUSH 160
  00455  SHR
  00456  JUMPI
  00457  PUSH 36
  00459  CALLDATALOAD
  0045a  PUSH @bad_input_60
  0045d  DUP2
  0045e  PUSH 160
  00460  SHR
  00461  JUMPI
  00462  PUSH 68
  00464  CALLDATALOAD
  00465  CALLF @fn_Token_transferFrom
  00468  LSET 22
  0046a  PUSH 32
  0046c  MALLOC
  0046d  LSET 23
  0046f  LGET 23
  00471  LGET 22
  00473  MSTORE
  00474  LGET 23
  00476  PUSH 32
  00478  RETURN
ext_get_owner_11:
    ; access.coin:13: pub view fn get_owner() -> address {
  00479  JUMPDEST
  0047a  POP
  0047b  PUSH @novalue_65
  0047e  CALLVALUE
  0047f  ISZERO
  00480  JUMPI
  00481  PUSH0
  00482  PUSH0
  00483  REVERT
novalue_65:
  00484  JUMPDEST
  00485  CALLF @fn_Owned_get_owner
  00488  LSET 24
  0048a  PUSH 32
  0048c  MALLOC
  0048d  LSET 25
  0048f  LGET 25
  00491  LGET 24
  00493  MSTORE
  00494  LGET 25
  00496  PUSH 32
  00498  RETURN
ext_transfer_ownership_12:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00499  JUMPDEST
  0049a  POP
  0049b  PUSH @novalue_66
  0049e  CALLVALUE
  0049f  ISZERO
  004a0  JUMPI
  004a1  PUSH0
  004a2  PUSH0
  004a3  REVERT
novalue_66:
  004a4  JUMPDEST
  004a5  PUSH @bad_input_60
  004a8  CALLDATASIZE
  004a9  PUSH 36
  004ab  LT
  004ac  JUMPI
  004ad  PUSH 4
  004af  CALLDATALOAD
  004b0  PUSH @bad_input_60
  004b3  DUP2
  004b4  PUSH 160
  004b6  SHR
  004b7  JUMPI
  004b8  CALLF @fn_Owned_transfer_ownership
  004bb  STOP
ext_set_master_minter_13:
    ; fiat.coin:82: pub fn set_master_minter(account: address) {
  004bc  JUMPDEST
  004bd  POP
  004be  PUSH @novalue_67
  004c1  CALLVALUE
  004c2  ISZERO
  004c3  JUMPI
  004c4  PUSH0
  004c5  PUSH0
  004c6  REVERT
novalue_67:
  004c7  JUMPDEST
  004c8  PUSH @bad_input_60
  004cb  CALLDATASIZE
  004cc  PUSH 36
  004ce  LT
  004cf  JUMPI
  004d0  PUSH 4
  004d2  CALLDATALOAD
  004d3  PUSH @bad_input_60
  004d6  DUP2
  004d7  PUSH 160
  004d9  SHR
  004da  JUMPI
  004db  CALLF @fn_FiatCoin_set_master_minter
  004de  STOP
ext_set_pauser_14:
    ; fiat.coin:88: pub fn set_pauser(account: address) {
  004df  JUMPDEST
  004e0  POP
  004e1  PUSH @novalue_68
  004e4  CALLVALUE
  004e5  ISZERO
  004e6  JUMPI
  004e7  PUSH0
  004e8  PUSH0
  004e9  REVERT
novalue_68:
  004ea  JUMPDEST
  004eb  PUSH @bad_input_60
  004ee  CALLDATASIZE
  004ef  PUSH 36
  004f1  LT
  004f2  JUMPI
  004f3  PUSH 4
  004f5  CALLDATALOAD
  004f6  PUSH @bad_input_60
  004f9  DUP2
  004fa  PUSH 160
  004fc  SHR
  004fd  JUMPI
  004fe  CALLF @fn_FiatCoin_set_pauser
  00501  STOP
ext_set_blacklister_15:
    ; fiat.coin:94: pub fn set_blacklister(account: address) {
  00502  JUMPDEST
  00503  POP
  00504  PUSH @novalue_69
  00507  CALLVALUE
  00508  ISZERO
  00509  JUMPI
  0050a  PUSH0
  0050b  PUSH0
  0050c  REVERT
novalue_69:
  0050d  JUMPDEST
  0050e  PUSH @bad_input_60
  00511  CALLDATASIZE
  00512  PUSH 36
  00514  LT
  00515  JUMPI
  00516  PUSH 4
  00518  CALLDATALOAD
  00519  PUSH @bad_input_60
  0051c  DUP2
  0051d  PUSH 160
  0051f  SHR
  00520  JUMPI
  00521  CALLF @fn_FiatCoin_set_blacklister
  00524  STOP
ext_set_attester_16:
    ; fiat.coin:100: pub fn set_attester(account: address) {
  00525  JUMPDEST
  00526  POP
  00527  PUSH @novalue_70
  0052a  CALLVALUE
  0052b  ISZERO
  0052c  JUMPI
  0052d  PUSH0
  0052e  PUSH0
  0052f  REVERT
novalue_70:
  00530  JUMPDEST
  00531  PUSH @bad_input_60
  00534  CALLDATASIZE
  00535  PUSH 36
  00537  LT
  00538  JUMPI
  00539  PUSH 4
  0053b  CALLDATALOAD
  0053c  PUSH @bad_input_60
  0053f  DUP2
  00540  PUSH 160
  00542  SHR
  00543  JUMPI
  00544  CALLF @fn_FiatCoin_set_attester
  00547  STOP
ext_set_issuer_17:
    ; fiat.coin:106: pub fn set_issuer(account: address) {
  00548  JUMPDEST
  00549  POP
  0054a  PUSH @novalue_71
  0054d  CALLVALUE
  0054e  ISZERO
  0054f  JUMPI
  00550  PUSH0
  00551  PUSH0
  00552  REVERT
novalue_71:
  00553  JUMPDEST
  00554  PUSH @bad_input_60
  00557  CALLDATASIZE
  00558  PUSH 36
  0055a  LT
  0055b  JUMPI
  0055c  PUSH 4
  0055e  CALLDATALOAD
  0055f  PUSH @bad_input_60
  00562  DUP2
  00563  PUSH 160
  00565  SHR
  00566  JUMPI
  00567  CALLF @fn_FiatCoin_set_issuer
  0056a  STOP
ext_set_max_attestation_age_18:
    ; fiat.coin:112: pub fn set_max_attestation_age(seconds: uint) {
  0056b  JUMPDEST
  0056c  POP
  0056d  PUSH @novalue_72
  00570  CALLVALUE
  00571  ISZERO
  00572  JUMPI
  00573  PUSH0
  00574  PUSH0
  00575  REVERT
novalue_72:
  00576  JUMPDEST
  00577  PUSH @bad_input_60
  0057a  CALLDATASIZE
  0057b  PUSH 36
  0057d  LT
  0057e  JUMPI
  0057f  PUSH 4
  00581  CALLDATALOAD
  00582  CALLF @fn_FiatCoin_set_max_attestation_age
  00585  STOP
ext_configure_minter_19:
    ; fiat.coin:120: pub fn configure_minter(minter: address, allowance: uint) {
  00586  JUMPDEST
  00587  POP
  00588  PUSH @novalue_73
  0058b  CALLVALUE
  0058c  ISZERO
  0058d  JUMPI
  0058e  PUSH0
  0058f  PUSH0
  00590  REVERT
novalue_73:
  00591  JUMPDEST
  00592  PUSH @bad_input_60
  00595  CALLDATASIZE
  00596  PUSH 68
  00598  LT
  00599  JUMPI
  0059a  PUSH 4
  0059c  CALLDATALOAD
  0059d  PUSH @bad_input_60
  005a0  DUP2
  005a1  PUSH 160
  005a3  SHR
  005a4  JUMPI
  005a5  PUSH 36
  005a7  CALLDATALOAD
  005a8  CALLF @fn_FiatCoin_configure_minter
  005ab  STOP
ext_remove_minter_20:
    ; fiat.coin:128: pub fn remove_minter(minter: address) {
  005ac  JUMPDEST
  005ad  POP
  005ae  PUSH @novalue_74
  005b1  CALLVALUE
  005b2  ISZERO
  005b3  JUMPI
  005b4  PUSH0
  005b5  PUSH0
  005b6  REVERT
novalue_74:
  005b7  JUMPDEST
  005b8  PUSH @bad_input_60
  005bb  CALLDATASIZE
  005bc  PUSH 36
  005be  LT
  005bf  JUMPI
  005c0  PUSH 4
  005c2  CALLDATALOAD
  005c3  PUSH @bad_input_60
  005c6  DUP2
  005c7  PUSH 160
  005c9  SHR
  005ca  JUMPI
  005cb  CALLF @fn_FiatCoin_remove_minter
  005ce  STOP
ext_mint_21:
    ; fiat.coin:135: pub fn mint(to: address, amount: uint) -> bool {
  005cf  JUMPDEST
  005d0  POP
  005d1  PUSH @novalue_75
  005d4  CALLVALUE
  005d5  ISZERO
  005d6  JUMPI
  005d7  PUSH0
  005d8  PUSH0
  005d9  REVERT
novalue_75:
  005da  JUMPDEST
  005db  PUSH @bad_input_60
  005de  CALLDATASIZE
  005df  PUSH 68
  005e1  LT
  005e2  JUMPI
  005e3  PUSH 4
  005e5  CALLDATALOAD
  005e6  PUSH @bad_input_60
  005e9  DUP2
  005ea  PUSH 160
  005ec  SHR
  005ed  JUMPI
  005ee  PUSH 36
  005f0  CALLDATALOAD
  005f1  CALLF @fn_FiatCoin_mint
  005f4  LSET 26
  005f6  PUSH 32
  005f8  MALLOC
  005f9  LSET 27
  005fb  LGET 27
  005fd  LGET 26
  005ff  MSTORE
  00600  LGET 27
  00602  PUSH 32
  00604  RETURN
ext_burn_22:
    ; fiat.coin:152: pub fn burn(amount: uint) {
  00605  JUMPDEST
  00606  POP
  00607  PUSH @novalue_76
  0060a  CALLVALUE
  0060b  ISZERO
  0060c  JUMPI
  0060d  PUSH0
  0060e  PUSH0
  0060f  REVERT
novalue_76:
  00610  JUMPDEST
  00611  PUSH @bad_input_60
  00614  CALLDATASIZE
  00615  PUSH 36
  00617  LT
  00618  JUMPI
  00619  PUSH 4
  0061b  CALLDATALOAD
  0061c  CALLF @fn_FiatCoin_burn
  0061f  STOP
ext_pause_23:
    ; fiat.coin:160: pub fn pause() {
  00620  JUMPDEST
  00621  POP
  00622  PUSH @novalue_77
  00625  CALLVALUE
  00626  ISZERO
  00627  JUMPI
  00628  PUSH0
  00629  PUSH0
  0062a  REVERT
novalue_77:
  0062b  JUMPDEST
  0062c  CALLF @fn_FiatCoin_pause
  0062f  STOP
ext_unpause_24:
    ; fiat.coin:166: pub fn unpause() {
  00630  JUMPDEST
  00631  POP
  00632  PUSH @novalue_78
  00635  CALLVALUE
  00636  ISZERO
  00637  JUMPI
  00638  PUSH0
  00639  PUSH0
  0063a  REVERT
novalue_78:
  0063b  JUMPDEST
  0063c  CALLF @fn_FiatCoin_unpause
  0063f  STOP
ext_blacklist_account_25:
    ; fiat.coin:172: pub fn blacklist_account(account: address) {
  00640  JUMPDEST
  00641  POP
  00642  PUSH @novalue_79
  00645  CALLVALUE
  00646  ISZERO
  00647  JUMPI
  00648  PUSH0
  00649  PUSH0
  0064a  REVERT
novalue_79:
  0064b  JUMPDEST
  0064c  PUSH @bad_input_60
  0064f  CALLDATASIZE
  00650  PUSH 36
  00652  LT
  00653  JUMPI
  00654  PUSH 4
  00656  CALLDATALOAD
  00657  PUSH @bad_input_60
  0065a  DUP2
  0065b  PUSH 160
  0065d  SHR
  0065e  JUMPI
  0065f  CALLF @fn_FiatCoin_blacklist_account
  00662  STOP
ext_blacklist_accounts_26:
    ; fiat.coin:179: pub fn blacklist_accounts(accounts: array<address, 100>) {
  00663  JUMPDEST
  00664  POP
  00665  PUSH @novalue_80
  00668  CALLVALUE
  00669  ISZERO
  0066a  JUMPI
  0066b  PUSH0
  0066c  PUSH0
  0066d  REVERT
novalue_80:
  0066e  JUMPDEST
  0066f  PUSH @bad_input_60
  00672  CALLDATASIZE
  00673  PUSH 36
  00675  LT
  00676  JUMPI
  00677  PUSH 4
  00679  CALLDATALOAD
  0067a  DUP1
  0067b  PUSH 32
  0067d  SHR
  0067e  PUSH @bad_input_60
  00681  SWAP1
  00682  JUMPI
  00683  PUSH 4
  00685  ADD
  00686  LSET 28
  00688  LGET 28
  0068a  CALLDATALOAD
  0068b  DUP1
  0068c  PUSH 100
  0068e  GT
  0068f  PUSH @bad_input_60
  00692  SWAP1
  00693  JUMPI
  00694  LSET 29
  00696  PUSH @bad_input_60
  00699  CALLDATASIZE
  0069a  LGET 28
  0069c  PUSH 32
  0069e  ADD
  0069f  LGET 29
  006a1  PUSH 32
  006a3  MUL
  006a4  ADD
  006a5  LT
  006a6  JUMPI
  006a7  LGET 28
  006a9  PUSH 32
  006ab  ADD
  006ac  LSET 30
  006ae  PUSH 3232
  006b1  MALLOC
  006b2  LSET 31
  006b4  LGET 31
  006b6  LGET 29
  006b8  MSTORE
  006b9  PUSH0
  006ba  LSET 32
aloop_81:
  006bc  JUMPDEST
  006bd  PUSH @aend_82
  006c0  LGET 32
  006c2  LGET 29
  006c4  LT
  006c5  ISZERO
  006c6  JUMPI
  006c7  LGET 31
  006c9  LGET 32
  006cb  PUSH 32
  006cd  MUL
  006ce  ADD
  006cf  PUSH 32
  006d1  ADD
  006d2  LGET 30
  006d4  LGET 32
  006d6  PUSH 32
  006d8  MUL
  006d9  ADD
  006da  CALLDATALOAD
  006db  PUSH @bad_input_60
  006de  DUP2
  006df  PUSH 160
  006e1  SHR
  006e2  JUMPI
  006e3  MSTORE
  006e4  LGET 32
  006e6  PUSH 1
  006e8  ADD
  006e9  LSET 32
  006eb  PUSH @aloop_81
  006ee  JUMP
aend_82:
  006ef  JUMPDEST
  006f0  LGET 31
  006f2  CALLF @fn_FiatCoin_blacklist_accounts
  006f5  STOP
ext_transfer_many_27:
    ; fiat.coin:188: pub fn transfer_many(recipients: array<address, 100>, amounts: array<uint, 100>) -> bool {
  006f6  JUMPDEST
  006f7  POP
  006f8  PUSH @novalue_83
  006fb  CALLVALUE
  006fc  ISZERO
  006fd  JUMPI
  006fe  PUSH0
  006ff  PUSH0
  00700  REVERT
novalue_83:
  00701  JUMPDEST
  00702  PUSH @bad_input_60
  00705  CALLDATASIZE
  00706  PUSH 68
  00708  LT
  00709  JUMPI
  0070a  PUSH 4
  0070c  CALLDATALOAD
  0070d  DUP1
  0070e  PUSH 32
  00710  SHR
  00711  PUSH @bad_input_60
  00714  SWAP1
  00715  JUMPI
  00716  PUSH 4
  00718  ADD
  00719  LSET 33
  0071b  LGET 33
  0071d  CALLDATALOAD
  0071e  DUP1
  0071f  PUSH 100
  00721  GT
  00722  PUSH @bad_input_60
  00725  SWAP1
  00726  JUMPI
  00727  LSET 34
  00729  PUSH @bad_input_60
  0072c  CALLDATASIZE
  0072d  LGET 33
  0072f  PUSH 32
  00731  ADD
  00732  LGET 34
  00734  PUSH 32
  00736  MUL
  00737  ADD
  00738  LT
  00739  JUMPI
  0073a  LGET 33
  0073c  PUSH 32
  0073e  ADD
  0073f  LSET 35
  00741  PUSH 3232
  00744  MALLOC
  00745  LSET 36
  00747  LGET 36
  00749  LGET 34
  0074b  MSTORE
  0074c  PUSH0
  0074d  LSET 37
aloop_84:
  0074f  JUMPDEST
  00750  PUSH @aend_85
  00753  LGET 37
  00755  LGET 34
  00757  LT
  00758  ISZERO
  00759  JUMPI
  0075a  LGET 36
  0075c  LGET 37
  0075e  PUSH 32
  00760  MUL
  00761  ADD
  00762  PUSH 32
  00764  ADD
  00765  LGET 35
  00767  LGET 37
  00769  PUSH 32
  0076b  MUL
  0076c  ADD
  0076d  CALLDATALOAD
  0076e  PUSH @bad_input_60
  00771  DUP2
  00772  PUSH 160
  00774  SHR
  00775  JUMPI
  00776  MSTORE
  00777  LGET 37
  00779  PUSH 1
  0077b  ADD
  0077c  LSET 37
  0077e  PUSH @aloop_84
  00781  JUMP
aend_85:
  00782  JUMPDEST
  00783  LGET 36
  00785  PUSH 36
  00787  CALLDATALOAD
  00788  DUP1
  00789  PUSH 32
  0078b  SHR
  0078c  PUSH @bad_input_60
  0078f  SWAP1
  00790  JUMPI
  00791  PUSH 4
  00793  ADD
  00794  LSET 38
  00796  LGET 38
  00798  CALLDATALOAD
  00799  DUP1
  0079a  PUSH 100
  0079c  GT
  0079d  PUSH @bad_input_60
  007a0  SWAP1
  007a1  JUMPI
  007a2  LSET 39
  007a4  PUSH @bad_input_60
  007a7  CALLDATASIZE
  007a8  LGET 38
  007aa  PUSH 32
  007ac  ADD
  007ad  LGET 39
  007af  PUSH 32
  007b1  MUL
  007b2  ADD
  007b3  LT
  007b4  JUMPI
  007b5  LGET 38
  007b7  PUSH 32
  007b9  ADD
  007ba  LSET 40
  007bc  PUSH 3232
  007bf  MALLOC
  007c0  LSET 41
  007c2  LGET 41
  007c4  LGET 39
  007c6  MSTORE
  007c7  PUSH0
  007c8  LSET 42
aloop_86:
  007ca  JUMPDEST
  007cb  PUSH @aend_87
  007ce  LGET 42
  007d0  LGET 39
  007d2  LT
  007d3  ISZERO
  007d4  JUMPI
  007d5  LGET 41
  007d7  LGET 42
  007d9  PUSH 32
  007db  MUL
  007dc  ADD
  007dd  PUSH 32
  007df  ADD
  007e0  LGET 40
  007e2  LGET 42
  007e4  PUSH 32
  007e6  MUL
  007e7  ADD
  007e8  CALLDATALOAD
  007e9  MSTORE
  007ea  LGET 42
  007ec  PUSH 1
  007ee  ADD
  007ef  LSET 42
  007f1  PUSH @aloop_86
  007f4  JUMP
aend_87:
  007f5  JUMPDEST
  007f6  LGET 41
  007f8  CALLF @fn_FiatCoin_transfer_many
  007fb  LSET 43
  007fd  PUSH 32
  007ff  MALLOC
  00800  LSET 44
  00802  LGET 44
  00804  LGET 43
  00806  MSTORE
  00807  LGET 44
  00809  PUSH 32
  0080b  RETURN
ext_unblacklist_account_28:
    ; fiat.coin:196: pub fn unblacklist_account(account: address) {
  0080c  JUMPDEST
  0080d  POP
  0080e  PUSH @novalue_88
  00811  CALLVALUE
  00812  ISZERO
  00813  JUMPI
  00814  PUSH0
  00815  PUSH0
  00816  REVERT
novalue_88:
  00817  JUMPDEST
  00818  PUSH @bad_input_60
  0081b  CALLDATASIZE
  0081c  PUSH 36
  0081e  LT
  0081f  JUMPI
  00820  PUSH 4
  00822  CALLDATALOAD
  00823  PUSH @bad_input_60
  00826  DUP2
  00827  PUSH 160
  00829  SHR
  0082a  JUMPI
  0082b  CALLF @fn_FiatCoin_unblacklist_account
  0082e  STOP
ext_DOMAIN_SEPARATOR_29:
    ; fiat.coin:218: pub view fn DOMAIN_SEPARATOR() -> bytes32 {
  0082f  JUMPDEST
  00830  POP
  00831  PUSH @novalue_89
  00834  CALLVALUE
  00835  ISZERO
  00836  JUMPI
  00837  PUSH0
  00838  PUSH0
  00839  REVERT
novalue_89:
  0083a  JUMPDEST
  0083b  CALLF @fn_FiatCoin_DOMAIN_SEPARATOR
  0083e  LSET 45
  00840  PUSH 32
  00842  MALLOC
  00843  LSET 46
  00845  LGET 46
  00847  LGET 45
  00849  MSTORE
  0084a  LGET 46
  0084c  PUSH 32
  0084e  RETURN
ext_nonces_30:
    ; fiat.coin:222: pub view fn nonces(owner: address) -> uint {
  0084f  JUMPDEST
  00850  POP
  00851  PUSH @novalue_90
  00854  CALLVALUE
  00855  ISZERO
  00856  JUMPI
  00857  PUSH0
  00858  PUSH0
  00859  REVERT
novalue_90:
  0085a  JUMPDEST
  0085b  PUSH @bad_input_60
  0085e  CALLDATASIZE
  0085f  PUSH 36
  00861  LT
  00862  JUMPI
  00863  PUSH 4
  00865  CALLDATALOAD
  00866  PUSH @bad_input_60
  00869  DUP2
  0086a  PUSH 160
  0086c  SHR
  0086d  JUMPI
  0086e  CALLF @fn_FiatCoin_nonces
  00871  LSET 47
  00873  PUSH 32
  00875  MALLOC
  00876  LSET 48
  00878  LGET 48
  0087a  LGET 47
  0087c  MSTORE
  0087d  LGET 48
  0087f  PUSH 32
  00881  RETURN
ext_authorizationState_31:
    ; fiat.coin:226: pub view fn authorizationState(authorizer: address, nonce: bytes32) -> bool {
  00882  JUMPDEST
  00883  POP
  00884  PUSH @novalue_91
  00887  CALLVALUE
  00888  ISZERO
  00889  JUMPI
  0088a  PUSH0
  0088b  PUSH0
  0088c  REVERT
novalue_91:
  0088d  JUMPDEST
  0088e  PUSH @bad_input_60
  00891  CALLDATASIZE
  00892  PUSH 68
  00894  LT
  00895  JUMPI
  00896  PUSH 4
  00898  CALLDATALOAD
  00899  PUSH @bad_input_60
  0089c  DUP2
  0089d  PUSH 160
  0089f  SHR
  008a0  JUMPI
  008a1  PUSH 36
  008a3  CALLDATALOAD
  008a4  CALLF @fn_FiatCoin_authorizationState
  008a7  LSET 49
  008a9  PUSH 32
  008ab  MALLOC
  008ac  LSET 50
  008ae  LGET 50
  008b0  LGET 49
  008b2  MSTORE
  008b3  LGET 50
  008b5  PUSH 32
  008b7  RETURN
ext_permit_32:
    ; fiat.coin:230: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  008b8  JUMPDEST
  008b9  POP
  008ba  PUSH @novalue_92
  008bd  CALLVALUE
  008be  ISZERO
  008bf  JUMPI
  008c0  PUSH0
  008c1  PUSH0
  008c2  REVERT
novalue_92:
  008c3  JUMPDEST
  008c4  PUSH @bad_input_60
  008c7  CALLDATASIZE
  008c8  PUSH 228
  008ca  LT
  008cb  JUMPI
  008cc  PUSH 4
  008ce  CALLDATALOAD
  008cf  PUSH @bad_input_60
  008d2  DUP2
  008d3  PUSH 160
  008d5  SHR
  008d6  JUMPI
  008d7  PUSH 36
  008d9  CALLDATALOAD
  008da  PUSH @bad_input_60
  008dd  DUP2
  008de  PUSH 160
  008e0  SHR
  008e1  JUMPI
  008e2  PUSH 68
  008e4  CALLDATALOAD
  008e5  PUSH 100
  008e7  CALLDATALOAD
  008e8  PUSH 132
  008ea  CALLDATALOAD
  008eb  PUSH @bad_input_60
  008ee  DUP2
  008ef  PUSH 8
  008f1  SHR
  008f2  JUMPI
  008f3  PUSH 164
  008f5  CALLDATALOAD
  008f6  PUSH 196
  008f8  CALLDATALOAD
  008f9  CALLF @fn_FiatCoin_permit
  008fc  STOP
ext_transferWithAuthorization_33:
    ; fiat.coin:241: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  008fd  JUMPDEST
  008fe  POP
  008ff  PUSH @novalue_93
  00902  CALLVALUE
  00903  ISZERO
  00904  JUMPI
  00905  PUSH0
  00906  PUSH0
  00907  REVERT
novalue_93:
  00908  JUMPDEST
  00909  PUSH @bad_input_60
  0090c  CALLDATASIZE
  0090d  PUSH 292
  00910  LT
  00911  JUMPI
  00912  PUSH 4
  00914  CALLDATALOAD
  00915  PUSH @bad_input_60
  00918  DUP2
  00919  PUSH 160
  0091b  SHR
  0091c  JUMPI
  0091d  PUSH 36
  0091f  CALLDATALOAD
  00920  PUSH @bad_input_60
  00923  DUP2
  00924  PUSH 160
  00926  SHR
  00927  JUMPI
  00928  PUSH 68
  0092a  CALLDATALOAD
  0092b  PUSH 100
  0092d  CALLDATALOAD
  0092e  PUSH 132
  00930  CALLDATALOAD
  00931  PUSH 164
  00933  CALLDATALOAD
  00934  PUSH 196
  00936  CALLDATALOAD
  00937  PUSH @bad_input_60
  0093a  DUP2
  0093b  PUSH 8
  0093d  SHR
  0093e  JUMPI
  0093f  PUSH 228
  00941  CALLDATALOAD
  00942  PUSH 260
  00945  CALLDATALOAD
  00946  CALLF @fn_FiatCoin_transferWithAuthorization
  00949  STOP
ext_receiveWithAuthorization_34:
    ; fiat.coin:250: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0094a  JUMPDEST
  0094b  POP
  0094c  PUSH @novalue_94
  0094f  CALLVALUE
  00950  ISZERO
  00951  JUMPI
  00952  PUSH0
  00953  PUSH0
  00954  REVERT
novalue_94:
  00955  JUMPDEST
  00956  PUSH @bad_input_60
  00959  CALLDATASIZE
  0095a  PUSH 292
  0095d  LT
  0095e  JUMPI
  0095f  PUSH 4
  00961  CALLDATALOAD
  00962  PUSH @bad_input_60
  00965  DUP2
  00966  PUSH 160
  00968  SHR
  00969  JUMPI
  0096a  PUSH 36
  0096c  CALLDATALOAD
  0096d  PUSH @bad_input_60
  00970  DUP2
  00971  PUSH 160
  00973  SHR
  00974  JUMPI
  00975  PUSH 68
  00977  CALLDATALOAD
  00978  PUSH 100
  0097a  CALLDATALOAD
  0097b  PUSH 132
  0097d  CALLDATALOAD
  0097e  PUSH 164
  00980  CALLDATALOAD
  00981  PUSH 196
  00983  CALLDATALOAD
  00984  PUSH @bad_input_60
  00987  DUP2
  00988  PUSH 8
  0098a  SHR
  0098b  JUMPI
  0098c  PUSH 228
  0098e  CALLDATALOAD
  0098f  PUSH 260
  00992  CALLDATALOAD
  00993  CALLF @fn_FiatCoin_receiveWithAuthorization
  00996  STOP
ext_cancelAuthorization_35:
    ; fiat.coin:260: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  00997  JUMPDEST
  00998  POP
  00999  PUSH @novalue_95
  0099c  CALLVALUE
  0099d  ISZERO
  0099e  JUMPI
  0099f  PUSH0
  009a0  PUSH0
  009a1  REVERT
novalue_95:
  009a2  JUMPDEST
  009a3  PUSH @bad_input_60
  009a6  CALLDATASIZE
  009a7  PUSH 164
  009a9  LT
  009aa  JUMPI
  009ab  PUSH 4
  009ad  CALLDATALOAD
  009ae  PUSH @bad_input_60
  009b1  DUP2
  009b2  PUSH 160
  009b4  SHR
  009b5  JUMPI
  009b6  PUSH 36
  009b8  CALLDATALOAD
  009b9  PUSH 68
  009bb  CALLDATALOAD
  009bc  PUSH @bad_input_60
  009bf  DUP2
  009c0  PUSH 8
  009c2  SHR
  009c3  JUMPI
  009c4  PUSH 100
  009c6  CALLDATALOAD
  009c7  PUSH 132
  009c9  CALLDATALOAD
  009ca  CALLF @fn_FiatCoin_cancelAuthorization
  009cd  STOP
ext_attest_reserves_36:
    ; fiat.coin:287: pub fn attest_reserves(amount: uint) {
  009ce  JUMPDEST
  009cf  POP
  009d0  PUSH @novalue_96
  009d3  CALLVALUE
  009d4  ISZERO
  009d5  JUMPI
  009d6  PUSH0
  009d7  PUSH0
  009d8  REVERT
novalue_96:
  009d9  JUMPDEST
  009da  PUSH @bad_input_60
  009dd  CALLDATASIZE
  009de  PUSH 36
  009e0  LT
  009e1  JUMPI
  009e2  PUSH 4
  009e4  CALLDATALOAD
  009e5  CALLF @fn_FiatCoin_attest_reserves
  009e8  STOP
ext_set_impaired_37:
    ; fiat.coin:296: pub fn set_impaired(amount: uint) {
  009e9  JUMPDEST
  009ea  POP
  009eb  PUSH @novalue_97
  009ee  CALLVALUE
  009ef  ISZERO
  009f0  JUMPI
  009f1  PUSH0
  009f2  PUSH0
  009f3  REVERT
novalue_97:
  009f4  JUMPDEST
  009f5  PUSH @bad_input_60
  009f8  CALLDATASIZE
  009f9  PUSH 36
  009fb  LT
  009fc  JUMPI
  009fd  PUSH 4
  009ff  CALLDATALOAD
  00a00  CALLF @fn_FiatCoin_set_impaired
  00a03  STOP
ext_set_redemptions_open_38:
    ; fiat.coin:304: pub fn set_redemptions_open(open: bool) {
  00a04  JUMPDEST
  00a05  POP
  00a06  PUSH @novalue_98
  00a09  CALLVALUE
  00a0a  ISZERO
  00a0b  JUMPI
  00a0c  PUSH0
  00a0d  PUSH0
  00a0e  REVERT
novalue_98:
  00a0f  JUMPDEST
  00a10  PUSH @bad_input_60
  00a13  CALLDATASIZE
  00a14  PUSH 36
  00a16  LT
  00a17  JUMPI
  00a18  PUSH 4
  00a1a  CALLDATALOAD
  00a1b  PUSH @bad_input_60
  00a1e  DUP2
  00a1f  PUSH 1
  00a21  GT
  00a22  JUMPI
  00a23  CALLF @fn_FiatCoin_set_redemptions_open
  00a26  STOP
ext_request_redemption_39:
    ; fiat.coin:311: pub fn request_redemption(amount: uint) -> uint {
  00a27  JUMPDEST
  00a28  POP
  00a29  PUSH @novalue_99
  00a2c  CALLVALUE
  00a2d  ISZERO
  00a2e  JUMPI
  00a2f  PUSH0
  00a30  PUSH0
  00a31  REVERT
novalue_99:
  00a32  JUMPDEST
  00a33  PUSH @bad_input_60
  00a36  CALLDATASIZE
  00a37  PUSH 36
  00a39  LT
  00a3a  JUMPI
  00a3b  PUSH 4
  00a3d  CALLDATALOAD
  00a3e  CALLF @fn_FiatCoin_request_redemption
  00a41  LSET 51
  00a43  PUSH 32
  00a45  MALLOC
  00a46  LSET 52
  00a48  LGET 52
  00a4a  LGET 51
  00a4c  MSTORE
  00a4d  LGET 52
  00a4f  PUSH 32
  00a51  RETURN
ext_complete_redemption_40:
    ; fiat.coin:325: pub fn complete_redemption(id: uint) {
  00a52  JUMPDEST
  00a53  POP
  00a54  PUSH @novalue_100
  00a57  CALLVALUE
  00a58  ISZERO
  00a59  JUMPI
  00a5a  PUSH0
  00a5b  PUSH0
  00a5c  REVERT
novalue_100:
  00a5d  JUMPDEST
  00a5e  PUSH @bad_input_60
  00a61  CALLDATASIZE
  00a62  PUSH 36
  00a64  LT
  00a65  JUMPI
  00a66  PUSH 4
  00a68  CALLDATALOAD
  00a69  CALLF @fn_FiatCoin_complete_redemption
  00a6c  STOP
ext_available_reserves_41:
    ; fiat.coin:337: pub view fn available_reserves() -> uint {
  00a6d  JUMPDEST
  00a6e  POP
  00a6f  PUSH @novalue_101
  00a72  CALLVALUE
  00a73  ISZERO
  00a74  JUMPI
  00a75  PUSH0
  00a76  PUSH0
  00a77  REVERT
novalue_101:
  00a78  JUMPDEST
  00a79  CALLF @fn_FiatCoin_available_reserves
  00a7c  LSET 53
  00a7e  PUSH 32
  00a80  MALLOC
  00a81  LSET 54
  00a83  LGET 54
  00a85  LGET 53
  00a87  MSTORE
  00a88  LGET 54
  00a8a  PUSH 32
  00a8c  RETURN
ext_backing_ratio_42:
    ; fiat.coin:346: pub view fn backing_ratio() -> uint {
  00a8d  JUMPDEST
  00a8e  POP
  00a8f  PUSH @novalue_102
  00a92  CALLVALUE
  00a93  ISZERO
  00a94  JUMPI
  00a95  PUSH0
  00a96  PUSH0
  00a97  REVERT
novalue_102:
  00a98  JUMPDEST
  00a99  CALLF @fn_FiatCoin_backing_ratio
  00a9c  LSET 55
  00a9e  PUSH 32
  00aa0  MALLOC
  00aa1  LSET 56
  00aa3  LGET 56
  00aa5  LGET 55
  00aa7  MSTORE
  00aa8  LGET 56
  00aaa  PUSH 32
  00aac  RETURN
ext_minter_allowance_43:
    ; fiat.coin:353: pub view fn minter_allowance(minter: address) -> uint {
  00aad  JUMPDEST
  00aae  POP
  00aaf  PUSH @novalue_103
  00ab2  CALLVALUE
  00ab3  ISZERO
  00ab4  JUMPI
  00ab5  PUSH0
  00ab6  PUSH0
  00ab7  REVERT
novalue_103:
  00ab8  JUMPDEST
  00ab9  PUSH @bad_input_60
  00abc  CALLDATASIZE
  00abd  PUSH 36
  00abf  LT
  00ac0  JUMPI
  00ac1  PUSH 4
  00ac3  CALLDATALOAD
  00ac4  PUSH @bad_input_60
  00ac7  DUP2
  00ac8  PUSH 160
  00aca  SHR
  00acb  JUMPI
  00acc  CALLF @fn_FiatCoin_minter_allowance
  00acf  LSET 57
  00ad1  PUSH 32
  00ad3  MALLOC
  00ad4  LSET 58
  00ad6  LGET 58
  00ad8  LGET 57
  00ada  MSTORE
  00adb  LGET 58
  00add  PUSH 32
  00adf  RETURN
ext_is_minter_44:
    ; fiat.coin:357: pub view fn is_minter(account: address) -> bool {
  00ae0  JUMPDEST
  00ae1  POP
  00ae2  PUSH @novalue_104
  00ae5  CALLVALUE
  00ae6  ISZERO
  00ae7  JUMPI
  00ae8  PUSH0
  00ae9  PUSH0
  00aea  REVERT
novalue_104:
  00aeb  JUMPDEST
  00aec  PUSH @bad_input_60
  00aef  CALLDATASIZE
  00af0  PUSH 36
  00af2  LT
  00af3  JUMPI
  00af4  PUSH 4
  00af6  CALLDATALOAD
  00af7  PUSH @bad_input_60
  00afa  DUP2
  00afb  PUSH 160
  00afd  SHR
  00afe  JUMPI
  00aff  CALLF @fn_FiatCoin_is_minter
  00b02  LSET 59
  00b04  PUSH 32
  00b06  MALLOC
  00b07  LSET 60
  00b09  LGET 60
  00b0b  LGET 59
  00b0d  MSTORE
  00b0e  LGET 60
  00b10  PUSH 32
  00b12  RETURN
ext_is_blacklisted_45:
    ; fiat.coin:361: pub view fn is_blacklisted(account: address) -> bool {
  00b13  JUMPDEST
  00b14  POP
  00b15  PUSH @novalue_105
  00b18  CALLVALUE
  00b19  ISZERO
  00b1a  JUMPI
  00b1b  PUSH0
  00b1c  PUSH0
  00b1d  REVERT
novalue_105:
  00b1e  JUMPDEST
  00b1f  PUSH @bad_input_60
  00b22  CALLDATASIZE
  00b23  PUSH 36
  00b25  LT
  00b26  JUMPI
  00b27  PUSH 4
  00b29  CALLDATALOAD
  00b2a  PUSH @bad_input_60
  00b2d  DUP2
  00b2e  PUSH 160
  00b30  SHR
  00b31  JUMPI
  00b32  CALLF @fn_FiatCoin_is_blacklisted
  00b35  LSET 61
  00b37  PUSH 32
  00b39  MALLOC
  00b3a  LSET 62
  00b3c  LGET 62
  00b3e  LGET 61
  00b40  MSTORE
  00b41  LGET 62
  00b43  PUSH 32
  00b45  RETURN
ext_is_paused_46:
    ; fiat.coin:365: pub view fn is_paused() -> bool {
  00b46  JUMPDEST
  00b47  POP
  00b48  PUSH @novalue_106
  00b4b  CALLVALUE
  00b4c  ISZERO
  00b4d  JUMPI
  00b4e  PUSH0
  00b4f  PUSH0
  00b50  REVERT
novalue_106:
  00b51  JUMPDEST
  00b52  CALLF @fn_FiatCoin_is_paused
  00b55  LSET 63
  00b57  PUSH 32
  00b59  MALLOC
  00b5a  LSET 64
  00b5c  LGET 64
  00b5e  LGET 63
  00b60  MSTORE
  00b61  LGET 64
  00b63  PUSH 32
  00b65  RETURN
ext_get_reserves_47:
    ; fiat.coin:369: pub view fn get_reserves() -> uint {
  00b66  JUMPDEST
  00b67  POP
  00b68  PUSH @novalue_107
  00b6b  CALLVALUE
  00b6c  ISZERO
  00b6d  JUMPI
  00b6e  PUSH0
  00b6f  PUSH0
  00b70  REVERT
novalue_107:
  00b71  JUMPDEST
  00b72  CALLF @fn_FiatCoin_get_reserves
  00b75  LSET 65
  00b77  PUSH 32
  00b79  MALLOC
  00b7a  LSET 66
  00b7c  LGET 66
  00b7e  LGET 65
  00b80  MSTORE
  00b81  LGET 66
  00b83  PUSH 32
  00b85  RETURN
ext_get_impaired_48:
    ; fiat.coin:373: pub view fn get_impaired() -> uint {
  00b86  JUMPDEST
  00b87  POP
  00b88  PUSH @novalue_108
  00b8b  CALLVALUE
  00b8c  ISZERO
  00b8d  JUMPI
  00b8e  PUSH0
  00b8f  PUSH0
  00b90  REVERT
novalue_108:
  00b91  JUMPDEST
  00b92  CALLF @fn_FiatCoin_get_impaired
  00b95  LSET 67
  00b97  PUSH 32
  00b99  MALLOC
  00b9a  LSET 68
  00b9c  LGET 68
  00b9e  LGET 67
  00ba0  MSTORE
  00ba1  LGET 68
  00ba3  PUSH 32
  00ba5  RETURN
ext_get_attested_at_49:
    ; fiat.coin:377: pub view fn get_attested_at() -> uint {
  00ba6  JUMPDEST
  00ba7  POP
  00ba8  PUSH @novalue_109
  00bab  CALLVALUE
  00bac  ISZERO
  00bad  JUMPI
  00bae  PUSH0
  00baf  PUSH0
  00bb0  REVERT
novalue_109:
  00bb1  JUMPDEST
  00bb2  CALLF @fn_FiatCoin_get_attested_at
  00bb5  LSET 69
  00bb7  PUSH 32
  00bb9  MALLOC
  00bba  LSET 70
  00bbc  LGET 70
  00bbe  LGET 69
  00bc0  MSTORE
  00bc1  LGET 70
  00bc3  PUSH 32
  00bc5  RETURN
ext_redemption_50:
    ; fiat.coin:381: pub view fn redemption(id: uint) -> Redemption {
  00bc6  JUMPDEST
  00bc7  POP
  00bc8  PUSH @novalue_110
  00bcb  CALLVALUE
  00bcc  ISZERO
  00bcd  JUMPI
  00bce  PUSH0
  00bcf  PUSH0
  00bd0  REVERT
novalue_110:
  00bd1  JUMPDEST
  00bd2  PUSH @bad_input_60
  00bd5  CALLDATASIZE
  00bd6  PUSH 36
  00bd8  LT
  00bd9  JUMPI
  00bda  PUSH 4
  00bdc  CALLDATALOAD
  00bdd  CALLF @fn_FiatCoin_redemption
  00be0  LSET 74
  00be2  LSET 73
  00be4  LSET 72
  00be6  LSET 71
  00be8  PUSH 128
  00bea  MALLOC
  00beb  LSET 75
  00bed  LGET 75
  00bef  LGET 71
  00bf1  MSTORE
  00bf2  LGET 75
  00bf4  PUSH 32
  00bf6  ADD
  00bf7  LGET 72
  00bf9  MSTORE
  00bfa  LGET 75
  00bfc  PUSH 64
  00bfe  ADD
  00bff  LGET 73
  00c01  MSTORE
  00c02  LGET 75
  00c04  PUSH 96
  00c06  ADD
  00c07  LGET 74
  00c09  MSTORE
  00c0a  LGET 75
  00c0c  PUSH 128
  00c0e  RETURN
ext_redemption_queue_51:
    ; fiat.coin:385: pub view fn redemption_queue() -> uint {
  00c0f  JUMPDEST
  00c10  POP
  00c11  PUSH @novalue_111
  00c14  CALLVALUE
  00c15  ISZERO
  00c16  JUMPI
  00c17  PUSH0
  00c18  PUSH0
  00c19  REVERT
novalue_111:
  00c1a  JUMPDEST
  00c1b  CALLF @fn_FiatCoin_redemption_queue
  00c1e  LSET 76
  00c20  PUSH 32
  00c22  MALLOC
  00c23  LSET 77
  00c25  LGET 77
  00c27  LGET 76
  00c29  MSTORE
  00c2a  LGET 77
  00c2c  PUSH 32
  00c2e  RETURN
ext_pending_redemptions_52:
    ; fiat.coin:389: pub view fn pending_redemptions() -> uint {
  00c2f  JUMPDEST
  00c30  POP
  00c31  PUSH @novalue_112
  00c34  CALLVALUE
  00c35  ISZERO
  00c36  JUMPI
  00c37  PUSH0
  00c38  PUSH0
  00c39  REVERT
novalue_112:
  00c3a  JUMPDEST
  00c3b  CALLF @fn_FiatCoin_pending_redemptions
  00c3e  LSET 78
  00c40  PUSH 32
  00c42  MALLOC
  00c43  LSET 79
  00c45  LGET 79
  00c47  LGET 78
  00c49  MSTORE
  00c4a  LGET 79
  00c4c  PUSH 32
  00c4e  RETURN
ext_are_redemptions_open_53:
    ; fiat.coin:393: pub view fn are_redemptions_open() -> bool {
  00c4f  JUMPDEST
  00c50  POP
  00c51  PUSH @novalue_113
  00c54  CALLVALUE
  00c55  ISZERO
  00c56  JUMPI
  00c57  PUSH0
  00c58  PUSH0
  00c59  REVERT
novalue_113:
  00c5a  JUMPDEST
  00c5b  CALLF @fn_FiatCoin_are_redemptions_open
  00c5e  LSET 80
  00c60  PUSH 32
  00c62  MALLOC
  00c63  LSET 81
  00c65  LGET 81
  00c67  LGET 80
  00c69  MSTORE
  00c6a  LGET 81
  00c6c  PUSH 32
  00c6e  RETURN
ext_roles_54:
    ; fiat.coin:397: pub view fn roles() -> Roles {
  00c6f  JUMPDEST
  00c70  POP
  00c71  PUSH @novalue_114
  00c74  CALLVALUE
  00c75  ISZERO
  00c76  JUMPI
  00c77  PUSH0
  00c78  PUSH0
  00c79  REVERT
novalue_114:
  00c7a  JUMPDEST
  00c7b  CALLF @fn_FiatCoin_roles
  00c7e  LSET 87
  00c80  LSET 86
  00c82  LSET 85
  00c84  LSET 84
  00c86  LSET 83
  00c88  LSET 82
  00c8a  PUSH 192
  00c8c  MALLOC
  00c8d  LSET 88
  00c8f  LGET 88
  00c91  LGET 82
  00c93  MSTORE
  00c94  LGET 88
  00c96  PUSH 32
  00c98  ADD
  00c99  LGET 83
  00c9b  MSTORE
  00c9c  LGET 88
  00c9e  PUSH 64
  00ca0  ADD
  00ca1  LGET 84
  00ca3  MSTORE
  00ca4  LGET 88
  00ca6  PUSH 96
  00ca8  ADD
  00ca9  LGET 85
  00cab  MSTORE
  00cac  LGET 88
  00cae  PUSH 128
  00cb0  ADD
  00cb1  LGET 86
  00cb3  MSTORE
  00cb4  LGET 88
  00cb6  PUSH 160
  00cb8  ADD
  00cb9  LGET 87
  00cbb  MSTORE
  00cbc  LGET 88
  00cbe  PUSH 192
  00cc0  RETURN
bad_input_60:
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  00cc1  JUMPDEST
  00cc2  PUSH0
  00cc3  PUSH0
  00cc4  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  00cc5  ENTER 0
    ; token.coin:35: return self.token_name
  00cc7  PUSH 0
  00cc8  SLOADBYTES
  00cc9  RETF
  00cca  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  00ccb  ENTER 0
    ; token.coin:39: return self.token_symbol
  00ccd  PUSH 1
  00ccf  SLOADBYTES
  00cd0  RETF
  00cd1  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00cd2  ENTER 0
    ; token.coin:43: return self.token_decimals
  00cd4  PUSH 2
  00cd6  SLOAD
  00cd7  RETF
  00cd8  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00cd9  ENTER 0
    ; token.coin:47: return self.supply
  00cdb  PUSH 3
  00cdd  SLOAD
  00cde  RETF
  00cdf  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00ce0  ENTER 1
  00ce2  LSET 0
    ; token.coin:51: return self.balances[owner]
  00ce4  PUSH0
  00ce5  LGET 0
  00ce7  MSTORE
  00ce8  PUSH 32
  00cea  PUSH 4
  00cec  MSTORE
  00ced  PUSH0
  00cee  PUSH 64
  00cf0  KECCAK256
  00cf1  SLOAD
  00cf2  RETF
  00cf3  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00cf4  ENTER 2
  00cf6  LSET 1
  00cf8  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  00cfa  PUSH 32
  00cfc  PUSH0
  00cfd  LGET 0
  00cff  MSTORE
  00d00  PUSH 32
  00d02  PUSH 5
  00d04  MSTORE
  00d05  PUSH0
  00d06  PUSH 64
  00d08  KECCAK256
  00d09  MSTORE
  00d0a  PUSH0
  00d0b  LGET 1
  00d0d  MSTORE
  00d0e  PUSH0
  00d0f  PUSH 64
  00d11  KECCAK256
  00d12  SLOAD
  00d13  RETF
  00d14  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00d15  ENTER 2
  00d17  LSET 1
  00d19  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00d1b  CALLER
  00d1c  LGET 0
  00d1e  LGET 1
  00d20  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00d23  PUSH 1
  00d25  RETF
  00d26  INVALID
fn_FiatCoin_approve:
    ; fiat.coin:203: pub fn approve(spender: address, amount: uint) -> bool {
  00d27  ENTER 2
  00d29  LSET 1
  00d2b  LSET 0
    ; fiat.coin:204: self.approve_checked(msg.sender, spender, amount)
  00d2d  CALLER
  00d2e  LGET 0
  00d30  LGET 1
  00d32  CALLF @fn_FiatCoin_approve_checked
    ; fiat.coin:205: return true
  00d35  PUSH 1
  00d37  RETF
  00d38  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00d39  ENTER 4
  00d3b  LSET 2
  00d3d  LSET 1
  00d3f  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  00d41  PUSH0
  00d42  LGET 0
  00d44  MSTORE
  00d45  PUSH 32
  00d47  PUSH 5
  00d49  MSTORE
  00d4a  PUSH0
  00d4b  PUSH 64
  00d4d  KECCAK256
  00d4e  PUSH0
  00d4f  CALLER
  00d50  MSTORE
  00d51  PUSH 32
  00d53  SWAP1
  00d54  MSTORE
  00d55  PUSH0
  00d56  PUSH 64
  00d58  KECCAK256
  00d59  SLOAD
  00d5a  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  00d5c  PUSH @else_115
  00d5f  LGET 3
  00d61  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00d82  EQ
  00d83  ISZERO
  00d84  ISZERO
  00d85  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  00d86  PUSH @req_ok_116
  00d89  LGET 3
  00d8b  LGET 2
  00d8d  LT
  00d8e  ISZERO
  00d8f  JUMPI
  00d90  PUSH 100
  00d92  MALLOC
  00d93  DUP1
  00d94  PUSH 0
  00d95  PUSH 100
  00d97  DATACOPY
  00d98  PUSH 100
  00d9a  REVERT
req_ok_116:
  00d9b  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00d9c  LGET 3
  00d9e  LGET 2
  00da0  CSUB
  00da1  PUSH0
  00da2  LGET 0
  00da4  MSTORE
  00da5  PUSH 32
  00da7  PUSH 5
  00da9  MSTORE
  00daa  PUSH0
  00dab  PUSH 64
  00dad  KECCAK256
  00dae  PUSH0
  00daf  CALLER
  00db0  MSTORE
  00db1  PUSH 32
  00db3  SWAP1
  00db4  MSTORE
  00db5  PUSH0
  00db6  PUSH 64
  00db8  KECCAK256
  00db9  SWAP1
  00dba  SSTORE
else_115:
  00dbb  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00dbc  LGET 0
  00dbe  LGET 1
  00dc0  LGET 2
  00dc2  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00dc5  PUSH 1
  00dc7  RETF
  00dc8  INVALID
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  00dc9  ENTER 0
    ; access.coin:14: return self.owner
  00dcb  PUSH 6
  00dcd  SLOAD
  00dce  RETF
  00dcf  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00dd0  ENTER 2
  00dd2  LSET 0
    ; access.coin:18: self.only_owner()
  00dd4  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00dd7  PUSH @req_ok_117
  00dda  LGET 0
  00ddc  PUSH 0
  00ddd  EQ
  00dde  ISZERO
  00ddf  JUMPI
  00de0  PUSH 100
  00de2  MALLOC
  00de3  DUP1
  00de4  PUSH 100
  00de6  PUSH 100
  00de8  DATACOPY
  00de9  PUSH 100
  00deb  REVERT
req_ok_117:
  00dec  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00ded  PUSH 6
  00def  SLOAD
  00df0  LSET 1
  00df2  PUSH0
  00df3  PUSH0
  00df4  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00e15  LGET 1
  00e17  LGET 0
  00e19  LOG3
    ; access.coin:21: self.owner = next
  00e1a  PUSH 6
  00e1c  LGET 0
  00e1e  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00e1f  RETF
fn_FiatCoin_set_master_minter:
    ; fiat.coin:82: pub fn set_master_minter(account: address) {
  00e20  ENTER 6
  00e22  LSET 0
    ; fiat.coin:83: self.only_owner()
  00e24  CALLF @fn_Owned_only_owner
    ; fiat.coin:84: self.master_minter = account
  00e27  PUSH 7
  00e29  LGET 0
  00e2b  SSTORE
    ; fiat.coin:85: emit RoleAssigned("master_minter", account)
  00e2c  PUSH 64
  00e2e  MALLOC
  00e2f  DUP1
  00e30  PUSH 200
  00e32  PUSH 64
  00e34  DATACOPY
  00e35  LSET 1
  00e37  PUSH 32
  00e39  LGET 1
  00e3b  MLOAD
  00e3c  PUSH 31
  00e3e  ADD
  00e3f  PUSH 5
  00e41  SHR
  00e42  PUSH 5
  00e44  SHL
  00e45  PUSH 32
  00e47  ADD
  00e48  ADD
  00e49  LSET 2
  00e4b  LGET 2
  00e4d  MALLOC
  00e4e  LSET 3
  00e50  PUSH 32
  00e52  LSET 4
  00e54  LGET 3
  00e56  PUSH 0
  00e57  ADD
  00e58  LGET 4
  00e5a  MSTORE
  00e5b  LGET 3
  00e5d  PUSH 0
  00e5e  ADD
  00e5f  LGET 4
  00e61  ADD
  00e62  LGET 1
  00e64  LGET 1
  00e66  MLOAD
  00e67  PUSH 31
  00e69  ADD
  00e6a  PUSH 5
  00e6c  SHR
  00e6d  PUSH 5
  00e6f  SHL
  00e70  PUSH 32
  00e72  ADD
  00e73  DUP1
  00e74  LSET 5
  00e76  MCOPY
  00e77  LGET 4
  00e79  LGET 5
  00e7b  ADD
  00e7c  LSET 4
  00e7e  LGET 3
  00e80  LGET 2
  00e82  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00ea3  LGET 0
  00ea5  LOG2
    ; fiat.coin:82: pub fn set_master_minter(account: address) {
  00ea6  RETF
fn_FiatCoin_set_pauser:
    ; fiat.coin:88: pub fn set_pauser(account: address) {
  00ea7  ENTER 6
  00ea9  LSET 0
    ; fiat.coin:89: self.only_owner()
  00eab  CALLF @fn_Owned_only_owner
    ; fiat.coin:90: self.pauser = account
  00eae  PUSH 8
  00eb0  LGET 0
  00eb2  SSTORE
    ; fiat.coin:91: emit RoleAssigned("pauser", account)
  00eb3  PUSH 64
  00eb5  MALLOC
  00eb6  DUP1
  00eb7  PUSH 264
  00eba  PUSH 64
  00ebc  DATACOPY
  00ebd  LSET 1
  00ebf  PUSH 32
  00ec1  LGET 1
  00ec3  MLOAD
  00ec4  PUSH 31
  00ec6  ADD
  00ec7  PUSH 5
  00ec9  SHR
  00eca  PUSH 5
  00ecc  SHL
  00ecd  PUSH 32
  00ecf  ADD
  00ed0  ADD
  00ed1  LSET 2
  00ed3  LGET 2
  00ed5  MALLOC
  00ed6  LSET 3
  00ed8  PUSH 32
  00eda  LSET 4
  00edc  LGET 3
  00ede  PUSH 0
  00edf  ADD
  00ee0  LGET 4
  00ee2  MSTORE
  00ee3  LGET 3
  00ee5  PUSH 0
  00ee6  ADD
  00ee7  LGET 4
  00ee9  ADD
  00eea  LGET 1
  00eec  LGET 1
  00eee  MLOAD
  00eef  PUSH 31
  00ef1  ADD
  00ef2  PUSH 5
  00ef4  SHR
  00ef5  PUSH 5
  00ef7  SHL
  00ef8  PUSH 32
  00efa  ADD
  00efb  DUP1
  00efc  LSET 5
  00efe  MCOPY
  00eff  LGET 4
  00f01  LGET 5
  00f03  ADD
  00f04  LSET 4
  00f06  LGET 3
  00f08  LGET 2
  00f0a  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00f2b  LGET 0
  00f2d  LOG2
    ; fiat.coin:88: pub fn set_pauser(account: address) {
  00f2e  RETF
fn_FiatCoin_set_blacklister:
    ; fiat.coin:94: pub fn set_blacklister(account: address) {
  00f2f  ENTER 6
  00f31  LSET 0
    ; fiat.coin:95: self.only_owner()
  00f33  CALLF @fn_Owned_only_owner
    ; fiat.coin:96: self.blacklister = account
  00f36  PUSH 9
  00f38  LGET 0
  00f3a  SSTORE
    ; fiat.coin:97: emit RoleAssigned("blacklister", account)
  00f3b  PUSH 64
  00f3d  MALLOC
  00f3e  DUP1
  00f3f  PUSH 328
  00f42  PUSH 64
  00f44  DATACOPY
  00f45  LSET 1
  00f47  PUSH 32
  00f49  LGET 1
  00f4b  MLOAD
  00f4c  PUSH 31
  00f4e  ADD
  00f4f  PUSH 5
  00f51  SHR
  00f52  PUSH 5
  00f54  SHL
  00f55  PUSH 32
  00f57  ADD
  00f58  ADD
  00f59  LSET 2
  00f5b  LGET 2
  00f5d  MALLOC
  00f5e  LSET 3
  00f60  PUSH 32
  00f62  LSET 4
  00f64  LGET 3
  00f66  PUSH 0
  00f67  ADD
  00f68  LGET 4
  00f6a  MSTORE
  00f6b  LGET 3
  00f6d  PUSH 0
  00f6e  ADD
  00f6f  LGET 4
  00f71  ADD
  00f72  LGET 1
  00f74  LGET 1
  00f76  MLOAD
  00f77  PUSH 31
  00f79  ADD
  00f7a  PUSH 5
  00f7c  SHR
  00f7d  PUSH 5
  00f7f  SHL
  00f80  PUSH 32
  00f82  ADD
  00f83  DUP1
  00f84  LSET 5
  00f86  MCOPY
  00f87  LGET 4
  00f89  LGET 5
  00f8b  ADD
  00f8c  LSET 4
  00f8e  LGET 3
  00f90  LGET 2
  00f92  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00fb3  LGET 0
  00fb5  LOG2
    ; fiat.coin:94: pub fn set_blacklister(account: address) {
  00fb6  RETF
fn_FiatCoin_set_attester:
    ; fiat.coin:100: pub fn set_attester(account: address) {
  00fb7  ENTER 6
  00fb9  LSET 0
    ; fiat.coin:101: self.only_owner()
  00fbb  CALLF @fn_Owned_only_owner
    ; fiat.coin:102: self.attester = account
  00fbe  PUSH 10
  00fc0  LGET 0
  00fc2  SSTORE
    ; fiat.coin:103: emit RoleAssigned("attester", account)
  00fc3  PUSH 64
  00fc5  MALLOC
  00fc6  DUP1
  00fc7  PUSH 392
  00fca  PUSH 64
  00fcc  DATACOPY
  00fcd  LSET 1
  00fcf  PUSH 32
  00fd1  LGET 1
  00fd3  MLOAD
  00fd4  PUSH 31
  00fd6  ADD
  00fd7  PUSH 5
  00fd9  SHR
  00fda  PUSH 5
  00fdc  SHL
  00fdd  PUSH 32
  00fdf  ADD
  00fe0  ADD
  00fe1  LSET 2
  00fe3  LGET 2
  00fe5  MALLOC
  00fe6  LSET 3
  00fe8  PUSH 32
  00fea  LSET 4
  00fec  LGET 3
  00fee  PUSH 0
  00fef  ADD
  00ff0  LGET 4
  00ff2  MSTORE
  00ff3  LGET 3
  00ff5  PUSH 0
  00ff6  ADD
  00ff7  LGET 4
  00ff9  ADD
  00ffa  LGET 1
  00ffc  LGET 1
  00ffe  MLOAD
  00fff  PUSH 31
  01001  ADD
  01002  PUSH 5
  01004  SHR
  01005  PUSH 5
  01007  SHL
  01008  PUSH 32
  0100a  ADD
  0100b  DUP1
  0100c  LSET 5
  0100e  MCOPY
  0100f  LGET 4
  01011  LGET 5
  01013  ADD
  01014  LSET 4
  01016  LGET 3
  01018  LGET 2
  0101a  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  0103b  LGET 0
  0103d  LOG2
    ; fiat.coin:100: pub fn set_attester(account: address) {
  0103e  RETF
fn_FiatCoin_set_issuer:
    ; fiat.coin:106: pub fn set_issuer(account: address) {
  0103f  ENTER 6
  01041  LSET 0
    ; fiat.coin:107: self.only_owner()
  01043  CALLF @fn_Owned_only_owner
    ; fiat.coin:108: self.issuer = account
  01046  PUSH 11
  01048  LGET 0
  0104a  SSTORE
    ; fiat.coin:109: emit RoleAssigned("issuer", account)
  0104b  PUSH 64
  0104d  MALLOC
  0104e  DUP1
  0104f  PUSH 456
  01052  PUSH 64
  01054  DATACOPY
  01055  LSET 1
  01057  PUSH 32
  01059  LGET 1
  0105b  MLOAD
  0105c  PUSH 31
  0105e  ADD
  0105f  PUSH 5
  01061  SHR
  01062  PUSH 5
  01064  SHL
  01065  PUSH 32
  01067  ADD
  01068  ADD
  01069  LSET 2
  0106b  LGET 2
  0106d  MALLOC
  0106e  LSET 3
  01070  PUSH 32
  01072  LSET 4
  01074  LGET 3
  01076  PUSH 0
  01077  ADD
  01078  LGET 4
  0107a  MSTORE
  0107b  LGET 3
  0107d  PUSH 0
  0107e  ADD
  0107f  LGET 4
  01081  ADD
  01082  LGET 1
  01084  LGET 1
  01086  MLOAD
  01087  PUSH 31
  01089  ADD
  0108a  PUSH 5
  0108c  SHR
  0108d  PUSH 5
  0108f  SHL
  01090  PUSH 32
  01092  ADD
  01093  DUP1
  01094  LSET 5
  01096  MCOPY
  01097  LGET 4
  01099  LGET 5
  0109b  ADD
  0109c  LSET 4
  0109e  LGET 3
  010a0  LGET 2
  010a2  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  010c3  LGET 0
  010c5  LOG2
    ; fiat.coin:106: pub fn set_issuer(account: address) {
  010c6  RETF
fn_FiatCoin_set_max_attestation_age:
    ; fiat.coin:112: pub fn set_max_attestation_age(seconds: uint) {
  010c7  ENTER 2
  010c9  LSET 0
    ; fiat.coin:113: self.only_owner()
  010cb  CALLF @fn_Owned_only_owner
    ; fiat.coin:114: require(seconds > 0, "max_attestation_age must be positive")
  010ce  PUSH @req_ok_118
  010d1  LGET 0
  010d3  PUSH 0
  010d4  GT
  010d5  JUMPI
  010d6  PUSH 132
  010d8  MALLOC
  010d9  DUP1
  010da  PUSH 520
  010dd  PUSH 132
  010df  DATACOPY
  010e0  PUSH 132
  010e2  REVERT
req_ok_118:
  010e3  JUMPDEST
    ; fiat.coin:115: self.max_attestation_age = seconds
  010e4  PUSH 18
  010e6  LGET 0
  010e8  SSTORE
    ; fiat.coin:116: emit MaxAttestationAgeSet(seconds)
  010e9  PUSH 32
  010eb  MALLOC
  010ec  LSET 1
  010ee  LGET 1
  010f0  LGET 0
  010f2  MSTORE
  010f3  LGET 1
  010f5  PUSH 32
  010f7  PUSH 0xb01be5a48d4cb89d0db16669a1c0ba4de7489d4ead767928153bab34e833a7cf
  01118  LOG1
    ; fiat.coin:112: pub fn set_max_attestation_age(seconds: uint) {
  01119  RETF
fn_FiatCoin_configure_minter:
    ; fiat.coin:120: pub fn configure_minter(minter: address, allowance: uint) {
  0111a  ENTER 3
  0111c  LSET 1
  0111e  LSET 0
    ; fiat.coin:121: require(msg.sender == self.master_minter, "caller is not the master minter")
  01120  PUSH @req_ok_119
  01123  CALLER
  01124  PUSH 7
  01126  SLOAD
  01127  EQ
  01128  JUMPI
  01129  PUSH 100
  0112b  MALLOC
  0112c  DUP1
  0112d  PUSH 652
  01130  PUSH 100
  01132  DATACOPY
  01133  PUSH 100
  01135  REVERT
req_ok_119:
  01136  JUMPDEST
    ; fiat.coin:122: require(not self.paused, "paused")
  01137  PUSH @req_ok_120
  0113a  PUSH 12
  0113c  SLOAD
  0113d  ISZERO
  0113e  JUMPI
  0113f  PUSH 100
  01141  MALLOC
  01142  DUP1
  01143  PUSH 752
  01146  PUSH 100
  01148  DATACOPY
  01149  PUSH 100
  0114b  REVERT
req_ok_120:
  0114c  JUMPDEST
    ; fiat.coin:123: self.minter_enabled[minter] = true
  0114d  PUSH0
  0114e  LGET 0
  01150  MSTORE
  01151  PUSH 32
  01153  PUSH 14
  01155  MSTORE
  01156  PUSH0
  01157  PUSH 64
  01159  KECCAK256
  0115a  PUSH 1
  0115c  SSTORE
    ; fiat.coin:124: self.minter_allowances[minter] = allowance
  0115d  PUSH0
  0115e  LGET 0
  01160  MSTORE
  01161  PUSH 32
  01163  PUSH 15
  01165  MSTORE
  01166  PUSH0
  01167  PUSH 64
  01169  KECCAK256
  0116a  LGET 1
  0116c  SSTORE
    ; fiat.coin:125: emit MinterConfigured(minter, allowance)
  0116d  PUSH 32
  0116f  MALLOC
  01170  LSET 2
  01172  LGET 2
  01174  LGET 1
  01176  MSTORE
  01177  LGET 2
  01179  PUSH 32
  0117b  PUSH 0x46980fca912ef9bcdbd36877427b6b90e860769f604e89c0e67720cece530d20
  0119c  LGET 0
  0119e  LOG2
    ; fiat.coin:120: pub fn configure_minter(minter: address, allowance: uint) {
  0119f  RETF
fn_FiatCoin_remove_minter:
    ; fiat.coin:128: pub fn remove_minter(minter: address) {
  011a0  ENTER 1
  011a2  LSET 0
    ; fiat.coin:129: require(msg.sender == self.master_minter, "caller is not the master minter")
  011a4  PUSH @req_ok_121
  011a7  CALLER
  011a8  PUSH 7
  011aa  SLOAD
  011ab  EQ
  011ac  JUMPI
  011ad  PUSH 100
  011af  MALLOC
  011b0  DUP1
  011b1  PUSH 652
  011b4  PUSH 100
  011b6  DATACOPY
  011b7  PUSH 100
  011b9  REVERT
req_ok_121:
  011ba  JUMPDEST
    ; fiat.coin:130: self.minter_enabled[minter] = false
  011bb  PUSH0
  011bc  LGET 0
  011be  MSTORE
  011bf  PUSH 32
  011c1  PUSH 14
  011c3  MSTORE
  011c4  PUSH0
  011c5  PUSH 64
  011c7  KECCAK256
  011c8  PUSH 0
  011c9  SSTORE
    ; fiat.coin:131: self.minter_allowances[minter] = 0
  011ca  PUSH0
  011cb  LGET 0
  011cd  MSTORE
  011ce  PUSH 32
  011d0  PUSH 15
  011d2  MSTORE
  011d3  PUSH0
  011d4  PUSH 64
  011d6  KECCAK256
  011d7  PUSH 0
  011d8  SSTORE
    ; fiat.coin:132: emit MinterRemoved(minter)
  011d9  PUSH0
  011da  PUSH0
  011db  PUSH 0xe94479a9f7e1952cc78f2d6baab678adc1b772d936c6583def489e524cb66692
  011fc  LGET 0
  011fe  LOG2
    ; fiat.coin:128: pub fn remove_minter(minter: address) {
  011ff  RETF
fn_FiatCoin_mint:
    ; fiat.coin:135: pub fn mint(to: address, amount: uint) -> bool {
  01200  ENTER 5
  01202  LSET 1
  01204  LSET 0
    ; fiat.coin:136: require(not self.paused, "paused")
  01206  PUSH @req_ok_122
  01209  PUSH 12
  0120b  SLOAD
  0120c  ISZERO
  0120d  JUMPI
  0120e  PUSH 100
  01210  MALLOC
  01211  DUP1
  01212  PUSH 752
  01215  PUSH 100
  01217  DATACOPY
  01218  PUSH 100
  0121a  REVERT
req_ok_122:
  0121b  JUMPDEST
    ; fiat.coin:137: require(self.minter_enabled[msg.sender], "caller is not a minter")
  0121c  PUSH @req_ok_123
  0121f  PUSH0
  01220  CALLER
  01221  MSTORE
  01222  PUSH 32
  01224  PUSH 14
  01226  MSTORE
  01227  PUSH0
  01228  PUSH 64
  0122a  KECCAK256
  0122b  SLOAD
  0122c  JUMPI
  0122d  PUSH 100
  0122f  MALLOC
  01230  DUP1
  01231  PUSH 852
  01234  PUSH 100
  01236  DATACOPY
  01237  PUSH 100
  01239  REVERT
req_ok_123:
  0123a  JUMPDEST
    ; fiat.coin:138: require(not self.blacklist[msg.sender], "minter is blacklisted")
  0123b  PUSH @req_ok_124
  0123e  PUSH0
  0123f  CALLER
  01240  MSTORE
  01241  PUSH 32
  01243  PUSH 13
  01245  MSTORE
  01246  PUSH0
  01247  PUSH 64
  01249  KECCAK256
  0124a  SLOAD
  0124b  ISZERO
  0124c  JUMPI
  0124d  PUSH 100
  0124f  MALLOC
  01250  DUP1
  01251  PUSH 952
  01254  PUSH 100
  01256  DATACOPY
  01257  PUSH 100
  01259  REVERT
req_ok_124:
  0125a  JUMPDEST
    ; fiat.coin:139: require(amount > 0, "mint amount must be positive")
  0125b  PUSH @req_ok_125
  0125e  LGET 1
  01260  PUSH 0
  01261  GT
  01262  JUMPI
  01263  PUSH 100
  01265  MALLOC
  01266  DUP1
  01267  PUSH 1052
  0126a  PUSH 100
  0126c  DATACOPY
  0126d  PUSH 100
  0126f  REVERT
req_ok_125:
  01270  JUMPDEST
    ; fiat.coin:140: let allowance = self.minter_allowances[msg.sender]
  01271  PUSH0
  01272  CALLER
  01273  MSTORE
  01274  PUSH 32
  01276  PUSH 15
  01278  MSTORE
  01279  PUSH0
  0127a  PUSH 64
  0127c  KECCAK256
  0127d  SLOAD
  0127e  LSET 2
    ; fiat.coin:141: require(amount <= allowance, "mint amount exceeds minter allowance")
  01280  PUSH @req_ok_126
  01283  LGET 1
  01285  LGET 2
  01287  GT
  01288  ISZERO
  01289  JUMPI
  0128a  PUSH 132
  0128c  MALLOC
  0128d  DUP1
  0128e  PUSH 1152
  01291  PUSH 132
  01293  DATACOPY
  01294  PUSH 132
  01296  REVERT
req_ok_126:
  01297  JUMPDEST
    ; fiat.coin:142: require(self.attested_at > 0, "reserves were never attested")
  01298  PUSH @req_ok_127
  0129b  PUSH 17
  0129d  SLOAD
  0129e  PUSH 0
  0129f  GT
  012a0  JUMPI
  012a1  PUSH 100
  012a3  MALLOC
  012a4  DUP1
  012a5  PUSH 1284
  012a8  PUSH 100
  012aa  DATACOPY
  012ab  PUSH 100
  012ad  REVERT
req_ok_127:
  012ae  JUMPDEST
    ; fiat.coin:143: require(block.timestamp <= self.attested_at + self.max_attestation_age,
  012af  PUSH @req_ok_128
  012b2  TIMESTAMP
  012b3  PUSH 17
  012b5  SLOAD
  012b6  PUSH 18
  012b8  SLOAD
  012b9  CADD
  012ba  GT
  012bb  ISZERO
  012bc  JUMPI
  012bd  PUSH 100
  012bf  MALLOC
  012c0  DUP1
  012c1  PUSH 1384
  012c4  PUSH 100
  012c6  DATACOPY
  012c7  PUSH 100
  012c9  REVERT
req_ok_128:
  012ca  JUMPDEST
    ; fiat.coin:145: require(self.supply + amount <= self.available_reserves(), "mint would exceed attested reserves")
  012cb  PUSH @req_ok_129
  012ce  PUSH 3
  012d0  SLOAD
  012d1  LGET 1
  012d3  CADD
  012d4  CALLF @fn_FiatCoin_available_reserves
  012d7  GT
  012d8  ISZERO
  012d9  JUMPI
  012da  PUSH 132
  012dc  MALLOC
  012dd  DUP1
  012de  PUSH 1484
  012e1  PUSH 132
  012e3  DATACOPY
  012e4  PUSH 132
  012e6  REVERT
req_ok_129:
  012e7  JUMPDEST
    ; fiat.coin:146: self.minter_allowances[msg.sender] = allowance - amount
  012e8  LGET 2
  012ea  LGET 1
  012ec  CSUB
  012ed  PUSH0
  012ee  CALLER
  012ef  MSTORE
  012f0  PUSH 32
  012f2  PUSH 15
  012f4  MSTORE
  012f5  PUSH0
  012f6  PUSH 64
  012f8  KECCAK256
  012f9  SWAP1
  012fa  SSTORE
    ; fiat.coin:147: self.mint_to(to, amount)
  012fb  LGET 0
  012fd  LGET 1
  012ff  CALLF @fn_Token_mint_to
    ; fiat.coin:148: emit Mint(msg.sender, to, amount)
  01302  CALLER
  01303  LSET 3
  01305  PUSH 32
  01307  MALLOC
  01308  LSET 4
  0130a  LGET 4
  0130c  LGET 1
  0130e  MSTORE
  0130f  LGET 4
  01311  PUSH 32
  01313  PUSH 0xab8530f87dc9b59234c4623bf917212bb2536d647574c8e7e5da92c2ede0c9f8
  01334  LGET 3
  01336  LGET 0
  01338  LOG3
    ; fiat.coin:149: return true
  01339  PUSH 1
  0133b  RETF
  0133c  INVALID
fn_FiatCoin_burn:
    ; fiat.coin:152: pub fn burn(amount: uint) {
  0133d  ENTER 3
  0133f  LSET 0
    ; fiat.coin:153: require(self.minter_enabled[msg.sender], "caller is not a minter")
  01341  PUSH @req_ok_130
  01344  PUSH0
  01345  CALLER
  01346  MSTORE
  01347  PUSH 32
  01349  PUSH 14
  0134b  MSTORE
  0134c  PUSH0
  0134d  PUSH 64
  0134f  KECCAK256
  01350  SLOAD
  01351  JUMPI
  01352  PUSH 100
  01354  MALLOC
  01355  DUP1
  01356  PUSH 852
  01359  PUSH 100
  0135b  DATACOPY
  0135c  PUSH 100
  0135e  REVERT
req_ok_130:
  0135f  JUMPDEST
    ; fiat.coin:154: require(amount > 0, "burn amount must be positive")
  01360  PUSH @req_ok_131
  01363  LGET 0
  01365  PUSH 0
  01366  GT
  01367  JUMPI
  01368  PUSH 100
  0136a  MALLOC
  0136b  DUP1
  0136c  PUSH 1616
  0136f  PUSH 100
  01371  DATACOPY
  01372  PUSH 100
  01374  REVERT
req_ok_131:
  01375  JUMPDEST
    ; fiat.coin:155: self.burn_from(msg.sender, amount)
  01376  CALLER
  01377  LGET 0
  01379  CALLF @fn_Token_burn_from
    ; fiat.coin:156: emit Burn(msg.sender, amount)
  0137c  CALLER
  0137d  LSET 1
  0137f  PUSH 32
  01381  MALLOC
  01382  LSET 2
  01384  LGET 2
  01386  LGET 0
  01388  MSTORE
  01389  LGET 2
  0138b  PUSH 32
  0138d  PUSH 0xcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca5
  013ae  LGET 1
  013b0  LOG2
    ; fiat.coin:152: pub fn burn(amount: uint) {
  013b1  RETF
fn_FiatCoin_pause:
    ; fiat.coin:160: pub fn pause() {
  013b2  ENTER 0
    ; fiat.coin:161: require(msg.sender == self.pauser, "caller is not the pauser")
  013b4  PUSH @req_ok_132
  013b7  CALLER
  013b8  PUSH 8
  013ba  SLOAD
  013bb  EQ
  013bc  JUMPI
  013bd  PUSH 100
  013bf  MALLOC
  013c0  DUP1
  013c1  PUSH 1716
  013c4  PUSH 100
  013c6  DATACOPY
  013c7  PUSH 100
  013c9  REVERT
req_ok_132:
  013ca  JUMPDEST
    ; fiat.coin:162: self.paused = true
  013cb  PUSH 12
  013cd  PUSH 1
  013cf  SSTORE
    ; fiat.coin:163: emit Pause()
  013d0  PUSH0
  013d1  PUSH0
  013d2  PUSH 0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625
  013f3  LOG1
    ; fiat.coin:160: pub fn pause() {
  013f4  RETF
fn_FiatCoin_unpause:
    ; fiat.coin:166: pub fn unpause() {
  013f5  ENTER 0
    ; fiat.coin:167: require(msg.sender == self.pauser, "caller is not the pauser")
  013f7  PUSH @req_ok_133
  013fa  CALLER
  013fb  PUSH 8
  013fd  SLOAD
  013fe  EQ
  013ff  JUMPI
  01400  PUSH 100
  01402  MALLOC
  01403  DUP1
  01404  PUSH 1716
  01407  PUSH 100
  01409  DATACOPY
  0140a  PUSH 100
  0140c  REVERT
req_ok_133:
  0140d  JUMPDEST
    ; fiat.coin:168: self.paused = false
  0140e  PUSH 12
  01410  PUSH 0
  01411  SSTORE
    ; fiat.coin:169: emit Unpause()
  01412  PUSH0
  01413  PUSH0
  01414  PUSH 0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33
  01435  LOG1
    ; fiat.coin:166: pub fn unpause() {
  01436  RETF
fn_FiatCoin_blacklist_account:
    ; fiat.coin:172: pub fn blacklist_account(account: address) {
  01437  ENTER 1
  01439  LSET 0
    ; fiat.coin:173: require(msg.sender == self.blacklister, "caller is not the blacklister")
  0143b  PUSH @req_ok_134
  0143e  CALLER
  0143f  PUSH 9
  01441  SLOAD
  01442  EQ
  01443  JUMPI
  01444  PUSH 100
  01446  MALLOC
  01447  DUP1
  01448  PUSH 1816
  0144b  PUSH 100
  0144d  DATACOPY
  0144e  PUSH 100
  01450  REVERT
req_ok_134:
  01451  JUMPDEST
    ; fiat.coin:174: self.blacklist[account] = true
  01452  PUSH0
  01453  LGET 0
  01455  MSTORE
  01456  PUSH 32
  01458  PUSH 13
  0145a  MSTORE
  0145b  PUSH0
  0145c  PUSH 64
  0145e  KECCAK256
  0145f  PUSH 1
  01461  SSTORE
    ; fiat.coin:175: emit Blacklisted(account)
  01462  PUSH0
  01463  PUSH0
  01464  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  01485  LGET 0
  01487  LOG2
    ; fiat.coin:172: pub fn blacklist_account(account: address) {
  01488  RETF
fn_FiatCoin_blacklist_accounts:
    ; fiat.coin:179: pub fn blacklist_accounts(accounts: array<address, 100>) {
  01489  ENTER 6
  0148b  LSET 0
    ; fiat.coin:180: require(msg.sender == self.blacklister, "caller is not the blacklister")
  0148d  PUSH @req_ok_135
  01490  CALLER
  01491  PUSH 9
  01493  SLOAD
  01494  EQ
  01495  JUMPI
  01496  PUSH 100
  01498  MALLOC
  01499  DUP1
  0149a  PUSH 1816
  0149d  PUSH 100
  0149f  DATACOPY
  014a0  PUSH 100
  014a2  REVERT
req_ok_135:
  014a3  JUMPDEST
    ; fiat.coin:181: for account in accounts {
  014a4  LGET 0
  014a6  LSET 4
  014a8  PUSH 3232
  014ab  MALLOC
  014ac  LSET 5
  014ae  LGET 5
  014b0  LGET 4
  014b2  LGET 4
  014b4  MLOAD
  014b5  PUSH 32
  014b7  MUL
  014b8  PUSH 32
  014ba  ADD
  014bb  MCOPY
  014bc  LGET 5
  014be  LSET 1
  014c0  PUSH0
  014c1  LSET 2
each_136:
  014c3  JUMPDEST
  014c4  PUSH @eend_138
  014c7  LGET 2
  014c9  LGET 1
  014cb  MLOAD
  014cc  LT
  014cd  ISZERO
  014ce  JUMPI
  014cf  LGET 1
  014d1  LGET 2
  014d3  PUSH 32
  014d5  MUL
  014d6  ADD
  014d7  PUSH 32
  014d9  ADD
  014da  MLOAD
  014db  LSET 3
    ; fiat.coin:182: self.blacklist[account] = true
  014dd  PUSH0
  014de  LGET 3
  014e0  MSTORE
  014e1  PUSH 32
  014e3  PUSH 13
  014e5  MSTORE
  014e6  PUSH0
  014e7  PUSH 64
  014e9  KECCAK256
  014ea  PUSH 1
  014ec  SSTORE
    ; fiat.coin:183: emit Blacklisted(account)
  014ed  PUSH0
  014ee  PUSH0
  014ef  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  01510  LGET 3
  01512  LOG2
estep_137:
    ; fiat.coin:181: for account in accounts {
  01513  JUMPDEST
  01514  LGET 2
  01516  PUSH 1
  01518  ADD
  01519  LSET 2
  0151b  PUSH @each_136
  0151e  JUMP
eend_138:
  0151f  JUMPDEST
    ; fiat.coin:179: pub fn blacklist_accounts(accounts: array<address, 100>) {
  01520  RETF
fn_FiatCoin_transfer_many:
    ; fiat.coin:188: pub fn transfer_many(recipients: array<address, 100>, amounts: array<uint, 100>) -> bool {
  01521  ENTER 10
  01523  LSET 1
  01525  LSET 0
    ; fiat.coin:189: require(len(recipients) == len(amounts), "recipients and amounts differ in length")
  01527  PUSH @req_ok_139
  0152a  LGET 0
  0152c  MLOAD
  0152d  LGET 1
  0152f  MLOAD
  01530  EQ
  01531  JUMPI
  01532  PUSH 132
  01534  MALLOC
  01535  DUP1
  01536  PUSH 1916
  01539  PUSH 132
  0153b  DATACOPY
  0153c  PUSH 132
  0153e  REVERT
req_ok_139:
  0153f  JUMPDEST
    ; fiat.coin:190: for i in 0..len(recipients) {
  01540  PUSH 0
  01541  LSET 2
  01543  LGET 0
  01545  MLOAD
  01546  LSET 3
for_140:
  01548  JUMPDEST
  01549  PUSH @fend_142
  0154c  LGET 2
  0154e  LGET 3
  01550  LT
  01551  ISZERO
  01552  JUMPI
    ; fiat.coin:191: self.move_tokens(msg.sender, recipients[i], amounts[i])
  01553  CALLER
  01554  LGET 0
  01556  LSET 4
  01558  LGET 2
  0155a  LSET 5
  0155c  LGET 4
  0155e  MLOAD
  0155f  LSET 6
  01561  PUSH @in_range_143
  01564  LGET 5
  01566  LGET 6
  01568  LT
  01569  JUMPI
  0156a  PANIC 50
in_range_143:
  0156c  JUMPDEST
  0156d  LGET 4
  0156f  LGET 5
  01571  PUSH 32
  01573  MUL
  01574  ADD
  01575  PUSH 32
  01577  ADD
  01578  MLOAD
  01579  LGET 1
  0157b  LSET 7
  0157d  LGET 2
  0157f  LSET 8
  01581  LGET 7
  01583  MLOAD
  01584  LSET 9
  01586  PUSH @in_range_144
  01589  LGET 8
  0158b  LGET 9
  0158d  LT
  0158e  JUMPI
  0158f  PANIC 50
in_range_144:
  01591  JUMPDEST
  01592  LGET 7
  01594  LGET 8
  01596  PUSH 32
  01598  MUL
  01599  ADD
  0159a  PUSH 32
  0159c  ADD
  0159d  MLOAD
  0159e  CALLF @fn_Token_move_tokens
fstep_141:
    ; fiat.coin:190: for i in 0..len(recipients) {
  015a1  JUMPDEST
  015a2  LGET 2
  015a4  PUSH 1
  015a6  ADD
  015a7  LSET 2
  015a9  PUSH @for_140
  015ac  JUMP
fend_142:
  015ad  JUMPDEST
    ; fiat.coin:193: return true
  015ae  PUSH 1
  015b0  RETF
  015b1  INVALID
fn_FiatCoin_unblacklist_account:
    ; fiat.coin:196: pub fn unblacklist_account(account: address) {
  015b2  ENTER 1
  015b4  LSET 0
    ; fiat.coin:197: require(msg.sender == self.blacklister, "caller is not the blacklister")
  015b6  PUSH @req_ok_145
  015b9  CALLER
  015ba  PUSH 9
  015bc  SLOAD
  015bd  EQ
  015be  JUMPI
  015bf  PUSH 100
  015c1  MALLOC
  015c2  DUP1
  015c3  PUSH 1816
  015c6  PUSH 100
  015c8  DATACOPY
  015c9  PUSH 100
  015cb  REVERT
req_ok_145:
  015cc  JUMPDEST
    ; fiat.coin:198: self.blacklist[account] = false
  015cd  PUSH0
  015ce  LGET 0
  015d0  MSTORE
  015d1  PUSH 32
  015d3  PUSH 13
  015d5  MSTORE
  015d6  PUSH0
  015d7  PUSH 64
  015d9  KECCAK256
  015da  PUSH 0
  015db  SSTORE
    ; fiat.coin:199: emit UnBlacklisted(account)
  015dc  PUSH0
  015dd  PUSH0
  015de  PUSH 0x117e3210bb9aa7d9baff172026820255c6f6c30ba8999d1c2fd88e2848137c4e
  015ff  LGET 0
  01601  LOG2
    ; fiat.coin:196: pub fn unblacklist_account(account: address) {
  01602  RETF
fn_FiatCoin_DOMAIN_SEPARATOR:
    ; fiat.coin:218: pub view fn DOMAIN_SEPARATOR() -> bytes32 {
  01603  ENTER 5
    ; fiat.coin:219: return eip712_domain(self.token_name, "2")
  01605  PUSH 0
  01606  SLOADBYTES
  01607  DUP1
  01608  MLOAD
  01609  SWAP1
  0160a  PUSH 32
  0160c  ADD
  0160d  SWAP1
  0160e  KECCAK256
  0160f  LSET 0
  01611  PUSH 64
  01613  MALLOC
  01614  DUP1
  01615  PUSH 2048
  01618  PUSH 64
  0161a  DATACOPY
  0161b  DUP1
  0161c  MLOAD
  0161d  SWAP1
  0161e  PUSH 32
  01620  ADD
  01621  SWAP1
  01622  KECCAK256
  01623  LSET 1
  01625  CHAINID
  01626  LSET 2
  01628  ADDRESS
  01629  LSET 3
  0162b  PUSH 160
  0162d  MALLOC
  0162e  LSET 4
  01630  LGET 4
  01632  PUSH 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f
  01653  MSTORE
  01654  LGET 4
  01656  PUSH 32
  01658  ADD
  01659  LGET 0
  0165b  MSTORE
  0165c  LGET 4
  0165e  PUSH 64
  01660  ADD
  01661  LGET 1
  01663  MSTORE
  01664  LGET 4
  01666  PUSH 96
  01668  ADD
  01669  LGET 2
  0166b  MSTORE
  0166c  LGET 4
  0166e  PUSH 128
  01670  ADD
  01671  LGET 3
  01673  MSTORE
  01674  LGET 4
  01676  PUSH 160
  01678  KECCAK256
  01679  RETF
  0167a  INVALID
fn_FiatCoin_nonces:
    ; fiat.coin:222: pub view fn nonces(owner: address) -> uint {
  0167b  ENTER 1
  0167d  LSET 0
    ; fiat.coin:223: return self.permit_nonces[owner]
  0167f  PUSH0
  01680  LGET 0
  01682  MSTORE
  01683  PUSH 32
  01685  PUSH 24
  01687  MSTORE
  01688  PUSH0
  01689  PUSH 64
  0168b  KECCAK256
  0168c  SLOAD
  0168d  RETF
  0168e  INVALID
fn_FiatCoin_authorizationState:
    ; fiat.coin:226: pub view fn authorizationState(authorizer: address, nonce: bytes32) -> bool {
  0168f  ENTER 2
  01691  LSET 1
  01693  LSET 0
    ; fiat.coin:227: return self.authorizations[authorizer][nonce]
  01695  PUSH 32
  01697  PUSH0
  01698  LGET 0
  0169a  MSTORE
  0169b  PUSH 32
  0169d  PUSH 25
  0169f  MSTORE
  016a0  PUSH0
  016a1  PUSH 64
  016a3  KECCAK256
  016a4  MSTORE
  016a5  PUSH0
  016a6  LGET 1
  016a8  MSTORE
  016a9  PUSH0
  016aa  PUSH 64
  016ac  KECCAK256
  016ad  SLOAD
  016ae  RETF
  016af  INVALID
fn_FiatCoin_permit:
    ; fiat.coin:230: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  016b0  ENTER 15
  016b2  LSET 6
  016b4  LSET 5
  016b6  LSET 4
  016b8  LSET 3
  016ba  LSET 2
  016bc  LSET 1
  016be  LSET 0
    ; fiat.coin:232: require(deadline >= block.timestamp, "permit is expired")
  016c0  PUSH @req_ok_146
  016c3  LGET 3
  016c5  TIMESTAMP
  016c6  LT
  016c7  ISZERO
  016c8  JUMPI
  016c9  PUSH 100
  016cb  MALLOC
  016cc  DUP1
  016cd  PUSH 2112
  016d0  PUSH 100
  016d2  DATACOPY
  016d3  PUSH 100
  016d5  REVERT
req_ok_146:
  016d6  JUMPDEST
    ; fiat.coin:233: let nonce = self.permit_nonces[owner]
  016d7  PUSH0
  016d8  LGET 0
  016da  MSTORE
  016db  PUSH 32
  016dd  PUSH 24
  016df  MSTORE
  016e0  PUSH0
  016e1  PUSH 64
  016e3  KECCAK256
  016e4  SLOAD
  016e5  LSET 7
    ; fiat.coin:234: let h = eip712_struct_hash(Permit(owner: owner, spender: spender, value: value, nonce: nonce,
  016e7  LGET 0
  016e9  LGET 1
  016eb  LGET 2
  016ed  LGET 7
    ; fiat.coin:235: deadline: deadline))
  016ef  LGET 3
    ; fiat.coin:234: let h = eip712_struct_hash(Permit(owner: owner, spender: spender, value: value, nonce: nonce,
  016f1  LSET 13
  016f3  LSET 12
  016f5  LSET 11
  016f7  LSET 10
  016f9  LSET 9
  016fb  PUSH 192
  016fd  MALLOC
  016fe  LSET 14
  01700  LGET 14
  01702  PUSH 0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9
  01723  MSTORE
  01724  LGET 14
  01726  PUSH 32
  01728  ADD
  01729  LGET 9
  0172b  MSTORE
  0172c  LGET 14
  0172e  PUSH 64
  01730  ADD
  01731  LGET 10
  01733  MSTORE
  01734  LGET 14
  01736  PUSH 96
  01738  ADD
  01739  LGET 11
  0173b  MSTORE
  0173c  LGET 14
  0173e  PUSH 128
  01740  ADD
  01741  LGET 12
  01743  MSTORE
  01744  LGET 14
  01746  PUSH 160
  01748  ADD
  01749  LGET 13
  0174b  MSTORE
  0174c  LGET 14
  0174e  PUSH 192
  01750  KECCAK256
  01751  LSET 8
    ; fiat.coin:236: self.require_signer(owner, h, v, r, s)
  01753  LGET 0
  01755  LGET 8
  01757  LGET 4
  01759  LGET 5
  0175b  LGET 6
  0175d  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:237: self.permit_nonces[owner] = nonce + 1
  01760  LGET 7
  01762  PUSH 1
  01764  CADD
  01765  PUSH0
  01766  LGET 0
  01768  MSTORE
  01769  PUSH 32
  0176b  PUSH 24
  0176d  MSTORE
  0176e  PUSH0
  0176f  PUSH 64
  01771  KECCAK256
  01772  SWAP1
  01773  SSTORE
    ; fiat.coin:238: self.approve_checked(owner, spender, value)
  01774  LGET 0
  01776  LGET 1
  01778  LGET 2
  0177a  CALLF @fn_FiatCoin_approve_checked
    ; fiat.coin:230: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  0177d  RETF
fn_FiatCoin_transferWithAuthorization:
    ; fiat.coin:241: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0177e  ENTER 17
  01780  LSET 8
  01782  LSET 7
  01784  LSET 6
  01786  LSET 5
  01788  LSET 4
  0178a  LSET 3
  0178c  LSET 2
  0178e  LSET 1
  01790  LSET 0
    ; fiat.coin:243: let h = eip712_struct_hash(TransferWithAuthorization(from: from, to: to, value: value,
  01792  LGET 0
  01794  LGET 1
  01796  LGET 2
    ; fiat.coin:244: validAfter: validAfter, validBefore: validBefore,
  01798  LGET 3
  0179a  LGET 4
    ; fiat.coin:245: nonce: nonce))
  0179c  LGET 5
    ; fiat.coin:243: let h = eip712_struct_hash(TransferWithAuthorization(from: from, to: to, value: value,
  0179e  LSET 15
  017a0  LSET 14
  017a2  LSET 13
  017a4  LSET 12
  017a6  LSET 11
  017a8  LSET 10
  017aa  PUSH 224
  017ac  MALLOC
  017ad  LSET 16
  017af  LGET 16
  017b1  PUSH 0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267
  017d2  MSTORE
  017d3  LGET 16
  017d5  PUSH 32
  017d7  ADD
  017d8  LGET 10
  017da  MSTORE
  017db  LGET 16
  017dd  PUSH 64
  017df  ADD
  017e0  LGET 11
  017e2  MSTORE
  017e3  LGET 16
  017e5  PUSH 96
  017e7  ADD
  017e8  LGET 12
  017ea  MSTORE
  017eb  LGET 16
  017ed  PUSH 128
  017ef  ADD
  017f0  LGET 13
  017f2  MSTORE
  017f3  LGET 16
  017f5  PUSH 160
  017f7  ADD
  017f8  LGET 14
  017fa  MSTORE
  017fb  LGET 16
  017fd  PUSH 192
  017ff  ADD
  01800  LGET 15
  01802  MSTORE
  01803  LGET 16
  01805  PUSH 224
  01807  KECCAK256
  01808  LSET 9
    ; fiat.coin:246: self.use_authorization(from, nonce, validAfter, validBefore, h, v, r, s)
  0180a  LGET 0
  0180c  LGET 5
  0180e  LGET 3
  01810  LGET 4
  01812  LGET 9
  01814  LGET 6
  01816  LGET 7
  01818  LGET 8
  0181a  CALLF @fn_FiatCoin_use_authorization
    ; fiat.coin:247: self.move_tokens(from, to, value)
  0181d  LGET 0
  0181f  LGET 1
  01821  LGET 2
  01823  CALLF @fn_Token_move_tokens
    ; fiat.coin:241: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  01826  RETF
fn_FiatCoin_receiveWithAuthorization:
    ; fiat.coin:250: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  01827  ENTER 17
  01829  LSET 8
  0182b  LSET 7
  0182d  LSET 6
  0182f  LSET 5
  01831  LSET 4
  01833  LSET 3
  01835  LSET 2
  01837  LSET 1
  01839  LSET 0
    ; fiat.coin:252: require(to == msg.sender, "caller must be the payee")
  0183b  PUSH @req_ok_147
  0183e  LGET 1
  01840  CALLER
  01841  EQ
  01842  JUMPI
  01843  PUSH 100
  01845  MALLOC
  01846  DUP1
  01847  PUSH 2212
  0184a  PUSH 100
  0184c  DATACOPY
  0184d  PUSH 100
  0184f  REVERT
req_ok_147:
  01850  JUMPDEST
    ; fiat.coin:253: let h = eip712_struct_hash(ReceiveWithAuthorization(from: from, to: to, value: value,
  01851  LGET 0
  01853  LGET 1
  01855  LGET 2
    ; fiat.coin:254: validAfter: validAfter, validBefore: validBefore,
  01857  LGET 3
  01859  LGET 4
    ; fiat.coin:255: nonce: nonce))
  0185b  LGET 5
    ; fiat.coin:253: let h = eip712_struct_hash(ReceiveWithAuthorization(from: from, to: to, value: value,
  0185d  LSET 15
  0185f  LSET 14
  01861  LSET 13
  01863  LSET 12
  01865  LSET 11
  01867  LSET 10
  01869  PUSH 224
  0186b  MALLOC
  0186c  LSET 16
  0186e  LGET 16
  01870  PUSH 0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8
  01891  MSTORE
  01892  LGET 16
  01894  PUSH 32
  01896  ADD
  01897  LGET 10
  01899  MSTORE
  0189a  LGET 16
  0189c  PUSH 64
  0189e  ADD
  0189f  LGET 11
  018a1  MSTORE
  018a2  LGET 16
  018a4  PUSH 96
  018a6  ADD
  018a7  LGET 12
  018a9  MSTORE
  018aa  LGET 16
  018ac  PUSH 128
  018ae  ADD
  018af  LGET 13
  018b1  MSTORE
  018b2  LGET 16
  018b4  PUSH 160
  018b6  ADD
  018b7  LGET 14
  018b9  MSTORE
  018ba  LGET 16
  018bc  PUSH 192
  018be  ADD
  018bf  LGET 15
  018c1  MSTORE
  018c2  LGET 16
  018c4  PUSH 224
  018c6  KECCAK256
  018c7  LSET 9
    ; fiat.coin:256: self.use_authorization(from, nonce, validAfter, validBefore, h, v, r, s)
  018c9  LGET 0
  018cb  LGET 5
  018cd  LGET 3
  018cf  LGET 4
  018d1  LGET 9
  018d3  LGET 6
  018d5  LGET 7
  018d7  LGET 8
  018d9  CALLF @fn_FiatCoin_use_authorization
    ; fiat.coin:257: self.move_tokens(from, to, value)
  018dc  LGET 0
  018de  LGET 1
  018e0  LGET 2
  018e2  CALLF @fn_Token_move_tokens
    ; fiat.coin:250: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  018e5  RETF
fn_FiatCoin_cancelAuthorization:
    ; fiat.coin:260: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  018e6  ENTER 9
  018e8  LSET 4
  018ea  LSET 3
  018ec  LSET 2
  018ee  LSET 1
  018f0  LSET 0
    ; fiat.coin:261: require(not self.paused, "paused")
  018f2  PUSH @req_ok_148
  018f5  PUSH 12
  018f7  SLOAD
  018f8  ISZERO
  018f9  JUMPI
  018fa  PUSH 100
  018fc  MALLOC
  018fd  DUP1
  018fe  PUSH 752
  01901  PUSH 100
  01903  DATACOPY
  01904  PUSH 100
  01906  REVERT
req_ok_148:
  01907  JUMPDEST
    ; fiat.coin:262: require(not self.authorizations[authorizer][nonce], "authorization is used or canceled")
  01908  PUSH @req_ok_149
  0190b  PUSH 32
  0190d  PUSH0
  0190e  LGET 0
  01910  MSTORE
  01911  PUSH 32
  01913  PUSH 25
  01915  MSTORE
  01916  PUSH0
  01917  PUSH 64
  01919  KECCAK256
  0191a  MSTORE
  0191b  PUSH0
  0191c  LGET 1
  0191e  MSTORE
  0191f  PUSH0
  01920  PUSH 64
  01922  KECCAK256
  01923  SLOAD
  01924  ISZERO
  01925  JUMPI
  01926  PUSH 132
  01928  MALLOC
  01929  DUP1
  0192a  PUSH 2312
  0192d  PUSH 132
  0192f  DATACOPY
  01930  PUSH 132
  01932  REVERT
req_ok_149:
  01933  JUMPDEST
    ; fiat.coin:263: let h = eip712_struct_hash(CancelAuthorization(authorizer: authorizer, nonce: nonce))
  01934  LGET 0
  01936  LGET 1
  01938  LSET 7
  0193a  LSET 6
  0193c  PUSH 96
  0193e  MALLOC
  0193f  LSET 8
  01941  LGET 8
  01943  PUSH 0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429
  01964  MSTORE
  01965  LGET 8
  01967  PUSH 32
  01969  ADD
  0196a  LGET 6
  0196c  MSTORE
  0196d  LGET 8
  0196f  PUSH 64
  01971  ADD
  01972  LGET 7
  01974  MSTORE
  01975  LGET 8
  01977  PUSH 96
  01979  KECCAK256
  0197a  LSET 5
    ; fiat.coin:264: self.require_signer(authorizer, h, v, r, s)
  0197c  LGET 0
  0197e  LGET 5
  01980  LGET 2
  01982  LGET 3
  01984  LGET 4
  01986  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:265: self.authorizations[authorizer][nonce] = true
  01989  PUSH 32
  0198b  PUSH0
  0198c  LGET 0
  0198e  MSTORE
  0198f  PUSH 32
  01991  PUSH 25
  01993  MSTORE
  01994  PUSH0
  01995  PUSH 64
  01997  KECCAK256
  01998  MSTORE
  01999  PUSH0
  0199a  LGET 1
  0199c  MSTORE
  0199d  PUSH0
  0199e  PUSH 64
  019a0  KECCAK256
  019a1  PUSH 1
  019a3  SSTORE
    ; fiat.coin:266: emit AuthorizationCanceled(authorizer, nonce)
  019a4  PUSH0
  019a5  PUSH0
  019a6  PUSH 0x1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81
  019c7  LGET 0
  019c9  LGET 1
  019cb  LOG3
    ; fiat.coin:260: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  019cc  RETF
fn_FiatCoin_attest_reserves:
    ; fiat.coin:287: pub fn attest_reserves(amount: uint) {
  019cd  ENTER 3
  019cf  LSET 0
    ; fiat.coin:288: require(msg.sender == self.attester, "caller is not the reserve attester")
  019d1  PUSH @req_ok_150
  019d4  CALLER
  019d5  PUSH 10
  019d7  SLOAD
  019d8  EQ
  019d9  JUMPI
  019da  PUSH 132
  019dc  MALLOC
  019dd  DUP1
  019de  PUSH 2444
  019e1  PUSH 132
  019e3  DATACOPY
  019e4  PUSH 132
  019e6  REVERT
req_ok_150:
  019e7  JUMPDEST
    ; fiat.coin:289: require(amount >= self.impaired, "reserves cannot be below the impaired amount")
  019e8  PUSH @req_ok_151
  019eb  LGET 0
  019ed  PUSH 19
  019ef  SLOAD
  019f0  LT
  019f1  ISZERO
  019f2  JUMPI
  019f3  PUSH 132
  019f5  MALLOC
  019f6  DUP1
  019f7  PUSH 2576
  019fa  PUSH 132
  019fc  DATACOPY
  019fd  PUSH 132
  019ff  REVERT
req_ok_151:
  01a00  JUMPDEST
    ; fiat.coin:290: self.reserves = amount
  01a01  PUSH 16
  01a03  LGET 0
  01a05  SSTORE
    ; fiat.coin:291: self.attested_at = block.timestamp
  01a06  TIMESTAMP
  01a07  PUSH 17
  01a09  SWAP1
  01a0a  SSTORE
    ; fiat.coin:292: emit ReservesAttested(amount, block.timestamp)
  01a0b  TIMESTAMP
  01a0c  LSET 1
  01a0e  PUSH 64
  01a10  MALLOC
  01a11  LSET 2
  01a13  LGET 2
  01a15  LGET 0
  01a17  MSTORE
  01a18  LGET 2
  01a1a  PUSH 32
  01a1c  ADD
  01a1d  LGET 1
  01a1f  MSTORE
  01a20  LGET 2
  01a22  PUSH 64
  01a24  PUSH 0xd11a3f731923042c4586c676262ff71f6b0325bf3b3e3d49aacb34633aedc300
  01a45  LOG1
    ; fiat.coin:287: pub fn attest_reserves(amount: uint) {
  01a46  RETF
fn_FiatCoin_set_impaired:
    ; fiat.coin:296: pub fn set_impaired(amount: uint) {
  01a47  ENTER 2
  01a49  LSET 0
    ; fiat.coin:297: require(msg.sender == self.issuer, "caller is not the issuer")
  01a4b  PUSH @req_ok_152
  01a4e  CALLER
  01a4f  PUSH 11
  01a51  SLOAD
  01a52  EQ
  01a53  JUMPI
  01a54  PUSH 100
  01a56  MALLOC
  01a57  DUP1
  01a58  PUSH 2708
  01a5b  PUSH 100
  01a5d  DATACOPY
  01a5e  PUSH 100
  01a60  REVERT
req_ok_152:
  01a61  JUMPDEST
    ; fiat.coin:298: require(amount <= self.reserves, "impaired amount exceeds reserves")
  01a62  PUSH @req_ok_153
  01a65  LGET 0
  01a67  PUSH 16
  01a69  SLOAD
  01a6a  GT
  01a6b  ISZERO
  01a6c  JUMPI
  01a6d  PUSH 100
  01a6f  MALLOC
  01a70  DUP1
  01a71  PUSH 2808
  01a74  PUSH 100
  01a76  DATACOPY
  01a77  PUSH 100
  01a79  REVERT
req_ok_153:
  01a7a  JUMPDEST
    ; fiat.coin:299: self.impaired = amount
  01a7b  PUSH 19
  01a7d  LGET 0
  01a7f  SSTORE
    ; fiat.coin:300: emit ReservesImpaired(amount)
  01a80  PUSH 32
  01a82  MALLOC
  01a83  LSET 1
  01a85  LGET 1
  01a87  LGET 0
  01a89  MSTORE
  01a8a  LGET 1
  01a8c  PUSH 32
  01a8e  PUSH 0x50fa164c261ff60d9971dcc3d02b443eadb132ea04c74c0730069ed649593f41
  01aaf  LOG1
    ; fiat.coin:296: pub fn set_impaired(amount: uint) {
  01ab0  RETF
fn_FiatCoin_set_redemptions_open:
    ; fiat.coin:304: pub fn set_redemptions_open(open: bool) {
  01ab1  ENTER 2
  01ab3  LSET 0
    ; fiat.coin:305: require(msg.sender == self.issuer, "caller is not the issuer")
  01ab5  PUSH @req_ok_154
  01ab8  CALLER
  01ab9  PUSH 11
  01abb  SLOAD
  01abc  EQ
  01abd  JUMPI
  01abe  PUSH 100
  01ac0  MALLOC
  01ac1  DUP1
  01ac2  PUSH 2708
  01ac5  PUSH 100
  01ac7  DATACOPY
  01ac8  PUSH 100
  01aca  REVERT
req_ok_154:
  01acb  JUMPDEST
    ; fiat.coin:306: self.redemptions_open = open
  01acc  PUSH 23
  01ace  LGET 0
  01ad0  SSTORE
    ; fiat.coin:307: emit RedemptionsOpen(open)
  01ad1  PUSH 32
  01ad3  MALLOC
  01ad4  LSET 1
  01ad6  LGET 1
  01ad8  LGET 0
  01ada  MSTORE
  01adb  LGET 1
  01add  PUSH 32
  01adf  PUSH 0xc34a0fafc04cefa2b50542667855c1b5f0166d59ef556e35b65fece26ead8e31
  01b00  LOG1
    ; fiat.coin:304: pub fn set_redemptions_open(open: bool) {
  01b01  RETF
fn_FiatCoin_request_redemption:
    ; fiat.coin:311: pub fn request_redemption(amount: uint) -> uint {
  01b02  ENTER 4
  01b04  LSET 0
    ; fiat.coin:312: require(self.redemptions_open, "redemptions are closed")
  01b06  PUSH @req_ok_155
  01b09  PUSH 23
  01b0b  SLOAD
  01b0c  JUMPI
  01b0d  PUSH 100
  01b0f  MALLOC
  01b10  DUP1
  01b11  PUSH 2908
  01b14  PUSH 100
  01b16  DATACOPY
  01b17  PUSH 100
  01b19  REVERT
req_ok_155:
  01b1a  JUMPDEST
    ; fiat.coin:313: require(amount > 0, "redemption amount must be positive")
  01b1b  PUSH @req_ok_156
  01b1e  LGET 0
  01b20  PUSH 0
  01b21  GT
  01b22  JUMPI
  01b23  PUSH 132
  01b25  MALLOC
  01b26  DUP1
  01b27  PUSH 3008
  01b2a  PUSH 132
  01b2c  DATACOPY
  01b2d  PUSH 132
  01b2f  REVERT
req_ok_156:
  01b30  JUMPDEST
    ; fiat.coin:314: self.burn_from(msg.sender, amount)
  01b31  CALLER
  01b32  LGET 0
  01b34  CALLF @fn_Token_burn_from
    ; fiat.coin:315: let id = self.redemption_count
  01b37  PUSH 21
  01b39  SLOAD
  01b3a  LSET 1
    ; fiat.coin:316: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01b3c  CALLER
  01b3d  LGET 0
  01b3f  TIMESTAMP
    ; fiat.coin:317: status: REDEMPTION_QUEUED)
  01b40  PUSH 1
    ; fiat.coin:316: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01b42  PUSH0
  01b43  LGET 1
  01b45  MSTORE
  01b46  PUSH 32
  01b48  PUSH 20
  01b4a  MSTORE
  01b4b  PUSH0
  01b4c  PUSH 64
  01b4e  KECCAK256
  01b4f  LSET 2
  01b51  LGET 2
  01b53  PUSH 3
  01b55  ADD
  01b56  SWAP1
  01b57  SSTORE
  01b58  LGET 2
  01b5a  PUSH 2
  01b5c  ADD
  01b5d  SWAP1
  01b5e  SSTORE
  01b5f  LGET 2
  01b61  PUSH 1
  01b63  ADD
  01b64  SWAP1
  01b65  SSTORE
  01b66  LGET 2
  01b68  SWAP1
  01b69  SSTORE
    ; fiat.coin:318: self.redemption_count = id + 1
  01b6a  LGET 1
  01b6c  PUSH 1
  01b6e  CADD
  01b6f  PUSH 21
  01b71  SWAP1
  01b72  SSTORE
    ; fiat.coin:319: self.redemptions_pending += amount
  01b73  PUSH 22
  01b75  DUP1
  01b76  SLOAD
  01b77  LGET 0
  01b79  CADD
  01b7a  SSTORE
    ; fiat.coin:320: emit RedemptionRequested(id, msg.sender, amount)
  01b7b  CALLER
  01b7c  LSET 2
  01b7e  PUSH 32
  01b80  MALLOC
  01b81  LSET 3
  01b83  LGET 3
  01b85  LGET 0
  01b87  MSTORE
  01b88  LGET 3
  01b8a  PUSH 32
  01b8c  PUSH 0x83514d1524a080739a40a8204954eefffd2421bc5b43f0105376f5471a2812c6
  01bad  LGET 1
  01baf  LGET 2
  01bb1  LOG3
    ; fiat.coin:321: return id
  01bb2  LGET 1
  01bb4  RETF
  01bb5  INVALID
fn_FiatCoin_complete_redemption:
    ; fiat.coin:325: pub fn complete_redemption(id: uint) {
  01bb6  ENTER 8
  01bb8  LSET 0
    ; fiat.coin:326: require(msg.sender == self.issuer, "caller is not the issuer")
  01bba  PUSH @req_ok_157
  01bbd  CALLER
  01bbe  PUSH 11
  01bc0  SLOAD
  01bc1  EQ
  01bc2  JUMPI
  01bc3  PUSH 100
  01bc5  MALLOC
  01bc6  DUP1
  01bc7  PUSH 2708
  01bca  PUSH 100
  01bcc  DATACOPY
  01bcd  PUSH 100
  01bcf  REVERT
req_ok_157:
  01bd0  JUMPDEST
    ; fiat.coin:327: let r = self.redemptions[id]
  01bd1  PUSH0
  01bd2  LGET 0
  01bd4  MSTORE
  01bd5  PUSH 32
  01bd7  PUSH 20
  01bd9  MSTORE
  01bda  PUSH0
  01bdb  PUSH 64
  01bdd  KECCAK256
  01bde  LSET 5
  01be0  LGET 5
  01be2  SLOAD
  01be3  LGET 5
  01be5  PUSH 1
  01be7  ADD
  01be8  SLOAD
  01be9  LGET 5
  01beb  PUSH 2
  01bed  ADD
  01bee  SLOAD
  01bef  LGET 5
  01bf1  PUSH 3
  01bf3  ADD
  01bf4  SLOAD
  01bf5  LSET 4
  01bf7  LSET 3
  01bf9  LSET 2
  01bfb  LSET 1
    ; fiat.coin:328: require(r.status == REDEMPTION_QUEUED, "no queued redemption with this id")
  01bfd  PUSH @req_ok_158
  01c00  LGET 4
  01c02  PUSH 1
  01c04  EQ
  01c05  JUMPI
  01c06  PUSH 132
  01c08  MALLOC
  01c09  DUP1
  01c0a  PUSH 3140
  01c0d  PUSH 132
  01c0f  DATACOPY
  01c10  PUSH 132
  01c12  REVERT
req_ok_158:
  01c13  JUMPDEST
    ; fiat.coin:329: require(self.reserves - self.impaired >= r.amount, "accessible reserves cannot pay this redemption")
  01c14  PUSH @req_ok_159
  01c17  PUSH 16
  01c19  SLOAD
  01c1a  PUSH 19
  01c1c  SLOAD
  01c1d  CSUB
  01c1e  LGET 2
  01c20  LT
  01c21  ISZERO
  01c22  JUMPI
  01c23  PUSH 132
  01c25  MALLOC
  01c26  DUP1
  01c27  PUSH 3272
  01c2a  PUSH 132
  01c2c  DATACOPY
  01c2d  PUSH 132
  01c2f  REVERT
req_ok_159:
  01c30  JUMPDEST
    ; fiat.coin:330: self.redemptions[id].status = REDEMPTION_PAID
  01c31  PUSH0
  01c32  LGET 0
  01c34  MSTORE
  01c35  PUSH 32
  01c37  PUSH 20
  01c39  MSTORE
  01c3a  PUSH0
  01c3b  PUSH 64
  01c3d  KECCAK256
  01c3e  PUSH 3
  01c40  ADD
  01c41  PUSH 2
  01c43  SSTORE
    ; fiat.coin:331: self.redemptions_pending -= r.amount
  01c44  PUSH 22
  01c46  DUP1
  01c47  SLOAD
  01c48  LGET 2
  01c4a  CSUB
  01c4b  SSTORE
    ; fiat.coin:332: self.reserves -= r.amount
  01c4c  PUSH 16
  01c4e  DUP1
  01c4f  SLOAD
  01c50  LGET 2
  01c52  CSUB
  01c53  SSTORE
    ; fiat.coin:333: emit RedemptionPaid(id, r.holder, r.amount)
  01c54  LGET 1
  01c56  LSET 5
  01c58  LGET 2
  01c5a  LSET 6
  01c5c  PUSH 32
  01c5e  MALLOC
  01c5f  LSET 7
  01c61  LGET 7
  01c63  LGET 6
  01c65  MSTORE
  01c66  LGET 7
  01c68  PUSH 32
  01c6a  PUSH 0x5027a8c31cca4870e0e31df520cf311d5a1a18e23971b1ea2b67c65eadcca4a3
  01c8b  LGET 0
  01c8d  LGET 5
  01c8f  LOG3
    ; fiat.coin:325: pub fn complete_redemption(id: uint) {
  01c90  RETF
fn_FiatCoin_available_reserves:
    ; fiat.coin:337: pub view fn available_reserves() -> uint {
  01c91  ENTER 1
    ; fiat.coin:338: let locked = self.impaired + self.redemptions_pending
  01c93  PUSH 19
  01c95  SLOAD
  01c96  PUSH 22
  01c98  SLOAD
  01c99  CADD
  01c9a  LSET 0
    ; fiat.coin:339: if locked >= self.reserves {
  01c9c  PUSH @else_160
  01c9f  LGET 0
  01ca1  PUSH 16
  01ca3  SLOAD
  01ca4  LT
  01ca5  ISZERO
  01ca6  ISZERO
  01ca7  JUMPI
    ; fiat.coin:340: return 0
  01ca8  PUSH 0
  01ca9  RETF
else_160:
  01caa  JUMPDEST
    ; fiat.coin:342: return self.reserves - locked
  01cab  PUSH 16
  01cad  SLOAD
  01cae  LGET 0
  01cb0  CSUB
  01cb1  RETF
  01cb2  INVALID
fn_FiatCoin_backing_ratio:
    ; fiat.coin:346: pub view fn backing_ratio() -> uint {
  01cb3  ENTER 0
    ; fiat.coin:347: if self.supply == 0 {
  01cb5  PUSH @else_161
  01cb8  PUSH 3
  01cba  SLOAD
  01cbb  PUSH 0
  01cbc  EQ
  01cbd  ISZERO
  01cbe  JUMPI
    ; fiat.coin:348: return WAD
  01cbf  PUSH 0xde0b6b3a7640000
  01cc8  RETF
else_161:
  01cc9  JUMPDEST
    ; fiat.coin:350: return mul_div(self.reserves - self.impaired, WAD, self.supply)
  01cca  PUSH 16
  01ccc  SLOAD
  01ccd  PUSH 19
  01ccf  SLOAD
  01cd0  CSUB
  01cd1  PUSH 0xde0b6b3a7640000
  01cda  PUSH 3
  01cdc  SLOAD
  01cdd  MULDIV
  01cde  RETF
  01cdf  INVALID
fn_FiatCoin_minter_allowance:
    ; fiat.coin:353: pub view fn minter_allowance(minter: address) -> uint {
  01ce0  ENTER 1
  01ce2  LSET 0
    ; fiat.coin:354: return self.minter_allowances[minter]
  01ce4  PUSH0
  01ce5  LGET 0
  01ce7  MSTORE
  01ce8  PUSH 32
  01cea  PUSH 15
  01cec  MSTORE
  01ced  PUSH0
  01cee  PUSH 64
  01cf0  KECCAK256
  01cf1  SLOAD
  01cf2  RETF
  01cf3  INVALID
fn_FiatCoin_is_minter:
    ; fiat.coin:357: pub view fn is_minter(account: address) -> bool {
  01cf4  ENTER 1
  01cf6  LSET 0
    ; fiat.coin:358: return self.minter_enabled[account]
  01cf8  PUSH0
  01cf9  LGET 0
  01cfb  MSTORE
  01cfc  PUSH 32
  01cfe  PUSH 14
  01d00  MSTORE
  01d01  PUSH0
  01d02  PUSH 64
  01d04  KECCAK256
  01d05  SLOAD
  01d06  RETF
  01d07  INVALID
fn_FiatCoin_is_blacklisted:
    ; fiat.coin:361: pub view fn is_blacklisted(account: address) -> bool {
  01d08  ENTER 1
  01d0a  LSET 0
    ; fiat.coin:362: return self.blacklist[account]
  01d0c  PUSH0
  01d0d  LGET 0
  01d0f  MSTORE
  01d10  PUSH 32
  01d12  PUSH 13
  01d14  MSTORE
  01d15  PUSH0
  01d16  PUSH 64
  01d18  KECCAK256
  01d19  SLOAD
  01d1a  RETF
  01d1b  INVALID
fn_FiatCoin_is_paused:
    ; fiat.coin:365: pub view fn is_paused() -> bool {
  01d1c  ENTER 0
    ; fiat.coin:366: return self.paused
  01d1e  PUSH 12
  01d20  SLOAD
  01d21  RETF
  01d22  INVALID
fn_FiatCoin_get_reserves:
    ; fiat.coin:369: pub view fn get_reserves() -> uint {
  01d23  ENTER 0
    ; fiat.coin:370: return self.reserves
  01d25  PUSH 16
  01d27  SLOAD
  01d28  RETF
  01d29  INVALID
fn_FiatCoin_get_impaired:
    ; fiat.coin:373: pub view fn get_impaired() -> uint {
  01d2a  ENTER 0
    ; fiat.coin:374: return self.impaired
  01d2c  PUSH 19
  01d2e  SLOAD
  01d2f  RETF
  01d30  INVALID
fn_FiatCoin_get_attested_at:
    ; fiat.coin:377: pub view fn get_attested_at() -> uint {
  01d31  ENTER 0
    ; fiat.coin:378: return self.attested_at
  01d33  PUSH 17
  01d35  SLOAD
  01d36  RETF
  01d37  INVALID
fn_FiatCoin_redemption:
    ; fiat.coin:381: pub view fn redemption(id: uint) -> Redemption {
  01d38  ENTER 2
  01d3a  LSET 0
    ; fiat.coin:382: return self.redemptions[id]
  01d3c  PUSH0
  01d3d  LGET 0
  01d3f  MSTORE
  01d40  PUSH 32
  01d42  PUSH 20
  01d44  MSTORE
  01d45  PUSH0
  01d46  PUSH 64
  01d48  KECCAK256
  01d49  LSET 1
  01d4b  LGET 1
  01d4d  SLOAD
  01d4e  LGET 1
  01d50  PUSH 1
  01d52  ADD
  01d53  SLOAD
  01d54  LGET 1
  01d56  PUSH 2
  01d58  ADD
  01d59  SLOAD
  01d5a  LGET 1
  01d5c  PUSH 3
  01d5e  ADD
  01d5f  SLOAD
  01d60  RETF
  01d61  INVALID
fn_FiatCoin_redemption_queue:
    ; fiat.coin:385: pub view fn redemption_queue() -> uint {
  01d62  ENTER 0
    ; fiat.coin:386: return self.redemption_count
  01d64  PUSH 21
  01d66  SLOAD
  01d67  RETF
  01d68  INVALID
fn_FiatCoin_pending_redemptions:
    ; fiat.coin:389: pub view fn pending_redemptions() -> uint {
  01d69  ENTER 0
    ; fiat.coin:390: return self.redemptions_pending
  01d6b  PUSH 22
  01d6d  SLOAD
  01d6e  RETF
  01d6f  INVALID
fn_FiatCoin_are_redemptions_open:
    ; fiat.coin:393: pub view fn are_redemptions_open() -> bool {
  01d70  ENTER 0
    ; fiat.coin:394: return self.redemptions_open
  01d72  PUSH 23
  01d74  SLOAD
  01d75  RETF
  01d76  INVALID
fn_FiatCoin_roles:
    ; fiat.coin:397: pub view fn roles() -> Roles {
  01d77  ENTER 0
    ; fiat.coin:398: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  01d79  PUSH 6
  01d7b  SLOAD
  01d7c  PUSH 7
  01d7e  SLOAD
  01d7f  PUSH 8
  01d81  SLOAD
    ; fiat.coin:399: blacklister: self.blacklister, attester: self.attester, issuer: self.issuer)
  01d82  PUSH 9
  01d84  SLOAD
  01d85  PUSH 10
  01d87  SLOAD
  01d88  PUSH 11
  01d8a  SLOAD
    ; fiat.coin:398: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  01d8b  RETF
  01d8c  INVALID
fn_FiatCoin_approve_checked:
    ; fiat.coin:208: fn approve_checked(owner: address, spender: address, amount: uint) {
  01d8d  ENTER 4
  01d8f  LSET 2
  01d91  LSET 1
  01d93  LSET 0
    ; fiat.coin:209: require(not self.paused, "paused")
  01d95  PUSH @req_ok_162
  01d98  PUSH 12
  01d9a  SLOAD
  01d9b  ISZERO
  01d9c  JUMPI
  01d9d  PUSH 100
  01d9f  MALLOC
  01da0  DUP1
  01da1  PUSH 752
  01da4  PUSH 100
  01da6  DATACOPY
  01da7  PUSH 100
  01da9  REVERT
req_ok_162:
  01daa  JUMPDEST
    ; fiat.coin:210: require(not self.blacklist[owner], "account is blacklisted")
  01dab  PUSH @req_ok_163
  01dae  PUSH0
  01daf  LGET 0
  01db1  MSTORE
  01db2  PUSH 32
  01db4  PUSH 13
  01db6  MSTORE
  01db7  PUSH0
  01db8  PUSH 64
  01dba  KECCAK256
  01dbb  SLOAD
  01dbc  ISZERO
  01dbd  JUMPI
  01dbe  PUSH 100
  01dc0  MALLOC
  01dc1  DUP1
  01dc2  PUSH 3404
  01dc5  PUSH 100
  01dc7  DATACOPY
  01dc8  PUSH 100
  01dca  REVERT
req_ok_163:
  01dcb  JUMPDEST
    ; fiat.coin:211: require(not self.blacklist[spender], "account is blacklisted")
  01dcc  PUSH @req_ok_164
  01dcf  PUSH0
  01dd0  LGET 1
  01dd2  MSTORE
  01dd3  PUSH 32
  01dd5  PUSH 13
  01dd7  MSTORE
  01dd8  PUSH0
  01dd9  PUSH 64
  01ddb  KECCAK256
  01ddc  SLOAD
  01ddd  ISZERO
  01dde  JUMPI
  01ddf  PUSH 100
  01de1  MALLOC
  01de2  DUP1
  01de3  PUSH 3404
  01de6  PUSH 100
  01de8  DATACOPY
  01de9  PUSH 100
  01deb  REVERT
req_ok_164:
  01dec  JUMPDEST
    ; fiat.coin:212: require(spender != address(0), "approve to the zero address")
  01ded  PUSH @req_ok_165
  01df0  LGET 1
  01df2  PUSH 0
  01df3  EQ
  01df4  ISZERO
  01df5  JUMPI
  01df6  PUSH 100
  01df8  MALLOC
  01df9  DUP1
  01dfa  PUSH 3504
  01dfd  PUSH 100
  01dff  DATACOPY
  01e00  PUSH 100
  01e02  REVERT
req_ok_165:
  01e03  JUMPDEST
    ; fiat.coin:213: self.allowances[owner][spender] = amount
  01e04  PUSH 32
  01e06  PUSH0
  01e07  LGET 0
  01e09  MSTORE
  01e0a  PUSH 32
  01e0c  PUSH 5
  01e0e  MSTORE
  01e0f  PUSH0
  01e10  PUSH 64
  01e12  KECCAK256
  01e13  MSTORE
  01e14  PUSH0
  01e15  LGET 1
  01e17  MSTORE
  01e18  PUSH0
  01e19  PUSH 64
  01e1b  KECCAK256
  01e1c  LGET 2
  01e1e  SSTORE
    ; fiat.coin:214: emit Approval(owner, spender, amount)
  01e1f  PUSH 32
  01e21  MALLOC
  01e22  LSET 3
  01e24  LGET 3
  01e26  LGET 2
  01e28  MSTORE
  01e29  LGET 3
  01e2b  PUSH 32
  01e2d  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  01e4e  LGET 0
  01e50  LGET 1
  01e52  LOG3
    ; fiat.coin:208: fn approve_checked(owner: address, spender: address, amount: uint) {
  01e53  RETF
fn_FiatCoin_before_transfer:
    ; fiat.coin:403: fn before_transfer(from: address, to: address, amount: uint) {
  01e54  ENTER 3
  01e56  LSET 2
  01e58  LSET 1
  01e5a  LSET 0
    ; fiat.coin:404: require(not self.paused, "paused")
  01e5c  PUSH @req_ok_166
  01e5f  PUSH 12
  01e61  SLOAD
  01e62  ISZERO
  01e63  JUMPI
  01e64  PUSH 100
  01e66  MALLOC
  01e67  DUP1
  01e68  PUSH 752
  01e6b  PUSH 100
  01e6d  DATACOPY
  01e6e  PUSH 100
  01e70  REVERT
req_ok_166:
  01e71  JUMPDEST
    ; fiat.coin:405: require(not self.blacklist[from], "account is blacklisted")
  01e72  PUSH @req_ok_167
  01e75  PUSH0
  01e76  LGET 0
  01e78  MSTORE
  01e79  PUSH 32
  01e7b  PUSH 13
  01e7d  MSTORE
  01e7e  PUSH0
  01e7f  PUSH 64
  01e81  KECCAK256
  01e82  SLOAD
  01e83  ISZERO
  01e84  JUMPI
  01e85  PUSH 100
  01e87  MALLOC
  01e88  DUP1
  01e89  PUSH 3404
  01e8c  PUSH 100
  01e8e  DATACOPY
  01e8f  PUSH 100
  01e91  REVERT
req_ok_167:
  01e92  JUMPDEST
    ; fiat.coin:406: require(not self.blacklist[to], "account is blacklisted")
  01e93  PUSH @req_ok_168
  01e96  PUSH0
  01e97  LGET 1
  01e99  MSTORE
  01e9a  PUSH 32
  01e9c  PUSH 13
  01e9e  MSTORE
  01e9f  PUSH0
  01ea0  PUSH 64
  01ea2  KECCAK256
  01ea3  SLOAD
  01ea4  ISZERO
  01ea5  JUMPI
  01ea6  PUSH 100
  01ea8  MALLOC
  01ea9  DUP1
  01eaa  PUSH 3404
  01ead  PUSH 100
  01eaf  DATACOPY
  01eb0  PUSH 100
  01eb2  REVERT
req_ok_168:
  01eb3  JUMPDEST
    ; fiat.coin:407: require(not self.blacklist[msg.sender], "account is blacklisted")
  01eb4  PUSH @req_ok_169
  01eb7  PUSH0
  01eb8  CALLER
  01eb9  MSTORE
  01eba  PUSH 32
  01ebc  PUSH 13
  01ebe  MSTORE
  01ebf  PUSH0
  01ec0  PUSH 64
  01ec2  KECCAK256
  01ec3  SLOAD
  01ec4  ISZERO
  01ec5  JUMPI
  01ec6  PUSH 100
  01ec8  MALLOC
  01ec9  DUP1
  01eca  PUSH 3404
  01ecd  PUSH 100
  01ecf  DATACOPY
  01ed0  PUSH 100
  01ed2  REVERT
req_ok_169:
  01ed3  JUMPDEST
    ; fiat.coin:403: fn before_transfer(from: address, to: address, amount: uint) {
  01ed4  RETF
fn_FiatCoin_require_signer:
    ; fiat.coin:280: view fn require_signer(signer: address, struct_hash: bytes32, v: uint8, r: bytes32, s: bytes32) {
  01ed5  ENTER 15
  01ed7  LSET 4
  01ed9  LSET 3
  01edb  LSET 2
  01edd  LSET 1
  01edf  LSET 0
    ; fiat.coin:281: let digest = eip712_digest(eip712_domain(self.token_name, "2"), struct_hash)
  01ee1  PUSH 0
  01ee2  SLOADBYTES
  01ee3  DUP1
  01ee4  MLOAD
  01ee5  SWAP1
  01ee6  PUSH 32
  01ee8  ADD
  01ee9  SWAP1
  01eea  KECCAK256
  01eeb  LSET 7
  01eed  PUSH 64
  01eef  MALLOC
  01ef0  DUP1
  01ef1  PUSH 2048
  01ef4  PUSH 64
  01ef6  DATACOPY
  01ef7  DUP1
  01ef8  MLOAD
  01ef9  SWAP1
  01efa  PUSH 32
  01efc  ADD
  01efd  SWAP1
  01efe  KECCAK256
  01eff  LSET 8
  01f01  CHAINID
  01f02  LSET 9
  01f04  ADDRESS
  01f05  LSET 10
  01f07  PUSH 160
  01f09  MALLOC
  01f0a  LSET 11
  01f0c  LGET 11
  01f0e  PUSH 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f
  01f2f  MSTORE
  01f30  LGET 11
  01f32  PUSH 32
  01f34  ADD
  01f35  LGET 7
  01f37  MSTORE
  01f38  LGET 11
  01f3a  PUSH 64
  01f3c  ADD
  01f3d  LGET 8
  01f3f  MSTORE
  01f40  LGET 11
  01f42  PUSH 96
  01f44  ADD
  01f45  LGET 9
  01f47  MSTORE
  01f48  LGET 11
  01f4a  PUSH 128
  01f4c  ADD
  01f4d  LGET 10
  01f4f  MSTORE
  01f50  LGET 11
  01f52  PUSH 160
  01f54  KECCAK256
  01f55  LSET 12
  01f57  LGET 1
  01f59  LSET 13
  01f5b  PUSH 96
  01f5d  MALLOC
  01f5e  LSET 14
  01f60  LGET 14
  01f62  PUSH 6401
  01f65  MSTORE
  01f66  LGET 14
  01f68  PUSH 32
  01f6a  ADD
  01f6b  LGET 12
  01f6d  MSTORE
  01f6e  LGET 14
  01f70  PUSH 64
  01f72  ADD
  01f73  LGET 13
  01f75  MSTORE
  01f76  LGET 14
  01f78  PUSH 30
  01f7a  ADD
  01f7b  PUSH 66
  01f7d  KECCAK256
  01f7e  LSET 5
    ; fiat.coin:282: let got = ecrecover(digest, v, r, s)
  01f80  LGET 5
  01f82  LGET 2
  01f84  LGET 3
  01f86  LGET 4
  01f88  ECRECOVER
  01f89  LSET 6
    ; fiat.coin:283: require(got != address(0) and got == signer, "invalid signature")
  01f8b  PUSH @req_ok_170
  01f8e  LGET 6
  01f90  PUSH 0
  01f91  EQ
  01f92  ISZERO
  01f93  DUP1
  01f94  ISZERO
  01f95  PUSH @and_171
  01f98  SWAP1
  01f99  JUMPI
  01f9a  POP
  01f9b  LGET 6
  01f9d  LGET 0
  01f9f  EQ
and_171:
  01fa0  JUMPDEST
  01fa1  JUMPI
  01fa2  PUSH 100
  01fa4  MALLOC
  01fa5  DUP1
  01fa6  PUSH 3604
  01fa9  PUSH 100
  01fab  DATACOPY
  01fac  PUSH 100
  01fae  REVERT
req_ok_170:
  01faf  JUMPDEST
    ; fiat.coin:280: view fn require_signer(signer: address, struct_hash: bytes32, v: uint8, r: bytes32, s: bytes32) {
  01fb0  RETF
fn_FiatCoin_use_authorization:
    ; fiat.coin:269: fn use_authorization(from: address, nonce: bytes32, valid_after: uint, valid_before: uint, h: bytes32,
  01fb1  ENTER 8
  01fb3  LSET 7
  01fb5  LSET 6
  01fb7  LSET 5
  01fb9  LSET 4
  01fbb  LSET 3
  01fbd  LSET 2
  01fbf  LSET 1
  01fc1  LSET 0
    ; fiat.coin:271: require(block.timestamp > valid_after, "authorization is not yet valid")
  01fc3  PUSH @req_ok_172
  01fc6  TIMESTAMP
  01fc7  LGET 2
  01fc9  GT
  01fca  JUMPI
  01fcb  PUSH 100
  01fcd  MALLOC
  01fce  DUP1
  01fcf  PUSH 3704
  01fd2  PUSH 100
  01fd4  DATACOPY
  01fd5  PUSH 100
  01fd7  REVERT
req_ok_172:
  01fd8  JUMPDEST
    ; fiat.coin:272: require(block.timestamp < valid_before, "authorization is expired")
  01fd9  PUSH @req_ok_173
  01fdc  TIMESTAMP
  01fdd  LGET 3
  01fdf  LT
  01fe0  JUMPI
  01fe1  PUSH 100
  01fe3  MALLOC
  01fe4  DUP1
  01fe5  PUSH 3804
  01fe8  PUSH 100
  01fea  DATACOPY
  01feb  PUSH 100
  01fed  REVERT
req_ok_173:
  01fee  JUMPDEST
    ; fiat.coin:273: require(not self.authorizations[from][nonce], "authorization is used or canceled")
  01fef  PUSH @req_ok_174
  01ff2  PUSH 32
  01ff4  PUSH0
  01ff5  LGET 0
  01ff7  MSTORE
  01ff8  PUSH 32
  01ffa  PUSH 25
  01ffc  MSTORE
  01ffd  PUSH0
  01ffe  PUSH 64
  02000  KECCAK256
  02001  MSTORE
  02002  PUSH0
  02003  LGET 1
  02005  MSTORE
  02006  PUSH0
  02007  PUSH 64
  02009  KECCAK256
  0200a  SLOAD
  0200b  ISZERO
  0200c  JUMPI
  0200d  PUSH 132
  0200f  MALLOC
  02010  DUP1
  02011  PUSH 2312
  02014  PUSH 132
  02016  DATACOPY
  02017  PUSH 132
  02019  REVERT
req_ok_174:
  0201a  JUMPDEST
    ; fiat.coin:274: self.require_signer(from, h, v, r, s)
  0201b  LGET 0
  0201d  LGET 4
  0201f  LGET 5
  02021  LGET 6
  02023  LGET 7
  02025  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:275: self.authorizations[from][nonce] = true
  02028  PUSH 32
  0202a  PUSH0
  0202b  LGET 0
  0202d  MSTORE
  0202e  PUSH 32
  02030  PUSH 25
  02032  MSTORE
  02033  PUSH0
  02034  PUSH 64
  02036  KECCAK256
  02037  MSTORE
  02038  PUSH0
  02039  LGET 1
  0203b  MSTORE
  0203c  PUSH0
  0203d  PUSH 64
  0203f  KECCAK256
  02040  PUSH 1
  02042  SSTORE
    ; fiat.coin:276: emit AuthorizationUsed(from, nonce)
  02043  PUSH0
  02044  PUSH0
  02045  PUSH 0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5
  02066  LGET 0
  02068  LGET 1
  0206a  LOG3
    ; fiat.coin:269: fn use_authorization(from: address, nonce: bytes32, valid_after: uint, valid_before: uint, h: bytes32,
  0206b  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  0206c  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  0206e  PUSH @req_ok_175
  02071  CALLER
  02072  PUSH 6
  02074  SLOAD
  02075  EQ
  02076  JUMPI
  02077  PUSH 100
  02079  MALLOC
  0207a  DUP1
  0207b  PUSH 3904
  0207e  PUSH 100
  02080  DATACOPY
  02081  PUSH 100
  02083  REVERT
req_ok_175:
  02084  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  02085  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  02086  ENTER 5
  02088  LSET 1
  0208a  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  0208c  LGET 0
  0208e  PUSH 0
  0208f  LGET 1
  02091  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:107: let held = self.balances[from]
  02094  PUSH0
  02095  LGET 0
  02097  MSTORE
  02098  PUSH 32
  0209a  PUSH 4
  0209c  MSTORE
  0209d  PUSH0
  0209e  PUSH 64
  020a0  KECCAK256
  020a1  SLOAD
  020a2  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  020a4  PUSH @req_ok_176
  020a7  LGET 2
  020a9  LGET 1
  020ab  LT
  020ac  ISZERO
  020ad  JUMPI
  020ae  PUSH 100
  020b0  MALLOC
  020b1  DUP1
  020b2  PUSH 4004
  020b5  PUSH 100
  020b7  DATACOPY
  020b8  PUSH 100
  020ba  REVERT
req_ok_176:
  020bb  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  020bc  LGET 2
  020be  LGET 1
  020c0  CSUB
  020c1  PUSH0
  020c2  LGET 0
  020c4  MSTORE
  020c5  PUSH 32
  020c7  PUSH 4
  020c9  MSTORE
  020ca  PUSH0
  020cb  PUSH 64
  020cd  KECCAK256
  020ce  SWAP1
  020cf  SSTORE
    ; token.coin:110: self.supply -= amount
  020d0  PUSH 3
  020d2  DUP1
  020d3  SLOAD
  020d4  LGET 1
  020d6  CSUB
  020d7  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  020d8  PUSH 0
  020d9  LSET 3
  020db  PUSH 32
  020dd  MALLOC
  020de  LSET 4
  020e0  LGET 4
  020e2  LGET 1
  020e4  MSTORE
  020e5  LGET 4
  020e7  PUSH 32
  020e9  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0210a  LGET 0
  0210c  LGET 3
  0210e  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  0210f  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  02110  ENTER 4
  02112  LSET 1
  02114  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  02116  PUSH @req_ok_177
  02119  LGET 0
  0211b  PUSH 0
  0211c  EQ
  0211d  ISZERO
  0211e  JUMPI
  0211f  PUSH 100
  02121  MALLOC
  02122  DUP1
  02123  PUSH 4104
  02126  PUSH 100
  02128  DATACOPY
  02129  PUSH 100
  0212b  REVERT
req_ok_177:
  0212c  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  0212d  PUSH 0
  0212e  LGET 0
  02130  LGET 1
  02132  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:100: self.supply += amount
  02135  PUSH 3
  02137  DUP1
  02138  SLOAD
  02139  LGET 1
  0213b  CADD
  0213c  SSTORE
    ; token.coin:101: self.balances[to] += amount
  0213d  PUSH0
  0213e  LGET 0
  02140  MSTORE
  02141  PUSH 32
  02143  PUSH 4
  02145  MSTORE
  02146  PUSH0
  02147  PUSH 64
  02149  KECCAK256
  0214a  DUP1
  0214b  SLOAD
  0214c  LGET 1
  0214e  CADD
  0214f  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  02150  PUSH 0
  02151  LSET 2
  02153  PUSH 32
  02155  MALLOC
  02156  LSET 3
  02158  LGET 3
  0215a  LGET 1
  0215c  MSTORE
  0215d  LGET 3
  0215f  PUSH 32
  02161  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  02182  LGET 2
  02184  LGET 0
  02186  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  02187  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  02188  ENTER 5
  0218a  LSET 2
  0218c  LSET 1
  0218e  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  02190  PUSH @req_ok_178
  02193  LGET 1
  02195  PUSH 0
  02196  EQ
  02197  ISZERO
  02198  JUMPI
  02199  PUSH 100
  0219b  MALLOC
  0219c  DUP1
  0219d  PUSH 4204
  021a0  PUSH 100
  021a2  DATACOPY
  021a3  PUSH 100
  021a5  REVERT
req_ok_178:
  021a6  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  021a7  LGET 0
  021a9  LGET 1
  021ab  LGET 2
  021ad  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:90: let held = self.balances[from]
  021b0  PUSH0
  021b1  LGET 0
  021b3  MSTORE
  021b4  PUSH 32
  021b6  PUSH 4
  021b8  MSTORE
  021b9  PUSH0
  021ba  PUSH 64
  021bc  KECCAK256
  021bd  SLOAD
  021be  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  021c0  PUSH @req_ok_179
  021c3  LGET 3
  021c5  LGET 2
  021c7  LT
  021c8  ISZERO
  021c9  JUMPI
  021ca  PUSH 100
  021cc  MALLOC
  021cd  DUP1
  021ce  PUSH 4304
  021d1  PUSH 100
  021d3  DATACOPY
  021d4  PUSH 100
  021d6  REVERT
req_ok_179:
  021d7  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  021d8  LGET 3
  021da  LGET 2
  021dc  CSUB
  021dd  PUSH0
  021de  LGET 0
  021e0  MSTORE
  021e1  PUSH 32
  021e3  PUSH 4
  021e5  MSTORE
  021e6  PUSH0
  021e7  PUSH 64
  021e9  KECCAK256
  021ea  SWAP1
  021eb  SSTORE
    ; token.coin:93: self.balances[to] += amount
  021ec  PUSH0
  021ed  LGET 1
  021ef  MSTORE
  021f0  PUSH 32
  021f2  PUSH 4
  021f4  MSTORE
  021f5  PUSH0
  021f6  PUSH 64
  021f8  KECCAK256
  021f9  DUP1
  021fa  SLOAD
  021fb  LGET 2
  021fd  CADD
  021fe  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  021ff  PUSH 32
  02201  MALLOC
  02202  LSET 4
  02204  LGET 4
  02206  LGET 2
  02208  MSTORE
  02209  LGET 4
  0220b  PUSH 32
  0220d  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  0222e  LGET 0
  02230  LGET 1
  02232  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  02233  RETF
>>>>>>> wip-i16
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
<<<<<<< HEAD
    ; fiat.coin:75: init(name: string, symbol: string, max_attestation_age: uint) {
=======
    ; fiat.coin:66: init(name: string, symbol: string, max_attestation_age: uint) {
>>>>>>> wip-i16
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
<<<<<<< HEAD
    ; fiat.coin:75: init(name: string, symbol: string, max_attestation_age: uint) {
=======
    ; fiat.coin:66: init(name: string, symbol: string, max_attestation_age: uint) {
>>>>>>> wip-i16
  000b2  ENTER 5
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
<<<<<<< HEAD
    ; fiat.coin:76: Token.init(name, symbol, 18)
=======
    ; fiat.coin:67: Token.init(name, symbol, 18)
>>>>>>> wip-i16
  000ba  LGET 0
  000bc  LGET 1
  000be  PUSH 18
  000c0  CALLF @fn_Token_init
<<<<<<< HEAD
    ; fiat.coin:77: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; fiat.coin:78: require(max_attestation_age > 0, "max_attestation_age must be positive")
=======
    ; fiat.coin:68: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; fiat.coin:69: require(max_attestation_age > 0, "max_attestation_age must be positive")
>>>>>>> wip-i16
  000c6  PUSH @req_ok_3
  000c9  LGET 2
  000cb  PUSH 0
  000cc  GT
  000cd  JUMPI
  000ce  PUSH 132
  000d0  MALLOC
  000d1  DUP1
  000d2  PUSH 520
  000d5  PUSH 132
  000d7  DATACOPY
  000d8  PUSH 132
  000da  REVERT
req_ok_3:
  000db  JUMPDEST
<<<<<<< HEAD
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
=======
    ; fiat.coin:70: self.max_attestation_age = max_attestation_age
  000dc  PUSH 18
  000de  LGET 2
  000e0  SSTORE
    ; fiat.coin:71: self.master_minter = msg.sender
  000e1  PUSH 7
  000e3  CALLER
  000e4  SSTORE
    ; fiat.coin:72: self.pauser = msg.sender
  000e5  PUSH 8
  000e7  CALLER
  000e8  SSTORE
    ; fiat.coin:73: self.blacklister = msg.sender
  000e9  PUSH 9
  000eb  CALLER
  000ec  SSTORE
    ; fiat.coin:74: self.attester = msg.sender
  000ed  PUSH 10
  000ef  CALLER
  000f0  SSTORE
    ; fiat.coin:75: self.issuer = msg.sender
  000f1  PUSH 11
  000f3  CALLER
  000f4  SSTORE
    ; fiat.coin:76: self.redemptions_open = true
  000f5  PUSH 23
  000f7  PUSH 1
  000f9  SSTORE
    ; fiat.coin:77: emit MaxAttestationAgeSet(max_attestation_age)
>>>>>>> wip-i16
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
<<<<<<< HEAD
    ; fiat.coin:87: emit RedemptionsOpen(true)
=======
    ; fiat.coin:78: emit RedemptionsOpen(true)
>>>>>>> wip-i16
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
<<<<<<< HEAD
    ; fiat.coin:75: init(name: string, symbol: string, max_attestation_age: uint) {
=======
    ; fiat.coin:66: init(name: string, symbol: string, max_attestation_age: uint) {
>>>>>>> wip-i16
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
<<<<<<< HEAD
; ---- data section (3808 bytes)
=======
; ---- data section (4404 bytes)
>>>>>>> wip-i16
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  00000016696e73756666696369656e7420616c6c6f77616e6365000000000000
  00060  0000000008c379a0000000000000000000000000000000000000000000000000
  00080  0000000000000020000000000000000000000000000000000000000000000000
  000a0  00000000000000206f776e65722063616e6e6f7420626520746865207a65726f
  000c0  2061646472657373000000000000000000000000000000000000000000000000
  000e0  000000000000000d6d61737465725f6d696e7465720000000000000000000000
  00100  0000000000000000000000000000000000000000000000000000000000000000
  00120  0000000000000006706175736572000000000000000000000000000000000000
  00140  0000000000000000000000000000000000000000000000000000000000000000
  00160  000000000000000b626c61636b6c697374657200000000000000000000000000
  00180  0000000000000000000000000000000000000000000000000000000000000000
  001a0  0000000000000008617474657374657200000000000000000000000000000000
  001c0  0000000000000000000000000000000000000000000000000000000000000000
  001e0  0000000000000006697373756572000000000000000000000000000000000000
  00200  000000000000000008c379a00000000000000000000000000000000000000000
  00220  0000000000000000000000200000000000000000000000000000000000000000
  00240  0000000000000000000000246d61785f6174746573746174696f6e5f61676520
  00260  6d75737420626520706f73697469766500000000000000000000000000000000
  00280  00000000000000000000000008c379a000000000000000000000000000000000
  002a0  0000000000000000000000000000002000000000000000000000000000000000
  002c0  0000000000000000000000000000001f63616c6c6572206973206e6f74207468
  002e0  65206d6173746572206d696e7465720008c379a0000000000000000000000000
  00300  0000000000000000000000000000000000000020000000000000000000000000
  00320  0000000000000000000000000000000000000006706175736564000000000000
  00340  000000000000000000000000000000000000000008c379a00000000000000000
  00360  0000000000000000000000000000000000000000000000200000000000000000
  00380  00000000000000000000000000000000000000000000001663616c6c65722069
  003a0  73206e6f742061206d696e7465720000000000000000000008c379a000000000
  003c0  0000000000000000000000000000000000000000000000000000002000000000
  003e0  000000000000000000000000000000000000000000000000000000156d696e74
  00400  657220697320626c61636b6c6973746564000000000000000000000008c379a0
  00420  0000000000000000000000000000000000000000000000000000000000000020
  00440  000000000000000000000000000000000000000000000000000000000000001c
  00460  6d696e7420616d6f756e74206d75737420626520706f73697469766500000000
  00480  08c379a000000000000000000000000000000000000000000000000000000000
  004a0  0000002000000000000000000000000000000000000000000000000000000000
  004c0  000000246d696e7420616d6f756e742065786365656473206d696e7465722061
  004e0  6c6c6f77616e6365000000000000000000000000000000000000000000000000
  00500  0000000008c379a0000000000000000000000000000000000000000000000000
  00520  0000000000000020000000000000000000000000000000000000000000000000
  00540  000000000000001c72657365727665732077657265206e657665722061747465
  00560  737465640000000008c379a00000000000000000000000000000000000000000
  00580  0000000000000000000000200000000000000000000000000000000000000000
  005a0  00000000000000000000001c72657365727665206174746573746174696f6e20
  005c0  6973207374616c650000000008c379a000000000000000000000000000000000
  005e0  0000000000000000000000000000002000000000000000000000000000000000
  00600  000000000000000000000000000000236d696e7420776f756c64206578636565
  00620  6420617474657374656420726573657276657300000000000000000000000000
  00640  0000000000000000000000000000000008c379a0000000000000000000000000
  00660  0000000000000000000000000000000000000020000000000000000000000000
  00680  000000000000000000000000000000000000001c6275726e20616d6f756e7420
  006a0  6d75737420626520706f7369746976650000000008c379a00000000000000000
  006c0  0000000000000000000000000000000000000000000000200000000000000000
  006e0  00000000000000000000000000000000000000000000001863616c6c65722069
  00700  73206e6f742074686520706175736572000000000000000008c379a000000000
  00720  0000000000000000000000000000000000000000000000000000002000000000
  00740  0000000000000000000000000000000000000000000000000000001d63616c6c
  00760  6572206973206e6f742074686520626c61636b6c697374657200000008c379a0
  00780  0000000000000000000000000000000000000000000000000000000000000020
<<<<<<< HEAD
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
=======
  007a0  0000000000000000000000000000000000000000000000000000000000000027
  007c0  726563697069656e747320616e6420616d6f756e74732064696666657220696e
  007e0  206c656e67746800000000000000000000000000000000000000000000000000
  00800  0000000000000000000000000000000000000000000000000000000000000001
  00820  3200000000000000000000000000000000000000000000000000000000000000
  00840  08c379a000000000000000000000000000000000000000000000000000000000
  00860  0000002000000000000000000000000000000000000000000000000000000000
  00880  000000117065726d697420697320657870697265640000000000000000000000
  008a0  0000000008c379a0000000000000000000000000000000000000000000000000
  008c0  0000000000000020000000000000000000000000000000000000000000000000
  008e0  000000000000001863616c6c6572206d75737420626520746865207061796565
  00900  000000000000000008c379a00000000000000000000000000000000000000000
  00920  0000000000000000000000200000000000000000000000000000000000000000
  00940  000000000000000000000021617574686f72697a6174696f6e20697320757365
  00960  64206f722063616e63656c656400000000000000000000000000000000000000
  00980  00000000000000000000000008c379a000000000000000000000000000000000
  009a0  0000000000000000000000000000002000000000000000000000000000000000
  009c0  0000000000000000000000000000002263616c6c6572206973206e6f74207468
  009e0  6520726573657276652061747465737465720000000000000000000000000000
  00a00  0000000000000000000000000000000008c379a0000000000000000000000000
  00a20  0000000000000000000000000000000000000020000000000000000000000000
  00a40  000000000000000000000000000000000000002c72657365727665732063616e
  00a60  6e6f742062652062656c6f772074686520696d70616972656420616d6f756e74
  00a80  000000000000000000000000000000000000000008c379a00000000000000000
  00aa0  0000000000000000000000000000000000000000000000200000000000000000
  00ac0  00000000000000000000000000000000000000000000001863616c6c65722069
  00ae0  73206e6f742074686520697373756572000000000000000008c379a000000000
  00b00  0000000000000000000000000000000000000000000000000000002000000000
  00b20  00000000000000000000000000000000000000000000000000000020696d7061
  00b40  6972656420616d6f756e74206578636565647320726573657276657308c379a0
  00b60  0000000000000000000000000000000000000000000000000000000000000020
  00b80  0000000000000000000000000000000000000000000000000000000000000016
  00ba0  726564656d7074696f6e732061726520636c6f73656400000000000000000000
  00bc0  08c379a000000000000000000000000000000000000000000000000000000000
  00be0  0000002000000000000000000000000000000000000000000000000000000000
  00c00  00000022726564656d7074696f6e20616d6f756e74206d75737420626520706f
  00c20  7369746976650000000000000000000000000000000000000000000000000000
  00c40  0000000008c379a0000000000000000000000000000000000000000000000000
  00c60  0000000000000020000000000000000000000000000000000000000000000000
  00c80  00000000000000216e6f2071756575656420726564656d7074696f6e20776974
  00ca0  6820746869732069640000000000000000000000000000000000000000000000
  00cc0  000000000000000008c379a00000000000000000000000000000000000000000
  00ce0  0000000000000000000000200000000000000000000000000000000000000000
  00d00  00000000000000000000002e61636365737369626c6520726573657276657320
  00d20  63616e6e6f7420706179207468697320726564656d7074696f6e000000000000
  00d40  00000000000000000000000008c379a000000000000000000000000000000000
  00d60  0000000000000000000000000000002000000000000000000000000000000000
  00d80  000000000000000000000000000000166163636f756e7420697320626c61636b
  00da0  6c69737465640000000000000000000008c379a0000000000000000000000000
  00dc0  0000000000000000000000000000000000000020000000000000000000000000
  00de0  000000000000000000000000000000000000001b617070726f766520746f2074
  00e00  6865207a65726f2061646472657373000000000008c379a00000000000000000
  00e20  0000000000000000000000000000000000000000000000200000000000000000
  00e40  000000000000000000000000000000000000000000000011696e76616c696420
  00e60  7369676e617475726500000000000000000000000000000008c379a000000000
  00e80  0000000000000000000000000000000000000000000000000000002000000000
  00ea0  0000000000000000000000000000000000000000000000000000001e61757468
  00ec0  6f72697a6174696f6e206973206e6f74207965742076616c6964000008c379a0
  00ee0  0000000000000000000000000000000000000000000000000000000000000020
  00f00  0000000000000000000000000000000000000000000000000000000000000018
  00f20  617574686f72697a6174696f6e20697320657870697265640000000000000000
  00f40  08c379a000000000000000000000000000000000000000000000000000000000
  00f60  0000002000000000000000000000000000000000000000000000000000000000
  00f80  0000001763616c6c6572206973206e6f7420746865206f776e65720000000000
  00fa0  0000000008c379a0000000000000000000000000000000000000000000000000
  00fc0  0000000000000020000000000000000000000000000000000000000000000000
  00fe0  000000000000001b6275726e20616d6f756e7420657863656564732062616c61
  01000  6e6365000000000008c379a00000000000000000000000000000000000000000
  01020  0000000000000000000000200000000000000000000000000000000000000000
  01040  0000000000000000000000186d696e7420746f20746865207a65726f20616464
  01060  72657373000000000000000008c379a000000000000000000000000000000000
  01080  0000000000000000000000000000002000000000000000000000000000000000
  010a0  0000000000000000000000000000001c7472616e7366657220746f2074686520
  010c0  7a65726f20616464726573730000000008c379a0000000000000000000000000
  010e0  0000000000000000000000000000000000000020000000000000000000000000
  01100  000000000000000000000000000000000000001f7472616e7366657220616d6f
  01120  756e7420657863656564732062616c616e636500
>>>>>>> wip-i16
