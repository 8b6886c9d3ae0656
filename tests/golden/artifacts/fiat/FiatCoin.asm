; contract FiatCoin
; ---- runtime section (8012 bytes)
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  00000  ENTER 72
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
  00126  PUSH @ext_DOMAIN_SEPARATOR_27
  00129  DUP2
  0012a  PUSH 0x3644e515
  0012f  EQ
  00130  JUMPI
  00131  PUSH @ext_nonces_28
  00134  DUP2
  00135  PUSH 0x7ecebe00
  0013a  EQ
  0013b  JUMPI
  0013c  PUSH @ext_authorizationState_29
  0013f  DUP2
  00140  PUSH 0xe94a0102
  00145  EQ
  00146  JUMPI
  00147  PUSH @ext_permit_30
  0014a  DUP2
  0014b  PUSH 0xd505accf
  00150  EQ
  00151  JUMPI
  00152  PUSH @ext_transferWithAuthorization_31
  00155  DUP2
  00156  PUSH 0xe3ee160e
  0015b  EQ
  0015c  JUMPI
  0015d  PUSH @ext_receiveWithAuthorization_32
  00160  DUP2
  00161  PUSH 0xef55bec6
  00166  EQ
  00167  JUMPI
  00168  PUSH @ext_cancelAuthorization_33
  0016b  DUP2
  0016c  PUSH 0x5a049a70
  00171  EQ
  00172  JUMPI
  00173  PUSH @ext_attest_reserves_34
  00176  DUP2
  00177  PUSH 0xccc87db0
  0017c  EQ
  0017d  JUMPI
  0017e  PUSH @ext_set_impaired_35
  00181  DUP2
  00182  PUSH 0x622d0087
  00187  EQ
  00188  JUMPI
  00189  PUSH @ext_set_redemptions_open_36
  0018c  DUP2
  0018d  PUSH 0x8f816b00
  00192  EQ
  00193  JUMPI
  00194  PUSH @ext_request_redemption_37
  00197  DUP2
  00198  PUSH 0x96b26e4f
  0019d  EQ
  0019e  JUMPI
  0019f  PUSH @ext_complete_redemption_38
  001a2  DUP2
  001a3  PUSH 0x798755f9
  001a8  EQ
  001a9  JUMPI
  001aa  PUSH @ext_available_reserves_39
  001ad  DUP2
  001ae  PUSH 0x23b70b25
  001b3  EQ
  001b4  JUMPI
  001b5  PUSH @ext_backing_ratio_40
  001b8  DUP2
  001b9  PUSH 0x8ccf0994
  001be  EQ
  001bf  JUMPI
  001c0  PUSH @ext_minter_allowance_41
  001c3  DUP2
  001c4  PUSH 0x2a93ffd0
  001c9  EQ
  001ca  JUMPI
  001cb  PUSH @ext_is_minter_42
  001ce  DUP2
  001cf  PUSH 0x92c94f65
  001d4  EQ
  001d5  JUMPI
  001d6  PUSH @ext_is_blacklisted_43
  001d9  DUP2
  001da  PUSH 0x1794e95a
  001df  EQ
  001e0  JUMPI
  001e1  PUSH @ext_is_paused_44
  001e4  DUP2
  001e5  PUSH 0x9d4f8aa9
  001ea  EQ
  001eb  JUMPI
  001ec  PUSH @ext_get_reserves_45
  001ef  DUP2
  001f0  PUSH 0x14da81ae
  001f5  EQ
  001f6  JUMPI
  001f7  PUSH @ext_get_impaired_46
  001fa  DUP2
  001fb  PUSH 0x3e703a66
  00200  EQ
  00201  JUMPI
  00202  PUSH @ext_get_attested_at_47
  00205  DUP2
  00206  PUSH 0xb8f3fbe0
  0020b  EQ
  0020c  JUMPI
  0020d  PUSH @ext_redemption_48
  00210  DUP2
  00211  PUSH 0x4a1dc092
  00216  EQ
  00217  JUMPI
  00218  PUSH @ext_redemption_queue_49
  0021b  DUP2
  0021c  PUSH 0x764cb236
  00221  EQ
  00222  JUMPI
  00223  PUSH @ext_pending_redemptions_50
  00226  DUP2
  00227  PUSH 0x76f0870f
  0022c  EQ
  0022d  JUMPI
  0022e  PUSH @ext_are_redemptions_open_51
  00231  DUP2
  00232  PUSH 0x3b896616
  00237  EQ
  00238  JUMPI
  00239  PUSH @ext_roles_52
  0023c  DUP2
  0023d  PUSH 0x392f5f64
  00242  EQ
  00243  JUMPI
  00244  PUSH0
  00245  PUSH0
  00246  REVERT
fallback_1:
  00247  JUMPDEST
  00248  PUSH0
  00249  PUSH0
  0024a  REVERT
