; contract VaultEngine
; ---- runtime section (7634 bytes)
    ; vault.coin:52: contract VaultEngine is Owned {
  00000  ENTER 8
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
  0002d  PUSH 0x9aa4a409
  00032  EQ
  00033  JUMPI
  00034  PUSH @ext_set_oracle_5
  00037  DUP2
  00038  PUSH 0xbd4f3b83
  0003d  EQ
  0003e  JUMPI
  0003f  PUSH @ext_set_auctioneer_6
  00042  DUP2
  00043  PUSH 0x6799b7f6
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_get_auctioneer_7
  0004d  DUP2
  0004e  PUSH 0xda847aa
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_settle_8
  00058  DUP2
  00059  PUSH 0x39ff8906
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_drip_9
  00063  DUP2
  00064  PUSH 0x9f678cca
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_deposit_10
  0006e  DUP2
  0006f  PUSH 0xd0e30db0
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_withdraw_11
  00079  DUP2
  0007a  PUSH 0x2e1a7d4d
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_borrow_12
  00084  DUP2
  00085  PUSH 0xc5ebeaec
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH @ext_repay_13
  0008f  DUP2
  00090  PUSH 0x371fd8e6
  00095  EQ
  00096  JUMPI
  00097  PUSH @ext_liquidate_14
  0009a  DUP2
  0009b  PUSH 0x2f865568
  000a0  EQ
  000a1  JUMPI
  000a2  PUSH @ext_set_lump_15
  000a5  DUP2
  000a6  PUSH 0xb235c130
  000ab  EQ
  000ac  JUMPI
  000ad  PUSH @ext_get_lump_16
  000b0  DUP2
  000b1  PUSH 0xe2ca61dd
  000b6  EQ
  000b7  JUMPI
  000b8  PUSH @ext_take_17
  000bb  DUP2
  000bc  PUSH 0x3738f1a5
  000c1  EQ
  000c2  JUMPI
  000c3  PUSH @ext_vault_18
  000c6  DUP2
  000c7  PUSH 0xf815c03d
  000cc  EQ
  000cd  JUMPI
  000ce  PUSH @ext_debt_of_19
  000d1  DUP2
  000d2  PUSH 0x411e5f75
  000d7  EQ
  000d8  JUMPI
  000d9  PUSH @ext_collateral_of_20
  000dc  DUP2
  000dd  PUSH 0x9f268ce4
  000e2  EQ
  000e3  JUMPI
  000e4  PUSH @ext_collateral_ratio_21
  000e7  DUP2
  000e8  PUSH 0x58312778
  000ed  EQ
  000ee  JUMPI
  000ef  PUSH @ext_is_safe_22
  000f2  DUP2
  000f3  PUSH 0xa683c378
  000f8  EQ
  000f9  JUMPI
  000fa  PUSH @ext_auction_23
  000fd  DUP2
  000fe  PUSH 0x1200617f
  00103  EQ
  00104  JUMPI
  00105  PUSH @ext_auction_price_24
  00108  DUP2
  00109  PUSH 0x2e50d338
  0010e  EQ
  0010f  JUMPI
  00110  PUSH @ext_auctions_started_25
  00113  DUP2
  00114  PUSH 0xfe50fbc2
  00119  EQ
  0011a  JUMPI
  0011b  PUSH @ext_system_debt_26
  0011e  DUP2
  0011f  PUSH 0x88f006a0
  00124  EQ
  00125  JUMPI
  00126  PUSH @ext_vault_debt_27
  00129  DUP2
  0012a  PUSH 0xbd5a2fa9
  0012f  EQ
  00130  JUMPI
  00131  PUSH @ext_get_total_art_28
  00134  DUP2
  00135  PUSH 0x605ccb08
  0013a  EQ
  0013b  JUMPI
  0013c  PUSH @ext_get_auction_debt_29
  0013f  DUP2
  00140  PUSH 0xed993d45
  00145  EQ
  00146  JUMPI
  00147  PUSH @ext_get_bad_debt_30
  0014a  DUP2
  0014b  PUSH 0xb3c14f28
  00150  EQ
  00151  JUMPI
  00152  PUSH @ext_get_surplus_31
  00155  DUP2
  00156  PUSH 0x1cd5d36f
  0015b  EQ
  0015c  JUMPI
  0015d  PUSH @ext_get_rate_32
  00160  DUP2
  00161  PUSH 0x533178e5
  00166  EQ
  00167  JUMPI
  00168  PUSH @ext_get_coin_33
  0016b  DUP2
  0016c  PUSH 0x3f4275f6
  00171  EQ
  00172  JUMPI
  00173  PUSH @ext_get_oracle_34
  00176  DUP2
  00177  PUSH 0x1ec097c6
  0017c  EQ
  0017d  JUMPI
  0017e  PUSH @ext_parameters_35
  00181  DUP2
  00182  PUSH 0x89035730
  00187  EQ
  00188  JUMPI
  00189  PUSH0
  0018a  PUSH0
  0018b  REVERT
fallback_1:
  0018c  JUMPDEST
  0018d  PUSH0
  0018e  PUSH0
  0018f  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  00190  JUMPDEST
  00191  POP
  00192  PUSH @novalue_36
  00195  CALLVALUE
  00196  ISZERO
  00197  JUMPI
  00198  PUSH0
  00199  PUSH0
  0019a  REVERT
novalue_36:
  0019b  JUMPDEST
  0019c  CALLF @fn_Owned_get_owner
  0019f  LSET 0
  001a1  PUSH 32
  001a3  MALLOC
  001a4  LSET 1
  001a6  LGET 1
  001a8  LGET 0
  001aa  MSTORE
  001ab  LGET 1
  001ad  PUSH 32
  001af  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  001b0  JUMPDEST
  001b1  POP
  001b2  PUSH @novalue_37
  001b5  CALLVALUE
  001b6  ISZERO
  001b7  JUMPI
  001b8  PUSH0
  001b9  PUSH0
  001ba  REVERT
novalue_37:
  001bb  JUMPDEST
  001bc  PUSH @bad_input_38
  001bf  CALLDATASIZE
  001c0  PUSH 36
  001c2  LT
  001c3  JUMPI
  001c4  PUSH 4
  001c6  CALLDATALOAD
  001c7  PUSH @bad_input_38
  001ca  DUP2
  001cb  PUSH 160
  001cd  SHR
  001ce  JUMPI
  001cf  CALLF @fn_Owned_transfer_ownership
  001d2  STOP
ext_set_parameters_4:
    ; vault.coin:98: pub fn set_parameters(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  001d3  JUMPDEST
  001d4  POP
  001d5  PUSH @novalue_39
  001d8  CALLVALUE
  001d9  ISZERO
  001da  JUMPI
  001db  PUSH0
  001dc  PUSH0
  001dd  REVERT
novalue_39:
  001de  JUMPDEST
  001df  PUSH @bad_input_38
  001e2  CALLDATASIZE
  001e3  PUSH 228
  001e5  LT
  001e6  JUMPI
  001e7  PUSH 4
  001e9  CALLDATALOAD
  001ea  PUSH 36
  001ec  CALLDATALOAD
  001ed  PUSH 68
  001ef  CALLDATALOAD
  001f0  PUSH 100
  001f2  CALLDATALOAD
  001f3  PUSH 132
  001f5  CALLDATALOAD
  001f6  PUSH 164
  001f8  CALLDATALOAD
  001f9  PUSH 196
  001fb  CALLDATALOAD
  001fc  CALLF @fn_VaultEngine_set_parameters
  001ff  STOP
ext_set_oracle_5:
    ; vault.coin:106: pub fn set_oracle(oracle: address) {
  00200  JUMPDEST
  00201  POP
  00202  PUSH @novalue_40
  00205  CALLVALUE
  00206  ISZERO
  00207  JUMPI
  00208  PUSH0
  00209  PUSH0
  0020a  REVERT
novalue_40:
  0020b  JUMPDEST
  0020c  PUSH @bad_input_38
  0020f  CALLDATASIZE
  00210  PUSH 36
  00212  LT
  00213  JUMPI
  00214  PUSH 4
  00216  CALLDATALOAD
  00217  PUSH @bad_input_38
  0021a  DUP2
  0021b  PUSH 160
  0021d  SHR
  0021e  JUMPI
  0021f  CALLF @fn_VaultEngine_set_oracle
  00222  STOP
ext_set_auctioneer_6:
    ; vault.coin:115: pub fn set_auctioneer(auctioneer: address) {
  00223  JUMPDEST
  00224  POP
  00225  PUSH @novalue_41
  00228  CALLVALUE
  00229  ISZERO
  0022a  JUMPI
  0022b  PUSH0
  0022c  PUSH0
  0022d  REVERT
novalue_41:
  0022e  JUMPDEST
  0022f  PUSH @bad_input_38
  00232  CALLDATASIZE
  00233  PUSH 36
  00235  LT
  00236  JUMPI
  00237  PUSH 4
  00239  CALLDATALOAD
  0023a  PUSH @bad_input_38
  0023d  DUP2
  0023e  PUSH 160
  00240  SHR
  00241  JUMPI
  00242  CALLF @fn_VaultEngine_set_auctioneer
  00245  STOP
ext_get_auctioneer_7:
    ; vault.coin:122: pub view fn get_auctioneer() -> address {
  00246  JUMPDEST
  00247  POP
  00248  PUSH @novalue_42
  0024b  CALLVALUE
  0024c  ISZERO
  0024d  JUMPI
  0024e  PUSH0
  0024f  PUSH0
  00250  REVERT
novalue_42:
  00251  JUMPDEST
  00252  CALLF @fn_VaultEngine_get_auctioneer
  00255  LSET 0
  00257  PUSH 32
  00259  MALLOC
  0025a  LSET 1
  0025c  LGET 1
  0025e  LGET 0
  00260  MSTORE
  00261  LGET 1
  00263  PUSH 32
  00265  RETURN
ext_settle_8:
    ; vault.coin:129: pub fn settle(id: uint, debt: uint, raised: uint, returned: uint) {
  00266  JUMPDEST
  00267  POP
  00268  PUSH @novalue_43
  0026b  CALLVALUE
  0026c  ISZERO
  0026d  JUMPI
  0026e  PUSH0
  0026f  PUSH0
  00270  REVERT
novalue_43:
  00271  JUMPDEST
  00272  PUSH @bad_input_38
  00275  CALLDATASIZE
  00276  PUSH 132
  00278  LT
  00279  JUMPI
  0027a  PUSH 4
  0027c  CALLDATALOAD
  0027d  PUSH 36
  0027f  CALLDATALOAD
  00280  PUSH 68
  00282  CALLDATALOAD
  00283  PUSH 100
  00285  CALLDATALOAD
  00286  CALLF @fn_VaultEngine_settle
  00289  STOP
ext_drip_9:
    ; vault.coin:165: pub fn drip() {
  0028a  JUMPDEST
  0028b  POP
  0028c  PUSH @novalue_44
  0028f  CALLVALUE
  00290  ISZERO
  00291  JUMPI
  00292  PUSH0
  00293  PUSH0
  00294  REVERT
novalue_44:
  00295  JUMPDEST
  00296  CALLF @fn_VaultEngine_drip
  00299  STOP
ext_deposit_10:
    ; vault.coin:179: pub payable fn deposit() {
  0029a  JUMPDEST
  0029b  POP
  0029c  CALLF @fn_VaultEngine_deposit
  0029f  STOP
ext_withdraw_11:
    ; vault.coin:185: pub fn withdraw(amount: uint) {
  002a0  JUMPDEST
  002a1  POP
  002a2  PUSH @novalue_45
  002a5  CALLVALUE
  002a6  ISZERO
  002a7  JUMPI
  002a8  PUSH0
  002a9  PUSH0
  002aa  REVERT
novalue_45:
  002ab  JUMPDEST
  002ac  PUSH @bad_input_38
  002af  CALLDATASIZE
  002b0  PUSH 36
  002b2  LT
  002b3  JUMPI
  002b4  PUSH 4
  002b6  CALLDATALOAD
  002b7  CALLF @fn_VaultEngine_withdraw
  002ba  STOP
ext_borrow_12:
    ; vault.coin:199: pub fn borrow(amount: uint) {
  002bb  JUMPDEST
  002bc  POP
  002bd  PUSH @novalue_46
  002c0  CALLVALUE
  002c1  ISZERO
  002c2  JUMPI
  002c3  PUSH0
  002c4  PUSH0
  002c5  REVERT
novalue_46:
  002c6  JUMPDEST
  002c7  PUSH @bad_input_38
  002ca  CALLDATASIZE
  002cb  PUSH 36
  002cd  LT
  002ce  JUMPI
  002cf  PUSH 4
  002d1  CALLDATALOAD
  002d2  CALLF @fn_VaultEngine_borrow
  002d5  STOP
ext_repay_13:
    ; vault.coin:215: pub fn repay(amount: uint) {
  002d6  JUMPDEST
  002d7  POP
  002d8  PUSH @novalue_47
  002db  CALLVALUE
  002dc  ISZERO
  002dd  JUMPI
  002de  PUSH0
  002df  PUSH0
  002e0  REVERT
novalue_47:
  002e1  JUMPDEST
  002e2  PUSH @bad_input_38
  002e5  CALLDATASIZE
  002e6  PUSH 36
  002e8  LT
  002e9  JUMPI
  002ea  PUSH 4
  002ec  CALLDATALOAD
  002ed  CALLF @fn_VaultEngine_repay
  002f0  STOP
ext_liquidate_14:
    ; vault.coin:236: pub fn liquidate(owner: address) -> uint {
  002f1  JUMPDEST
  002f2  POP
  002f3  PUSH @novalue_48
  002f6  CALLVALUE
  002f7  ISZERO
  002f8  JUMPI
  002f9  PUSH0
  002fa  PUSH0
  002fb  REVERT
novalue_48:
  002fc  JUMPDEST
  002fd  PUSH @bad_input_38
  00300  CALLDATASIZE
  00301  PUSH 36
  00303  LT
  00304  JUMPI
  00305  PUSH 4
  00307  CALLDATALOAD
  00308  PUSH @bad_input_38
  0030b  DUP2
  0030c  PUSH 160
  0030e  SHR
  0030f  JUMPI
  00310  CALLF @fn_VaultEngine_liquidate
  00313  LSET 0
  00315  PUSH 32
  00317  MALLOC
  00318  LSET 1
  0031a  LGET 1
  0031c  LGET 0
  0031e  MSTORE
  0031f  LGET 1
  00321  PUSH 32
  00323  RETURN
ext_set_lump_15:
    ; vault.coin:270: pub fn set_lump(lump: uint) {
  00324  JUMPDEST
  00325  POP
  00326  PUSH @novalue_49
  00329  CALLVALUE
  0032a  ISZERO
  0032b  JUMPI
  0032c  PUSH0
  0032d  PUSH0
  0032e  REVERT
novalue_49:
  0032f  JUMPDEST
  00330  PUSH @bad_input_38
  00333  CALLDATASIZE
  00334  PUSH 36
  00336  LT
  00337  JUMPI
  00338  PUSH 4
  0033a  CALLDATALOAD
  0033b  CALLF @fn_VaultEngine_set_lump
  0033e  STOP
ext_get_lump_16:
    ; vault.coin:276: pub view fn get_lump() -> uint {
  0033f  JUMPDEST
  00340  POP
  00341  PUSH @novalue_50
  00344  CALLVALUE
  00345  ISZERO
  00346  JUMPI
  00347  PUSH0
  00348  PUSH0
  00349  REVERT
novalue_50:
  0034a  JUMPDEST
  0034b  CALLF @fn_VaultEngine_get_lump
  0034e  LSET 0
  00350  PUSH 32
  00352  MALLOC
  00353  LSET 1
  00355  LGET 1
  00357  LGET 0
  00359  MSTORE
  0035a  LGET 1
  0035c  PUSH 32
  0035e  RETURN
ext_take_17:
    ; vault.coin:282: pub fn take(id: uint, max_collateral: uint, max_price: uint) -> uint {
  0035f  JUMPDEST
  00360  POP
  00361  PUSH @novalue_51
  00364  CALLVALUE
  00365  ISZERO
  00366  JUMPI
  00367  PUSH0
  00368  PUSH0
  00369  REVERT
novalue_51:
  0036a  JUMPDEST
  0036b  PUSH @bad_input_38
  0036e  CALLDATASIZE
  0036f  PUSH 100
  00371  LT
  00372  JUMPI
  00373  PUSH 4
  00375  CALLDATALOAD
  00376  PUSH 36
  00378  CALLDATALOAD
  00379  PUSH 68
  0037b  CALLDATALOAD
  0037c  CALLF @fn_VaultEngine_take
  0037f  LSET 0
  00381  PUSH 32
  00383  MALLOC
  00384  LSET 1
  00386  LGET 1
  00388  LGET 0
  0038a  MSTORE
  0038b  LGET 1
  0038d  PUSH 32
  0038f  RETURN
ext_vault_18:
    ; vault.coin:332: pub view fn vault(owner: address) -> Vault {
  00390  JUMPDEST
  00391  POP
  00392  PUSH @novalue_52
  00395  CALLVALUE
  00396  ISZERO
  00397  JUMPI
  00398  PUSH0
  00399  PUSH0
  0039a  REVERT
novalue_52:
  0039b  JUMPDEST
  0039c  PUSH @bad_input_38
  0039f  CALLDATASIZE
  003a0  PUSH 36
  003a2  LT
  003a3  JUMPI
  003a4  PUSH 4
  003a6  CALLDATALOAD
  003a7  PUSH @bad_input_38
  003aa  DUP2
  003ab  PUSH 160
  003ad  SHR
  003ae  JUMPI
  003af  CALLF @fn_VaultEngine_vault
  003b2  LSET 1
  003b4  LSET 0
  003b6  PUSH 64
  003b8  MALLOC
  003b9  LSET 2
  003bb  LGET 2
  003bd  LGET 0
  003bf  MSTORE
  003c0  LGET 2
  003c2  PUSH 32
  003c4  ADD
  003c5  LGET 1
  003c7  MSTORE
  003c8  LGET 2
  003ca  PUSH 64
  003cc  RETURN
ext_debt_of_19:
    ; vault.coin:336: pub view fn debt_of(owner: address) -> uint {
  003cd  JUMPDEST
  003ce  POP
  003cf  PUSH @novalue_53
  003d2  CALLVALUE
  003d3  ISZERO
  003d4  JUMPI
  003d5  PUSH0
  003d6  PUSH0
  003d7  REVERT
novalue_53:
  003d8  JUMPDEST
  003d9  PUSH @bad_input_38
  003dc  CALLDATASIZE
  003dd  PUSH 36
  003df  LT
  003e0  JUMPI
  003e1  PUSH 4
  003e3  CALLDATALOAD
  003e4  PUSH @bad_input_38
  003e7  DUP2
  003e8  PUSH 160
  003ea  SHR
  003eb  JUMPI
  003ec  CALLF @fn_VaultEngine_debt_of
  003ef  LSET 0
  003f1  PUSH 32
  003f3  MALLOC
  003f4  LSET 1
  003f6  LGET 1
  003f8  LGET 0
  003fa  MSTORE
  003fb  LGET 1
  003fd  PUSH 32
  003ff  RETURN
ext_collateral_of_20:
    ; vault.coin:340: pub view fn collateral_of(owner: address) -> uint {
  00400  JUMPDEST
  00401  POP
  00402  PUSH @novalue_54
  00405  CALLVALUE
  00406  ISZERO
  00407  JUMPI
  00408  PUSH0
  00409  PUSH0
  0040a  REVERT
novalue_54:
  0040b  JUMPDEST
  0040c  PUSH @bad_input_38
  0040f  CALLDATASIZE
  00410  PUSH 36
  00412  LT
  00413  JUMPI
  00414  PUSH 4
  00416  CALLDATALOAD
  00417  PUSH @bad_input_38
  0041a  DUP2
  0041b  PUSH 160
  0041d  SHR
  0041e  JUMPI
  0041f  CALLF @fn_VaultEngine_collateral_of
  00422  LSET 0
  00424  PUSH 32
  00426  MALLOC
  00427  LSET 1
  00429  LGET 1
  0042b  LGET 0
  0042d  MSTORE
  0042e  LGET 1
  00430  PUSH 32
  00432  RETURN
ext_collateral_ratio_21:
    ; vault.coin:345: pub view fn collateral_ratio(owner: address) -> uint {
  00433  JUMPDEST
  00434  POP
  00435  PUSH @novalue_55
  00438  CALLVALUE
  00439  ISZERO
  0043a  JUMPI
  0043b  PUSH0
  0043c  PUSH0
  0043d  REVERT
novalue_55:
  0043e  JUMPDEST
  0043f  PUSH @bad_input_38
  00442  CALLDATASIZE
  00443  PUSH 36
  00445  LT
  00446  JUMPI
  00447  PUSH 4
  00449  CALLDATALOAD
  0044a  PUSH @bad_input_38
  0044d  DUP2
  0044e  PUSH 160
  00450  SHR
  00451  JUMPI
  00452  CALLF @fn_VaultEngine_collateral_ratio
  00455  LSET 0
  00457  PUSH 32
  00459  MALLOC
  0045a  LSET 1
  0045c  LGET 1
  0045e  LGET 0
  00460  MSTORE
  00461  LGET 1
  00463  PUSH 32
  00465  RETURN
ext_is_safe_22:
    ; vault.coin:353: pub view fn is_safe(owner: address) -> bool {
  00466  JUMPDEST
  00467  POP
  00468  PUSH @novalue_56
  0046b  CALLVALUE
  0046c  ISZERO
  0046d  JUMPI
  0046e  PUSH0
  0046f  PUSH0
  00470  REVERT
novalue_56:
  00471  JUMPDEST
  00472  PUSH @bad_input_38
  00475  CALLDATASIZE
  00476  PUSH 36
  00478  LT
  00479  JUMPI
  0047a  PUSH 4
  0047c  CALLDATALOAD
  0047d  PUSH @bad_input_38
  00480  DUP2
  00481  PUSH 160
  00483  SHR
  00484  JUMPI
  00485  CALLF @fn_VaultEngine_is_safe
  00488  LSET 0
  0048a  PUSH 32
  0048c  MALLOC
  0048d  LSET 1
  0048f  LGET 1
  00491  LGET 0
  00493  MSTORE
  00494  LGET 1
  00496  PUSH 32
  00498  RETURN
ext_auction_23:
    ; vault.coin:358: pub view fn auction(id: uint) -> Auction {
  00499  JUMPDEST
  0049a  POP
  0049b  PUSH @novalue_57
  0049e  CALLVALUE
  0049f  ISZERO
  004a0  JUMPI
  004a1  PUSH0
  004a2  PUSH0
  004a3  REVERT
novalue_57:
  004a4  JUMPDEST
  004a5  PUSH @bad_input_38
  004a8  CALLDATASIZE
  004a9  PUSH 36
  004ab  LT
  004ac  JUMPI
  004ad  PUSH 4
  004af  CALLDATALOAD
  004b0  CALLF @fn_VaultEngine_auction
  004b3  LSET 6
  004b5  LSET 5
  004b7  LSET 4
  004b9  LSET 3
  004bb  LSET 2
  004bd  LSET 1
  004bf  LSET 0
  004c1  PUSH 224
  004c3  MALLOC
  004c4  LSET 7
  004c6  LGET 7
  004c8  LGET 0
  004ca  MSTORE
  004cb  LGET 7
  004cd  PUSH 32
  004cf  ADD
  004d0  LGET 1
  004d2  MSTORE
  004d3  LGET 7
  004d5  PUSH 64
  004d7  ADD
  004d8  LGET 2
  004da  MSTORE
  004db  LGET 7
  004dd  PUSH 96
  004df  ADD
  004e0  LGET 3
  004e2  MSTORE
  004e3  LGET 7
  004e5  PUSH 128
  004e7  ADD
  004e8  LGET 4
  004ea  MSTORE
  004eb  LGET 7
  004ed  PUSH 160
  004ef  ADD
  004f0  LGET 5
  004f2  MSTORE
  004f3  LGET 7
  004f5  PUSH 192
  004f7  ADD
  004f8  LGET 6
  004fa  MSTORE
  004fb  LGET 7
  004fd  PUSH 224
  004ff  RETURN
ext_auction_price_24:
    ; vault.coin:362: pub view fn auction_price(id: uint) -> uint {
  00500  JUMPDEST
  00501  POP
  00502  PUSH @novalue_58
  00505  CALLVALUE
  00506  ISZERO
  00507  JUMPI
  00508  PUSH0
  00509  PUSH0
  0050a  REVERT
novalue_58:
  0050b  JUMPDEST
  0050c  PUSH @bad_input_38
  0050f  CALLDATASIZE
  00510  PUSH 36
  00512  LT
  00513  JUMPI
  00514  PUSH 4
  00516  CALLDATALOAD
  00517  CALLF @fn_VaultEngine_auction_price
  0051a  LSET 0
  0051c  PUSH 32
  0051e  MALLOC
  0051f  LSET 1
  00521  LGET 1
  00523  LGET 0
  00525  MSTORE
  00526  LGET 1
  00528  PUSH 32
  0052a  RETURN
ext_auctions_started_25:
    ; vault.coin:368: pub view fn auctions_started() -> uint {
  0052b  JUMPDEST
  0052c  POP
  0052d  PUSH @novalue_59
  00530  CALLVALUE
  00531  ISZERO
  00532  JUMPI
  00533  PUSH0
  00534  PUSH0
  00535  REVERT
novalue_59:
  00536  JUMPDEST
  00537  CALLF @fn_VaultEngine_auctions_started
  0053a  LSET 0
  0053c  PUSH 32
  0053e  MALLOC
  0053f  LSET 1
  00541  LGET 1
  00543  LGET 0
  00545  MSTORE
  00546  LGET 1
  00548  PUSH 32
  0054a  RETURN
ext_system_debt_26:
    ; vault.coin:373: pub view fn system_debt() -> uint {
  0054b  JUMPDEST
  0054c  POP
  0054d  PUSH @novalue_60
  00550  CALLVALUE
  00551  ISZERO
  00552  JUMPI
  00553  PUSH0
  00554  PUSH0
  00555  REVERT
novalue_60:
  00556  JUMPDEST
  00557  CALLF @fn_VaultEngine_system_debt
  0055a  LSET 0
  0055c  PUSH 32
  0055e  MALLOC
  0055f  LSET 1
  00561  LGET 1
  00563  LGET 0
  00565  MSTORE
  00566  LGET 1
  00568  PUSH 32
  0056a  RETURN
ext_vault_debt_27:
    ; vault.coin:377: pub view fn vault_debt() -> uint {
  0056b  JUMPDEST
  0056c  POP
  0056d  PUSH @novalue_61
  00570  CALLVALUE
  00571  ISZERO
  00572  JUMPI
  00573  PUSH0
  00574  PUSH0
  00575  REVERT
novalue_61:
  00576  JUMPDEST
  00577  CALLF @fn_VaultEngine_vault_debt
  0057a  LSET 0
  0057c  PUSH 32
  0057e  MALLOC
  0057f  LSET 1
  00581  LGET 1
  00583  LGET 0
  00585  MSTORE
  00586  LGET 1
  00588  PUSH 32
  0058a  RETURN
ext_get_total_art_28:
    ; vault.coin:381: pub view fn get_total_art() -> uint {
  0058b  JUMPDEST
  0058c  POP
  0058d  PUSH @novalue_62
  00590  CALLVALUE
  00591  ISZERO
  00592  JUMPI
  00593  PUSH0
  00594  PUSH0
  00595  REVERT
novalue_62:
  00596  JUMPDEST
  00597  CALLF @fn_VaultEngine_get_total_art
  0059a  LSET 0
  0059c  PUSH 32
  0059e  MALLOC
  0059f  LSET 1
  005a1  LGET 1
  005a3  LGET 0
  005a5  MSTORE
  005a6  LGET 1
  005a8  PUSH 32
  005aa  RETURN
ext_get_auction_debt_29:
    ; vault.coin:385: pub view fn get_auction_debt() -> uint {
  005ab  JUMPDEST
  005ac  POP
  005ad  PUSH @novalue_63
  005b0  CALLVALUE
  005b1  ISZERO
  005b2  JUMPI
  005b3  PUSH0
  005b4  PUSH0
  005b5  REVERT
novalue_63:
  005b6  JUMPDEST
  005b7  CALLF @fn_VaultEngine_get_auction_debt
  005ba  LSET 0
  005bc  PUSH 32
  005be  MALLOC
  005bf  LSET 1
  005c1  LGET 1
  005c3  LGET 0
  005c5  MSTORE
  005c6  LGET 1
  005c8  PUSH 32
  005ca  RETURN
ext_get_bad_debt_30:
    ; vault.coin:389: pub view fn get_bad_debt() -> uint {
  005cb  JUMPDEST
  005cc  POP
  005cd  PUSH @novalue_64
  005d0  CALLVALUE
  005d1  ISZERO
  005d2  JUMPI
  005d3  PUSH0
  005d4  PUSH0
  005d5  REVERT
novalue_64:
  005d6  JUMPDEST
  005d7  CALLF @fn_VaultEngine_get_bad_debt
  005da  LSET 0
  005dc  PUSH 32
  005de  MALLOC
  005df  LSET 1
  005e1  LGET 1
  005e3  LGET 0
  005e5  MSTORE
  005e6  LGET 1
  005e8  PUSH 32
  005ea  RETURN
ext_get_surplus_31:
    ; vault.coin:393: pub view fn get_surplus() -> uint {
  005eb  JUMPDEST
  005ec  POP
  005ed  PUSH @novalue_65
  005f0  CALLVALUE
  005f1  ISZERO
  005f2  JUMPI
  005f3  PUSH0
  005f4  PUSH0
  005f5  REVERT
novalue_65:
  005f6  JUMPDEST
  005f7  CALLF @fn_VaultEngine_get_surplus
  005fa  LSET 0
  005fc  PUSH 32
  005fe  MALLOC
  005ff  LSET 1
  00601  LGET 1
  00603  LGET 0
  00605  MSTORE
  00606  LGET 1
  00608  PUSH 32
  0060a  RETURN
ext_get_rate_32:
    ; vault.coin:397: pub view fn get_rate() -> uint {
  0060b  JUMPDEST
  0060c  POP
  0060d  PUSH @novalue_66
  00610  CALLVALUE
  00611  ISZERO
  00612  JUMPI
  00613  PUSH0
  00614  PUSH0
  00615  REVERT
novalue_66:
  00616  JUMPDEST
  00617  CALLF @fn_VaultEngine_get_rate
  0061a  LSET 0
  0061c  PUSH 32
  0061e  MALLOC
  0061f  LSET 1
  00621  LGET 1
  00623  LGET 0
  00625  MSTORE
  00626  LGET 1
  00628  PUSH 32
  0062a  RETURN
ext_get_coin_33:
    ; vault.coin:401: pub view fn get_coin() -> address {
  0062b  JUMPDEST
  0062c  POP
  0062d  PUSH @novalue_67
  00630  CALLVALUE
  00631  ISZERO
  00632  JUMPI
  00633  PUSH0
  00634  PUSH0
  00635  REVERT
novalue_67:
  00636  JUMPDEST
  00637  CALLF @fn_VaultEngine_get_coin
  0063a  LSET 0
  0063c  PUSH 32
  0063e  MALLOC
  0063f  LSET 1
  00641  LGET 1
  00643  LGET 0
  00645  MSTORE
  00646  LGET 1
  00648  PUSH 32
  0064a  RETURN
ext_get_oracle_34:
    ; vault.coin:405: pub view fn get_oracle() -> address {
  0064b  JUMPDEST
  0064c  POP
  0064d  PUSH @novalue_68
  00650  CALLVALUE
  00651  ISZERO
  00652  JUMPI
  00653  PUSH0
  00654  PUSH0
  00655  REVERT
novalue_68:
  00656  JUMPDEST
  00657  CALLF @fn_VaultEngine_get_oracle
  0065a  LSET 0
  0065c  PUSH 32
  0065e  MALLOC
  0065f  LSET 1
  00661  LGET 1
  00663  LGET 0
  00665  MSTORE
  00666  LGET 1
  00668  PUSH 32
  0066a  RETURN
ext_parameters_35:
    ; vault.coin:409: pub view fn parameters() -> Parameters {
  0066b  JUMPDEST
  0066c  POP
  0066d  PUSH @novalue_69
  00670  CALLVALUE
  00671  ISZERO
  00672  JUMPI
  00673  PUSH0
  00674  PUSH0
  00675  REVERT
novalue_69:
  00676  JUMPDEST
  00677  CALLF @fn_VaultEngine_parameters
  0067a  LSET 6
  0067c  LSET 5
  0067e  LSET 4
  00680  LSET 3
  00682  LSET 2
  00684  LSET 1
  00686  LSET 0
  00688  PUSH 224
  0068a  MALLOC
  0068b  LSET 7
  0068d  LGET 7
  0068f  LGET 0
  00691  MSTORE
  00692  LGET 7
  00694  PUSH 32
  00696  ADD
  00697  LGET 1
  00699  MSTORE
  0069a  LGET 7
  0069c  PUSH 64
  0069e  ADD
  0069f  LGET 2
  006a1  MSTORE
  006a2  LGET 7
  006a4  PUSH 96
  006a6  ADD
  006a7  LGET 3
  006a9  MSTORE
  006aa  LGET 7
  006ac  PUSH 128
  006ae  ADD
  006af  LGET 4
  006b1  MSTORE
  006b2  LGET 7
  006b4  PUSH 160
  006b6  ADD
  006b7  LGET 5
  006b9  MSTORE
  006ba  LGET 7
  006bc  PUSH 192
  006be  ADD
  006bf  LGET 6
  006c1  MSTORE
  006c2  LGET 7
  006c4  PUSH 224
  006c6  RETURN
bad_input_38:
    ; vault.coin:52: contract VaultEngine is Owned {
  006c7  JUMPDEST
  006c8  PUSH0
  006c9  PUSH0
  006ca  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  006cb  ENTER 0
    ; access.coin:14: return self.owner
  006cd  PUSH 0
  006ce  SLOAD
  006cf  RETF
  006d0  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  006d1  ENTER 2
  006d3  LSET 0
    ; access.coin:18: self.only_owner()
  006d5  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  006d8  PUSH @req_ok_70
  006db  LGET 0
  006dd  PUSH 0
  006de  EQ
  006df  ISZERO
  006e0  JUMPI
  006e1  PUSH 100
  006e3  MALLOC
  006e4  DUP1
  006e5  PUSH 0
  006e6  PUSH 100
  006e8  DATACOPY
  006e9  PUSH 100
  006eb  REVERT
req_ok_70:
  006ec  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  006ed  PUSH 0
  006ee  SLOAD
  006ef  LSET 1
  006f1  PUSH0
  006f2  PUSH0
  006f3  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  00714  LGET 1
  00716  LGET 0
  00718  LOG3
    ; access.coin:21: self.owner = next
  00719  PUSH 0
  0071a  LGET 0
  0071c  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  0071d  RETF
fn_VaultEngine_set_parameters:
    ; vault.coin:98: pub fn set_parameters(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  0071e  ENTER 7
  00720  LSET 6
  00722  LSET 5
  00724  LSET 4
  00726  LSET 3
  00728  LSET 2
  0072a  LSET 1
  0072c  LSET 0
    ; vault.coin:100: self.only_owner()
  0072e  CALLF @fn_Owned_only_owner
    ; vault.coin:101: self.drip()
  00731  CALLF @fn_VaultEngine_drip
    ; vault.coin:102: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00734  LGET 0
  00736  LGET 1
  00738  LGET 2
  0073a  LGET 3
  0073c  LGET 4
    ; vault.coin:103: auction_duration, auction_buffer)
  0073e  LGET 5
  00740  LGET 6
    ; vault.coin:102: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00742  CALLF @fn_VaultEngine_set_all
    ; vault.coin:98: pub fn set_parameters(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  00745  RETF
fn_VaultEngine_set_oracle:
    ; vault.coin:106: pub fn set_oracle(oracle: address) {
  00746  ENTER 7
  00748  LSET 0
    ; vault.coin:107: self.only_owner()
  0074a  CALLF @fn_Owned_only_owner
    ; vault.coin:108: self.oracle = oracle
  0074d  PUSH 2
  0074f  LGET 0
  00751  SSTORE
    ; vault.coin:109: emit ParameterSet("oracle", uint(oracle))
  00752  PUSH 64
  00754  MALLOC
  00755  DUP1
  00756  PUSH 100
  00758  PUSH 64
  0075a  DATACOPY
  0075b  LSET 1
  0075d  LGET 0
  0075f  LSET 2
  00761  PUSH 64
  00763  LGET 1
  00765  MLOAD
  00766  PUSH 31
  00768  ADD
  00769  PUSH 5
  0076b  SHR
  0076c  PUSH 5
  0076e  SHL
  0076f  PUSH 32
  00771  ADD
  00772  ADD
  00773  LSET 3
  00775  LGET 3
  00777  MALLOC
  00778  LSET 4
  0077a  PUSH 64
  0077c  LSET 5
  0077e  LGET 4
  00780  PUSH 0
  00781  ADD
  00782  LGET 5
  00784  MSTORE
  00785  LGET 4
  00787  PUSH 0
  00788  ADD
  00789  LGET 5
  0078b  ADD
  0078c  LGET 1
  0078e  LGET 1
  00790  MLOAD
  00791  PUSH 31
  00793  ADD
  00794  PUSH 5
  00796  SHR
  00797  PUSH 5
  00799  SHL
  0079a  PUSH 32
  0079c  ADD
  0079d  DUP1
  0079e  LSET 6
  007a0  MCOPY
  007a1  LGET 5
  007a3  LGET 6
  007a5  ADD
  007a6  LSET 5
  007a8  LGET 4
  007aa  PUSH 32
  007ac  ADD
  007ad  LGET 2
  007af  MSTORE
  007b0  LGET 4
  007b2  LGET 3
  007b4  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  007d5  LOG1
    ; vault.coin:106: pub fn set_oracle(oracle: address) {
  007d6  RETF
fn_VaultEngine_set_auctioneer:
    ; vault.coin:115: pub fn set_auctioneer(auctioneer: address) {
  007d7  ENTER 7
  007d9  LSET 0
    ; vault.coin:116: self.only_owner()
  007db  CALLF @fn_Owned_only_owner
    ; vault.coin:117: require(self.auction_debt == 0, "auctions are still running")
  007de  PUSH @req_ok_71
  007e1  PUSH 13
  007e3  SLOAD
  007e4  PUSH 0
  007e5  EQ
  007e6  JUMPI
  007e7  PUSH 100
  007e9  MALLOC
  007ea  DUP1
  007eb  PUSH 164
  007ed  PUSH 100
  007ef  DATACOPY
  007f0  PUSH 100
  007f2  REVERT
req_ok_71:
  007f3  JUMPDEST
    ; vault.coin:118: self.auctioneer = auctioneer
  007f4  PUSH 19
  007f6  LGET 0
  007f8  SSTORE
    ; vault.coin:119: emit ParameterSet("auctioneer", uint(auctioneer))
  007f9  PUSH 64
  007fb  MALLOC
  007fc  DUP1
  007fd  PUSH 264
  00800  PUSH 64
  00802  DATACOPY
  00803  LSET 1
  00805  LGET 0
  00807  LSET 2
  00809  PUSH 64
  0080b  LGET 1
  0080d  MLOAD
  0080e  PUSH 31
  00810  ADD
  00811  PUSH 5
  00813  SHR
  00814  PUSH 5
  00816  SHL
  00817  PUSH 32
  00819  ADD
  0081a  ADD
  0081b  LSET 3
  0081d  LGET 3
  0081f  MALLOC
  00820  LSET 4
  00822  PUSH 64
  00824  LSET 5
  00826  LGET 4
  00828  PUSH 0
  00829  ADD
  0082a  LGET 5
  0082c  MSTORE
  0082d  LGET 4
  0082f  PUSH 0
  00830  ADD
  00831  LGET 5
  00833  ADD
  00834  LGET 1
  00836  LGET 1
  00838  MLOAD
  00839  PUSH 31
  0083b  ADD
  0083c  PUSH 5
  0083e  SHR
  0083f  PUSH 5
  00841  SHL
  00842  PUSH 32
  00844  ADD
  00845  DUP1
  00846  LSET 6
  00848  MCOPY
  00849  LGET 5
  0084b  LGET 6
  0084d  ADD
  0084e  LSET 5
  00850  LGET 4
  00852  PUSH 32
  00854  ADD
  00855  LGET 2
  00857  MSTORE
  00858  LGET 4
  0085a  LGET 3
  0085c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0087d  LOG1
    ; vault.coin:115: pub fn set_auctioneer(auctioneer: address) {
  0087e  RETF
fn_VaultEngine_get_auctioneer:
    ; vault.coin:122: pub view fn get_auctioneer() -> address {
  0087f  ENTER 0
    ; vault.coin:123: return self.auctioneer
  00881  PUSH 19
  00883  SLOAD
  00884  RETF
  00885  INVALID
fn_VaultEngine_settle:
    ; vault.coin:129: pub fn settle(id: uint, debt: uint, raised: uint, returned: uint) {
  00886  ENTER 8
  00888  LSET 3
  0088a  LSET 2
  0088c  LSET 1
  0088e  LSET 0
    ; vault.coin:130: require(msg.sender == self.auctioneer and self.auctioneer != address(0), "caller is not the auctioneer")
  00890  PUSH @req_ok_72
  00893  CALLER
  00894  PUSH 19
  00896  SLOAD
  00897  EQ
  00898  DUP1
  00899  ISZERO
  0089a  PUSH @and_73
  0089d  SWAP1
  0089e  JUMPI
  0089f  POP
  008a0  PUSH 19
  008a2  SLOAD
  008a3  PUSH 0
  008a4  EQ
  008a5  ISZERO
and_73:
  008a6  JUMPDEST
  008a7  JUMPI
  008a8  PUSH 100
  008aa  MALLOC
  008ab  DUP1
  008ac  PUSH 328
  008af  PUSH 100
  008b1  DATACOPY
  008b2  PUSH 100
  008b4  REVERT
req_ok_72:
  008b5  JUMPDEST
    ; vault.coin:131: require(debt <= self.auction_debt, "settles more debt than is in auctions")
  008b6  PUSH @req_ok_74
  008b9  LGET 1
  008bb  PUSH 13
  008bd  SLOAD
  008be  GT
  008bf  ISZERO
  008c0  JUMPI
  008c1  PUSH 132
  008c3  MALLOC
  008c4  DUP1
  008c5  PUSH 428
  008c8  PUSH 132
  008ca  DATACOPY
  008cb  PUSH 132
  008cd  REVERT
req_ok_74:
  008ce  JUMPDEST
    ; vault.coin:132: let repaid = min(raised, debt)
  008cf  LGET 2
  008d1  LSET 6
  008d3  LGET 1
  008d5  LSET 7
  008d7  LGET 7
  008d9  LGET 6
  008db  LGET 7
  008dd  XOR
  008de  LGET 6
  008e0  LGET 7
  008e2  LT
  008e3  MUL
  008e4  XOR
  008e5  LSET 4
    ; vault.coin:133: let lost = debt - repaid
  008e7  LGET 1
  008e9  LGET 4
  008eb  CSUB
  008ec  LSET 5
    ; vault.coin:134: self.auction_debt -= debt
  008ee  PUSH 13
  008f0  DUP1
  008f1  SLOAD
  008f2  LGET 1
  008f4  CSUB
  008f5  SSTORE
    ; vault.coin:135: self.surplus += raised - repaid
  008f6  PUSH 15
  008f8  DUP1
  008f9  SLOAD
  008fa  LGET 2
  008fc  LGET 4
  008fe  CSUB
  008ff  CADD
  00900  SSTORE
    ; vault.coin:136: self.bad_debt += lost
  00901  PUSH 14
  00903  DUP1
  00904  SLOAD
  00905  LGET 5
  00907  CADD
  00908  SSTORE
    ; vault.coin:137: emit AuctionClosed(id, returned, lost)
  00909  PUSH 64
  0090b  MALLOC
  0090c  LSET 6
  0090e  LGET 6
  00910  LGET 3
  00912  MSTORE
  00913  LGET 6
  00915  PUSH 32
  00917  ADD
  00918  LGET 5
  0091a  MSTORE
  0091b  LGET 6
  0091d  PUSH 64
  0091f  PUSH 0xb1318b18051ae7825ed56b03ed2431a994f919d5c4f4229b7123ef2afd74ba1a
  00940  LGET 0
  00942  LOG2
    ; vault.coin:129: pub fn settle(id: uint, debt: uint, raised: uint, returned: uint) {
  00943  RETF
fn_VaultEngine_drip:
    ; vault.coin:165: pub fn drip() {
  00944  ENTER 4
    ; vault.coin:166: let now = block.timestamp
  00946  TIMESTAMP
  00947  LSET 0
    ; vault.coin:167: if now == self.rho {
  00949  PUSH @else_75
  0094c  LGET 0
  0094e  PUSH 11
  00950  SLOAD
  00951  EQ
  00952  ISZERO
  00953  JUMPI
    ; vault.coin:168: return
  00954  RETF
else_75:
  00955  JUMPDEST
    ; vault.coin:170: let next = mul_div(self.rate, rpow(self.stability_fee, now - self.rho, RAY), RAY)
  00956  PUSH 10
  00958  SLOAD
  00959  PUSH 5
  0095b  SLOAD
  0095c  LGET 0
  0095e  PUSH 11
  00960  SLOAD
  00961  CSUB
  00962  PUSH 0x33b2e3c9fd0803ce8000000
  0096f  CALLF @fn__rpow
  00972  PUSH 0x33b2e3c9fd0803ce8000000
  0097f  MULDIV
  00980  LSET 1
    ; vault.coin:171: let fees = mul_div(self.total_art, next - self.rate, RAY)
  00982  PUSH 12
  00984  SLOAD
  00985  LGET 1
  00987  PUSH 10
  00989  SLOAD
  0098a  CSUB
  0098b  PUSH 0x33b2e3c9fd0803ce8000000
  00998  MULDIV
  00999  LSET 2
    ; vault.coin:172: self.rate = next
  0099b  PUSH 10
  0099d  LGET 1
  0099f  SSTORE
    ; vault.coin:173: self.rho = now
  009a0  PUSH 11
  009a2  LGET 0
  009a4  SSTORE
    ; vault.coin:174: self.surplus += fees
  009a5  PUSH 15
  009a7  DUP1
  009a8  SLOAD
  009a9  LGET 2
  009ab  CADD
  009ac  SSTORE
    ; vault.coin:175: emit Drip(next, fees)
  009ad  PUSH 64
  009af  MALLOC
  009b0  LSET 3
  009b2  LGET 3
  009b4  LGET 1
  009b6  MSTORE
  009b7  LGET 3
  009b9  PUSH 32
  009bb  ADD
  009bc  LGET 2
  009be  MSTORE
  009bf  LGET 3
  009c1  PUSH 64
  009c3  PUSH 0xad1e8a53178522eb68a9d94d862bf30c841f709d2115f743eb6b34528751c79f
  009e4  LOG1
    ; vault.coin:165: pub fn drip() {
  009e5  RETF
fn_VaultEngine_deposit:
    ; vault.coin:179: pub payable fn deposit() {
  009e6  ENTER 3
    ; vault.coin:180: require(msg.value > 0, "deposit must be positive")
  009e8  PUSH @req_ok_76
  009eb  CALLVALUE
  009ec  PUSH 0
  009ed  GT
  009ee  JUMPI
  009ef  PUSH 100
  009f1  MALLOC
  009f2  DUP1
  009f3  PUSH 560
  009f6  PUSH 100
  009f8  DATACOPY
  009f9  PUSH 100
  009fb  REVERT
req_ok_76:
  009fc  JUMPDEST
    ; vault.coin:181: self.vaults[msg.sender].collateral += msg.value
  009fd  PUSH0
  009fe  CALLER
  009ff  MSTORE
  00a00  PUSH 32
  00a02  PUSH 16
  00a04  MSTORE
  00a05  PUSH0
  00a06  PUSH 64
  00a08  KECCAK256
  00a09  DUP1
  00a0a  SLOAD
  00a0b  CALLVALUE
  00a0c  CADD
  00a0d  SSTORE
    ; vault.coin:182: emit Deposit(msg.sender, msg.value)
  00a0e  CALLER
  00a0f  LSET 0
  00a11  CALLVALUE
  00a12  LSET 1
  00a14  PUSH 32
  00a16  MALLOC
  00a17  LSET 2
  00a19  LGET 2
  00a1b  LGET 1
  00a1d  MSTORE
  00a1e  LGET 2
  00a20  PUSH 32
  00a22  PUSH 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c
  00a43  LGET 0
  00a45  LOG2
    ; vault.coin:179: pub payable fn deposit() {
  00a46  RETF
fn_VaultEngine_withdraw:
    ; vault.coin:185: pub fn withdraw(amount: uint) {
  00a47  ENTER 5
  00a49  LSET 0
    ; vault.coin:186: self.drip()
  00a4b  CALLF @fn_VaultEngine_drip
    ; vault.coin:187: let v = self.vaults[msg.sender]
  00a4e  PUSH0
  00a4f  CALLER
  00a50  MSTORE
  00a51  PUSH 32
  00a53  PUSH 16
  00a55  MSTORE
  00a56  PUSH0
  00a57  PUSH 64
  00a59  KECCAK256
  00a5a  LSET 3
  00a5c  LGET 3
  00a5e  SLOAD
  00a5f  LGET 3
  00a61  PUSH 1
  00a63  ADD
  00a64  SLOAD
  00a65  LSET 2
  00a67  LSET 1
    ; vault.coin:188: require(amount > 0, "withdraw amount must be positive")
  00a69  PUSH @req_ok_77
  00a6c  LGET 0
  00a6e  PUSH 0
  00a6f  GT
  00a70  JUMPI
  00a71  PUSH 100
  00a73  MALLOC
  00a74  DUP1
  00a75  PUSH 660
  00a78  PUSH 100
  00a7a  DATACOPY
  00a7b  PUSH 100
  00a7d  REVERT
req_ok_77:
  00a7e  JUMPDEST
    ; vault.coin:189: require(amount <= v.collateral, "withdraw amount exceeds collateral")
  00a7f  PUSH @req_ok_78
  00a82  LGET 0
  00a84  LGET 1
  00a86  GT
  00a87  ISZERO
  00a88  JUMPI
  00a89  PUSH 132
  00a8b  MALLOC
  00a8c  DUP1
  00a8d  PUSH 760
  00a90  PUSH 132
  00a92  DATACOPY
  00a93  PUSH 132
  00a95  REVERT
req_ok_78:
  00a96  JUMPDEST
    ; vault.coin:190: v.collateral -= amount
  00a97  LGET 1
  00a99  LGET 0
  00a9b  CSUB
  00a9c  LSET 1
    ; vault.coin:191: if v.art > 0 {
  00a9e  PUSH @else_79
  00aa1  LGET 2
  00aa3  PUSH 0
  00aa4  GT
  00aa5  ISZERO
  00aa6  JUMPI
    ; vault.coin:192: require(self.safe(v.collateral, self.debt(v.art)), "withdrawal would make the vault unsafe")
  00aa7  PUSH @req_ok_80
  00aaa  LGET 1
  00aac  LGET 2
  00aae  CALLF @fn_VaultEngine_debt
  00ab1  CALLF @fn_VaultEngine_safe
  00ab4  JUMPI
  00ab5  PUSH 132
  00ab7  MALLOC
  00ab8  DUP1
  00ab9  PUSH 892
  00abc  PUSH 132
  00abe  DATACOPY
  00abf  PUSH 132
  00ac1  REVERT
req_ok_80:
  00ac2  JUMPDEST
else_79:
  00ac3  JUMPDEST
    ; vault.coin:194: self.vaults[msg.sender] = v
  00ac4  LGET 1
  00ac6  LGET 2
  00ac8  PUSH0
  00ac9  CALLER
  00aca  MSTORE
  00acb  PUSH 32
  00acd  PUSH 16
  00acf  MSTORE
  00ad0  PUSH0
  00ad1  PUSH 64
  00ad3  KECCAK256
  00ad4  LSET 3
  00ad6  LGET 3
  00ad8  PUSH 1
  00ada  ADD
  00adb  SWAP1
  00adc  SSTORE
  00add  LGET 3
  00adf  SWAP1
  00ae0  SSTORE
    ; vault.coin:195: send(msg.sender, amount)
  00ae1  CALLER
  00ae2  LSET 3
  00ae4  LGET 0
  00ae6  LSET 4
  00ae8  PUSH @send_ok_81
  00aeb  GAS
  00aec  LGET 3
  00aee  LGET 4
  00af0  PUSH0
  00af1  PUSH0
  00af2  PUSH0
  00af3  PUSH0
  00af4  CALL
  00af5  JUMPI
  00af6  PUSH @send_fail_82
  00af9  RETURNDATASIZE
  00afa  ISZERO
  00afb  JUMPI
  00afc  RETURNDATASIZE
  00afd  MALLOC
  00afe  DUP1
  00aff  PUSH0
  00b00  RETURNDATASIZE
  00b01  RETURNDATACOPY
  00b02  RETURNDATASIZE
  00b03  REVERT
send_fail_82:
  00b04  JUMPDEST
  00b05  PUSH 100
  00b07  MALLOC
  00b08  DUP1
  00b09  PUSH 1024
  00b0c  PUSH 100
  00b0e  DATACOPY
  00b0f  PUSH 100
  00b11  REVERT
send_ok_81:
  00b12  JUMPDEST
    ; vault.coin:196: emit Withdraw(msg.sender, amount)
  00b13  CALLER
  00b14  LSET 3
  00b16  PUSH 32
  00b18  MALLOC
  00b19  LSET 4
  00b1b  LGET 4
  00b1d  LGET 0
  00b1f  MSTORE
  00b20  LGET 4
  00b22  PUSH 32
  00b24  PUSH 0x884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a9424364
  00b45  LGET 3
  00b47  LOG2
    ; vault.coin:185: pub fn withdraw(amount: uint) {
  00b48  RETF
fn_VaultEngine_borrow:
    ; vault.coin:199: pub fn borrow(amount: uint) {
  00b49  ENTER 9
  00b4b  LSET 0
    ; vault.coin:200: self.drip()
  00b4d  CALLF @fn_VaultEngine_drip
    ; vault.coin:201: require(amount > 0, "borrow amount must be positive")
  00b50  PUSH @req_ok_83
  00b53  LGET 0
  00b55  PUSH 0
  00b56  GT
  00b57  JUMPI
  00b58  PUSH 100
  00b5a  MALLOC
  00b5b  DUP1
  00b5c  PUSH 1124
  00b5f  PUSH 100
  00b61  DATACOPY
  00b62  PUSH 100
  00b64  REVERT
req_ok_83:
  00b65  JUMPDEST
    ; vault.coin:202: let v = self.vaults[msg.sender]
  00b66  PUSH0
  00b67  CALLER
  00b68  MSTORE
  00b69  PUSH 32
  00b6b  PUSH 16
  00b6d  MSTORE
  00b6e  PUSH0
  00b6f  PUSH 64
  00b71  KECCAK256
  00b72  LSET 5
  00b74  LGET 5
  00b76  SLOAD
  00b77  LGET 5
  00b79  PUSH 1
  00b7b  ADD
  00b7c  SLOAD
  00b7d  LSET 2
  00b7f  LSET 1
    ; vault.coin:203: let added = ceil_div(amount * RAY, self.rate)
  00b81  LGET 0
  00b83  PUSH 0x33b2e3c9fd0803ce8000000
  00b90  CMUL
  00b91  PUSH 10
  00b93  SLOAD
  00b94  CALLF @fn__ceil_div
  00b97  LSET 3
    ; vault.coin:204: v.art += added
  00b99  LGET 2
  00b9b  LGET 3
  00b9d  CADD
  00b9e  LSET 2
    ; vault.coin:205: let debt = self.debt(v.art)
  00ba0  LGET 2
  00ba2  CALLF @fn_VaultEngine_debt
  00ba5  LSET 4
    ; vault.coin:206: require(debt >= self.dust, "vault debt would be below the dust minimum")
  00ba7  PUSH @req_ok_84
  00baa  LGET 4
  00bac  PUSH 7
  00bae  SLOAD
  00baf  LT
  00bb0  ISZERO
  00bb1  JUMPI
  00bb2  PUSH 132
  00bb4  MALLOC
  00bb5  DUP1
  00bb6  PUSH 1224
  00bb9  PUSH 132
  00bbb  DATACOPY
  00bbc  PUSH 132
  00bbe  REVERT
req_ok_84:
  00bbf  JUMPDEST
    ; vault.coin:207: require(self.debt(self.total_art + added) <= self.debt_ceiling, "debt ceiling reached")
  00bc0  PUSH @req_ok_85
  00bc3  PUSH 12
  00bc5  SLOAD
  00bc6  LGET 3
  00bc8  CADD
  00bc9  CALLF @fn_VaultEngine_debt
  00bcc  PUSH 6
  00bce  SLOAD
  00bcf  GT
  00bd0  ISZERO
  00bd1  JUMPI
  00bd2  PUSH 100
  00bd4  MALLOC
  00bd5  DUP1
  00bd6  PUSH 1356
  00bd9  PUSH 100
  00bdb  DATACOPY
  00bdc  PUSH 100
  00bde  REVERT
req_ok_85:
  00bdf  JUMPDEST
    ; vault.coin:208: require(self.safe(v.collateral, debt), "not enough collateral for this debt")
  00be0  PUSH @req_ok_86
  00be3  LGET 1
  00be5  LGET 4
  00be7  CALLF @fn_VaultEngine_safe
  00bea  JUMPI
  00beb  PUSH 132
  00bed  MALLOC
  00bee  DUP1
  00bef  PUSH 1456
  00bf2  PUSH 132
  00bf4  DATACOPY
  00bf5  PUSH 132
  00bf7  REVERT
req_ok_86:
  00bf8  JUMPDEST
    ; vault.coin:209: self.vaults[msg.sender] = v
  00bf9  LGET 1
  00bfb  LGET 2
  00bfd  PUSH0
  00bfe  CALLER
  00bff  MSTORE
  00c00  PUSH 32
  00c02  PUSH 16
  00c04  MSTORE
  00c05  PUSH0
  00c06  PUSH 64
  00c08  KECCAK256
  00c09  LSET 5
  00c0b  LGET 5
  00c0d  PUSH 1
  00c0f  ADD
  00c10  SWAP1
  00c11  SSTORE
  00c12  LGET 5
  00c14  SWAP1
  00c15  SSTORE
    ; vault.coin:210: self.total_art += added
  00c16  PUSH 12
  00c18  DUP1
  00c19  SLOAD
  00c1a  LGET 3
  00c1c  CADD
  00c1d  SSTORE
    ; vault.coin:211: Mintable(self.coin).mint(msg.sender, amount)
  00c1e  PUSH 1
  00c20  SLOAD
  00c21  LSET 5
  00c23  CALLER
  00c24  LSET 6
  00c26  LGET 0
  00c28  LSET 7
  00c2a  PUSH @has_code_87
  00c2d  LGET 5
  00c2f  EXTCODESIZE
  00c30  JUMPI
  00c31  PUSH 132
  00c33  MALLOC
  00c34  DUP1
  00c35  PUSH 1588
  00c38  PUSH 132
  00c3a  DATACOPY
  00c3b  PUSH 132
  00c3d  REVERT
has_code_87:
  00c3e  JUMPDEST
  00c3f  PUSH 68
  00c41  MALLOC
  00c42  LSET 8
  00c44  LGET 8
  00c46  PUSH 0x40c10f1900000000000000000000000000000000000000000000000000000000
  00c67  MSTORE
  00c68  LGET 8
  00c6a  PUSH 4
  00c6c  ADD
  00c6d  LGET 6
  00c6f  MSTORE
  00c70  LGET 8
  00c72  PUSH 36
  00c74  ADD
  00c75  LGET 7
  00c77  MSTORE
  00c78  PUSH @call_ok_88
  00c7b  GAS
  00c7c  LGET 5
  00c7e  PUSH0
  00c7f  LGET 8
  00c81  PUSH 68
  00c83  PUSH0
  00c84  PUSH0
  00c85  CALL
  00c86  JUMPI
  00c87  RETURNDATASIZE
  00c88  MALLOC
  00c89  DUP1
  00c8a  PUSH0
  00c8b  RETURNDATASIZE
  00c8c  RETURNDATACOPY
  00c8d  RETURNDATASIZE
  00c8e  REVERT
call_ok_88:
  00c8f  JUMPDEST
    ; vault.coin:212: emit Borrow(msg.sender, amount, debt)
  00c90  CALLER
  00c91  LSET 5
  00c93  PUSH 64
  00c95  MALLOC
  00c96  LSET 6
  00c98  LGET 6
  00c9a  LGET 0
  00c9c  MSTORE
  00c9d  LGET 6
  00c9f  PUSH 32
  00ca1  ADD
  00ca2  LGET 4
  00ca4  MSTORE
  00ca5  LGET 6
  00ca7  PUSH 64
  00ca9  PUSH 0xe1979fe4c35e0cef342fef5668e2c8e7a7e9f5d5d1ca8fee0ac6c427fa4153af
  00cca  LGET 5
  00ccc  LOG2
    ; vault.coin:199: pub fn borrow(amount: uint) {
  00ccd  RETF
fn_VaultEngine_repay:
    ; vault.coin:215: pub fn repay(amount: uint) {
  00cce  ENTER 11
  00cd0  LSET 0
    ; vault.coin:216: self.drip()
  00cd2  CALLF @fn_VaultEngine_drip
    ; vault.coin:217: require(amount > 0, "repay amount must be positive")
  00cd5  PUSH @req_ok_89
  00cd8  LGET 0
  00cda  PUSH 0
  00cdb  GT
  00cdc  JUMPI
  00cdd  PUSH 100
  00cdf  MALLOC
  00ce0  DUP1
  00ce1  PUSH 1720
  00ce4  PUSH 100
  00ce6  DATACOPY
  00ce7  PUSH 100
  00ce9  REVERT
req_ok_89:
  00cea  JUMPDEST
    ; vault.coin:218: let v = self.vaults[msg.sender]
  00ceb  PUSH0
  00cec  CALLER
  00ced  MSTORE
  00cee  PUSH 32
  00cf0  PUSH 16
  00cf2  MSTORE
  00cf3  PUSH0
  00cf4  PUSH 64
  00cf6  KECCAK256
  00cf7  LSET 7
  00cf9  LGET 7
  00cfb  SLOAD
  00cfc  LGET 7
  00cfe  PUSH 1
  00d00  ADD
  00d01  SLOAD
  00d02  LSET 2
  00d04  LSET 1
    ; vault.coin:219: let owed = self.debt(v.art)
  00d06  LGET 2
  00d08  CALLF @fn_VaultEngine_debt
  00d0b  LSET 3
    ; vault.coin:220: require(owed > 0, "vault has no debt")
  00d0d  PUSH @req_ok_90
  00d10  LGET 3
  00d12  PUSH 0
  00d13  GT
  00d14  JUMPI
  00d15  PUSH 100
  00d17  MALLOC
  00d18  DUP1
  00d19  PUSH 1820
  00d1c  PUSH 100
  00d1e  DATACOPY
  00d1f  PUSH 100
  00d21  REVERT
req_ok_90:
  00d22  JUMPDEST
    ; vault.coin:221: let paid = min(amount, owed)
  00d23  LGET 0
  00d25  LSET 7
  00d27  LGET 3
  00d29  LSET 8
  00d2b  LGET 8
  00d2d  LGET 7
  00d2f  LGET 8
  00d31  XOR
  00d32  LGET 7
  00d34  LGET 8
  00d36  LT
  00d37  MUL
  00d38  XOR
  00d39  LSET 4
    ; vault.coin:222: let removed = v.art
  00d3b  LGET 2
  00d3d  LSET 5
    ; vault.coin:223: if paid < owed {
  00d3f  PUSH @else_91
  00d42  LGET 4
  00d44  LGET 3
  00d46  LT
  00d47  ISZERO
  00d48  JUMPI
    ; vault.coin:224: removed = paid * RAY / self.rate
  00d49  LGET 4
  00d4b  PUSH 0x33b2e3c9fd0803ce8000000
  00d58  CMUL
  00d59  PUSH 10
  00d5b  SLOAD
  00d5c  CDIV
  00d5d  LSET 5
    ; vault.coin:225: let left = self.debt(v.art - removed)
  00d5f  LGET 2
  00d61  LGET 5
  00d63  CSUB
  00d64  CALLF @fn_VaultEngine_debt
  00d67  LSET 6
    ; vault.coin:226: require(left >= self.dust, "remaining debt would be below the dust minimum")
  00d69  PUSH @req_ok_92
  00d6c  LGET 6
  00d6e  PUSH 7
  00d70  SLOAD
  00d71  LT
  00d72  ISZERO
  00d73  JUMPI
  00d74  PUSH 132
  00d76  MALLOC
  00d77  DUP1
  00d78  PUSH 1920
  00d7b  PUSH 132
  00d7d  DATACOPY
  00d7e  PUSH 132
  00d80  REVERT
req_ok_92:
  00d81  JUMPDEST
else_91:
  00d82  JUMPDEST
    ; vault.coin:228: v.art -= removed
  00d83  LGET 2
  00d85  LGET 5
  00d87  CSUB
  00d88  LSET 2
    ; vault.coin:229: self.vaults[msg.sender] = v
  00d8a  LGET 1
  00d8c  LGET 2
  00d8e  PUSH0
  00d8f  CALLER
  00d90  MSTORE
  00d91  PUSH 32
  00d93  PUSH 16
  00d95  MSTORE
  00d96  PUSH0
  00d97  PUSH 64
  00d99  KECCAK256
  00d9a  LSET 7
  00d9c  LGET 7
  00d9e  PUSH 1
  00da0  ADD
  00da1  SWAP1
  00da2  SSTORE
  00da3  LGET 7
  00da5  SWAP1
  00da6  SSTORE
    ; vault.coin:230: self.total_art -= removed
  00da7  PUSH 12
  00da9  DUP1
  00daa  SLOAD
  00dab  LGET 5
  00dad  CSUB
  00dae  SSTORE
    ; vault.coin:231: Mintable(self.coin).burn(msg.sender, paid)
  00daf  PUSH 1
  00db1  SLOAD
  00db2  LSET 7
  00db4  CALLER
  00db5  LSET 8
  00db7  LGET 4
  00db9  LSET 9
  00dbb  PUSH @has_code_93
  00dbe  LGET 7
  00dc0  EXTCODESIZE
  00dc1  JUMPI
  00dc2  PUSH 132
  00dc4  MALLOC
  00dc5  DUP1
  00dc6  PUSH 2052
  00dc9  PUSH 132
  00dcb  DATACOPY
  00dcc  PUSH 132
  00dce  REVERT
has_code_93:
  00dcf  JUMPDEST
  00dd0  PUSH 68
  00dd2  MALLOC
  00dd3  LSET 10
  00dd5  LGET 10
  00dd7  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  00df8  MSTORE
  00df9  LGET 10
  00dfb  PUSH 4
  00dfd  ADD
  00dfe  LGET 8
  00e00  MSTORE
  00e01  LGET 10
  00e03  PUSH 36
  00e05  ADD
  00e06  LGET 9
  00e08  MSTORE
  00e09  PUSH @call_ok_94
  00e0c  GAS
  00e0d  LGET 7
  00e0f  PUSH0
  00e10  LGET 10
  00e12  PUSH 68
  00e14  PUSH0
  00e15  PUSH0
  00e16  CALL
  00e17  JUMPI
  00e18  RETURNDATASIZE
  00e19  MALLOC
  00e1a  DUP1
  00e1b  PUSH0
  00e1c  RETURNDATASIZE
  00e1d  RETURNDATACOPY
  00e1e  RETURNDATASIZE
  00e1f  REVERT
call_ok_94:
  00e20  JUMPDEST
    ; vault.coin:232: emit Repay(msg.sender, paid, self.debt(v.art))
  00e21  CALLER
  00e22  LSET 7
  00e24  LGET 2
  00e26  CALLF @fn_VaultEngine_debt
  00e29  LSET 8
  00e2b  PUSH 64
  00e2d  MALLOC
  00e2e  LSET 9
  00e30  LGET 9
  00e32  LGET 4
  00e34  MSTORE
  00e35  LGET 9
  00e37  PUSH 32
  00e39  ADD
  00e3a  LGET 8
  00e3c  MSTORE
  00e3d  LGET 9
  00e3f  PUSH 64
  00e41  PUSH 0x77c6871227e5d2dec8dadd5354f78453203e22e669cd0ec4c19d9a8c5edb31d0
  00e62  LGET 7
  00e64  LOG2
    ; vault.coin:215: pub fn repay(amount: uint) {
  00e65  RETF
fn_VaultEngine_liquidate:
    ; vault.coin:236: pub fn liquidate(owner: address) -> uint {
  00e66  ENTER 19
  00e68  LSET 0
    ; vault.coin:237: self.drip()
  00e6a  CALLF @fn_VaultEngine_drip
    ; vault.coin:238: let v = self.vaults[owner]
  00e6d  PUSH0
  00e6e  LGET 0
  00e70  MSTORE
  00e71  PUSH 32
  00e73  PUSH 16
  00e75  MSTORE
  00e76  PUSH0
  00e77  PUSH 64
  00e79  KECCAK256
  00e7a  LSET 10
  00e7c  LGET 10
  00e7e  SLOAD
  00e7f  LGET 10
  00e81  PUSH 1
  00e83  ADD
  00e84  SLOAD
  00e85  LSET 2
  00e87  LSET 1
    ; vault.coin:239: require(v.art > 0, "vault has no debt")
  00e89  PUSH @req_ok_95
  00e8c  LGET 2
  00e8e  PUSH 0
  00e8f  GT
  00e90  JUMPI
  00e91  PUSH 100
  00e93  MALLOC
  00e94  DUP1
  00e95  PUSH 1820
  00e98  PUSH 100
  00e9a  DATACOPY
  00e9b  PUSH 100
  00e9d  REVERT
req_ok_95:
  00e9e  JUMPDEST
    ; vault.coin:240: let price = Feed(self.oracle).price()
  00e9f  PUSH 2
  00ea1  SLOAD
  00ea2  LSET 10
  00ea4  PUSH @has_code_96
  00ea7  LGET 10
  00ea9  EXTCODESIZE
  00eaa  JUMPI
  00eab  PUSH 132
  00ead  MALLOC
  00eae  DUP1
  00eaf  PUSH 2184
  00eb2  PUSH 132
  00eb4  DATACOPY
  00eb5  PUSH 132
  00eb7  REVERT
has_code_96:
  00eb8  JUMPDEST
  00eb9  PUSH 4
  00ebb  MALLOC
  00ebc  LSET 11
  00ebe  LGET 11
  00ec0  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00ee1  MSTORE
  00ee2  PUSH @call_ok_97
  00ee5  GAS
  00ee6  LGET 10
  00ee8  LGET 11
  00eea  PUSH 4
  00eec  PUSH0
  00eed  PUSH0
  00eee  STATICCALL
  00eef  JUMPI
  00ef0  RETURNDATASIZE
  00ef1  MALLOC
  00ef2  DUP1
  00ef3  PUSH0
  00ef4  RETURNDATASIZE
  00ef5  RETURNDATACOPY
  00ef6  RETURNDATASIZE
  00ef7  REVERT
call_ok_97:
  00ef8  JUMPDEST
  00ef9  PUSH @ret_ok_98
  00efc  RETURNDATASIZE
  00efd  PUSH 32
  00eff  LT
  00f00  ISZERO
  00f01  JUMPI
  00f02  PUSH 100
  00f04  MALLOC
  00f05  DUP1
  00f06  PUSH 2316
  00f09  PUSH 100
  00f0b  DATACOPY
  00f0c  PUSH 100
  00f0e  REVERT
ret_ok_98:
  00f0f  JUMPDEST
  00f10  PUSH 32
  00f12  MALLOC
  00f13  LSET 12
  00f15  LGET 12
  00f17  PUSH0
  00f18  PUSH 32
  00f1a  RETURNDATACOPY
  00f1b  LGET 12
  00f1d  MLOAD
  00f1e  LSET 3
    ; vault.coin:241: require(mul_div(v.collateral, price, WAD) * WAD < self.debt(v.art) * self.liquidation_ratio, "vault is safe")
  00f20  PUSH @req_ok_99
  00f23  LGET 1
  00f25  LGET 3
  00f27  PUSH 0xde0b6b3a7640000
  00f30  MULDIV
  00f31  PUSH 0xde0b6b3a7640000
  00f3a  CMUL
  00f3b  LGET 2
  00f3d  CALLF @fn_VaultEngine_debt
  00f40  PUSH 3
  00f42  SLOAD
  00f43  CMUL
  00f44  LT
  00f45  JUMPI
  00f46  PUSH 100
  00f48  MALLOC
  00f49  DUP1
  00f4a  PUSH 2416
  00f4d  PUSH 100
  00f4f  DATACOPY
  00f50  PUSH 100
  00f52  REVERT
req_ok_99:
  00f53  JUMPDEST
    ; vault.coin:243: let lot = v.collateral
  00f54  LGET 1
  00f56  LSET 4
    ; vault.coin:244: let art = v.art
  00f58  LGET 2
  00f5a  LSET 5
    ; vault.coin:245: if self.lump > 0 and lot > self.lump {
  00f5c  PUSH @else_100
  00f5f  PUSH 20
  00f61  SLOAD
  00f62  PUSH 0
  00f63  GT
  00f64  DUP1
  00f65  ISZERO
  00f66  PUSH @and_101
  00f69  SWAP1
  00f6a  JUMPI
  00f6b  POP
  00f6c  LGET 4
  00f6e  PUSH 20
  00f70  SLOAD
  00f71  GT
and_101:
  00f72  JUMPDEST
  00f73  ISZERO
  00f74  JUMPI
    ; vault.coin:246: lot = self.lump
  00f75  PUSH 20
  00f77  SLOAD
  00f78  LSET 4
    ; vault.coin:247: art = mul_div(v.art, lot, v.collateral)
  00f7a  LGET 2
  00f7c  LGET 4
  00f7e  LGET 1
  00f80  MULDIV
  00f81  LSET 5
else_100:
  00f83  JUMPDEST
    ; vault.coin:249: let debt = self.debt(art)
  00f84  LGET 5
  00f86  CALLF @fn_VaultEngine_debt
  00f89  LSET 6
    ; vault.coin:250: let tab = debt + mul_div(debt, self.liquidation_penalty, WAD)
  00f8b  LGET 6
  00f8d  LGET 6
  00f8f  PUSH 4
  00f91  SLOAD
  00f92  PUSH 0xde0b6b3a7640000
  00f9b  MULDIV
  00f9c  CADD
  00f9d  LSET 7
    ; vault.coin:251: let start_price = mul_div(price, self.auction_buffer, WAD)
  00f9f  LGET 3
  00fa1  PUSH 9
  00fa3  SLOAD
  00fa4  PUSH 0xde0b6b3a7640000
  00fad  MULDIV
  00fae  LSET 8
    ; vault.coin:252: let id = self.auction_count
  00fb0  PUSH 18
  00fb2  SLOAD
  00fb3  LSET 9
    ; vault.coin:253: self.auction_count = id + 1
  00fb5  LGET 9
  00fb7  PUSH 1
  00fb9  CADD
  00fba  PUSH 18
  00fbc  SWAP1
  00fbd  SSTORE
    ; vault.coin:254: self.auction_debt += debt
  00fbe  PUSH 13
  00fc0  DUP1
  00fc1  SLOAD
  00fc2  LGET 6
  00fc4  CADD
  00fc5  SSTORE
    ; vault.coin:255: self.total_art -= art
  00fc6  PUSH 12
  00fc8  DUP1
  00fc9  SLOAD
  00fca  LGET 5
  00fcc  CSUB
  00fcd  SSTORE
    ; vault.coin:256: self.vaults[owner] = Vault(collateral: v.collateral - lot, art: v.art - art)
  00fce  LGET 1
  00fd0  LGET 4
  00fd2  CSUB
  00fd3  LGET 2
  00fd5  LGET 5
  00fd7  CSUB
  00fd8  PUSH0
  00fd9  LGET 0
  00fdb  MSTORE
  00fdc  PUSH 32
  00fde  PUSH 16
  00fe0  MSTORE
  00fe1  PUSH0
  00fe2  PUSH 64
  00fe4  KECCAK256
  00fe5  LSET 10
  00fe7  LGET 10
  00fe9  PUSH 1
  00feb  ADD
  00fec  SWAP1
  00fed  SSTORE
  00fee  LGET 10
  00ff0  SWAP1
  00ff1  SSTORE
    ; vault.coin:257: emit Liquidation(id, owner, lot, debt, tab, start_price)
  00ff2  PUSH 128
  00ff4  MALLOC
  00ff5  LSET 10
  00ff7  LGET 10
  00ff9  LGET 4
  00ffb  MSTORE
  00ffc  LGET 10
  00ffe  PUSH 32
  01000  ADD
  01001  LGET 6
  01003  MSTORE
  01004  LGET 10
  01006  PUSH 64
  01008  ADD
  01009  LGET 7
  0100b  MSTORE
  0100c  LGET 10
  0100e  PUSH 96
  01010  ADD
  01011  LGET 8
  01013  MSTORE
  01014  LGET 10
  01016  PUSH 128
  01018  PUSH 0x153ebcfa55942ddab0dbb20f74bf76232080212ecf0b2fe5cb78af7ec0d682f8
  01039  LGET 9
  0103b  LGET 0
  0103d  LOG3
    ; vault.coin:258: if self.auctioneer != address(0) {
  0103e  PUSH @else_102
  01041  PUSH 19
  01043  SLOAD
  01044  PUSH 0
  01045  EQ
  01046  ISZERO
  01047  ISZERO
  01048  JUMPI
    ; vault.coin:259: send(self.auctioneer, lot)
  01049  PUSH 19
  0104b  SLOAD
  0104c  LSET 10
  0104e  LGET 4
  01050  LSET 11
  01052  PUSH @send_ok_103
  01055  GAS
  01056  LGET 10
  01058  LGET 11
  0105a  PUSH0
  0105b  PUSH0
  0105c  PUSH0
  0105d  PUSH0
  0105e  CALL
  0105f  JUMPI
  01060  PUSH @send_fail_104
  01063  RETURNDATASIZE
  01064  ISZERO
  01065  JUMPI
  01066  RETURNDATASIZE
  01067  MALLOC
  01068  DUP1
  01069  PUSH0
  0106a  RETURNDATASIZE
  0106b  RETURNDATACOPY
  0106c  RETURNDATASIZE
  0106d  REVERT
send_fail_104:
  0106e  JUMPDEST
  0106f  PUSH 100
  01071  MALLOC
  01072  DUP1
  01073  PUSH 1024
  01076  PUSH 100
  01078  DATACOPY
  01079  PUSH 100
  0107b  REVERT
send_ok_103:
  0107c  JUMPDEST
    ; vault.coin:260: Auctioneer(self.auctioneer).kick(id, owner, lot, tab, debt, price)
  0107d  PUSH 19
  0107f  SLOAD
  01080  LSET 10
  01082  LGET 9
  01084  LSET 11
  01086  LGET 0
  01088  LSET 12
  0108a  LGET 4
  0108c  LSET 13
  0108e  LGET 7
  01090  LSET 14
  01092  LGET 6
  01094  LSET 15
  01096  LGET 3
  01098  LSET 16
  0109a  PUSH @has_code_105
  0109d  LGET 10
  0109f  EXTCODESIZE
  010a0  JUMPI
  010a1  PUSH 132
  010a3  MALLOC
  010a4  DUP1
  010a5  PUSH 2516
  010a8  PUSH 132
  010aa  DATACOPY
  010ab  PUSH 132
  010ad  REVERT
has_code_105:
  010ae  JUMPDEST
  010af  PUSH 196
  010b1  MALLOC
  010b2  LSET 17
  010b4  LGET 17
  010b6  PUSH 0x9d14657f00000000000000000000000000000000000000000000000000000000
  010d7  MSTORE
  010d8  LGET 17
  010da  PUSH 4
  010dc  ADD
  010dd  LGET 11
  010df  MSTORE
  010e0  LGET 17
  010e2  PUSH 36
  010e4  ADD
  010e5  LGET 12
  010e7  MSTORE
  010e8  LGET 17
  010ea  PUSH 68
  010ec  ADD
  010ed  LGET 13
  010ef  MSTORE
  010f0  LGET 17
  010f2  PUSH 100
  010f4  ADD
  010f5  LGET 14
  010f7  MSTORE
  010f8  LGET 17
  010fa  PUSH 132
  010fc  ADD
  010fd  LGET 15
  010ff  MSTORE
  01100  LGET 17
  01102  PUSH 164
  01104  ADD
  01105  LGET 16
  01107  MSTORE
  01108  PUSH @call_ok_106
  0110b  GAS
  0110c  LGET 10
  0110e  PUSH0
  0110f  LGET 17
  01111  PUSH 196
  01113  PUSH0
  01114  PUSH0
  01115  CALL
  01116  JUMPI
  01117  RETURNDATASIZE
  01118  MALLOC
  01119  DUP1
  0111a  PUSH0
  0111b  RETURNDATASIZE
  0111c  RETURNDATACOPY
  0111d  RETURNDATASIZE
  0111e  REVERT
call_ok_106:
  0111f  JUMPDEST
  01120  PUSH @ret_ok_107
  01123  RETURNDATASIZE
  01124  PUSH 32
  01126  LT
  01127  ISZERO
  01128  JUMPI
  01129  PUSH 100
  0112b  MALLOC
  0112c  DUP1
  0112d  PUSH 2648
  01130  PUSH 100
  01132  DATACOPY
  01133  PUSH 100
  01135  REVERT
ret_ok_107:
  01136  JUMPDEST
  01137  PUSH 32
  01139  MALLOC
  0113a  LSET 18
  0113c  LGET 18
  0113e  PUSH0
  0113f  PUSH 32
  01141  RETURNDATACOPY
  01142  LGET 18
  01144  MLOAD
  01145  POP
    ; vault.coin:261: return id
  01146  LGET 9
  01148  RETF
else_102:
  01149  JUMPDEST
    ; vault.coin:263: self.auctions[id] = Auction(owner: owner, collateral: lot, tab: tab, debt: debt,
  0114a  LGET 0
  0114c  LGET 4
  0114e  LGET 7
  01150  LGET 6
    ; vault.coin:264: start_price: start_price, started_at: block.timestamp, active: true)
  01152  LGET 8
  01154  TIMESTAMP
  01155  PUSH 1
    ; vault.coin:263: self.auctions[id] = Auction(owner: owner, collateral: lot, tab: tab, debt: debt,
  01157  PUSH0
  01158  LGET 9
  0115a  MSTORE
  0115b  PUSH 32
  0115d  PUSH 17
  0115f  MSTORE
  01160  PUSH0
  01161  PUSH 64
  01163  KECCAK256
  01164  LSET 10
  01166  LGET 10
  01168  PUSH 6
  0116a  ADD
  0116b  SWAP1
  0116c  SSTORE
  0116d  LGET 10
  0116f  PUSH 5
  01171  ADD
  01172  SWAP1
  01173  SSTORE
  01174  LGET 10
  01176  PUSH 4
  01178  ADD
  01179  SWAP1
  0117a  SSTORE
  0117b  LGET 10
  0117d  PUSH 3
  0117f  ADD
  01180  SWAP1
  01181  SSTORE
  01182  LGET 10
  01184  PUSH 2
  01186  ADD
  01187  SWAP1
  01188  SSTORE
  01189  LGET 10
  0118b  PUSH 1
  0118d  ADD
  0118e  SWAP1
  0118f  SSTORE
  01190  LGET 10
  01192  SWAP1
  01193  SSTORE
    ; vault.coin:265: return id
  01194  LGET 9
  01196  RETF
  01197  INVALID
fn_VaultEngine_set_lump:
    ; vault.coin:270: pub fn set_lump(lump: uint) {
  01198  ENTER 6
  0119a  LSET 0
    ; vault.coin:271: self.only_owner()
  0119c  CALLF @fn_Owned_only_owner
    ; vault.coin:272: self.lump = lump
  0119f  PUSH 20
  011a1  LGET 0
  011a3  SSTORE
    ; vault.coin:273: emit ParameterSet("lump", lump)
  011a4  PUSH 64
  011a6  MALLOC
  011a7  DUP1
  011a8  PUSH 2748
  011ab  PUSH 64
  011ad  DATACOPY
  011ae  LSET 1
  011b0  PUSH 64
  011b2  LGET 1
  011b4  MLOAD
  011b5  PUSH 31
  011b7  ADD
  011b8  PUSH 5
  011ba  SHR
  011bb  PUSH 5
  011bd  SHL
  011be  PUSH 32
  011c0  ADD
  011c1  ADD
  011c2  LSET 2
  011c4  LGET 2
  011c6  MALLOC
  011c7  LSET 3
  011c9  PUSH 64
  011cb  LSET 4
  011cd  LGET 3
  011cf  PUSH 0
  011d0  ADD
  011d1  LGET 4
  011d3  MSTORE
  011d4  LGET 3
  011d6  PUSH 0
  011d7  ADD
  011d8  LGET 4
  011da  ADD
  011db  LGET 1
  011dd  LGET 1
  011df  MLOAD
  011e0  PUSH 31
  011e2  ADD
  011e3  PUSH 5
  011e5  SHR
  011e6  PUSH 5
  011e8  SHL
  011e9  PUSH 32
  011eb  ADD
  011ec  DUP1
  011ed  LSET 5
  011ef  MCOPY
  011f0  LGET 4
  011f2  LGET 5
  011f4  ADD
  011f5  LSET 4
  011f7  LGET 3
  011f9  PUSH 32
  011fb  ADD
  011fc  LGET 0
  011fe  MSTORE
  011ff  LGET 3
  01201  LGET 2
  01203  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01224  LOG1
    ; vault.coin:270: pub fn set_lump(lump: uint) {
  01225  RETF
fn_VaultEngine_get_lump:
    ; vault.coin:276: pub view fn get_lump() -> uint {
  01226  ENTER 0
    ; vault.coin:277: return self.lump
  01228  PUSH 20
  0122a  SLOAD
  0122b  RETF
  0122c  INVALID
fn_VaultEngine_take:
    ; vault.coin:282: pub fn take(id: uint, max_collateral: uint, max_price: uint) -> uint {
  0122d  ENTER 21
  0122f  LSET 2
  01231  LSET 1
  01233  LSET 0
    ; vault.coin:283: let a = self.auctions[id]
  01235  PUSH0
  01236  LGET 0
  01238  MSTORE
  01239  PUSH 32
  0123b  PUSH 17
  0123d  MSTORE
  0123e  PUSH0
  0123f  PUSH 64
  01241  KECCAK256
  01242  LSET 17
  01244  LGET 17
  01246  SLOAD
  01247  LGET 17
  01249  PUSH 1
  0124b  ADD
  0124c  SLOAD
  0124d  LGET 17
  0124f  PUSH 2
  01251  ADD
  01252  SLOAD
  01253  LGET 17
  01255  PUSH 3
  01257  ADD
  01258  SLOAD
  01259  LGET 17
  0125b  PUSH 4
  0125d  ADD
  0125e  SLOAD
  0125f  LGET 17
  01261  PUSH 5
  01263  ADD
  01264  SLOAD
  01265  LGET 17
  01267  PUSH 6
  01269  ADD
  0126a  SLOAD
  0126b  LSET 9
  0126d  LSET 8
  0126f  LSET 7
  01271  LSET 6
  01273  LSET 5
  01275  LSET 4
  01277  LSET 3
    ; vault.coin:284: require(a.active, "auction is not active")
  01279  PUSH @req_ok_108
  0127c  LGET 9
  0127e  JUMPI
  0127f  PUSH 100
  01281  MALLOC
  01282  DUP1
  01283  PUSH 2812
  01286  PUSH 100
  01288  DATACOPY
  01289  PUSH 100
  0128b  REVERT
req_ok_108:
  0128c  JUMPDEST
    ; vault.coin:285: let price = self.price_at(a.start_price, a.started_at)
  0128d  LGET 7
  0128f  LGET 8
  01291  CALLF @fn_VaultEngine_price_at
  01294  LSET 10
    ; vault.coin:286: require(price <= max_price, "auction price is above max_price")
  01296  PUSH @req_ok_109
  01299  LGET 10
  0129b  LGET 2
  0129d  GT
  0129e  ISZERO
  0129f  JUMPI
  012a0  PUSH 100
  012a2  MALLOC
  012a3  DUP1
  012a4  PUSH 2912
  012a7  PUSH 100
  012a9  DATACOPY
  012aa  PUSH 100
  012ac  REVERT
req_ok_109:
  012ad  JUMPDEST
    ; vault.coin:287: let slice = min(max_collateral, a.collateral)
  012ae  LGET 1
  012b0  LSET 17
  012b2  LGET 4
  012b4  LSET 18
  012b6  LGET 18
  012b8  LGET 17
  012ba  LGET 18
  012bc  XOR
  012bd  LGET 17
  012bf  LGET 18
  012c1  LT
  012c2  MUL
  012c3  XOR
  012c4  LSET 11
    ; vault.coin:288: require(slice > 0, "nothing to take")
  012c6  PUSH @req_ok_110
  012c9  LGET 11
  012cb  PUSH 0
  012cc  GT
  012cd  JUMPI
  012ce  PUSH 100
  012d0  MALLOC
  012d1  DUP1
  012d2  PUSH 3012
  012d5  PUSH 100
  012d7  DATACOPY
  012d8  PUSH 100
  012da  REVERT
req_ok_110:
  012db  JUMPDEST
    ; vault.coin:289: let owe = mul_div(slice, price, WAD)
  012dc  LGET 11
  012de  LGET 10
  012e0  PUSH 0xde0b6b3a7640000
  012e9  MULDIV
  012ea  LSET 12
    ; vault.coin:290: if owe > a.tab {
  012ec  PUSH @else_111
  012ef  LGET 12
  012f1  LGET 5
  012f3  GT
  012f4  ISZERO
  012f5  JUMPI
    ; vault.coin:291: owe = a.tab
  012f6  LGET 5
  012f8  LSET 12
    ; vault.coin:292: slice = min(a.collateral, mul_div(owe, WAD, price))
  012fa  LGET 4
  012fc  LSET 17
  012fe  LGET 12
  01300  PUSH 0xde0b6b3a7640000
  01309  LGET 10
  0130b  MULDIV
  0130c  LSET 18
  0130e  LGET 18
  01310  LGET 17
  01312  LGET 18
  01314  XOR
  01315  LGET 17
  01317  LGET 18
  01319  LT
  0131a  MUL
  0131b  XOR
  0131c  LSET 11
else_111:
  0131e  JUMPDEST
    ; vault.coin:294: let repaid = min(owe, a.debt)
  0131f  LGET 12
  01321  LSET 17
  01323  LGET 6
  01325  LSET 18
  01327  LGET 18
  01329  LGET 17
  0132b  LGET 18
  0132d  XOR
  0132e  LGET 17
  01330  LGET 18
  01332  LT
  01333  MUL
  01334  XOR
  01335  LSET 13
    ; vault.coin:295: a.debt -= repaid
  01337  LGET 6
  01339  LGET 13
  0133b  CSUB
  0133c  LSET 6
    ; vault.coin:296: a.tab -= owe
  0133e  LGET 5
  01340  LGET 12
  01342  CSUB
  01343  LSET 5
    ; vault.coin:297: a.collateral -= slice
  01345  LGET 4
  01347  LGET 11
  01349  CSUB
  0134a  LSET 4
    ; vault.coin:298: self.auction_debt -= repaid
  0134c  PUSH 13
  0134e  DUP1
  0134f  SLOAD
  01350  LGET 13
  01352  CSUB
  01353  SSTORE
    ; vault.coin:299: self.surplus += owe - repaid
  01354  PUSH 15
  01356  DUP1
  01357  SLOAD
  01358  LGET 12
  0135a  LGET 13
  0135c  CSUB
  0135d  CADD
  0135e  SSTORE
    ; vault.coin:300: let closed = a.tab == 0 or a.collateral == 0
  0135f  LGET 5
  01361  PUSH 0
  01362  EQ
  01363  DUP1
  01364  PUSH @or_112
  01367  SWAP1
  01368  JUMPI
  01369  POP
  0136a  LGET 4
  0136c  PUSH 0
  0136d  EQ
or_112:
  0136e  JUMPDEST
  0136f  LSET 14
    ; vault.coin:301: let returned = 0
  01371  PUSH 0
  01372  LSET 15
    ; vault.coin:302: let lost = 0
  01374  PUSH 0
  01375  LSET 16
    ; vault.coin:303: if closed {
  01377  PUSH @else_113
  0137a  LGET 14
  0137c  ISZERO
  0137d  JUMPI
    ; vault.coin:304: returned = a.collateral
  0137e  LGET 4
  01380  LSET 15
    ; vault.coin:305: if a.tab > 0 {
  01382  PUSH @else_114
  01385  LGET 5
  01387  PUSH 0
  01388  GT
  01389  ISZERO
  0138a  JUMPI
    ; vault.coin:306: lost = a.debt
  0138b  LGET 6
  0138d  LSET 16
    ; vault.coin:307: self.bad_debt += lost
  0138f  PUSH 14
  01391  DUP1
  01392  SLOAD
  01393  LGET 16
  01395  CADD
  01396  SSTORE
    ; vault.coin:308: self.auction_debt -= lost
  01397  PUSH 13
  01399  DUP1
  0139a  SLOAD
  0139b  LGET 16
  0139d  CSUB
  0139e  SSTORE
else_114:
  0139f  JUMPDEST
    ; vault.coin:310: a.debt = 0
  013a0  PUSH 0
  013a1  LSET 6
    ; vault.coin:311: a.collateral = 0
  013a3  PUSH 0
  013a4  LSET 4
    ; vault.coin:312: a.active = false
  013a6  PUSH 0
  013a7  LSET 9
else_113:
  013a9  JUMPDEST
    ; vault.coin:316: self.auctions[id] = a
  013aa  LGET 3
  013ac  LGET 4
  013ae  LGET 5
  013b0  LGET 6
  013b2  LGET 7
  013b4  LGET 8
  013b6  LGET 9
  013b8  PUSH0
  013b9  LGET 0
  013bb  MSTORE
  013bc  PUSH 32
  013be  PUSH 17
  013c0  MSTORE
  013c1  PUSH0
  013c2  PUSH 64
  013c4  KECCAK256
  013c5  LSET 17
  013c7  LGET 17
  013c9  PUSH 6
  013cb  ADD
  013cc  SWAP1
  013cd  SSTORE
  013ce  LGET 17
  013d0  PUSH 5
  013d2  ADD
  013d3  SWAP1
  013d4  SSTORE
  013d5  LGET 17
  013d7  PUSH 4
  013d9  ADD
  013da  SWAP1
  013db  SSTORE
  013dc  LGET 17
  013de  PUSH 3
  013e0  ADD
  013e1  SWAP1
  013e2  SSTORE
  013e3  LGET 17
  013e5  PUSH 2
  013e7  ADD
  013e8  SWAP1
  013e9  SSTORE
  013ea  LGET 17
  013ec  PUSH 1
  013ee  ADD
  013ef  SWAP1
  013f0  SSTORE
  013f1  LGET 17
  013f3  SWAP1
  013f4  SSTORE
    ; vault.coin:317: if owe > 0 {
  013f5  PUSH @else_115
  013f8  LGET 12
  013fa  PUSH 0
  013fb  GT
  013fc  ISZERO
  013fd  JUMPI
    ; vault.coin:318: Mintable(self.coin).burn(msg.sender, owe)
  013fe  PUSH 1
  01400  SLOAD
  01401  LSET 17
  01403  CALLER
  01404  LSET 18
  01406  LGET 12
  01408  LSET 19
  0140a  PUSH @has_code_116
  0140d  LGET 17
  0140f  EXTCODESIZE
  01410  JUMPI
  01411  PUSH 132
  01413  MALLOC
  01414  DUP1
  01415  PUSH 2052
  01418  PUSH 132
  0141a  DATACOPY
  0141b  PUSH 132
  0141d  REVERT
has_code_116:
  0141e  JUMPDEST
  0141f  PUSH 68
  01421  MALLOC
  01422  LSET 20
  01424  LGET 20
  01426  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  01447  MSTORE
  01448  LGET 20
  0144a  PUSH 4
  0144c  ADD
  0144d  LGET 18
  0144f  MSTORE
  01450  LGET 20
  01452  PUSH 36
  01454  ADD
  01455  LGET 19
  01457  MSTORE
  01458  PUSH @call_ok_117
  0145b  GAS
  0145c  LGET 17
  0145e  PUSH0
  0145f  LGET 20
  01461  PUSH 68
  01463  PUSH0
  01464  PUSH0
  01465  CALL
  01466  JUMPI
  01467  RETURNDATASIZE
  01468  MALLOC
  01469  DUP1
  0146a  PUSH0
  0146b  RETURNDATASIZE
  0146c  RETURNDATACOPY
  0146d  RETURNDATASIZE
  0146e  REVERT
call_ok_117:
  0146f  JUMPDEST
else_115:
  01470  JUMPDEST
    ; vault.coin:320: send(msg.sender, slice)
  01471  CALLER
  01472  LSET 17
  01474  LGET 11
  01476  LSET 18
  01478  PUSH @send_ok_118
  0147b  GAS
  0147c  LGET 17
  0147e  LGET 18
  01480  PUSH0
  01481  PUSH0
  01482  PUSH0
  01483  PUSH0
  01484  CALL
  01485  JUMPI
  01486  PUSH @send_fail_119
  01489  RETURNDATASIZE
  0148a  ISZERO
  0148b  JUMPI
  0148c  RETURNDATASIZE
  0148d  MALLOC
  0148e  DUP1
  0148f  PUSH0
  01490  RETURNDATASIZE
  01491  RETURNDATACOPY
  01492  RETURNDATASIZE
  01493  REVERT
send_fail_119:
  01494  JUMPDEST
  01495  PUSH 100
  01497  MALLOC
  01498  DUP1
  01499  PUSH 1024
  0149c  PUSH 100
  0149e  DATACOPY
  0149f  PUSH 100
  014a1  REVERT
send_ok_118:
  014a2  JUMPDEST
    ; vault.coin:321: emit Take(id, msg.sender, slice, owe, price)
  014a3  CALLER
  014a4  LSET 17
  014a6  PUSH 96
  014a8  MALLOC
  014a9  LSET 18
  014ab  LGET 18
  014ad  LGET 11
  014af  MSTORE
  014b0  LGET 18
  014b2  PUSH 32
  014b4  ADD
  014b5  LGET 12
  014b7  MSTORE
  014b8  LGET 18
  014ba  PUSH 64
  014bc  ADD
  014bd  LGET 10
  014bf  MSTORE
  014c0  LGET 18
  014c2  PUSH 96
  014c4  PUSH 0x2bcf8e467d8eb1ddcb1a906d2c88d716e2b6408281b3c6a73db185c6b7c81d
  014e4  LGET 0
  014e6  LGET 17
  014e8  LOG3
    ; vault.coin:322: if closed {
  014e9  PUSH @else_120
  014ec  LGET 14
  014ee  ISZERO
  014ef  JUMPI
    ; vault.coin:323: if returned > 0 {
  014f0  PUSH @else_121
  014f3  LGET 15
  014f5  PUSH 0
  014f6  GT
  014f7  ISZERO
  014f8  JUMPI
    ; vault.coin:324: send(a.owner, returned)
  014f9  LGET 3
  014fb  LSET 17
  014fd  LGET 15
  014ff  LSET 18
  01501  PUSH @send_ok_122
  01504  GAS
  01505  LGET 17
  01507  LGET 18
  01509  PUSH0
  0150a  PUSH0
  0150b  PUSH0
  0150c  PUSH0
  0150d  CALL
  0150e  JUMPI
  0150f  PUSH @send_fail_123
  01512  RETURNDATASIZE
  01513  ISZERO
  01514  JUMPI
  01515  RETURNDATASIZE
  01516  MALLOC
  01517  DUP1
  01518  PUSH0
  01519  RETURNDATASIZE
  0151a  RETURNDATACOPY
  0151b  RETURNDATASIZE
  0151c  REVERT
send_fail_123:
  0151d  JUMPDEST
  0151e  PUSH 100
  01520  MALLOC
  01521  DUP1
  01522  PUSH 1024
  01525  PUSH 100
  01527  DATACOPY
  01528  PUSH 100
  0152a  REVERT
send_ok_122:
  0152b  JUMPDEST
else_121:
  0152c  JUMPDEST
    ; vault.coin:326: emit AuctionClosed(id, returned, lost)
  0152d  PUSH 64
  0152f  MALLOC
  01530  LSET 17
  01532  LGET 17
  01534  LGET 15
  01536  MSTORE
  01537  LGET 17
  01539  PUSH 32
  0153b  ADD
  0153c  LGET 16
  0153e  MSTORE
  0153f  LGET 17
  01541  PUSH 64
  01543  PUSH 0xb1318b18051ae7825ed56b03ed2431a994f919d5c4f4229b7123ef2afd74ba1a
  01564  LGET 0
  01566  LOG2
else_120:
  01567  JUMPDEST
    ; vault.coin:328: return slice
  01568  LGET 11
  0156a  RETF
  0156b  INVALID
fn_VaultEngine_vault:
    ; vault.coin:332: pub view fn vault(owner: address) -> Vault {
  0156c  ENTER 2
  0156e  LSET 0
    ; vault.coin:333: return self.vaults[owner]
  01570  PUSH0
  01571  LGET 0
  01573  MSTORE
  01574  PUSH 32
  01576  PUSH 16
  01578  MSTORE
  01579  PUSH0
  0157a  PUSH 64
  0157c  KECCAK256
  0157d  LSET 1
  0157f  LGET 1
  01581  SLOAD
  01582  LGET 1
  01584  PUSH 1
  01586  ADD
  01587  SLOAD
  01588  RETF
  01589  INVALID
fn_VaultEngine_debt_of:
    ; vault.coin:336: pub view fn debt_of(owner: address) -> uint {
  0158a  ENTER 1
  0158c  LSET 0
    ; vault.coin:337: return self.debt(self.vaults[owner].art)
  0158e  PUSH0
  0158f  LGET 0
  01591  MSTORE
  01592  PUSH 32
  01594  PUSH 16
  01596  MSTORE
  01597  PUSH0
  01598  PUSH 64
  0159a  KECCAK256
  0159b  PUSH 1
  0159d  ADD
  0159e  SLOAD
  0159f  CALLF @fn_VaultEngine_debt
  015a2  RETF
  015a3  INVALID
fn_VaultEngine_collateral_of:
    ; vault.coin:340: pub view fn collateral_of(owner: address) -> uint {
  015a4  ENTER 1
  015a6  LSET 0
    ; vault.coin:341: return self.vaults[owner].collateral
  015a8  PUSH0
  015a9  LGET 0
  015ab  MSTORE
  015ac  PUSH 32
  015ae  PUSH 16
  015b0  MSTORE
  015b1  PUSH0
  015b2  PUSH 64
  015b4  KECCAK256
  015b5  SLOAD
  015b6  RETF
  015b7  INVALID
fn_VaultEngine_collateral_ratio:
    ; vault.coin:345: pub view fn collateral_ratio(owner: address) -> uint {
  015b8  ENTER 6
  015ba  LSET 0
    ; vault.coin:346: let v = self.vaults[owner]
  015bc  PUSH0
  015bd  LGET 0
  015bf  MSTORE
  015c0  PUSH 32
  015c2  PUSH 16
  015c4  MSTORE
  015c5  PUSH0
  015c6  PUSH 64
  015c8  KECCAK256
  015c9  LSET 3
  015cb  LGET 3
  015cd  SLOAD
  015ce  LGET 3
  015d0  PUSH 1
  015d2  ADD
  015d3  SLOAD
  015d4  LSET 2
  015d6  LSET 1
    ; vault.coin:347: if v.art == 0 {
  015d8  PUSH @else_124
  015db  LGET 2
  015dd  PUSH 0
  015de  EQ
  015df  ISZERO
  015e0  JUMPI
    ; vault.coin:348: return 0
  015e1  PUSH 0
  015e2  RETF
else_124:
  015e3  JUMPDEST
    ; vault.coin:350: return mul_div(mul_div(v.collateral, Feed(self.oracle).price(), WAD), WAD, self.debt(v.art))
  015e4  LGET 1
  015e6  PUSH 2
  015e8  SLOAD
  015e9  LSET 3
  015eb  PUSH @has_code_125
  015ee  LGET 3
  015f0  EXTCODESIZE
  015f1  JUMPI
  015f2  PUSH 132
  015f4  MALLOC
  015f5  DUP1
  015f6  PUSH 2184
  015f9  PUSH 132
  015fb  DATACOPY
  015fc  PUSH 132
  015fe  REVERT
has_code_125:
  015ff  JUMPDEST
  01600  PUSH 4
  01602  MALLOC
  01603  LSET 4
  01605  LGET 4
  01607  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  01628  MSTORE
  01629  PUSH @call_ok_126
  0162c  GAS
  0162d  LGET 3
  0162f  LGET 4
  01631  PUSH 4
  01633  PUSH0
  01634  PUSH0
  01635  STATICCALL
  01636  JUMPI
  01637  RETURNDATASIZE
  01638  MALLOC
  01639  DUP1
  0163a  PUSH0
  0163b  RETURNDATASIZE
  0163c  RETURNDATACOPY
  0163d  RETURNDATASIZE
  0163e  REVERT
call_ok_126:
  0163f  JUMPDEST
  01640  PUSH @ret_ok_127
  01643  RETURNDATASIZE
  01644  PUSH 32
  01646  LT
  01647  ISZERO
  01648  JUMPI
  01649  PUSH 100
  0164b  MALLOC
  0164c  DUP1
  0164d  PUSH 2316
  01650  PUSH 100
  01652  DATACOPY
  01653  PUSH 100
  01655  REVERT
ret_ok_127:
  01656  JUMPDEST
  01657  PUSH 32
  01659  MALLOC
  0165a  LSET 5
  0165c  LGET 5
  0165e  PUSH0
  0165f  PUSH 32
  01661  RETURNDATACOPY
  01662  LGET 5
  01664  MLOAD
  01665  PUSH 0xde0b6b3a7640000
  0166e  MULDIV
  0166f  PUSH 0xde0b6b3a7640000
  01678  LGET 2
  0167a  CALLF @fn_VaultEngine_debt
  0167d  MULDIV
  0167e  RETF
  0167f  INVALID
fn_VaultEngine_is_safe:
    ; vault.coin:353: pub view fn is_safe(owner: address) -> bool {
  01680  ENTER 4
  01682  LSET 0
    ; vault.coin:354: let v = self.vaults[owner]
  01684  PUSH0
  01685  LGET 0
  01687  MSTORE
  01688  PUSH 32
  0168a  PUSH 16
  0168c  MSTORE
  0168d  PUSH0
  0168e  PUSH 64
  01690  KECCAK256
  01691  LSET 3
  01693  LGET 3
  01695  SLOAD
  01696  LGET 3
  01698  PUSH 1
  0169a  ADD
  0169b  SLOAD
  0169c  LSET 2
  0169e  LSET 1
    ; vault.coin:355: return v.art == 0 or self.safe(v.collateral, self.debt(v.art))
  016a0  LGET 2
  016a2  PUSH 0
  016a3  EQ
  016a4  DUP1
  016a5  PUSH @or_128
  016a8  SWAP1
  016a9  JUMPI
  016aa  POP
  016ab  LGET 1
  016ad  LGET 2
  016af  CALLF @fn_VaultEngine_debt
  016b2  CALLF @fn_VaultEngine_safe
or_128:
  016b5  JUMPDEST
  016b6  RETF
  016b7  INVALID
fn_VaultEngine_auction:
    ; vault.coin:358: pub view fn auction(id: uint) -> Auction {
  016b8  ENTER 2
  016ba  LSET 0
    ; vault.coin:359: return self.auctions[id]
  016bc  PUSH0
  016bd  LGET 0
  016bf  MSTORE
  016c0  PUSH 32
  016c2  PUSH 17
  016c4  MSTORE
  016c5  PUSH0
  016c6  PUSH 64
  016c8  KECCAK256
  016c9  LSET 1
  016cb  LGET 1
  016cd  SLOAD
  016ce  LGET 1
  016d0  PUSH 1
  016d2  ADD
  016d3  SLOAD
  016d4  LGET 1
  016d6  PUSH 2
  016d8  ADD
  016d9  SLOAD
  016da  LGET 1
  016dc  PUSH 3
  016de  ADD
  016df  SLOAD
  016e0  LGET 1
  016e2  PUSH 4
  016e4  ADD
  016e5  SLOAD
  016e6  LGET 1
  016e8  PUSH 5
  016ea  ADD
  016eb  SLOAD
  016ec  LGET 1
  016ee  PUSH 6
  016f0  ADD
  016f1  SLOAD
  016f2  RETF
  016f3  INVALID
fn_VaultEngine_auction_price:
    ; vault.coin:362: pub view fn auction_price(id: uint) -> uint {
  016f4  ENTER 9
  016f6  LSET 0
    ; vault.coin:363: let a = self.auctions[id]
  016f8  PUSH0
  016f9  LGET 0
  016fb  MSTORE
  016fc  PUSH 32
  016fe  PUSH 17
  01700  MSTORE
  01701  PUSH0
  01702  PUSH 64
  01704  KECCAK256
  01705  LSET 8
  01707  LGET 8
  01709  SLOAD
  0170a  LGET 8
  0170c  PUSH 1
  0170e  ADD
  0170f  SLOAD
  01710  LGET 8
  01712  PUSH 2
  01714  ADD
  01715  SLOAD
  01716  LGET 8
  01718  PUSH 3
  0171a  ADD
  0171b  SLOAD
  0171c  LGET 8
  0171e  PUSH 4
  01720  ADD
  01721  SLOAD
  01722  LGET 8
  01724  PUSH 5
  01726  ADD
  01727  SLOAD
  01728  LGET 8
  0172a  PUSH 6
  0172c  ADD
  0172d  SLOAD
  0172e  LSET 7
  01730  LSET 6
  01732  LSET 5
  01734  LSET 4
  01736  LSET 3
  01738  LSET 2
  0173a  LSET 1
    ; vault.coin:364: require(a.active, "auction is not active")
  0173c  PUSH @req_ok_129
  0173f  LGET 7
  01741  JUMPI
  01742  PUSH 100
  01744  MALLOC
  01745  DUP1
  01746  PUSH 2812
  01749  PUSH 100
  0174b  DATACOPY
  0174c  PUSH 100
  0174e  REVERT
req_ok_129:
  0174f  JUMPDEST
    ; vault.coin:365: return self.price_at(a.start_price, a.started_at)
  01750  LGET 5
  01752  LGET 6
  01754  CALLF @fn_VaultEngine_price_at
  01757  RETF
  01758  INVALID
fn_VaultEngine_auctions_started:
    ; vault.coin:368: pub view fn auctions_started() -> uint {
  01759  ENTER 0
    ; vault.coin:369: return self.auction_count
  0175b  PUSH 18
  0175d  SLOAD
  0175e  RETF
  0175f  INVALID
fn_VaultEngine_system_debt:
    ; vault.coin:373: pub view fn system_debt() -> uint {
  01760  ENTER 0
    ; vault.coin:374: return self.debt(self.total_art) + self.auction_debt + self.bad_debt
  01762  PUSH 12
  01764  SLOAD
  01765  CALLF @fn_VaultEngine_debt
  01768  PUSH 13
  0176a  SLOAD
  0176b  CADD
  0176c  PUSH 14
  0176e  SLOAD
  0176f  CADD
  01770  RETF
  01771  INVALID
fn_VaultEngine_vault_debt:
    ; vault.coin:377: pub view fn vault_debt() -> uint {
  01772  ENTER 0
    ; vault.coin:378: return self.debt(self.total_art)
  01774  PUSH 12
  01776  SLOAD
  01777  CALLF @fn_VaultEngine_debt
  0177a  RETF
  0177b  INVALID
fn_VaultEngine_get_total_art:
    ; vault.coin:381: pub view fn get_total_art() -> uint {
  0177c  ENTER 0
    ; vault.coin:382: return self.total_art
  0177e  PUSH 12
  01780  SLOAD
  01781  RETF
  01782  INVALID
fn_VaultEngine_get_auction_debt:
    ; vault.coin:385: pub view fn get_auction_debt() -> uint {
  01783  ENTER 0
    ; vault.coin:386: return self.auction_debt
  01785  PUSH 13
  01787  SLOAD
  01788  RETF
  01789  INVALID
fn_VaultEngine_get_bad_debt:
    ; vault.coin:389: pub view fn get_bad_debt() -> uint {
  0178a  ENTER 0
    ; vault.coin:390: return self.bad_debt
  0178c  PUSH 14
  0178e  SLOAD
  0178f  RETF
  01790  INVALID
fn_VaultEngine_get_surplus:
    ; vault.coin:393: pub view fn get_surplus() -> uint {
  01791  ENTER 0
    ; vault.coin:394: return self.surplus
  01793  PUSH 15
  01795  SLOAD
  01796  RETF
  01797  INVALID
fn_VaultEngine_get_rate:
    ; vault.coin:397: pub view fn get_rate() -> uint {
  01798  ENTER 0
    ; vault.coin:398: return self.rate
  0179a  PUSH 10
  0179c  SLOAD
  0179d  RETF
  0179e  INVALID
fn_VaultEngine_get_coin:
    ; vault.coin:401: pub view fn get_coin() -> address {
  0179f  ENTER 0
    ; vault.coin:402: return self.coin
  017a1  PUSH 1
  017a3  SLOAD
  017a4  RETF
  017a5  INVALID
fn_VaultEngine_get_oracle:
    ; vault.coin:405: pub view fn get_oracle() -> address {
  017a6  ENTER 0
    ; vault.coin:406: return self.oracle
  017a8  PUSH 2
  017aa  SLOAD
  017ab  RETF
  017ac  INVALID
fn_VaultEngine_parameters:
    ; vault.coin:409: pub view fn parameters() -> Parameters {
  017ad  ENTER 0
    ; vault.coin:410: return Parameters(liquidation_ratio: self.liquidation_ratio, liquidation_penalty: self.liquidation_penalty,
  017af  PUSH 3
  017b1  SLOAD
  017b2  PUSH 4
  017b4  SLOAD
    ; vault.coin:411: stability_fee: self.stability_fee, debt_ceiling: self.debt_ceiling, dust: self.dust,
  017b5  PUSH 5
  017b7  SLOAD
  017b8  PUSH 6
  017ba  SLOAD
  017bb  PUSH 7
  017bd  SLOAD
    ; vault.coin:412: auction_duration: self.auction_duration, auction_buffer: self.auction_buffer)
  017be  PUSH 8
  017c0  SLOAD
  017c1  PUSH 9
  017c3  SLOAD
    ; vault.coin:410: return Parameters(liquidation_ratio: self.liquidation_ratio, liquidation_penalty: self.liquidation_penalty,
  017c4  RETF
  017c5  INVALID
fn__ceil_div:
    ; math.coin:30: view fn ceil_div(a: uint, b: uint) -> uint {
  017c6  ENTER 2
  017c8  LSET 1
  017ca  LSET 0
    ; math.coin:31: if a == 0 {
  017cc  PUSH @else_130
  017cf  LGET 0
  017d1  PUSH 0
  017d2  EQ
  017d3  ISZERO
  017d4  JUMPI
    ; math.coin:32: return 0
  017d5  PUSH 0
  017d6  RETF
else_130:
  017d7  JUMPDEST
    ; math.coin:34: return (a - 1) / b + 1
  017d8  LGET 0
  017da  PUSH 1
  017dc  CSUB
  017dd  LGET 1
  017df  CDIV
  017e0  PUSH 1
  017e2  CADD
  017e3  RETF
  017e4  INVALID
fn__rpow:
    ; math.coin:8: view fn rpow(x: uint, n: uint, base: uint) -> uint {
  017e5  ENTER 7
  017e7  LSET 2
  017e9  LSET 1
  017eb  LSET 0
    ; math.coin:9: if n == 0 {
  017ed  PUSH @else_131
  017f0  LGET 1
  017f2  PUSH 0
  017f3  EQ
  017f4  ISZERO
  017f5  JUMPI
    ; math.coin:10: return base
  017f6  LGET 2
  017f8  RETF
else_131:
  017f9  JUMPDEST
    ; math.coin:12: let z = base
  017fa  LGET 2
  017fc  LSET 3
    ; math.coin:13: if n % 2 == 1 {
  017fe  PUSH @else_132
  01801  LGET 1
  01803  PUSH 2
  01805  CMOD
  01806  PUSH 1
  01808  EQ
  01809  ISZERO
  0180a  JUMPI
    ; math.coin:14: z = x
  0180b  LGET 0
  0180d  LSET 3
else_132:
  0180f  JUMPDEST
    ; math.coin:16: let half = base / 2
  01810  LGET 2
  01812  PUSH 2
  01814  CDIV
  01815  LSET 4
    ; math.coin:17: let xx = x
  01817  LGET 0
  01819  LSET 5
    ; math.coin:18: let k = n / 2
  0181b  LGET 1
  0181d  PUSH 2
  0181f  CDIV
  01820  LSET 6
while_133:
    ; math.coin:19: while k > 0 {
  01822  JUMPDEST
  01823  PUSH @wend_134
  01826  LGET 6
  01828  PUSH 0
  01829  GT
  0182a  ISZERO
  0182b  JUMPI
    ; math.coin:20: xx = (xx * xx + half) / base
  0182c  LGET 5
  0182e  LGET 5
  01830  CMUL
  01831  LGET 4
  01833  CADD
  01834  LGET 2
  01836  CDIV
  01837  LSET 5
    ; math.coin:21: if k % 2 == 1 {
  01839  PUSH @else_135
  0183c  LGET 6
  0183e  PUSH 2
  01840  CMOD
  01841  PUSH 1
  01843  EQ
  01844  ISZERO
  01845  JUMPI
    ; math.coin:22: z = (z * xx + half) / base
  01846  LGET 3
  01848  LGET 5
  0184a  CMUL
  0184b  LGET 4
  0184d  CADD
  0184e  LGET 2
  01850  CDIV
  01851  LSET 3
else_135:
  01853  JUMPDEST
    ; math.coin:24: k = k / 2
  01854  LGET 6
  01856  PUSH 2
  01858  CDIV
  01859  LSET 6
    ; math.coin:19: while k > 0 {
  0185b  PUSH @while_133
  0185e  JUMP
wend_134:
  0185f  JUMPDEST
    ; math.coin:26: return z
  01860  LGET 3
  01862  RETF
  01863  INVALID
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  01864  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  01866  PUSH @req_ok_136
  01869  CALLER
  0186a  PUSH 0
  0186b  SLOAD
  0186c  EQ
  0186d  JUMPI
  0186e  PUSH 100
  01870  MALLOC
  01871  DUP1
  01872  PUSH 3112
  01875  PUSH 100
  01877  DATACOPY
  01878  PUSH 100
  0187a  REVERT
req_ok_136:
  0187b  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  0187c  RETF
fn_VaultEngine_debt:
    ; vault.coin:415: view fn debt(art: uint) -> uint {
  0187d  ENTER 1
  0187f  LSET 0
    ; vault.coin:416: return mul_div(art, self.rate, RAY)
  01881  LGET 0
  01883  PUSH 10
  01885  SLOAD
  01886  PUSH 0x33b2e3c9fd0803ce8000000
  01893  MULDIV
  01894  RETF
  01895  INVALID
fn_VaultEngine_price_at:
    ; vault.coin:424: view fn price_at(start_price: uint, started_at: uint) -> uint {
  01896  ENTER 3
  01898  LSET 1
  0189a  LSET 0
    ; vault.coin:425: let elapsed = block.timestamp - started_at
  0189c  TIMESTAMP
  0189d  LGET 1
  0189f  CSUB
  018a0  LSET 2
    ; vault.coin:426: if elapsed >= self.auction_duration {
  018a2  PUSH @else_137
  018a5  LGET 2
  018a7  PUSH 8
  018a9  SLOAD
  018aa  LT
  018ab  ISZERO
  018ac  ISZERO
  018ad  JUMPI
    ; vault.coin:427: return 0
  018ae  PUSH 0
  018af  RETF
else_137:
  018b0  JUMPDEST
    ; vault.coin:429: return mul_div(start_price, self.auction_duration - elapsed, self.auction_duration)
  018b1  LGET 0
  018b3  PUSH 8
  018b5  SLOAD
  018b6  LGET 2
  018b8  CSUB
  018b9  PUSH 8
  018bb  SLOAD
  018bc  MULDIV
  018bd  RETF
  018be  INVALID
fn_VaultEngine_safe:
    ; vault.coin:419: view fn safe(collateral: uint, debt: uint) -> bool {
  018bf  ENTER 6
  018c1  LSET 1
  018c3  LSET 0
    ; vault.coin:420: let price = Feed(self.oracle).price()
  018c5  PUSH 2
  018c7  SLOAD
  018c8  LSET 3
  018ca  PUSH @has_code_138
  018cd  LGET 3
  018cf  EXTCODESIZE
  018d0  JUMPI
  018d1  PUSH 132
  018d3  MALLOC
  018d4  DUP1
  018d5  PUSH 2184
  018d8  PUSH 132
  018da  DATACOPY
  018db  PUSH 132
  018dd  REVERT
has_code_138:
  018de  JUMPDEST
  018df  PUSH 4
  018e1  MALLOC
  018e2  LSET 4
  018e4  LGET 4
  018e6  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  01907  MSTORE
  01908  PUSH @call_ok_139
  0190b  GAS
  0190c  LGET 3
  0190e  LGET 4
  01910  PUSH 4
  01912  PUSH0
  01913  PUSH0
  01914  STATICCALL
  01915  JUMPI
  01916  RETURNDATASIZE
  01917  MALLOC
  01918  DUP1
  01919  PUSH0
  0191a  RETURNDATASIZE
  0191b  RETURNDATACOPY
  0191c  RETURNDATASIZE
  0191d  REVERT
call_ok_139:
  0191e  JUMPDEST
  0191f  PUSH @ret_ok_140
  01922  RETURNDATASIZE
  01923  PUSH 32
  01925  LT
  01926  ISZERO
  01927  JUMPI
  01928  PUSH 100
  0192a  MALLOC
  0192b  DUP1
  0192c  PUSH 2316
  0192f  PUSH 100
  01931  DATACOPY
  01932  PUSH 100
  01934  REVERT
ret_ok_140:
  01935  JUMPDEST
  01936  PUSH 32
  01938  MALLOC
  01939  LSET 5
  0193b  LGET 5
  0193d  PUSH0
  0193e  PUSH 32
  01940  RETURNDATACOPY
  01941  LGET 5
  01943  MLOAD
  01944  LSET 2
    ; vault.coin:421: return mul_div(collateral, price, WAD) * WAD >= debt * self.liquidation_ratio
  01946  LGET 0
  01948  LGET 2
  0194a  PUSH 0xde0b6b3a7640000
  01953  MULDIV
  01954  PUSH 0xde0b6b3a7640000
  0195d  CMUL
  0195e  LGET 1
  01960  PUSH 3
  01962  SLOAD
  01963  CMUL
  01964  LT
  01965  ISZERO
  01966  RETF
  01967  INVALID
fn_VaultEngine_set_all:
    ; vault.coin:140: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  01968  ENTER 12
  0196a  LSET 6
  0196c  LSET 5
  0196e  LSET 4
  01970  LSET 3
  01972  LSET 2
  01974  LSET 1
  01976  LSET 0
    ; vault.coin:142: require(liquidation_ratio >= WAD, "liquidation ratio must be at least 100%")
  01978  PUSH @req_ok_141
  0197b  LGET 0
  0197d  PUSH 0xde0b6b3a7640000
  01986  LT
  01987  ISZERO
  01988  JUMPI
  01989  PUSH 132
  0198b  MALLOC
  0198c  DUP1
  0198d  PUSH 3212
  01990  PUSH 132
  01992  DATACOPY
  01993  PUSH 132
  01995  REVERT
req_ok_141:
  01996  JUMPDEST
    ; vault.coin:143: require(liquidation_penalty <= WAD, "liquidation penalty must be at most 100%")
  01997  PUSH @req_ok_142
  0199a  LGET 1
  0199c  PUSH 0xde0b6b3a7640000
  019a5  GT
  019a6  ISZERO
  019a7  JUMPI
  019a8  PUSH 132
  019aa  MALLOC
  019ab  DUP1
  019ac  PUSH 3344
  019af  PUSH 132
  019b1  DATACOPY
  019b2  PUSH 132
  019b4  REVERT
req_ok_142:
  019b5  JUMPDEST
    ; vault.coin:144: require(stability_fee >= RAY and stability_fee < 2 * RAY, "stability fee is a per-second ray >= 1")
  019b6  PUSH @req_ok_143
  019b9  LGET 2
  019bb  PUSH 0x33b2e3c9fd0803ce8000000
  019c8  LT
  019c9  ISZERO
  019ca  DUP1
  019cb  ISZERO
  019cc  PUSH @and_144
  019cf  SWAP1
  019d0  JUMPI
  019d1  POP
  019d2  LGET 2
  019d4  PUSH 0x6765c793fa10079d0000000
  019e1  LT
and_144:
  019e2  JUMPDEST
  019e3  JUMPI
  019e4  PUSH 132
  019e6  MALLOC
  019e7  DUP1
  019e8  PUSH 3476
  019eb  PUSH 132
  019ed  DATACOPY
  019ee  PUSH 132
  019f0  REVERT
req_ok_143:
  019f1  JUMPDEST
    ; vault.coin:145: require(auction_duration > 0, "auction duration must be positive")
  019f2  PUSH @req_ok_145
  019f5  LGET 5
  019f7  PUSH 0
  019f8  GT
  019f9  JUMPI
  019fa  PUSH 132
  019fc  MALLOC
  019fd  DUP1
  019fe  PUSH 3608
  01a01  PUSH 132
  01a03  DATACOPY
  01a04  PUSH 132
  01a06  REVERT
req_ok_145:
  01a07  JUMPDEST
    ; vault.coin:146: require(auction_buffer >= WAD, "auction buffer must be at least 1")
  01a08  PUSH @req_ok_146
  01a0b  LGET 6
  01a0d  PUSH 0xde0b6b3a7640000
  01a16  LT
  01a17  ISZERO
  01a18  JUMPI
  01a19  PUSH 132
  01a1b  MALLOC
  01a1c  DUP1
  01a1d  PUSH 3740
  01a20  PUSH 132
  01a22  DATACOPY
  01a23  PUSH 132
  01a25  REVERT
req_ok_146:
  01a26  JUMPDEST
    ; vault.coin:147: self.liquidation_ratio = liquidation_ratio
  01a27  PUSH 3
  01a29  LGET 0
  01a2b  SSTORE
    ; vault.coin:148: self.liquidation_penalty = liquidation_penalty
  01a2c  PUSH 4
  01a2e  LGET 1
  01a30  SSTORE
    ; vault.coin:149: self.stability_fee = stability_fee
  01a31  PUSH 5
  01a33  LGET 2
  01a35  SSTORE
    ; vault.coin:150: self.debt_ceiling = debt_ceiling
  01a36  PUSH 6
  01a38  LGET 3
  01a3a  SSTORE
    ; vault.coin:151: self.dust = dust
  01a3b  PUSH 7
  01a3d  LGET 4
  01a3f  SSTORE
    ; vault.coin:152: self.auction_duration = auction_duration
  01a40  PUSH 8
  01a42  LGET 5
  01a44  SSTORE
    ; vault.coin:153: self.auction_buffer = auction_buffer
  01a45  PUSH 9
  01a47  LGET 6
  01a49  SSTORE
    ; vault.coin:154: emit ParameterSet("liquidation_ratio", liquidation_ratio)
  01a4a  PUSH 64
  01a4c  MALLOC
  01a4d  DUP1
  01a4e  PUSH 3872
  01a51  PUSH 64
  01a53  DATACOPY
  01a54  LSET 7
  01a56  PUSH 64
  01a58  LGET 7
  01a5a  MLOAD
  01a5b  PUSH 31
  01a5d  ADD
  01a5e  PUSH 5
  01a60  SHR
  01a61  PUSH 5
  01a63  SHL
  01a64  PUSH 32
  01a66  ADD
  01a67  ADD
  01a68  LSET 8
  01a6a  LGET 8
  01a6c  MALLOC
  01a6d  LSET 9
  01a6f  PUSH 64
  01a71  LSET 10
  01a73  LGET 9
  01a75  PUSH 0
  01a76  ADD
  01a77  LGET 10
  01a79  MSTORE
  01a7a  LGET 9
  01a7c  PUSH 0
  01a7d  ADD
  01a7e  LGET 10
  01a80  ADD
  01a81  LGET 7
  01a83  LGET 7
  01a85  MLOAD
  01a86  PUSH 31
  01a88  ADD
  01a89  PUSH 5
  01a8b  SHR
  01a8c  PUSH 5
  01a8e  SHL
  01a8f  PUSH 32
  01a91  ADD
  01a92  DUP1
  01a93  LSET 11
  01a95  MCOPY
  01a96  LGET 10
  01a98  LGET 11
  01a9a  ADD
  01a9b  LSET 10
  01a9d  LGET 9
  01a9f  PUSH 32
  01aa1  ADD
  01aa2  LGET 0
  01aa4  MSTORE
  01aa5  LGET 9
  01aa7  LGET 8
  01aa9  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01aca  LOG1
    ; vault.coin:155: emit ParameterSet("liquidation_penalty", liquidation_penalty)
  01acb  PUSH 64
  01acd  MALLOC
  01ace  DUP1
  01acf  PUSH 3936
  01ad2  PUSH 64
  01ad4  DATACOPY
  01ad5  LSET 7
  01ad7  PUSH 64
  01ad9  LGET 7
  01adb  MLOAD
  01adc  PUSH 31
  01ade  ADD
  01adf  PUSH 5
  01ae1  SHR
  01ae2  PUSH 5
  01ae4  SHL
  01ae5  PUSH 32
  01ae7  ADD
  01ae8  ADD
  01ae9  LSET 8
  01aeb  LGET 8
  01aed  MALLOC
  01aee  LSET 9
  01af0  PUSH 64
  01af2  LSET 10
  01af4  LGET 9
  01af6  PUSH 0
  01af7  ADD
  01af8  LGET 10
  01afa  MSTORE
  01afb  LGET 9
  01afd  PUSH 0
  01afe  ADD
  01aff  LGET 10
  01b01  ADD
  01b02  LGET 7
  01b04  LGET 7
  01b06  MLOAD
  01b07  PUSH 31
  01b09  ADD
  01b0a  PUSH 5
  01b0c  SHR
  01b0d  PUSH 5
  01b0f  SHL
  01b10  PUSH 32
  01b12  ADD
  01b13  DUP1
  01b14  LSET 11
  01b16  MCOPY
  01b17  LGET 10
  01b19  LGET 11
  01b1b  ADD
  01b1c  LSET 10
  01b1e  LGET 9
  01b20  PUSH 32
  01b22  ADD
  01b23  LGET 1
  01b25  MSTORE
  01b26  LGET 9
  01b28  LGET 8
  01b2a  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01b4b  LOG1
    ; vault.coin:156: emit ParameterSet("stability_fee", stability_fee)
  01b4c  PUSH 64
  01b4e  MALLOC
  01b4f  DUP1
  01b50  PUSH 4000
  01b53  PUSH 64
  01b55  DATACOPY
  01b56  LSET 7
  01b58  PUSH 64
  01b5a  LGET 7
  01b5c  MLOAD
  01b5d  PUSH 31
  01b5f  ADD
  01b60  PUSH 5
  01b62  SHR
  01b63  PUSH 5
  01b65  SHL
  01b66  PUSH 32
  01b68  ADD
  01b69  ADD
  01b6a  LSET 8
  01b6c  LGET 8
  01b6e  MALLOC
  01b6f  LSET 9
  01b71  PUSH 64
  01b73  LSET 10
  01b75  LGET 9
  01b77  PUSH 0
  01b78  ADD
  01b79  LGET 10
  01b7b  MSTORE
  01b7c  LGET 9
  01b7e  PUSH 0
  01b7f  ADD
  01b80  LGET 10
  01b82  ADD
  01b83  LGET 7
  01b85  LGET 7
  01b87  MLOAD
  01b88  PUSH 31
  01b8a  ADD
  01b8b  PUSH 5
  01b8d  SHR
  01b8e  PUSH 5
  01b90  SHL
  01b91  PUSH 32
  01b93  ADD
  01b94  DUP1
  01b95  LSET 11
  01b97  MCOPY
  01b98  LGET 10
  01b9a  LGET 11
  01b9c  ADD
  01b9d  LSET 10
  01b9f  LGET 9
  01ba1  PUSH 32
  01ba3  ADD
  01ba4  LGET 2
  01ba6  MSTORE
  01ba7  LGET 9
  01ba9  LGET 8
  01bab  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01bcc  LOG1
    ; vault.coin:157: emit ParameterSet("debt_ceiling", debt_ceiling)
  01bcd  PUSH 64
  01bcf  MALLOC
  01bd0  DUP1
  01bd1  PUSH 4064
  01bd4  PUSH 64
  01bd6  DATACOPY
  01bd7  LSET 7
  01bd9  PUSH 64
  01bdb  LGET 7
  01bdd  MLOAD
  01bde  PUSH 31
  01be0  ADD
  01be1  PUSH 5
  01be3  SHR
  01be4  PUSH 5
  01be6  SHL
  01be7  PUSH 32
  01be9  ADD
  01bea  ADD
  01beb  LSET 8
  01bed  LGET 8
  01bef  MALLOC
  01bf0  LSET 9
  01bf2  PUSH 64
  01bf4  LSET 10
  01bf6  LGET 9
  01bf8  PUSH 0
  01bf9  ADD
  01bfa  LGET 10
  01bfc  MSTORE
  01bfd  LGET 9
  01bff  PUSH 0
  01c00  ADD
  01c01  LGET 10
  01c03  ADD
  01c04  LGET 7
  01c06  LGET 7
  01c08  MLOAD
  01c09  PUSH 31
  01c0b  ADD
  01c0c  PUSH 5
  01c0e  SHR
  01c0f  PUSH 5
  01c11  SHL
  01c12  PUSH 32
  01c14  ADD
  01c15  DUP1
  01c16  LSET 11
  01c18  MCOPY
  01c19  LGET 10
  01c1b  LGET 11
  01c1d  ADD
  01c1e  LSET 10
  01c20  LGET 9
  01c22  PUSH 32
  01c24  ADD
  01c25  LGET 3
  01c27  MSTORE
  01c28  LGET 9
  01c2a  LGET 8
  01c2c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01c4d  LOG1
    ; vault.coin:158: emit ParameterSet("dust", dust)
  01c4e  PUSH 64
  01c50  MALLOC
  01c51  DUP1
  01c52  PUSH 4128
  01c55  PUSH 64
  01c57  DATACOPY
  01c58  LSET 7
  01c5a  PUSH 64
  01c5c  LGET 7
  01c5e  MLOAD
  01c5f  PUSH 31
  01c61  ADD
  01c62  PUSH 5
  01c64  SHR
  01c65  PUSH 5
  01c67  SHL
  01c68  PUSH 32
  01c6a  ADD
  01c6b  ADD
  01c6c  LSET 8
  01c6e  LGET 8
  01c70  MALLOC
  01c71  LSET 9
  01c73  PUSH 64
  01c75  LSET 10
  01c77  LGET 9
  01c79  PUSH 0
  01c7a  ADD
  01c7b  LGET 10
  01c7d  MSTORE
  01c7e  LGET 9
  01c80  PUSH 0
  01c81  ADD
  01c82  LGET 10
  01c84  ADD
  01c85  LGET 7
  01c87  LGET 7
  01c89  MLOAD
  01c8a  PUSH 31
  01c8c  ADD
  01c8d  PUSH 5
  01c8f  SHR
  01c90  PUSH 5
  01c92  SHL
  01c93  PUSH 32
  01c95  ADD
  01c96  DUP1
  01c97  LSET 11
  01c99  MCOPY
  01c9a  LGET 10
  01c9c  LGET 11
  01c9e  ADD
  01c9f  LSET 10
  01ca1  LGET 9
  01ca3  PUSH 32
  01ca5  ADD
  01ca6  LGET 4
  01ca8  MSTORE
  01ca9  LGET 9
  01cab  LGET 8
  01cad  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01cce  LOG1
    ; vault.coin:159: emit ParameterSet("auction_duration", auction_duration)
  01ccf  PUSH 64
  01cd1  MALLOC
  01cd2  DUP1
  01cd3  PUSH 4192
  01cd6  PUSH 64
  01cd8  DATACOPY
  01cd9  LSET 7
  01cdb  PUSH 64
  01cdd  LGET 7
  01cdf  MLOAD
  01ce0  PUSH 31
  01ce2  ADD
  01ce3  PUSH 5
  01ce5  SHR
  01ce6  PUSH 5
  01ce8  SHL
  01ce9  PUSH 32
  01ceb  ADD
  01cec  ADD
  01ced  LSET 8
  01cef  LGET 8
  01cf1  MALLOC
  01cf2  LSET 9
  01cf4  PUSH 64
  01cf6  LSET 10
  01cf8  LGET 9
  01cfa  PUSH 0
  01cfb  ADD
  01cfc  LGET 10
  01cfe  MSTORE
  01cff  LGET 9
  01d01  PUSH 0
  01d02  ADD
  01d03  LGET 10
  01d05  ADD
  01d06  LGET 7
  01d08  LGET 7
  01d0a  MLOAD
  01d0b  PUSH 31
  01d0d  ADD
  01d0e  PUSH 5
  01d10  SHR
  01d11  PUSH 5
  01d13  SHL
  01d14  PUSH 32
  01d16  ADD
  01d17  DUP1
  01d18  LSET 11
  01d1a  MCOPY
  01d1b  LGET 10
  01d1d  LGET 11
  01d1f  ADD
  01d20  LSET 10
  01d22  LGET 9
  01d24  PUSH 32
  01d26  ADD
  01d27  LGET 5
  01d29  MSTORE
  01d2a  LGET 9
  01d2c  LGET 8
  01d2e  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01d4f  LOG1
    ; vault.coin:160: emit ParameterSet("auction_buffer", auction_buffer)
  01d50  PUSH 64
  01d52  MALLOC
  01d53  DUP1
  01d54  PUSH 4256
  01d57  PUSH 64
  01d59  DATACOPY
  01d5a  LSET 7
  01d5c  PUSH 64
  01d5e  LGET 7
  01d60  MLOAD
  01d61  PUSH 31
  01d63  ADD
  01d64  PUSH 5
  01d66  SHR
  01d67  PUSH 5
  01d69  SHL
  01d6a  PUSH 32
  01d6c  ADD
  01d6d  ADD
  01d6e  LSET 8
  01d70  LGET 8
  01d72  MALLOC
  01d73  LSET 9
  01d75  PUSH 64
  01d77  LSET 10
  01d79  LGET 9
  01d7b  PUSH 0
  01d7c  ADD
  01d7d  LGET 10
  01d7f  MSTORE
  01d80  LGET 9
  01d82  PUSH 0
  01d83  ADD
  01d84  LGET 10
  01d86  ADD
  01d87  LGET 7
  01d89  LGET 7
  01d8b  MLOAD
  01d8c  PUSH 31
  01d8e  ADD
  01d8f  PUSH 5
  01d91  SHR
  01d92  PUSH 5
  01d94  SHL
  01d95  PUSH 32
  01d97  ADD
  01d98  DUP1
  01d99  LSET 11
  01d9b  MCOPY
  01d9c  LGET 10
  01d9e  LGET 11
  01da0  ADD
  01da1  LSET 10
  01da3  LGET 9
  01da5  PUSH 32
  01da7  ADD
  01da8  LGET 6
  01daa  MSTORE
  01dab  LGET 9
  01dad  LGET 8
  01daf  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01dd0  LOG1
    ; vault.coin:140: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  01dd1  RETF
; ---- init section (1330 bytes)
    ; vault.coin:52: contract VaultEngine is Owned {
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
    ; vault.coin:85: init(coin: address, oracle: address, liquidation_ratio: uint, liquidation_penalty: uint,
  00010  PUSH @bad_input_2
  00013  CALLDATASIZE
  00014  PUSH 288
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
  00031  PUSH 96
  00033  CALLDATALOAD
  00034  PUSH 128
  00036  CALLDATALOAD
  00037  PUSH 160
  00039  CALLDATALOAD
  0003a  PUSH 192
  0003c  CALLDATALOAD
  0003d  PUSH 224
  0003f  CALLDATALOAD
  00040  PUSH 256
  00043  CALLDATALOAD
  00044  CALLF @fn_VaultEngine_init
  00047  STOP
bad_input_2:
    ; vault.coin:52: contract VaultEngine is Owned {
  00048  JUMPDEST
  00049  PUSH0
  0004a  PUSH0
  0004b  REVERT
fn_VaultEngine_init:
    ; vault.coin:85: init(coin: address, oracle: address, liquidation_ratio: uint, liquidation_penalty: uint,
  0004c  ENTER 9
  0004e  LSET 8
  00050  LSET 7
  00052  LSET 6
  00054  LSET 5
  00056  LSET 4
  00058  LSET 3
  0005a  LSET 2
  0005c  LSET 1
  0005e  LSET 0
    ; vault.coin:88: Owned.init()
  00060  CALLF @fn_Owned_init
    ; vault.coin:89: self.coin = coin
  00063  PUSH 1
  00065  LGET 0
  00067  SSTORE
    ; vault.coin:90: self.oracle = oracle
  00068  PUSH 2
  0006a  LGET 1
  0006c  SSTORE
    ; vault.coin:91: self.rate = RAY
  0006d  PUSH 10
  0006f  PUSH 0x33b2e3c9fd0803ce8000000
  0007c  SSTORE
    ; vault.coin:92: self.rho = block.timestamp
  0007d  TIMESTAMP
  0007e  PUSH 11
  00080  SWAP1
  00081  SSTORE
    ; vault.coin:93: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00082  LGET 2
  00084  LGET 3
  00086  LGET 4
  00088  LGET 5
  0008a  LGET 6
    ; vault.coin:94: auction_duration, auction_buffer)
  0008c  LGET 7
  0008e  LGET 8
    ; vault.coin:93: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00090  CALLF @fn_VaultEngine_set_all
    ; vault.coin:85: init(coin: address, oracle: address, liquidation_ratio: uint, liquidation_penalty: uint,
  00093  RETF
fn_Owned_init:
    ; access.coin:8: init() {
  00094  ENTER 2
    ; access.coin:9: self.owner = msg.sender
  00096  PUSH 0
  00097  CALLER
  00098  SSTORE
    ; access.coin:10: emit OwnershipTransferred(address(0), msg.sender)
  00099  PUSH 0
  0009a  LSET 0
  0009c  CALLER
  0009d  LSET 1
  0009f  PUSH0
  000a0  PUSH0
  000a1  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  000c2  LGET 0
  000c4  LGET 1
  000c6  LOG3
    ; access.coin:8: init() {
  000c7  RETF
fn_VaultEngine_set_all:
    ; vault.coin:140: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  000c8  ENTER 12
  000ca  LSET 6
  000cc  LSET 5
  000ce  LSET 4
  000d0  LSET 3
  000d2  LSET 2
  000d4  LSET 1
  000d6  LSET 0
    ; vault.coin:142: require(liquidation_ratio >= WAD, "liquidation ratio must be at least 100%")
  000d8  PUSH @req_ok_3
  000db  LGET 0
  000dd  PUSH 0xde0b6b3a7640000
  000e6  LT
  000e7  ISZERO
  000e8  JUMPI
  000e9  PUSH 132
  000eb  MALLOC
  000ec  DUP1
  000ed  PUSH 3212
  000f0  PUSH 132
  000f2  DATACOPY
  000f3  PUSH 132
  000f5  REVERT
req_ok_3:
  000f6  JUMPDEST
    ; vault.coin:143: require(liquidation_penalty <= WAD, "liquidation penalty must be at most 100%")
  000f7  PUSH @req_ok_4
  000fa  LGET 1
  000fc  PUSH 0xde0b6b3a7640000
  00105  GT
  00106  ISZERO
  00107  JUMPI
  00108  PUSH 132
  0010a  MALLOC
  0010b  DUP1
  0010c  PUSH 3344
  0010f  PUSH 132
  00111  DATACOPY
  00112  PUSH 132
  00114  REVERT
req_ok_4:
  00115  JUMPDEST
    ; vault.coin:144: require(stability_fee >= RAY and stability_fee < 2 * RAY, "stability fee is a per-second ray >= 1")
  00116  PUSH @req_ok_5
  00119  LGET 2
  0011b  PUSH 0x33b2e3c9fd0803ce8000000
  00128  LT
  00129  ISZERO
  0012a  DUP1
  0012b  ISZERO
  0012c  PUSH @and_6
  0012f  SWAP1
  00130  JUMPI
  00131  POP
  00132  LGET 2
  00134  PUSH 0x6765c793fa10079d0000000
  00141  LT
and_6:
  00142  JUMPDEST
  00143  JUMPI
  00144  PUSH 132
  00146  MALLOC
  00147  DUP1
  00148  PUSH 3476
  0014b  PUSH 132
  0014d  DATACOPY
  0014e  PUSH 132
  00150  REVERT
req_ok_5:
  00151  JUMPDEST
    ; vault.coin:145: require(auction_duration > 0, "auction duration must be positive")
  00152  PUSH @req_ok_7
  00155  LGET 5
  00157  PUSH 0
  00158  GT
  00159  JUMPI
  0015a  PUSH 132
  0015c  MALLOC
  0015d  DUP1
  0015e  PUSH 3608
  00161  PUSH 132
  00163  DATACOPY
  00164  PUSH 132
  00166  REVERT
req_ok_7:
  00167  JUMPDEST
    ; vault.coin:146: require(auction_buffer >= WAD, "auction buffer must be at least 1")
  00168  PUSH @req_ok_8
  0016b  LGET 6
  0016d  PUSH 0xde0b6b3a7640000
  00176  LT
  00177  ISZERO
  00178  JUMPI
  00179  PUSH 132
  0017b  MALLOC
  0017c  DUP1
  0017d  PUSH 3740
  00180  PUSH 132
  00182  DATACOPY
  00183  PUSH 132
  00185  REVERT
req_ok_8:
  00186  JUMPDEST
    ; vault.coin:147: self.liquidation_ratio = liquidation_ratio
  00187  PUSH 3
  00189  LGET 0
  0018b  SSTORE
    ; vault.coin:148: self.liquidation_penalty = liquidation_penalty
  0018c  PUSH 4
  0018e  LGET 1
  00190  SSTORE
    ; vault.coin:149: self.stability_fee = stability_fee
  00191  PUSH 5
  00193  LGET 2
  00195  SSTORE
    ; vault.coin:150: self.debt_ceiling = debt_ceiling
  00196  PUSH 6
  00198  LGET 3
  0019a  SSTORE
    ; vault.coin:151: self.dust = dust
  0019b  PUSH 7
  0019d  LGET 4
  0019f  SSTORE
    ; vault.coin:152: self.auction_duration = auction_duration
  001a0  PUSH 8
  001a2  LGET 5
  001a4  SSTORE
    ; vault.coin:153: self.auction_buffer = auction_buffer
  001a5  PUSH 9
  001a7  LGET 6
  001a9  SSTORE
    ; vault.coin:154: emit ParameterSet("liquidation_ratio", liquidation_ratio)
  001aa  PUSH 64
  001ac  MALLOC
  001ad  DUP1
  001ae  PUSH 3872
  001b1  PUSH 64
  001b3  DATACOPY
  001b4  LSET 7
  001b6  PUSH 64
  001b8  LGET 7
  001ba  MLOAD
  001bb  PUSH 31
  001bd  ADD
  001be  PUSH 5
  001c0  SHR
  001c1  PUSH 5
  001c3  SHL
  001c4  PUSH 32
  001c6  ADD
  001c7  ADD
  001c8  LSET 8
  001ca  LGET 8
  001cc  MALLOC
  001cd  LSET 9
  001cf  PUSH 64
  001d1  LSET 10
  001d3  LGET 9
  001d5  PUSH 0
  001d6  ADD
  001d7  LGET 10
  001d9  MSTORE
  001da  LGET 9
  001dc  PUSH 0
  001dd  ADD
  001de  LGET 10
  001e0  ADD
  001e1  LGET 7
  001e3  LGET 7
  001e5  MLOAD
  001e6  PUSH 31
  001e8  ADD
  001e9  PUSH 5
  001eb  SHR
  001ec  PUSH 5
  001ee  SHL
  001ef  PUSH 32
  001f1  ADD
  001f2  DUP1
  001f3  LSET 11
  001f5  MCOPY
  001f6  LGET 10
  001f8  LGET 11
  001fa  ADD
  001fb  LSET 10
  001fd  LGET 9
  001ff  PUSH 32
  00201  ADD
  00202  LGET 0
  00204  MSTORE
  00205  LGET 9
  00207  LGET 8
  00209  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0022a  LOG1
    ; vault.coin:155: emit ParameterSet("liquidation_penalty", liquidation_penalty)
  0022b  PUSH 64
  0022d  MALLOC
  0022e  DUP1
  0022f  PUSH 3936
  00232  PUSH 64
  00234  DATACOPY
  00235  LSET 7
  00237  PUSH 64
  00239  LGET 7
  0023b  MLOAD
  0023c  PUSH 31
  0023e  ADD
  0023f  PUSH 5
  00241  SHR
  00242  PUSH 5
  00244  SHL
  00245  PUSH 32
  00247  ADD
  00248  ADD
  00249  LSET 8
  0024b  LGET 8
  0024d  MALLOC
  0024e  LSET 9
  00250  PUSH 64
  00252  LSET 10
  00254  LGET 9
  00256  PUSH 0
  00257  ADD
  00258  LGET 10
  0025a  MSTORE
  0025b  LGET 9
  0025d  PUSH 0
  0025e  ADD
  0025f  LGET 10
  00261  ADD
  00262  LGET 7
  00264  LGET 7
  00266  MLOAD
  00267  PUSH 31
  00269  ADD
  0026a  PUSH 5
  0026c  SHR
  0026d  PUSH 5
  0026f  SHL
  00270  PUSH 32
  00272  ADD
  00273  DUP1
  00274  LSET 11
  00276  MCOPY
  00277  LGET 10
  00279  LGET 11
  0027b  ADD
  0027c  LSET 10
  0027e  LGET 9
  00280  PUSH 32
  00282  ADD
  00283  LGET 1
  00285  MSTORE
  00286  LGET 9
  00288  LGET 8
  0028a  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  002ab  LOG1
    ; vault.coin:156: emit ParameterSet("stability_fee", stability_fee)
  002ac  PUSH 64
  002ae  MALLOC
  002af  DUP1
  002b0  PUSH 4000
  002b3  PUSH 64
  002b5  DATACOPY
  002b6  LSET 7
  002b8  PUSH 64
  002ba  LGET 7
  002bc  MLOAD
  002bd  PUSH 31
  002bf  ADD
  002c0  PUSH 5
  002c2  SHR
  002c3  PUSH 5
  002c5  SHL
  002c6  PUSH 32
  002c8  ADD
  002c9  ADD
  002ca  LSET 8
  002cc  LGET 8
  002ce  MALLOC
  002cf  LSET 9
  002d1  PUSH 64
  002d3  LSET 10
  002d5  LGET 9
  002d7  PUSH 0
  002d8  ADD
  002d9  LGET 10
  002db  MSTORE
  002dc  LGET 9
  002de  PUSH 0
  002df  ADD
  002e0  LGET 10
  002e2  ADD
  002e3  LGET 7
  002e5  LGET 7
  002e7  MLOAD
  002e8  PUSH 31
  002ea  ADD
  002eb  PUSH 5
  002ed  SHR
  002ee  PUSH 5
  002f0  SHL
  002f1  PUSH 32
  002f3  ADD
  002f4  DUP1
  002f5  LSET 11
  002f7  MCOPY
  002f8  LGET 10
  002fa  LGET 11
  002fc  ADD
  002fd  LSET 10
  002ff  LGET 9
  00301  PUSH 32
  00303  ADD
  00304  LGET 2
  00306  MSTORE
  00307  LGET 9
  00309  LGET 8
  0030b  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0032c  LOG1
    ; vault.coin:157: emit ParameterSet("debt_ceiling", debt_ceiling)
  0032d  PUSH 64
  0032f  MALLOC
  00330  DUP1
  00331  PUSH 4064
  00334  PUSH 64
  00336  DATACOPY
  00337  LSET 7
  00339  PUSH 64
  0033b  LGET 7
  0033d  MLOAD
  0033e  PUSH 31
  00340  ADD
  00341  PUSH 5
  00343  SHR
  00344  PUSH 5
  00346  SHL
  00347  PUSH 32
  00349  ADD
  0034a  ADD
  0034b  LSET 8
  0034d  LGET 8
  0034f  MALLOC
  00350  LSET 9
  00352  PUSH 64
  00354  LSET 10
  00356  LGET 9
  00358  PUSH 0
  00359  ADD
  0035a  LGET 10
  0035c  MSTORE
  0035d  LGET 9
  0035f  PUSH 0
  00360  ADD
  00361  LGET 10
  00363  ADD
  00364  LGET 7
  00366  LGET 7
  00368  MLOAD
  00369  PUSH 31
  0036b  ADD
  0036c  PUSH 5
  0036e  SHR
  0036f  PUSH 5
  00371  SHL
  00372  PUSH 32
  00374  ADD
  00375  DUP1
  00376  LSET 11
  00378  MCOPY
  00379  LGET 10
  0037b  LGET 11
  0037d  ADD
  0037e  LSET 10
  00380  LGET 9
  00382  PUSH 32
  00384  ADD
  00385  LGET 3
  00387  MSTORE
  00388  LGET 9
  0038a  LGET 8
  0038c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  003ad  LOG1
    ; vault.coin:158: emit ParameterSet("dust", dust)
  003ae  PUSH 64
  003b0  MALLOC
  003b1  DUP1
  003b2  PUSH 4128
  003b5  PUSH 64
  003b7  DATACOPY
  003b8  LSET 7
  003ba  PUSH 64
  003bc  LGET 7
  003be  MLOAD
  003bf  PUSH 31
  003c1  ADD
  003c2  PUSH 5
  003c4  SHR
  003c5  PUSH 5
  003c7  SHL
  003c8  PUSH 32
  003ca  ADD
  003cb  ADD
  003cc  LSET 8
  003ce  LGET 8
  003d0  MALLOC
  003d1  LSET 9
  003d3  PUSH 64
  003d5  LSET 10
  003d7  LGET 9
  003d9  PUSH 0
  003da  ADD
  003db  LGET 10
  003dd  MSTORE
  003de  LGET 9
  003e0  PUSH 0
  003e1  ADD
  003e2  LGET 10
  003e4  ADD
  003e5  LGET 7
  003e7  LGET 7
  003e9  MLOAD
  003ea  PUSH 31
  003ec  ADD
  003ed  PUSH 5
  003ef  SHR
  003f0  PUSH 5
  003f2  SHL
  003f3  PUSH 32
  003f5  ADD
  003f6  DUP1
  003f7  LSET 11
  003f9  MCOPY
  003fa  LGET 10
  003fc  LGET 11
  003fe  ADD
  003ff  LSET 10
  00401  LGET 9
  00403  PUSH 32
  00405  ADD
  00406  LGET 4
  00408  MSTORE
  00409  LGET 9
  0040b  LGET 8
  0040d  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0042e  LOG1
    ; vault.coin:159: emit ParameterSet("auction_duration", auction_duration)
  0042f  PUSH 64
  00431  MALLOC
  00432  DUP1
  00433  PUSH 4192
  00436  PUSH 64
  00438  DATACOPY
  00439  LSET 7
  0043b  PUSH 64
  0043d  LGET 7
  0043f  MLOAD
  00440  PUSH 31
  00442  ADD
  00443  PUSH 5
  00445  SHR
  00446  PUSH 5
  00448  SHL
  00449  PUSH 32
  0044b  ADD
  0044c  ADD
  0044d  LSET 8
  0044f  LGET 8
  00451  MALLOC
  00452  LSET 9
  00454  PUSH 64
  00456  LSET 10
  00458  LGET 9
  0045a  PUSH 0
  0045b  ADD
  0045c  LGET 10
  0045e  MSTORE
  0045f  LGET 9
  00461  PUSH 0
  00462  ADD
  00463  LGET 10
  00465  ADD
  00466  LGET 7
  00468  LGET 7
  0046a  MLOAD
  0046b  PUSH 31
  0046d  ADD
  0046e  PUSH 5
  00470  SHR
  00471  PUSH 5
  00473  SHL
  00474  PUSH 32
  00476  ADD
  00477  DUP1
  00478  LSET 11
  0047a  MCOPY
  0047b  LGET 10
  0047d  LGET 11
  0047f  ADD
  00480  LSET 10
  00482  LGET 9
  00484  PUSH 32
  00486  ADD
  00487  LGET 5
  00489  MSTORE
  0048a  LGET 9
  0048c  LGET 8
  0048e  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  004af  LOG1
    ; vault.coin:160: emit ParameterSet("auction_buffer", auction_buffer)
  004b0  PUSH 64
  004b2  MALLOC
  004b3  DUP1
  004b4  PUSH 4256
  004b7  PUSH 64
  004b9  DATACOPY
  004ba  LSET 7
  004bc  PUSH 64
  004be  LGET 7
  004c0  MLOAD
  004c1  PUSH 31
  004c3  ADD
  004c4  PUSH 5
  004c6  SHR
  004c7  PUSH 5
  004c9  SHL
  004ca  PUSH 32
  004cc  ADD
  004cd  ADD
  004ce  LSET 8
  004d0  LGET 8
  004d2  MALLOC
  004d3  LSET 9
  004d5  PUSH 64
  004d7  LSET 10
  004d9  LGET 9
  004db  PUSH 0
  004dc  ADD
  004dd  LGET 10
  004df  MSTORE
  004e0  LGET 9
  004e2  PUSH 0
  004e3  ADD
  004e4  LGET 10
  004e6  ADD
  004e7  LGET 7
  004e9  LGET 7
  004eb  MLOAD
  004ec  PUSH 31
  004ee  ADD
  004ef  PUSH 5
  004f1  SHR
  004f2  PUSH 5
  004f4  SHL
  004f5  PUSH 32
  004f7  ADD
  004f8  DUP1
  004f9  LSET 11
  004fb  MCOPY
  004fc  LGET 10
  004fe  LGET 11
  00500  ADD
  00501  LSET 10
  00503  LGET 9
  00505  PUSH 32
  00507  ADD
  00508  LGET 6
  0050a  MSTORE
  0050b  LGET 9
  0050d  LGET 8
  0050f  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  00530  LOG1
    ; vault.coin:140: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  00531  RETF
; ---- data section (4320 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000206f776e65722063616e6e6f7420626520746865207a65726f20616464
  00060  7265737300000000000000000000000000000000000000000000000000000000
  00080  000000066f7261636c6500000000000000000000000000000000000000000000
  000a0  0000000008c379a0000000000000000000000000000000000000000000000000
  000c0  0000000000000020000000000000000000000000000000000000000000000000
  000e0  000000000000001a61756374696f6e7320617265207374696c6c2072756e6e69
  00100  6e67000000000000000000000000000000000000000000000000000000000000
  00120  000000000000000a61756374696f6e6565720000000000000000000000000000
  00140  000000000000000008c379a00000000000000000000000000000000000000000
  00160  0000000000000000000000200000000000000000000000000000000000000000
  00180  00000000000000000000001c63616c6c6572206973206e6f7420746865206175
  001a0  6374696f6e6565720000000008c379a000000000000000000000000000000000
  001c0  0000000000000000000000000000002000000000000000000000000000000000
  001e0  00000000000000000000000000000025736574746c6573206d6f726520646562
  00200  74207468616e20697320696e2061756374696f6e730000000000000000000000
  00220  0000000000000000000000000000000008c379a0000000000000000000000000
  00240  0000000000000000000000000000000000000020000000000000000000000000
  00260  00000000000000000000000000000000000000186465706f736974206d757374
  00280  20626520706f736974697665000000000000000008c379a00000000000000000
  002a0  0000000000000000000000000000000000000000000000200000000000000000
  002c0  0000000000000000000000000000000000000000000000207769746864726177
  002e0  20616d6f756e74206d75737420626520706f73697469766508c379a000000000
  00300  0000000000000000000000000000000000000000000000000000002000000000
  00320  0000000000000000000000000000000000000000000000000000002277697468
  00340  6472617720616d6f756e74206578636565647320636f6c6c61746572616c0000
  00360  0000000000000000000000000000000000000000000000000000000008c379a0
  00380  0000000000000000000000000000000000000000000000000000000000000020
  003a0  0000000000000000000000000000000000000000000000000000000000000026
  003c0  7769746864726177616c20776f756c64206d616b6520746865207661756c7420
  003e0  756e736166650000000000000000000000000000000000000000000000000000
  00400  08c379a000000000000000000000000000000000000000000000000000000000
  00420  0000002000000000000000000000000000000000000000000000000000000000
  00440  0000001573656e643a207472616e73666572206661696c656400000000000000
  00460  0000000008c379a0000000000000000000000000000000000000000000000000
  00480  0000000000000020000000000000000000000000000000000000000000000000
  004a0  000000000000001e626f72726f7720616d6f756e74206d75737420626520706f
  004c0  736974697665000008c379a00000000000000000000000000000000000000000
  004e0  0000000000000000000000200000000000000000000000000000000000000000
  00500  00000000000000000000002a7661756c74206465627420776f756c6420626520
  00520  62656c6f77207468652064757374206d696e696d756d00000000000000000000
  00540  00000000000000000000000008c379a000000000000000000000000000000000
  00560  0000000000000000000000000000002000000000000000000000000000000000
  00580  0000000000000000000000000000001464656274206365696c696e6720726561
  005a0  6368656400000000000000000000000008c379a0000000000000000000000000
  005c0  0000000000000000000000000000000000000020000000000000000000000000
  005e0  00000000000000000000000000000000000000236e6f7420656e6f7567682063
  00600  6f6c6c61746572616c20666f7220746869732064656274000000000000000000
  00620  000000000000000000000000000000000000000008c379a00000000000000000
  00640  0000000000000000000000000000000000000000000000200000000000000000
  00660  00000000000000000000000000000000000000000000002c63616c6c20746f20
  00680  6d696e743a2074686520746172676574206164647265737320686173206e6f20
  006a0  636f6465000000000000000000000000000000000000000008c379a000000000
  006c0  0000000000000000000000000000000000000000000000000000002000000000
  006e0  0000000000000000000000000000000000000000000000000000001d72657061
  00700  7920616d6f756e74206d75737420626520706f73697469766500000008c379a0
  00720  0000000000000000000000000000000000000000000000000000000000000020
  00740  0000000000000000000000000000000000000000000000000000000000000011
  00760  7661756c7420686173206e6f2064656274000000000000000000000000000000
  00780  08c379a000000000000000000000000000000000000000000000000000000000
  007a0  0000002000000000000000000000000000000000000000000000000000000000
  007c0  0000002e72656d61696e696e67206465627420776f756c642062652062656c6f
  007e0  77207468652064757374206d696e696d756d0000000000000000000000000000
  00800  0000000008c379a0000000000000000000000000000000000000000000000000
  00820  0000000000000020000000000000000000000000000000000000000000000000
  00840  000000000000002c63616c6c20746f206275726e3a2074686520746172676574
  00860  206164647265737320686173206e6f20636f6465000000000000000000000000
  00880  000000000000000008c379a00000000000000000000000000000000000000000
  008a0  0000000000000000000000200000000000000000000000000000000000000000
  008c0  00000000000000000000002d63616c6c20746f2070726963653a207468652074
  008e0  6172676574206164647265737320686173206e6f20636f646500000000000000
  00900  00000000000000000000000008c379a000000000000000000000000000000000
  00920  0000000000000000000000000000002000000000000000000000000000000000
  00940  0000000000000000000000000000002063616c6c20746f2070726963653a2073
  00960  686f72742072657475726e206461746108c379a0000000000000000000000000
  00980  0000000000000000000000000000000000000020000000000000000000000000
  009a0  000000000000000000000000000000000000000d7661756c7420697320736166
  009c0  650000000000000000000000000000000000000008c379a00000000000000000
  009e0  0000000000000000000000000000000000000000000000200000000000000000
  00a00  00000000000000000000000000000000000000000000002c63616c6c20746f20
  00a20  6b69636b3a2074686520746172676574206164647265737320686173206e6f20
  00a40  636f6465000000000000000000000000000000000000000008c379a000000000
  00a60  0000000000000000000000000000000000000000000000000000002000000000
  00a80  0000000000000000000000000000000000000000000000000000001f63616c6c
  00aa0  20746f206b69636b3a2073686f72742072657475726e20646174610000000000
  00ac0  000000000000000000000000000000000000000000000000000000046c756d70
  00ae0  0000000000000000000000000000000000000000000000000000000008c379a0
  00b00  0000000000000000000000000000000000000000000000000000000000000020
  00b20  0000000000000000000000000000000000000000000000000000000000000015
  00b40  61756374696f6e206973206e6f74206163746976650000000000000000000000
  00b60  08c379a000000000000000000000000000000000000000000000000000000000
  00b80  0000002000000000000000000000000000000000000000000000000000000000
  00ba0  0000002061756374696f6e2070726963652069732061626f7665206d61785f70
  00bc0  7269636508c379a0000000000000000000000000000000000000000000000000
  00be0  0000000000000020000000000000000000000000000000000000000000000000
  00c00  000000000000000f6e6f7468696e6720746f2074616b65000000000000000000
  00c20  000000000000000008c379a00000000000000000000000000000000000000000
  00c40  0000000000000000000000200000000000000000000000000000000000000000
  00c60  00000000000000000000001763616c6c6572206973206e6f7420746865206f77
  00c80  6e657200000000000000000008c379a000000000000000000000000000000000
  00ca0  0000000000000000000000000000002000000000000000000000000000000000
  00cc0  000000000000000000000000000000276c69717569646174696f6e2072617469
  00ce0  6f206d757374206265206174206c656173742031303025000000000000000000
  00d00  0000000000000000000000000000000008c379a0000000000000000000000000
  00d20  0000000000000000000000000000000000000020000000000000000000000000
  00d40  00000000000000000000000000000000000000286c69717569646174696f6e20
  00d60  70656e616c7479206d757374206265206174206d6f7374203130302500000000
  00d80  000000000000000000000000000000000000000008c379a00000000000000000
  00da0  0000000000000000000000000000000000000000000000200000000000000000
  00dc0  00000000000000000000000000000000000000000000002673746162696c6974
  00de0  79206665652069732061207065722d7365636f6e6420726179203e3d20310000
  00e00  00000000000000000000000000000000000000000000000008c379a000000000
  00e20  0000000000000000000000000000000000000000000000000000002000000000
  00e40  0000000000000000000000000000000000000000000000000000002161756374
  00e60  696f6e206475726174696f6e206d75737420626520706f736974697665000000
  00e80  0000000000000000000000000000000000000000000000000000000008c379a0
  00ea0  0000000000000000000000000000000000000000000000000000000000000020
  00ec0  0000000000000000000000000000000000000000000000000000000000000021
  00ee0  61756374696f6e20627566666572206d757374206265206174206c6561737420
  00f00  3100000000000000000000000000000000000000000000000000000000000000
  00f20  0000000000000000000000000000000000000000000000000000000000000011
  00f40  6c69717569646174696f6e5f726174696f000000000000000000000000000000
  00f60  0000000000000000000000000000000000000000000000000000000000000013
  00f80  6c69717569646174696f6e5f70656e616c747900000000000000000000000000
  00fa0  000000000000000000000000000000000000000000000000000000000000000d
  00fc0  73746162696c6974795f66656500000000000000000000000000000000000000
  00fe0  000000000000000000000000000000000000000000000000000000000000000c
  01000  646562745f6365696c696e670000000000000000000000000000000000000000
  01020  0000000000000000000000000000000000000000000000000000000000000004
  01040  6475737400000000000000000000000000000000000000000000000000000000
  01060  0000000000000000000000000000000000000000000000000000000000000010
  01080  61756374696f6e5f6475726174696f6e00000000000000000000000000000000
  010a0  000000000000000000000000000000000000000000000000000000000000000e
  010c0  61756374696f6e5f627566666572000000000000000000000000000000000000
