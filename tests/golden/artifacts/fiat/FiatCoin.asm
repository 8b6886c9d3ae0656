; contract FiatCoin
; ---- runtime section (9481 bytes)
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
  00000  ENTER 12
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
  00194  PUSH @ext_attest_bank_cash_37
  00197  DUP2
  00198  PUSH 0x7037d4e5
  0019d  EQ
  0019e  JUMPI
  0019f  PUSH @ext_set_impaired_38
  001a2  DUP2
  001a3  PUSH 0x622d0087
  001a8  EQ
  001a9  JUMPI
  001aa  PUSH @ext_write_down_39
  001ad  DUP2
  001ae  PUSH 0x59a8730f
  001b3  EQ
  001b4  JUMPI
  001b5  PUSH @ext_set_redemptions_open_40
  001b8  DUP2
  001b9  PUSH 0x8f816b00
  001be  EQ
  001bf  JUMPI
  001c0  PUSH @ext_request_redemption_41
  001c3  DUP2
  001c4  PUSH 0x96b26e4f
  001c9  EQ
  001ca  JUMPI
  001cb  PUSH @ext_complete_redemption_42
  001ce  DUP2
  001cf  PUSH 0x798755f9
  001d4  EQ
  001d5  JUMPI
  001d6  PUSH @ext_available_reserves_43
  001d9  DUP2
  001da  PUSH 0x23b70b25
  001df  EQ
  001e0  JUMPI
  001e1  PUSH @ext_backing_ratio_44
  001e4  DUP2
  001e5  PUSH 0x8ccf0994
  001ea  EQ
  001eb  JUMPI
  001ec  PUSH @ext_nav_45
  001ef  DUP2
  001f0  PUSH 0xc1590cd7
  001f5  EQ
  001f6  JUMPI
  001f7  PUSH @ext_redemption_payout_46
  001fa  DUP2
  001fb  PUSH 0xf218b446
  00200  EQ
  00201  JUMPI
  00202  PUSH @ext_get_bank_cash_47
  00205  DUP2
  00206  PUSH 0xd61158b2
  0020b  EQ
  0020c  JUMPI
  0020d  PUSH @ext_get_written_down_48
  00210  DUP2
  00211  PUSH 0x8acd6432
  00216  EQ
  00217  JUMPI
  00218  PUSH @ext_minter_allowance_49
  0021b  DUP2
  0021c  PUSH 0x2a93ffd0
  00221  EQ
  00222  JUMPI
  00223  PUSH @ext_is_minter_50
  00226  DUP2
  00227  PUSH 0x92c94f65
  0022c  EQ
  0022d  JUMPI
  0022e  PUSH @ext_is_blacklisted_51
  00231  DUP2
  00232  PUSH 0x1794e95a
  00237  EQ
  00238  JUMPI
  00239  PUSH @ext_is_paused_52
  0023c  DUP2
  0023d  PUSH 0x9d4f8aa9
  00242  EQ
  00243  JUMPI
  00244  PUSH @ext_get_reserves_53
  00247  DUP2
  00248  PUSH 0x14da81ae
  0024d  EQ
  0024e  JUMPI
  0024f  PUSH @ext_get_impaired_54
  00252  DUP2
  00253  PUSH 0x3e703a66
  00258  EQ
  00259  JUMPI
  0025a  PUSH @ext_get_attested_at_55
  0025d  DUP2
  0025e  PUSH 0xb8f3fbe0
  00263  EQ
  00264  JUMPI
  00265  PUSH @ext_redemption_56
  00268  DUP2
  00269  PUSH 0x4a1dc092
  0026e  EQ
  0026f  JUMPI
  00270  PUSH @ext_redemption_queue_57
  00273  DUP2
  00274  PUSH 0x764cb236
  00279  EQ
  0027a  JUMPI
  0027b  PUSH @ext_pending_redemptions_58
  0027e  DUP2
  0027f  PUSH 0x76f0870f
  00284  EQ
  00285  JUMPI
  00286  PUSH @ext_are_redemptions_open_59
  00289  DUP2
  0028a  PUSH 0x3b896616
  0028f  EQ
  00290  JUMPI
  00291  PUSH @ext_roles_60
  00294  DUP2
  00295  PUSH 0x392f5f64
  0029a  EQ
  0029b  JUMPI
  0029c  PUSH0
  0029d  PUSH0
  0029e  REVERT
fallback_1:
  0029f  JUMPDEST
  002a0  PUSH0
  002a1  PUSH0
  002a2  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  002a3  JUMPDEST
  002a4  POP
  002a5  PUSH @novalue_61
  002a8  CALLVALUE
  002a9  ISZERO
  002aa  JUMPI
  002ab  PUSH0
  002ac  PUSH0
  002ad  REVERT
novalue_61:
  002ae  JUMPDEST
  002af  CALLF @fn_Token_name
  002b2  LSET 0
  002b4  PUSH 32
  002b6  LGET 0
  002b8  MLOAD
  002b9  PUSH 31
  002bb  ADD
  002bc  PUSH 5
  002be  SHR
  002bf  PUSH 5
  002c1  SHL
  002c2  PUSH 32
  002c4  ADD
  002c5  ADD
  002c6  LSET 1
  002c8  LGET 1
  002ca  MALLOC
  002cb  LSET 2
  002cd  PUSH 32
  002cf  LSET 3
  002d1  LGET 2
  002d3  PUSH 0
  002d4  ADD
  002d5  LGET 3
  002d7  MSTORE
  002d8  LGET 2
  002da  PUSH 0
  002db  ADD
  002dc  LGET 3
  002de  ADD
  002df  LGET 0
  002e1  LGET 0
  002e3  MLOAD
  002e4  PUSH 31
  002e6  ADD
  002e7  PUSH 5
  002e9  SHR
  002ea  PUSH 5
  002ec  SHL
  002ed  PUSH 32
  002ef  ADD
  002f0  DUP1
  002f1  LSET 4
  002f3  MCOPY
  002f4  LGET 3
  002f6  LGET 4
  002f8  ADD
  002f9  LSET 3
  002fb  LGET 2
  002fd  LGET 1
  002ff  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  00300  JUMPDEST
  00301  POP
  00302  PUSH @novalue_62
  00305  CALLVALUE
  00306  ISZERO
  00307  JUMPI
  00308  PUSH0
  00309  PUSH0
  0030a  REVERT
novalue_62:
  0030b  JUMPDEST
  0030c  CALLF @fn_Token_symbol
  0030f  LSET 0
  00311  PUSH 32
  00313  LGET 0
  00315  MLOAD
  00316  PUSH 31
  00318  ADD
  00319  PUSH 5
  0031b  SHR
  0031c  PUSH 5
  0031e  SHL
  0031f  PUSH 32
  00321  ADD
  00322  ADD
  00323  LSET 1
  00325  LGET 1
  00327  MALLOC
  00328  LSET 2
  0032a  PUSH 32
  0032c  LSET 3
  0032e  LGET 2
  00330  PUSH 0
  00331  ADD
  00332  LGET 3
  00334  MSTORE
  00335  LGET 2
  00337  PUSH 0
  00338  ADD
  00339  LGET 3
  0033b  ADD
  0033c  LGET 0
  0033e  LGET 0
  00340  MLOAD
  00341  PUSH 31
  00343  ADD
  00344  PUSH 5
  00346  SHR
  00347  PUSH 5
  00349  SHL
  0034a  PUSH 32
  0034c  ADD
  0034d  DUP1
  0034e  LSET 4
  00350  MCOPY
  00351  LGET 3
  00353  LGET 4
  00355  ADD
  00356  LSET 3
  00358  LGET 2
  0035a  LGET 1
  0035c  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  0035d  JUMPDEST
  0035e  POP
  0035f  PUSH @novalue_63
  00362  CALLVALUE
  00363  ISZERO
  00364  JUMPI
  00365  PUSH0
  00366  PUSH0
  00367  REVERT
novalue_63:
  00368  JUMPDEST
  00369  CALLF @fn_Token_decimals
  0036c  LSET 0
  0036e  PUSH 32
  00370  MALLOC
  00371  LSET 1
  00373  LGET 1
  00375  LGET 0
  00377  MSTORE
  00378  LGET 1
  0037a  PUSH 32
  0037c  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  0037d  JUMPDEST
  0037e  POP
  0037f  PUSH @novalue_64
  00382  CALLVALUE
  00383  ISZERO
  00384  JUMPI
  00385  PUSH0
  00386  PUSH0
  00387  REVERT
novalue_64:
  00388  JUMPDEST
  00389  CALLF @fn_Token_totalSupply
  0038c  LSET 0
  0038e  PUSH 32
  00390  MALLOC
  00391  LSET 1
  00393  LGET 1
  00395  LGET 0
  00397  MSTORE
  00398  LGET 1
  0039a  PUSH 32
  0039c  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  0039d  JUMPDEST
  0039e  POP
  0039f  PUSH @novalue_65
  003a2  CALLVALUE
  003a3  ISZERO
  003a4  JUMPI
  003a5  PUSH0
  003a6  PUSH0
  003a7  REVERT
novalue_65:
  003a8  JUMPDEST
  003a9  PUSH @bad_input_66
  003ac  CALLDATASIZE
  003ad  PUSH 36
  003af  LT
  003b0  JUMPI
  003b1  PUSH 4
  003b3  CALLDATALOAD
  003b4  PUSH @bad_input_66
  003b7  DUP2
  003b8  PUSH 160
  003ba  SHR
  003bb  JUMPI
  003bc  CALLF @fn_Token_balanceOf
  003bf  LSET 0
  003c1  PUSH 32
  003c3  MALLOC
  003c4  LSET 1
  003c6  LGET 1
  003c8  LGET 0
  003ca  MSTORE
  003cb  LGET 1
  003cd  PUSH 32
  003cf  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  003d0  JUMPDEST
  003d1  POP
  003d2  PUSH @novalue_67
  003d5  CALLVALUE
  003d6  ISZERO
  003d7  JUMPI
  003d8  PUSH0
  003d9  PUSH0
  003da  REVERT
novalue_67:
  003db  JUMPDEST
  003dc  PUSH @bad_input_66
  003df  CALLDATASIZE
  003e0  PUSH 68
  003e2  LT
  003e3  JUMPI
  003e4  PUSH 4
  003e6  CALLDATALOAD
  003e7  PUSH @bad_input_66
  003ea  DUP2
  003eb  PUSH 160
  003ed  SHR
  003ee  JUMPI
  003ef  PUSH 36
  003f1  CALLDATALOAD
  003f2  PUSH @bad_input_66
  003f5  DUP2
  003f6  PUSH 160
  003f8  SHR
  003f9  JUMPI
  003fa  CALLF @fn_Token_allowance
  003fd  LSET 0
  003ff  PUSH 32
  00401  MALLOC
  00402  LSET 1
  00404  LGET 1
  00406  LGET 0
  00408  MSTORE
  00409  LGET 1
  0040b  PUSH 32
  0040d  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  0040e  JUMPDEST
  0040f  POP
  00410  PUSH @novalue_68
  00413  CALLVALUE
  00414  ISZERO
  00415  JUMPI
  00416  PUSH0
  00417  PUSH0
  00418  REVERT
novalue_68:
  00419  JUMPDEST
  0041a  PUSH @bad_input_66
  0041d  CALLDATASIZE
  0041e  PUSH 68
  00420  LT
  00421  JUMPI
  00422  PUSH 4
  00424  CALLDATALOAD
  00425  PUSH @bad_input_66
  00428  DUP2
  00429  PUSH 160
  0042b  SHR
  0042c  JUMPI
  0042d  PUSH 36
  0042f  CALLDATALOAD
  00430  CALLF @fn_Token_transfer
  00433  LSET 0
  00435  PUSH 32
  00437  MALLOC
  00438  LSET 1
  0043a  LGET 1
  0043c  LGET 0
  0043e  MSTORE
  0043f  LGET 1
  00441  PUSH 32
  00443  RETURN