ext_name_2:
    ; token.coin:34: pub view fn name() -> string {
  0024b  JUMPDEST
  0024c  POP
  0024d  PUSH @novalue_53
  00250  CALLVALUE
  00251  ISZERO
  00252  JUMPI
  00253  PUSH0
  00254  PUSH0
  00255  REVERT
novalue_53:
  00256  JUMPDEST
  00257  CALLF @fn_Token_name
  0025a  LSET 0
  0025c  PUSH 32
  0025e  LGET 0
  00260  MLOAD
  00261  PUSH 31
  00263  ADD
  00264  PUSH 5
  00266  SHR
  00267  PUSH 5
  00269  SHL
  0026a  PUSH 32
  0026c  ADD
  0026d  ADD
  0026e  LSET 1
  00270  LGET 1
  00272  MALLOC
  00273  LSET 2
  00275  PUSH 32
  00277  LSET 3
  00279  LGET 2
  0027b  PUSH 0
  0027c  ADD
  0027d  LGET 3
  0027f  MSTORE
  00280  LGET 2
  00282  PUSH 0
  00283  ADD
  00284  LGET 3
  00286  ADD
  00287  LGET 0
  00289  LGET 0
  0028b  MLOAD
  0028c  PUSH 31
  0028e  ADD
  0028f  PUSH 5
  00291  SHR
  00292  PUSH 5
  00294  SHL
  00295  PUSH 32
  00297  ADD
  00298  DUP1
  00299  LSET 4
  0029b  MCOPY
  0029c  LGET 3
  0029e  LGET 4
  002a0  ADD
  002a1  LSET 3
  002a3  LGET 2
  002a5  LGET 1
  002a7  RETURN
ext_symbol_3:
    ; token.coin:38: pub view fn symbol() -> string {
  002a8  JUMPDEST
  002a9  POP
  002aa  PUSH @novalue_54
  002ad  CALLVALUE
  002ae  ISZERO
  002af  JUMPI
  002b0  PUSH0
  002b1  PUSH0
  002b2  REVERT
novalue_54:
  002b3  JUMPDEST
  002b4  CALLF @fn_Token_symbol
  002b7  LSET 5
  002b9  PUSH 32
  002bb  LGET 5
  002bd  MLOAD
  002be  PUSH 31
  002c0  ADD
  002c1  PUSH 5
  002c3  SHR
  002c4  PUSH 5
  002c6  SHL
  002c7  PUSH 32
  002c9  ADD
  002ca  ADD
  002cb  LSET 6
  002cd  LGET 6
  002cf  MALLOC
  002d0  LSET 7
  002d2  PUSH 32
  002d4  LSET 8
  002d6  LGET 7
  002d8  PUSH 0
  002d9  ADD
  002da  LGET 8
  002dc  MSTORE
  002dd  LGET 7
  002df  PUSH 0
  002e0  ADD
  002e1  LGET 8
  002e3  ADD
  002e4  LGET 5
  002e6  LGET 5
  002e8  MLOAD
  002e9  PUSH 31
  002eb  ADD
  002ec  PUSH 5
  002ee  SHR
  002ef  PUSH 5
  002f1  SHL
  002f2  PUSH 32
  002f4  ADD
  002f5  DUP1
  002f6  LSET 9
  002f8  MCOPY
  002f9  LGET 8
  002fb  LGET 9
  002fd  ADD
  002fe  LSET 8
  00300  LGET 7
  00302  LGET 6
  00304  RETURN
ext_decimals_4:
    ; token.coin:42: pub view fn decimals() -> uint {
  00305  JUMPDEST
  00306  POP
  00307  PUSH @novalue_55
  0030a  CALLVALUE
  0030b  ISZERO
  0030c  JUMPI
  0030d  PUSH0
  0030e  PUSH0
  0030f  REVERT
novalue_55:
  00310  JUMPDEST
  00311  CALLF @fn_Token_decimals
  00314  LSET 10
  00316  PUSH 32
  00318  MALLOC
  00319  LSET 11
  0031b  LGET 11
  0031d  LGET 10
  0031f  MSTORE
  00320  LGET 11
  00322  PUSH 32
  00324  RETURN
ext_totalSupply_5:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00325  JUMPDEST
  00326  POP
  00327  PUSH @novalue_56
  0032a  CALLVALUE
  0032b  ISZERO
  0032c  JUMPI
  0032d  PUSH0
  0032e  PUSH0
  0032f  REVERT
novalue_56:
  00330  JUMPDEST
  00331  CALLF @fn_Token_totalSupply
  00334  LSET 12
  00336  PUSH 32
  00338  MALLOC
  00339  LSET 13
  0033b  LGET 13
  0033d  LGET 12
  0033f  MSTORE
  00340  LGET 13
  00342  PUSH 32
  00344  RETURN
ext_balanceOf_6:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00345  JUMPDEST
  00346  POP
  00347  PUSH @novalue_57
  0034a  CALLVALUE
  0034b  ISZERO
  0034c  JUMPI
  0034d  PUSH0
  0034e  PUSH0
  0034f  REVERT
novalue_57:
  00350  JUMPDEST
  00351  PUSH @bad_input_58
  00354  CALLDATASIZE
  00355  PUSH 36
  00357  LT
  00358  JUMPI
  00359  PUSH 4
  0035b  CALLDATALOAD
  0035c  PUSH @bad_input_58
  0035f  DUP2
  00360  PUSH 160
  00362  SHR
  00363  JUMPI
  00364  CALLF @fn_Token_balanceOf
  00367  LSET 14
  00369  PUSH 32
  0036b  MALLOC
  0036c  LSET 15
  0036e  LGET 15
  00370  LGET 14
  00372  MSTORE
  00373  LGET 15
  00375  PUSH 32
  00377  RETURN
ext_allowance_7:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00378  JUMPDEST
  00379  POP
  0037a  PUSH @novalue_59
  0037d  CALLVALUE
  0037e  ISZERO
  0037f  JUMPI
  00380  PUSH0
  00381  PUSH0
  00382  REVERT
novalue_59:
  00383  JUMPDEST
  00384  PUSH @bad_input_58
  00387  CALLDATASIZE
  00388  PUSH 68
  0038a  LT
  0038b  JUMPI
  0038c  PUSH 4
  0038e  CALLDATALOAD
  0038f  PUSH @bad_input_58
  00392  DUP2
  00393  PUSH 160
  00395  SHR
  00396  JUMPI
  00397  PUSH 36
  00399  CALLDATALOAD
  0039a  PUSH @bad_input_58
  0039d  DUP2
  0039e  PUSH 160
  003a0  SHR
  003a1  JUMPI
  003a2  CALLF @fn_Token_allowance
  003a5  LSET 16
  003a7  PUSH 32
  003a9  MALLOC
  003aa  LSET 17
  003ac  LGET 17
  003ae  LGET 16
  003b0  MSTORE
  003b1  LGET 17
  003b3  PUSH 32
  003b5  RETURN
ext_transfer_8:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  003b6  JUMPDEST
  003b7  POP
  003b8  PUSH @novalue_60
  003bb  CALLVALUE
  003bc  ISZERO
  003bd  JUMPI
  003be  PUSH0
  003bf  PUSH0
  003c0  REVERT
novalue_60:
  003c1  JUMPDEST
  003c2  PUSH @bad_input_58
  003c5  CALLDATASIZE
  003c6  PUSH 68
  003c8  LT
  003c9  JUMPI
  003ca  PUSH 4
  003cc  CALLDATALOAD
  003cd  PUSH @bad_input_58
  003d0  DUP2
  003d1  PUSH 160
  003d3  SHR
  003d4  JUMPI
  003d5  PUSH 36
  003d7  CALLDATALOAD
  003d8  CALLF @fn_Token_transfer
  003db  LSET 18
  003dd  PUSH 32
  003df  MALLOC
  003e0  LSET 19
  003e2  LGET 19
  003e4  LGET 18
  003e6  MSTORE
  003e7  LGET 19
  003e9  PUSH 32
  003eb  RETURN
ext_approve_9:
    ; fiat.coin:185: pub fn approve(spender: address, amount: uint) -> bool {
  003ec  JUMPDEST
  003ed  POP
  003ee  PUSH @novalue_61
  003f1  CALLVALUE
  003f2  ISZERO
  003f3  JUMPI
  003f4  PUSH0
  003f5  PUSH0
  003f6  REVERT
novalue_61:
  003f7  JUMPDEST
  003f8  PUSH @bad_input_58
  003fb  CALLDATASIZE
  003fc  PUSH 68
  003fe  LT
  003ff  JUMPI
  00400  PUSH 4
  00402  CALLDATALOAD
  00403  PUSH @bad_input_58
  00406  DUP2
  00407  PUSH 160
  00409  SHR
  0040a  JUMPI
  0040b  PUSH 36
  0040d  CALLDATALOAD
  0040e  CALLF @fn_FiatCoin_approve
  00411  LSET 20
  00413  PUSH 32
  00415  MALLOC
  00416  LSET 21
  00418  LGET 21
  0041a  LGET 20
  0041c  MSTORE
  0041d  LGET 21
  0041f  PUSH 32
  00421  RETURN
ext_transferFrom_10:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00422  JUMPDEST
  00423  POP
  00424  PUSH @novalue_62
  00427  CALLVALUE
  00428  ISZERO
  00429  JUMPI
  0042a  PUSH0
  0042b  PUSH0
  0042c  REVERT
novalue_62:
  0042d  JUMPDEST
  0042e  PUSH @bad_input_58
  00431  CALLDATASIZE
  00432  PUSH 100
  00434  LT
  00435  JUMPI
  00436  PUSH 4
  00438  CALLDATALOAD
  00439  PUSH @bad_input_58
  0043c  DUP2
  0043d  PUSH 160
  0043f  SHR
  00440  JUMPI
  00441  PUSH 36
  00443  CALLDATALOAD
  00444  PUSH @bad_input_58
  00447  DUP2
  00448  PUSH 160
  0044a  SHR
  0044b  JUMPI
  0044c  PUSH 68
  0044e  CALLDATALOAD
  0044f  CALLF @fn_Token_transferFrom
  00452  LSET 22
  00454  PUSH 32
  00456  MALLOC
  00457  LSET 23
  00459  LGET 23
  0045b  LGET 22
  0045d  MSTORE
  0045e  LGET 23
  00460  PUSH 32
  00462  RETURN
ext_get_owner_11:
    ; access.coin:13: pub view fn get_owner() -> address {
  00463  JUMPDEST
  00464  POP
  00465  PUSH @novalue_63
  00468  CALLVALUE
  00469  ISZERO
  0046a  JUMPI
  0046b  PUSH0
  0046c  PUSH0
  0046d  REVERT
novalue_63:
  0046e  JUMPDEST
  0046f  CALLF @fn_Owned_get_owner
  00472  LSET 24
  00474  PUSH 32
  00476  MALLOC
  00477  LSET 25
  00479  LGET 25
  0047b  LGET 24
  0047d  MSTORE
  0047e  LGET 25
  00480  PUSH 32
  00482  RETURN
ext_transfer_ownership_12:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00483  JUMPDEST
  00484  POP
  00485  PUSH @novalue_64
  00488  CALLVALUE
  00489  ISZERO
  0048a  JUMPI
  0048b  PUSH0
  0048c  PUSH0
  0048d  REVERT
novalue_64:
  0048e  JUMPDEST
  0048f  PUSH @bad_input_58
  00492  CALLDATASIZE
  00493  PUSH 36
  00495  LT
  00496  JUMPI
  00497  PUSH 4
  00499  CALLDATALOAD
  0049a  PUSH @bad_input_58
  0049d  DUP2
  0049e  PUSH 160
  004a0  SHR
  004a1  JUMPI
  004a2  CALLF @fn_Owned_transfer_ownership
  004a5  STOP
ext_set_master_minter_13:
    ; fiat.coin:82: pub fn set_master_minter(account: address) {
  004a6  JUMPDEST
  004a7  POP
  004a8  PUSH @novalue_65
  004ab  CALLVALUE
  004ac  ISZERO
  004ad  JUMPI
  004ae  PUSH0
  004af  PUSH0
  004b0  REVERT
novalue_65:
  004b1  JUMPDEST
  004b2  PUSH @bad_input_58
  004b5  CALLDATASIZE
  004b6  PUSH 36
  004b8  LT
  004b9  JUMPI
  004ba  PUSH 4
  004bc  CALLDATALOAD
  004bd  PUSH @bad_input_58
  004c0  DUP2
  004c1  PUSH 160
  004c3  SHR
  004c4  JUMPI
  004c5  CALLF @fn_FiatCoin_set_master_minter
  004c8  STOP
ext_set_pauser_14:
    ; fiat.coin:88: pub fn set_pauser(account: address) {
  004c9  JUMPDEST
  004ca  POP
  004cb  PUSH @novalue_66
  004ce  CALLVALUE
  004cf  ISZERO
  004d0  JUMPI
  004d1  PUSH0
  004d2  PUSH0
  004d3  REVERT
novalue_66:
  004d4  JUMPDEST
  004d5  PUSH @bad_input_58
  004d8  CALLDATASIZE
  004d9  PUSH 36
  004db  LT
  004dc  JUMPI
  004dd  PUSH 4
  004df  CALLDATALOAD
  004e0  PUSH @bad_input_58
  004e3  DUP2
  004e4  PUSH 160
  004e6  SHR
  004e7  JUMPI
  004e8  CALLF @fn_FiatCoin_set_pauser
  004eb  STOP
ext_set_blacklister_15:
    ; fiat.coin:94: pub fn set_blacklister(account: address) {
  004ec  JUMPDEST
  004ed  POP
  004ee  PUSH @novalue_67
  004f1  CALLVALUE
  004f2  ISZERO
  004f3  JUMPI
  004f4  PUSH0
  004f5  PUSH0
  004f6  REVERT
novalue_67:
  004f7  JUMPDEST
  004f8  PUSH @bad_input_58
  004fb  CALLDATASIZE
  004fc  PUSH 36
  004fe  LT
  004ff  JUMPI
  00500  PUSH 4
  00502  CALLDATALOAD
  00503  PUSH @bad_input_58
  00506  DUP2
  00507  PUSH 160
  00509  SHR
  0050a  JUMPI
  0050b  CALLF @fn_FiatCoin_set_blacklister
  0050e  STOP
ext_set_attester_16:
    ; fiat.coin:100: pub fn set_attester(account: address) {
  0050f  JUMPDEST
  00510  POP
  00511  PUSH @novalue_68
  00514  CALLVALUE
  00515  ISZERO
  00516  JUMPI
  00517  PUSH0
  00518  PUSH0
  00519  REVERT
novalue_68:
  0051a  JUMPDEST
  0051b  PUSH @bad_input_58
  0051e  CALLDATASIZE
  0051f  PUSH 36
  00521  LT
  00522  JUMPI
  00523  PUSH 4
  00525  CALLDATALOAD
  00526  PUSH @bad_input_58
  00529  DUP2
  0052a  PUSH 160
  0052c  SHR
  0052d  JUMPI
  0052e  CALLF @fn_FiatCoin_set_attester
  00531  STOP
ext_set_issuer_17:
    ; fiat.coin:106: pub fn set_issuer(account: address) {
  00532  JUMPDEST
  00533  POP
  00534  PUSH @novalue_69
  00537  CALLVALUE
  00538  ISZERO
  00539  JUMPI
  0053a  PUSH0
  0053b  PUSH0
  0053c  REVERT
novalue_69:
  0053d  JUMPDEST
  0053e  PUSH @bad_input_58
  00541  CALLDATASIZE
  00542  PUSH 36
  00544  LT
  00545  JUMPI
  00546  PUSH 4
  00548  CALLDATALOAD
  00549  PUSH @bad_input_58
  0054c  DUP2
  0054d  PUSH 160
  0054f  SHR
  00550  JUMPI
  00551  CALLF @fn_FiatCoin_set_issuer
  00554  STOP
ext_set_max_attestation_age_18:
    ; fiat.coin:112: pub fn set_max_attestation_age(seconds: uint) {
  00555  JUMPDEST
  00556  POP
  00557  PUSH @novalue_70
  0055a  CALLVALUE
  0055b  ISZERO
  0055c  JUMPI
  0055d  PUSH0
  0055e  PUSH0
  0055f  REVERT
novalue_70:
  00560  JUMPDEST
  00561  PUSH @bad_input_58
  00564  CALLDATASIZE
  00565  PUSH 36
  00567  LT
  00568  JUMPI
  00569  PUSH 4
  0056b  CALLDATALOAD
  0056c  CALLF @fn_FiatCoin_set_max_attestation_age
  0056f  STOP
ext_configure_minter_19:
    ; fiat.coin:120: pub fn configure_minter(minter: address, allowance: uint) {
  00570  JUMPDEST
  00571  POP
  00572  PUSH @novalue_71
  00575  CALLVALUE
  00576  ISZERO
  00577  JUMPI
  00578  PUSH0
  00579  PUSH0
  0057a  REVERT
novalue_71:
  0057b  JUMPDEST
  0057c  PUSH @bad_input_58
  0057f  CALLDATASIZE
  00580  PUSH 68
  00582  LT
  00583  JUMPI
  00584  PUSH 4
  00586  CALLDATALOAD
  00587  PUSH @bad_input_58
  0058a  DUP2
  0058b  PUSH 160
  0058d  SHR
  0058e  JUMPI
  0058f  PUSH 36
  00591  CALLDATALOAD
  00592  CALLF @fn_FiatCoin_configure_minter
  00595  STOP
ext_remove_minter_20:
    ; fiat.coin:128: pub fn remove_minter(minter: address) {
  00596  JUMPDEST
  00597  POP
  00598  PUSH @novalue_72
  0059b  CALLVALUE
  0059c  ISZERO
  0059d  JUMPI
  0059e  PUSH0
  0059f  PUSH0
  005a0  REVERT
novalue_72:
  005a1  JUMPDEST
  005a2  PUSH @bad_input_58
  005a5  CALLDATASIZE
  005a6  PUSH 36
  005a8  LT
  005a9  JUMPI
  005aa  PUSH 4
  005ac  CALLDATALOAD
  005ad  PUSH @bad_input_58
  005b0  DUP2
  005b1  PUSH 160
  005b3  SHR
  005b4  JUMPI
  005b5  CALLF @fn_FiatCoin_remove_minter
  005b8  STOP
ext_mint_21:
    ; fiat.coin:135: pub fn mint(to: address, amount: uint) -> bool {
  005b9  JUMPDEST
  005ba  POP
  005bb  PUSH @novalue_73
  005be  CALLVALUE
  005bf  ISZERO
  005c0  JUMPI
  005c1  PUSH0
  005c2  PUSH0
  005c3  REVERT
novalue_73:
  005c4  JUMPDEST
  005c5  PUSH @bad_input_58
  005c8  CALLDATASIZE
  005c9  PUSH 68
  005cb  LT
  005cc  JUMPI
  005cd  PUSH 4
  005cf  CALLDATALOAD
  005d0  PUSH @bad_input_58
  005d3  DUP2
  005d4  PUSH 160
  005d6  SHR
  005d7  JUMPI
  005d8  PUSH 36
  005da  CALLDATALOAD
  005db  CALLF @fn_FiatCoin_mint
  005de  LSET 26
  005e0  PUSH 32
  005e2  MALLOC
  005e3  LSET 27
  005e5  LGET 27
  005e7  LGET 26
  005e9  MSTORE
  005ea  LGET 27
  005ec  PUSH 32
  005ee  RETURN
ext_burn_22:
    ; fiat.coin:152: pub fn burn(amount: uint) {
  005ef  JUMPDEST
  005f0  POP
  005f1  PUSH @novalue_74
  005f4  CALLVALUE
  005f5  ISZERO
  005f6  JUMPI
  005f7  PUSH0
  005f8  PUSH0
  005f9  REVERT
novalue_74:
  005fa  JUMPDEST
  005fb  PUSH @bad_input_58
  005fe  CALLDATASIZE
  005ff  PUSH 36
  00601  LT
  00602  JUMPI
  00603  PUSH 4
  00605  CALLDATALOAD
  00606  CALLF @fn_FiatCoin_burn
  00609  STOP
ext_pause_23:
    ; fiat.coin:160: pub fn pause() {
  0060a  JUMPDEST
  0060b  POP
  0060c  PUSH @novalue_75
  0060f  CALLVALUE
  00610  ISZERO
  00611  JUMPI
  00612  PUSH0
  00613  PUSH0
  00614  REVERT
novalue_75:
  00615  JUMPDEST
  00616  CALLF @fn_FiatCoin_pause
  00619  STOP
ext_unpause_24:
    ; fiat.coin:166: pub fn unpause() {
  0061a  JUMPDEST
  0061b  POP
  0061c  PUSH @novalue_76
  0061f  CALLVALUE
  00620  ISZERO
  00621  JUMPI
  00622  PUSH0
  00623  PUSH0
  00624  REVERT
novalue_76:
  00625  JUMPDEST
  00626  CALLF @fn_FiatCoin_unpause
  00629  STOP
ext_blacklist_account_25:
    ; fiat.coin:172: pub fn blacklist_account(account: address) {
  0062a  JUMPDEST
  0062b  POP
  0062c  PUSH @novalue_77
  0062f  CALLVALUE
  00630  ISZERO
  00631  JUMPI
  00632  PUSH0
  00633  PUSH0
  00634  REVERT
novalue_77:
  00635  JUMPDEST
  00636  PUSH @bad_input_58
  00639  CALLDATASIZE
  0063a  PUSH 36
  0063c  LT
  0063d  JUMPI
  0063e  PUSH 4
  00640  CALLDATALOAD
  00641  PUSH @bad_input_58
  00644  DUP2
  00645  PUSH 160
  00647  SHR
  00648  JUMPI
  00649  CALLF @fn_FiatCoin_blacklist_account
  0064c  STOP
ext_unblacklist_account_26:
    ; fiat.coin:178: pub fn unblacklist_account(account: address) {
  0064d  JUMPDEST
  0064e  POP
  0064f  PUSH @novalue_78
  00652  CALLVALUE
  00653  ISZERO
  00654  JUMPI
  00655  PUSH0
  00656  PUSH0
  00657  REVERT
novalue_78:
  00658  JUMPDEST
  00659  PUSH @bad_input_58
  0065c  CALLDATASIZE
  0065d  PUSH 36
  0065f  LT
  00660  JUMPI
  00661  PUSH 4
  00663  CALLDATALOAD
  00664  PUSH @bad_input_58
  00667  DUP2
  00668  PUSH 160
  0066a  SHR
  0066b  JUMPI
  0066c  CALLF @fn_FiatCoin_unblacklist_account
  0066f  STOP
ext_DOMAIN_SEPARATOR_27:
    ; fiat.coin:200: pub view fn DOMAIN_SEPARATOR() -> bytes32 {
  00670  JUMPDEST
  00671  POP
  00672  PUSH @novalue_79
  00675  CALLVALUE
  00676  ISZERO
  00677  JUMPI
  00678  PUSH0
  00679  PUSH0
  0067a  REVERT
novalue_79:
  0067b  JUMPDEST
  0067c  CALLF @fn_FiatCoin_DOMAIN_SEPARATOR
  0067f  LSET 28
  00681  PUSH 32
  00683  MALLOC
  00684  LSET 29
  00686  LGET 29
  00688  LGET 28
  0068a  MSTORE
  0068b  LGET 29
  0068d  PUSH 32
  0068f  RETURN
ext_nonces_28:
    ; fiat.coin:204: pub view fn nonces(owner: address) -> uint {
  00690  JUMPDEST
  00691  POP
  00692  PUSH @novalue_80
  00695  CALLVALUE
  00696  ISZERO
  00697  JUMPI
  00698  PUSH0
  00699  PUSH0
  0069a  REVERT
novalue_80:
  0069b  JUMPDEST
  0069c  PUSH @bad_input_58
  0069f  CALLDATASIZE
  006a0  PUSH 36
  006a2  LT
  006a3  JUMPI
  006a4  PUSH 4
  006a6  CALLDATALOAD
  006a7  PUSH @bad_input_58
  006aa  DUP2
  006ab  PUSH 160
  006ad  SHR
  006ae  JUMPI
  006af  CALLF @fn_FiatCoin_nonces
  006b2  LSET 30
  006b4  PUSH 32
  006b6  MALLOC
  006b7  LSET 31
  006b9  LGET 31
  006bb  LGET 30
  006bd  MSTORE
  006be  LGET 31
  006c0  PUSH 32
  006c2  RETURN
ext_authorizationState_29:
    ; fiat.coin:208: pub view fn authorizationState(authorizer: address, nonce: bytes32) -> bool {
  006c3  JUMPDEST
  006c4  POP
  006c5  PUSH @novalue_81
  006c8  CALLVALUE
  006c9  ISZERO
  006ca  JUMPI
  006cb  PUSH0
  006cc  PUSH0
  006cd  REVERT
novalue_81:
  006ce  JUMPDEST
  006cf  PUSH @bad_input_58
  006d2  CALLDATASIZE
  006d3  PUSH 68
  006d5  LT
  006d6  JUMPI
  006d7  PUSH 4
  006d9  CALLDATALOAD
  006da  PUSH @bad_input_58
  006dd  DUP2
  006de  PUSH 160
  006e0  SHR
  006e1  JUMPI
  006e2  PUSH 36
  006e4  CALLDATALOAD
  006e5  CALLF @fn_FiatCoin_authorizationState
  006e8  LSET 32
  006ea  PUSH 32
  006ec  MALLOC
  006ed  LSET 33
  006ef  LGET 33
  006f1  LGET 32
  006f3  MSTORE
  006f4  LGET 33
  006f6  PUSH 32
  006f8  RETURN
ext_permit_30:
    ; fiat.coin:212: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  006f9  JUMPDEST
  006fa  POP
  006fb  PUSH @novalue_82
  006fe  CALLVALUE
  006ff  ISZERO
  00700  JUMPI
  00701  PUSH0
  00702  PUSH0
  00703  REVERT
novalue_82:
  00704  JUMPDEST
  00705  PUSH @bad_input_58
  00708  CALLDATASIZE
  00709  PUSH 228
  0070b  LT
  0070c  JUMPI
  0070d  PUSH 4
  0070f  CALLDATALOAD
  00710  PUSH @bad_input_58
  00713  DUP2
  00714  PUSH 160
  00716  SHR
  00717  JUMPI
  00718  PUSH 36
  0071a  CALLDATALOAD
  0071b  PUSH @bad_input_58
  0071e  DUP2
  0071f  PUSH 160
  00721  SHR
  00722  JUMPI
  00723  PUSH 68
  00725  CALLDATALOAD
  00726  PUSH 100
  00728  CALLDATALOAD
  00729  PUSH 132
  0072b  CALLDATALOAD
  0072c  PUSH @bad_input_58
  0072f  DUP2
  00730  PUSH 8
  00732  SHR
  00733  JUMPI
  00734  PUSH 164
  00736  CALLDATALOAD
  00737  PUSH 196
  00739  CALLDATALOAD
  0073a  CALLF @fn_FiatCoin_permit
  0073d  STOP
ext_transferWithAuthorization_31:
    ; fiat.coin:223: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0073e  JUMPDEST
  0073f  POP
  00740  PUSH @novalue_83
  00743  CALLVALUE
  00744  ISZERO
  00745  JUMPI
  00746  PUSH0
  00747  PUSH0
  00748  REVERT
novalue_83:
  00749  JUMPDEST
  0074a  PUSH @bad_input_58
  0074d  CALLDATASIZE
  0074e  PUSH 292
  00751  LT
  00752  JUMPI
  00753  PUSH 4
  00755  CALLDATALOAD
  00756  PUSH @bad_input_58
  00759  DUP2
  0075a  PUSH 160
  0075c  SHR
  0075d  JUMPI
  0075e  PUSH 36
  00760  CALLDATALOAD
  00761  PUSH @bad_input_58
  00764  DUP2
  00765  PUSH 160
  00767  SHR
  00768  JUMPI
  00769  PUSH 68
  0076b  CALLDATALOAD
  0076c  PUSH 100
  0076e  CALLDATALOAD
  0076f  PUSH 132
  00771  CALLDATALOAD
  00772  PUSH 164
  00774  CALLDATALOAD
  00775  PUSH 196
  00777  CALLDATALOAD
  00778  PUSH @bad_input_58
  0077b  DUP2
  0077c  PUSH 8
  0077e  SHR
  0077f  JUMPI
  00780  PUSH 228
  00782  CALLDATALOAD
  00783  PUSH 260
  00786  CALLDATALOAD
  00787  CALLF @fn_FiatCoin_transferWithAuthorization
  0078a  STOP
ext_receiveWithAuthorization_32:
    ; fiat.coin:232: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0078b  JUMPDEST
  0078c  POP
  0078d  PUSH @novalue_84
  00790  CALLVALUE
  00791  ISZERO
  00792  JUMPI
  00793  PUSH0
  00794  PUSH0
  00795  REVERT
novalue_84:
  00796  JUMPDEST
  00797  PUSH @bad_input_58
  0079a  CALLDATASIZE
  0079b  PUSH 292
  0079e  LT
  0079f  JUMPI
  007a0  PUSH 4
  007a2  CALLDATALOAD
  007a3  PUSH @bad_input_58
  007a6  DUP2
  007a7  PUSH 160
  007a9  SHR
  007aa  JUMPI
  007ab  PUSH 36
  007ad  CALLDATALOAD
  007ae  PUSH @bad_input_58
  007b1  DUP2
  007b2  PUSH 160
  007b4  SHR
  007b5  JUMPI
  007b6  PUSH 68
  007b8  CALLDATALOAD
  007b9  PUSH 100
  007bb  CALLDATALOAD
  007bc  PUSH 132
  007be  CALLDATALOAD
  007bf  PUSH 164
  007c1  CALLDATALOAD
  007c2  PUSH 196
  007c4  CALLDATALOAD
  007c5  PUSH @bad_input_58
  007c8  DUP2
  007c9  PUSH 8
  007cb  SHR
  007cc  JUMPI
  007cd  PUSH 228
  007cf  CALLDATALOAD
  007d0  PUSH 260
  007d3  CALLDATALOAD
  007d4  CALLF @fn_FiatCoin_receiveWithAuthorization
  007d7  STOP
ext_cancelAuthorization_33:
    ; fiat.coin:242: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  007d8  JUMPDEST
  007d9  POP
  007da  PUSH @novalue_85
  007dd  CALLVALUE
  007de  ISZERO
  007df  JUMPI
  007e0  PUSH0
  007e1  PUSH0
  007e2  REVERT
novalue_85:
  007e3  JUMPDEST
  007e4  PUSH @bad_input_58
  007e7  CALLDATASIZE
  007e8  PUSH 164
  007ea  LT
  007eb  JUMPI
  007ec  PUSH 4
  007ee  CALLDATALOAD
  007ef  PUSH @bad_input_58
  007f2  DUP2
  007f3  PUSH 160
  007f5  SHR
  007f6  JUMPI
  007f7  PUSH 36
  007f9  CALLDATALOAD
  007fa  PUSH 68
  007fc  CALLDATALOAD
  007fd  PUSH @bad_input_58
  00800  DUP2
  00801  PUSH 8
  00803  SHR
  00804  JUMPI
  00805  PUSH 100
  00807  CALLDATALOAD
  00808  PUSH 132
  0080a  CALLDATALOAD
  0080b  CALLF @fn_FiatCoin_cancelAuthorization
  0080e  STOP
ext_attest_reserves_34:
    ; fiat.coin:269: pub fn attest_reserves(amount: uint) {
  0080f  JUMPDEST
  00810  POP
  00811  PUSH @novalue_86
  00814  CALLVALUE
  00815  ISZERO
  00816  JUMPI
  00817  PUSH0
  00818  PUSH0
  00819  REVERT
novalue_86:
  0081a  JUMPDEST
  0081b  PUSH @bad_input_58
  0081e  CALLDATASIZE
  0081f  PUSH 36
  00821  LT
  00822  JUMPI
  00823  PUSH 4
  00825  CALLDATALOAD
  00826  CALLF @fn_FiatCoin_attest_reserves
  00829  STOP
ext_set_impaired_35:
    ; fiat.coin:278: pub fn set_impaired(amount: uint) {
  0082a  JUMPDEST
  0082b  POP
  0082c  PUSH @novalue_87
  0082f  CALLVALUE
  00830  ISZERO
  00831  JUMPI
  00832  PUSH0
  00833  PUSH0
  00834  REVERT
novalue_87:
  00835  JUMPDEST
  00836  PUSH @bad_input_58
  00839  CALLDATASIZE
  0083a  PUSH 36
  0083c  LT
  0083d  JUMPI
  0083e  PUSH 4
  00840  CALLDATALOAD
  00841  CALLF @fn_FiatCoin_set_impaired
  00844  STOP
ext_set_redemptions_open_36:
    ; fiat.coin:286: pub fn set_redemptions_open(open: bool) {
  00845  JUMPDEST
  00846  POP
  00847  PUSH @novalue_88
  0084a  CALLVALUE
  0084b  ISZERO
  0084c  JUMPI
  0084d  PUSH0
  0084e  PUSH0
  0084f  REVERT
novalue_88:
  00850  JUMPDEST
  00851  PUSH @bad_input_58
  00854  CALLDATASIZE
  00855  PUSH 36
  00857  LT
  00858  JUMPI
  00859  PUSH 4
  0085b  CALLDATALOAD
  0085c  PUSH @bad_input_58
  0085f  DUP2
  00860  PUSH 1
  00862  GT
  00863  JUMPI
  00864  CALLF @fn_FiatCoin_set_redemptions_open
  00867  STOP
ext_request_redemption_37:
    ; fiat.coin:293: pub fn request_redemption(amount: uint) -> uint {
  00868  JUMPDEST
  00869  POP
  0086a  PUSH @novalue_89
  0086d  CALLVALUE
  0086e  ISZERO
  0086f  JUMPI
  00870  PUSH0
  00871  PUSH0
  00872  REVERT
novalue_89:
  00873  JUMPDEST
  00874  PUSH @bad_input_58
  00877  CALLDATASIZE
  00878  PUSH 36
  0087a  LT
  0087b  JUMPI
  0087c  PUSH 4
  0087e  CALLDATALOAD
  0087f  CALLF @fn_FiatCoin_request_redemption
  00882  LSET 34
  00884  PUSH 32
  00886  MALLOC
  00887  LSET 35
  00889  LGET 35
  0088b  LGET 34
  0088d  MSTORE
  0088e  LGET 35
  00890  PUSH 32
  00892  RETURN
ext_complete_redemption_38:
    ; fiat.coin:307: pub fn complete_redemption(id: uint) {
  00893  JUMPDEST
  00894  POP
  00895  PUSH @novalue_90
  00898  CALLVALUE
  00899  ISZERO
  0089a  JUMPI
  0089b  PUSH0
  0089c  PUSH0
  0089d  REVERT
novalue_90:
  0089e  JUMPDEST
  0089f  PUSH @bad_input_58
  008a2  CALLDATASIZE
  008a3  PUSH 36
  008a5  LT
  008a6  JUMPI
  008a7  PUSH 4
  008a9  CALLDATALOAD
  008aa  CALLF @fn_FiatCoin_complete_redemption
  008ad  STOP
ext_available_reserves_39:
    ; fiat.coin:319: pub view fn available_reserves() -> uint {
  008ae  JUMPDEST
  008af  POP
  008b0  PUSH @novalue_91
  008b3  CALLVALUE
  008b4  ISZERO
  008b5  JUMPI
  008b6  PUSH0
  008b7  PUSH0
  008b8  REVERT
novalue_91:
  008b9  JUMPDEST
  008ba  CALLF @fn_FiatCoin_available_reserves
  008bd  LSET 36
  008bf  PUSH 32
  008c1  MALLOC
  008c2  LSET 37
  008c4  LGET 37
  008c6  LGET 36
  008c8  MSTORE
  008c9  LGET 37
  008cb  PUSH 32
  008cd  RETURN
ext_backing_ratio_40:
    ; fiat.coin:328: pub view fn backing_ratio() -> uint {
  008ce  JUMPDEST
  008cf  POP
  008d0  PUSH @novalue_92
  008d3  CALLVALUE
  008d4  ISZERO
  008d5  JUMPI
  008d6  PUSH0
  008d7  PUSH0
  008d8  REVERT
novalue_92:
  008d9  JUMPDEST
  008da  CALLF @fn_FiatCoin_backing_ratio
  008dd  LSET 38
  008df  PUSH 32
  008e1  MALLOC
  008e2  LSET 39
  008e4  LGET 39
  008e6  LGET 38
  008e8  MSTORE
  008e9  LGET 39
  008eb  PUSH 32
  008ed  RETURN
ext_minter_allowance_41:
    ; fiat.coin:335: pub view fn minter_allowance(minter: address) -> uint {
  008ee  JUMPDEST
  008ef  POP
  008f0  PUSH @novalue_93
  008f3  CALLVALUE
  008f4  ISZERO
  008f5  JUMPI
  008f6  PUSH0
  008f7  PUSH0
  008f8  REVERT
novalue_93:
  008f9  JUMPDEST
  008fa  PUSH @bad_input_58
  008fd  CALLDATASIZE
  008fe  PUSH 36
  00900  LT
  00901  JUMPI
  00902  PUSH 4
  00904  CALLDATALOAD
  00905  PUSH @bad_input_58
  00908  DUP2
  00909  PUSH 160
  0090b  SHR
  0090c  JUMPI
  0090d  CALLF @fn_FiatCoin_minter_allowance
  00910  LSET 40
  00912  PUSH 32
  00914  MALLOC
  00915  LSET 41
  00917  LGET 41
  00919  LGET 40
  0091b  MSTORE
  0091c  LGET 41
  0091e  PUSH 32
  00920  RETURN
ext_is_minter_42:
    ; fiat.coin:339: pub view fn is_minter(account: address) -> bool {
  00921  JUMPDEST
  00922  POP
  00923  PUSH @novalue_94
  00926  CALLVALUE
  00927  ISZERO
  00928  JUMPI
  00929  PUSH0
  0092a  PUSH0
  0092b  REVERT
novalue_94:
  0092c  JUMPDEST
  0092d  PUSH @bad_input_58
  00930  CALLDATASIZE
  00931  PUSH 36
  00933  LT
  00934  JUMPI
  00935  PUSH 4
  00937  CALLDATALOAD
  00938  PUSH @bad_input_58
  0093b  DUP2
  0093c  PUSH 160
  0093e  SHR
  0093f  JUMPI
  00940  CALLF @fn_FiatCoin_is_minter
  00943  LSET 42
  00945  PUSH 32
  00947  MALLOC
  00948  LSET 43
  0094a  LGET 43
  0094c  LGET 42
  0094e  MSTORE
  0094f  LGET 43
  00951  PUSH 32
  00953  RETURN
ext_is_blacklisted_43:
    ; fiat.coin:343: pub view fn is_blacklisted(account: address) -> bool {
  00954  JUMPDEST
  00955  POP
  00956  PUSH @novalue_95
  00959  CALLVALUE
  0095a  ISZERO
  0095b  JUMPI
  0095c  PUSH0
  0095d  PUSH0
  0095e  REVERT
novalue_95:
  0095f  JUMPDEST
  00960  PUSH @bad_input_58
  00963  CALLDATASIZE
  00964  PUSH 36
  00966  LT
  00967  JUMPI
  00968  PUSH 4
  0096a  CALLDATALOAD
  0096b  PUSH @bad_input_58
  0096e  DUP2
  0096f  PUSH 160
  00971  SHR
  00972  JUMPI
  00973  CALLF @fn_FiatCoin_is_blacklisted
  00976  LSET 44
  00978  PUSH 32
  0097a  MALLOC
  0097b  LSET 45
  0097d  LGET 45
  0097f  LGET 44
  00981  MSTORE
  00982  LGET 45
  00984  PUSH 32
  00986  RETURN
ext_is_paused_44:
    ; fiat.coin:347: pub view fn is_paused() -> bool {
  00987  JUMPDEST
  00988  POP
  00989  PUSH @novalue_96
  0098c  CALLVALUE
  0098d  ISZERO
  0098e  JUMPI
  0098f  PUSH0
  00990  PUSH0
  00991  REVERT
novalue_96:
  00992  JUMPDEST
  00993  CALLF @fn_FiatCoin_is_paused
  00996  LSET 46
  00998  PUSH 32
  0099a  MALLOC
  0099b  LSET 47
  0099d  LGET 47
  0099f  LGET 46
  009a1  MSTORE
  009a2  LGET 47
  009a4  PUSH 32
  009a6  RETURN
ext_get_reserves_45:
    ; fiat.coin:351: pub view fn get_reserves() -> uint {
  009a7  JUMPDEST
  009a8  POP
  009a9  PUSH @novalue_97
  009ac  CALLVALUE
  009ad  ISZERO
  009ae  JUMPI
  009af  PUSH0
  009b0  PUSH0
  009b1  REVERT
novalue_97:
  009b2  JUMPDEST
  009b3  CALLF @fn_FiatCoin_get_reserves
  009b6  LSET 48
  009b8  PUSH 32
  009ba  MALLOC
  009bb  LSET 49
  009bd  LGET 49
  009bf  LGET 48
  009c1  MSTORE
  009c2  LGET 49
  009c4  PUSH 32
  009c6  RETURN
ext_get_impaired_46:
    ; fiat.coin:355: pub view fn get_impaired() -> uint {
  009c7  JUMPDEST
  009c8  POP
  009c9  PUSH @novalue_98
  009cc  CALLVALUE
  009cd  ISZERO
  009ce  JUMPI
  009cf  PUSH0
  009d0  PUSH0
  009d1  REVERT
novalue_98:
  009d2  JUMPDEST
  009d3  CALLF @fn_FiatCoin_get_impaired
  009d6  LSET 50
  009d8  PUSH 32
  009da  MALLOC
  009db  LSET 51
  009dd  LGET 51
  009df  LGET 50
  009e1  MSTORE
  009e2  LGET 51
  009e4  PUSH 32
  009e6  RETURN
ext_get_attested_at_47:
    ; fiat.coin:359: pub view fn get_attested_at() -> uint {
  009e7  JUMPDEST
  009e8  POP
  009e9  PUSH @novalue_99
  009ec  CALLVALUE
  009ed  ISZERO
  009ee  JUMPI
  009ef  PUSH0
  009f0  PUSH0
  009f1  REVERT
novalue_99:
  009f2  JUMPDEST
  009f3  CALLF @fn_FiatCoin_get_attested_at
  009f6  LSET 52
  009f8  PUSH 32
  009fa  MALLOC
  009fb  LSET 53
  009fd  LGET 53
  009ff  LGET 52
  00a01  MSTORE
  00a02  LGET 53
  00a04  PUSH 32
  00a06  RETURN
ext_redemption_48:
    ; fiat.coin:363: pub view fn redemption(id: uint) -> Redemption {
  00a07  JUMPDEST
  00a08  POP
  00a09  PUSH @novalue_100
  00a0c  CALLVALUE
  00a0d  ISZERO
  00a0e  JUMPI
  00a0f  PUSH0
  00a10  PUSH0
  00a11  REVERT
novalue_100:
  00a12  JUMPDEST
  00a13  PUSH @bad_input_58
  00a16  CALLDATASIZE
  00a17  PUSH 36
  00a19  LT
  00a1a  JUMPI
  00a1b  PUSH 4
  00a1d  CALLDATALOAD
  00a1e  CALLF @fn_FiatCoin_redemption
  00a21  LSET 57
  00a23  LSET 56
  00a25  LSET 55
  00a27  LSET 54
  00a29  PUSH 128
  00a2b  MALLOC
  00a2c  LSET 58
  00a2e  LGET 58
  00a30  LGET 54
  00a32  MSTORE
  00a33  LGET 58
  00a35  PUSH 32
  00a37  ADD
  00a38  LGET 55
  00a3a  MSTORE
  00a3b  LGET 58
  00a3d  PUSH 64
  00a3f  ADD
  00a40  LGET 56
  00a42  MSTORE
  00a43  LGET 58
  00a45  PUSH 96
  00a47  ADD
  00a48  LGET 57
  00a4a  MSTORE
  00a4b  LGET 58
  00a4d  PUSH 128
  00a4f  RETURN
ext_redemption_queue_49:
    ; fiat.coin:367: pub view fn redemption_queue() -> uint {
  00a50  JUMPDEST
  00a51  POP
  00a52  PUSH @novalue_101
  00a55  CALLVALUE
  00a56  ISZERO
  00a57  JUMPI
  00a58  PUSH0
  00a59  PUSH0
  00a5a  REVERT
novalue_101:
  00a5b  JUMPDEST
  00a5c  CALLF @fn_FiatCoin_redemption_queue
  00a5f  LSET 59
  00a61  PUSH 32
  00a63  MALLOC
  00a64  LSET 60
  00a66  LGET 60
  00a68  LGET 59
  00a6a  MSTORE
  00a6b  LGET 60
  00a6d  PUSH 32
  00a6f  RETURN
ext_pending_redemptions_50:
    ; fiat.coin:371: pub view fn pending_redemptions() -> uint {
  00a70  JUMPDEST
  00a71  POP
  00a72  PUSH @novalue_102
  00a75  CALLVALUE
  00a76  ISZERO
  00a77  JUMPI
  00a78  PUSH0
  00a79  PUSH0
  00a7a  REVERT
novalue_102:
  00a7b  JUMPDEST
  00a7c  CALLF @fn_FiatCoin_pending_redemptions
  00a7f  LSET 61
  00a81  PUSH 32
  00a83  MALLOC
  00a84  LSET 62
  00a86  LGET 62
  00a88  LGET 61
  00a8a  MSTORE
  00a8b  LGET 62
  00a8d  PUSH 32
  00a8f  RETURN
ext_are_redemptions_open_51:
    ; fiat.coin:375: pub view fn are_redemptions_open() -> bool {
  00a90  JUMPDEST
  00a91  POP
  00a92  PUSH @novalue_103
  00a95  CALLVALUE
  00a96  ISZERO
  00a97  JUMPI
  00a98  PUSH0
  00a99  PUSH0
  00a9a  REVERT
novalue_103:
  00a9b  JUMPDEST
  00a9c  CALLF @fn_FiatCoin_are_redemptions_open
  00a9f  LSET 63
  00aa1  PUSH 32
  00aa3  MALLOC
  00aa4  LSET 64
  00aa6  LGET 64
  00aa8  LGET 63
  00aaa  MSTORE
  00aab  LGET 64
  00aad  PUSH 32
  00aaf  RETURN
ext_roles_52:
    ; fiat.coin:379: pub view fn roles() -> Roles {
  00ab0  JUMPDEST
  00ab1  POP
  00ab2  PUSH @novalue_104
  00ab5  CALLVALUE
  00ab6  ISZERO
  00ab7  JUMPI
  00ab8  PUSH0
  00ab9  PUSH0
  00aba  REVERT
novalue_104:
  00abb  JUMPDEST
  00abc  CALLF @fn_FiatCoin_roles
  00abf  LSET 70
  00ac1  LSET 69
  00ac3  LSET 68
  00ac5  LSET 67
  00ac7  LSET 66
  00ac9  LSET 65
  00acb  PUSH 192
  00acd  MALLOC
  00ace  LSET 71
  00ad0  LGET 71
  00ad2  LGET 65
  00ad4  MSTORE
  00ad5  LGET 71
  00ad7  PUSH 32
  00ad9  ADD
  00ada  LGET 66
  00adc  MSTORE
  00add  LGET 71
  00adf  PUSH 64
  00ae1  ADD
  00ae2  LGET 67
  00ae4  MSTORE
  00ae5  LGET 71
  00ae7  PUSH 96
  00ae9  ADD
  00aea  LGET 68
  00aec  MSTORE
  00aed  LGET 71
  00aef  PUSH 128
  00af1  ADD
  00af2  LGET 69
  00af4  MSTORE
  00af5  LGET 71
  00af7  PUSH 160
  00af9  ADD
  00afa  LGET 70
  00afc  MSTORE
  00afd  LGET 71
  00aff  PUSH 192
  00b01  RETURN
bad_input_58:
    ; fiat.coin:26: contract FiatCoin is Token, Owned {
  00b02  JUMPDEST
  00b03  PUSH0
  00b04  PUSH0
  00b05  REVERT
fn_Token_name:
    ; token.coin:34: pub view fn name() -> string {
  00b06  ENTER 0
    ; token.coin:35: return self.token_name
  00b08  PUSH 0
  00b09  SLOADBYTES
  00b0a  RETF
  00b0b  INVALID
fn_Token_symbol:
    ; token.coin:38: pub view fn symbol() -> string {
  00b0c  ENTER 0
    ; token.coin:39: return self.token_symbol
  00b0e  PUSH 1
  00b10  SLOADBYTES
  00b11  RETF
  00b12  INVALID
fn_Token_decimals:
    ; token.coin:42: pub view fn decimals() -> uint {
  00b13  ENTER 0
    ; token.coin:43: return self.token_decimals
  00b15  PUSH 2
  00b17  SLOAD
  00b18  RETF
  00b19  INVALID
fn_Token_totalSupply:
    ; token.coin:46: pub view fn totalSupply() -> uint {
  00b1a  ENTER 0
    ; token.coin:47: return self.supply
  00b1c  PUSH 3
  00b1e  SLOAD
  00b1f  RETF
  00b20  INVALID
fn_Token_balanceOf:
    ; token.coin:50: pub view fn balanceOf(owner: address) -> uint {
  00b21  ENTER 1
  00b23  LSET 0
    ; token.coin:51: return self.balances[owner]
  00b25  PUSH0
  00b26  LGET 0
  00b28  MSTORE
  00b29  PUSH 32
  00b2b  PUSH 4
  00b2d  MSTORE
  00b2e  PUSH0
  00b2f  PUSH 64
  00b31  KECCAK256
  00b32  SLOAD
  00b33  RETF
  00b34  INVALID
fn_Token_allowance:
    ; token.coin:54: pub view fn allowance(owner: address, spender: address) -> uint {
  00b35  ENTER 2
  00b37  LSET 1
  00b39  LSET 0
    ; token.coin:55: return self.allowances[owner][spender]
  00b3b  PUSH 32
  00b3d  PUSH0
  00b3e  LGET 0
  00b40  MSTORE
  00b41  PUSH 32
  00b43  PUSH 5
  00b45  MSTORE
  00b46  PUSH0
  00b47  PUSH 64
  00b49  KECCAK256
  00b4a  MSTORE
  00b4b  PUSH0
  00b4c  LGET 1
  00b4e  MSTORE
  00b4f  PUSH0
  00b50  PUSH 64
  00b52  KECCAK256
  00b53  SLOAD
  00b54  RETF
  00b55  INVALID
fn_Token_transfer:
    ; token.coin:58: pub fn transfer(to: address, amount: uint) -> bool {
  00b56  ENTER 2
  00b58  LSET 1
  00b5a  LSET 0
    ; token.coin:59: self.move_tokens(msg.sender, to, amount)
  00b5c  CALLER
  00b5d  LGET 0
  00b5f  LGET 1
  00b61  CALLF @fn_Token_move_tokens
    ; token.coin:60: return true
  00b64  PUSH 1
  00b66  RETF
  00b67  INVALID
fn_FiatCoin_approve:
    ; fiat.coin:185: pub fn approve(spender: address, amount: uint) -> bool {
  00b68  ENTER 2
  00b6a  LSET 1
  00b6c  LSET 0
    ; fiat.coin:186: self.approve_checked(msg.sender, spender, amount)
  00b6e  CALLER
  00b6f  LGET 0
  00b71  LGET 1
  00b73  CALLF @fn_FiatCoin_approve_checked
    ; fiat.coin:187: return true
  00b76  PUSH 1
  00b78  RETF
  00b79  INVALID
fn_Token_transferFrom:
    ; token.coin:70: pub fn transferFrom(from: address, to: address, amount: uint) -> bool {
  00b7a  ENTER 4
  00b7c  LSET 2
  00b7e  LSET 1
  00b80  LSET 0
    ; token.coin:71: let allowed = self.allowances[from][msg.sender]
  00b82  PUSH0
  00b83  LGET 0
  00b85  MSTORE
  00b86  PUSH 32
  00b88  PUSH 5
  00b8a  MSTORE
  00b8b  PUSH0
  00b8c  PUSH 64
  00b8e  KECCAK256
  00b8f  PUSH0
  00b90  CALLER
  00b91  MSTORE
  00b92  PUSH 32
  00b94  SWAP1
  00b95  MSTORE
  00b96  PUSH0
  00b97  PUSH 64
  00b99  KECCAK256
  00b9a  SLOAD
  00b9b  LSET 3
    ; token.coin:72: if allowed != MAX_ALLOWANCE {
  00b9d  PUSH @else_105
  00ba0  LGET 3
  00ba2  PUSH 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff
  00bc3  EQ
  00bc4  ISZERO
  00bc5  ISZERO
  00bc6  JUMPI
    ; token.coin:73: require(allowed >= amount, "insufficient allowance")
  00bc7  PUSH @req_ok_106
  00bca  LGET 3
  00bcc  LGET 2
  00bce  LT
  00bcf  ISZERO
  00bd0  JUMPI
  00bd1  PUSH 100
  00bd3  MALLOC
  00bd4  DUP1
  00bd5  PUSH 0
  00bd6  PUSH 100
  00bd8  DATACOPY
  00bd9  PUSH 100
  00bdb  REVERT
req_ok_106:
  00bdc  JUMPDEST
    ; token.coin:74: self.allowances[from][msg.sender] = allowed - amount
  00bdd  LGET 3
  00bdf  LGET 2
  00be1  CSUB
  00be2  PUSH0
  00be3  LGET 0
  00be5  MSTORE
  00be6  PUSH 32
  00be8  PUSH 5
  00bea  MSTORE
  00beb  PUSH0
  00bec  PUSH 64
  00bee  KECCAK256
  00bef  PUSH0
  00bf0  CALLER
  00bf1  MSTORE
  00bf2  PUSH 32
  00bf4  SWAP1
  00bf5  MSTORE
  00bf6  PUSH0
  00bf7  PUSH 64
  00bf9  KECCAK256
  00bfa  SWAP1
  00bfb  SSTORE
else_105:
  00bfc  JUMPDEST
    ; token.coin:76: self.move_tokens(from, to, amount)
  00bfd  LGET 0
  00bff  LGET 1
  00c01  LGET 2
  00c03  CALLF @fn_Token_move_tokens
    ; token.coin:77: return true
  00c06  PUSH 1
  00c08  RETF
  00c09  INVALID
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  00c0a  ENTER 0
    ; access.coin:14: return self.owner
  00c0c  PUSH 6
  00c0e  SLOAD
  00c0f  RETF
  00c10  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00c11  ENTER 2
  00c13  LSET 0
    ; access.coin:18: self.only_owner()
  00c15  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  00c18  PUSH @req_ok_107
  00c1b  LGET 0
  00c1d  PUSH 0
  00c1e  EQ
  00c1f  ISZERO
  00c20  JUMPI
  00c21  PUSH 100
  00c23  MALLOC
  00c24  DUP1
  00c25  PUSH 100
  00c27  PUSH 100
  00c29  DATACOPY
  00c2a  PUSH 100
  00c2c  REVERT
req_ok_107:
  00c2d  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00c2e  PUSH 6
  00c30  SLOAD
  00c31  LSET 1
  00c33  PUSH0
  00c34  PUSH0
  00c35  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00c56  LGET 1
  00c58  LGET 0
  00c5a  LOG3
    ; access.coin:21: self.owner = next
  00c5b  PUSH 6
  00c5d  LGET 0
  00c5f  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00c60  RETF
fn_FiatCoin_set_master_minter:
    ; fiat.coin:82: pub fn set_master_minter(account: address) {
  00c61  ENTER 6
  00c63  LSET 0
    ; fiat.coin:83: self.only_owner()
  00c65  CALLF @fn_Owned_only_owner
    ; fiat.coin:84: self.master_minter = account
  00c68  PUSH 7
  00c6a  LGET 0
  00c6c  SSTORE
    ; fiat.coin:85: emit RoleAssigned("master_minter", account)
  00c6d  PUSH 64
  00c6f  MALLOC
  00c70  DUP1
  00c71  PUSH 200
  00c73  PUSH 64
  00c75  DATACOPY
  00c76  LSET 1
  00c78  PUSH 32
  00c7a  LGET 1
  00c7c  MLOAD
  00c7d  PUSH 31
  00c7f  ADD
  00c80  PUSH 5
  00c82  SHR
  00c83  PUSH 5
  00c85  SHL
  00c86  PUSH 32
  00c88  ADD
  00c89  ADD
  00c8a  LSET 2
  00c8c  LGET 2
  00c8e  MALLOC
  00c8f  LSET 3
  00c91  PUSH 32
  00c93  LSET 4
  00c95  LGET 3
  00c97  PUSH 0
  00c98  ADD
  00c99  LGET 4
  00c9b  MSTORE
  00c9c  LGET 3
  00c9e  PUSH 0
  00c9f  ADD
  00ca0  LGET 4
  00ca2  ADD
  00ca3  LGET 1
  00ca5  LGET 1
  00ca7  MLOAD
  00ca8  PUSH 31
  00caa  ADD
  00cab  PUSH 5
  00cad  SHR
  00cae  PUSH 5
  00cb0  SHL
  00cb1  PUSH 32
  00cb3  ADD
  00cb4  DUP1
  00cb5  LSET 5
  00cb7  MCOPY
  00cb8  LGET 4
  00cba  LGET 5
  00cbc  ADD
  00cbd  LSET 4
  00cbf  LGET 3
  00cc1  LGET 2
  00cc3  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00ce4  LGET 0
  00ce6  LOG2
    ; fiat.coin:82: pub fn set_master_minter(account: address) {
  00ce7  RETF
fn_FiatCoin_set_pauser:
    ; fiat.coin:88: pub fn set_pauser(account: address) {
  00ce8  ENTER 6
  00cea  LSET 0
    ; fiat.coin:89: self.only_owner()
  00cec  CALLF @fn_Owned_only_owner
    ; fiat.coin:90: self.pauser = account
  00cef  PUSH 8
  00cf1  LGET 0
  00cf3  SSTORE
    ; fiat.coin:91: emit RoleAssigned("pauser", account)
  00cf4  PUSH 64
  00cf6  MALLOC
  00cf7  DUP1
  00cf8  PUSH 264
  00cfb  PUSH 64
  00cfd  DATACOPY
  00cfe  LSET 1
  00d00  PUSH 32
  00d02  LGET 1
  00d04  MLOAD
  00d05  PUSH 31
  00d07  ADD
  00d08  PUSH 5
  00d0a  SHR
  00d0b  PUSH 5
  00d0d  SHL
  00d0e  PUSH 32
  00d10  ADD
  00d11  ADD
  00d12  LSET 2
  00d14  LGET 2
  00d16  MALLOC
  00d17  LSET 3
  00d19  PUSH 32
  00d1b  LSET 4
  00d1d  LGET 3
  00d1f  PUSH 0
  00d20  ADD
  00d21  LGET 4
  00d23  MSTORE
  00d24  LGET 3
  00d26  PUSH 0
  00d27  ADD
  00d28  LGET 4
  00d2a  ADD
  00d2b  LGET 1
  00d2d  LGET 1
  00d2f  MLOAD
  00d30  PUSH 31
  00d32  ADD
  00d33  PUSH 5
  00d35  SHR
  00d36  PUSH 5
  00d38  SHL
  00d39  PUSH 32
  00d3b  ADD
  00d3c  DUP1
  00d3d  LSET 5
  00d3f  MCOPY
  00d40  LGET 4
  00d42  LGET 5
  00d44  ADD
  00d45  LSET 4
  00d47  LGET 3
  00d49  LGET 2
  00d4b  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00d6c  LGET 0
  00d6e  LOG2
    ; fiat.coin:88: pub fn set_pauser(account: address) {
  00d6f  RETF
fn_FiatCoin_set_blacklister:
    ; fiat.coin:94: pub fn set_blacklister(account: address) {
  00d70  ENTER 6
  00d72  LSET 0
    ; fiat.coin:95: self.only_owner()
  00d74  CALLF @fn_Owned_only_owner
    ; fiat.coin:96: self.blacklister = account
  00d77  PUSH 9
  00d79  LGET 0
  00d7b  SSTORE
    ; fiat.coin:97: emit RoleAssigned("blacklister", account)
  00d7c  PUSH 64
  00d7e  MALLOC
  00d7f  DUP1
  00d80  PUSH 328
  00d83  PUSH 64
  00d85  DATACOPY
  00d86  LSET 1
  00d88  PUSH 32
  00d8a  LGET 1
  00d8c  MLOAD
  00d8d  PUSH 31
  00d8f  ADD
  00d90  PUSH 5
  00d92  SHR
  00d93  PUSH 5
  00d95  SHL
  00d96  PUSH 32
  00d98  ADD
  00d99  ADD
  00d9a  LSET 2
  00d9c  LGET 2
  00d9e  MALLOC
  00d9f  LSET 3
  00da1  PUSH 32
  00da3  LSET 4
  00da5  LGET 3
  00da7  PUSH 0
  00da8  ADD
  00da9  LGET 4
  00dab  MSTORE
  00dac  LGET 3
  00dae  PUSH 0
  00daf  ADD
  00db0  LGET 4
  00db2  ADD
  00db3  LGET 1
  00db5  LGET 1
  00db7  MLOAD
  00db8  PUSH 31
  00dba  ADD
  00dbb  PUSH 5
  00dbd  SHR
  00dbe  PUSH 5
  00dc0  SHL
  00dc1  PUSH 32
  00dc3  ADD
  00dc4  DUP1
  00dc5  LSET 5
  00dc7  MCOPY
  00dc8  LGET 4
  00dca  LGET 5
  00dcc  ADD
  00dcd  LSET 4
  00dcf  LGET 3
  00dd1  LGET 2
  00dd3  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00df4  LGET 0
  00df6  LOG2
    ; fiat.coin:94: pub fn set_blacklister(account: address) {
  00df7  RETF
fn_FiatCoin_set_attester:
    ; fiat.coin:100: pub fn set_attester(account: address) {
  00df8  ENTER 6
  00dfa  LSET 0
    ; fiat.coin:101: self.only_owner()
  00dfc  CALLF @fn_Owned_only_owner
    ; fiat.coin:102: self.attester = account
  00dff  PUSH 10
  00e01  LGET 0
  00e03  SSTORE
    ; fiat.coin:103: emit RoleAssigned("attester", account)
  00e04  PUSH 64
  00e06  MALLOC
  00e07  DUP1
  00e08  PUSH 392
  00e0b  PUSH 64
  00e0d  DATACOPY
  00e0e  LSET 1
  00e10  PUSH 32
  00e12  LGET 1
  00e14  MLOAD
  00e15  PUSH 31
  00e17  ADD
  00e18  PUSH 5
  00e1a  SHR
  00e1b  PUSH 5
  00e1d  SHL
  00e1e  PUSH 32
  00e20  ADD
  00e21  ADD
  00e22  LSET 2
  00e24  LGET 2
  00e26  MALLOC
  00e27  LSET 3
  00e29  PUSH 32
  00e2b  LSET 4
  00e2d  LGET 3
  00e2f  PUSH 0
  00e30  ADD
  00e31  LGET 4
  00e33  MSTORE
  00e34  LGET 3
  00e36  PUSH 0
  00e37  ADD
  00e38  LGET 4
  00e3a  ADD
  00e3b  LGET 1
  00e3d  LGET 1
  00e3f  MLOAD
  00e40  PUSH 31
  00e42  ADD
  00e43  PUSH 5
  00e45  SHR
  00e46  PUSH 5
  00e48  SHL
  00e49  PUSH 32
  00e4b  ADD
  00e4c  DUP1
  00e4d  LSET 5
  00e4f  MCOPY
  00e50  LGET 4
  00e52  LGET 5
  00e54  ADD
  00e55  LSET 4
  00e57  LGET 3
  00e59  LGET 2
  00e5b  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00e7c  LGET 0
  00e7e  LOG2
    ; fiat.coin:100: pub fn set_attester(account: address) {
  00e7f  RETF
fn_FiatCoin_set_issuer:
    ; fiat.coin:106: pub fn set_issuer(account: address) {
  00e80  ENTER 6
  00e82  LSET 0
    ; fiat.coin:107: self.only_owner()
  00e84  CALLF @fn_Owned_only_owner
    ; fiat.coin:108: self.issuer = account
  00e87  PUSH 11
  00e89  LGET 0
  00e8b  SSTORE
    ; fiat.coin:109: emit RoleAssigned("issuer", account)
  00e8c  PUSH 64
  00e8e  MALLOC
  00e8f  DUP1
  00e90  PUSH 456
  00e93  PUSH 64
  00e95  DATACOPY
  00e96  LSET 1
  00e98  PUSH 32
  00e9a  LGET 1
  00e9c  MLOAD
  00e9d  PUSH 31
  00e9f  ADD
  00ea0  PUSH 5
  00ea2  SHR
  00ea3  PUSH 5
  00ea5  SHL
  00ea6  PUSH 32
  00ea8  ADD
  00ea9  ADD
  00eaa  LSET 2
  00eac  LGET 2
  00eae  MALLOC
  00eaf  LSET 3
  00eb1  PUSH 32
  00eb3  LSET 4
  00eb5  LGET 3
  00eb7  PUSH 0
  00eb8  ADD
  00eb9  LGET 4
  00ebb  MSTORE
  00ebc  LGET 3
  00ebe  PUSH 0
  00ebf  ADD
  00ec0  LGET 4
  00ec2  ADD
  00ec3  LGET 1
  00ec5  LGET 1
  00ec7  MLOAD
  00ec8  PUSH 31
  00eca  ADD
  00ecb  PUSH 5
  00ecd  SHR
  00ece  PUSH 5
  00ed0  SHL
  00ed1  PUSH 32
  00ed3  ADD
  00ed4  DUP1
  00ed5  LSET 5
  00ed7  MCOPY
  00ed8  LGET 4
  00eda  LGET 5
  00edc  ADD
  00edd  LSET 4
  00edf  LGET 3
  00ee1  LGET 2
  00ee3  PUSH 0x1cf4c2f10398d18e27c3336eeadbf9ce9571462b7cb30d5d9a4024580f208d21
  00f04  LGET 0
  00f06  LOG2
    ; fiat.coin:106: pub fn set_issuer(account: address) {
  00f07  RETF
fn_FiatCoin_set_max_attestation_age:
    ; fiat.coin:112: pub fn set_max_attestation_age(seconds: uint) {
  00f08  ENTER 2
  00f0a  LSET 0
    ; fiat.coin:113: self.only_owner()
  00f0c  CALLF @fn_Owned_only_owner
    ; fiat.coin:114: require(seconds > 0, "max_attestation_age must be positive")
  00f0f  PUSH @req_ok_108
  00f12  LGET 0
  00f14  PUSH 0
  00f15  GT
  00f16  JUMPI
  00f17  PUSH 132
  00f19  MALLOC
  00f1a  DUP1
  00f1b  PUSH 520
  00f1e  PUSH 132
  00f20  DATACOPY
  00f21  PUSH 132
  00f23  REVERT
req_ok_108:
  00f24  JUMPDEST
    ; fiat.coin:115: self.max_attestation_age = seconds
  00f25  PUSH 18
  00f27  LGET 0
  00f29  SSTORE
    ; fiat.coin:116: emit MaxAttestationAgeSet(seconds)
  00f2a  PUSH 32
  00f2c  MALLOC
  00f2d  LSET 1
  00f2f  LGET 1
  00f31  LGET 0
  00f33  MSTORE
  00f34  LGET 1
  00f36  PUSH 32
  00f38  PUSH 0xb01be5a48d4cb89d0db16669a1c0ba4de7489d4ead767928153bab34e833a7cf
  00f59  LOG1
    ; fiat.coin:112: pub fn set_max_attestation_age(seconds: uint) {
  00f5a  RETF
fn_FiatCoin_configure_minter:
    ; fiat.coin:120: pub fn configure_minter(minter: address, allowance: uint) {
  00f5b  ENTER 3
  00f5d  LSET 1
  00f5f  LSET 0
    ; fiat.coin:121: require(msg.sender == self.master_minter, "caller is not the master minter")
  00f61  PUSH @req_ok_109
  00f64  CALLER
  00f65  PUSH 7
  00f67  SLOAD
  00f68  EQ
  00f69  JUMPI
  00f6a  PUSH 100
  00f6c  MALLOC
  00f6d  DUP1
  00f6e  PUSH 652
  00f71  PUSH 100
  00f73  DATACOPY
  00f74  PUSH 100
  00f76  REVERT
req_ok_109:
  00f77  JUMPDEST
    ; fiat.coin:122: require(not self.paused, "paused")
  00f78  PUSH @req_ok_110
  00f7b  PUSH 12
  00f7d  SLOAD
  00f7e  ISZERO
  00f7f  JUMPI
  00f80  PUSH 100
  00f82  MALLOC
  00f83  DUP1
  00f84  PUSH 752
  00f87  PUSH 100
  00f89  DATACOPY
  00f8a  PUSH 100
  00f8c  REVERT
req_ok_110:
  00f8d  JUMPDEST
    ; fiat.coin:123: self.minter_enabled[minter] = true
  00f8e  PUSH0
  00f8f  LGET 0
  00f91  MSTORE
  00f92  PUSH 32
  00f94  PUSH 14
  00f96  MSTORE
  00f97  PUSH0
  00f98  PUSH 64
  00f9a  KECCAK256
  00f9b  PUSH 1
  00f9d  SSTORE
    ; fiat.coin:124: self.minter_allowances[minter] = allowance
  00f9e  PUSH0
  00f9f  LGET 0
  00fa1  MSTORE
  00fa2  PUSH 32
  00fa4  PUSH 15
  00fa6  MSTORE
  00fa7  PUSH0
  00fa8  PUSH 64
  00faa  KECCAK256
  00fab  LGET 1
  00fad  SSTORE
    ; fiat.coin:125: emit MinterConfigured(minter, allowance)
  00fae  PUSH 32
  00fb0  MALLOC
  00fb1  LSET 2
  00fb3  LGET 2
  00fb5  LGET 1
  00fb7  MSTORE
  00fb8  LGET 2
  00fba  PUSH 32
  00fbc  PUSH 0x46980fca912ef9bcdbd36877427b6b90e860769f604e89c0e67720cece530d20
  00fdd  LGET 0
  00fdf  LOG2
    ; fiat.coin:120: pub fn configure_minter(minter: address, allowance: uint) {
  00fe0  RETF
fn_FiatCoin_remove_minter:
    ; fiat.coin:128: pub fn remove_minter(minter: address) {
  00fe1  ENTER 1
  00fe3  LSET 0
    ; fiat.coin:129: require(msg.sender == self.master_minter, "caller is not the master minter")
  00fe5  PUSH @req_ok_111
  00fe8  CALLER
  00fe9  PUSH 7
  00feb  SLOAD
  00fec  EQ
  00fed  JUMPI
  00fee  PUSH 100
  00ff0  MALLOC
  00ff1  DUP1
  00ff2  PUSH 652
  00ff5  PUSH 100
  00ff7  DATACOPY
  00ff8  PUSH 100
  00ffa  REVERT
req_ok_111:
  00ffb  JUMPDEST
    ; fiat.coin:130: self.minter_enabled[minter] = false
  00ffc  PUSH0
  00ffd  LGET 0
  00fff  MSTORE
  01000  PUSH 32
  01002  PUSH 14
  01004  MSTORE
  01005  PUSH0
  01006  PUSH 64
  01008  KECCAK256
  01009  PUSH 0
  0100a  SSTORE
    ; fiat.coin:131: self.minter_allowances[minter] = 0
  0100b  PUSH0
  0100c  LGET 0
  0100e  MSTORE
  0100f  PUSH 32
  01011  PUSH 15
  01013  MSTORE
  01014  PUSH0
  01015  PUSH 64
  01017  KECCAK256
  01018  PUSH 0
  01019  SSTORE
    ; fiat.coin:132: emit MinterRemoved(minter)
  0101a  PUSH0
  0101b  PUSH0
  0101c  PUSH 0xe94479a9f7e1952cc78f2d6baab678adc1b772d936c6583def489e524cb66692
  0103d  LGET 0
  0103f  LOG2
    ; fiat.coin:128: pub fn remove_minter(minter: address) {
  01040  RETF
fn_FiatCoin_mint:
    ; fiat.coin:135: pub fn mint(to: address, amount: uint) -> bool {
  01041  ENTER 5
  01043  LSET 1
  01045  LSET 0
    ; fiat.coin:136: require(not self.paused, "paused")
  01047  PUSH @req_ok_112
  0104a  PUSH 12
  0104c  SLOAD
  0104d  ISZERO
  0104e  JUMPI
  0104f  PUSH 100
  01051  MALLOC
  01052  DUP1
  01053  PUSH 752
  01056  PUSH 100
  01058  DATACOPY
  01059  PUSH 100
  0105b  REVERT
req_ok_112:
  0105c  JUMPDEST
    ; fiat.coin:137: require(self.minter_enabled[msg.sender], "caller is not a minter")
  0105d  PUSH @req_ok_113
  01060  PUSH0
  01061  CALLER
  01062  MSTORE
  01063  PUSH 32
  01065  PUSH 14
  01067  MSTORE
  01068  PUSH0
  01069  PUSH 64
  0106b  KECCAK256
  0106c  SLOAD
  0106d  JUMPI
  0106e  PUSH 100
  01070  MALLOC
  01071  DUP1
  01072  PUSH 852
  01075  PUSH 100
  01077  DATACOPY
  01078  PUSH 100
  0107a  REVERT
req_ok_113:
  0107b  JUMPDEST
    ; fiat.coin:138: require(not self.blacklist[msg.sender], "minter is blacklisted")
  0107c  PUSH @req_ok_114
  0107f  PUSH0
  01080  CALLER
  01081  MSTORE
  01082  PUSH 32
  01084  PUSH 13
  01086  MSTORE
  01087  PUSH0
  01088  PUSH 64
  0108a  KECCAK256
  0108b  SLOAD
  0108c  ISZERO
  0108d  JUMPI
  0108e  PUSH 100
  01090  MALLOC
  01091  DUP1
  01092  PUSH 952
  01095  PUSH 100
  01097  DATACOPY
  01098  PUSH 100
  0109a  REVERT
req_ok_114:
  0109b  JUMPDEST
    ; fiat.coin:139: require(amount > 0, "mint amount must be positive")
  0109c  PUSH @req_ok_115
  0109f  LGET 1
  010a1  PUSH 0
  010a2  GT
  010a3  JUMPI
  010a4  PUSH 100
  010a6  MALLOC
  010a7  DUP1
  010a8  PUSH 1052
  010ab  PUSH 100
  010ad  DATACOPY
  010ae  PUSH 100
  010b0  REVERT
req_ok_115:
  010b1  JUMPDEST
    ; fiat.coin:140: let allowance = self.minter_allowances[msg.sender]
  010b2  PUSH0
  010b3  CALLER
  010b4  MSTORE
  010b5  PUSH 32
  010b7  PUSH 15
  010b9  MSTORE
  010ba  PUSH0
  010bb  PUSH 64
  010bd  KECCAK256
  010be  SLOAD
  010bf  LSET 2
    ; fiat.coin:141: require(amount <= allowance, "mint amount exceeds minter allowance")
  010c1  PUSH @req_ok_116
  010c4  LGET 1
  010c6  LGET 2
  010c8  GT
  010c9  ISZERO
  010ca  JUMPI
  010cb  PUSH 132
  010cd  MALLOC
  010ce  DUP1
  010cf  PUSH 1152
  010d2  PUSH 132
  010d4  DATACOPY
  010d5  PUSH 132
  010d7  REVERT
req_ok_116:
  010d8  JUMPDEST
    ; fiat.coin:142: require(self.attested_at > 0, "reserves were never attested")
  010d9  PUSH @req_ok_117
  010dc  PUSH 17
  010de  SLOAD
  010df  PUSH 0
  010e0  GT
  010e1  JUMPI
  010e2  PUSH 100
  010e4  MALLOC
  010e5  DUP1
  010e6  PUSH 1284
  010e9  PUSH 100
  010eb  DATACOPY
  010ec  PUSH 100
  010ee  REVERT
req_ok_117:
  010ef  JUMPDEST
    ; fiat.coin:143: require(block.timestamp <= self.attested_at + self.max_attestation_age,
  010f0  PUSH @req_ok_118
  010f3  TIMESTAMP
  010f4  PUSH 17
  010f6  SLOAD
  010f7  PUSH 18
  010f9  SLOAD
  010fa  CADD
  010fb  GT
  010fc  ISZERO
  010fd  JUMPI
  010fe  PUSH 100
  01100  MALLOC
  01101  DUP1
  01102  PUSH 1384
  01105  PUSH 100
  01107  DATACOPY
  01108  PUSH 100
  0110a  REVERT
req_ok_118:
  0110b  JUMPDEST
    ; fiat.coin:145: require(self.supply + amount <= self.available_reserves(), "mint would exceed attested reserves")
  0110c  PUSH @req_ok_119
  0110f  PUSH 3
  01111  SLOAD
  01112  LGET 1
  01114  CADD
  01115  CALLF @fn_FiatCoin_available_reserves
  01118  GT
  01119  ISZERO
  0111a  JUMPI
  0111b  PUSH 132
  0111d  MALLOC
  0111e  DUP1
  0111f  PUSH 1484
  01122  PUSH 132
  01124  DATACOPY
  01125  PUSH 132
  01127  REVERT
req_ok_119:
  01128  JUMPDEST
    ; fiat.coin:146: self.minter_allowances[msg.sender] = allowance - amount
  01129  LGET 2
  0112b  LGET 1
  0112d  CSUB
  0112e  PUSH0
  0112f  CALLER
  01130  MSTORE
  01131  PUSH 32
  01133  PUSH 15
  01135  MSTORE
  01136  PUSH0
  01137  PUSH 64
  01139  KECCAK256
  0113a  SWAP1
  0113b  SSTORE
    ; fiat.coin:147: self.mint_to(to, amount)
  0113c  LGET 0
  0113e  LGET 1
  01140  CALLF @fn_Token_mint_to
    ; fiat.coin:148: emit Mint(msg.sender, to, amount)
  01143  CALLER
  01144  LSET 3
  01146  PUSH 32
  01148  MALLOC
  01149  LSET 4
  0114b  LGET 4
  0114d  LGET 1
  0114f  MSTORE
  01150  LGET 4
  01152  PUSH 32
  01154  PUSH 0xab8530f87dc9b59234c4623bf917212bb2536d647574c8e7e5da92c2ede0c9f8
  01175  LGET 3
  01177  LGET 0
  01179  LOG3
    ; fiat.coin:149: return true
  0117a  PUSH 1
  0117c  RETF
  0117d  INVALID
fn_FiatCoin_burn:
    ; fiat.coin:152: pub fn burn(amount: uint) {
  0117e  ENTER 3
  01180  LSET 0
    ; fiat.coin:153: require(self.minter_enabled[msg.sender], "caller is not a minter")
  01182  PUSH @req_ok_120
  01185  PUSH0
  01186  CALLER
  01187  MSTORE
  01188  PUSH 32
  0118a  PUSH 14
  0118c  MSTORE
  0118d  PUSH0
  0118e  PUSH 64
  01190  KECCAK256
  01191  SLOAD
  01192  JUMPI
  01193  PUSH 100
  01195  MALLOC
  01196  DUP1
  01197  PUSH 852
  0119a  PUSH 100
  0119c  DATACOPY
  0119d  PUSH 100
  0119f  REVERT
req_ok_120:
  011a0  JUMPDEST
    ; fiat.coin:154: require(amount > 0, "burn amount must be positive")
  011a1  PUSH @req_ok_121
  011a4  LGET 0
  011a6  PUSH 0
  011a7  GT
  011a8  JUMPI
  011a9  PUSH 100
  011ab  MALLOC
  011ac  DUP1
  011ad  PUSH 1616
  011b0  PUSH 100
  011b2  DATACOPY
  011b3  PUSH 100
  011b5  REVERT
req_ok_121:
  011b6  JUMPDEST
    ; fiat.coin:155: self.burn_from(msg.sender, amount)
  011b7  CALLER
  011b8  LGET 0
  011ba  CALLF @fn_Token_burn_from
    ; fiat.coin:156: emit Burn(msg.sender, amount)
  011bd  CALLER
  011be  LSET 1
  011c0  PUSH 32
  011c2  MALLOC
  011c3  LSET 2
  011c5  LGET 2
  011c7  LGET 0
  011c9  MSTORE
  011ca  LGET 2
  011cc  PUSH 32
  011ce  PUSH 0xcc16f5dbb4873280815c1ee09dbd06736cffcc184412cf7a71a0fdb75d397ca5
  011ef  LGET 1
  011f1  LOG2
    ; fiat.coin:152: pub fn burn(amount: uint) {
  011f2  RETF
fn_FiatCoin_pause:
    ; fiat.coin:160: pub fn pause() {
  011f3  ENTER 0
    ; fiat.coin:161: require(msg.sender == self.pauser, "caller is not the pauser")
  011f5  PUSH @req_ok_122
  011f8  CALLER
  011f9  PUSH 8
  011fb  SLOAD
  011fc  EQ
  011fd  JUMPI
  011fe  PUSH 100
  01200  MALLOC
  01201  DUP1
  01202  PUSH 1716
  01205  PUSH 100
  01207  DATACOPY
  01208  PUSH 100
  0120a  REVERT
req_ok_122:
  0120b  JUMPDEST
    ; fiat.coin:162: self.paused = true
  0120c  PUSH 12
  0120e  PUSH 1
  01210  SSTORE
    ; fiat.coin:163: emit Pause()
  01211  PUSH0
  01212  PUSH0
  01213  PUSH 0x6985a02210a168e66602d3235cb6db0e70f92b3ba4d376a33c0f3d9434bff625
  01234  LOG1
    ; fiat.coin:160: pub fn pause() {
  01235  RETF
fn_FiatCoin_unpause:
    ; fiat.coin:166: pub fn unpause() {
  01236  ENTER 0
    ; fiat.coin:167: require(msg.sender == self.pauser, "caller is not the pauser")
  01238  PUSH @req_ok_123
  0123b  CALLER
  0123c  PUSH 8
  0123e  SLOAD
  0123f  EQ
  01240  JUMPI
  01241  PUSH 100
  01243  MALLOC
  01244  DUP1
  01245  PUSH 1716
  01248  PUSH 100
  0124a  DATACOPY
  0124b  PUSH 100
  0124d  REVERT
req_ok_123:
  0124e  JUMPDEST
    ; fiat.coin:168: self.paused = false
  0124f  PUSH 12
  01251  PUSH 0
  01252  SSTORE
    ; fiat.coin:169: emit Unpause()
  01253  PUSH0
  01254  PUSH0
  01255  PUSH 0x7805862f689e2f13df9f062ff482ad3ad112aca9e0847911ed832e158c525b33
  01276  LOG1
    ; fiat.coin:166: pub fn unpause() {
  01277  RETF
fn_FiatCoin_blacklist_account:
    ; fiat.coin:172: pub fn blacklist_account(account: address) {
  01278  ENTER 1
  0127a  LSET 0
    ; fiat.coin:173: require(msg.sender == self.blacklister, "caller is not the blacklister")
  0127c  PUSH @req_ok_124
  0127f  CALLER
  01280  PUSH 9
  01282  SLOAD
  01283  EQ
  01284  JUMPI
  01285  PUSH 100
  01287  MALLOC
  01288  DUP1
  01289  PUSH 1816
  0128c  PUSH 100
  0128e  DATACOPY
  0128f  PUSH 100
  01291  REVERT
req_ok_124:
  01292  JUMPDEST
    ; fiat.coin:174: self.blacklist[account] = true
  01293  PUSH0
  01294  LGET 0
  01296  MSTORE
  01297  PUSH 32
  01299  PUSH 13
  0129b  MSTORE
  0129c  PUSH0
  0129d  PUSH 64
  0129f  KECCAK256
  012a0  PUSH 1
  012a2  SSTORE
    ; fiat.coin:175: emit Blacklisted(account)
  012a3  PUSH0
  012a4  PUSH0
  012a5  PUSH 0xffa4e6181777692565cf28528fc88fd1516ea86b56da075235fa575af6a4b855
  012c6  LGET 0
  012c8  LOG2
    ; fiat.coin:172: pub fn blacklist_account(account: address) {
  012c9  RETF
fn_FiatCoin_unblacklist_account:
    ; fiat.coin:178: pub fn unblacklist_account(account: address) {
  012ca  ENTER 1
  012cc  LSET 0
    ; fiat.coin:179: require(msg.sender == self.blacklister, "caller is not the blacklister")
  012ce  PUSH @req_ok_125
  012d1  CALLER
  012d2  PUSH 9
  012d4  SLOAD
  012d5  EQ
  012d6  JUMPI
  012d7  PUSH 100
  012d9  MALLOC
  012da  DUP1
  012db  PUSH 1816
  012de  PUSH 100
  012e0  DATACOPY
  012e1  PUSH 100
  012e3  REVERT
req_ok_125:
  012e4  JUMPDEST
    ; fiat.coin:180: self.blacklist[account] = false
  012e5  PUSH0
  012e6  LGET 0
  012e8  MSTORE
  012e9  PUSH 32
  012eb  PUSH 13
  012ed  MSTORE
  012ee  PUSH0
  012ef  PUSH 64
  012f1  KECCAK256
  012f2  PUSH 0
  012f3  SSTORE
    ; fiat.coin:181: emit UnBlacklisted(account)
  012f4  PUSH0
  012f5  PUSH0
  012f6  PUSH 0x117e3210bb9aa7d9baff172026820255c6f6c30ba8999d1c2fd88e2848137c4e
  01317  LGET 0
  01319  LOG2
    ; fiat.coin:178: pub fn unblacklist_account(account: address) {
  0131a  RETF
fn_FiatCoin_DOMAIN_SEPARATOR:
    ; fiat.coin:200: pub view fn DOMAIN_SEPARATOR() -> bytes32 {
  0131b  ENTER 5
    ; fiat.coin:201: return eip712_domain(self.token_name, "2")
  0131d  PUSH 0
  0131e  SLOADBYTES
  0131f  DUP1
  01320  MLOAD
  01321  SWAP1
  01322  PUSH 32
  01324  ADD
  01325  SWAP1
  01326  KECCAK256
  01327  LSET 0
  01329  PUSH 64
  0132b  MALLOC
  0132c  DUP1
  0132d  PUSH 1916
  01330  PUSH 64
  01332  DATACOPY
  01333  DUP1
  01334  MLOAD
  01335  SWAP1
  01336  PUSH 32
  01338  ADD
  01339  SWAP1
  0133a  KECCAK256
  0133b  LSET 1
  0133d  CHAINID
  0133e  LSET 2
  01340  ADDRESS
  01341  LSET 3
  01343  PUSH 160
  01345  MALLOC
  01346  LSET 4
  01348  LGET 4
  0134a  PUSH 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f
  0136b  MSTORE
  0136c  LGET 4
  0136e  PUSH 32
  01370  ADD
  01371  LGET 0
  01373  MSTORE
  01374  LGET 4
  01376  PUSH 64
  01378  ADD
  01379  LGET 1
  0137b  MSTORE
  0137c  LGET 4
  0137e  PUSH 96
  01380  ADD
  01381  LGET 2
  01383  MSTORE
  01384  LGET 4
  01386  PUSH 128
  01388  ADD
  01389  LGET 3
  0138b  MSTORE
  0138c  LGET 4
  0138e  PUSH 160
  01390  KECCAK256
  01391  RETF
  01392  INVALID
fn_FiatCoin_nonces:
    ; fiat.coin:204: pub view fn nonces(owner: address) -> uint {
  01393  ENTER 1
  01395  LSET 0
    ; fiat.coin:205: return self.permit_nonces[owner]
  01397  PUSH0
  01398  LGET 0
  0139a  MSTORE
  0139b  PUSH 32
  0139d  PUSH 24
  0139f  MSTORE
  013a0  PUSH0
  013a1  PUSH 64
  013a3  KECCAK256
  013a4  SLOAD
  013a5  RETF
  013a6  INVALID
fn_FiatCoin_authorizationState:
    ; fiat.coin:208: pub view fn authorizationState(authorizer: address, nonce: bytes32) -> bool {
  013a7  ENTER 2
  013a9  LSET 1
  013ab  LSET 0
    ; fiat.coin:209: return self.authorizations[authorizer][nonce]
  013ad  PUSH 32
  013af  PUSH0
  013b0  LGET 0
  013b2  MSTORE
  013b3  PUSH 32
  013b5  PUSH 25
  013b7  MSTORE
  013b8  PUSH0
  013b9  PUSH 64
  013bb  KECCAK256
  013bc  MSTORE
  013bd  PUSH0
  013be  LGET 1
  013c0  MSTORE
  013c1  PUSH0
  013c2  PUSH 64
  013c4  KECCAK256
  013c5  SLOAD
  013c6  RETF
  013c7  INVALID
fn_FiatCoin_permit:
    ; fiat.coin:212: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  013c8  ENTER 15
  013ca  LSET 6
  013cc  LSET 5
  013ce  LSET 4
  013d0  LSET 3
  013d2  LSET 2
  013d4  LSET 1
  013d6  LSET 0
    ; fiat.coin:214: require(deadline >= block.timestamp, "permit is expired")
  013d8  PUSH @req_ok_126
  013db  LGET 3
  013dd  TIMESTAMP
  013de  LT
  013df  ISZERO
  013e0  JUMPI
  013e1  PUSH 100
  013e3  MALLOC
  013e4  DUP1
  013e5  PUSH 1980
  013e8  PUSH 100
  013ea  DATACOPY
  013eb  PUSH 100
  013ed  REVERT
req_ok_126:
  013ee  JUMPDEST
    ; fiat.coin:215: let nonce = self.permit_nonces[owner]
  013ef  PUSH0
  013f0  LGET 0
  013f2  MSTORE
  013f3  PUSH 32
  013f5  PUSH 24
  013f7  MSTORE
  013f8  PUSH0
  013f9  PUSH 64
  013fb  KECCAK256
  013fc  SLOAD
  013fd  LSET 7
    ; fiat.coin:216: let h = eip712_struct_hash(Permit(owner: owner, spender: spender, value: value, nonce: nonce,
  013ff  LGET 0
  01401  LGET 1
  01403  LGET 2
  01405  LGET 7
    ; fiat.coin:217: deadline: deadline))
  01407  LGET 3
    ; fiat.coin:216: let h = eip712_struct_hash(Permit(owner: owner, spender: spender, value: value, nonce: nonce,
  01409  LSET 13
  0140b  LSET 12
  0140d  LSET 11
  0140f  LSET 10
  01411  LSET 9
  01413  PUSH 192
  01415  MALLOC
  01416  LSET 14
  01418  LGET 14
  0141a  PUSH 0x6e71edae12b1b97f4d1f60370fef10105fa2faae0126114a169c64845d6126c9
  0143b  MSTORE
  0143c  LGET 14
  0143e  PUSH 32
  01440  ADD
  01441  LGET 9
  01443  MSTORE
  01444  LGET 14
  01446  PUSH 64
  01448  ADD
  01449  LGET 10
  0144b  MSTORE
  0144c  LGET 14
  0144e  PUSH 96
  01450  ADD
  01451  LGET 11
  01453  MSTORE
  01454  LGET 14
  01456  PUSH 128
  01458  ADD
  01459  LGET 12
  0145b  MSTORE
  0145c  LGET 14
  0145e  PUSH 160
  01460  ADD
  01461  LGET 13
  01463  MSTORE
  01464  LGET 14
  01466  PUSH 192
  01468  KECCAK256
  01469  LSET 8
    ; fiat.coin:218: self.require_signer(owner, h, v, r, s)
  0146b  LGET 0
  0146d  LGET 8
  0146f  LGET 4
  01471  LGET 5
  01473  LGET 6
  01475  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:219: self.permit_nonces[owner] = nonce + 1
  01478  LGET 7
  0147a  PUSH 1
  0147c  CADD
  0147d  PUSH0
  0147e  LGET 0
  01480  MSTORE
  01481  PUSH 32
  01483  PUSH 24
  01485  MSTORE
  01486  PUSH0
  01487  PUSH 64
  01489  KECCAK256
  0148a  SWAP1
  0148b  SSTORE
    ; fiat.coin:220: self.approve_checked(owner, spender, value)
  0148c  LGET 0
  0148e  LGET 1
  01490  LGET 2
  01492  CALLF @fn_FiatCoin_approve_checked
    ; fiat.coin:212: pub fn permit(owner: address, spender: address, value: uint, deadline: uint, v: uint8, r: bytes32,
  01495  RETF
fn_FiatCoin_transferWithAuthorization:
    ; fiat.coin:223: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  01496  ENTER 17
  01498  LSET 8
  0149a  LSET 7
  0149c  LSET 6
  0149e  LSET 5
  014a0  LSET 4
  014a2  LSET 3
  014a4  LSET 2
  014a6  LSET 1
  014a8  LSET 0
    ; fiat.coin:225: let h = eip712_struct_hash(TransferWithAuthorization(from: from, to: to, value: value,
  014aa  LGET 0
  014ac  LGET 1
  014ae  LGET 2
    ; fiat.coin:226: validAfter: validAfter, validBefore: validBefore,
  014b0  LGET 3
  014b2  LGET 4
    ; fiat.coin:227: nonce: nonce))
  014b4  LGET 5
    ; fiat.coin:225: let h = eip712_struct_hash(TransferWithAuthorization(from: from, to: to, value: value,
  014b6  LSET 15
  014b8  LSET 14
  014ba  LSET 13
  014bc  LSET 12
  014be  LSET 11
  014c0  LSET 10
  014c2  PUSH 224
  014c4  MALLOC
  014c5  LSET 16
  014c7  LGET 16
  014c9  PUSH 0x7c7c6cdb67a18743f49ec6fa9b35f50d52ed05cbed4cc592e13b44501c1a2267
  014ea  MSTORE
  014eb  LGET 16
  014ed  PUSH 32
  014ef  ADD
  014f0  LGET 10
  014f2  MSTORE
  014f3  LGET 16
  014f5  PUSH 64
  014f7  ADD
  014f8  LGET 11
  014fa  MSTORE
  014fb  LGET 16
  014fd  PUSH 96
  014ff  ADD
  01500  LGET 12
  01502  MSTORE
  01503  LGET 16
  01505  PUSH 128
  01507  ADD
  01508  LGET 13
  0150a  MSTORE
  0150b  LGET 16
  0150d  PUSH 160
  0150f  ADD
  01510  LGET 14
  01512  MSTORE
  01513  LGET 16
  01515  PUSH 192
  01517  ADD
  01518  LGET 15
  0151a  MSTORE
  0151b  LGET 16
  0151d  PUSH 224
  0151f  KECCAK256
  01520  LSET 9
    ; fiat.coin:228: self.use_authorization(from, nonce, validAfter, validBefore, h, v, r, s)
  01522  LGET 0
  01524  LGET 5
  01526  LGET 3
  01528  LGET 4
  0152a  LGET 9
  0152c  LGET 6
  0152e  LGET 7
  01530  LGET 8
  01532  CALLF @fn_FiatCoin_use_authorization
    ; fiat.coin:229: self.move_tokens(from, to, value)
  01535  LGET 0
  01537  LGET 1
  01539  LGET 2
  0153b  CALLF @fn_Token_move_tokens
    ; fiat.coin:223: pub fn transferWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0153e  RETF
fn_FiatCoin_receiveWithAuthorization:
    ; fiat.coin:232: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  0153f  ENTER 17
  01541  LSET 8
  01543  LSET 7
  01545  LSET 6
  01547  LSET 5
  01549  LSET 4
  0154b  LSET 3
  0154d  LSET 2
  0154f  LSET 1
  01551  LSET 0
    ; fiat.coin:234: require(to == msg.sender, "caller must be the payee")
  01553  PUSH @req_ok_127
  01556  LGET 1
  01558  CALLER
  01559  EQ
  0155a  JUMPI
  0155b  PUSH 100
  0155d  MALLOC
  0155e  DUP1
  0155f  PUSH 2080
  01562  PUSH 100
  01564  DATACOPY
  01565  PUSH 100
  01567  REVERT
req_ok_127:
  01568  JUMPDEST
    ; fiat.coin:235: let h = eip712_struct_hash(ReceiveWithAuthorization(from: from, to: to, value: value,
  01569  LGET 0
  0156b  LGET 1
  0156d  LGET 2
    ; fiat.coin:236: validAfter: validAfter, validBefore: validBefore,
  0156f  LGET 3
  01571  LGET 4
    ; fiat.coin:237: nonce: nonce))
  01573  LGET 5
    ; fiat.coin:235: let h = eip712_struct_hash(ReceiveWithAuthorization(from: from, to: to, value: value,
  01575  LSET 15
  01577  LSET 14
  01579  LSET 13
  0157b  LSET 12
  0157d  LSET 11
  0157f  LSET 10
  01581  PUSH 224
  01583  MALLOC
  01584  LSET 16
  01586  LGET 16
  01588  PUSH 0xd099cc98ef71107a616c4f0f941f04c322d8e254fe26b3c6668db87aae413de8
  015a9  MSTORE
  015aa  LGET 16
  015ac  PUSH 32
  015ae  ADD
  015af  LGET 10
  015b1  MSTORE
  015b2  LGET 16
  015b4  PUSH 64
  015b6  ADD
  015b7  LGET 11
  015b9  MSTORE
  015ba  LGET 16
  015bc  PUSH 96
  015be  ADD
  015bf  LGET 12
  015c1  MSTORE
  015c2  LGET 16
  015c4  PUSH 128
  015c6  ADD
  015c7  LGET 13
  015c9  MSTORE
  015ca  LGET 16
  015cc  PUSH 160
  015ce  ADD
  015cf  LGET 14
  015d1  MSTORE
  015d2  LGET 16
  015d4  PUSH 192
  015d6  ADD
  015d7  LGET 15
  015d9  MSTORE
  015da  LGET 16
  015dc  PUSH 224
  015de  KECCAK256
  015df  LSET 9
    ; fiat.coin:238: self.use_authorization(from, nonce, validAfter, validBefore, h, v, r, s)
  015e1  LGET 0
  015e3  LGET 5
  015e5  LGET 3
  015e7  LGET 4
  015e9  LGET 9
  015eb  LGET 6
  015ed  LGET 7
  015ef  LGET 8
  015f1  CALLF @fn_FiatCoin_use_authorization
    ; fiat.coin:239: self.move_tokens(from, to, value)
  015f4  LGET 0
  015f6  LGET 1
  015f8  LGET 2
  015fa  CALLF @fn_Token_move_tokens
    ; fiat.coin:232: pub fn receiveWithAuthorization(from: address, to: address, value: uint, validAfter: uint,
  015fd  RETF
fn_FiatCoin_cancelAuthorization:
    ; fiat.coin:242: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  015fe  ENTER 9
  01600  LSET 4
  01602  LSET 3
  01604  LSET 2
  01606  LSET 1
  01608  LSET 0
    ; fiat.coin:243: require(not self.paused, "paused")
  0160a  PUSH @req_ok_128
  0160d  PUSH 12
  0160f  SLOAD
  01610  ISZERO
  01611  JUMPI
  01612  PUSH 100
  01614  MALLOC
  01615  DUP1
  01616  PUSH 752
  01619  PUSH 100
  0161b  DATACOPY
  0161c  PUSH 100
  0161e  REVERT
req_ok_128:
  0161f  JUMPDEST
    ; fiat.coin:244: require(not self.authorizations[authorizer][nonce], "authorization is used or canceled")
  01620  PUSH @req_ok_129
  01623  PUSH 32
  01625  PUSH0
  01626  LGET 0
  01628  MSTORE
  01629  PUSH 32
  0162b  PUSH 25
  0162d  MSTORE
  0162e  PUSH0
  0162f  PUSH 64
  01631  KECCAK256
  01632  MSTORE
  01633  PUSH0
  01634  LGET 1
  01636  MSTORE
  01637  PUSH0
  01638  PUSH 64
  0163a  KECCAK256
  0163b  SLOAD
  0163c  ISZERO
  0163d  JUMPI
  0163e  PUSH 132
  01640  MALLOC
  01641  DUP1
  01642  PUSH 2180
  01645  PUSH 132
  01647  DATACOPY
  01648  PUSH 132
  0164a  REVERT
req_ok_129:
  0164b  JUMPDEST
    ; fiat.coin:245: let h = eip712_struct_hash(CancelAuthorization(authorizer: authorizer, nonce: nonce))
  0164c  LGET 0
  0164e  LGET 1
  01650  LSET 7
  01652  LSET 6
  01654  PUSH 96
  01656  MALLOC
  01657  LSET 8
  01659  LGET 8
  0165b  PUSH 0x158b0a9edf7a828aad02f63cd515c68ef2f50ba807396f6d12842833a1597429
  0167c  MSTORE
  0167d  LGET 8
  0167f  PUSH 32
  01681  ADD
  01682  LGET 6
  01684  MSTORE
  01685  LGET 8
  01687  PUSH 64
  01689  ADD
  0168a  LGET 7
  0168c  MSTORE
  0168d  LGET 8
  0168f  PUSH 96
  01691  KECCAK256
  01692  LSET 5
    ; fiat.coin:246: self.require_signer(authorizer, h, v, r, s)
  01694  LGET 0
  01696  LGET 5
  01698  LGET 2
  0169a  LGET 3
  0169c  LGET 4
  0169e  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:247: self.authorizations[authorizer][nonce] = true
  016a1  PUSH 32
  016a3  PUSH0
  016a4  LGET 0
  016a6  MSTORE
  016a7  PUSH 32
  016a9  PUSH 25
  016ab  MSTORE
  016ac  PUSH0
  016ad  PUSH 64
  016af  KECCAK256
  016b0  MSTORE
  016b1  PUSH0
  016b2  LGET 1
  016b4  MSTORE
  016b5  PUSH0
  016b6  PUSH 64
  016b8  KECCAK256
  016b9  PUSH 1
  016bb  SSTORE
    ; fiat.coin:248: emit AuthorizationCanceled(authorizer, nonce)
  016bc  PUSH0
  016bd  PUSH0
  016be  PUSH 0x1cdd46ff242716cdaa72d159d339a485b3438398348d68f09d7c8c0a59353d81
  016df  LGET 0
  016e1  LGET 1
  016e3  LOG3
    ; fiat.coin:242: pub fn cancelAuthorization(authorizer: address, nonce: bytes32, v: uint8, r: bytes32, s: bytes32) {
  016e4  RETF
fn_FiatCoin_attest_reserves:
    ; fiat.coin:269: pub fn attest_reserves(amount: uint) {
  016e5  ENTER 3
  016e7  LSET 0
    ; fiat.coin:270: require(msg.sender == self.attester, "caller is not the reserve attester")
  016e9  PUSH @req_ok_130
  016ec  CALLER
  016ed  PUSH 10
  016ef  SLOAD
  016f0  EQ
  016f1  JUMPI
  016f2  PUSH 132
  016f4  MALLOC
  016f5  DUP1
  016f6  PUSH 2312
  016f9  PUSH 132
  016fb  DATACOPY
  016fc  PUSH 132
  016fe  REVERT
req_ok_130:
  016ff  JUMPDEST
    ; fiat.coin:271: require(amount >= self.impaired, "reserves cannot be below the impaired amount")
  01700  PUSH @req_ok_131
  01703  LGET 0
  01705  PUSH 19
  01707  SLOAD
  01708  LT
  01709  ISZERO
  0170a  JUMPI
  0170b  PUSH 132
  0170d  MALLOC
  0170e  DUP1
  0170f  PUSH 2444
  01712  PUSH 132
  01714  DATACOPY
  01715  PUSH 132
  01717  REVERT
req_ok_131:
  01718  JUMPDEST
    ; fiat.coin:272: self.reserves = amount
  01719  PUSH 16
  0171b  LGET 0
  0171d  SSTORE
    ; fiat.coin:273: self.attested_at = block.timestamp
  0171e  TIMESTAMP
  0171f  PUSH 17
  01721  SWAP1
  01722  SSTORE
    ; fiat.coin:274: emit ReservesAttested(amount, block.timestamp)
  01723  TIMESTAMP
  01724  LSET 1
  01726  PUSH 64
  01728  MALLOC
  01729  LSET 2
  0172b  LGET 2
  0172d  LGET 0
  0172f  MSTORE
  01730  LGET 2
  01732  PUSH 32
  01734  ADD
  01735  LGET 1
  01737  MSTORE
  01738  LGET 2
  0173a  PUSH 64
  0173c  PUSH 0xd11a3f731923042c4586c676262ff71f6b0325bf3b3e3d49aacb34633aedc300
  0175d  LOG1
    ; fiat.coin:269: pub fn attest_reserves(amount: uint) {
  0175e  RETF
fn_FiatCoin_set_impaired:
    ; fiat.coin:278: pub fn set_impaired(amount: uint) {
  0175f  ENTER 2
  01761  LSET 0
    ; fiat.coin:279: require(msg.sender == self.issuer, "caller is not the issuer")
  01763  PUSH @req_ok_132
  01766  CALLER
  01767  PUSH 11
  01769  SLOAD
  0176a  EQ
  0176b  JUMPI
  0176c  PUSH 100
  0176e  MALLOC
  0176f  DUP1
  01770  PUSH 2576
  01773  PUSH 100
  01775  DATACOPY
  01776  PUSH 100
  01778  REVERT
req_ok_132:
  01779  JUMPDEST
    ; fiat.coin:280: require(amount <= self.reserves, "impaired amount exceeds reserves")
  0177a  PUSH @req_ok_133
  0177d  LGET 0
  0177f  PUSH 16
  01781  SLOAD
  01782  GT
  01783  ISZERO
  01784  JUMPI
  01785  PUSH 100
  01787  MALLOC
  01788  DUP1
  01789  PUSH 2676
  0178c  PUSH 100
  0178e  DATACOPY
  0178f  PUSH 100
  01791  REVERT
req_ok_133:
  01792  JUMPDEST
    ; fiat.coin:281: self.impaired = amount
  01793  PUSH 19
  01795  LGET 0
  01797  SSTORE
    ; fiat.coin:282: emit ReservesImpaired(amount)
  01798  PUSH 32
  0179a  MALLOC
  0179b  LSET 1
  0179d  LGET 1
  0179f  LGET 0
  017a1  MSTORE
  017a2  LGET 1
  017a4  PUSH 32
  017a6  PUSH 0x50fa164c261ff60d9971dcc3d02b443eadb132ea04c74c0730069ed649593f41
  017c7  LOG1
    ; fiat.coin:278: pub fn set_impaired(amount: uint) {
  017c8  RETF
fn_FiatCoin_set_redemptions_open:
    ; fiat.coin:286: pub fn set_redemptions_open(open: bool) {
  017c9  ENTER 2
  017cb  LSET 0
    ; fiat.coin:287: require(msg.sender == self.issuer, "caller is not the issuer")
  017cd  PUSH @req_ok_134
  017d0  CALLER
  017d1  PUSH 11
  017d3  SLOAD
  017d4  EQ
  017d5  JUMPI
  017d6  PUSH 100
  017d8  MALLOC
  017d9  DUP1
  017da  PUSH 2576
  017dd  PUSH 100
  017df  DATACOPY
  017e0  PUSH 100
  017e2  REVERT
req_ok_134:
  017e3  JUMPDEST
    ; fiat.coin:288: self.redemptions_open = open
  017e4  PUSH 23
  017e6  LGET 0
  017e8  SSTORE
    ; fiat.coin:289: emit RedemptionsOpen(open)
  017e9  PUSH 32
  017eb  MALLOC
  017ec  LSET 1
  017ee  LGET 1
  017f0  LGET 0
  017f2  MSTORE
  017f3  LGET 1
  017f5  PUSH 32
  017f7  PUSH 0xc34a0fafc04cefa2b50542667855c1b5f0166d59ef556e35b65fece26ead8e31
  01818  LOG1
    ; fiat.coin:286: pub fn set_redemptions_open(open: bool) {
  01819  RETF
fn_FiatCoin_request_redemption:
    ; fiat.coin:293: pub fn request_redemption(amount: uint) -> uint {
  0181a  ENTER 4
  0181c  LSET 0
    ; fiat.coin:294: require(self.redemptions_open, "redemptions are closed")
  0181e  PUSH @req_ok_135
  01821  PUSH 23
  01823  SLOAD
  01824  JUMPI
  01825  PUSH 100
  01827  MALLOC
  01828  DUP1
  01829  PUSH 2776
  0182c  PUSH 100
  0182e  DATACOPY
  0182f  PUSH 100
  01831  REVERT
req_ok_135:
  01832  JUMPDEST
    ; fiat.coin:295: require(amount > 0, "redemption amount must be positive")
  01833  PUSH @req_ok_136
  01836  LGET 0
  01838  PUSH 0
  01839  GT
  0183a  JUMPI
  0183b  PUSH 132
  0183d  MALLOC
  0183e  DUP1
  0183f  PUSH 2876
  01842  PUSH 132
  01844  DATACOPY
  01845  PUSH 132
  01847  REVERT
req_ok_136:
  01848  JUMPDEST
    ; fiat.coin:296: self.burn_from(msg.sender, amount)
  01849  CALLER
  0184a  LGET 0
  0184c  CALLF @fn_Token_burn_from
    ; fiat.coin:297: let id = self.redemption_count
  0184f  PUSH 21
  01851  SLOAD
  01852  LSET 1
    ; fiat.coin:298: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  01854  CALLER
  01855  LGET 0
  01857  TIMESTAMP
    ; fiat.coin:299: status: REDEMPTION_QUEUED)
  01858  PUSH 1
    ; fiat.coin:298: self.redemptions[id] = Redemption(holder: msg.sender, amount: amount, requested_at: block.timestamp,
  0185a  PUSH0
  0185b  LGET 1
  0185d  MSTORE
  0185e  PUSH 32
  01860  PUSH 20
  01862  MSTORE
  01863  PUSH0
  01864  PUSH 64
  01866  KECCAK256
  01867  LSET 2
  01869  LGET 2
  0186b  PUSH 3
  0186d  ADD
  0186e  SWAP1
  0186f  SSTORE
  01870  LGET 2
  01872  PUSH 2
  01874  ADD
  01875  SWAP1
  01876  SSTORE
  01877  LGET 2
  01879  PUSH 1
  0187b  ADD
  0187c  SWAP1
  0187d  SSTORE
  0187e  LGET 2
  01880  SWAP1
  01881  SSTORE
    ; fiat.coin:300: self.redemption_count = id + 1
  01882  LGET 1
  01884  PUSH 1
  01886  CADD
  01887  PUSH 21
  01889  SWAP1
  0188a  SSTORE
    ; fiat.coin:301: self.redemptions_pending += amount
  0188b  PUSH 22
  0188d  DUP1
  0188e  SLOAD
  0188f  LGET 0
  01891  CADD
  01892  SSTORE
    ; fiat.coin:302: emit RedemptionRequested(id, msg.sender, amount)
  01893  CALLER
  01894  LSET 2
  01896  PUSH 32
  01898  MALLOC
  01899  LSET 3
  0189b  LGET 3
  0189d  LGET 0
  0189f  MSTORE
  018a0  LGET 3
  018a2  PUSH 32
  018a4  PUSH 0x83514d1524a080739a40a8204954eefffd2421bc5b43f0105376f5471a2812c6
  018c5  LGET 1
  018c7  LGET 2
  018c9  LOG3
    ; fiat.coin:303: return id
  018ca  LGET 1
  018cc  RETF
  018cd  INVALID
fn_FiatCoin_complete_redemption:
    ; fiat.coin:307: pub fn complete_redemption(id: uint) {
  018ce  ENTER 8
  018d0  LSET 0
    ; fiat.coin:308: require(msg.sender == self.issuer, "caller is not the issuer")
  018d2  PUSH @req_ok_137
  018d5  CALLER
  018d6  PUSH 11
  018d8  SLOAD
  018d9  EQ
  018da  JUMPI
  018db  PUSH 100
  018dd  MALLOC
  018de  DUP1
  018df  PUSH 2576
  018e2  PUSH 100
  018e4  DATACOPY
  018e5  PUSH 100
  018e7  REVERT
req_ok_137:
  018e8  JUMPDEST
    ; fiat.coin:309: let r = self.redemptions[id]
  018e9  PUSH0
  018ea  LGET 0
  018ec  MSTORE
  018ed  PUSH 32
  018ef  PUSH 20
  018f1  MSTORE
  018f2  PUSH0
  018f3  PUSH 64
  018f5  KECCAK256
  018f6  LSET 5
  018f8  LGET 5
  018fa  SLOAD
  018fb  LGET 5
  018fd  PUSH 1
  018ff  ADD
  01900  SLOAD
  01901  LGET 5
  01903  PUSH 2
  01905  ADD
  01906  SLOAD
  01907  LGET 5
  01909  PUSH 3
  0190b  ADD
  0190c  SLOAD
  0190d  LSET 4
  0190f  LSET 3
  01911  LSET 2
  01913  LSET 1
    ; fiat.coin:310: require(r.status == REDEMPTION_QUEUED, "no queued redemption with this id")
  01915  PUSH @req_ok_138
  01918  LGET 4
  0191a  PUSH 1
  0191c  EQ
  0191d  JUMPI
  0191e  PUSH 132
  01920  MALLOC
  01921  DUP1
  01922  PUSH 3008
  01925  PUSH 132
  01927  DATACOPY
  01928  PUSH 132
  0192a  REVERT
req_ok_138:
  0192b  JUMPDEST
    ; fiat.coin:311: require(self.reserves - self.impaired >= r.amount, "accessible reserves cannot pay this redemption")
  0192c  PUSH @req_ok_139
  0192f  PUSH 16
  01931  SLOAD
  01932  PUSH 19
  01934  SLOAD
  01935  CSUB
  01936  LGET 2
  01938  LT
  01939  ISZERO
  0193a  JUMPI
  0193b  PUSH 132
  0193d  MALLOC
  0193e  DUP1
  0193f  PUSH 3140
  01942  PUSH 132
  01944  DATACOPY
  01945  PUSH 132
  01947  REVERT
req_ok_139:
  01948  JUMPDEST
    ; fiat.coin:312: self.redemptions[id].status = REDEMPTION_PAID
  01949  PUSH0
  0194a  LGET 0
  0194c  MSTORE
  0194d  PUSH 32
  0194f  PUSH 20
  01951  MSTORE
  01952  PUSH0
  01953  PUSH 64
  01955  KECCAK256
  01956  PUSH 3
  01958  ADD
  01959  PUSH 2
  0195b  SSTORE
    ; fiat.coin:313: self.redemptions_pending -= r.amount
  0195c  PUSH 22
  0195e  DUP1
  0195f  SLOAD
  01960  LGET 2
  01962  CSUB
  01963  SSTORE
    ; fiat.coin:314: self.reserves -= r.amount
  01964  PUSH 16
  01966  DUP1
  01967  SLOAD
  01968  LGET 2
  0196a  CSUB
  0196b  SSTORE
    ; fiat.coin:315: emit RedemptionPaid(id, r.holder, r.amount)
  0196c  LGET 1
  0196e  LSET 5
  01970  LGET 2
  01972  LSET 6
  01974  PUSH 32
  01976  MALLOC
  01977  LSET 7
  01979  LGET 7
  0197b  LGET 6
  0197d  MSTORE
  0197e  LGET 7
  01980  PUSH 32
  01982  PUSH 0x5027a8c31cca4870e0e31df520cf311d5a1a18e23971b1ea2b67c65eadcca4a3
  019a3  LGET 0
  019a5  LGET 5
  019a7  LOG3
    ; fiat.coin:307: pub fn complete_redemption(id: uint) {
  019a8  RETF
fn_FiatCoin_available_reserves:
    ; fiat.coin:319: pub view fn available_reserves() -> uint {
  019a9  ENTER 1
    ; fiat.coin:320: let locked = self.impaired + self.redemptions_pending
  019ab  PUSH 19
  019ad  SLOAD
  019ae  PUSH 22
  019b0  SLOAD
  019b1  CADD
  019b2  LSET 0
    ; fiat.coin:321: if locked >= self.reserves {
  019b4  PUSH @else_140
  019b7  LGET 0
  019b9  PUSH 16
  019bb  SLOAD
  019bc  LT
  019bd  ISZERO
  019be  ISZERO
  019bf  JUMPI
    ; fiat.coin:322: return 0
  019c0  PUSH 0
  019c1  RETF
else_140:
  019c2  JUMPDEST
    ; fiat.coin:324: return self.reserves - locked
  019c3  PUSH 16
  019c5  SLOAD
  019c6  LGET 0
  019c8  CSUB
  019c9  RETF
  019ca  INVALID
fn_FiatCoin_backing_ratio:
    ; fiat.coin:328: pub view fn backing_ratio() -> uint {
  019cb  ENTER 0
    ; fiat.coin:329: if self.supply == 0 {
  019cd  PUSH @else_141
  019d0  PUSH 3
  019d2  SLOAD
  019d3  PUSH 0
  019d4  EQ
  019d5  ISZERO
  019d6  JUMPI
    ; fiat.coin:330: return WAD
  019d7  PUSH 0xde0b6b3a7640000
  019e0  RETF
else_141:
  019e1  JUMPDEST
    ; fiat.coin:332: return mul_div(self.reserves - self.impaired, WAD, self.supply)
  019e2  PUSH 16
  019e4  SLOAD
  019e5  PUSH 19
  019e7  SLOAD
  019e8  CSUB
  019e9  PUSH 0xde0b6b3a7640000
  019f2  PUSH 3
  019f4  SLOAD
  019f5  MULDIV
  019f6  RETF
  019f7  INVALID
fn_FiatCoin_minter_allowance:
    ; fiat.coin:335: pub view fn minter_allowance(minter: address) -> uint {
  019f8  ENTER 1
  019fa  LSET 0
    ; fiat.coin:336: return self.minter_allowances[minter]
  019fc  PUSH0
  019fd  LGET 0
  019ff  MSTORE
  01a00  PUSH 32
  01a02  PUSH 15
  01a04  MSTORE
  01a05  PUSH0
  01a06  PUSH 64
  01a08  KECCAK256
  01a09  SLOAD
  01a0a  RETF
  01a0b  INVALID
fn_FiatCoin_is_minter:
    ; fiat.coin:339: pub view fn is_minter(account: address) -> bool {
  01a0c  ENTER 1
  01a0e  LSET 0
    ; fiat.coin:340: return self.minter_enabled[account]
  01a10  PUSH0
  01a11  LGET 0
  01a13  MSTORE
  01a14  PUSH 32
  01a16  PUSH 14
  01a18  MSTORE
  01a19  PUSH0
  01a1a  PUSH 64
  01a1c  KECCAK256
  01a1d  SLOAD
  01a1e  RETF
  01a1f  INVALID
fn_FiatCoin_is_blacklisted:
    ; fiat.coin:343: pub view fn is_blacklisted(account: address) -> bool {
  01a20  ENTER 1
  01a22  LSET 0
    ; fiat.coin:344: return self.blacklist[account]
  01a24  PUSH0
  01a25  LGET 0
  01a27  MSTORE
  01a28  PUSH 32
  01a2a  PUSH 13
  01a2c  MSTORE
  01a2d  PUSH0
  01a2e  PUSH 64
  01a30  KECCAK256
  01a31  SLOAD
  01a32  RETF
  01a33  INVALID
fn_FiatCoin_is_paused:
    ; fiat.coin:347: pub view fn is_paused() -> bool {
  01a34  ENTER 0
    ; fiat.coin:348: return self.paused
  01a36  PUSH 12
  01a38  SLOAD
  01a39  RETF
  01a3a  INVALID
fn_FiatCoin_get_reserves:
    ; fiat.coin:351: pub view fn get_reserves() -> uint {
  01a3b  ENTER 0
    ; fiat.coin:352: return self.reserves
  01a3d  PUSH 16
  01a3f  SLOAD
  01a40  RETF
  01a41  INVALID
fn_FiatCoin_get_impaired:
    ; fiat.coin:355: pub view fn get_impaired() -> uint {
  01a42  ENTER 0
    ; fiat.coin:356: return self.impaired
  01a44  PUSH 19
  01a46  SLOAD
  01a47  RETF
  01a48  INVALID
fn_FiatCoin_get_attested_at:
    ; fiat.coin:359: pub view fn get_attested_at() -> uint {
  01a49  ENTER 0
    ; fiat.coin:360: return self.attested_at
  01a4b  PUSH 17
  01a4d  SLOAD
  01a4e  RETF
  01a4f  INVALID
fn_FiatCoin_redemption:
    ; fiat.coin:363: pub view fn redemption(id: uint) -> Redemption {
  01a50  ENTER 2
  01a52  LSET 0
    ; fiat.coin:364: return self.redemptions[id]
  01a54  PUSH0
  01a55  LGET 0
  01a57  MSTORE
  01a58  PUSH 32
  01a5a  PUSH 20
  01a5c  MSTORE
  01a5d  PUSH0
  01a5e  PUSH 64
  01a60  KECCAK256
  01a61  LSET 1
  01a63  LGET 1
  01a65  SLOAD
  01a66  LGET 1
  01a68  PUSH 1
  01a6a  ADD
  01a6b  SLOAD
  01a6c  LGET 1
  01a6e  PUSH 2
  01a70  ADD
  01a71  SLOAD
  01a72  LGET 1
  01a74  PUSH 3
  01a76  ADD
  01a77  SLOAD
  01a78  RETF
  01a79  INVALID
fn_FiatCoin_redemption_queue:
    ; fiat.coin:367: pub view fn redemption_queue() -> uint {
  01a7a  ENTER 0
    ; fiat.coin:368: return self.redemption_count
  01a7c  PUSH 21
  01a7e  SLOAD
  01a7f  RETF
  01a80  INVALID
fn_FiatCoin_pending_redemptions:
    ; fiat.coin:371: pub view fn pending_redemptions() -> uint {
  01a81  ENTER 0
    ; fiat.coin:372: return self.redemptions_pending
  01a83  PUSH 22
  01a85  SLOAD
  01a86  RETF
  01a87  INVALID
fn_FiatCoin_are_redemptions_open:
    ; fiat.coin:375: pub view fn are_redemptions_open() -> bool {
  01a88  ENTER 0
    ; fiat.coin:376: return self.redemptions_open
  01a8a  PUSH 23
  01a8c  SLOAD
  01a8d  RETF
  01a8e  INVALID
fn_FiatCoin_roles:
    ; fiat.coin:379: pub view fn roles() -> Roles {
  01a8f  ENTER 0
    ; fiat.coin:380: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  01a91  PUSH 6
  01a93  SLOAD
  01a94  PUSH 7
  01a96  SLOAD
  01a97  PUSH 8
  01a99  SLOAD
    ; fiat.coin:381: blacklister: self.blacklister, attester: self.attester, issuer: self.issuer)
  01a9a  PUSH 9
  01a9c  SLOAD
  01a9d  PUSH 10
  01a9f  SLOAD
  01aa0  PUSH 11
  01aa2  SLOAD
    ; fiat.coin:380: return Roles(owner: self.owner, master_minter: self.master_minter, pauser: self.pauser,
  01aa3  RETF
  01aa4  INVALID
fn_FiatCoin_approve_checked:
    ; fiat.coin:190: fn approve_checked(owner: address, spender: address, amount: uint) {
  01aa5  ENTER 4
  01aa7  LSET 2
  01aa9  LSET 1
  01aab  LSET 0
    ; fiat.coin:191: require(not self.paused, "paused")
  01aad  PUSH @req_ok_142
  01ab0  PUSH 12
  01ab2  SLOAD
  01ab3  ISZERO
  01ab4  JUMPI
  01ab5  PUSH 100
  01ab7  MALLOC
  01ab8  DUP1
  01ab9  PUSH 752
  01abc  PUSH 100
  01abe  DATACOPY
  01abf  PUSH 100
  01ac1  REVERT
req_ok_142:
  01ac2  JUMPDEST
    ; fiat.coin:192: require(not self.blacklist[owner], "account is blacklisted")
  01ac3  PUSH @req_ok_143
  01ac6  PUSH0
  01ac7  LGET 0
  01ac9  MSTORE
  01aca  PUSH 32
  01acc  PUSH 13
  01ace  MSTORE
  01acf  PUSH0
  01ad0  PUSH 64
  01ad2  KECCAK256
  01ad3  SLOAD
  01ad4  ISZERO
  01ad5  JUMPI
  01ad6  PUSH 100
  01ad8  MALLOC
  01ad9  DUP1
  01ada  PUSH 3272
  01add  PUSH 100
  01adf  DATACOPY
  01ae0  PUSH 100
  01ae2  REVERT
req_ok_143:
  01ae3  JUMPDEST
    ; fiat.coin:193: require(not self.blacklist[spender], "account is blacklisted")
  01ae4  PUSH @req_ok_144
  01ae7  PUSH0
  01ae8  LGET 1
  01aea  MSTORE
  01aeb  PUSH 32
  01aed  PUSH 13
  01aef  MSTORE
  01af0  PUSH0
  01af1  PUSH 64
  01af3  KECCAK256
  01af4  SLOAD
  01af5  ISZERO
  01af6  JUMPI
  01af7  PUSH 100
  01af9  MALLOC
  01afa  DUP1
  01afb  PUSH 3272
  01afe  PUSH 100
  01b00  DATACOPY
  01b01  PUSH 100
  01b03  REVERT
req_ok_144:
  01b04  JUMPDEST
    ; fiat.coin:194: require(spender != address(0), "approve to the zero address")
  01b05  PUSH @req_ok_145
  01b08  LGET 1
  01b0a  PUSH 0
  01b0b  EQ
  01b0c  ISZERO
  01b0d  JUMPI
  01b0e  PUSH 100
  01b10  MALLOC
  01b11  DUP1
  01b12  PUSH 3372
  01b15  PUSH 100
  01b17  DATACOPY
  01b18  PUSH 100
  01b1a  REVERT
req_ok_145:
  01b1b  JUMPDEST
    ; fiat.coin:195: self.allowances[owner][spender] = amount
  01b1c  PUSH 32
  01b1e  PUSH0
  01b1f  LGET 0
  01b21  MSTORE
  01b22  PUSH 32
  01b24  PUSH 5
  01b26  MSTORE
  01b27  PUSH0
  01b28  PUSH 64
  01b2a  KECCAK256
  01b2b  MSTORE
  01b2c  PUSH0
  01b2d  LGET 1
  01b2f  MSTORE
  01b30  PUSH0
  01b31  PUSH 64
  01b33  KECCAK256
  01b34  LGET 2
  01b36  SSTORE
    ; fiat.coin:196: emit Approval(owner, spender, amount)
  01b37  PUSH 32
  01b39  MALLOC
  01b3a  LSET 3
  01b3c  LGET 3
  01b3e  LGET 2
  01b40  MSTORE
  01b41  LGET 3
  01b43  PUSH 32
  01b45  PUSH 0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925
  01b66  LGET 0
  01b68  LGET 1
  01b6a  LOG3
    ; fiat.coin:190: fn approve_checked(owner: address, spender: address, amount: uint) {
  01b6b  RETF
fn_FiatCoin_before_transfer:
    ; fiat.coin:385: fn before_transfer(from: address, to: address, amount: uint) {
  01b6c  ENTER 3
  01b6e  LSET 2
  01b70  LSET 1
  01b72  LSET 0
    ; fiat.coin:386: require(not self.paused, "paused")
  01b74  PUSH @req_ok_146
  01b77  PUSH 12
  01b79  SLOAD
  01b7a  ISZERO
  01b7b  JUMPI
  01b7c  PUSH 100
  01b7e  MALLOC
  01b7f  DUP1
  01b80  PUSH 752
  01b83  PUSH 100
  01b85  DATACOPY
  01b86  PUSH 100
  01b88  REVERT
req_ok_146:
  01b89  JUMPDEST
    ; fiat.coin:387: require(not self.blacklist[from], "account is blacklisted")
  01b8a  PUSH @req_ok_147
  01b8d  PUSH0
  01b8e  LGET 0
  01b90  MSTORE
  01b91  PUSH 32
  01b93  PUSH 13
  01b95  MSTORE
  01b96  PUSH0
  01b97  PUSH 64
  01b99  KECCAK256
  01b9a  SLOAD
  01b9b  ISZERO
  01b9c  JUMPI
  01b9d  PUSH 100
  01b9f  MALLOC
  01ba0  DUP1
  01ba1  PUSH 3272
  01ba4  PUSH 100
  01ba6  DATACOPY
  01ba7  PUSH 100
  01ba9  REVERT
req_ok_147:
  01baa  JUMPDEST
    ; fiat.coin:388: require(not self.blacklist[to], "account is blacklisted")
  01bab  PUSH @req_ok_148
  01bae  PUSH0
  01baf  LGET 1
  01bb1  MSTORE
  01bb2  PUSH 32
  01bb4  PUSH 13
  01bb6  MSTORE
  01bb7  PUSH0
  01bb8  PUSH 64
  01bba  KECCAK256
  01bbb  SLOAD
  01bbc  ISZERO
  01bbd  JUMPI
  01bbe  PUSH 100
  01bc0  MALLOC
  01bc1  DUP1
  01bc2  PUSH 3272
  01bc5  PUSH 100
  01bc7  DATACOPY
  01bc8  PUSH 100
  01bca  REVERT
req_ok_148:
  01bcb  JUMPDEST
    ; fiat.coin:389: require(not self.blacklist[msg.sender], "account is blacklisted")
  01bcc  PUSH @req_ok_149
  01bcf  PUSH0
  01bd0  CALLER
  01bd1  MSTORE
  01bd2  PUSH 32
  01bd4  PUSH 13
  01bd6  MSTORE
  01bd7  PUSH0
  01bd8  PUSH 64
  01bda  KECCAK256
  01bdb  SLOAD
  01bdc  ISZERO
  01bdd  JUMPI
  01bde  PUSH 100
  01be0  MALLOC
  01be1  DUP1
  01be2  PUSH 3272
  01be5  PUSH 100
  01be7  DATACOPY
  01be8  PUSH 100
  01bea  REVERT
req_ok_149:
  01beb  JUMPDEST
    ; fiat.coin:385: fn before_transfer(from: address, to: address, amount: uint) {
  01bec  RETF
fn_FiatCoin_require_signer:
    ; fiat.coin:262: view fn require_signer(signer: address, struct_hash: bytes32, v: uint8, r: bytes32, s: bytes32) {
  01bed  ENTER 15
  01bef  LSET 4
  01bf1  LSET 3
  01bf3  LSET 2
  01bf5  LSET 1
  01bf7  LSET 0
    ; fiat.coin:263: let digest = eip712_digest(eip712_domain(self.token_name, "2"), struct_hash)
  01bf9  PUSH 0
  01bfa  SLOADBYTES
  01bfb  DUP1
  01bfc  MLOAD
  01bfd  SWAP1
  01bfe  PUSH 32
  01c00  ADD
  01c01  SWAP1
  01c02  KECCAK256
  01c03  LSET 7
  01c05  PUSH 64
  01c07  MALLOC
  01c08  DUP1
  01c09  PUSH 1916
  01c0c  PUSH 64
  01c0e  DATACOPY
  01c0f  DUP1
  01c10  MLOAD
  01c11  SWAP1
  01c12  PUSH 32
  01c14  ADD
  01c15  SWAP1
  01c16  KECCAK256
  01c17  LSET 8
  01c19  CHAINID
  01c1a  LSET 9
  01c1c  ADDRESS
  01c1d  LSET 10
  01c1f  PUSH 160
  01c21  MALLOC
  01c22  LSET 11
  01c24  LGET 11
  01c26  PUSH 0x8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f
  01c47  MSTORE
  01c48  LGET 11
  01c4a  PUSH 32
  01c4c  ADD
  01c4d  LGET 7
  01c4f  MSTORE
  01c50  LGET 11
  01c52  PUSH 64
  01c54  ADD
  01c55  LGET 8
  01c57  MSTORE
  01c58  LGET 11
  01c5a  PUSH 96
  01c5c  ADD
  01c5d  LGET 9
  01c5f  MSTORE
  01c60  LGET 11
  01c62  PUSH 128
  01c64  ADD
  01c65  LGET 10
  01c67  MSTORE
  01c68  LGET 11
  01c6a  PUSH 160
  01c6c  KECCAK256
  01c6d  LSET 12
  01c6f  LGET 1
  01c71  LSET 13
  01c73  PUSH 96
  01c75  MALLOC
  01c76  LSET 14
  01c78  LGET 14
  01c7a  PUSH 6401
  01c7d  MSTORE
  01c7e  LGET 14
  01c80  PUSH 32
  01c82  ADD
  01c83  LGET 12
  01c85  MSTORE
  01c86  LGET 14
  01c88  PUSH 64
  01c8a  ADD
  01c8b  LGET 13
  01c8d  MSTORE
  01c8e  LGET 14
  01c90  PUSH 30
  01c92  ADD
  01c93  PUSH 66
  01c95  KECCAK256
  01c96  LSET 5
    ; fiat.coin:264: let got = ecrecover(digest, v, r, s)
  01c98  LGET 5
  01c9a  LGET 2
  01c9c  LGET 3
  01c9e  LGET 4
  01ca0  ECRECOVER
  01ca1  LSET 6
    ; fiat.coin:265: require(got != address(0) and got == signer, "invalid signature")
  01ca3  PUSH @req_ok_150
  01ca6  LGET 6
  01ca8  PUSH 0
  01ca9  EQ
  01caa  ISZERO
  01cab  DUP1
  01cac  ISZERO
  01cad  PUSH @and_151
  01cb0  SWAP1
  01cb1  JUMPI
  01cb2  POP
  01cb3  LGET 6
  01cb5  LGET 0
  01cb7  EQ
and_151:
  01cb8  JUMPDEST
  01cb9  JUMPI
  01cba  PUSH 100
  01cbc  MALLOC
  01cbd  DUP1
  01cbe  PUSH 3472
  01cc1  PUSH 100
  01cc3  DATACOPY
  01cc4  PUSH 100
  01cc6  REVERT
req_ok_150:
  01cc7  JUMPDEST
    ; fiat.coin:262: view fn require_signer(signer: address, struct_hash: bytes32, v: uint8, r: bytes32, s: bytes32) {
  01cc8  RETF
fn_FiatCoin_use_authorization:
    ; fiat.coin:251: fn use_authorization(from: address, nonce: bytes32, valid_after: uint, valid_before: uint, h: bytes32,
  01cc9  ENTER 8
  01ccb  LSET 7
  01ccd  LSET 6
  01ccf  LSET 5
  01cd1  LSET 4
  01cd3  LSET 3
  01cd5  LSET 2
  01cd7  LSET 1
  01cd9  LSET 0
    ; fiat.coin:253: require(block.timestamp > valid_after, "authorization is not yet valid")
  01cdb  PUSH @req_ok_152
  01cde  TIMESTAMP
  01cdf  LGET 2
  01ce1  GT
  01ce2  JUMPI
  01ce3  PUSH 100
  01ce5  MALLOC
  01ce6  DUP1
  01ce7  PUSH 3572
  01cea  PUSH 100
  01cec  DATACOPY
  01ced  PUSH 100
  01cef  REVERT
req_ok_152:
  01cf0  JUMPDEST
    ; fiat.coin:254: require(block.timestamp < valid_before, "authorization is expired")
  01cf1  PUSH @req_ok_153
  01cf4  TIMESTAMP
  01cf5  LGET 3
  01cf7  LT
  01cf8  JUMPI
  01cf9  PUSH 100
  01cfb  MALLOC
  01cfc  DUP1
  01cfd  PUSH 3672
  01d00  PUSH 100
  01d02  DATACOPY
  01d03  PUSH 100
  01d05  REVERT
req_ok_153:
  01d06  JUMPDEST
    ; fiat.coin:255: require(not self.authorizations[from][nonce], "authorization is used or canceled")
  01d07  PUSH @req_ok_154
  01d0a  PUSH 32
  01d0c  PUSH0
  01d0d  LGET 0
  01d0f  MSTORE
  01d10  PUSH 32
  01d12  PUSH 25
  01d14  MSTORE
  01d15  PUSH0
  01d16  PUSH 64
  01d18  KECCAK256
  01d19  MSTORE
  01d1a  PUSH0
  01d1b  LGET 1
  01d1d  MSTORE
  01d1e  PUSH0
  01d1f  PUSH 64
  01d21  KECCAK256
  01d22  SLOAD
  01d23  ISZERO
  01d24  JUMPI
  01d25  PUSH 132
  01d27  MALLOC
  01d28  DUP1
  01d29  PUSH 2180
  01d2c  PUSH 132
  01d2e  DATACOPY
  01d2f  PUSH 132
  01d31  REVERT
req_ok_154:
  01d32  JUMPDEST
    ; fiat.coin:256: self.require_signer(from, h, v, r, s)
  01d33  LGET 0
  01d35  LGET 4
  01d37  LGET 5
  01d39  LGET 6
  01d3b  LGET 7
  01d3d  CALLF @fn_FiatCoin_require_signer
    ; fiat.coin:257: self.authorizations[from][nonce] = true
  01d40  PUSH 32
  01d42  PUSH0
  01d43  LGET 0
  01d45  MSTORE
  01d46  PUSH 32
  01d48  PUSH 25
  01d4a  MSTORE
  01d4b  PUSH0
  01d4c  PUSH 64
  01d4e  KECCAK256
  01d4f  MSTORE
  01d50  PUSH0
  01d51  LGET 1
  01d53  MSTORE
  01d54  PUSH0
  01d55  PUSH 64
  01d57  KECCAK256
  01d58  PUSH 1
  01d5a  SSTORE
    ; fiat.coin:258: emit AuthorizationUsed(from, nonce)
  01d5b  PUSH0
  01d5c  PUSH0
  01d5d  PUSH 0x98de503528ee59b575ef0c0a2576a82497bfc029a5685b209e9ec333479b10a5
  01d7e  LGET 0
  01d80  LGET 1
  01d82  LOG3
    ; fiat.coin:251: fn use_authorization(from: address, nonce: bytes32, valid_after: uint, valid_before: uint, h: bytes32,
  01d83  RETF
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  01d84  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  01d86  PUSH @req_ok_155
  01d89  CALLER
  01d8a  PUSH 6
  01d8c  SLOAD
  01d8d  EQ
  01d8e  JUMPI
  01d8f  PUSH 100
  01d91  MALLOC
  01d92  DUP1
  01d93  PUSH 3772
  01d96  PUSH 100
  01d98  DATACOPY
  01d99  PUSH 100
  01d9b  REVERT
req_ok_155:
  01d9c  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  01d9d  RETF
fn_Token_burn_from:
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  01d9e  ENTER 5
  01da0  LSET 1
  01da2  LSET 0
    ; token.coin:106: self.before_transfer(from, address(0), amount)
  01da4  LGET 0
  01da6  PUSH 0
  01da7  LGET 1
  01da9  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:107: let held = self.balances[from]
  01dac  PUSH0
  01dad  LGET 0
  01daf  MSTORE
  01db0  PUSH 32
  01db2  PUSH 4
  01db4  MSTORE
  01db5  PUSH0
  01db6  PUSH 64
  01db8  KECCAK256
  01db9  SLOAD
  01dba  LSET 2
    ; token.coin:108: require(held >= amount, "burn amount exceeds balance")
  01dbc  PUSH @req_ok_156
  01dbf  LGET 2
  01dc1  LGET 1
  01dc3  LT
  01dc4  ISZERO
  01dc5  JUMPI
  01dc6  PUSH 100
  01dc8  MALLOC
  01dc9  DUP1
  01dca  PUSH 3872
  01dcd  PUSH 100
  01dcf  DATACOPY
  01dd0  PUSH 100
  01dd2  REVERT
req_ok_156:
  01dd3  JUMPDEST
    ; token.coin:109: self.balances[from] = held - amount
  01dd4  LGET 2
  01dd6  LGET 1
  01dd8  CSUB
  01dd9  PUSH0
  01dda  LGET 0
  01ddc  MSTORE
  01ddd  PUSH 32
  01ddf  PUSH 4
  01de1  MSTORE
  01de2  PUSH0
  01de3  PUSH 64
  01de5  KECCAK256
  01de6  SWAP1
  01de7  SSTORE
    ; token.coin:110: self.supply -= amount
  01de8  PUSH 3
  01dea  DUP1
  01deb  SLOAD
  01dec  LGET 1
  01dee  CSUB
  01def  SSTORE
    ; token.coin:111: emit Transfer(from, address(0), amount)
  01df0  PUSH 0
  01df1  LSET 3
  01df3  PUSH 32
  01df5  MALLOC
  01df6  LSET 4
  01df8  LGET 4
  01dfa  LGET 1
  01dfc  MSTORE
  01dfd  LGET 4
  01dff  PUSH 32
  01e01  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  01e22  LGET 0
  01e24  LGET 3
  01e26  LOG3
    ; token.coin:105: fn burn_from(from: address, amount: uint) {
  01e27  RETF
fn_Token_mint_to:
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  01e28  ENTER 4
  01e2a  LSET 1
  01e2c  LSET 0
    ; token.coin:98: require(to != address(0), "mint to the zero address")
  01e2e  PUSH @req_ok_157
  01e31  LGET 0
  01e33  PUSH 0
  01e34  EQ
  01e35  ISZERO
  01e36  JUMPI
  01e37  PUSH 100
  01e39  MALLOC
  01e3a  DUP1
  01e3b  PUSH 3972
  01e3e  PUSH 100
  01e40  DATACOPY
  01e41  PUSH 100
  01e43  REVERT
req_ok_157:
  01e44  JUMPDEST
    ; token.coin:99: self.before_transfer(address(0), to, amount)
  01e45  PUSH 0
  01e46  LGET 0
  01e48  LGET 1
  01e4a  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:100: self.supply += amount
  01e4d  PUSH 3
  01e4f  DUP1
  01e50  SLOAD
  01e51  LGET 1
  01e53  CADD
  01e54  SSTORE
    ; token.coin:101: self.balances[to] += amount
  01e55  PUSH0
  01e56  LGET 0
  01e58  MSTORE
  01e59  PUSH 32
  01e5b  PUSH 4
  01e5d  MSTORE
  01e5e  PUSH0
  01e5f  PUSH 64
  01e61  KECCAK256
  01e62  DUP1
  01e63  SLOAD
  01e64  LGET 1
  01e66  CADD
  01e67  SSTORE
    ; token.coin:102: emit Transfer(address(0), to, amount)
  01e68  PUSH 0
  01e69  LSET 2
  01e6b  PUSH 32
  01e6d  MALLOC
  01e6e  LSET 3
  01e70  LGET 3
  01e72  LGET 1
  01e74  MSTORE
  01e75  LGET 3
  01e77  PUSH 32
  01e79  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  01e9a  LGET 2
  01e9c  LGET 0
  01e9e  LOG3
    ; token.coin:97: fn mint_to(to: address, amount: uint) {
  01e9f  RETF
fn_Token_move_tokens:
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  01ea0  ENTER 5
  01ea2  LSET 2
  01ea4  LSET 1
  01ea6  LSET 0
    ; token.coin:88: require(to != address(0), "transfer to the zero address")
  01ea8  PUSH @req_ok_158
  01eab  LGET 1
  01ead  PUSH 0
  01eae  EQ
  01eaf  ISZERO
  01eb0  JUMPI
  01eb1  PUSH 100
  01eb3  MALLOC
  01eb4  DUP1
  01eb5  PUSH 4072
  01eb8  PUSH 100
  01eba  DATACOPY
  01ebb  PUSH 100
  01ebd  REVERT
req_ok_158:
  01ebe  JUMPDEST
    ; token.coin:89: self.before_transfer(from, to, amount)
  01ebf  LGET 0
  01ec1  LGET 1
  01ec3  LGET 2
  01ec5  CALLF @fn_FiatCoin_before_transfer
    ; token.coin:90: let held = self.balances[from]
  01ec8  PUSH0
  01ec9  LGET 0
  01ecb  MSTORE
  01ecc  PUSH 32
  01ece  PUSH 4
  01ed0  MSTORE
  01ed1  PUSH0
  01ed2  PUSH 64
  01ed4  KECCAK256
  01ed5  SLOAD
  01ed6  LSET 3
    ; token.coin:91: require(held >= amount, "transfer amount exceeds balance")
  01ed8  PUSH @req_ok_159
  01edb  LGET 3
  01edd  LGET 2
  01edf  LT
  01ee0  ISZERO
  01ee1  JUMPI
  01ee2  PUSH 100
  01ee4  MALLOC
  01ee5  DUP1
  01ee6  PUSH 4172
  01ee9  PUSH 100
  01eeb  DATACOPY
  01eec  PUSH 100
  01eee  REVERT
req_ok_159:
  01eef  JUMPDEST
    ; token.coin:92: self.balances[from] = held - amount
  01ef0  LGET 3
  01ef2  LGET 2
  01ef4  CSUB
  01ef5  PUSH0
  01ef6  LGET 0
  01ef8  MSTORE
  01ef9  PUSH 32
  01efb  PUSH 4
  01efd  MSTORE
  01efe  PUSH0
  01eff  PUSH 64
  01f01  KECCAK256
  01f02  SWAP1
  01f03  SSTORE
    ; token.coin:93: self.balances[to] += amount
  01f04  PUSH0
  01f05  LGET 1
  01f07  MSTORE
  01f08  PUSH 32
  01f0a  PUSH 4
  01f0c  MSTORE
  01f0d  PUSH0
  01f0e  PUSH 64
  01f10  KECCAK256
  01f11  DUP1
  01f12  SLOAD
  01f13  LGET 2
  01f15  CADD
  01f16  SSTORE
    ; token.coin:94: emit Transfer(from, to, amount)
  01f17  PUSH 32
  01f19  MALLOC
  01f1a  LSET 4
  01f1c  LGET 4
  01f1e  LGET 2
  01f20  MSTORE
  01f21  LGET 4
  01f23  PUSH 32
  01f25  PUSH 0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef
  01f46  LGET 0
  01f48  LGET 1
  01f4a  LOG3
    ; token.coin:87: fn move_tokens(from: address, to: address, amount: uint) {
  01f4b  RETF
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
    ; fiat.coin:66: init(name: string, symbol: string, max_attestation_age: uint) {
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
    ; fiat.coin:66: init(name: string, symbol: string, max_attestation_age: uint) {
  000b2  ENTER 5
  000b4  LSET 2
  000b6  LSET 1
  000b8  LSET 0
    ; fiat.coin:67: Token.init(name, symbol, 18)
  000ba  LGET 0
  000bc  LGET 1
  000be  PUSH 18
  000c0  CALLF @fn_Token_init
    ; fiat.coin:68: Owned.init()
  000c3  CALLF @fn_Owned_init
    ; fiat.coin:69: require(max_attestation_age > 0, "max_attestation_age must be positive")
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
    ; fiat.coin:78: emit RedemptionsOpen(true)
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
    ; fiat.coin:66: init(name: string, symbol: string, max_attestation_age: uint) {
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
; ---- data section (4272 bytes)
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
  00760  6572206973206e6f742074686520626c61636b6c697374657200000000000000
  00780  0000000000000000000000000000000000000000000000000000000132000000
  007a0  0000000000000000000000000000000000000000000000000000000008c379a0
  007c0  0000000000000000000000000000000000000000000000000000000000000020
  007e0  0000000000000000000000000000000000000000000000000000000000000011
  00800  7065726d69742069732065787069726564000000000000000000000000000000
  00820  08c379a000000000000000000000000000000000000000000000000000000000
  00840  0000002000000000000000000000000000000000000000000000000000000000
  00860  0000001863616c6c6572206d7573742062652074686520706179656500000000
  00880  0000000008c379a0000000000000000000000000000000000000000000000000
  008a0  0000000000000020000000000000000000000000000000000000000000000000
  008c0  0000000000000021617574686f72697a6174696f6e2069732075736564206f72
  008e0  2063616e63656c65640000000000000000000000000000000000000000000000
  00900  000000000000000008c379a00000000000000000000000000000000000000000
  00920  0000000000000000000000200000000000000000000000000000000000000000
  00940  00000000000000000000002263616c6c6572206973206e6f7420746865207265
  00960  7365727665206174746573746572000000000000000000000000000000000000
  00980  00000000000000000000000008c379a000000000000000000000000000000000
  009a0  0000000000000000000000000000002000000000000000000000000000000000
  009c0  0000000000000000000000000000002c72657365727665732063616e6e6f7420
  009e0  62652062656c6f772074686520696d70616972656420616d6f756e7400000000
  00a00  0000000000000000000000000000000008c379a0000000000000000000000000
  00a20  0000000000000000000000000000000000000020000000000000000000000000
  00a40  000000000000000000000000000000000000001863616c6c6572206973206e6f
  00a60  742074686520697373756572000000000000000008c379a00000000000000000
  00a80  0000000000000000000000000000000000000000000000200000000000000000
  00aa0  000000000000000000000000000000000000000000000020696d706169726564
  00ac0  20616d6f756e74206578636565647320726573657276657308c379a000000000
  00ae0  0000000000000000000000000000000000000000000000000000002000000000
  00b00  0000000000000000000000000000000000000000000000000000001672656465
  00b20  6d7074696f6e732061726520636c6f7365640000000000000000000008c379a0
  00b40  0000000000000000000000000000000000000000000000000000000000000020
  00b60  0000000000000000000000000000000000000000000000000000000000000022
  00b80  726564656d7074696f6e20616d6f756e74206d75737420626520706f73697469
  00ba0  7665000000000000000000000000000000000000000000000000000000000000
  00bc0  08c379a000000000000000000000000000000000000000000000000000000000
  00be0  0000002000000000000000000000000000000000000000000000000000000000
  00c00  000000216e6f2071756575656420726564656d7074696f6e2077697468207468
  00c20  6973206964000000000000000000000000000000000000000000000000000000
  00c40  0000000008c379a0000000000000000000000000000000000000000000000000
  00c60  0000000000000020000000000000000000000000000000000000000000000000
  00c80  000000000000002e61636365737369626c652072657365727665732063616e6e
  00ca0  6f7420706179207468697320726564656d7074696f6e00000000000000000000
  00cc0  000000000000000008c379a00000000000000000000000000000000000000000
  00ce0  0000000000000000000000200000000000000000000000000000000000000000
  00d00  0000000000000000000000166163636f756e7420697320626c61636b6c697374
  00d20  65640000000000000000000008c379a000000000000000000000000000000000
  00d40  0000000000000000000000000000002000000000000000000000000000000000
  00d60  0000000000000000000000000000001b617070726f766520746f20746865207a
  00d80  65726f2061646472657373000000000008c379a0000000000000000000000000
  00da0  0000000000000000000000000000000000000020000000000000000000000000
  00dc0  0000000000000000000000000000000000000011696e76616c6964207369676e
  00de0  617475726500000000000000000000000000000008c379a00000000000000000
  00e00  0000000000000000000000000000000000000000000000200000000000000000
  00e20  00000000000000000000000000000000000000000000001e617574686f72697a
  00e40  6174696f6e206973206e6f74207965742076616c6964000008c379a000000000
  00e60  0000000000000000000000000000000000000000000000000000002000000000
  00e80  0000000000000000000000000000000000000000000000000000001861757468
  00ea0  6f72697a6174696f6e2069732065787069726564000000000000000008c379a0
  00ec0  0000000000000000000000000000000000000000000000000000000000000020
  00ee0  0000000000000000000000000000000000000000000000000000000000000017
  00f00  63616c6c6572206973206e6f7420746865206f776e6572000000000000000000
  00f20  08c379a000000000000000000000000000000000000000000000000000000000
  00f40  0000002000000000000000000000000000000000000000000000000000000000
  00f60  0000001b6275726e20616d6f756e7420657863656564732062616c616e636500
  00f80  0000000008c379a0000000000000000000000000000000000000000000000000
  00fa0  0000000000000020000000000000000000000000000000000000000000000000
  00fc0  00000000000000186d696e7420746f20746865207a65726f2061646472657373
  00fe0  000000000000000008c379a00000000000000000000000000000000000000000
  01000  0000000000000000000000200000000000000000000000000000000000000000
  01020  00000000000000000000001c7472616e7366657220746f20746865207a65726f
  01040  20616464726573730000000008c379a000000000000000000000000000000000
  01060  0000000000000000000000000000002000000000000000000000000000000000
  01080  0000000000000000000000000000001f7472616e7366657220616d6f756e7420
  010a0  657863656564732062616c616e636500