ext_approve_9:
    ; fiat.coin:217: pub fn approve(spender: address, amount: uint) -> bool {
  00444  JUMPDEST
  00445  POP
  00446  PUSH @novalue_69
  00449  CALLVALUE
  0044a  ISZERO
  0044b  JUMPI
  0044c  PUSH0
  0044d  PUSH0
  0044e  REVERT
novalue_69:
  0044f  JUMPDEST
  00450  PUSH @bad_input_66
  00453  CALLDATASIZE
  00454  PUSH 68
  00456  LT
  00457  JUMPI
  00458  PUSH 4
  0045a  CALLDATALOAD
  0045b  PUSH @bad_input_66
  0045e  DUP2
  0045f  PUSH 160
  00461  SHR
  00462  JUMPI
  00463  PUSH 36
  00465  CALLDATALOAD
  00466  CALLF @fn_FiatCoin_approve
  00469  LSET 0
  0046b  PUSH 32
  0046d  MALLOC
  0046e  LSET 1
  00470  LGET 1
  00472  LGET 0
  00474  MSTORE
  00475  LGET 1
  00477  PUSH 32
  00479  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  0047a  JUMPDEST
  0047b  POP
  0047c  PUSH @novalue_70
  0047f  CALLVALUE
  00480  ISZERO
  00481  JUMPI
  00482  PUSH0
  00483  PUSH0
  00484  REVERT
novalue_70:
  00485  JUMPDEST
  00486  PUSH @bad_input_66
  00489  CALLDATASIZE
  0048a  PUSH 100
  0048c  LT
  0048d  JUMPI
  0048e  PUSH 4
  00490  CALLDATALOAD
  00491  PUSH @bad_input_66
  00494  DUP2
  00495  PUSH 160
  00497  SHR
  00498  JUMPI
  00499  PUSH 36
  0049b  CALLDATALOAD
  0049c  PUSH @bad_input_66
  0049f  DUP2
  004a0  PUSH 160
  004a2  SHR
  004a3  JUMPI
  004a4  PUSH 68
  004a6  CALLDATALOAD
  004a7  CALLF @fn_Token_transferFrom
  004aa  LSET 0
  004ac  PUSH 32
  004ae  MALLOC
  004af  LSET 1
  004b1  LGET 1
  004b3  LGET 0
  004b5  MSTORE
  004b6  LGET 1
  004b8  PUSH 32
  004ba  RETURN
ext_get_owner_11:
    ; access.coin:13: pub view fn get_owner() -> address {
  004bb  JUMPDEST
  004bc  POP
  004bd  PUSH @novalue_71
  004c0  CALLVALUE
  004c1  ISZERO
  004c2  JUMPI
  004c3  PUSH0
  004c4  PUSH0
  004c5  REVERT
novalue_71:
  004c6  JUMPDEST
  004c7  CALLF @fn_Owned_get_owner
  004ca  LSET 0
  004cc  PUSH 32
  004ce  MALLOC
  004cf  LSET 1
  004d1  LGET 1
  004d3  LGET 0
  004d5  MSTORE
  004d6  LGET 1
  004d8  PUSH 32
  004da  RETURN
ext_transfer_ownership_12:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  004db  JUMPDEST
  004dc  POP
  004dd  PUSH @novalue_72
  004e0  CALLVALUE
  004e1  ISZERO
  004e2  JUMPI
  004e3  PUSH0
  004e4  PUSH0
  004e5  REVERT
novalue_72:
  004e6  JUMPDEST
  004e7  PUSH @bad_input_66
  004ea  CALLDATASIZE
  004eb  PUSH 36
  004ed  LT
  004ee  JUMPI
  004ef  PUSH 4
  004f1  CALLDATALOAD
  004f2  PUSH @bad_input_66
  004f5  DUP2
  004f6  PUSH 160
  004f8  SHR
  004f9  JUMPI
  004fa  CALLF @fn_Owned_transfer_ownership
  004fd  STOP
ext_set_master_minter_13:
    ; fiat.coin:96: pub fn set_master_minter(account: address) {
  004fe  JUMPDEST
  004ff  POP
  00500  PUSH @novalue_73
  00503  CALLVALUE
  00504  ISZERO
  00505  JUMPI
  00506  PUSH0
  00507  PUSH0
  00508  REVERT
novalue_73:
  00509  JUMPDEST
  0050a  PUSH @bad_input_66
  0050d  CALLDATASIZE
  0050e  PUSH 36
  00510  LT
  00511  JUMPI
  00512  PUSH 4
  00514  CALLDATALOAD
  00515  PUSH @bad_input_66
  00518  DUP2
  00519  PUSH 160
  0051b  SHR
  0051c  JUMPI
  0051d  CALLF @fn_FiatCoin_set_master_minter
  00520  STOP
ext_set_pauser_14:
    ; fiat.coin:102: pub fn set_pauser(account: address) {
  00521  JUMPDEST
  00522  POP
  00523  PUSH @novalue_74
  00526  CALLVALUE
  00527  ISZERO
  00528  JUMPI
  00529  PUSH0
  0052a  PUSH0
  0052b  REVERT
novalue_74:
  0052c  JUMPDEST
  0052d  PUSH @bad_input_66
  00530  CALLDATASIZE
  00531  PUSH 36
  00533  LT
  00534  JUMPI
  00535  PUSH 4
  00537  CALLDATALOAD
  00538  PUSH @bad_input_66
  0053b  DUP2
  0053c  PUSH 160
  0053e  SHR
  0053f  JUMPI
  00540  CALLF @fn_FiatCoin_set_pauser
  00543  STOP
ext_set_blacklister_15:
    ; fiat.coin:108: pub fn set_blacklister(account: address) {
  00544  JUMPDEST
  00545  POP
  00546  PUSH @novalue_75
  00549  CALLVALUE
  0054a  ISZERO
  0054b  JUMPI
  0054c  PUSH0
  0054d  PUSH0
  0054e  REVERT
novalue_75:
  0054f  JUMPDEST
  00550  PUSH @bad_input_66
  00553  CALLDATASIZE
  00554  PUSH 36
  00556  LT
  00557  JUMPI
  00558  PUSH 4
  0055a  CALLDATALOAD
  0055b  PUSH @bad_input_66
  0055e  DUP2
  0055f  PUSH 160
  00561  SHR
  00562  JUMPI
  00563  CALLF @fn_FiatCoin_set_blacklister
  00566  STOP
ext_set_attester_16:
    ; fiat.coin:114: pub fn set_attester(account: address) {
  00567  JUMPDEST
  00568  POP
  00569  PUSH @novalue_76
  0056c  CALLVALUE
  0056d  ISZERO
  0056e  JUMPI
  0056f  PUSH0
  00570  PUSH0
  00571  REVERT
novalue_76:
  00572  JUMPDEST
  00573  PUSH @bad_input_66
  00576  CALLDATASIZE
  00577  PUSH 36
  00579  LT
  0057a  JUMPI
  0057b  PUSH 4
  0057d  CALLDATALOAD
  0057e  PUSH @bad_input_66
  00581  DUP2
  00582  PUSH 160
  00584  SHR
  00585  JUMPI
  00586  CALLF @fn_FiatCoin_set_attester
  00589  STOP
ext_set_issuer_17:
    ; fiat.coin:120: pub fn set_issuer(account: address) {
  0058a  JUMPDEST
  0058b  POP
  0058c  PUSH @novalue_77
  0058f  CALLVALUE
  00590  ISZERO
  00591  JUMPI
  00592  PUSH0
  00593  PUSH0
  00594  REVERT
novalue_77:
  00595  JUMPDEST
  00596  PUSH @bad_input_66
  00599  CALLDATASIZE
  0059a  PUSH 36
  0059c  LT
  0059d  JUMPI
  0059e  PUSH 4
  005a0  CALLDATALOAD
  005a1  PUSH @bad_input_66
  005a4  DUP2
  005a5  PUSH 160
  005a7  SHR
  005a8  JUMPI
  005a9  CALLF @fn_FiatCoin_set_issuer
  005ac  STOP
ext_set_max_attestation_age_18:
    ; fiat.coin:126: pub fn set_max_attestation_age(seconds: uint) {
  005ad  JUMPDEST
  005ae  POP
  005af  PUSH @novalue_78
  005b2  CALLVALUE
  005b3  ISZERO
  005b4  JUMPI
  005b5  PUSH0
  005b6  PUSH0
  005b7  REVERT
novalue_78:
  005b8  JUMPDEST
  005b9  PUSH @bad_input_66
  005bc  CALLDATASIZE
  005bd  PUSH 36
  005bf  LT
  005c0  JUMPI
  005c1  PUSH 4
  005c3  CALLDATALOAD
  005c4  CALLF @fn_FiatCoin_set_max_attestation_age
  005c7  STOP
ext_configure_minter_19:
    ; fiat.coin:134: pub fn configure_minter(minter: address, allowance: uint) {
  005c8  JUMPDEST
  005c9  POP
  005ca  PUSH @novalue_79
  005cd  CALLVALUE
  005ce  ISZERO
  005cf  JUMPI
  005d0  PUSH0
  005d1  PUSH0
  005d2  REVERT
novalue_79:
  005d3  JUMPDEST
  005d4  PUSH @bad_input_66
  005d7  CALLDATASIZE
  005d8  PUSH 68
  005da  LT
  005db  JUMPI
  005dc  PUSH 4
  005de  CALLDATALOAD
  005df  PUSH @bad_input_66
  005e2  DUP2
  005e3  PUSH 160
  005e5  SHR
  005e6  JUMPI
  005e7  PUSH 36
  005e9  CALLDATALOAD
  005ea  CALLF @fn_FiatCoin_configure_minter
  005ed  STOP
ext_remove_minter_20:
    ; fiat.coin:142: pub fn remove_minter(minter: address) {
  005ee  JUMPDEST
  005ef  POP
  005f0  PUSH @novalue_80
  005f3  CALLVALUE
  005f4  ISZERO
  005f5  JUMPI
  005f6  PUSH0
  005f7  PUSH0
  005f8  REVERT
novalue_80:
  005f9  JUMPDEST
  005fa  PUSH @bad_input_66
  005fd  CALLDATASIZE
  005fe  PUSH 36
  00600  LT
  00601  JUMPI
  00602  PUSH 4
  00604  CALLDATALOAD
  00605  PUSH @bad_input_66
  00608  DUP2
  00609  PUSH 160
  0060b  SHR
  0060c  JUMPI
  0060d  CALLF @fn_FiatCoin_remove_minter
  00610  STOP
ext_mint_21:
    ; fiat.coin:149: pub fn mint(to: address, amount: uint) -> bool {
  00611  JUMPDEST
  00612  POP
  00613  PUSH @novalue_81
  00616  CALLVALUE
  00617  ISZERO
  00618  JUMPI
  00619  PUSH0
  0061a  PUSH0
  0061b  REVERT
novalue_81:
  0061c  JUMPDEST
  0061d  PUSH @bad_input_66
  00620  CALLDATASIZE
  00621  PUSH 68
  00623  LT
  00624  JUMPI
  00625  PUSH 4
  00627  CALLDATALOAD
  00628  PUSH @bad_input_66
  0062b  DUP2
  0062c  PUSH 160
  0062e  SHR
  0062f  JUMPI
  00630  PUSH 36
  00632  CALLDATALOAD
  00633  CALLF @fn_FiatCoin_mint
  00636  LSET 0
  00638  PUSH 32
  0063a  MALLOC
  0063b  LSET 1
  0063d  LGET 1
  0063f  LGET 0
  00641  MSTORE
  00642  LGET 1
  00644  PUSH 32
  00646  RETURN
ext_burn_22:
    ; fiat.coin:166: pub fn burn(amount: uint) {
  00647  JUMPDEST
  00648  POP
  00649  PUSH @novalue_82
  0064c  CALLVALUE
  0064d  ISZERO
  0064e  JUMPI
  0064f  PUSH0
  00650  PUSH0
  00651  REVERT
novalue_82:
  00652  JUMPDEST
  00653  PUSH @bad_input_66
  00656  CALLDATASIZE
  00657  PUSH 36
  00659  LT
  0065a  JUMPI
  0065b  PUSH 4
  0065d  CALLDATALOAD
  0065e  CALLF @fn_FiatCoin_burn
  00661  STOP
ext_pause_23:
    ; fiat.coin:174: pub fn pause() {
  00662  JUMPDEST
  00663  POP
  00664  PUSH @novalue_83
  00667  CALLVALUE
  00668  ISZERO
  00669  JUMPI
  0066a  PUSH0
  0066b  PUSH0
  0066c  REVERT
novalue_83:
  0066d  JUMPDEST
  0066e  CALLF @fn_FiatCoin_pause
  00671  STOP
ext_unpause_24:
    ; fiat.coin:180: pub fn unpause() {
  00672  JUMPDEST
  00673  POP
  00674  PUSH @novalue_84
  00677  CALLVALUE
  00678  ISZERO
  00679  JUMPI
  0067a  PUSH0
  0067b  PUSH0
  0067c  REVERT
novalue_84:
  0067d  JUMPDEST
  0067e  CALLF @fn_FiatCoin_unpause
  00681  STOP
ext_blacklist_account_25:
    ; fiat.coin:186: pub fn blacklist_account(account: address) {
  00682  JUMPDEST
  00683  POP
  00684  PUSH @novalue_85
  00687  CALLVALUE
  00688  ISZERO
  00689  JUMPI
  0068a  PUSH0
  0068b  PUSH0
  0068c  REVERT
novalue_85:
  0068d  JUMPDEST
  0068e  PUSH @bad_input_66
  00691  CALLDATASIZE
  00692  PUSH 36
  00694  LT
  00695  JUMPI
  00696  PUSH 4
  00698  CALLDATALOAD
  00699  PUSH @bad_input_66
  0069c  DUP2
  0069d  PUSH 160
  0069f  SHR
  006a0  JUMPI
  006a1  CALLF @fn_FiatCoin_blacklist_account
  006a4  STOP
ext_blacklist_accounts_26:
    ; fiat.coin:193: pub fn blacklist_accounts(accounts: array<address, 100>) {
  006a5  JUMPDEST
  006a6  POP
  006a7  PUSH @novalue_86
  006aa  CALLVALUE
  006ab  ISZERO
  006ac  JUMPI
  006ad  PUSH0
  006ae  PUSH0
  006af  REVERT
novalue_86:
  006b0  JUMPDEST
  006b1  PUSH @bad_input_66
  006b4  CALLDATASIZE
  006b5  PUSH 36
  006b7  LT
  006b8  JUMPI
  006b9  PUSH 4
  006bb  CALLDATALOAD
  006bc  DUP1
  006bd  PUSH 32
  006bf  SHR
  006c0  PUSH @bad_input_66
  006c3  SWAP1
  006c4  JUMPI
  006c5  PUSH 4
  006c7  ADD
  006c8  LSET 0
  006ca  LGET 0
  006cc  CALLDATALOAD
  006cd  DUP1
  006ce  PUSH 100
  006d0  GT
  006d1  PUSH @bad_input_66
  006d4  SWAP1
  006d5  JUMPI
  006d6  LSET 1
  006d8  PUSH @bad_input_66
  006db  CALLDATASIZE
  006dc  LGET 0
  006de  PUSH 32
  006e0  ADD
  006e1  LGET 1
  006e3  PUSH 32
  006e5  MUL
  006e6  ADD
  006e7  LT
  006e8  JUMPI
  006e9  LGET 0
  006eb  PUSH 32
  006ed  ADD
  006ee  LSET 2
  006f0  PUSH 3232
  006f3  MALLOC
  006f4  LSET 3
  006f6  LGET 3
  006f8  LGET 1
  006fa  MSTORE
  006fb  PUSH0
  006fc  LSET 4
aloop_87:
  006fe  JUMPDEST
  006ff  PUSH @aend_88
  00702  LGET 4
  00704  LGET 1
  00706  LT
  00707  ISZERO
  00708  JUMPI
  00709  LGET 3
  0070b  LGET 4
  0070d  PUSH 32
  0070f  MUL
  00710  ADD
  00711  PUSH 32
  00713  ADD
  00714  LGET 2
  00716  LGET 4
  00718  PUSH 32
  0071a  MUL
  0071b  ADD
  0071c  CALLDATALOAD
  0071d  PUSH @bad_input_66
  00720  DUP2
  00721  PUSH 160
  00723  SHR
  00724  JUMPI
  00725  MSTORE
  00726  LGET 4
  00728  PUSH 1
  0072a  ADD
  0072b  LSET 4
  0072d  PUSH @aloop_87
  00730  JUMP
aend_88:
  00731  JUMPDEST
  00732  LGET 3
  00734  CALLF @fn_FiatCoin_blacklist_accounts
  00737  STOP
ext_transfer_many_27:
    ; fiat.coin:202: pub fn transfer_many(recipients: array<address, 100>, amounts: array<uint, 100>) -> bool {
  00738  JUMPDEST
  00739  POP
  0073a  PUSH @novalue_89
  0073d  CALLVALUE
  0073e  ISZERO
  0073f  JUMPI
  00740  PUSH0
  00741  PUSH0
  00742  REVERT
novalue_89:
  00743  JUMPDEST
  00744  PUSH @bad_input_66
  00747  CALLDATASIZE
  00748  PUSH 68
  0074a  LT
  0074b  JUMPI
  0074c  PUSH 4
  0074e  CALLDATALOAD
  0074f  DUP1
  00750  PUSH 32
  00752  SHR
  00753  PUSH @bad_input_66
  00756  SWAP1
  00757  JUMPI
  00758  PUSH 4
  0075a  ADD
  0075b  LSET 0
  0075d  LGET 0
  0075f  CALLDATALOAD
  00760  DUP1
  00761  PUSH 100
  00763  GT
  00764  PUSH @bad_input_66
  00767  SWAP1
  00768  JUMPI
  00769  LSET 1
  0076b  PUSH @bad_input_66
  0076e  CALLDATASIZE
  0076f  LGET 0
  00771  PUSH 32
  00773  ADD
  00774  LGET 1
  00776  PUSH 32
  00778  MUL
  00779  ADD
  0077a  LT
  0077b  JUMPI
  0077c  LGET 0
  0077e  PUSH 32
  00780  ADD
  00781  LSET 2
  00783  PUSH 3232
  00786  MALLOC
  00787  LSET 3
  00789  LGET 3
  0078b  LGET 1
  0078d  MSTORE
  0078e  PUSH0
  0078f  LSET 4
aloop_90:
  00791  JUMPDEST
  00792  PUSH @aend_91
  00795  LGET 4
  00797  LGET 1
  00799  LT
  0079a  ISZERO
  0079b  JUMPI
  0079c  LGET 3
  0079e  LGET 4
  007a0  PUSH 32
  007a2  MUL
  007a3  ADD
  007a4  PUSH 32
  007a6  ADD
  007a7  LGET 2
  007a9  LGET 4
  007ab  PUSH 32
  007ad  MUL
  007ae  ADD
  007af  CALLDATALOAD
  007b0  PUSH @bad_input_66
  007b3  DUP2
  007b4  PUSH 160
  007b6  SHR
  007b7  JUMPI
  007b8  MSTORE
  007b9  LGET 4
  007bb  PUSH 1
  007bd  ADD
  007be  LSET 4
  007c0  PUSH @aloop_90
  007c3  JUMP
aend_91:
  007c4  JUMPDEST
  007c5  LGET 3
  007c7  PUSH 36
  007c9  CALLDATALOAD
  007ca  DUP1
  007cb  PUSH 32
  007cd  SHR
  007ce  PUSH @bad_input_66
  007d1  SWAP1
  007d2  JUMPI
  007d3  PUSH 4
  007d5  ADD
  007d6  LSET 5
  007d8  LGET 5
  007da  CALLDATALOAD
  007db  DUP1
  007dc  PUSH 100
  007de  GT
  007df  PUSH @bad_input_66
  007e2  SWAP1
  007e3  JUMPI
  007e4  LSET 6
  007e6  PUSH @bad_input_66
  007e9  CALLDATASIZE
  007ea  LGET 5
  007ec  PUSH 32
  007ee  ADD
  007ef  LGET 6
  007f1  PUSH 32
  007f3  MUL
  007f4  ADD
  007f5  LT
  007f6  JUMPI
  007f7  LGET 5
  007f9  PUSH 32
  007fb  ADD
  007fc  LSET 7
  007fe  PUSH 3232
  00801  MALLOC
  00802  LSET 8
  00804  LGET 8
  00806  LGET 6
  00808  MSTORE
  00809  PUSH0
  0080a  LSET 9
aloop_92:
  0080c  JUMPDEST
  0080d  PUSH @aend_93
  00810  LGET 9
  00812  LGET 6
  00814  LT
  00815  ISZERO
  00816  JUMPI
  00817  LGET 8
  00819  LGET 9
  0081b  PUSH 32
  0081d  MUL
  0081e  ADD
  0081f  PUSH 32
  00821  ADD
  00822  LGET 7
  00824  LGET 9
  00826  PUSH 32
  00828  MUL
  00829  ADD
  0082a  CALLDATALOAD
  0082b  MSTORE
  0082c  LGET 9
  0082e  PUSH 1
  00830  ADD
  00831  LSET 9
  00833  PUSH @aloop_92
  00836  JUMP
aend_93:
  00837  JUMPDEST
  00838  LGET 8
  0083a  CALLF @fn_FiatCoin_transfer_many
  0083d  LSET 10
  0083f  PUSH 32
  00841  MALLOC
  00842  LSET 11
  00844  LGET 11
  00846  LGET 10
  00848  MSTORE
  00849  LGET 11
  0084b  PUSH 32
  0084d  RETURN
ext_unblacklist_account_28:
    ; fiat.coin:210: pub fn unblacklist_account(account: address) {
  0084e  JUMPDEST
  0084f  POP
  00850  PUSH @novalue_94
  00853  CALLVALUE
  00854  ISZERO
  00855  JUMPI
  00856  PUSH0
  00857  PUSH0
  00858  REVERT
novalue_94:
  00859  JUMPDEST
  0085a  PUSH @bad_input_66
  0085d  CALLDATASIZE
  0085e  PUSH 36
  00860  LT
  00861  JUMPI
  00862  PUSH 4
  00864  CALLDATALOAD
  00865  PUSH @bad_input_66
  00868  DUP2
  00869  PUSH 160
  0086b  SHR
  0086c  JUMPI
  0086d  CALLF @fn_FiatCoin_unblacklist_account
  00870  STOP
ext_DOMAIN_SEPARATOR_29:
    ; fiat.coin:232: pub view fn DOMAIN_SEPARATOR() -> bytes32 {
  00871  JUMPDEST
  00872  POP
  00873  PUSH @novalue_95
  00876  CALLVALUE
  00877  ISZERO
  00878  JUMPI
  00879  PUSH0
  0087a  PUSH0
  0087b  REVERT
novalue_95:
  0087c  JUMPDEST
  0087d  CALLF @fn_FiatCoin_DOMAIN_SEPARATOR
  00880  LSET 0
  00882  PUSH 32
  00884  MALLOC
  00885  LSET 1
  00887  LGET 1
  00889  LGET 0
  0088b  MSTORE
  0088c  LGET 1
  0088e  PUSH 32
  00890  RETURN
ext_nonces_30:
    ; fiat.coin:236: pub view fn nonces(owner: address) -> uint {
  00891  JUMPDEST
  00892  POP
  00893  PUSH @novalue_96
  00896  CALLVALUE
  00897  ISZERO
  00898  JUMPI
  00899  PUSH0
  0089a  PUSH0
  0089b  REVERT
novalue_96:
  0089c  JUMPDEST
  0089d  PUSH @bad_input_66
  008a0  CALLDATASIZE
  008a1  PUSH 36
  008a3  LT
  008a4  JUMPI
  008a5  PUSH 4
  008a7  CALLDATALOAD
  008a8  PUSH @bad_input_66
  008ab  DUP2
  008ac  PUSH 160
  008ae  SHR
  008af  JUMPI
  008b0  CALLF @fn_FiatCoin_nonces
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
ext_authorizationState_31:
    ; fiat.coin:240: pub view fn authorizationState(authorizer: address, nonce: bytes32) -> bool {
  008c4  JUMPDEST
  008c5  POP
  008c6  PUSH @novalue_97
  008c9  CALLVALUE
  008ca  ISZERO
  008cb  JUMPI
  008cc  PUSH0
  008cd  PUSH0
  008ce  REVERT
novalue_97:
  008cf  JUMPDEST
  008d0  PUSH @bad_input_66
  008d3  CALLDATASIZE
  008d4  PUSH 68
  008d6  LT
  008d7  JUMPI
  008d8  PUSH 4
  008da  CALLDATALOAD
  008db  PUSH @bad_input_66
  008de  DUP2
  008df  PUSH 160
  008e1  SHR
  008e2  JUMPI
  008e3  PUSH 36
  008e5  CALLDATALOAD
  008e6  CALLF @fn_FiatCoin_authorizationState
  008e9  LSET 0
  008eb  PUSH 32
  008ed  MALLOC
  008ee  LSET 1
  008f0  LGET 1
  008f2  LGET 0
  008f4  MSTORE
  008f5  LGET 1
  008f7  PUSH 32
  008f9  RETURN
ext_permit_32:
    ; fiat.coin:244: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  008fa  JUMPDEST
  008fb  POP
  008fc  PUSH @novalue_98
  008ff  CALLVALUE
  00900  ISZERO
  00901  JUMPI
  00902  PUSH0
  00903  PUSH0
  00904  REVERT
novalue_98:
  00905  JUMPDEST
  00906  PUSH @bad_input_66
  00909  CALLDATASIZE
  0090a  PUSH 228
  0090c  LT
  0090d  JUMPI
  0090e  PUSH 4
  00910  CALLDATALOAD
  00911  PUSH @bad_input_66
  00914  DUP2
  00915  PUSH 160
  00917  SHR
  00918  JUMPI
  00919  PUSH 36
  0091b  CALLDATALOAD
  0091c  PUSH @bad_input_66
  0091f  DUP2
  00920  PUSH 160
  00922  SHR
  00923  JUMPI
  00924  PUSH 68
  00926  CALLDATALOAD
  00927  PUSH 100
  00929  CALLDATALOAD
  0092a  PUSH 132
  0092c  CALLDATALOAD
  0092d  PUSH @bad_input_66
  00930  DUP2
  00931  PUSH 8
  00933  SHR
  00934  JUMPI
  00935  PUSH 164
  00937  CALLDATALOAD
  00938  PUSH 196
  0093a  CALLDATALOAD
  0093b  CALLF @fn_FiatCoin_permit
  0093e  STOP
ext_transferWithAuthorization_33:
    ; fiat.coin:255: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0093f  JUMPDEST
  00940  POP
  00941  PUSH @novalue_99
  00944  CALLVALUE
  00945  ISZERO
  00946  JUMPI
  00947  PUSH0
  00948  PUSH0
  00949  REVERT
novalue_99:
  0094a  JUMPDEST
  0094b  PUSH @bad_input_66
  0094e  CALLDATASIZE
  0094f  PUSH 292
  00952  LT
  00953  JUMPI
  00954  PUSH 4
  00956  CALLDATALOAD
  00957  PUSH @bad_input_66
  0095a  DUP2
  0095b  PUSH 160
  0095d  SHR
  0095e  JUMPI
  0095f  PUSH 36
  00961  CALLDATALOAD
  00962  PUSH @bad_input_66
  00965  DUP2
  00966  PUSH 160
  00968  SHR
  00969  JUMPI
  0096a  PUSH 68
  0096c  CALLDATALOAD
  0096d  PUSH 100
  0096f  CALLDATALOAD
  00970  PUSH 132
  00972  CALLDATALOAD
  00973  PUSH 164
  00975  CALLDATALOAD
  00976  PUSH 196
  00978  CALLDATALOAD
  00979  PUSH @bad_input_66
  0097c  DUP2
  0097d  PUSH 8
  0097f  SHR
  00980  JUMPI
  00981  PUSH 228
  00983  CALLDATALOAD
  00984  PUSH 260
  00987  CALLDATALOAD
  00988  CALLF @fn_FiatCoin_transferWithAuthorization
  0098b  STOP
ext_receiveWithAuthorization_34:
    ; fiat.coin:264: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0098c  JUMPDEST
  0098d  POP
  0098e  PUSH @novalue_100
  00991  CALLVALUE
  00992  ISZERO
  00993  JUMPI
  00994  PUSH0
  00995  PUSH0
  00996  REVERT
novalue_100:
  00997  JUMPDEST
  00998  PUSH @bad_input_66
  0099b  CALLDATASIZE
  0099c  PUSH 292
  0099f  LT
  009a0  JUMPI
  009a1  PUSH 4
  009a3  CALLDATALOAD
  009a4  PUSH @bad_input_66
  009a7  DUP2
  009a8  PUSH 160
  009aa  SHR
  009ab  JUMPI
  009ac  PUSH 36
  009ae  CALLDATALOAD
  009af  PUSH @bad_input_66
  009b2  DUP2
  009b3  PUSH 160
  009b5  SHR
  009b6  JUMPI
  009b7  PUSH 68
  009b9  CALLDATALOAD
  009ba  PUSH 100
  009bc  CALLDATALOAD
  009bd  PUSH 132
  009bf  CALLDATALOAD
  009c0  PUSH 164
  009c2  CALLDATALOAD
  009c3  PUSH 196
  009c5  CALLDATALOAD
  009c6  PUSH @bad_input_66
  009c9  DUP2
  009ca  PUSH 8
  009cc  SHR
  009cd  JUMPI
  009ce  PUSH 228
  009d0  CALLDATALOAD
  009d1  PUSH 260
  009d4  CALLDATALOAD
  009d5  CALLF @fn_FiatCoin_receiveWithAuthorization
  009d8  STOP
ext_cancelAuthorization_35:
    ; fiat.coin:274: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  009d9  JUMPDEST
  009da  POP
  009db  PUSH @novalue_101
  009de  CALLVALUE
  009df  ISZERO
  009e0  JUMPI
  009e1  PUSH0
  009e2  PUSH0
  009e3  REVERT
novalue_101:
  009e4  JUMPDEST
  009e5  PUSH @bad_input_66
  009e8  CALLDATASIZE
  009e9  PUSH 164
  009eb  LT
  009ec  JUMPI
  009ed  PUSH 4
  009ef  CALLDATALOAD
  009f0  PUSH @bad_input_66
  009f3  DUP2
  009f4  PUSH 160
  009f6  SHR
  009f7  JUMPI
  009f8  PUSH 36
  009fa  CALLDATALOAD
  009fb  PUSH 68
  009fd  CALLDATALOAD
  009fe  PUSH @bad_input_66
  00a01  DUP2
  00a02  PUSH 8
  00a04  SHR
  00a05  JUMPI
  00a06  PUSH 100
  00a08  CALLDATALOAD
  00a09  PUSH 132
  00a0b  CALLDATALOAD
  00a0c  CALLF @fn_FiatCoin_cancelAuthorization
  00a0f  STOP
ext_attest_reserves_36:
    ; fiat.coin:301: pub fn attest_reserves(amount: uint) {
  00a10  JUMPDEST
  00a11  POP
  00a12  PUSH @novalue_102
  00a15  CALLVALUE
  00a16  ISZERO
  00a17  JUMPI
  00a18  PUSH0
  00a19  PUSH0
  00a1a  REVERT
novalue_102:
  00a1b  JUMPDEST
  00a1c  PUSH @bad_input_66
  00a1f  CALLDATASIZE
  00a20  PUSH 36
  00a22  LT
  00a23  JUMPI
  00a24  PUSH 4
  00a26  CALLDATALOAD
  00a27  CALLF @fn_FiatCoin_attest_reserves
  00a2a  STOP
ext_attest_bank_cash_37:
    ; fiat.coin:311: pub fn attest_bank_cash(amount: uint) {
  00a2b  JUMPDEST
  00a2c  POP
  00a2d  PUSH @novalue_103
  00a30  CALLVALUE
  00a31  ISZERO
  00a32  JUMPI
  00a33  PUSH0
  00a34  PUSH0
  00a35  REVERT
novalue_103:
  00a36  JUMPDEST
  00a37  PUSH @bad_input_66
  00a3a  CALLDATASIZE
  00a3b  PUSH 36
  00a3d  LT
  00a3e  JUMPI
  00a3f  PUSH 4
  00a41  CALLDATALOAD
  00a42  CALLF @fn_FiatCoin_attest_bank_cash
  00a45  STOP
ext_set_impaired_38:
    ; fiat.coin:319: pub fn set_impaired(amount: uint) {
  00a46  JUMPDEST
  00a47  POP
  00a48  PUSH @novalue_104
  00a4b  CALLVALUE
  00a4c  ISZERO
  00a4d  JUMPI
  00a4e  PUSH0
  00a4f  PUSH0
  00a50  REVERT
novalue_104:
  00a51  JUMPDEST
  00a52  PUSH @bad_input_66
  00a55  CALLDATASIZE
  00a56  PUSH 36
  00a58  LT
  00a59  JUMPI
  00a5a  PUSH 4
  00a5c  CALLDATALOAD
  00a5d  CALLF @fn_FiatCoin_set_impaired
  00a60  STOP
ext_write_down_39:
    ; fiat.coin:328: pub fn write_down(loss: uint) {
  00a61  JUMPDEST
  00a62  POP
  00a63  PUSH @novalue_105
  00a66  CALLVALUE
  00a67  ISZERO
  00a68  JUMPI
  00a69  PUSH0
  00a6a  PUSH0
  00a6b  REVERT
novalue_105:
  00a6c  JUMPDEST
  00a6d  PUSH @bad_input_66
  00a70  CALLDATASIZE
  00a71  PUSH 36
  00a73  LT
  00a74  JUMPI
  00a75  PUSH 4
  00a77  CALLDATALOAD
  00a78  CALLF @fn_FiatCoin_write_down
  00a7b  STOP
ext_set_redemptions_open_40:
    ; fiat.coin:338: pub fn set_redemptions_open(open: bool) {
  00a7c  JUMPDEST
  00a7d  POP
  00a7e  PUSH @novalue_106
  00a81  CALLVALUE
  00a82  ISZERO
  00a83  JUMPI
  00a84  PUSH0
  00a85  PUSH0
  00a86  REVERT
novalue_106:
  00a87  JUMPDEST
  00a88  PUSH @bad_input_66
  00a8b  CALLDATASIZE
  00a8c  PUSH 36
  00a8e  LT
  00a8f  JUMPI
  00a90  PUSH 4
  00a92  CALLDATALOAD
  00a93  PUSH @bad_input_66
  00a96  DUP2
  00a97  PUSH 1
  00a99  GT
  00a9a  JUMPI
  00a9b  CALLF @fn_FiatCoin_set_redemptions_open
  00a9e  STOP
ext_request_redemption_41:
    ; fiat.coin:345: pub fn request_redemption(amount: uint) -> uint {
  00a9f  JUMPDEST
  00aa0  POP
  00aa1  PUSH @novalue_107
  00aa4  CALLVALUE
  00aa5  ISZERO
  00aa6  JUMPI
  00aa7  PUSH0
  00aa8  PUSH0
  00aa9  REVERT
novalue_107:
  00aaa  JUMPDEST
  00aab  PUSH @bad_input_66
  00aae  CALLDATASIZE
  00aaf  PUSH 36
  00ab1  LT
  00ab2  JUMPI
  00ab3  PUSH 4
  00ab5  CALLDATALOAD
  00ab6  CALLF @fn_FiatCoin_request_redemption
  00ab9  LSET 0
  00abb  PUSH 32
  00abd  MALLOC
  00abe  LSET 1
  00ac0  LGET 1
  00ac2  LGET 0
  00ac4  MSTORE
  00ac5  LGET 1
  00ac7  PUSH 32
  00ac9  RETURN
ext_complete_redemption_42:
    ; fiat.coin:362: pub fn complete_redemption(id: uint) {
  00aca  JUMPDEST
  00acb  POP
  00acc  PUSH @novalue_108
  00acf  CALLVALUE
  00ad0  ISZERO
  00ad1  JUMPI
  00ad2  PUSH0
  00ad3  PUSH0
  00ad4  REVERT
novalue_108:
  00ad5  JUMPDEST
  00ad6  PUSH @bad_input_66
  00ad9  CALLDATASIZE
  00ada  PUSH 36
  00adc  LT
  00add  JUMPI
  00ade  PUSH 4
  00ae0  CALLDATALOAD
  00ae1  CALLF @fn_FiatCoin_complete_redemption
  00ae4  STOP
ext_available_reserves_43:
    ; fiat.coin:375: pub view fn available_reserves() -> uint {
  00ae5  JUMPDEST
  00ae6  POP
  00ae7  PUSH @novalue_109
  00aea  CALLVALUE
  00aeb  ISZERO
  00aec  JUMPI
  00aed  PUSH0
  00aee  PUSH0
  00aef  REVERT
novalue_109:
  00af0  JUMPDEST
  00af1  CALLF @fn_FiatCoin_available_reserves
  00af4  LSET 0
  00af6  PUSH 32
  00af8  MALLOC
  00af9  LSET 1
  00afb  LGET 1
  00afd  LGET 0
  00aff  MSTORE
  00b00  LGET 1
  00b02  PUSH 32
  00b04  RETURN
ext_backing_ratio_44:
    ; fiat.coin:384: pub view fn backing_ratio() -> uint {
  00b05  JUMPDEST
  00b06  POP
  00b07  PUSH @novalue_110
  00b0a  CALLVALUE
  00b0b  ISZERO
  00b0c  JUMPI
  00b0d  PUSH0
  00b0e  PUSH0
  00b0f  REVERT
novalue_110:
  00b10  JUMPDEST
  00b11  CALLF @fn_FiatCoin_backing_ratio
  00b14  LSET 0
  00b16  PUSH 32
  00b18  MALLOC
  00b19  LSET 1
  00b1b  LGET 1
  00b1d  LGET 0
  00b1f  MSTORE
  00b20  LGET 1
  00b22  PUSH 32
  00b24  RETURN
ext_nav_45:
    ; fiat.coin:393: pub view fn nav() -> uint {
  00b25  JUMPDEST
  00b26  POP
  00b27  PUSH @novalue_111
  00b2a  CALLVALUE
  00b2b  ISZERO
  00b2c  JUMPI
  00b2d  PUSH0
  00b2e  PUSH0
  00b2f  REVERT
novalue_111:
  00b30  JUMPDEST
  00b31  CALLF @fn_FiatCoin_nav
  00b34  LSET 0
  00b36  PUSH 32
  00b38  MALLOC
  00b39  LSET 1
  00b3b  LGET 1
  00b3d  LGET 0
  00b3f  MSTORE
  00b40  LGET 1
  00b42  PUSH 32
  00b44  RETURN
ext_redemption_payout_46:
    ; fiat.coin:407: pub view fn redemption_payout(id: uint) -> uint {
  00b45  JUMPDEST
  00b46  POP
  00b47  PUSH @novalue_112
  00b4a  CALLVALUE
  00b4b  ISZERO
  00b4c  JUMPI
  00b4d  PUSH0
  00b4e  PUSH0
  00b4f  REVERT
novalue_112:
  00b50  JUMPDEST
  00b51  PUSH @bad_input_66
  00b54  CALLDATASIZE
  00b55  PUSH 36
  00b57  LT
  00b58  JUMPI
  00b59  PUSH 4
  00b5b  CALLDATALOAD
  00b5c  CALLF @fn_FiatCoin_redemption_payout
  00b5f  LSET 0
  00b61  PUSH 32
  00b63  MALLOC
  00b64  LSET 1
  00b66  LGET 1
  00b68  LGET 0
  00b6a  MSTORE
  00b6b  LGET 1
  00b6d  PUSH 32
  00b6f  RETURN
ext_get_bank_cash_47:
    ; fiat.coin:411: pub view fn get_bank_cash() -> uint {
  00b70  JUMPDEST
  00b71  POP
  00b72  PUSH @novalue_113
  00b75  CALLVALUE
  00b76  ISZERO
  00b77  JUMPI
  00b78  PUSH0
  00b79  PUSH0
  00b7a  REVERT
novalue_113:
  00b7b  JUMPDEST
  00b7c  CALLF @fn_FiatCoin_get_bank_cash
  00b7f  LSET 0
  00b81  PUSH 32
  00b83  MALLOC
  00b84  LSET 1
  00b86  LGET 1
  00b88  LGET 0
  00b8a  MSTORE
  00b8b  LGET 1
  00b8d  PUSH 32
  00b8f  RETURN
ext_get_written_down_48:
    ; fiat.coin:415: pub view fn get_written_down() -> uint {
  00b90  JUMPDEST
  00b91  POP
  00b92  PUSH @novalue_114
  00b95  CALLVALUE
  00b96  ISZERO
  00b97  JUMPI
  00b98  PUSH0
  00b99  PUSH0
  00b9a  REVERT
novalue_114:
  00b9b  JUMPDEST
  00b9c  CALLF @fn_FiatCoin_get_written_down
  00b9f  LSET 0
  00ba1  PUSH 32
  00ba3  MALLOC
  00ba4  LSET 1
  00ba6  LGET 1
  00ba8  LGET 0
  00baa  MSTORE
  00bab  LGET 1
  00bad  PUSH 32
  00baf  RETURN
ext_minter_allowance_49:
    ; fiat.coin:419: pub view fn minter_allowance(minter: address) -> uint {
  00bb0  JUMPDEST
  00bb1  POP
  00bb2  PUSH @novalue_115
  00bb5  CALLVALUE
  00bb6  ISZERO
  00bb7  JUMPI
  00bb8  PUSH0
  00bb9  PUSH0
  00bba  REVERT
novalue_115:
  00bbb  JUMPDEST
  00bbc  PUSH @bad_input_66
  00bbf  CALLDATASIZE
  00bc0  PUSH 36
  00bc2  LT
  00bc3  JUMPI
  00bc4  PUSH 4
  00bc6  CALLDATALOAD
  00bc7  PUSH @bad_input_66
  00bca  DUP2
  00bcb  PUSH 160
  00bcd  SHR
  00bce  JUMPI
  00bcf  CALLF @fn_FiatCoin_minter_allowance
  00bd2  LSET 0
  00bd4  PUSH 32
  00bd6  MALLOC
  00bd7  LSET 1
  00bd9  LGET 1
  00bdb  LGET 0
  00bdd  MSTORE
  00bde  LGET 1
  00be0  PUSH 32
  00be2  RETURN
ext_is_minter_50:
    ; fiat.coin:423: pub view fn is_minter(account: address) -> bool {
  00be3  JUMPDEST
  00be4  POP
  00be5  PUSH @novalue_116
  00be8  CALLVALUE
  00be9  ISZERO
  00bea  JUMPI
  00beb  PUSH0
  00bec  PUSH0
  00bed  REVERT
novalue_116:
  00bee  JUMPDEST
  00bef  PUSH @bad_input_66
  00bf2  CALLDATASIZE
  00bf3  PUSH 36
  00bf5  LT
  00bf6  JUMPI
  00bf7  PUSH 4
  00bf9  CALLDATALOAD
  00bfa  PUSH @bad_input_66
  00bfd  DUP2
  00bfe  PUSH 160
  00c00  SHR
  00c01  JUMPI
  00c02  CALLF @fn_FiatCoin_is_minter
  00c05  LSET 0
  00c07  PUSH 32
  00c09  MALLOC
  00c0a  LSET 1
  00c0c  LGET 1
  00c0e  LGET 0
  00c10  MSTORE
  00c11  LGET 1
  00c13  PUSH 32
  00c15  RETURN
ext_is_blacklisted_51:
    ; fiat.coin:427: pub view fn is_blacklisted(account: address) -> bool {
  00c16  JUMPDEST
  00c17  POP
  00c18  PUSH @novalue_117
  00c1b  CALLVALUE
  00c1c  ISZERO
  00c1d  JUMPI
  00c1e  PUSH0
  00c1f  PUSH0
  00c20  REVERT
novalue_117:
  00c21  JUMPDEST
  00c22  PUSH @bad_input_66
  00c25  CALLDATASIZE
  00c26  PUSH 36
  00c28  LT
  00c29  JUMPI
  00c2a  PUSH 4
  00c2c  CALLDATALOAD
  00c2d  PUSH @bad_input_66
  00c30  DUP2
  00c31  PUSH 160
  00c33  SHR
  00c34  JUMPI
  00c35  CALLF @fn_FiatCoin_is_blacklisted
  00c38  LSET 0
  00c3a  PUSH 32
  00c3c  MALLOC
  00c3d  LSET 1
  00c3f  LGET 1
  00c41  LGET 0
  00c43  MSTORE
  00c44  LGET 1
  00c46  PUSH 32
  00c48  RETURN
ext_is_paused_52:
    ; fiat.coin:431: pub view fn is_paused() -> bool {
  00c49  JUMPDEST
  00c4a  POP
  00c4b  PUSH @novalue_118
  00c4e  CALLVALUE
  00c4f  ISZERO
  00c50  JUMPI
  00c51  PUSH0
  00c52  PUSH0
  00c53  REVERT
novalue_118:
  00c54  JUMPDEST
  00c55  CALLF @fn_FiatCoin_is_paused
  00c58  LSET 0
  00c5a  PUSH 32
  00c5c  MALLOC
  00c5d  LSET 1
  00c5f  LGET 1
  00c61  LGET 0
  00c63  MSTORE
  00c64  LGET 1
  00c66  PUSH 32
  00c68  RETURN
ext_get_reserves_53:
    ; fiat.coin:435: pub view fn get_reserves() -> uint {
  00c69  JUMPDEST
  00c6a  POP
  00c6b  PUSH @novalue_119
  00c6e  CALLVALUE
  00c6f  ISZERO
  00c70  JUMPI
  00c71  PUSH0
  00c72  PUSH0
  00c73  REVERT
novalue_119:
  00c74  JUMPDEST
  00c75  CALLF @fn_FiatCoin_get_reserves
  00c78  LSET 0
  00c7a  PUSH 32
  00c7c  MALLOC
  00c7d  LSET 1
  00c7f  LGET 1
  00c81  LGET 0
  00c83  MSTORE
  00c84  LGET 1
  00c86  PUSH 32
  00c88  RETURN
ext_get_impaired_54:
    ; fiat.coin:439: pub view fn get_impaired() -> uint {
  00c89  JUMPDEST
  00c8a  POP
  00c8b  PUSH @novalue_120
  00c8e  CALLVALUE
  00c8f  ISZERO
  00c90  JUMPI
  00c91  PUSH0
  00c92  PUSH0
  00c93  REVERT
novalue_120:
  00c94  JUMPDEST
  00c95  CALLF @fn_FiatCoin_get_impaired
  00c98  LSET 0
  00c9a  PUSH 32
  00c9c  MALLOC
  00c9d  LSET 1
  00c9f  LGET 1
  00ca1  LGET 0
  00ca3  MSTORE
  00ca4  LGET 1
  00ca6  PUSH 32
  00ca8  RETURN
ext_get_attested_at_55:
    ; fiat.coin:443: pub view fn get_attested_at() -> uint {
  00ca9  JUMPDEST
  00caa  POP
  00cab  PUSH @novalue_121
  00cae  CALLVALUE
  00caf  ISZERO
  00cb0  JUMPI
  00cb1  PUSH0
  00cb2  PUSH0
  00cb3  REVERT
novalue_121:
  00cb4  JUMPDEST
  00cb5  CALLF @fn_FiatCoin_get_attested_at
  00cb8  LSET 0
  00cba  PUSH 32
  00cbc  MALLOC
  00cbd  LSET 1
  00cbf  LGET 1
  00cc1  LGET 0
  00cc3  MSTORE
  00cc4  LGET 1
  00cc6  PUSH 32
  00cc8  RETURN
ext_redemption_56:
    ; fiat.coin:447: pub view fn redemption(id: uint) -> Redemption {
  00cc9  JUMPDEST
  00cca  POP
  00ccb  PUSH @novalue_122
  00cce  CALLVALUE
  00ccf  ISZERO
  00cd0  JUMPI
  00cd1  PUSH0
  00cd2  PUSH0
  00cd3  REVERT
novalue_122:
  00cd4  JUMPDEST
  00cd5  PUSH @bad_input_66
  00cd8  CALLDATASIZE
  00cd9  PUSH 36
  00cdb  LT
  00cdc  JUMPI
  00cdd  PUSH 4
  00cdf  CALLDATALOAD
  00ce0  CALLF @fn_FiatCoin_redemption
  00ce3  LSET 3
  00ce5  LSET 2
  00ce7  LSET 1
  00ce9  LSET 0
  00ceb  PUSH 128
  00ced  MALLOC
  00cee  LSET 4
  00cf0  LGET 4
  00cf2  LGET 0
  00cf4  MSTORE
  00cf5  LGET 4
  00cf7  PUSH 32
  00cf9  ADD
  00cfa  LGET 1
  00cfc  MSTORE
  00cfd  LGET 4
  00cff  PUSH 64
  00d01  ADD
  00d02  LGET 2
  00d04  MSTORE
  00d05  LGET 4
  00d07  PUSH 96
  00d09  ADD
  00d0a  LGET 3
  00d0c  MSTORE
  00d0d  LGET 4
  00d0f  PUSH 128
  00d11  RETURN
ext_redemption_queue_57:
    ; fiat.coin:451: pub view fn redemption_queue() -> uint {
  00d12  JUMPDEST
  00d13  POP
  00d14  PUSH @novalue_123
  00d17  CALLVALUE
  00d18  ISZERO
  00d19  JUMPI
  00d1a  PUSH0
  00d1b  PUSH0
  00d1c  REVERT
novalue_123:
  00d1d  JUMPDEST
  00d1e  CALLF @fn_FiatCoin_redemption_queue
  00d21  LSET 0
  00d23  PUSH 32
  00d25  MALLOC
  00d26  LSET 1
  00d28  LGET 1
  00d2a  LGET 0
  00d2c  MSTORE
  00d2d  LGET 1
  00d2f  PUSH 32
  00d31  RETURN
ext_pending_redemptions_58:
    ; fiat.coin:455: pub view fn pending_redemptions() -> uint {
  00d32  JUMPDEST
  00d33  POP
  00d34  PUSH @novalue_124
  00d37  CALLVALUE
  00d38  ISZERO
  00d39  JUMPI
  00d3a  PUSH0
  00d3b  PUSH0
  00d3c  REVERT
novalue_124:
  00d3d  JUMPDEST
  00d3e  CALLF @fn_FiatCoin_pending_redemptions
  00d41  LSET 0
  00d43  PUSH 32
  00d45  MALLOC
  00d46  LSET 1
  00d48  LGET 1
  00d4a  LGET 0
  00d4c  MSTORE
  00d4d  LGET 1
  00d4f  PUSH 32
  00d51  RETURN
ext_are_redemptions_open_59:
    ; fiat.coin:459: pub view fn are_redemptions_open() -> bool {
  00d52  JUMPDEST
  00d53  POP
  00d54  PUSH @novalue_125
  00d57  CALLVALUE
  00d58  ISZERO
  00d59  JUMPI
  00d5a  PUSH0
  00d5b  PUSH0
  00d5c  REVERT
novalue_125:
  00d5d  JUMPDEST
  00d5e  CALLF @fn_FiatCoin_are_redemptions_open
  00d61  LSET 0
  00d63  PUSH 32
  00d65  MALLOC
  00d66  LSET 1
  00d68  LGET 1
  00d6a  LGET 0
  00d6c  MSTORE
  00d6d  LGET 1
  00d6f  PUSH 32
  00d71  RETURN
ext_roles_60:
    ; fiat.coin:463: pub view fn roles() -> Roles {
  00d72  JUMPDEST
  00d73  POP
  00d74  PUSH @novalue_126
  00d77  CALLVALUE
  00d78  ISZERO
  00d79  JUMPI
  00d7a  PUSH0
  00d7b  PUSH0
  00d7c  REVERT
novalue_126:
  00d7d  JUMPDEST
  00d7e  CALLF @fn_FiatCoin_roles
  00d81  LSET 5
  00d83  LSET 4
  00d85  LSET 3
  00d87  LSET 2
  00d89  LSET 1
  00d8b  LSET 0
  00d8d  PUSH 192
  00d8f  MALLOC
  00d90  LSET 6
  00d92  LGET 6
  00d94  LGET 0
  00d96  MSTORE
  00d97  LGET 6
  00d99  PUSH 32
  00d9b  ADD
  00d9c  LGET 1
  00d9e  MSTORE
  00d9f  LGET 6
  00da1  PUSH 64
  00da3  ADD
  00da4  LGET 2
  00da6  MSTORE
  00da7  LGET 6
  00da9  PUSH 96
  00dab  ADD
  00dac  LGET 3
  00dae  MSTORE
  00daf  LGET 6
  00db1  PUSH 128
  00db3  ADD
  00db4  LGET 4
  00db6  MSTORE
  00db7  LGET 6
  00db9  PUSH 160
  00dbb  ADD
  00dbc  LGET 5
  00dbe  MSTORE
  00dbf  LGET 6
  00dc1  PUSH 192
  00dc3  RETURN
bad_input_66:
    ; fiat.coin:34: contract FiatCoin is Token, Owned {
  00dc4  JUMPDEST
  00dc5  PUSH0
  00dc6  PUSH0
  00dc7  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  00dc8  ENTER 0
    ; token.coin:35: return self.token_name
  00dca  PUSH 0
  00dcb  SLOADBYTES
  00dcc  RETF
  00dcd  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  00dce  ENTER 0
    ; token.coin:39: return self.token_symbol
  00dd0  PUSH 1
  00dd2  SLOADBYTES
  00dd3  RETF
  00dd4  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00dd5  ENTER 0
    ; token.coin:43: return self.token_decimals
  00dd7  PUSH 2
  00dd9  SLOAD
  00dda  RETF
  00ddb  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00ddc  ENTER 0
    ; token.coin:47: return self.supply
  00dde  PUSH 3
  00de0  SLOAD
  00de1  RETF
  00de2  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00de3  ENTER 1
  00de5  LSET 0
    ; token.coin:51: return self.balances[owner]
  00de7  PUSH0
  00de8  LGET 0
  00dea  MSTORE
  00deb  PUSH 32
  00ded  PUSH 4
  00def  MSTORE
  00df0  PUSH0
  00df1  PUSH 64
  00df3  KECCAK256
  00df4  SLOAD
  00df5  RETF
  00df6  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00df7  ENTER 2
  00df9  LSET 1
  00dfb  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  00dfd  PUSH 32
  00dff  PUSH0
  00e00  LGET 0
  00e02  MSTORE
  00e03  PUSH 32
  00e05  PUSH 5
  00e07  MSTORE
  00e08  PUSH0
  00e09  PUSH 64
  00e0b  KECCAK256
  00e0c  MSTORE
  00e0d  PUSH0
  00e0e  LGET 1
  00e10  MSTORE
  00e11  PUSH0
  00e12  PUSH 64
  00e14  KECCAK256
  00e15  SLOAD
  00e16  RETF
  00e17  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00e18  ENTER 2
  00e1a  LSET 1
  00e1c  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00e1e  CALLER
  00e1f  LGET 0
  00e21  LGET 1
  00e23  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00e26  PUSH 1
  00e28  RETF
  00e29  INVALID
fn_FiatCoin_approve:
    ; fiat.coin:217: pub fn approve(spender: address, amount: uint) -> bool {
  00e2a  ENTER 2
  00e2c  LSET 1
  00e2e  LSET 0
    ; fiat.coin:218: self.approve_checked(msg.sender, spender, amount)
  00e30  CALLER
  00e31  LGET 0
  00e33  LGET 1
  00e35  CALLF @fn_FiatCoin_approve_checked
    ; fiat.coin:219: return true
  00e38  PUSH 1
  00e3a  RETF
  00e3b  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00e3c  ENTER 4
  00e3e  LSET 2
  00e40  LSET 1
  00e42  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  00e44  PUSH0
  00e45  LGET 0
  00e47  MSTORE
  00e48  PUSH 32
  00e4a  PUSH 5
  00e4c  MSTORE
  00e4d  PUSH0
  00e4e  PUSH 64
  00e50  KECCAK256
  00e51  PUSH0
  00e52  CALLER
  00e53  MSTORE
  00e54  PUSH 32
  00e56  SWAP1
  00e57  MSTORE
  00e58  PUSH0
  00e59  PUSH 64
  00e5b  KECCAK256
  00e5c  SLOAD
  00e5d  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  00e5f  PUSH @else_127
  00e62  LGET 3
  00e64  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00e85  EQ
  00e86  ISZERO
  00e87  ISZERO
  00e88  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  00e89  PUSH @req_ok_128
  00e8c  LGET 3
  00e8e  LGET 2
  00e90  LT
  00e91  ISZERO
  00e92  JUMPI
  00e93  PUSH 100
  00e95  MALLOC
  00e96  DUP1
  00e97  PUSH 0
  00e98  PUSH 100
  00e9a  DATACOPY
  00e9b  PUSH 100
  00e9d  REVERT
req_ok_128:
  00e9e  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00e9f  LGET 3
  00ea1  LGET 2
  00ea3  CSUB
  00ea4  PUSH0
  00ea5  LGET 0
  00ea7  MSTORE
  00ea8  PUSH 32
  00eaa  PUSH 5
  00eac  MSTORE
  00ead  PUSH0
  00eae  PUSH 64
  00eb0  KECCAK256
  00eb1  PUSH0
  00eb2  CALLER
  00eb3  MSTORE
  00eb4  PUSH 32
  00eb6  SWAP1
  00eb7  MSTORE
  00eb8  PUSH0
  00eb9  PUSH 64
  00ebb  KECCAK256
  00ebc  SWAP1
  00ebd  SSTORE
else_127:
  00ebe  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00ebf  LGET 0
  00ec1  LGET 1
  00ec3  LGET 2
  00ec5  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00ec8  PUSH 1
  00eca  RETF
  00ecb  INVALID
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  00ecc  ENTER 0
    ; access.coin:14: return self.owner
  00ece  PUSH 6
  00ed0  SLOAD
  00ed1  RETF
  00ed2  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00ed3  ENTER 2
  00ed5  LSET 0
    ; access.coin:18: self.only_owner()
  00ed7  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00eda  PUSH @req_ok_129
  00edd  LGET 0
  00edf  PUSH 0
  00ee0  EQ
  00ee1  ISZERO
  00ee2  JUMPI
  00ee3  PUSH 100
  00ee5  MALLOC
  00ee6  DUP1
  00ee7  PUSH 100
  00ee9  PUSH 100
  00eeb  DATACOPY
  00eec  PUSH 100
  00eee  REVERT
req_ok_129:
  00eef  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00ef0  PUSH 6
  00ef2  SLOAD
  00ef3  LSET 1
  00ef5  PUSH0
  00ef6  PUSH0
  00ef7  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00f18  LGET 1
  00f1a  LGET 0
  00f1c  LOG3
    ; access.coin:21: self.owner = next
  00f1d  PUSH 6
  00f1f  LGET 0
  00f21  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00f22  RETF
fn_FiatCoin_set_master_minter:
    ; fiat.coin:96: pub fn set_master_minter(account: address) {
  00f23  ENTER 6
  00f25  LSET 0
    ; fiat.coin:97: self.only_owner()
  00f27  CALLF @fn_Owned_only_owner
    ; fiat.coin:98: self.master_minter = account
  00f2a  PUSH 7
  00f2c  LGET 0
  00f2e  SSTORE
    ; fiat.coin:99: emit RoleAssigned("master_minter", account)
  00f2f  PUSH 64
  00f31  MALLOC
  00f32  DUP1
  00f33  PUSH 200
  00f35  PUSH 64
  00f37  DATACOPY
  00f38  LSET 1
  00f3a  PUSH 32
  00f3c  LGET 1
  00f3e  MLOAD
  00f3f  PUSH 31
  00f41  ADD
  00f42  PUSH 5
  00f44  SHR
  00f45  PUSH 5
  00f47  SHL
  00f48  PUSH 32
  00f4a  ADD
  00f4b  ADD
  00f4c  LSET 2
  00f4e  LGET 2
  00f50  MALLOC
  00f51  LSET 3
  00f53  PUSH 32
  00f55  LSET 4
  00f57  LGET 3
  00f59  PUSH 0
  00f5a  ADD
  00f5b  LGET 4
  00f5d  MSTORE
  00f5e  LGET 3
  00f60  PUSH 0
  00f61  ADD
  00f62  LGET 4
  00f64  ADD
  00f65  LGET 1
  00f67  LGET 1
  00f69  MLOAD
  00f6a  PUSH 31
  00f6c  ADD
  00f6d  PUSH 5
  00f6f  SHR
  00f70  PUSH 5
  00f72  SHL
  00f73  PUSH 32
  00f75  ADD
  00f76  DUP1
  00f77  LSET 5
  00f79  MCOPY
  00f7a  LGET 4
  00f7c  LGET 5
  00f7e  ADD
  00f7f  LSET 4
  00f81  LGET 3
  00f83  LGET 2
  00f85  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00fa6  LGET 0
  00fa8  LOG2
    ; fiat.coin:96: pub fn set_master_minter(account: address) {
  00fa9  RETF
fn_FiatCoin_set_pauser:
    ; fiat.coin:102: pub fn set_pauser(account: address) {
  00faa  ENTER 6
  00fac  LSET 0
    ; fiat.coin:103: self.only_owner()
  00fae  CALLF @fn_Owned_only_owner
    ; fiat.coin:104: self.pauser = account
  00fb1  PUSH 8
  00fb3  LGET 0
  00fb5  SSTORE
    ; fiat.coin:105: emit RoleAssigned("pauser", account)
  00fb6  PUSH 64
  00fb8  MALLOC
  00fb9  DUP1
  00fba  PUSH 264
  00fbd  PUSH 64
  00fbf  DATACOPY
  00fc0  LSET 1
  00fc2  PUSH 32
  00fc4  LGET 1
  00fc6  MLOAD
  00fc7  PUSH 31
  00fc9  ADD
  00fca  PUSH 5
  00fcc  SHR
  00fcd  PUSH 5
  00fcf  SHL
  00fd0  PUSH 32
  00fd2  ADD
  00fd3  ADD
  00fd4  LSET 2
  00fd6  LGET 2
  00fd8  MALLOC
  00fd9  LSET 3
  00fdb  PUSH 32
  00fdd  LSET 4
  00fdf  LGET 3
  00fe1  PUSH 0
  00fe2  ADD
  00fe3  LGET 4
  00fe5  MSTORE
  00fe6  LGET 3
  00fe8  PUSH 0
  00fe9  ADD
  00fea  LGET 4
  00fec  ADD
  00fed  LGET 1
  00fef  LGET 1
  00ff1  MLOAD
  00ff2  PUSH 31
  00ff4  ADD
  00ff5  PUSH 5
  00ff7  SHR
  00ff8  PUSH 5
  00ffa  SHL
  00ffb  PUSH 32
  00ffd  ADD
  00ffe  DUP1
  00fff  LSET 5
  01001  MCOPY
  01002  LGET 4
  01004  LGET 5
  01006  ADD
  01007  LSET 4
  01009  LGET 3
  0100b  LGET 2
  0100d  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  0102e  LGET 0
  01030  LOG2
    ; fiat.coin:102: pub fn set_pauser(account: address) {
  01031  RETF
fn_FiatCoin_set_blacklister:
    ; fiat.coin:108: pub fn set_blacklister(account: address) {
  01032  ENTER 6
  01034  LSET 0
    ; fiat.coin:109: self.only_owner()
  01036  CALLF @fn_Owned_only_owner
    ; fiat.coin:110: self.blacklister = account
  01039  PUSH 9
  0103b  LGET 0
  0103d  SSTORE
    ; fiat.coin:111: emit RoleAssigned("blacklister", account)
  0103e  PUSH 64
  01040  MALLOC
  01041  DUP1
  01042  PUSH 328
  01045  PUSH 64
  01047  DATACOPY
  01048  LSET 1
  0104a  PUSH 32
  0104c  LGET 1
  0104e  MLOAD
  0104f  PUSH 31
  01051  ADD
  01052  PUSH 5
  01054  SHR
  01055  PUSH 5
  01057  SHL
  01058  PUSH 32
  0105a  ADD
  0105b  ADD
  0105c  LSET 2
  0105e  LGET 2
  01060  MALLOC
  01061  LSET 3
  01063  PUSH 32
  01065  LSET 4
  01067  LGET 3
  01069  PUSH 0
  0106a  ADD
  0106b  LGET 4
  0106d  MSTORE
  0106e  LGET 3
  01070  PUSH 0
  01071  ADD
  01072  LGET 4
  01074  ADD
  01075  LGET 1
  01077  LGET 1
  01079  MLOAD
  0107a  PUSH 31
  0107c  ADD
  0107d  PUSH 5
  0107f  SHR
  01080  PUSH 5
  01082  SHL
  01083  PUSH 32
  01085  ADD
  01086  DUP1
  01087  LSET 5
  01089  MCOPY
  0108a  LGET 4
  0108c  LGET 5
  0108e  ADD
  0108f  LSET 4
  01091  LGET 3
  01093  LGET 2
  01095  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  010b6  LGET 0
  010b8  LOG2
    ; fiat.coin:108: pub fn set_blacklister(account: address) {
  010b9  RETF
fn_FiatCoin_set_attester:
    ; fiat.coin:114: pub fn set_attester(account: address) {
  010ba  ENTER 6
  010bc  LSET 0
    ; fiat.coin:115: self.only_owner()
  010be  CALLF @fn_Owned_only_owner
    ; fiat.coin:116: self.attester = account
  010c1  PUSH 10
  010c3  LGET 0
  010c5  SSTORE
    ; fiat.coin:117: emit RoleAssigned("attester", account)
  010c6  PUSH 64
  010c8  MALLOC
  010c9  DUP1
  010ca  PUSH 392
  010cd  PUSH 64
  010cf  DATACOPY
  010d0  LSET 1
  010d2  PUSH 32
  010d4  LGET 1
  010d6  MLOAD
  010d7  PUSH 31
  010d9  ADD
  010da  PUSH 5
  010dc  SHR
  010dd  PUSH 5
  010df  SHL
  010e0  PUSH 32
  010e2  ADD
  010e3  ADD
  010e4  LSET 2
  010e6  LGET 2
  010e8  MALLOC
  010e9  LSET 3
  010eb  PUSH 32
  010ed  LSET 4
  010ef  LGET 3
  010f1  PUSH 0
  010f2  ADD
  010f3  LGET 4
  010f5  MSTORE
  010f6  LGET 3
  010f8  PUSH 0
  010f9  ADD
  010fa  LGET 4
  010fc  ADD
  010fd  LGET 1
  010ff  LGET 1
  01101  MLOAD
  01102  PUSH 31
  01104  ADD
  01105  PUSH 5
  01107  SHR
  01108  PUSH 5
  0110a  SHL
  0110b  PUSH 32
  0110d  ADD
  0110e  DUP1
  0110f  LSET 5
  01111  MCOPY
  01112  LGET 4
  01114  LGET 5
  01116  ADD
  01117  LSET 4
  01119  LGET 3
  0111b  LGET 2
  0111d  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  0113e  LGET 0
  01140  LOG2
    ; fiat.coin:114: pub fn set_attester(account: address) {
  01141  RETF
fn_FiatCoin_set_issuer:
    ; fiat.coin:120: pub fn set_issuer(account: address) {
  01142  ENTER 6
  01144  LSET 0
    ; fiat.coin:121: self.only_owner()
  01146  CALLF @fn_Owned_only_owner
    ; fiat.coin:122: self.issuer = account
  01149  PUSH 11
  0114b  LGET 0
  0114d  SSTORE
    ; fiat.coin:123: emit RoleAssigned("issuer", account)
  0114e  PUSH 64
  01150  MALLOC
  01151  DUP1
  01152  PUSH 456
  01155  PUSH 64
  01157  DATACOPY
  01158  LSET 1
  0115a  PUSH 32
  0115c  LGET 1
  0115e  MLOAD
  0115f  PUSH 31
  01161  ADD
  01162  PUSH 5
  01164  SHR
  01165  PUSH 5
  01167  SHL
  01168  PUSH 32
  0116a  ADD
  0116b  ADD
  0116c  LSET 2
  0116e  LGET 2
  01170  MALLOC
  01171  LSET 3
  01173  PUSH 32
  01175  LSET 4
  01177  LGET 3
  01179  PUSH 0
  0117a  ADD
  0117b  LGET 4
  0117d  MSTORE
  0117e  LGET 3
  01180  PUSH 0
  01181  ADD
  01182  LGET 4
  01184  ADD
  01185  LGET 1
  01187  LGET 1
  01189  MLOAD
  0118a  PUSH 31
  0118c  ADD
  0118d  PUSH 5
  0118f  SHR
  01190  PUSH 5
  01192  SHL
  01193  PUSH 32
  01195  ADD
  01196  DUP1
  01197  LSET 5
  01199  MCOPY
  0119a  LGET 4
  0119c  LGET 5
  0119e  ADD
  0119f  LSET 4
  011a1  LGET 3
  011a3  LGET 2
  011a5  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  011c6  LGET 0
  011c8  LOG2
    ; fiat.coin:120: pub fn set_issuer(account: address) {
  011c9  RETF
fn_FiatCoin_set_max_attestation_age:
    ; fiat.coin:126: pub fn set_max_attestation_age(seconds: uint) {
  011ca  ENTER 2
  011cc  LSET 0
    ; fiat.coin:127: self.only_owner()
  011ce  CALLF @fn_Owned_only_owner
    ; fiat.coin:128: require(seconds > 0, "max_attestation_age must be positive")
  011d1  PUSH @req_ok_130
  011d4  LGET 0
  011d6  PUSH 0
  011d7  GT
  011d8  JUMPI
  011d9  PUSH 132
  011db  MALLOC
  011dc  DUP1
  011dd  PUSH 520
  011e0  PUSH 132
  011e2  DATACOPY
  011e3  PUSH 132
  011e5  REVERT
req_ok_130:
  011e6  JUMPDEST
    ; fiat.coin:129: self.max_attestation_age = seconds
  011e7  PUSH 18
  011e9  LGET 0
  011eb  SSTORE
    ; fiat.coin:130: emit MaxAttestationAgeSet(seconds)
  011ec  PUSH 32
  011ee  MALLOC
  011ef  LSET 1
  011f1  LGET 1
  011f3  LGET 0
  011f5  MSTORE
  011f6  LGET 1
  011f8  PUSH 32
  011fa  PUSH 0xb01be5a48d4cb89d0db16669a1c0ba4de7489d4ead767928153bab34e833a7cf
  0121b  LOG1
    ; fiat.coin:126: pub fn set_max_attestation_age(seconds: uint) {
  0121c  RETF
fn_FiatCoin_configure_minter:
    ; fiat.coin:134: pub fn configure_minter(minter: address, allowance: uint) {
  0121d  ENTER 3
  0121f  LSET 1
  01221  LSET 0
    ; fiat.coin:135: require(msg.sender == self.master_minter, "caller is not the master minter")
  01223  PUSH @req_ok_131
  01226  CALLER
  01227  PUSH 7
  01229  SLOAD
  0122a  EQ
  0122b  JUMPI
  0122c  PUSH 100
  0122e  MALLOC
  0122f  DUP1
  01230  PUSH 652
  01233  PUSH 100
  01235  DATACOPY
  01236  PUSH 100
  01238  REVERT
req_ok_131:
  01239  JUMPDEST
    ; fiat.coin:136: require(not self.paused, "paused")
  0123a  PUSH @req_ok_132
  0123d  PUSH 12
  0123f  SLOAD
  01240  ISZERO
  01241  JUMPI
  01242  PUSH 100
  01244  MALLOC
  01245  DUP1
  01246  PUSH 752
  01249  PUSH 100
  0124b  DATACOPY
  0124c  PUSH 100
  0124e  REVERT
req_ok_132:
  0124f  JUMPDEST
    ; fiat.coin:137: self.minter_enabled[minter] = true
  01250  PUSH0
  01251  LGET 0
  01253  MSTORE
  01254  PUSH 32
  01256  PUSH 14
  01258  MSTORE
  01259  PUSH0
  0125a  PUSH 64
  0125c  KECCAK256
  0125d  PUSH 1
  0125f  SSTORE
    ; fiat.coin:138: self.minter_allowances[minter] = allowance
  01260  PUSH0
  01261  LGET 0
  01263  MSTORE
  01264  PUSH 32
  01266  PUSH 15
  01268  MSTORE
  01269  PUSH0
  0126a  PUSH 64
  0126c  KECCAK256
  0126d  LGET 1
  0126f  SSTORE
    ; fiat.coin:139: emit MinterConfigured(minter, allowance)
  01270  PUSH 32
  01272  MALLOC
  01273  LSET 2
  01275  LGET 2
  01277  LGET 1
  01279  MSTORE
  0127a  LGET 2
  0127c  PUSH 32
  0127e  PUSH 0x46980fca912ef9bcdbd36877427b6b90e860769f604e89c0e67720cece530d20
  0129f  LGET 0
  012a1  LOG2
    ; fiat.coin:134: pub fn configure_minter(minter: address, allowance: uint) {
  012a2  RETF
fn_FiatCoin_remove_minter:
    ; fiat.coin:142: pub fn remove_minter(minter: address) {
  012a3  ENTER 1
  012a5  LSET 0
    ; fiat.coin:143: require(msg.sender == self.master_minter, "caller is not the master minter")
  012a7  PUSH @req_ok_133
  012aa  CALLER
  012ab  PUSH 7
  012ad  SLOAD
  012ae  EQ
  012af  JUMPI
  012b0  PUSH 100
  012b2  MALLOC
  012b3  DUP1
  012b4  PUSH 652
  012b7  PUSH 100
  012b9  DATACOPY
  012ba  PUSH 100
  012bc  REVERT
req_ok_133:
  012bd  JUMPDEST
    ; fiat.coin:144: self.minter_enabled[minter] = false
  012be  PUSH0
  012bf  LGET 0
  012c1  MSTORE
  012c2  PUSH 32
  012c4  PUSH 14
  012c6  MSTORE
  012c7  PUSH0
  012c8  PUSH 64
  012ca  KECCAK256
  012cb  PUSH 0
  012cc  SSTORE
    ; fiat.coin:145: self.minter_allowances[minter] = 0
  012cd  PUSH0
  012ce  LGET 0
  012d0  MSTORE
  012d1  PUSH 32
  012d3  PUSH 15
  012d5  MSTORE
  012d6  PUSH0
  012d7  PUSH 64
  012d9  KECCAK256
  012da  PUSH 0
  012db  SSTORE
    ; fiat.coin:146: emit MinterRemoved(minter)
  012dc  PUSH0
  012dd  PUSH0
  012de  PUSH 0xe94479a9f7e1952cc78f2d6baab678adc1b772d936c6583def489e524cb66692
  012ff  LGET 0
  01301  LOG2
    ; fiat.coin:142: pub fn remove_minter(minter: address) {
  01302  RETF
fn_FiatCoin_mint:
    ; fiat.coin:149: pub fn mint(to: address, amount: uint) -> bool {
  01303  ENTER 5
  01305  LSET 1
  01307  LSET 0
    ; fiat.coin:150: require(not self.paused, "paused")
  01309  PUSH @req_ok_134
  0130c  PUSH 12
  0130e  SLOAD
  0130f  ISZERO
  01310  JUMPI
  01311  PUSH 100
  01313  MALLOC
  01314  DUP1
  01315  PUSH 752
  01318  PUSH 100
  0131a  DATACOPY
  0131b  PUSH 100
  0131d  REVERT
req_ok_134:
  0131e  JUMPDEST
    ; fiat.coin:151: require(self.minter_enabled[msg.sender], "caller is not a minter")
  0131f  PUSH @req_ok_135
  01322  PUSH0
  01323  CALLER
  01324  MSTORE
  01325  PUSH 32
  01327  PUSH 14
  01329  MSTORE
  0132a  PUSH0
  0132b  PUSH 64
  0132d  KECCAK256
  0132e  SLOAD
  0132f  JUMPI
  01330  PUSH 100
  01332  MALLOC
  01333  DUP1
  01334  PUSH 852
  01337  PUSH 100
  01339  DATACOPY
  0133a  PUSH 100
  0133c  REVERT
req_ok_135:
  0133d  JUMPDEST
    ; fiat.coin:152: require(not self.blacklist[msg.sender], "minter is blacklisted")
  0133e  PUSH @req_ok_136
  01341  PUSH0
  01342  CALLER
  01343  MSTORE
  01344  PUSH 32
  01346  PUSH 13
  01348  MSTORE
  01349  PUSH0
  0134a  PUSH 64
  0134c  KECCAK256
  0134d  SLOAD
  0134e  ISZERO
  0134f  JUMPI
  01350  PUSH 100
  01352  MALLOC
  01353  DUP1
  01354  PUSH 952
  01357  PUSH 100
  01359  DATACOPY
  0135a  PUSH 100
  0135c  REVERT
req_ok_136:
  0135d  JUMPDEST
    ; fiat.coin:153: require(amount > 0, "mint amount must be positive")
  0135e  PUSH @req_ok_137
  01361  LGET 1
  01363  PUSH 0
  01364  GT
  01365  JUMPI
  01366  PUSH 100
  01368  MALLOC
  01369  DUP1
  0136a  PUSH 1052
  0136d  PUSH 100
  0136f  DATACOPY
  01370  PUSH 100
  01372  REVERT
req_ok_137:
  01373  JUMPDEST
    ; fiat.coin:154: let allowance = self.minter_allowances[msg.sender]
  01374  PUSH0
  01375  CALLER
  01376  MSTORE
  01377  PUSH 32
  01379  PUSH 15
  0137b  MSTORE
  0137c  PUSH0
  0137d  PUSH 64
  0137f  KECCAK256
  01380  SLOAD
  01381  LSET 2
    ; fiat.coin:155: require(amount <= allowance, "mint amount exceeds minter allowance")
  01383  PUSH @req_ok_138
  01386  LGET 1
  01388  LGET 2
  0138a  GT
  0138b  ISZERO
  0138c  JUMPI
  0138d  PUSH 132
  0138f  MALLOC
  01390  DUP1
  01391  PUSH 1152
  01394  PUSH 132
  01396  DATACOPY
  01397  PUSH 132
  01399  REVERT
req_ok_138:
  0139a  JUMPDEST
    ; fiat.coin:156: require(self.attested_at > 0, "reserves were never attested")
  0139b  PUSH @req_ok_139
  0139e  PUSH 17
  013a0  SLOAD
  013a1  PUSH 0
  013a2  GT
  013a3  JUMPI
  013a4  PUSH 100
  013a6  MALLOC
  013a7  DUP1
  013a8  PUSH 1284
  013ab  PUSH 100
  013ad  DATACOPY
  013ae  PUSH 100
  013b0  REVERT
req_ok_139:
  013b1  JUMPDEST
    ; fiat.coin:157: require(block.timestamp <= self.attested_at + self.max_attestation_age,
  013b2  PUSH @req_ok_140
  013b5  TIMESTAMP
  013b6  PUSH 17
  013b8  SLOAD
  013b9  PUSH 18
  013bb  SLOAD
  013bc  CADD
  013bd  GT
  013be  ISZERO
  013bf  JUMPI
  013c0  PUSH 100
  013c2  MALLOC
  013c3  DUP1
  013c4  PUSH 1384
  013c7  PUSH 100
  013c9  DATACOPY
  013ca  PUSH 100
  013cc  REVERT
req_ok_140:
  013cd  JUMPDEST
    ; fiat.coin:159: require(self.supply + amount <= self.available_reserves(), "mint would exceed attested reserves")
  013ce  PUSH @req_ok_141
  013d1  PUSH 3
  013d3  SLOAD
  013d4  LGET 1
  013d6  CADD
  013d7  CALLF @fn_FiatCoin_available_reserves
  013da  GT
  013db  ISZERO
  013dc  JUMPI
  013dd  PUSH 132
  013df  MALLOC
  013e0  DUP1
  013e1  PUSH 1484
  013e4  PUSH 132
  013e6  DATACOPY
  013e7  PUSH 132
  013e9  REVERT
req_ok_141:
  013ea  JUMPDEST
    ; fiat.coin:160: self.minter_allowances[msg.sender] = allowance - amount
  013eb  LGET 2
  013ed  LGET 1
  013ef  CSUB
  013f0  PUSH0
  013f1  CALLER
  013f2  MSTORE
  013f3  PUSH 32
  013f5  PUSH 15
  013f7  MSTORE
  013f8  PUSH0
  013f9  PUSH 64
  013fb  KECCAK256
  013fc  SWAP1
  013fd  SSTORE
    ; fiat.coin:161: self.mint_to(to, amount)
  013fe  LGET 0
  01400  LGET 1
  01402  CALLF @fn_Token_mint_to
    ; fiat.coin:162: emit Mint(msg.sender, to, amount)
  01405  CALLER
  01406  LSET 3
  01408  PUSH 32
  0140a  MALLOC
  0140b  LSET 4
  0140d  LGET 4
  0140f  LGET 1
  01411  MSTORE
  01412  LGET 4
  01414  PUSH 32
  01416  PUSH 0xab8530f87dc9b59234c4623bf917212bb2536d647574c8e7e5da92c2ede0c9f8
  01437  LGET 3
  01439  LGET 0
  0143b  LOG3
    ; fiat.coin:163: return true
  0143c  PUSH 1
  0143e  RETF
  0143f  INVALID
fn_FiatCoin_burn:
    ; fiat.coin:166: pub fn burn(amount: uint) {
  01440  ENTER 3
  01442  LSET 0
    ; fiat.coin:167: require(self.minter_enabled[msg.sender], "caller is not a minter")
  01444  PUSH @req_ok_142
  01447  PUSH0
  01448  CALLER
  01449  MSTORE
  0144a  PUSH 32
  0144c  PUSH 14
  0144e  MSTORE
  0144f  PUSH0
  01450  PUSH 64
  01452  KECCAK256
  01453  SLOAD
  01454  JUMPI
  01455  PUSH 100
  01457  MALLOC
  01458  DUP1
  01459  PUSH 852
  0145c  PUSH 100
  0145e  DATACOPY
  0145f  PUSH 100
  01461  REVERT
req_ok_142:
  01462  JUMPDEST
    ; fiat.coin:168: require(amount > 0, "burn amount must be positive")
  01463  PUSH @req_ok_143
  01466  LGET 0
  01468  PUSH 0
  01469  GT
  0146a  JUMPI
  0146b  PUSH 100
  0146d  MALLOC
  0146e  DUP1
  0146f  PUSH 1616
  01472  PUSH 100
  01474  DATACOPY
  01475  PUSH 100
  01477  REVERT
req_ok_143:
  01478  JUMPDEST
    ; fiat.coin:169: self.burn_from(msg.sender, amount)
  01479  CALLER
  0147a  LGET 0
  0147c  CALLF @fn_Token_burn_from
    ; fiat.coin:170: emit Burn(msg.sender, amount)
  0147f  CALLER
  01480  LSET 1
  01482  PUSH 32
  01484  MALLOC
  01485  LSET 2
  01487  LGET 2
  01489  LGET 0
  0148b  MSTORE
  0148c  LGET 2
  0148e  PUSH 32
  01490  PUSH 0xcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca5
  014b1  LGET 1
  014b3  LOG2
    ; fiat.coin:166: pub fn burn(amount: uint) {
  014b4  RETF
fn_FiatCoin_pause:
    ; fiat.coin:174: pub fn pause() {
  014b5  ENTER 0
    ; fiat.coin:175: require(msg.sender == self.pauser, "caller is not the pauser")
  014b7  PUSH @req_ok_144
  014ba  CALLER
  014bb  PUSH 8
  014bd  SLOAD
  014be  EQ
  014bf  JUMPI
  014c0  PUSH 100
  014c2  MALLOC
  014c3  DUP1
  014c4  PUSH 1716
  014c7  PUSH 100
  014c9  DATACOPY
  014ca  PUSH 100
  014cc  REVERT
req_ok_144:
  014cd  JUMPDEST
    ; fiat.coin:176: self.paused = true
  014ce  PUSH 12
  014d0  PUSH 1
  014d2  SSTORE
    ; fiat.coin:177: emit Pause()
  014d3  PUSH0
  014d4  PUSH0
  014d5  PUSH 0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625
  014f6  LOG1
    ; fiat.coin:174: pub fn pause() {
  014f7  RETF
fn_FiatCoin_unpause:
    ; fiat.coin:180: pub fn unpause() {
  014f8  ENTER 0
    ; fiat.coin:181: require(msg.sender == self.pauser, "caller is not the pauser")
  014fa  PUSH @req_ok_145
  014fd  CALLER
  014fe  PUSH 8
  01500  SLOAD
  01501  EQ
  01502  JUMPI
  01503  PUSH 100
  01505  MALLOC
  01506  DUP1
  01507  PUSH 1716
  0150a  PUSH 100
  0150c  DATACOPY
  0150d  PUSH 100
  0150f  REVERT
req_ok_145:
  01510  JUMPDEST
    ; fiat.coin:182: self.paused = false
  01511  PUSH 12
  01513  PUSH 0
  01514  SSTORE
    ; fiat.coin:183: emit Unpause()
  01515  PUSH0
  01516  PUSH0
  01517  PUSH 0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33
  01538  LOG1
    ; fiat.coin:180: pub fn unpause() {
  01539  RETF
fn_FiatCoin_blacklist_account:
    ; fiat.coin:186: pub fn blacklist_account(account: address) {
  0153a  ENTER 1
  0153c  LSET 0
    ; fiat.coin:187: require(msg.sender == self.blacklister, "caller is not the blacklister")
  0153e  PUSH @req_ok_146
  01541  CALLER
  01542  PUSH 9
  01544  SLOAD
  01545  EQ
  01546  JUMPI
  01547  PUSH 100
  01549  MALLOC
  0154a  DUP1
  0154b  PUSH 1816
  0154e  PUSH 100
  01550  DATACOPY
  01551  PUSH 100
  01553  REVERT
req_ok_146:
  01554  JUMPDEST
    ; fiat.coin:188: self.blacklist[account] = true
  01555  PUSH0
  01556  LGET 0
  01558  MSTORE
  01559  PUSH 32
  0155b  PUSH 13
  0155d  MSTORE
  0155e  PUSH0
  0155f  PUSH 64
  01561  KECCAK256
  01562  PUSH 1
  01564  SSTORE
    ; fiat.coin:189: emit Blacklisted(account)
  01565  PUSH0
  01566  PUSH0
  01567  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  01588  LGET 0
  0158a  LOG2
    ; fiat.coin:186: pub fn blacklist_account(account: address) {
  0158b  RETF
fn_FiatCoin_blacklist_accounts:
    ; fiat.coin:193: pub fn blacklist_accounts(accounts: array<address, 100>) {
  0158c  ENTER 6
  0158e  LSET 0
    ; fiat.coin:194: require(msg.sender == self.blacklister, "caller is not the blacklister")
  01590  PUSH @req_ok_147
  01593  CALLER
  01594  PUSH 9
  01596  SLOAD
  01597  EQ
  01598  JUMPI
  01599  PUSH 100
  0159b  MALLOC
  0159c  DUP1
  0159d  PUSH 1816
  015a0  PUSH 100
  015a2  DATACOPY
  015a3  PUSH 100
  015a5  REVERT
req_ok_147:
  015a6  JUMPDEST
    ; fiat.coin:195: for account in accounts {
  015a7  LGET 0
  015a9  LSET 4
  015ab  PUSH 3232
  015ae  MALLOC
  015af  LSET 5
  015b1  LGET 5
  015b3  LGET 4
  015b5  LGET 4
  015b7  MLOAD
  015b8  PUSH 32
  015ba  MUL
  015bb  PUSH 32
  015bd  ADD
  015be  MCOPY
  015bf  LGET 5
  015c1  LSET 1
  015c3  PUSH0
  015c4  LSET 2
each_148:
  015c6  JUMPDEST
  015c7  PUSH @eend_150
  015ca  LGET 2
  015cc  LGET 1
  015ce  MLOAD
  015cf  LT
  015d0  ISZERO
  015d1  JUMPI
  015d2  LGET 1
  015d4  LGET 2
  015d6  PUSH 32
  015d8  MUL
  015d9  ADD
  015da  PUSH 32
  015dc  ADD
  015dd  MLOAD
  015de  LSET 3
    ; fiat.coin:196: self.blacklist[account] = true
  015e0  PUSH0
  015e1  LGET 3
  015e3  MSTORE
  015e4  PUSH 32
  015e6  PUSH 13
  015e8  MSTORE
  015e9  PUSH0
  015ea  PUSH 64
  015ec  KECCAK256
  015ed  PUSH 1
  015ef  SSTORE
    ; fiat.coin:197: emit Blacklisted(account)
  015f0  PUSH0
  015f1  PUSH0
  015f2  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  01613  LGET 3
  01615  LOG2
estep_149:
    ; fiat.coin:195: for account in accounts {
  01616  JUMPDEST
  01617  LGET 2
  01619  PUSH 1
  0161b  ADD
  0161c  LSET 2
  0161e  PUSH @each_148
  01621  JUMP
eend_150:
  01622  JUMPDEST
    ; fiat.coin:193: pub fn blacklist_accounts(accounts: array<address, 100>) {
  01623  RETF
fn_FiatCoin_transfer_many:
    ; fiat.coin:202: pub fn transfer_many(recipients: array<address, 100>, amounts: array<uint, 100>) -> bool {
  01624  ENTER 10
  01626  LSET 1
  01628  LSET 0
    ; fiat.coin:203: require(len(recipients) == len(amounts), "recipients and amounts differ in length")
  0162a  PUSH @req_ok_151
  0162d  LGET 0
  0162f  MLOAD
  01630  LGET 1
  01632  MLOAD
  01633  EQ
  01634  JUMPI
  01635  PUSH 132
  01637  MALLOC
  01638  DUP1
  01639  PUSH 1916
  0163c  PUSH 132
  0163e  DATACOPY
  0163f  PUSH 132
  01641  REVERT
req_ok_151:
  01642  JUMPDEST
    ; fiat.coin:204: for i in 0..len(recipients) {
  01643  PUSH 0
  01644  LSET 2
  01646  LGET 0
  01648  MLOAD
  01649  LSET 3
for_152:
  0164b  JUMPDEST
  0164c  PUSH @fend_154
  0164f  LGET 2
  01651  LGET 3
  01653  LT
  01654  ISZERO
  01655  JUMPI
    ; fiat.coin:205: self.move_tokens(msg.sender, recipients[i], amounts[i])
  01656  CALLER
  01657  LGET 0
  01659  LSET 4
  0165b  LGET 2
  0165d  LSET 5
  0165f  LGET 4
  01661  MLOAD
  01662  LSET 6
  01664  PUSH @in_range_155
  01667  LGET 5
  01669  LGET 6
  0166b  LT
  0166c  JUMPI
  0166d  PANIC 50
in_range_155:
  0166f  JUMPDEST
  01670  LGET 4
  01672  LGET 5
  01674  PUSH 32
  01676  MUL
  01677  ADD
  01678  PUSH 32
  0167a  ADD
  0167b  MLOAD
  0167c  LGET 1
  0167e  LSET 7
  01680  LGET 2
  01682  LSET 8
  01684  LGET 7
  01686  MLOAD
  01687  LSET 9
  01689  PUSH @in_range_156
  0168c  LGET 8
  0168e  LGET 9
  01690  LT
  01691  JUMPI
  01692  PANIC 50
in_range_156:
  01694  JUMPDEST
  01695  LGET 7
  01697  LGET 8
  01699  PUSH 32
  0169b  MUL
  0169c  ADD
  0169d  PUSH 32
  0169f  ADD
  016a0  MLOAD
  016a1  CALLF @fn_Token_move_tokens
fstep_153:
    ; fiat.coin:204: for i in 0..len(recipients) {
  016a4  JUMPDEST
  016a5  LGET 2
  016a7  PUSH 1
  016a9  ADD
  016aa  LSET 2
  016ac  PUSH @for_152
  016af  JUMP
fend_154:
  016b0  JUMPDEST
    ; fiat.coin:207: return true
  016b1  PUSH 1
  016b3  RETF
  016b4  INVALID
fn_FiatCoin_unblacklist_account:
    ; fiat.coin:210: pub fn unblacklist_account(account: address) {
  016b5  ENTER 1
  016b7  LSET 0
    ; fiat.coin:211: require(msg.sender == self.blacklister, "caller is not the blacklister")
  016b9  PUSH @req_ok_157
  016bc  CALLER
  016bd  PUSH 9
  016bf  SLOAD
  016c0  EQ
  016c1  JUMPI
  016c2  PUSH 100
  016c4  MALLOC
  016c5  DUP1
  016c6  PUSH 1816
  016c9  PUSH 100
  016cb  DATACOPY
  016cc  PUSH 100
  016ce  REVERT
req_ok_157:
  016cf  JUMPDEST
    ; fiat.coin:212: self.blacklist[account] = false
  016d0  PUSH0
  016d1  LGET 0
  016d3  MSTORE
  016d4  PUSH 32
  016d6  PUSH 13
  016d8  MSTORE
  016d9  PUSH0
  016da  PUSH 64
  016dc  KECCAK256
  016dd  PUSH 0
  016de  SSTORE
    ; fiat.coin:213: emit UnBlacklisted(account)
  016df  PUSH0
  016e0  PUSH0
  016e1  PUSH 0x117e3210bb9aa7d9baff172026820255c6f6c30ba8999d1c2fd88e2848137c4e
  01702  LGET 0
  01704  LOG2
    ; fiat.coin:210: pub fn unblacklist_account(account: address) {
  01705  RETF
fn_FiatCoin_DOMAIN_SEPARATOR:
    ; fiat.coin:232: pub view fn DOMAIN_SEPARATOR() -> bytes32 {
  01706  ENTER 5
    ; fiat.coin:233: return eip712_domain(self.token_name, "2")
  01708  PUSH 0
  01709  SLOADBYTES
  0170a  DUP1
  0170b  MLOAD
  0170c  SWAP1
  0170d  PUSH 32
  0170f  ADD
  01710  SWAP1
  01711  KECCAK256
  01712  LSET 0
  01714  PUSH 64
  01716  MALLOC
  01717  DUP1
  01718  PUSH 2048
  0171b  PUSH 64
  0171d  DATACOPY
  0171e  DUP1
  0171f  MLOAD
  01720  SWAP1
  01721  PUSH 32
  01723  ADD
  01724  SWAP1
  01725  KECCAK256
  01726  LSET 1
  01728  CHAINID
  01729  LSET 2
  0172b  ADDRESS
  0172c  LSET 3
  0172e  PUSH 160
  01730  MALLOC
  01731  LSET 4
  01733  LGET 4
  01735  PUSH 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f
  01756  MSTORE
  01757  LGET 4
  01759  PUSH 32
  0175b  ADD
  0175c  LGET 0
  0175e  MSTORE
  0175f  LGET 4
  01761  PUSH 64
  01763  ADD
  01764  LGET 1
  01766  MSTORE
  01767  LGET 4
  01769  PUSH 96
  0176b  ADD
  0176c  LGET 2
  0176e  MSTORE
  0176f  LGET 4
  01771  PUSH 128
  01773  ADD
  01774  LGET 3
  01776  MSTORE
  01777  LGET 4
  01779  PUSH 160
  0177b  KECCAK256
  0177c  RETF
  0177d  INVALID
fn_FiatCoin_nonces:
    ; fiat.coin:236: pub view fn nonces(owner: address) -> uint {
  0177e  ENTER 1
  01780  LSET 0
    ; fiat.coin:237: return self.permit_nonces[owner]
  01782  PUSH0
  01783  LGET 0
  01785  MSTORE
  01786  PUSH 32
  01788  PUSH 27
  0178a  MSTORE
  0178b  PUSH0
  0178c  PUSH 64
  0178e  KECCAK256
  0178f  SLOAD
  01790  RETF
  01791  INVALID
fn_FiatCoin_authorizationState:
    ; fiat.coin:240: pub view fn authorizationState(authorizer: address, nonce: bytes32) -> bool {
  01792  ENTER 2
  01794  LSET 1
  01796  LSET 0
    ; fiat.coin:241: return self.authorizations[authorizer][nonce]
  01798  PUSH 32
  0179a  PUSH0
  0179b  LGET 0
  0179d  MSTORE
  0179e  PUSH 32
  017a0  PUSH 28
  017a2  MSTORE
  017a3  PUSH0
  017a4  PUSH 64
  017a6  KECCAK256
  017a7  MSTORE
  017a8  PUSH0
  017a9  LGET 1
  017ab  MSTORE
  017ac  PUSH0
  017ad  PUSH 64
  017af  KECCAK256
  017b0  SLOAD
  017b1  RETF
  017b2  INVALID
fn_FiatCoin_permit:
    ; fiat.coin:244: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  017b3  ENTER 15
  017b5  LSET 6
  017b7  LSET 5
  017b9  LSET 4
  017bb  LSET 3
  017bd  LSET 2
  017bf  LSET 1
  017c1  LSET 0
    ; fiat.coin:246: require(deadline >= block.timestamp, "permit is expired")
  017c3  PUSH @req_ok_158
  017c6  LGET 3
  017c8  TIMESTAMP
  017c9  LT
  017ca  ISZERO
  017cb  JUMPI
  017cc  PUSH 100
  017ce  MALLOC
  017cf  DUP1
  017d0  PUSH 2112
  017d3  PUSH 100
  017d5  DATACOPY
  017d6  PUSH 100
  017d8  REVERT
req_ok_158:
  017d9  JUMPDEST
    ; fiat.coin:247: let nonce = self.permit_nonces[owner]
  017da  PUSH0
  017db  LGET 0
  017dd  MSTORE
  017de  PUSH 32
  017e0  PUSH 27
  017e2  MSTORE
  017e3  PUSH0
  017e4  PUSH 64
  017e6  KECCAK256
  017e7  SLOAD
  017e8  LSET 7
    ; fiat.coin:248: let h = eip712_struct_hash(Permit(owner: owner, spender: spender, value: value, nonce: nonce,
  017ea  LGET 0
  017ec  LGET 1
  017ee  LGET 2
  017f0  LGET 7
    ; fiat.coin:249: deadline: deadline))
  017f2  LGET 3
    ; fiat.coin:248: let h = eip712_struct_hash(Permit(owner: owner, spender: spender, value: value, nonce: nonce,
  017f4  LSET 13
  017f6  LSET 12
  017f8  LSET 11
  017fa  LSET 10
  017fc  LSET 9
  017fe  PUSH 192
  01800  MALLOC
  01801  LSET 14
  01803  LGET 14
  01805  PUSH 0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9
  01826  MSTORE
  01827  LGET 14
  01829  PUSH 32
  0182b  ADD
  0182c  LGET 9
  0182e  MSTORE
  0182f  LGET 14
  01831  PUSH 64
  01833  ADD
  01834  LGET 10
  01836  MSTORE
  01837  LGET 14
  01839  PUSH 96
  0183b  ADD
  0183c  LGET 11
  0183e  MSTORE
  0183f  LGET 14
  01841  PUSH 128
  01843  ADD
  01844  LGET 12
  01846  MSTORE
  01847  LGET 14
  01849  PUSH 160
  0184b  ADD
  0184c  LGET 13
  0184e  MSTORE
  0184f  LGET 14
  01851  PUSH 192
  01853  KECCAK256
  01854  LSET 8
    ; fiat.coin:250: self.require_signer(owner, h, v, r, s)
  01856  LGET 0
  01858  LGET 8
  0185a  LGET 4
  0185c  LGET 5
  0185e  LGET 6
  01860  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:251: self.permit_nonces[owner] = nonce + 1
  01863  LGET 7
  01865  PUSH 1
  01867  CADD
  01868  PUSH0
  01869  LGET 0
  0186b  MSTORE
  0186c  PUSH 32
  0186e  PUSH 27
  01870  MSTORE
  01871  PUSH0
  01872  PUSH 64
  01874  KECCAK256
  01875  SWAP1
  01876  SSTORE
    ; fiat.coin:252: self.approve_checked(owner, spender, value)
  01877  LGET 0
  01879  LGET 1
  0187b  LGET 2
  0187d  CALLF @fn_FiatCoin_approve_checked
    ; fiat.coin:244: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  01880  RETF
fn_FiatCoin_transferWithAuthorization:
    ; fiat.coin:255: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  01881  ENTER 17
  01883  LSET 8
  01885  LSET 7
  01887  LSET 6
  01889  LSET 5
  0188b  LSET 4
  0188d  LSET 3
  0188f  LSET 2
  01891  LSET 1
  01893  LSET 0
    ; fiat.coin:257: let h = eip712_struct_hash(TransferWithAuthorization(from: from, to: to, value: value,
  01895  LGET 0
  01897  LGET 1
  01899  LGET 2
    ; fiat.coin:258: validAfter: validAfter, validBefore: validBefore,
  0189b  LGET 3
  0189d  LGET 4
    ; fiat.coin:259: nonce: nonce))
  0189f  LGET 5
    ; fiat.coin:257: let h = eip712_struct_hash(TransferWithAuthorization(from: from, to: to, value: value,
  018a1  LSET 15
  018a3  LSET 14
  018a5  LSET 13
  018a7  LSET 12
  018a9  LSET 11
  018ab  LSET 10
  018ad  PUSH 224
  018af  MALLOC
  018b0  LSET 16
  018b2  LGET 16
  018b4  PUSH 0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267
  018d5  MSTORE
  018d6  LGET 16
  018d8  PUSH 32
  018da  ADD
  018db  LGET 10
  018dd  MSTORE
  018de  LGET 16
  018e0  PUSH 64
  018e2  ADD
  018e3  LGET 11
  018e5  MSTORE
  018e6  LGET 16
  018e8  PUSH 96
  018ea  ADD
  018eb  LGET 12
  018ed  MSTORE
  018ee  LGET 16
  018f0  PUSH 128
  018f2  ADD
  018f3  LGET 13
  018f5  MSTORE
  018f6  LGET 16
  018f8  PUSH 160
  018fa  ADD
  018fb  LGET 14
  018fd  MSTORE
  018fe  LGET 16
  01900  PUSH 192
  01902  ADD
  01903  LGET 15
  01905  MSTORE
  01906  LGET 16
  01908  PUSH 224
  0190a  KECCAK256
  0190b  LSET 9
    ; fiat.coin:260: self.use_authorization(from, nonce, validAfter, validBefore, h, v, r, s)
  0190d  LGET 0
  0190f  LGET 5
  01911  LGET 3
  01913  LGET 4
  01915  LGET 9
  01917  LGET 6
  01919  LGET 7
  0191b  LGET 8
  0191d  CALLF @fn_FiatCoin_use_authorization
    ; fiat.coin:261: self.move_tokens(from, to, value)
  01920  LGET 0
  01922  LGET 1
  01924  LGET 2
  01926  CALLF @fn_Token_move_tokens
    ; fiat.coin:255: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  01929  RETF
fn_FiatCoin_receiveWithAuthorization:
    ; fiat.coin:264: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0192a  ENTER 17
  0192c  LSET 8
  0192e  LSET 7
  01930  LSET 6
  01932  LSET 5
  01934  LSET 4
  01936  LSET 3
  01938  LSET 2
  0193a  LSET 1
  0193c  LSET 0
    ; fiat.coin:266: require(to == msg.sender, "caller must be the payee")
  0193e  PUSH @req_ok_159
  01941  LGET 1
  01943  CALLER
  01944  EQ
  01945  JUMPI
  01946  PUSH 100
  01948  MALLOC
  01949  DUP1
  0194a  PUSH 2212
  0194d  PUSH 100
  0194f  DATACOPY
  01950  PUSH 100
  01952  REVERT
req_ok_159:
  01953  JUMPDEST
    ; fiat.coin:267: let h = eip712_struct_hash(ReceiveWithAuthorization(from: from, to: to, value: value,
  01954  LGET 0
  01956  LGET 1
  01958  LGET 2
    ; fiat.coin:268: validAfter: validAfter, validBefore: validBefore,
  0195a  LGET 3
  0195c  LGET 4
    ; fiat.coin:269: nonce: nonce))
  0195e  LGET 5
    ; fiat.coin:267: let h = eip712_struct_hash(ReceiveWithAuthorization(from: from, to: to, value: value,
  01960  LSET 15
  01962  LSET 14
  01964  LSET 13
  01966  LSET 12
  01968  LSET 11
  0196a  LSET 10
  0196c  PUSH 224
  0196e  MALLOC
  0196f  LSET 16
  01971  LGET 16
  01973  PUSH 0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8
  01994  MSTORE
  01995  LGET 16
  01997  PUSH 32
  01999  ADD
  0199a  LGET 10
  0199c  MSTORE
  0199d  LGET 16
  0199f  PUSH 64
  019a1  ADD
  019a2  LGET 11
  019a4  MSTORE
  019a5  LGET 16
  019a7  PUSH 96
  019a9  ADD
  019aa  LGET 12
  019ac  MSTORE
  019ad  LGET 16
  019af  PUSH 128
  019b1  ADD
  019b2  LGET 13
  019b4  MSTORE
  019b5  LGET 16
  019b7  PUSH 160
  019b9  ADD
  019ba  LGET 14
  019bc  MSTORE
  019bd  LGET 16
  019bf  PUSH 192
  019c1  ADD
  019c2  LGET 15
  019c4  MSTORE
  019c5  LGET 16
  019c7  PUSH 224
  019c9  KECCAK256
  019ca  LSET 9
    ; fiat.coin:270: self.use_authorization(from, nonce, validAfter, validBefore, h, v, r, s)
  019cc  LGET 0
  019ce  LGET 5
  019d0  LGET 3
  019d2  LGET 4
  019d4  LGET 9
  019d6  LGET 6
  019d8  LGET 7
  019da  LGET 8
  019dc  CALLF @fn_FiatCoin_use_authorization
    ; fiat.coin:271: self.move_tokens(from, to, value)
  019df  LGET 0
  019e1  LGET 1
  019e3  LGET 2
  019e5  CALLF @fn_Token_move_tokens
    ; fiat.coin:264: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  019e8  RETF
fn_FiatCoin_cancelAuthorization:
    ; fiat.coin:274: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  019e9  ENTER 9
  019eb  LSET 4
  019ed  LSET 3
  019ef  LSET 2
  019f1  LSET 1
  019f3  LSET 0
    ; fiat.coin:275: require(not self.paused, "paused")
  019f5  PUSH @req_ok_160
  019f8  PUSH 12
  019fa  SLOAD
  019fb  ISZERO
  019fc  JUMPI
  019fd  PUSH 100
  019ff  MALLOC
  01a00  DUP1
  01a01  PUSH 752
  01a04  PUSH 100
  01a06  DATACOPY
  01a07  PUSH 100
  01a09  REVERT
req_ok_160:
  01a0a  JUMPDEST
    ; fiat.coin:276: require(not self.authorizations[authorizer][nonce], "authorization is used or canceled")
  01a0b  PUSH @req_ok_161
  01a0e  PUSH 32
  01a10  PUSH0
  01a11  LGET 0
  01a13  MSTORE
  01a14  PUSH 32
  01a16  PUSH 28
  01a18  MSTORE
  01a19  PUSH0
  01a1a  PUSH 64
  01a1c  KECCAK256
  01a1d  MSTORE
  01a1e  PUSH0
  01a1f  LGET 1
  01a21  MSTORE
  01a22  PUSH0
  01a23  PUSH 64
  01a25  KECCAK256
  01a26  SLOAD
  01a27  ISZERO
  01a28  JUMPI
  01a29  PUSH 132
  01a2b  MALLOC
  01a2c  DUP1
  01a2d  PUSH 2312
  01a30  PUSH 132
  01a32  DATACOPY
  01a33  PUSH 132
  01a35  REVERT
req_ok_161:
  01a36  JUMPDEST
    ; fiat.coin:277: let h = eip712_struct_hash(CancelAuthorization(authorizer: authorizer, nonce: nonce))
  01a37  LGET 0
  01a39  LGET 1
  01a3b  LSET 7
  01a3d  LSET 6
  01a3f  PUSH 96
  01a41  MALLOC
  01a42  LSET 8
  01a44  LGET 8
  01a46  PUSH 0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429
  01a67  MSTORE
  01a68  LGET 8
  01a6a  PUSH 32
  01a6c  ADD
  01a6d  LGET 6
  01a6f  MSTORE
  01a70  LGET 8
  01a72  PUSH 64
  01a74  ADD
  01a75  LGET 7
  01a77  MSTORE
  01a78  LGET 8
  01a7a  PUSH 96
  01a7c  KECCAK256
  01a7d  LSET 5
    ; fiat.coin:278: self.require_signer(authorizer, h, v, r, s)
  01a7f  LGET 0
  01a81  LGET 5
  01a83  LGET 2
  01a85  LGET 3
  01a87  LGET 4
  01a89  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:279: self.authorizations[authorizer][nonce] = true
  01a8c  PUSH 32
  01a8e  PUSH0
  01a8f  LGET 0
  01a91  MSTORE
  01a92  PUSH 32
  01a94  PUSH 28
  01a96  MSTORE
  01a97  PUSH0
  01a98  PUSH 64
  01a9a  KECCAK256
  01a9b  MSTORE
  01a9c  PUSH0
  01a9d  LGET 1
  01a9f  MSTORE
  01aa0  PUSH0
  01aa1  PUSH 64
  01aa3  KECCAK256
  01aa4  PUSH 1
  01aa6  SSTORE
    ; fiat.coin:280: emit AuthorizationCanceled(authorizer, nonce)
  01aa7  PUSH0
  01aa8  PUSH0
  01aa9  PUSH 0x1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81
  01aca  LGET 0
  01acc  LGET 1
  01ace  LOG3
    ; fiat.coin:274: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  01acf  RETF
fn_FiatCoin_attest_reserves:
    ; fiat.coin:301: pub fn attest_reserves(amount: uint) {
  01ad0  ENTER 3
  01ad2  LSET 0
    ; fiat.coin:302: require(msg.sender == self.attester, "caller is not the reserve attester")
  01ad4  PUSH @req_ok_162
  01ad7  CALLER
  01ad8  PUSH 10
  01ada  SLOAD
  01adb  EQ
  01adc  JUMPI
  01add  PUSH 132
  01adf  MALLOC
  01ae0  DUP1
  01ae1  PUSH 2444
  01ae4  PUSH 132
  01ae6  DATACOPY
  01ae7  PUSH 132
  01ae9  REVERT
req_ok_162:
  01aea  JUMPDEST
    ; fiat.coin:303: require(amount >= self.impaired, "reserves cannot be below the impaired amount")
  01aeb  PUSH @req_ok_163
  01aee  LGET 0
  01af0  PUSH 19
  01af2  SLOAD
  01af3  LT
  01af4  ISZERO
  01af5  JUMPI
  01af6  PUSH 132
  01af8  MALLOC
  01af9  DUP1
  01afa  PUSH 2576
  01afd  PUSH 132
  01aff  DATACOPY
  01b00  PUSH 132
  01b02  REVERT
req_ok_163:
  01b03  JUMPDEST
    ; fiat.coin:304: self.reserves = amount
  01b04  PUSH 16
  01b06  LGET 0
  01b08  SSTORE
    ; fiat.coin:305: self.attested_at = block.timestamp
  01b09  TIMESTAMP
  01b0a  PUSH 17
  01b0c  SWAP1
  01b0d  SSTORE
    ; fiat.coin:306: emit ReservesAttested(amount, block.timestamp)
  01b0e  TIMESTAMP
  01b0f  LSET 1
  01b11  PUSH 64
  01b13  MALLOC
  01b14  LSET 2
  01b16  LGET 2
  01b18  LGET 0
  01b1a  MSTORE
  01b1b  LGET 2
  01b1d  PUSH 32
  01b1f  ADD
  01b20  LGET 1
  01b22  MSTORE
  01b23  LGET 2
  01b25  PUSH 64
  01b27  PUSH 0xd11a3f731923042c4586c676262ff71f6b0325bf3b3e3d49aacb34633aedc300
  01b48  LOG1
    ; fiat.coin:301: pub fn attest_reserves(amount: uint) {
  01b49  RETF
fn_FiatCoin_attest_bank_cash:
    ; fiat.coin:311: pub fn attest_bank_cash(amount: uint) {
  01b4a  ENTER 2
  01b4c  LSET 0
    ; fiat.coin:312: require(msg.sender == self.attester, "caller is not the reserve attester")
  01b4e  PUSH @req_ok_164
  01b51  CALLER
  01b52  PUSH 10
  01b54  SLOAD
  01b55  EQ
  01b56  JUMPI
  01b57  PUSH 132
  01b59  MALLOC
  01b5a  DUP1
  01b5b  PUSH 2444
  01b5e  PUSH 132
  01b60  DATACOPY
  01b61  PUSH 132
  01b63  REVERT
req_ok_164:
  01b64  JUMPDEST
    ; fiat.coin:313: require(amount <= self.reserves, "bank cash exceeds the reserves")
  01b65  PUSH @req_ok_165
  01b68  LGET 0
  01b6a  PUSH 16
  01b6c  SLOAD
  01b6d  GT
  01b6e  ISZERO
  01b6f  JUMPI
  01b70  PUSH 100
  01b72  MALLOC
  01b73  DUP1
  01b74  PUSH 2708
  01b77  PUSH 100
  01b79  DATACOPY
  01b7a  PUSH 100
  01b7c  REVERT
req_ok_165:
  01b7d  JUMPDEST
    ; fiat.coin:314: self.bank_cash = amount
  01b7e  PUSH 26
  01b80  LGET 0
  01b82  SSTORE
    ; fiat.coin:315: emit BankCashAttested(amount)
  01b83  PUSH 32
  01b85  MALLOC
  01b86  LSET 1
  01b88  LGET 1
  01b8a  LGET 0
  01b8c  MSTORE
  01b8d  LGET 1
  01b8f  PUSH 32
  01b91  PUSH 0x318a9554a78313907ce0363210655eb21ea57e3558495d295ac5b158b4aafbb9
  01bb2  LOG1
    ; fiat.coin:311: pub fn attest_bank_cash(amount: uint) {
  01bb3  RETF
fn_FiatCoin_set_impaired:
    ; fiat.coin:319: pub fn set_impaired(amount: uint) {
  01bb4  ENTER 2
  01bb6  LSET 0
    ; fiat.coin:320: require(msg.sender == self.issuer, "caller is not the issuer")
  01bb8  PUSH @req_ok_166
  01bbb  CALLER
  01bbc  PUSH 11
  01bbe  SLOAD
  01bbf  EQ
  01bc0  JUMPI
  01bc1  PUSH 100
  01bc3  MALLOC
  01bc4  DUP1
  01bc5  PUSH 2808
  01bc8  PUSH 100
  01bca  DATACOPY
  01bcb  PUSH 100
  01bcd  REVERT
req_ok_166:
  01bce  JUMPDEST
    ; fiat.coin:321: require(amount <= self.reserves, "impaired amount exceeds reserves")
  01bcf  PUSH @req_ok_167
  01bd2  LGET 0
  01bd4  PUSH 16
  01bd6  SLOAD
  01bd7  GT
  01bd8  ISZERO
  01bd9  JUMPI
  01bda  PUSH 100
  01bdc  MALLOC
  01bdd  DUP1
  01bde  PUSH 2908
  01be1  PUSH 100
  01be3  DATACOPY
  01be4  PUSH 100
  01be6  REVERT
req_ok_167:
  01be7  JUMPDEST
    ; fiat.coin:322: self.impaired = amount
  01be8  PUSH 19
  01bea  LGET 0
  01bec  SSTORE
    ; fiat.coin:323: emit ReservesImpaired(amount)
  01bed  PUSH 32
  01bef  MALLOC
  01bf0  LSET 1
  01bf2  LGET 1
  01bf4  LGET 0
  01bf6  MSTORE
  01bf7  LGET 1
  01bf9  PUSH 32
  01bfb  PUSH 0x50fa164c261ff60d9971dcc3d02b443eadb132ea04c74c0730069ed649593f41
  01c1c  LOG1
    ; fiat.coin:319: pub fn set_impaired(amount: uint) {
  01c1d  RETF
fn_FiatCoin_write_down:
    ; fiat.coin:328: pub fn write_down(loss: uint) {
  01c1e  ENTER 3
  01c20  LSET 0
    ; fiat.coin:329: require(msg.sender == self.issuer, "caller is not the issuer")
  01c22  PUSH @req_ok_168
  01c25  CALLER
  01c26  PUSH 11
  01c28  SLOAD
  01c29  EQ
  01c2a  JUMPI
  01c2b  PUSH 100
  01c2d  MALLOC
  01c2e  DUP1
  01c2f  PUSH 2808
  01c32  PUSH 100
  01c34  DATACOPY
  01c35  PUSH 100
  01c37  REVERT
req_ok_168:
  01c38  JUMPDEST
    ; fiat.coin:330: require(loss <= self.impaired, "write-down exceeds the impaired reserves")
  01c39  PUSH @req_ok_169
  01c3c  LGET 0
  01c3e  PUSH 19
  01c40  SLOAD
  01c41  GT
  01c42  ISZERO
  01c43  JUMPI
  01c44  PUSH 132
  01c46  MALLOC
  01c47  DUP1
  01c48  PUSH 3008
  01c4b  PUSH 132
  01c4d  DATACOPY
  01c4e  PUSH 132
  01c50  REVERT
req_ok_169:
  01c51  JUMPDEST
    ; fiat.coin:331: self.impaired -= loss
  01c52  PUSH 19
  01c54  DUP1
  01c55  SLOAD
  01c56  LGET 0
  01c58  CSUB
  01c59  SSTORE
    ; fiat.coin:332: self.reserves -= loss
  01c5a  PUSH 16
  01c5c  DUP1
  01c5d  SLOAD
  01c5e  LGET 0
  01c60  CSUB
  01c61  SSTORE
    ; fiat.coin:333: self.written_down += loss
  01c62  PUSH 25
  01c64  DUP1
  01c65  SLOAD
  01c66  LGET 0
  01c68  CADD
  01c69  SSTORE
    ; fiat.coin:334: emit ReservesWrittenDown(loss, self.reserves)
  01c6a  PUSH 16
  01c6c  SLOAD
  01c6d  LSET 1
  01c6f  PUSH 64
  01c71  MALLOC
  01c72  LSET 2
  01c74  LGET 2
  01c76  LGET 0
  01c78  MSTORE
  01c79  LGET 2
  01c7b  PUSH 32
  01c7d  ADD
  01c7e  LGET 1
  01c80  MSTORE
  01c81  LGET 2
  01c83  PUSH 64
  01c85  PUSH 0xe8382152531f5a6200972b2bb965c62ba0c458df669c23c50841557d6535d73f
  01ca6  LOG1
    ; fiat.coin:328: pub fn write_down(loss: uint) {
  01ca7  RETF
fn_FiatCoin_set_redemptions_open:
    ; fiat.coin:338: pub fn set_redemptions_open(open: bool) {
  01ca8  ENTER 2
  01caa  LSET 0
    ; fiat.coin:339: require(msg.sender == self.issuer, "caller is not the issuer")
  01cac  PUSH @req_ok_170
  01caf  CALLER
  01cb0  PUSH 11
  01cb2  SLOAD
  01cb3  EQ
  01cb4  JUMPI
  01cb5  PUSH 100
  01cb7  MALLOC
  01cb8  DUP1
  01cb9  PUSH 2808
  01cbc  PUSH 100
  01cbe  DATACOPY
  01cbf  PUSH 100
  01cc1  REVERT
req_ok_170:
  01cc2  JUMPDEST
    ; fiat.coin:340: self.redemptions_open = open
  01cc3  PUSH 23
  01cc5  LGET 0
  01cc7  SSTORE
    ; fiat.coin:341: emit RedemptionsOpen(open)
  01cc8  PUSH 32
  01cca  MALLOC
  01ccb  LSET 1
  01ccd  LGET 1
  01ccf  LGET 0
  01cd1  MSTORE
  01cd2  LGET 1
  01cd4  PUSH 32
  01cd6  PUSH 0xc34a0fafc04cefa2b50542667855c1b5f0166d59ef556e35b65fece26ead8e31
  01cf7  LOG1
    ; fiat.coin:338: pub fn set_redemptions_open(open: bool) {
  01cf8  RETF
fn_FiatCoin_request_redemption:
    ; fiat.coin:345: pub fn request_redemption(amount: uint) -> uint {
  01cf9  ENTER 5
  01cfb  LSET 0
    ; fiat.coin:346: require(self.redemptions_open, "redemptions are closed")
  01cfd  PUSH @req_ok_171
  01d00  PUSH 23
  01d02  SLOAD
  01d03  JUMPI
  01d04  PUSH 100
  01d06  MALLOC
  01d07  DUP1
  01d08  PUSH 3140
  01d0b  PUSH 100
  01d0d  DATACOPY
  01d0e  PUSH 100
  01d10  REVERT
req_ok_171:
  01d11  JUMPDEST
    ; fiat.coin:347: require(amount > 0, "redemption amount must be positive")
  01d12  PUSH @req_ok_172
  01d15  LGET 0
  01d17  PUSH 0
  01d18  GT
  01d19  JUMPI
  01d1a  PUSH 132
  01d1c  MALLOC
  01d1d  DUP1
  01d1e  PUSH 3240
  01d21  PUSH 132
  01d23  DATACOPY
  01d24  PUSH 132
  01d26  REVERT
req_ok_172:
  01d27  JUMPDEST
    ; fiat.coin:348: let payout = mul_div(amount, self.nav(), WAD)
  01d28  LGET 0
  01d2a  CALLF @fn_FiatCoin_nav
  01d2d  PUSH 0xde0b6b3a7640000
  01d36  MULDIV
  01d37  LSET 1
    ; fiat.coin:349: self.burn_from(msg.sender, amount)
  01d39  CALLER
  01d3a  LGET 0
  01d3c  CALLF @fn_Token_burn_from
    ; fiat.coin:350: let id = self.redemption_count
  01d3f  PUSH 21
  01d41  SLOAD
  01d42  LSET 2
    ; fiat.coin:351: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01d44  CALLER
  01d45  LGET 0
  01d47  TIMESTAMP
    ; fiat.coin:352: status: REDEMPTION_QUEUED)
  01d48  PUSH 1
    ; fiat.coin:351: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01d4a  PUSH0
  01d4b  LGET 2
  01d4d  MSTORE
  01d4e  PUSH 32
  01d50  PUSH 20
  01d52  MSTORE
  01d53  PUSH0
  01d54  PUSH 64
  01d56  KECCAK256
  01d57  LSET 3
  01d59  LGET 3
  01d5b  PUSH 3
  01d5d  ADD
  01d5e  SWAP1
  01d5f  SSTORE
  01d60  LGET 3
  01d62  PUSH 2
  01d64  ADD
  01d65  SWAP1
  01d66  SSTORE
  01d67  LGET 3
  01d69  PUSH 1
  01d6b  ADD
  01d6c  SWAP1
  01d6d  SSTORE
  01d6e  LGET 3
  01d70  SWAP1
  01d71  SSTORE
    ; fiat.coin:353: self.payouts[id] = payout
  01d72  PUSH0
  01d73  LGET 2
  01d75  MSTORE
  01d76  PUSH 32
  01d78  PUSH 24
  01d7a  MSTORE
  01d7b  PUSH0
  01d7c  PUSH 64
  01d7e  KECCAK256
  01d7f  LGET 1
  01d81  SSTORE
    ; fiat.coin:354: self.redemption_count = id + 1
  01d82  LGET 2
  01d84  PUSH 1
  01d86  CADD
  01d87  PUSH 21
  01d89  SWAP1
  01d8a  SSTORE
    ; fiat.coin:355: self.redemptions_pending += payout
  01d8b  PUSH 22
  01d8d  DUP1
  01d8e  SLOAD
  01d8f  LGET 1
  01d91  CADD
  01d92  SSTORE
    ; fiat.coin:356: emit RedemptionRequested(id, msg.sender, amount)
  01d93  CALLER
  01d94  LSET 3
  01d96  PUSH 32
  01d98  MALLOC
  01d99  LSET 4
  01d9b  LGET 4
  01d9d  LGET 0
  01d9f  MSTORE
  01da0  LGET 4
  01da2  PUSH 32
  01da4  PUSH 0x83514d1524a080739a40a8204954eefffd2421bc5b43f0105376f5471a2812c6
  01dc5  LGET 2
  01dc7  LGET 3
  01dc9  LOG3
    ; fiat.coin:357: emit RedemptionPriced(id, payout)
  01dca  PUSH 32
  01dcc  MALLOC
  01dcd  LSET 3
  01dcf  LGET 3
  01dd1  LGET 1
  01dd3  MSTORE
  01dd4  LGET 3
  01dd6  PUSH 32
  01dd8  PUSH 0xf55eb26a866b8de6c59faae6181bb371ae25e57ccfbf214aa12a4a5398036492
  01df9  LGET 2
  01dfb  LOG2
    ; fiat.coin:358: return id
  01dfc  LGET 2
  01dfe  RETF
  01dff  INVALID
fn_FiatCoin_complete_redemption:
    ; fiat.coin:362: pub fn complete_redemption(id: uint) {
  01e00  ENTER 8
  01e02  LSET 0
    ; fiat.coin:363: require(msg.sender == self.issuer, "caller is not the issuer")
  01e04  PUSH @req_ok_173
  01e07  CALLER
  01e08  PUSH 11
  01e0a  SLOAD
  01e0b  EQ
  01e0c  JUMPI
  01e0d  PUSH 100
  01e0f  MALLOC
  01e10  DUP1
  01e11  PUSH 2808
  01e14  PUSH 100
  01e16  DATACOPY
  01e17  PUSH 100
  01e19  REVERT
req_ok_173:
  01e1a  JUMPDEST
    ; fiat.coin:364: let r = self.redemptions[id]
  01e1b  PUSH0
  01e1c  LGET 0
  01e1e  MSTORE
  01e1f  PUSH 32
  01e21  PUSH 20
  01e23  MSTORE
  01e24  PUSH0
  01e25  PUSH 64
  01e27  KECCAK256
  01e28  LSET 6
  01e2a  LGET 6
  01e2c  SLOAD
  01e2d  LGET 6
  01e2f  PUSH 1
  01e31  ADD
  01e32  SLOAD
  01e33  LGET 6
  01e35  PUSH 2
  01e37  ADD
  01e38  SLOAD
  01e39  LGET 6
  01e3b  PUSH 3
  01e3d  ADD
  01e3e  SLOAD
  01e3f  LSET 4
  01e41  LSET 3
  01e43  LSET 2
  01e45  LSET 1
    ; fiat.coin:365: require(r.status == REDEMPTION_QUEUED, "no queued redemption with this id")
  01e47  PUSH @req_ok_174
  01e4a  LGET 4
  01e4c  PUSH 1
  01e4e  EQ
  01e4f  JUMPI
  01e50  PUSH 132
  01e52  MALLOC
  01e53  DUP1
  01e54  PUSH 3372
  01e57  PUSH 132
  01e59  DATACOPY
  01e5a  PUSH 132
  01e5c  REVERT
req_ok_174:
  01e5d  JUMPDEST
    ; fiat.coin:366: let payout = self.payouts[id]
  01e5e  PUSH0
  01e5f  LGET 0
  01e61  MSTORE
  01e62  PUSH 32
  01e64  PUSH 24
  01e66  MSTORE
  01e67  PUSH0
  01e68  PUSH 64
  01e6a  KECCAK256
  01e6b  SLOAD
  01e6c  LSET 5
    ; fiat.coin:367: require(self.reserves - self.impaired >= payout, "accessible reserves cannot pay this redemption")
  01e6e  PUSH @req_ok_175
  01e71  PUSH 16
  01e73  SLOAD
  01e74  PUSH 19
  01e76  SLOAD
  01e77  CSUB
  01e78  LGET 5
  01e7a  LT
  01e7b  ISZERO
  01e7c  JUMPI
  01e7d  PUSH 132
  01e7f  MALLOC
  01e80  DUP1
  01e81  PUSH 3504
  01e84  PUSH 132
  01e86  DATACOPY
  01e87  PUSH 132
  01e89  REVERT
req_ok_175:
  01e8a  JUMPDEST
    ; fiat.coin:368: self.redemptions[id].status = REDEMPTION_PAID
  01e8b  PUSH0
  01e8c  LGET 0
  01e8e  MSTORE
  01e8f  PUSH 32
  01e91  PUSH 20
  01e93  MSTORE
  01e94  PUSH0
  01e95  PUSH 64
  01e97  KECCAK256
  01e98  PUSH 3
  01e9a  ADD
  01e9b  PUSH 2
  01e9d  SSTORE
    ; fiat.coin:369: self.redemptions_pending -= payout
  01e9e  PUSH 22
  01ea0  DUP1
  01ea1  SLOAD
  01ea2  LGET 5
  01ea4  CSUB
  01ea5  SSTORE
    ; fiat.coin:370: self.reserves -= payout
  01ea6  PUSH 16
  01ea8  DUP1
  01ea9  SLOAD
  01eaa  LGET 5
  01eac  CSUB
  01ead  SSTORE
    ; fiat.coin:371: emit RedemptionPaid(id, r.holder, payout)
  01eae  LGET 1
  01eb0  LSET 6
  01eb2  PUSH 32
  01eb4  MALLOC
  01eb5  LSET 7
  01eb7  LGET 7
  01eb9  LGET 5
  01ebb  MSTORE
  01ebc  LGET 7
  01ebe  PUSH 32
  01ec0  PUSH 0x5027a8c31cca4870e0e31df520cf311d5a1a18e23971b1ea2b67c65eadcca4a3
  01ee1  LGET 0
  01ee3  LGET 6
  01ee5  LOG3
    ; fiat.coin:362: pub fn complete_redemption(id: uint) {
  01ee6  RETF
fn_FiatCoin_available_reserves:
    ; fiat.coin:375: pub view fn available_reserves() -> uint {
  01ee7  ENTER 1
    ; fiat.coin:376: let locked = self.impaired + self.redemptions_pending
  01ee9  PUSH 19
  01eeb  SLOAD
  01eec  PUSH 22
  01eee  SLOAD
  01eef  CADD
  01ef0  LSET 0
    ; fiat.coin:377: if locked >= self.reserves {
  01ef2  PUSH @else_176
  01ef5  LGET 0
  01ef7  PUSH 16
  01ef9  SLOAD
  01efa  LT
  01efb  ISZERO
  01efc  ISZERO
  01efd  JUMPI
    ; fiat.coin:378: return 0
  01efe  PUSH 0
  01eff  RETF
else_176:
  01f00  JUMPDEST
    ; fiat.coin:380: return self.reserves - locked
  01f01  PUSH 16
  01f03  SLOAD
  01f04  LGET 0
  01f06  CSUB
  01f07  RETF
  01f08  INVALID
fn_FiatCoin_backing_ratio:
    ; fiat.coin:384: pub view fn backing_ratio() -> uint {
  01f09  ENTER 0
    ; fiat.coin:385: if self.supply == 0 {
  01f0b  PUSH @else_177
  01f0e  PUSH 3
  01f10  SLOAD
  01f11  PUSH 0
  01f12  EQ
  01f13  ISZERO
  01f14  JUMPI
    ; fiat.coin:386: return WAD
  01f15  PUSH 0xde0b6b3a7640000
  01f1e  RETF
else_177:
  01f1f  JUMPDEST
    ; fiat.coin:388: return mul_div(self.reserves - self.impaired, WAD, self.supply)
  01f20  PUSH 16
  01f22  SLOAD
  01f23  PUSH 19
  01f25  SLOAD
  01f26  CSUB
  01f27  PUSH 0xde0b6b3a7640000
  01f30  PUSH 3
  01f32  SLOAD
  01f33  MULDIV
  01f34  RETF
  01f35  INVALID
fn_FiatCoin_nav:
    ; fiat.coin:393: pub view fn nav() -> uint {
  01f36  ENTER 1
    ; fiat.coin:394: if self.supply == 0 {
  01f38  PUSH @else_178
  01f3b  PUSH 3
  01f3d  SLOAD
  01f3e  PUSH 0
  01f3f  EQ
  01f40  ISZERO
  01f41  JUMPI
    ; fiat.coin:395: return WAD
  01f42  PUSH 0xde0b6b3a7640000
  01f4b  RETF
else_178:
  01f4c  JUMPDEST
    ; fiat.coin:397: if self.redemptions_pending >= self.reserves {
  01f4d  PUSH @else_179
  01f50  PUSH 22
  01f52  SLOAD
  01f53  PUSH 16
  01f55  SLOAD
  01f56  LT
  01f57  ISZERO
  01f58  ISZERO
  01f59  JUMPI
    ; fiat.coin:398: return 0
  01f5a  PUSH 0
  01f5b  RETF
else_179:
  01f5c  JUMPDEST
    ; fiat.coin:400: let value = mul_div(self.reserves - self.redemptions_pending, WAD, self.supply)
  01f5d  PUSH 16
  01f5f  SLOAD
  01f60  PUSH 22
  01f62  SLOAD
  01f63  CSUB
  01f64  PUSH 0xde0b6b3a7640000
  01f6d  PUSH 3
  01f6f  SLOAD
  01f70  MULDIV
  01f71  LSET 0
    ; fiat.coin:401: if value > WAD {
  01f73  PUSH @else_180
  01f76  LGET 0
  01f78  PUSH 0xde0b6b3a7640000
  01f81  GT
  01f82  ISZERO
  01f83  JUMPI
    ; fiat.coin:402: return WAD
  01f84  PUSH 0xde0b6b3a7640000
  01f8d  RETF
else_180:
  01f8e  JUMPDEST
    ; fiat.coin:404: return value
  01f8f  LGET 0
  01f91  RETF
  01f92  INVALID
fn_FiatCoin_redemption_payout:
    ; fiat.coin:407: pub view fn redemption_payout(id: uint) -> uint {
  01f93  ENTER 1
  01f95  LSET 0
    ; fiat.coin:408: return self.payouts[id]
  01f97  PUSH0
  01f98  LGET 0
  01f9a  MSTORE
  01f9b  PUSH 32
  01f9d  PUSH 24
  01f9f  MSTORE
  01fa0  PUSH0
  01fa1  PUSH 64
  01fa3  KECCAK256
  01fa4  SLOAD
  01fa5  RETF
  01fa6  INVALID
fn_FiatCoin_get_bank_cash:
    ; fiat.coin:411: pub view fn get_bank_cash() -> uint {
  01fa7  ENTER 0
    ; fiat.coin:412: return self.bank_cash
  01fa9  PUSH 26
  01fab  SLOAD
  01fac  RETF
  01fad  INVALID
fn_FiatCoin_get_written_down:
    ; fiat.coin:415: pub view fn get_written_down() -> uint {
  01fae  ENTER 0
    ; fiat.coin:416: return self.written_down
  01fb0  PUSH 25
  01fb2  SLOAD
  01fb3  RETF
  01fb4  INVALID
fn_FiatCoin_minter_allowance:
    ; fiat.coin:419: pub view fn minter_allowance(minter: address) -> uint {
  01fb5  ENTER 1
  01fb7  LSET 0
    ; fiat.coin:420: return self.minter_allowances[minter]
  01fb9  PUSH0
  01fba  LGET 0
  01fbc  MSTORE
  01fbd  PUSH 32
  01fbf  PUSH 15
  01fc1  MSTORE
  01fc2  PUSH0
  01fc3  PUSH 64
  01fc5  KECCAK256
  01fc6  SLOAD
  01fc7  RETF
  01fc8  INVALID
fn_FiatCoin_is_minter:
    ; fiat.coin:423: pub view fn is_minter(account: address) -> bool {
  01fc9  ENTER 1
  01fcb  LSET 0
    ; fiat.coin:424: return self.minter_enabled[account]
  01fcd  PUSH0
  01fce  LGET 0
  01fd0  MSTORE
  01fd1  PUSH 32
  01fd3  PUSH 14
  01fd5  MSTORE
  01fd6  PUSH0
  01fd7  PUSH 64
  01fd9  KECCAK256
  01fda  SLOAD
  01fdb  RETF
  01fdc  INVALID
fn_FiatCoin_is_blacklisted:
    ; fiat.coin:427: pub view fn is_blacklisted(account: address) -> bool {
  01fdd  ENTER 1
  01fdf  LSET 0
    ; fiat.coin:428: return self.blacklist[account]
  01fe1  PUSH0
  01fe2  LGET 0
  01fe4  MSTORE
  01fe5  PUSH 32
  01fe7  PUSH 13
  01fe9  MSTORE
  01fea  PUSH0
  01feb  PUSH 64
  01fed  KECCAK256
  01fee  SLOAD
  01fef  RETF
  01ff0  INVALID
fn_FiatCoin_is_paused:
    ; fiat.coin:431: pub view fn is_paused() -> bool {
  01ff1  ENTER 0
    ; fiat.coin:432: return self.paused
  01ff3  PUSH 12
  01ff5  SLOAD
  01ff6  RETF
  01ff7  INVALID
fn_FiatCoin_get_reserves:
    ; fiat.coin:435: pub view fn get_reserves() -> uint {
  01ff8  ENTER 0
    ; fiat.coin:436: return self.reserves
  01ffa  PUSH 16
  01ffc  SLOAD
  01ffd  RETF
  01ffe  INVALID
fn_FiatCoin_get_impaired:
    ; fiat.coin:439: pub view fn get_impaired() -> uint {
  01fff  ENTER 0
    ; fiat.coin:440: return self.impaired
  02001  PUSH 19
  02003  SLOAD
  02004  RETF
  02005  INVALID
fn_FiatCoin_get_attested_at:
    ; fiat.coin:443: pub view fn get_attested_at() -> uint {
  02006  ENTER 0
    ; fiat.coin:444: return self.attested_at
  02008  PUSH 17
  0200a  SLOAD
  0200b  RETF
  0200c  INVALID
fn_FiatCoin_redemption:
    ; fiat.coin:447: pub view fn redemption(id: uint) -> Redemption {
  0200d  ENTER 2
  0200f  LSET 0
    ; fiat.coin:448: return self.redemptions[id]
  02011  PUSH0
  02012  LGET 0
  02014  MSTORE
  02015  PUSH 32
  02017  PUSH 20
  02019  MSTORE
  0201a  PUSH0
  0201b  PUSH 64
  0201d  KECCAK256
  0201e  LSET 1
  02020  LGET 1
  02022  SLOAD
  02023  LGET 1
  02025  PUSH 1
  02027  ADD
  02028  SLOAD
  02029  LGET 1
  0202b  PUSH 2
  0202d  ADD
  0202e  SLOAD
  0202f  LGET 1
  02031  PUSH 3
  02033  ADD
  02034  SLOAD
  02035  RETF
  02036  INVALID
fn_FiatCoin_redemption_queue:
    ; fiat.coin:451: pub view fn redemption_queue() -> uint {
  02037  ENTER 0
    ; fiat.coin:452: return self.redemption_count
  02039  PUSH 21
  0203b  SLOAD
  0203c  RETF
  0203d  INVALID
fn_FiatCoin_pending_redemptions:
    ; fiat.coin:455: pub view fn pending_redemptions() -> uint {
  0203e  ENTER 0
    ; fiat.coin:456: return self.redemptions_pending
  02040  PUSH 22
  02042  SLOAD
  02043  RETF
  02044  INVALID
fn_FiatCoin_are_redemptions_open:
    ; fiat.coin:459: pub view fn are_redemptions_open() -> bool {
  02045  ENTER 0
    ; fiat.coin:460: return self.redemptions_open
  02047  PUSH 23
  02049  SLOAD
  0204a  RETF
  0204b  INVALID
fn_FiatCoin_roles:
    ; fiat.coin:463: pub view fn roles() -> Roles {
  0204c  ENTER 0
    ; fiat.coin:464: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  0204e  PUSH 6
  02050  SLOAD
  02051  PUSH 7
  02053  SLOAD
  02054  PUSH 8
  02056  SLOAD
    ; fiat.coin:465: blacklister: self.blacklister, attester: self.attester, issuer: self.issuer)
  02057  PUSH 9
  02059  SLOAD
  0205a  PUSH 10
  0205c  SLOAD
  0205d  PUSH 11
  0205f  SLOAD
    ; fiat.coin:464: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  02060  RETF
  02061  INVALID
fn_FiatCoin_approve_checked:
    ; fiat.coin:222: fn approve_checked(owner: address, spender: address, amount: uint) {
  02062  ENTER 4
  02064  LSET 2
  02066  LSET 1
  02068  LSET 0
    ; fiat.coin:223: require(not self.paused, "paused")
  0206a  PUSH @req_ok_181
  0206d  PUSH 12
  0206f  SLOAD
  02070  ISZERO
  02071  JUMPI
  02072  PUSH 100
  02074  MALLOC
  02075  DUP1
  02076  PUSH 752
  02079  PUSH 100
  0207b  DATACOPY
  0207c  PUSH 100
  0207e  REVERT
req_ok_181:
  0207f  JUMPDEST
    ; fiat.coin:224: require(not self.blacklist[owner], "account is blacklisted")
  02080  PUSH @req_ok_182
  02083  PUSH0
  02084  LGET 0
  02086  MSTORE
  02087  PUSH 32
  02089  PUSH 13
  0208b  MSTORE
  0208c  PUSH0
  0208d  PUSH 64
  0208f  KECCAK256
  02090  SLOAD
  02091  ISZERO
  02092  JUMPI
  02093  PUSH 100
  02095  MALLOC
  02096  DUP1
  02097  PUSH 3636
  0209a  PUSH 100
  0209c  DATACOPY
  0209d  PUSH 100
  0209f  REVERT
req_ok_182:
  020a0  JUMPDEST
    ; fiat.coin:225: require(not self.blacklist[spender], "account is blacklisted")
  020a1  PUSH @req_ok_183
  020a4  PUSH0
  020a5  LGET 1
  020a7  MSTORE
  020a8  PUSH 32
  020aa  PUSH 13
  020ac  MSTORE
  020ad  PUSH0
  020ae  PUSH 64
  020b0  KECCAK256
  020b1  SLOAD
  020b2  ISZERO
  020b3  JUMPI
  020b4  PUSH 100
  020b6  MALLOC
  020b7  DUP1
  020b8  PUSH 3636
  020bb  PUSH 100
  020bd  DATACOPY
  020be  PUSH 100
  020c0  REVERT
req_ok_183:
  020c1  JUMPDEST
    ; fiat.coin:226: require(spender != address(0), "approve to the zero address")
  020c2  PUSH @req_ok_184
  020c5  LGET 1
  020c7  PUSH 0
  020c8  EQ
  020c9  ISZERO
  020ca  JUMPI
  020cb  PUSH 100
  020cd  MALLOC
  020ce  DUP1
  020cf  PUSH 3736
  020d2  PUSH 100
  020d4  DATACOPY
  020d5  PUSH 100
  020d7  REVERT
req_ok_184:
  020d8  JUMPDEST
    ; fiat.coin:227: self.allowances[owner][spender] = amount
  020d9  PUSH 32
  020db  PUSH0
  020dc  LGET 0
  020de  MSTORE
  020df  PUSH 32
  020e1  PUSH 5
  020e3  MSTORE
  020e4  PUSH0
  020e5  PUSH 64
  020e7  KECCAK256
  020e8  MSTORE
  020e9  PUSH0
  020ea  LGET 1
  020ec  MSTORE
  020ed  PUSH0
  020ee  PUSH 64
  020f0  KECCAK256
  020f1  LGET 2
  020f3  SSTORE
    ; fiat.coin:228: emit Approval(owner, spender, amount)
  020f4  PUSH 32
  020f6  MALLOC
  020f7  LSET 3
  020f9  LGET 3
  020fb  LGET 2
  020fd  MSTORE
  020fe  LGET 3
  02100  PUSH 32
  02102  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  02123  LGET 0
  02125  LGET 1
  02127  LOG3
    ; fiat.coin:222: fn approve_checked(owner: address, spender: address, amount: uint) {
  02128  RETF
fn_FiatCoin_before_transfer:
    ; fiat.coin:469: fn before_transfer(from: address, to: address, amount: uint) {
  02129  ENTER 3
  0212b  LSET 2
  0212d  LSET 1
  0212f  LSET 0
    ; fiat.coin:470: require(not self.paused, "paused")
  02131  PUSH @req_ok_185
  02134  PUSH 12
  02136  SLOAD
  02137  ISZERO
  02138  JUMPI
  02139  PUSH 100
  0213b  MALLOC
  0213c  DUP1
  0213d  PUSH 752
  02140  PUSH 100
  02142  DATACOPY
  02143  PUSH 100
  02145  REVERT
req_ok_185:
  02146  JUMPDEST
    ; fiat.coin:471: require(not self.blacklist[from], "account is blacklisted")
  02147  PUSH @req_ok_186
  0214a  PUSH0
  0214b  LGET 0
  0214d  MSTORE
  0214e  PUSH 32
  02150  PUSH 13
  02152  MSTORE
  02153  PUSH0
  02154  PUSH 64
  02156  KECCAK256
  02157  SLOAD
  02158  ISZERO
  02159  JUMPI
  0215a  PUSH 100
  0215c  MALLOC
  0215d  DUP1
  0215e  PUSH 3636
  02161  PUSH 100
  02163  DATACOPY
  02164  PUSH 100
  02166  REVERT
req_ok_186:
  02167  JUMPDEST
    ; fiat.coin:472: require(not self.blacklist[to], "account is blacklisted")
  02168  PUSH @req_ok_187
  0216b  PUSH0
  0216c  LGET 1
  0216e  MSTORE
  0216f  PUSH 32
  02171  PUSH 13
  02173  MSTORE
  02174  PUSH0
  02175  PUSH 64
  02177  KECCAK256
  02178  SLOAD
  02179  ISZERO
  0217a  JUMPI
  0217b  PUSH 100
  0217d  MALLOC
  0217e  DUP1
  0217f  PUSH 3636
  02182  PUSH 100
  02184  DATACOPY
  02185  PUSH 100
  02187  REVERT
req_ok_187:
  02188  JUMPDEST
    ; fiat.coin:473: require(not self.blacklist[msg.sender], "account is blacklisted")
  02189  PUSH @req_ok_188
  0218c  PUSH0
  0218d  CALLER
  0218e  MSTORE
  0218f  PUSH 32
  02191  PUSH 13
  02193  MSTORE
  02194  PUSH0
  02195  PUSH 64
  02197  KECCAK256
  02198  SLOAD
  02199  ISZERO
  0219a  JUMPI
  0219b  PUSH 100
  0219d  MALLOC
  0219e  DUP1
  0219f  PUSH 3636
  021a2  PUSH 100
  021a4  DATACOPY
  021a5  PUSH 100
  021a7  REVERT
req_ok_188:
  021a8  JUMPDEST
    ; fiat.coin:469: fn before_transfer(from: address, to: address, amount: uint) {
  021a9  RETF
fn_FiatCoin_require_signer:
    ; fiat.coin:294: view fn require_signer(signer: address, struct_hash: bytes32, v: uint8, r: bytes32, s: bytes32) {
  021aa  ENTER 15
  021ac  LSET 4
  021ae  LSET 3
  021b0  LSET 2
  021b2  LSET 1
  021b4  LSET 0
    ; fiat.coin:295: let digest = eip712_digest(eip712_domain(self.token_name, "2"), struct_hash)
  021b6  PUSH 0
  021b7  SLOADBYTES
  021b8  DUP1
  021b9  MLOAD
  021ba  SWAP1
  021bb  PUSH 32
  021bd  ADD
  021be  SWAP1
  021bf  KECCAK256
  021c0  LSET 7
  021c2  PUSH 64
  021c4  MALLOC
  021c5  DUP1
  021c6  PUSH 2048
  021c9  PUSH 64
  021cb  DATACOPY
  021cc  DUP1
  021cd  MLOAD
  021ce  SWAP1
  021cf  PUSH 32
  021d1  ADD
  021d2  SWAP1
  021d3  KECCAK256
  021d4  LSET 8
  021d6  CHAINID
  021d7  LSET 9
  021d9  ADDRESS
  021da  LSET 10
  021dc  PUSH 160
  021de  MALLOC
  021df  LSET 11
  021e1  LGET 11
  021e3  PUSH 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f
  02204  MSTORE
  02205  LGET 11
  02207  PUSH 32
  02209  ADD
  0220a  LGET 7
  0220c  MSTORE
  0220d  LGET 11
  0220f  PUSH 64
  02211  ADD
  02212  LGET 8
  02214  MSTORE
  02215  LGET 11
  02217  PUSH 96
  02219  ADD
  0221a  LGET 9
  0221c  MSTORE
  0221d  LGET 11
  0221f  PUSH 128
  02221  ADD
  02222  LGET 10
  02224  MSTORE
  02225  LGET 11
  02227  PUSH 160
  02229  KECCAK256
  0222a  LSET 12
  0222c  LGET 1
  0222e  LSET 13
  02230  PUSH 96
  02232  MALLOC
  02233  LSET 14
  02235  LGET 14
  02237  PUSH 6401
  0223a  MSTORE
  0223b  LGET 14
  0223d  PUSH 32
  0223f  ADD
  02240  LGET 12
  02242  MSTORE
  02243  LGET 14
  02245  PUSH 64
  02247  ADD
  02248  LGET 13
  0224a  MSTORE
  0224b  LGET 14
  0224d  PUSH 30
  0224f  ADD
  02250  PUSH 66
  02252  KECCAK256
  02253  LSET 5
    ; fiat.coin:296: let got = ecrecover(digest, v, r, s)
  02255  LGET 5
  02257  LGET 2
  02259  LGET 3
  0225b  LGET 4
  0225d  ECRECOVER
  0225e  LSET 6
    ; fiat.coin:297: require(got != address(0) and got == signer, "invalid signature")
  02260  PUSH @req_ok_189
  02263  LGET 6
  02265  PUSH 0
  02266  EQ
  02267  ISZERO
  02268  DUP1
  02269  ISZERO
  0226a  PUSH @and_190
  0226d  SWAP1
  0226e  JUMPI
  0226f  POP
  02270  LGET 6
  02272  LGET 0
  02274  EQ
and_190:
  02275  JUMPDEST
  02276  JUMPI
  02277  PUSH 100
  02279  MALLOC
  0227a  DUP1
  0227b  PUSH 3836
  0227e  PUSH 100
  02280  DATACOPY
  02281  PUSH 100
  02283  REVERT
req_ok_189:
  02284  JUMPDEST
    ; fiat.coin:294: view fn require_signer(signer: address, struct_hash: bytes32, v: uint8, r: bytes32, s: bytes32) {
  02285  RETF
fn_FiatCoin_use_authorization:
    ; fiat.coin:283: fn use_authorization(from: address, nonce: bytes32, valid_after: uint, valid_before: uint, h: bytes32,
  02286  ENTER 8
  02288  LSET 7
  0228a  LSET 6
  0228c  LSET 5
  0228e  LSET 4
  02290  LSET 3
  02292  LSET 2
  02294  LSET 1
  02296  LSET 0
    ; fiat.coin:285: require(block.timestamp > valid_after, "authorization is not yet valid")
  02298  PUSH @req_ok_191
  0229b  TIMESTAMP
  0229c  LGET 2
  0229e  GT
  0229f  JUMPI
  022a0  PUSH 100
  022a2  MALLOC
  022a3  DUP1
  022a4  PUSH 3936
  022a7  PUSH 100
  022a9  DATACOPY
  022aa  PUSH 100
  022ac  REVERT
req_ok_191:
  022ad  JUMPDEST
    ; fiat.coin:286: require(block.timestamp < valid_before, "authorization is expired")
  022ae  PUSH @req_ok_192
  022b1  TIMESTAMP
  022b2  LGET 3
  022b4  LT
  022b5  JUMPI
  022b6  PUSH 100
  022b8  MALLOC
  022b9  DUP1
  022ba  PUSH 4036
  022bd  PUSH 100
  022bf  DATACOPY
  022c0  PUSH 100
  022c2  REVERT
req_ok_192:
  022c3  JUMPDEST
    ; fiat.coin:287: require(not self.authorizations[from][nonce], "authorization is used or canceled")
  022c4  PUSH @req_ok_193
  022c7  PUSH 32
  022c9  PUSH0
  022ca  LGET 0
  022cc  MSTORE
  022cd  PUSH 32
  022cf  PUSH 28
  022d1  MSTORE
  022d2  PUSH0
  022d3  PUSH 64
  022d5  KECCAK256
  022d6  MSTORE
  022d7  PUSH0
  022d8  LGET 1
  022da  MSTORE
  022db  PUSH0
  022dc  PUSH 64
  022de  KECCAK256
  022df  SLOAD
  022e0  ISZERO
  022e1  JUMPI
  022e2  PUSH 132
  022e4  MALLOC
  022e5  DUP1
  022e6  PUSH 2312
  022e9  PUSH 132
  022eb  DATACOPY
  022ec  PUSH 132
  022ee  REVERT
req_ok_193:
  022ef  JUMPDEST
    ; fiat.coin:288: self.require_signer(from, h, v, r, s)
  022f0  LGET 0
  022f2  LGET 4
  022f4  LGET 5
  022f6  LGET 6
  022f8  LGET 7
  022fa  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:289: self.authorizations[from][nonce] = true
  022fd  PUSH 32
  022ff  PUSH0
  02300  LGET 0
  02302  MSTORE
  02303  PUSH 32
  02305  PUSH 28
  02307  MSTORE
  02308  PUSH0
  02309  PUSH 64
  0230b  KECCAK256
  0230c  MSTORE
  0230d  PUSH0
  0230e  LGET 1
  02310  MSTORE
  02311  PUSH0
  02312  PUSH 64
  02314  KECCAK256
  02315  PUSH 1
  02317  SSTORE
    ; fiat.coin:290: emit AuthorizationUsed(from, nonce)
  02318  PUSH0
  02319  PUSH0
  0231a  PUSH 0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5
  0233b  LGET 0
  0233d  LGET 1
  0233f  LOG3
    ; fiat.coin:283: fn use_authorization(from: address, nonce: bytes32, valid_after: uint, valid_before: uint, h: bytes32,
  02340  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  02341  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  02343  PUSH @req_ok_194
  02346  CALLER
  02347  PUSH 6
  02349  SLOAD
  0234a  EQ
  0234b  JUMPI
  0234c  PUSH 100
  0234e  MALLOC
  0234f  DUP1
  02350  PUSH 4136
  02353  PUSH 100
  02355  DATACOPY
  02356  PUSH 100
  02358  REVERT
req_ok_194:
  02359  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  0235a  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  0235b  ENTER 5
  0235d  LSET 1
  0235f  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  02361  LGET 0
  02363  PUSH 0
  02364  LGET 1
  02366  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:107: let held = self.balances[from]
  02369  PUSH0
  0236a  LGET 0
  0236c  MSTORE
  0236d  PUSH 32
  0236f  PUSH 4
  02371  MSTORE
  02372  PUSH0
  02373  PUSH 64
  02375  KECCAK256
  02376  SLOAD
  02377  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  02379  PUSH @req_ok_195
  0237c  LGET 2
  0237e  LGET 1
  02380  LT
  02381  ISZERO
  02382  JUMPI
  02383  PUSH 100
  02385  MALLOC
  02386  DUP1
  02387  PUSH 4236
  0238a  PUSH 100
  0238c  DATACOPY
  0238d  PUSH 100
  0238f  REVERT
req_ok_195:
  02390  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  02391  LGET 2
  02393  LGET 1
  02395  CSUB
  02396  PUSH0
  02397  LGET 0
  02399  MSTORE
  0239a  PUSH 32
  0239c  PUSH 4
  0239e  MSTORE
  0239f  PUSH0
  023a0  PUSH 64
  023a2  KECCAK256
  023a3  SWAP1
  023a4  SSTORE
    ; token.coin:110: self.supply -= amount
  023a5  PUSH 3
  023a7  DUP1
  023a8  SLOAD
  023a9  LGET 1
  023ab  CSUB
  023ac  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  023ad  PUSH 0
  023ae  LSET 3
  023b0  PUSH 32
  023b2  MALLOC
  023b3  LSET 4
  023b5  LGET 4
  023b7  LGET 1
  023b9  MSTORE
  023ba  LGET 4
  023bc  PUSH 32
  023be  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  023df  LGET 0
  023e1  LGET 3
  023e3  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  023e4  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  023e5  ENTER 4
  023e7  LSET 1
  023e9  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  023eb  PUSH @req_ok_196
  023ee  LGET 0
  023f0  PUSH 0
  023f1  EQ
  023f2  ISZERO
  023f3  JUMPI
  023f4  PUSH 100
  023f6  MALLOC
  023f7  DUP1
  023f8  PUSH 4336
  023fb  PUSH 100
  023fd  DATACOPY
  023fe  PUSH 100
  02400  REVERT
req_ok_196:
  02401  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  02402  PUSH 0
  02403  LGET 0
  02405  LGET 1
  02407  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:100: self.supply += amount
  0240a  PUSH 3
  0240c  DUP1
  0240d  SLOAD
  0240e  LGET 1
  02410  CADD
  02411  SSTORE
    ; token.coin:101: self.balances[to] += amount
  02412  PUSH0
  02413  LGET 0
  02415  MSTORE
  02416  PUSH 32
  02418  PUSH 4
  0241a  MSTORE
  0241b  PUSH0
  0241c  PUSH 64
  0241e  KECCAK256
  0241f  DUP1
  02420  SLOAD
  02421  LGET 1
  02423  CADD
  02424  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  02425  PUSH 0
  02426  LSET 2
  02428  PUSH 32
  0242a  MALLOC
  0242b  LSET 3
  0242d  LGET 3
  0242f  LGET 1
  02431  MSTORE
  02432  LGET 3
  02434  PUSH 32
  02436  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  02457  LGET 2
  02459  LGET 0
  0245b  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  0245c  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  0245d  ENTER 5
  0245f  LSET 2
  02461  LSET 1
  02463  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  02465  PUSH @req_ok_197
  02468  LGET 1
  0246a  PUSH 0
  0246b  EQ
  0246c  ISZERO
  0246d  JUMPI
  0246e  PUSH 100
  02470  MALLOC
  02471  DUP1
  02472  PUSH 4436
  02475  PUSH 100
  02477  DATACOPY
  02478  PUSH 100
  0247a  REVERT
req_ok_197:
  0247b  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  0247c  LGET 0
  0247e  LGET 1
  02480  LGET 2
  02482  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:90: let held = self.balances[from]
  02485  PUSH0
  02486  LGET 0
  02488  MSTORE
  02489  PUSH 32
  0248b  PUSH 4
  0248d  MSTORE
  0248e  PUSH0
  0248f  PUSH 64
  02491  KECCAK256
  02492  SLOAD
  02493  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  02495  PUSH @req_ok_198
  02498  LGET 3
  0249a  LGET 2
  0249c  LT
  0249d  ISZERO
  0249e  JUMPI
  0249f  PUSH 100
  024a1  MALLOC
  024a2  DUP1
  024a3  PUSH 4536
  024a6  PUSH 100
  024a8  DATACOPY
  024a9  PUSH 100
  024ab  REVERT
req_ok_198:
  024ac  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  024ad  LGET 3
  024af  LGET 2
  024b1  CSUB
  024b2  PUSH0
  024b3  LGET 0
  024b5  MSTORE
  024b6  PUSH 32
  024b8  PUSH 4
  024ba  MSTORE
  024bb  PUSH0
  024bc  PUSH 64
  024be  KECCAK256
  024bf  SWAP1
  024c0  SSTORE
    ; token.coin:93: self.balances[to] += amount
  024c1  PUSH0
  024c2  LGET 1
  024c4  MSTORE
  024c5  PUSH 32
  024c7  PUSH 4
  024c9  MSTORE
  024ca  PUSH0
  024cb  PUSH 64
  024cd  KECCAK256
  024ce  DUP1
  024cf  SLOAD
  024d0  LGET 2
  024d2  CADD
  024d3  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  024d4  PUSH 32
  024d6  MALLOC
  024d7  LSET 4
  024d9  LGET 4
  024db  LGET 2
  024dd  MSTORE
  024de  LGET 4
  024e0  PUSH 32
  024e2  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  02503  LGET 0
  02505  LGET 1
  02507  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  02508  RETF
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
    ; fiat.coin:80: init(name: string, symbol: string, max_attestation_age: uint) {
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
    ; fiat.coin:80: init(name: string, symbol: string, max_attestation_age: uint) {
  000b2  ENTER 5
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
    ; fiat.coin:81: Token.init(name, symbol, 18)
  000ba  LGET 0
  000bc  LGET 1
  000be  PUSH 18
  000c0  CALLF @fn_Token_init
    ; fiat.coin:82: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; fiat.coin:83: require(max_attestation_age > 0, "max_attestation_age must be positive")
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
    ; fiat.coin:84: self.max_attestation_age = max_attestation_age
  000dc  PUSH 18
  000de  LGET 2
  000e0  SSTORE
    ; fiat.coin:85: self.master_minter = msg.sender
  000e1  PUSH 7
  000e3  CALLER
  000e4  SSTORE
    ; fiat.coin:86: self.pauser = msg.sender
  000e5  PUSH 8
  000e7  CALLER
  000e8  SSTORE
    ; fiat.coin:87: self.blacklister = msg.sender
  000e9  PUSH 9
  000eb  CALLER
  000ec  SSTORE
    ; fiat.coin:88: self.attester = msg.sender
  000ed  PUSH 10
  000ef  CALLER
  000f0  SSTORE
    ; fiat.coin:89: self.issuer = msg.sender
  000f1  PUSH 11
  000f3  CALLER
  000f4  SSTORE
    ; fiat.coin:90: self.redemptions_open = true
  000f5  PUSH 23
  000f7  PUSH 1
  000f9  SSTORE
    ; fiat.coin:91: emit MaxAttestationAgeSet(max_attestation_age)
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
    ; fiat.coin:92: emit RedemptionsOpen(true)
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
    ; fiat.coin:80: init(name: string, symbol: string, max_attestation_age: uint) {
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
; ---- data section (4636 bytes)
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
  00ac0  00000000000000000000000000000000000000000000001e62616e6b20636173
  00ae0  68206578636565647320746865207265736572766573000008c379a000000000
  00b00  0000000000000000000000000000000000000000000000000000002000000000
  00b20  0000000000000000000000000000000000000000000000000000001863616c6c
  00b40  6572206973206e6f742074686520697373756572000000000000000008c379a0
  00b60  0000000000000000000000000000000000000000000000000000000000000020
  00b80  0000000000000000000000000000000000000000000000000000000000000020
  00ba0  696d70616972656420616d6f756e742065786365656473207265736572766573
  00bc0  08c379a000000000000000000000000000000000000000000000000000000000
  00be0  0000002000000000000000000000000000000000000000000000000000000000
  00c00  0000002877726974652d646f776e20657863656564732074686520696d706169
  00c20  7265642072657365727665730000000000000000000000000000000000000000
  00c40  0000000008c379a0000000000000000000000000000000000000000000000000
  00c60  0000000000000020000000000000000000000000000000000000000000000000
  00c80  0000000000000016726564656d7074696f6e732061726520636c6f7365640000
  00ca0  000000000000000008c379a00000000000000000000000000000000000000000
  00cc0  0000000000000000000000200000000000000000000000000000000000000000
  00ce0  000000000000000000000022726564656d7074696f6e20616d6f756e74206d75
  00d00  737420626520706f736974697665000000000000000000000000000000000000
  00d20  00000000000000000000000008c379a000000000000000000000000000000000
  00d40  0000000000000000000000000000002000000000000000000000000000000000
  00d60  000000000000000000000000000000216e6f2071756575656420726564656d70
  00d80  74696f6e20776974682074686973206964000000000000000000000000000000
  00da0  0000000000000000000000000000000008c379a0000000000000000000000000
  00dc0  0000000000000000000000000000000000000020000000000000000000000000
  00de0  000000000000000000000000000000000000002e61636365737369626c652072
  00e00  657365727665732063616e6e6f7420706179207468697320726564656d707469
  00e20  6f6e00000000000000000000000000000000000008c379a00000000000000000
  00e40  0000000000000000000000000000000000000000000000200000000000000000
  00e60  0000000000000000000000000000000000000000000000166163636f756e7420
  00e80  697320626c61636b6c69737465640000000000000000000008c379a000000000
  00ea0  0000000000000000000000000000000000000000000000000000002000000000
  00ec0  0000000000000000000000000000000000000000000000000000001b61707072
  00ee0  6f766520746f20746865207a65726f2061646472657373000000000008c379a0
  00f00  0000000000000000000000000000000000000000000000000000000000000020
  00f20  0000000000000000000000000000000000000000000000000000000000000011
  00f40  696e76616c6964207369676e6174757265000000000000000000000000000000
  00f60  08c379a000000000000000000000000000000000000000000000000000000000
  00f80  0000002000000000000000000000000000000000000000000000000000000000
  00fa0  0000001e617574686f72697a6174696f6e206973206e6f74207965742076616c
  00fc0  6964000008c379a0000000000000000000000000000000000000000000000000
  00fe0  0000000000000020000000000000000000000000000000000000000000000000
  01000  0000000000000018617574686f72697a6174696f6e2069732065787069726564
  01020  000000000000000008c379a00000000000000000000000000000000000000000
  01040  0000000000000000000000200000000000000000000000000000000000000000
  01060  00000000000000000000001763616c6c6572206973206e6f7420746865206f77
  01080  6e657200000000000000000008c379a000000000000000000000000000000000
  010a0  0000000000000000000000000000002000000000000000000000000000000000
  010c0  0000000000000000000000000000001b6275726e20616d6f756e742065786365
  010e0  6564732062616c616e6365000000000008c379a0000000000000000000000000
  01100  0000000000000000000000000000000000000020000000000000000000000000
  01120  00000000000000000000000000000000000000186d696e7420746f2074686520
  01140  7a65726f2061646472657373000000000000000008c379a00000000000000000
  01160  0000000000000000000000000000000000000000000000200000000000000000
  01180  00000000000000000000000000000000000000000000001c7472616e73666572
  011a0  20746f20746865207a65726f20616464726573730000000008c379a000000000
  011c0  0000000000000000000000000000000000000000000000000000002000000000
  011e0  0000000000000000000000000000000000000000000000000000001f7472616e
  01200  7366657220616d6f756e7420657863656564732062616c616e636500
