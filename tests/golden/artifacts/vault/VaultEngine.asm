; contract VaultEngine
; ---- runtime section (6579 bytes)
    ; vault.coin:43: contract VaultEngine is Owned {
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
  0003f  PUSH @ext_drip_6
  00042  DUP2
  00043  PUSH 0x9f678cca
  00048  EQ
  00049  JUMPI
  0004a  PUSH @ext_deposit_7
  0004d  DUP2
  0004e  PUSH 0xd0e30db0
  00053  EQ
  00054  JUMPI
  00055  PUSH @ext_withdraw_8
  00058  DUP2
  00059  PUSH 0x2e1a7d4d
  0005e  EQ
  0005f  JUMPI
  00060  PUSH @ext_borrow_9
  00063  DUP2
  00064  PUSH 0xc5ebeaec
  00069  EQ
  0006a  JUMPI
  0006b  PUSH @ext_repay_10
  0006e  DUP2
  0006f  PUSH 0x371fd8e6
  00074  EQ
  00075  JUMPI
  00076  PUSH @ext_liquidate_11
  00079  DUP2
  0007a  PUSH 0x2f865568
  0007f  EQ
  00080  JUMPI
  00081  PUSH @ext_take_12
  00084  DUP2
  00085  PUSH 0x3738f1a5
  0008a  EQ
  0008b  JUMPI
  0008c  PUSH @ext_vault_13
  0008f  DUP2
  00090  PUSH 0xf815c03d
  00095  EQ
  00096  JUMPI
  00097  PUSH @ext_debt_of_14
  0009a  DUP2
  0009b  PUSH 0x411e5f75
  000a0  EQ
  000a1  JUMPI
  000a2  PUSH @ext_collateral_of_15
  000a5  DUP2
  000a6  PUSH 0x9f268ce4
  000ab  EQ
  000ac  JUMPI
  000ad  PUSH @ext_collateral_ratio_16
  000b0  DUP2
  000b1  PUSH 0x58312778
  000b6  EQ
  000b7  JUMPI
  000b8  PUSH @ext_is_safe_17
  000bb  DUP2
  000bc  PUSH 0xa683c378
  000c1  EQ
  000c2  JUMPI
  000c3  PUSH @ext_auction_18
  000c6  DUP2
  000c7  PUSH 0x1200617f
  000cc  EQ
  000cd  JUMPI
  000ce  PUSH @ext_auction_price_19
  000d1  DUP2
  000d2  PUSH 0x2e50d338
  000d7  EQ
  000d8  JUMPI
  000d9  PUSH @ext_auctions_started_20
  000dc  DUP2
  000dd  PUSH 0xfe50fbc2
  000e2  EQ
  000e3  JUMPI
  000e4  PUSH @ext_system_debt_21
  000e7  DUP2
  000e8  PUSH 0x88f006a0
  000ed  EQ
  000ee  JUMPI
  000ef  PUSH @ext_vault_debt_22
  000f2  DUP2
  000f3  PUSH 0xbd5a2fa9
  000f8  EQ
  000f9  JUMPI
  000fa  PUSH @ext_get_total_art_23
  000fd  DUP2
  000fe  PUSH 0x605ccb08
  00103  EQ
  00104  JUMPI
  00105  PUSH @ext_get_auction_debt_24
  00108  DUP2
  00109  PUSH 0xed993d45
  0010e  EQ
  0010f  JUMPI
  00110  PUSH @ext_get_bad_debt_25
  00113  DUP2
  00114  PUSH 0xb3c14f28
  00119  EQ
  0011a  JUMPI
  0011b  PUSH @ext_get_surplus_26
  0011e  DUP2
  0011f  PUSH 0x1cd5d36f
  00124  EQ
  00125  JUMPI
  00126  PUSH @ext_get_rate_27
  00129  DUP2
  0012a  PUSH 0x533178e5
  0012f  EQ
  00130  JUMPI
  00131  PUSH @ext_get_coin_28
  00134  DUP2
  00135  PUSH 0x3f4275f6
  0013a  EQ
  0013b  JUMPI
  0013c  PUSH @ext_get_oracle_29
  0013f  DUP2
  00140  PUSH 0x1ec097c6
  00145  EQ
  00146  JUMPI
  00147  PUSH @ext_parameters_30
  0014a  DUP2
  0014b  PUSH 0x89035730
  00150  EQ
  00151  JUMPI
  00152  PUSH0
  00153  PUSH0
  00154  REVERT
fallback_1:
  00155  JUMPDEST
  00156  PUSH0
  00157  PUSH0
  00158  REVERT
ext_get_owner_2:
    ; access.coin:13: pub view fn get_owner() -> address {
  00159  JUMPDEST
  0015a  POP
  0015b  PUSH @novalue_31
  0015e  CALLVALUE
  0015f  ISZERO
  00160  JUMPI
  00161  PUSH0
  00162  PUSH0
  00163  REVERT
novalue_31:
  00164  JUMPDEST
  00165  CALLF @fn_Owned_get_owner
  00168  LSET 0
  0016a  PUSH 32
  0016c  MALLOC
  0016d  LSET 1
  0016f  LGET 1
  00171  LGET 0
  00173  MSTORE
  00174  LGET 1
  00176  PUSH 32
  00178  RETURN
ext_transfer_ownership_3:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00179  JUMPDEST
  0017a  POP
  0017b  PUSH @novalue_32
  0017e  CALLVALUE
  0017f  ISZERO
  00180  JUMPI
  00181  PUSH0
  00182  PUSH0
  00183  REVERT
novalue_32:
  00184  JUMPDEST
  00185  PUSH @bad_input_33
  00188  CALLDATASIZE
  00189  PUSH 36
  0018b  LT
  0018c  JUMPI
  0018d  PUSH 4
  0018f  CALLDATALOAD
  00190  PUSH @bad_input_33
  00193  DUP2
  00194  PUSH 160
  00196  SHR
  00197  JUMPI
  00198  CALLF @fn_Owned_transfer_ownership
  0019b  STOP
ext_set_parameters_4:
    ; vault.coin:87: pub fn set_parameters(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  0019c  JUMPDEST
  0019d  POP
  0019e  PUSH @novalue_34
  001a1  CALLVALUE
  001a2  ISZERO
  001a3  JUMPI
  001a4  PUSH0
  001a5  PUSH0
  001a6  REVERT
novalue_34:
  001a7  JUMPDEST
  001a8  PUSH @bad_input_33
  001ab  CALLDATASIZE
  001ac  PUSH 228
  001ae  LT
  001af  JUMPI
  001b0  PUSH 4
  001b2  CALLDATALOAD
  001b3  PUSH 36
  001b5  CALLDATALOAD
  001b6  PUSH 68
  001b8  CALLDATALOAD
  001b9  PUSH 100
  001bb  CALLDATALOAD
  001bc  PUSH 132
  001be  CALLDATALOAD
  001bf  PUSH 164
  001c1  CALLDATALOAD
  001c2  PUSH 196
  001c4  CALLDATALOAD
  001c5  CALLF @fn_VaultEngine_set_parameters
  001c8  STOP
ext_set_oracle_5:
    ; vault.coin:95: pub fn set_oracle(oracle: address) {
  001c9  JUMPDEST
  001ca  POP
  001cb  PUSH @novalue_35
  001ce  CALLVALUE
  001cf  ISZERO
  001d0  JUMPI
  001d1  PUSH0
  001d2  PUSH0
  001d3  REVERT
novalue_35:
  001d4  JUMPDEST
  001d5  PUSH @bad_input_33
  001d8  CALLDATASIZE
  001d9  PUSH 36
  001db  LT
  001dc  JUMPI
  001dd  PUSH 4
  001df  CALLDATALOAD
  001e0  PUSH @bad_input_33
  001e3  DUP2
  001e4  PUSH 160
  001e6  SHR
  001e7  JUMPI
  001e8  CALLF @fn_VaultEngine_set_oracle
  001eb  STOP
ext_drip_6:
    ; vault.coin:126: pub fn drip() {
  001ec  JUMPDEST
  001ed  POP
  001ee  PUSH @novalue_36
  001f1  CALLVALUE
  001f2  ISZERO
  001f3  JUMPI
  001f4  PUSH0
  001f5  PUSH0
  001f6  REVERT
novalue_36:
  001f7  JUMPDEST
  001f8  CALLF @fn_VaultEngine_drip
  001fb  STOP
ext_deposit_7:
    ; vault.coin:140: pub payable fn deposit() {
  001fc  JUMPDEST
  001fd  POP
  001fe  CALLF @fn_VaultEngine_deposit
  00201  STOP
ext_withdraw_8:
    ; vault.coin:146: pub fn withdraw(amount: uint) {
  00202  JUMPDEST
  00203  POP
  00204  PUSH @novalue_37
  00207  CALLVALUE
  00208  ISZERO
  00209  JUMPI
  0020a  PUSH0
  0020b  PUSH0
  0020c  REVERT
novalue_37:
  0020d  JUMPDEST
  0020e  PUSH @bad_input_33
  00211  CALLDATASIZE
  00212  PUSH 36
  00214  LT
  00215  JUMPI
  00216  PUSH 4
  00218  CALLDATALOAD
  00219  CALLF @fn_VaultEngine_withdraw
  0021c  STOP
ext_borrow_9:
    ; vault.coin:160: pub fn borrow(amount: uint) {
  0021d  JUMPDEST
  0021e  POP
  0021f  PUSH @novalue_38
  00222  CALLVALUE
  00223  ISZERO
  00224  JUMPI
  00225  PUSH0
  00226  PUSH0
  00227  REVERT
novalue_38:
  00228  JUMPDEST
  00229  PUSH @bad_input_33
  0022c  CALLDATASIZE
  0022d  PUSH 36
  0022f  LT
  00230  JUMPI
  00231  PUSH 4
  00233  CALLDATALOAD
  00234  CALLF @fn_VaultEngine_borrow
  00237  STOP
ext_repay_10:
    ; vault.coin:176: pub fn repay(amount: uint) {
  00238  JUMPDEST
  00239  POP
  0023a  PUSH @novalue_39
  0023d  CALLVALUE
  0023e  ISZERO
  0023f  JUMPI
  00240  PUSH0
  00241  PUSH0
  00242  REVERT
novalue_39:
  00243  JUMPDEST
  00244  PUSH @bad_input_33
  00247  CALLDATASIZE
  00248  PUSH 36
  0024a  LT
  0024b  JUMPI
  0024c  PUSH 4
  0024e  CALLDATALOAD
  0024f  CALLF @fn_VaultEngine_repay
  00252  STOP
ext_liquidate_11:
    ; vault.coin:197: pub fn liquidate(owner: address) -> uint {
  00253  JUMPDEST
  00254  POP
  00255  PUSH @novalue_40
  00258  CALLVALUE
  00259  ISZERO
  0025a  JUMPI
  0025b  PUSH0
  0025c  PUSH0
  0025d  REVERT
novalue_40:
  0025e  JUMPDEST
  0025f  PUSH @bad_input_33
  00262  CALLDATASIZE
  00263  PUSH 36
  00265  LT
  00266  JUMPI
  00267  PUSH 4
  00269  CALLDATALOAD
  0026a  PUSH @bad_input_33
  0026d  DUP2
  0026e  PUSH 160
  00270  SHR
  00271  JUMPI
  00272  CALLF @fn_VaultEngine_liquidate
  00275  LSET 0
  00277  PUSH 32
  00279  MALLOC
  0027a  LSET 1
  0027c  LGET 1
  0027e  LGET 0
  00280  MSTORE
  00281  LGET 1
  00283  PUSH 32
  00285  RETURN
ext_take_12:
    ; vault.coin:219: pub fn take(id: uint, max_collateral: uint, max_price: uint) -> uint {
  00286  JUMPDEST
  00287  POP
  00288  PUSH @novalue_41
  0028b  CALLVALUE
  0028c  ISZERO
  0028d  JUMPI
  0028e  PUSH0
  0028f  PUSH0
  00290  REVERT
novalue_41:
  00291  JUMPDEST
  00292  PUSH @bad_input_33
  00295  CALLDATASIZE
  00296  PUSH 100
  00298  LT
  00299  JUMPI
  0029a  PUSH 4
  0029c  CALLDATALOAD
  0029d  PUSH 36
  0029f  CALLDATALOAD
  002a0  PUSH 68
  002a2  CALLDATALOAD
  002a3  CALLF @fn_VaultEngine_take
  002a6  LSET 0
  002a8  PUSH 32
  002aa  MALLOC
  002ab  LSET 1
  002ad  LGET 1
  002af  LGET 0
  002b1  MSTORE
  002b2  LGET 1
  002b4  PUSH 32
  002b6  RETURN
ext_vault_13:
    ; vault.coin:269: pub view fn vault(owner: address) -> Vault {
  002b7  JUMPDEST
  002b8  POP
  002b9  PUSH @novalue_42
  002bc  CALLVALUE
  002bd  ISZERO
  002be  JUMPI
  002bf  PUSH0
  002c0  PUSH0
  002c1  REVERT
novalue_42:
  002c2  JUMPDEST
  002c3  PUSH @bad_input_33
  002c6  CALLDATASIZE
  002c7  PUSH 36
  002c9  LT
  002ca  JUMPI
  002cb  PUSH 4
  002cd  CALLDATALOAD
  002ce  PUSH @bad_input_33
  002d1  DUP2
  002d2  PUSH 160
  002d4  SHR
  002d5  JUMPI
  002d6  CALLF @fn_VaultEngine_vault
  002d9  LSET 1
  002db  LSET 0
  002dd  PUSH 64
  002df  MALLOC
  002e0  LSET 2
  002e2  LGET 2
  002e4  LGET 0
  002e6  MSTORE
  002e7  LGET 2
  002e9  PUSH 32
  002eb  ADD
  002ec  LGET 1
  002ee  MSTORE
  002ef  LGET 2
  002f1  PUSH 64
  002f3  RETURN
ext_debt_of_14:
    ; vault.coin:273: pub view fn debt_of(owner: address) -> uint {
  002f4  JUMPDEST
  002f5  POP
  002f6  PUSH @novalue_43
  002f9  CALLVALUE
  002fa  ISZERO
  002fb  JUMPI
  002fc  PUSH0
  002fd  PUSH0
  002fe  REVERT
novalue_43:
  002ff  JUMPDEST
  00300  PUSH @bad_input_33
  00303  CALLDATASIZE
  00304  PUSH 36
  00306  LT
  00307  JUMPI
  00308  PUSH 4
  0030a  CALLDATALOAD
  0030b  PUSH @bad_input_33
  0030e  DUP2
  0030f  PUSH 160
  00311  SHR
  00312  JUMPI
  00313  CALLF @fn_VaultEngine_debt_of
  00316  LSET 0
  00318  PUSH 32
  0031a  MALLOC
  0031b  LSET 1
  0031d  LGET 1
  0031f  LGET 0
  00321  MSTORE
  00322  LGET 1
  00324  PUSH 32
  00326  RETURN
ext_collateral_of_15:
    ; vault.coin:277: pub view fn collateral_of(owner: address) -> uint {
  00327  JUMPDEST
  00328  POP
  00329  PUSH @novalue_44
  0032c  CALLVALUE
  0032d  ISZERO
  0032e  JUMPI
  0032f  PUSH0
  00330  PUSH0
  00331  REVERT
novalue_44:
  00332  JUMPDEST
  00333  PUSH @bad_input_33
  00336  CALLDATASIZE
  00337  PUSH 36
  00339  LT
  0033a  JUMPI
  0033b  PUSH 4
  0033d  CALLDATALOAD
  0033e  PUSH @bad_input_33
  00341  DUP2
  00342  PUSH 160
  00344  SHR
  00345  JUMPI
  00346  CALLF @fn_VaultEngine_collateral_of
  00349  LSET 0
  0034b  PUSH 32
  0034d  MALLOC
  0034e  LSET 1
  00350  LGET 1
  00352  LGET 0
  00354  MSTORE
  00355  LGET 1
  00357  PUSH 32
  00359  RETURN
ext_collateral_ratio_16:
    ; vault.coin:282: pub view fn collateral_ratio(owner: address) -> uint {
  0035a  JUMPDEST
  0035b  POP
  0035c  PUSH @novalue_45
  0035f  CALLVALUE
  00360  ISZERO
  00361  JUMPI
  00362  PUSH0
  00363  PUSH0
  00364  REVERT
novalue_45:
  00365  JUMPDEST
  00366  PUSH @bad_input_33
  00369  CALLDATASIZE
  0036a  PUSH 36
  0036c  LT
  0036d  JUMPI
  0036e  PUSH 4
  00370  CALLDATALOAD
  00371  PUSH @bad_input_33
  00374  DUP2
  00375  PUSH 160
  00377  SHR
  00378  JUMPI
  00379  CALLF @fn_VaultEngine_collateral_ratio
  0037c  LSET 0
  0037e  PUSH 32
  00380  MALLOC
  00381  LSET 1
  00383  LGET 1
  00385  LGET 0
  00387  MSTORE
  00388  LGET 1
  0038a  PUSH 32
  0038c  RETURN
ext_is_safe_17:
    ; vault.coin:290: pub view fn is_safe(owner: address) -> bool {
  0038d  JUMPDEST
  0038e  POP
  0038f  PUSH @novalue_46
  00392  CALLVALUE
  00393  ISZERO
  00394  JUMPI
  00395  PUSH0
  00396  PUSH0
  00397  REVERT
novalue_46:
  00398  JUMPDEST
  00399  PUSH @bad_input_33
  0039c  CALLDATASIZE
  0039d  PUSH 36
  0039f  LT
  003a0  JUMPI
  003a1  PUSH 4
  003a3  CALLDATALOAD
  003a4  PUSH @bad_input_33
  003a7  DUP2
  003a8  PUSH 160
  003aa  SHR
  003ab  JUMPI
  003ac  CALLF @fn_VaultEngine_is_safe
  003af  LSET 0
  003b1  PUSH 32
  003b3  MALLOC
  003b4  LSET 1
  003b6  LGET 1
  003b8  LGET 0
  003ba  MSTORE
  003bb  LGET 1
  003bd  PUSH 32
  003bf  RETURN
ext_auction_18:
    ; vault.coin:295: pub view fn auction(id: uint) -> Auction {
  003c0  JUMPDEST
  003c1  POP
  003c2  PUSH @novalue_47
  003c5  CALLVALUE
  003c6  ISZERO
  003c7  JUMPI
  003c8  PUSH0
  003c9  PUSH0
  003ca  REVERT
novalue_47:
  003cb  JUMPDEST
  003cc  PUSH @bad_input_33
  003cf  CALLDATASIZE
  003d0  PUSH 36
  003d2  LT
  003d3  JUMPI
  003d4  PUSH 4
  003d6  CALLDATALOAD
  003d7  CALLF @fn_VaultEngine_auction
  003da  LSET 6
  003dc  LSET 5
  003de  LSET 4
  003e0  LSET 3
  003e2  LSET 2
  003e4  LSET 1
  003e6  LSET 0
  003e8  PUSH 224
  003ea  MALLOC
  003eb  LSET 7
  003ed  LGET 7
  003ef  LGET 0
  003f1  MSTORE
  003f2  LGET 7
  003f4  PUSH 32
  003f6  ADD
  003f7  LGET 1
  003f9  MSTORE
  003fa  LGET 7
  003fc  PUSH 64
  003fe  ADD
  003ff  LGET 2
  00401  MSTORE
  00402  LGET 7
  00404  PUSH 96
  00406  ADD
  00407  LGET 3
  00409  MSTORE
  0040a  LGET 7
  0040c  PUSH 128
  0040e  ADD
  0040f  LGET 4
  00411  MSTORE
  00412  LGET 7
  00414  PUSH 160
  00416  ADD
  00417  LGET 5
  00419  MSTORE
  0041a  LGET 7
  0041c  PUSH 192
  0041e  ADD
  0041f  LGET 6
  00421  MSTORE
  00422  LGET 7
  00424  PUSH 224
  00426  RETURN
ext_auction_price_19:
    ; vault.coin:299: pub view fn auction_price(id: uint) -> uint {
  00427  JUMPDEST
  00428  POP
  00429  PUSH @novalue_48
  0042c  CALLVALUE
  0042d  ISZERO
  0042e  JUMPI
  0042f  PUSH0
  00430  PUSH0
  00431  REVERT
novalue_48:
  00432  JUMPDEST
  00433  PUSH @bad_input_33
  00436  CALLDATASIZE
  00437  PUSH 36
  00439  LT
  0043a  JUMPI
  0043b  PUSH 4
  0043d  CALLDATALOAD
  0043e  CALLF @fn_VaultEngine_auction_price
  00441  LSET 0
  00443  PUSH 32
  00445  MALLOC
  00446  LSET 1
  00448  LGET 1
  0044a  LGET 0
  0044c  MSTORE
  0044d  LGET 1
  0044f  PUSH 32
  00451  RETURN
ext_auctions_started_20:
    ; vault.coin:305: pub view fn auctions_started() -> uint {
  00452  JUMPDEST
  00453  POP
  00454  PUSH @novalue_49
  00457  CALLVALUE
  00458  ISZERO
  00459  JUMPI
  0045a  PUSH0
  0045b  PUSH0
  0045c  REVERT
novalue_49:
  0045d  JUMPDEST
  0045e  CALLF @fn_VaultEngine_auctions_started
  00461  LSET 0
  00463  PUSH 32
  00465  MALLOC
  00466  LSET 1
  00468  LGET 1
  0046a  LGET 0
  0046c  MSTORE
  0046d  LGET 1
  0046f  PUSH 32
  00471  RETURN
ext_system_debt_21:
    ; vault.coin:310: pub view fn system_debt() -> uint {
  00472  JUMPDEST
  00473  POP
  00474  PUSH @novalue_50
  00477  CALLVALUE
  00478  ISZERO
  00479  JUMPI
  0047a  PUSH0
  0047b  PUSH0
  0047c  REVERT
novalue_50:
  0047d  JUMPDEST
  0047e  CALLF @fn_VaultEngine_system_debt
  00481  LSET 0
  00483  PUSH 32
  00485  MALLOC
  00486  LSET 1
  00488  LGET 1
  0048a  LGET 0
  0048c  MSTORE
  0048d  LGET 1
  0048f  PUSH 32
  00491  RETURN
ext_vault_debt_22:
    ; vault.coin:314: pub view fn vault_debt() -> uint {
  00492  JUMPDEST
  00493  POP
  00494  PUSH @novalue_51
  00497  CALLVALUE
  00498  ISZERO
  00499  JUMPI
  0049a  PUSH0
  0049b  PUSH0
  0049c  REVERT
novalue_51:
  0049d  JUMPDEST
  0049e  CALLF @fn_VaultEngine_vault_debt
  004a1  LSET 0
  004a3  PUSH 32
  004a5  MALLOC
  004a6  LSET 1
  004a8  LGET 1
  004aa  LGET 0
  004ac  MSTORE
  004ad  LGET 1
  004af  PUSH 32
  004b1  RETURN
ext_get_total_art_23:
    ; vault.coin:318: pub view fn get_total_art() -> uint {
  004b2  JUMPDEST
  004b3  POP
  004b4  PUSH @novalue_52
  004b7  CALLVALUE
  004b8  ISZERO
  004b9  JUMPI
  004ba  PUSH0
  004bb  PUSH0
  004bc  REVERT
novalue_52:
  004bd  JUMPDEST
  004be  CALLF @fn_VaultEngine_get_total_art
  004c1  LSET 0
  004c3  PUSH 32
  004c5  MALLOC
  004c6  LSET 1
  004c8  LGET 1
  004ca  LGET 0
  004cc  MSTORE
  004cd  LGET 1
  004cf  PUSH 32
  004d1  RETURN
ext_get_auction_debt_24:
    ; vault.coin:322: pub view fn get_auction_debt() -> uint {
  004d2  JUMPDEST
  004d3  POP
  004d4  PUSH @novalue_53
  004d7  CALLVALUE
  004d8  ISZERO
  004d9  JUMPI
  004da  PUSH0
  004db  PUSH0
  004dc  REVERT
novalue_53:
  004dd  JUMPDEST
  004de  CALLF @fn_VaultEngine_get_auction_debt
  004e1  LSET 0
  004e3  PUSH 32
  004e5  MALLOC
  004e6  LSET 1
  004e8  LGET 1
  004ea  LGET 0
  004ec  MSTORE
  004ed  LGET 1
  004ef  PUSH 32
  004f1  RETURN
ext_get_bad_debt_25:
    ; vault.coin:326: pub view fn get_bad_debt() -> uint {
  004f2  JUMPDEST
  004f3  POP
  004f4  PUSH @novalue_54
  004f7  CALLVALUE
  004f8  ISZERO
  004f9  JUMPI
  004fa  PUSH0
  004fb  PUSH0
  004fc  REVERT
novalue_54:
  004fd  JUMPDEST
  004fe  CALLF @fn_VaultEngine_get_bad_debt
  00501  LSET 0
  00503  PUSH 32
  00505  MALLOC
  00506  LSET 1
  00508  LGET 1
  0050a  LGET 0
  0050c  MSTORE
  0050d  LGET 1
  0050f  PUSH 32
  00511  RETURN
ext_get_surplus_26:
    ; vault.coin:330: pub view fn get_surplus() -> uint {
  00512  JUMPDEST
  00513  POP
  00514  PUSH @novalue_55
  00517  CALLVALUE
  00518  ISZERO
  00519  JUMPI
  0051a  PUSH0
  0051b  PUSH0
  0051c  REVERT
novalue_55:
  0051d  JUMPDEST
  0051e  CALLF @fn_VaultEngine_get_surplus
  00521  LSET 0
  00523  PUSH 32
  00525  MALLOC
  00526  LSET 1
  00528  LGET 1
  0052a  LGET 0
  0052c  MSTORE
  0052d  LGET 1
  0052f  PUSH 32
  00531  RETURN
ext_get_rate_27:
    ; vault.coin:334: pub view fn get_rate() -> uint {
  00532  JUMPDEST
  00533  POP
  00534  PUSH @novalue_56
  00537  CALLVALUE
  00538  ISZERO
  00539  JUMPI
  0053a  PUSH0
  0053b  PUSH0
  0053c  REVERT
novalue_56:
  0053d  JUMPDEST
  0053e  CALLF @fn_VaultEngine_get_rate
  00541  LSET 0
  00543  PUSH 32
  00545  MALLOC
  00546  LSET 1
  00548  LGET 1
  0054a  LGET 0
  0054c  MSTORE
  0054d  LGET 1
  0054f  PUSH 32
  00551  RETURN
ext_get_coin_28:
    ; vault.coin:338: pub view fn get_coin() -> address {
  00552  JUMPDEST
  00553  POP
  00554  PUSH @novalue_57
  00557  CALLVALUE
  00558  ISZERO
  00559  JUMPI
  0055a  PUSH0
  0055b  PUSH0
  0055c  REVERT
novalue_57:
  0055d  JUMPDEST
  0055e  CALLF @fn_VaultEngine_get_coin
  00561  LSET 0
  00563  PUSH 32
  00565  MALLOC
  00566  LSET 1
  00568  LGET 1
  0056a  LGET 0
  0056c  MSTORE
  0056d  LGET 1
  0056f  PUSH 32
  00571  RETURN
ext_get_oracle_29:
    ; vault.coin:342: pub view fn get_oracle() -> address {
  00572  JUMPDEST
  00573  POP
  00574  PUSH @novalue_58
  00577  CALLVALUE
  00578  ISZERO
  00579  JUMPI
  0057a  PUSH0
  0057b  PUSH0
  0057c  REVERT
novalue_58:
  0057d  JUMPDEST
  0057e  CALLF @fn_VaultEngine_get_oracle
  00581  LSET 0
  00583  PUSH 32
  00585  MALLOC
  00586  LSET 1
  00588  LGET 1
  0058a  LGET 0
  0058c  MSTORE
  0058d  LGET 1
  0058f  PUSH 32
  00591  RETURN
ext_parameters_30:
    ; vault.coin:346: pub view fn parameters() -> Parameters {
  00592  JUMPDEST
  00593  POP
  00594  PUSH @novalue_59
  00597  CALLVALUE
  00598  ISZERO
  00599  JUMPI
  0059a  PUSH0
  0059b  PUSH0
  0059c  REVERT
novalue_59:
  0059d  JUMPDEST
  0059e  CALLF @fn_VaultEngine_parameters
  005a1  LSET 6
  005a3  LSET 5
  005a5  LSET 4
  005a7  LSET 3
  005a9  LSET 2
  005ab  LSET 1
  005ad  LSET 0
  005af  PUSH 224
  005b1  MALLOC
  005b2  LSET 7
  005b4  LGET 7
  005b6  LGET 0
  005b8  MSTORE
  005b9  LGET 7
  005bb  PUSH 32
  005bd  ADD
  005be  LGET 1
  005c0  MSTORE
  005c1  LGET 7
  005c3  PUSH 64
  005c5  ADD
  005c6  LGET 2
  005c8  MSTORE
  005c9  LGET 7
  005cb  PUSH 96
  005cd  ADD
  005ce  LGET 3
  005d0  MSTORE
  005d1  LGET 7
  005d3  PUSH 128
  005d5  ADD
  005d6  LGET 4
  005d8  MSTORE
  005d9  LGET 7
  005db  PUSH 160
  005dd  ADD
  005de  LGET 5
  005e0  MSTORE
  005e1  LGET 7
  005e3  PUSH 192
  005e5  ADD
  005e6  LGET 6
  005e8  MSTORE
  005e9  LGET 7
  005eb  PUSH 224
  005ed  RETURN
bad_input_33:
    ; vault.coin:43: contract VaultEngine is Owned {
  005ee  JUMPDEST
  005ef  PUSH0
  005f0  PUSH0
  005f1  REVERT
fn_Owned_get_owner:
    ; access.coin:13: pub view fn get_owner() -> address {
  005f2  ENTER 0
    ; access.coin:14: return self.owner
  005f4  PUSH 0
  005f5  SLOAD
  005f6  RETF
  005f7  INVALID
fn_Owned_transfer_ownership:
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  005f8  ENTER 2
  005fa  LSET 0
    ; access.coin:18: self.only_owner()
  005fc  CALLF @fn_Owned_only_owner
    ; access.coin:19: require(next != address(0), "owner cannot be the zero address")
  005ff  PUSH @req_ok_60
  00602  LGET 0
  00604  PUSH 0
  00605  EQ
  00606  ISZERO
  00607  JUMPI
  00608  PUSH 100
  0060a  MALLOC
  0060b  DUP1
  0060c  PUSH 0
  0060d  PUSH 100
  0060f  DATACOPY
  00610  PUSH 100
  00612  REVERT
req_ok_60:
  00613  JUMPDEST
    ; access.coin:20: emit OwnershipTransferred(self.owner, next)
  00614  PUSH 0
  00615  SLOAD
  00616  LSET 1
  00618  PUSH0
  00619  PUSH0
  0061a  PUSH 0x8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0
  0063b  LGET 1
  0063d  LGET 0
  0063f  LOG3
    ; access.coin:21: self.owner = next
  00640  PUSH 0
  00641  LGET 0
  00643  SSTORE
    ; access.coin:17: pub fn transfer_ownership(next: address) {
  00644  RETF
fn_VaultEngine_set_parameters:
    ; vault.coin:87: pub fn set_parameters(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  00645  ENTER 7
  00647  LSET 6
  00649  LSET 5
  0064b  LSET 4
  0064d  LSET 3
  0064f  LSET 2
  00651  LSET 1
  00653  LSET 0
    ; vault.coin:89: self.only_owner()
  00655  CALLF @fn_Owned_only_owner
    ; vault.coin:90: self.drip()
  00658  CALLF @fn_VaultEngine_drip
    ; vault.coin:91: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  0065b  LGET 0
  0065d  LGET 1
  0065f  LGET 2
  00661  LGET 3
  00663  LGET 4
    ; vault.coin:92: auction_duration, auction_buffer)
  00665  LGET 5
  00667  LGET 6
    ; vault.coin:91: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00669  CALLF @fn_VaultEngine_set_all
    ; vault.coin:87: pub fn set_parameters(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  0066c  RETF
fn_VaultEngine_set_oracle:
    ; vault.coin:95: pub fn set_oracle(oracle: address) {
  0066d  ENTER 7
  0066f  LSET 0
    ; vault.coin:96: self.only_owner()
  00671  CALLF @fn_Owned_only_owner
    ; vault.coin:97: self.oracle = oracle
  00674  PUSH 2
  00676  LGET 0
  00678  SSTORE
    ; vault.coin:98: emit ParameterSet("oracle", uint(oracle))
  00679  PUSH 64
  0067b  MALLOC
  0067c  DUP1
  0067d  PUSH 100
  0067f  PUSH 64
  00681  DATACOPY
  00682  LSET 1
  00684  LGET 0
  00686  LSET 2
  00688  PUSH 64
  0068a  LGET 1
  0068c  MLOAD
  0068d  PUSH 31
  0068f  ADD
  00690  PUSH 5
  00692  SHR
  00693  PUSH 5
  00695  SHL
  00696  PUSH 32
  00698  ADD
  00699  ADD
  0069a  LSET 3
  0069c  LGET 3
  0069e  MALLOC
  0069f  LSET 4
  006a1  PUSH 64
  006a3  LSET 5
  006a5  LGET 4
  006a7  PUSH 0
  006a8  ADD
  006a9  LGET 5
  006ab  MSTORE
  006ac  LGET 4
  006ae  PUSH 0
  006af  ADD
  006b0  LGET 5
  006b2  ADD
  006b3  LGET 1
  006b5  LGET 1
  006b7  MLOAD
  006b8  PUSH 31
  006ba  ADD
  006bb  PUSH 5
  006bd  SHR
  006be  PUSH 5
  006c0  SHL
  006c1  PUSH 32
  006c3  ADD
  006c4  DUP1
  006c5  LSET 6
  006c7  MCOPY
  006c8  LGET 5
  006ca  LGET 6
  006cc  ADD
  006cd  LSET 5
  006cf  LGET 4
  006d1  PUSH 32
  006d3  ADD
  006d4  LGET 2
  006d6  MSTORE
  006d7  LGET 4
  006d9  LGET 3
  006db  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  006fc  LOG1
    ; vault.coin:95: pub fn set_oracle(oracle: address) {
  006fd  RETF
fn_VaultEngine_drip:
    ; vault.coin:126: pub fn drip() {
  006fe  ENTER 4
    ; vault.coin:127: let now = block.timestamp
  00700  TIMESTAMP
  00701  LSET 0
    ; vault.coin:128: if now == self.rho {
  00703  PUSH @else_61
  00706  LGET 0
  00708  PUSH 11
  0070a  SLOAD
  0070b  EQ
  0070c  ISZERO
  0070d  JUMPI
    ; vault.coin:129: return
  0070e  RETF
else_61:
  0070f  JUMPDEST
    ; vault.coin:131: let next = mul_div(self.rate, rpow(self.stability_fee, now - self.rho, RAY), RAY)
  00710  PUSH 10
  00712  SLOAD
  00713  PUSH 5
  00715  SLOAD
  00716  LGET 0
  00718  PUSH 11
  0071a  SLOAD
  0071b  CSUB
  0071c  PUSH 0x33b2e3c9fd0803ce8000000
  00729  CALLF @fn__rpow
  0072c  PUSH 0x33b2e3c9fd0803ce8000000
  00739  MULDIV
  0073a  LSET 1
    ; vault.coin:132: let fees = mul_div(self.total_art, next - self.rate, RAY)
  0073c  PUSH 12
  0073e  SLOAD
  0073f  LGET 1
  00741  PUSH 10
  00743  SLOAD
  00744  CSUB
  00745  PUSH 0x33b2e3c9fd0803ce8000000
  00752  MULDIV
  00753  LSET 2
    ; vault.coin:133: self.rate = next
  00755  PUSH 10
  00757  LGET 1
  00759  SSTORE
    ; vault.coin:134: self.rho = now
  0075a  PUSH 11
  0075c  LGET 0
  0075e  SSTORE
    ; vault.coin:135: self.surplus += fees
  0075f  PUSH 15
  00761  DUP1
  00762  SLOAD
  00763  LGET 2
  00765  CADD
  00766  SSTORE
    ; vault.coin:136: emit Drip(next, fees)
  00767  PUSH 64
  00769  MALLOC
  0076a  LSET 3
  0076c  LGET 3
  0076e  LGET 1
  00770  MSTORE
  00771  LGET 3
  00773  PUSH 32
  00775  ADD
  00776  LGET 2
  00778  MSTORE
  00779  LGET 3
  0077b  PUSH 64
  0077d  PUSH 0xad1e8a53178522eb68a9d94d862bf30c841f709d2115f743eb6b34528751c79f
  0079e  LOG1
    ; vault.coin:126: pub fn drip() {
  0079f  RETF
fn_VaultEngine_deposit:
    ; vault.coin:140: pub payable fn deposit() {
  007a0  ENTER 3
    ; vault.coin:141: require(msg.value > 0, "deposit must be positive")
  007a2  PUSH @req_ok_62
  007a5  CALLVALUE
  007a6  PUSH 0
  007a7  GT
  007a8  JUMPI
  007a9  PUSH 100
  007ab  MALLOC
  007ac  DUP1
  007ad  PUSH 164
  007af  PUSH 100
  007b1  DATACOPY
  007b2  PUSH 100
  007b4  REVERT
req_ok_62:
  007b5  JUMPDEST
    ; vault.coin:142: self.vaults[msg.sender].collateral += msg.value
  007b6  PUSH0
  007b7  CALLER
  007b8  MSTORE
  007b9  PUSH 32
  007bb  PUSH 16
  007bd  MSTORE
  007be  PUSH0
  007bf  PUSH 64
  007c1  KECCAK256
  007c2  DUP1
  007c3  SLOAD
  007c4  CALLVALUE
  007c5  CADD
  007c6  SSTORE
    ; vault.coin:143: emit Deposit(msg.sender, msg.value)
  007c7  CALLER
  007c8  LSET 0
  007ca  CALLVALUE
  007cb  LSET 1
  007cd  PUSH 32
  007cf  MALLOC
  007d0  LSET 2
  007d2  LGET 2
  007d4  LGET 1
  007d6  MSTORE
  007d7  LGET 2
  007d9  PUSH 32
  007db  PUSH 0xe1fffcc4923d04b559f4d29a8bfc6cda04eb5b0d3c460751c2402c5c5cc9109c
  007fc  LGET 0
  007fe  LOG2
    ; vault.coin:140: pub payable fn deposit() {
  007ff  RETF
fn_VaultEngine_withdraw:
    ; vault.coin:146: pub fn withdraw(amount: uint) {
  00800  ENTER 5
  00802  LSET 0
    ; vault.coin:147: self.drip()
  00804  CALLF @fn_VaultEngine_drip
    ; vault.coin:148: let v = self.vaults[msg.sender]
  00807  PUSH0
  00808  CALLER
  00809  MSTORE
  0080a  PUSH 32
  0080c  PUSH 16
  0080e  MSTORE
  0080f  PUSH0
  00810  PUSH 64
  00812  KECCAK256
  00813  LSET 3
  00815  LGET 3
  00817  SLOAD
  00818  LGET 3
  0081a  PUSH 1
  0081c  ADD
  0081d  SLOAD
  0081e  LSET 2
  00820  LSET 1
    ; vault.coin:149: require(amount > 0, "withdraw amount must be positive")
  00822  PUSH @req_ok_63
  00825  LGET 0
  00827  PUSH 0
  00828  GT
  00829  JUMPI
  0082a  PUSH 100
  0082c  MALLOC
  0082d  DUP1
  0082e  PUSH 264
  00831  PUSH 100
  00833  DATACOPY
  00834  PUSH 100
  00836  REVERT
req_ok_63:
  00837  JUMPDEST
    ; vault.coin:150: require(amount <= v.collateral, "withdraw amount exceeds collateral")
  00838  PUSH @req_ok_64
  0083b  LGET 0
  0083d  LGET 1
  0083f  GT
  00840  ISZERO
  00841  JUMPI
  00842  PUSH 132
  00844  MALLOC
  00845  DUP1
  00846  PUSH 364
  00849  PUSH 132
  0084b  DATACOPY
  0084c  PUSH 132
  0084e  REVERT
req_ok_64:
  0084f  JUMPDEST
    ; vault.coin:151: v.collateral -= amount
  00850  LGET 1
  00852  LGET 0
  00854  CSUB
  00855  LSET 1
    ; vault.coin:152: if v.art > 0 {
  00857  PUSH @else_65
  0085a  LGET 2
  0085c  PUSH 0
  0085d  GT
  0085e  ISZERO
  0085f  JUMPI
    ; vault.coin:153: require(self.safe(v.collateral, self.debt(v.art)), "withdrawal would make the vault unsafe")
  00860  PUSH @req_ok_66
  00863  LGET 1
  00865  LGET 2
  00867  CALLF @fn_VaultEngine_debt
  0086a  CALLF @fn_VaultEngine_safe
  0086d  JUMPI
  0086e  PUSH 132
  00870  MALLOC
  00871  DUP1
  00872  PUSH 496
  00875  PUSH 132
  00877  DATACOPY
  00878  PUSH 132
  0087a  REVERT
req_ok_66:
  0087b  JUMPDEST
else_65:
  0087c  JUMPDEST
    ; vault.coin:155: self.vaults[msg.sender] = v
  0087d  LGET 1
  0087f  LGET 2
  00881  PUSH0
  00882  CALLER
  00883  MSTORE
  00884  PUSH 32
  00886  PUSH 16
  00888  MSTORE
  00889  PUSH0
  0088a  PUSH 64
  0088c  KECCAK256
  0088d  LSET 3
  0088f  LGET 3
  00891  PUSH 1
  00893  ADD
  00894  SWAP1
  00895  SSTORE
  00896  LGET 3
  00898  SWAP1
  00899  SSTORE
    ; vault.coin:156: send(msg.sender, amount)
  0089a  CALLER
  0089b  LSET 3
  0089d  LGET 0
  0089f  LSET 4
  008a1  PUSH @send_ok_67
  008a4  GAS
  008a5  LGET 3
  008a7  LGET 4
  008a9  PUSH0
  008aa  PUSH0
  008ab  PUSH0
  008ac  PUSH0
  008ad  CALL
  008ae  JUMPI
  008af  PUSH @send_fail_68
  008b2  RETURNDATASIZE
  008b3  ISZERO
  008b4  JUMPI
  008b5  RETURNDATASIZE
  008b6  MALLOC
  008b7  DUP1
  008b8  PUSH0
  008b9  RETURNDATASIZE
  008ba  RETURNDATACOPY
  008bb  RETURNDATASIZE
  008bc  REVERT
send_fail_68:
  008bd  JUMPDEST
  008be  PUSH 100
  008c0  MALLOC
  008c1  DUP1
  008c2  PUSH 628
  008c5  PUSH 100
  008c7  DATACOPY
  008c8  PUSH 100
  008ca  REVERT
send_ok_67:
  008cb  JUMPDEST
    ; vault.coin:157: emit Withdraw(msg.sender, amount)
  008cc  CALLER
  008cd  LSET 3
  008cf  PUSH 32
  008d1  MALLOC
  008d2  LSET 4
  008d4  LGET 4
  008d6  LGET 0
  008d8  MSTORE
  008d9  LGET 4
  008db  PUSH 32
  008dd  PUSH 0x884edad9ce6fa2440d8a54cc123490eb96d2768479d49ff9c7366125a9424364
  008fe  LGET 3
  00900  LOG2
    ; vault.coin:146: pub fn withdraw(amount: uint) {
  00901  RETF
fn_VaultEngine_borrow:
    ; vault.coin:160: pub fn borrow(amount: uint) {
  00902  ENTER 9
  00904  LSET 0
    ; vault.coin:161: self.drip()
  00906  CALLF @fn_VaultEngine_drip
    ; vault.coin:162: require(amount > 0, "borrow amount must be positive")
  00909  PUSH @req_ok_69
  0090c  LGET 0
  0090e  PUSH 0
  0090f  GT
  00910  JUMPI
  00911  PUSH 100
  00913  MALLOC
  00914  DUP1
  00915  PUSH 728
  00918  PUSH 100
  0091a  DATACOPY
  0091b  PUSH 100
  0091d  REVERT
req_ok_69:
  0091e  JUMPDEST
    ; vault.coin:163: let v = self.vaults[msg.sender]
  0091f  PUSH0
  00920  CALLER
  00921  MSTORE
  00922  PUSH 32
  00924  PUSH 16
  00926  MSTORE
  00927  PUSH0
  00928  PUSH 64
  0092a  KECCAK256
  0092b  LSET 5
  0092d  LGET 5
  0092f  SLOAD
  00930  LGET 5
  00932  PUSH 1
  00934  ADD
  00935  SLOAD
  00936  LSET 2
  00938  LSET 1
    ; vault.coin:164: let added = ceil_div(amount * RAY, self.rate)
  0093a  LGET 0
  0093c  PUSH 0x33b2e3c9fd0803ce8000000
  00949  CMUL
  0094a  PUSH 10
  0094c  SLOAD
  0094d  CALLF @fn__ceil_div
  00950  LSET 3
    ; vault.coin:165: v.art += added
  00952  LGET 2
  00954  LGET 3
  00956  CADD
  00957  LSET 2
    ; vault.coin:166: let debt = self.debt(v.art)
  00959  LGET 2
  0095b  CALLF @fn_VaultEngine_debt
  0095e  LSET 4
    ; vault.coin:167: require(debt >= self.dust, "vault debt would be below the dust minimum")
  00960  PUSH @req_ok_70
  00963  LGET 4
  00965  PUSH 7
  00967  SLOAD
  00968  LT
  00969  ISZERO
  0096a  JUMPI
  0096b  PUSH 132
  0096d  MALLOC
  0096e  DUP1
  0096f  PUSH 828
  00972  PUSH 132
  00974  DATACOPY
  00975  PUSH 132
  00977  REVERT
req_ok_70:
  00978  JUMPDEST
    ; vault.coin:168: require(self.debt(self.total_art + added) <= self.debt_ceiling, "debt ceiling reached")
  00979  PUSH @req_ok_71
  0097c  PUSH 12
  0097e  SLOAD
  0097f  LGET 3
  00981  CADD
  00982  CALLF @fn_VaultEngine_debt
  00985  PUSH 6
  00987  SLOAD
  00988  GT
  00989  ISZERO
  0098a  JUMPI
  0098b  PUSH 100
  0098d  MALLOC
  0098e  DUP1
  0098f  PUSH 960
  00992  PUSH 100
  00994  DATACOPY
  00995  PUSH 100
  00997  REVERT
req_ok_71:
  00998  JUMPDEST
    ; vault.coin:169: require(self.safe(v.collateral, debt), "not enough collateral for this debt")
  00999  PUSH @req_ok_72
  0099c  LGET 1
  0099e  LGET 4
  009a0  CALLF @fn_VaultEngine_safe
  009a3  JUMPI
  009a4  PUSH 132
  009a6  MALLOC
  009a7  DUP1
  009a8  PUSH 1060
  009ab  PUSH 132
  009ad  DATACOPY
  009ae  PUSH 132
  009b0  REVERT
req_ok_72:
  009b1  JUMPDEST
    ; vault.coin:170: self.vaults[msg.sender] = v
  009b2  LGET 1
  009b4  LGET 2
  009b6  PUSH0
  009b7  CALLER
  009b8  MSTORE
  009b9  PUSH 32
  009bb  PUSH 16
  009bd  MSTORE
  009be  PUSH0
  009bf  PUSH 64
  009c1  KECCAK256
  009c2  LSET 5
  009c4  LGET 5
  009c6  PUSH 1
  009c8  ADD
  009c9  SWAP1
  009ca  SSTORE
  009cb  LGET 5
  009cd  SWAP1
  009ce  SSTORE
    ; vault.coin:171: self.total_art += added
  009cf  PUSH 12
  009d1  DUP1
  009d2  SLOAD
  009d3  LGET 3
  009d5  CADD
  009d6  SSTORE
    ; vault.coin:172: Mintable(self.coin).mint(msg.sender, amount)
  009d7  PUSH 1
  009d9  SLOAD
  009da  LSET 5
  009dc  CALLER
  009dd  LSET 6
  009df  LGET 0
  009e1  LSET 7
  009e3  PUSH @has_code_73
  009e6  LGET 5
  009e8  EXTCODESIZE
  009e9  JUMPI
  009ea  PUSH 132
  009ec  MALLOC
  009ed  DUP1
  009ee  PUSH 1192
  009f1  PUSH 132
  009f3  DATACOPY
  009f4  PUSH 132
  009f6  REVERT
has_code_73:
  009f7  JUMPDEST
  009f8  PUSH 68
  009fa  MALLOC
  009fb  LSET 8
  009fd  LGET 8
  009ff  PUSH 0x40c10f1900000000000000000000000000000000000000000000000000000000
  00a20  MSTORE
  00a21  LGET 8
  00a23  PUSH 4
  00a25  ADD
  00a26  LGET 6
  00a28  MSTORE
  00a29  LGET 8
  00a2b  PUSH 36
  00a2d  ADD
  00a2e  LGET 7
  00a30  MSTORE
  00a31  PUSH @call_ok_74
  00a34  GAS
  00a35  LGET 5
  00a37  PUSH0
  00a38  LGET 8
  00a3a  PUSH 68
  00a3c  PUSH0
  00a3d  PUSH0
  00a3e  CALL
  00a3f  JUMPI
  00a40  RETURNDATASIZE
  00a41  MALLOC
  00a42  DUP1
  00a43  PUSH0
  00a44  RETURNDATASIZE
  00a45  RETURNDATACOPY
  00a46  RETURNDATASIZE
  00a47  REVERT
call_ok_74:
  00a48  JUMPDEST
    ; vault.coin:173: emit Borrow(msg.sender, amount, debt)
  00a49  CALLER
  00a4a  LSET 5
  00a4c  PUSH 64
  00a4e  MALLOC
  00a4f  LSET 6
  00a51  LGET 6
  00a53  LGET 0
  00a55  MSTORE
  00a56  LGET 6
  00a58  PUSH 32
  00a5a  ADD
  00a5b  LGET 4
  00a5d  MSTORE
  00a5e  LGET 6
  00a60  PUSH 64
  00a62  PUSH 0xe1979fe4c35e0cef342fef5668e2c8e7a7e9f5d5d1ca8fee0ac6c427fa4153af
  00a83  LGET 5
  00a85  LOG2
    ; vault.coin:160: pub fn borrow(amount: uint) {
  00a86  RETF
fn_VaultEngine_repay:
    ; vault.coin:176: pub fn repay(amount: uint) {
  00a87  ENTER 11
  00a89  LSET 0
    ; vault.coin:177: self.drip()
  00a8b  CALLF @fn_VaultEngine_drip
    ; vault.coin:178: require(amount > 0, "repay amount must be positive")
  00a8e  PUSH @req_ok_75
  00a91  LGET 0
  00a93  PUSH 0
  00a94  GT
  00a95  JUMPI
  00a96  PUSH 100
  00a98  MALLOC
  00a99  DUP1
  00a9a  PUSH 1324
  00a9d  PUSH 100
  00a9f  DATACOPY
  00aa0  PUSH 100
  00aa2  REVERT
req_ok_75:
  00aa3  JUMPDEST
    ; vault.coin:179: let v = self.vaults[msg.sender]
  00aa4  PUSH0
  00aa5  CALLER
  00aa6  MSTORE
  00aa7  PUSH 32
  00aa9  PUSH 16
  00aab  MSTORE
  00aac  PUSH0
  00aad  PUSH 64
  00aaf  KECCAK256
  00ab0  LSET 7
  00ab2  LGET 7
  00ab4  SLOAD
  00ab5  LGET 7
  00ab7  PUSH 1
  00ab9  ADD
  00aba  SLOAD
  00abb  LSET 2
  00abd  LSET 1
    ; vault.coin:180: let owed = self.debt(v.art)
  00abf  LGET 2
  00ac1  CALLF @fn_VaultEngine_debt
  00ac4  LSET 3
    ; vault.coin:181: require(owed > 0, "vault has no debt")
  00ac6  PUSH @req_ok_76
  00ac9  LGET 3
  00acb  PUSH 0
  00acc  GT
  00acd  JUMPI
  00ace  PUSH 100
  00ad0  MALLOC
  00ad1  DUP1
  00ad2  PUSH 1424
  00ad5  PUSH 100
  00ad7  DATACOPY
  00ad8  PUSH 100
  00ada  REVERT
req_ok_76:
  00adb  JUMPDEST
    ; vault.coin:182: let paid = min(amount, owed)
  00adc  LGET 0
  00ade  LSET 7
  00ae0  LGET 3
  00ae2  LSET 8
  00ae4  LGET 8
  00ae6  LGET 7
  00ae8  LGET 8
  00aea  XOR
  00aeb  LGET 7
  00aed  LGET 8
  00aef  LT
  00af0  MUL
  00af1  XOR
  00af2  LSET 4
    ; vault.coin:183: let removed = v.art
  00af4  LGET 2
  00af6  LSET 5
    ; vault.coin:184: if paid < owed {
  00af8  PUSH @else_77
  00afb  LGET 4
  00afd  LGET 3
  00aff  LT
  00b00  ISZERO
  00b01  JUMPI
    ; vault.coin:185: removed = paid * RAY / self.rate
  00b02  LGET 4
  00b04  PUSH 0x33b2e3c9fd0803ce8000000
  00b11  CMUL
  00b12  PUSH 10
  00b14  SLOAD
  00b15  CDIV
  00b16  LSET 5
    ; vault.coin:186: let left = self.debt(v.art - removed)
  00b18  LGET 2
  00b1a  LGET 5
  00b1c  CSUB
  00b1d  CALLF @fn_VaultEngine_debt
  00b20  LSET 6
    ; vault.coin:187: require(left >= self.dust, "remaining debt would be below the dust minimum")
  00b22  PUSH @req_ok_78
  00b25  LGET 6
  00b27  PUSH 7
  00b29  SLOAD
  00b2a  LT
  00b2b  ISZERO
  00b2c  JUMPI
  00b2d  PUSH 132
  00b2f  MALLOC
  00b30  DUP1
  00b31  PUSH 1524
  00b34  PUSH 132
  00b36  DATACOPY
  00b37  PUSH 132
  00b39  REVERT
req_ok_78:
  00b3a  JUMPDEST
else_77:
  00b3b  JUMPDEST
    ; vault.coin:189: v.art -= removed
  00b3c  LGET 2
  00b3e  LGET 5
  00b40  CSUB
  00b41  LSET 2
    ; vault.coin:190: self.vaults[msg.sender] = v
  00b43  LGET 1
  00b45  LGET 2
  00b47  PUSH0
  00b48  CALLER
  00b49  MSTORE
  00b4a  PUSH 32
  00b4c  PUSH 16
  00b4e  MSTORE
  00b4f  PUSH0
  00b50  PUSH 64
  00b52  KECCAK256
  00b53  LSET 7
  00b55  LGET 7
  00b57  PUSH 1
  00b59  ADD
  00b5a  SWAP1
  00b5b  SSTORE
  00b5c  LGET 7
  00b5e  SWAP1
  00b5f  SSTORE
    ; vault.coin:191: self.total_art -= removed
  00b60  PUSH 12
  00b62  DUP1
  00b63  SLOAD
  00b64  LGET 5
  00b66  CSUB
  00b67  SSTORE
    ; vault.coin:192: Mintable(self.coin).burn(msg.sender, paid)
  00b68  PUSH 1
  00b6a  SLOAD
  00b6b  LSET 7
  00b6d  CALLER
  00b6e  LSET 8
  00b70  LGET 4
  00b72  LSET 9
  00b74  PUSH @has_code_79
  00b77  LGET 7
  00b79  EXTCODESIZE
  00b7a  JUMPI
  00b7b  PUSH 132
  00b7d  MALLOC
  00b7e  DUP1
  00b7f  PUSH 1656
  00b82  PUSH 132
  00b84  DATACOPY
  00b85  PUSH 132
  00b87  REVERT
has_code_79:
  00b88  JUMPDEST
  00b89  PUSH 68
  00b8b  MALLOC
  00b8c  LSET 10
  00b8e  LGET 10
  00b90  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  00bb1  MSTORE
  00bb2  LGET 10
  00bb4  PUSH 4
  00bb6  ADD
  00bb7  LGET 8
  00bb9  MSTORE
  00bba  LGET 10
  00bbc  PUSH 36
  00bbe  ADD
  00bbf  LGET 9
  00bc1  MSTORE
  00bc2  PUSH @call_ok_80
  00bc5  GAS
  00bc6  LGET 7
  00bc8  PUSH0
  00bc9  LGET 10
  00bcb  PUSH 68
  00bcd  PUSH0
  00bce  PUSH0
  00bcf  CALL
  00bd0  JUMPI
  00bd1  RETURNDATASIZE
  00bd2  MALLOC
  00bd3  DUP1
  00bd4  PUSH0
  00bd5  RETURNDATASIZE
  00bd6  RETURNDATACOPY
  00bd7  RETURNDATASIZE
  00bd8  REVERT
call_ok_80:
  00bd9  JUMPDEST
    ; vault.coin:193: emit Repay(msg.sender, paid, self.debt(v.art))
  00bda  CALLER
  00bdb  LSET 7
  00bdd  LGET 2
  00bdf  CALLF @fn_VaultEngine_debt
  00be2  LSET 8
  00be4  PUSH 64
  00be6  MALLOC
  00be7  LSET 9
  00be9  LGET 9
  00beb  LGET 4
  00bed  MSTORE
  00bee  LGET 9
  00bf0  PUSH 32
  00bf2  ADD
  00bf3  LGET 8
  00bf5  MSTORE
  00bf6  LGET 9
  00bf8  PUSH 64
  00bfa  PUSH 0x77c6871227e5d2dec8dadd5354f78453203e22e669cd0ec4c19d9a8c5edb31d0
  00c1b  LGET 7
  00c1d  LOG2
    ; vault.coin:176: pub fn repay(amount: uint) {
  00c1e  RETF
fn_VaultEngine_liquidate:
    ; vault.coin:197: pub fn liquidate(owner: address) -> uint {
  00c1f  ENTER 11
  00c21  LSET 0
    ; vault.coin:198: self.drip()
  00c23  CALLF @fn_VaultEngine_drip
    ; vault.coin:199: let v = self.vaults[owner]
  00c26  PUSH0
  00c27  LGET 0
  00c29  MSTORE
  00c2a  PUSH 32
  00c2c  PUSH 16
  00c2e  MSTORE
  00c2f  PUSH0
  00c30  PUSH 64
  00c32  KECCAK256
  00c33  LSET 8
  00c35  LGET 8
  00c37  SLOAD
  00c38  LGET 8
  00c3a  PUSH 1
  00c3c  ADD
  00c3d  SLOAD
  00c3e  LSET 2
  00c40  LSET 1
    ; vault.coin:200: require(v.art > 0, "vault has no debt")
  00c42  PUSH @req_ok_81
  00c45  LGET 2
  00c47  PUSH 0
  00c48  GT
  00c49  JUMPI
  00c4a  PUSH 100
  00c4c  MALLOC
  00c4d  DUP1
  00c4e  PUSH 1424
  00c51  PUSH 100
  00c53  DATACOPY
  00c54  PUSH 100
  00c56  REVERT
req_ok_81:
  00c57  JUMPDEST
    ; vault.coin:201: let price = Feed(self.oracle).price()
  00c58  PUSH 2
  00c5a  SLOAD
  00c5b  LSET 8
  00c5d  PUSH @has_code_82
  00c60  LGET 8
  00c62  EXTCODESIZE
  00c63  JUMPI
  00c64  PUSH 132
  00c66  MALLOC
  00c67  DUP1
  00c68  PUSH 1788
  00c6b  PUSH 132
  00c6d  DATACOPY
  00c6e  PUSH 132
  00c70  REVERT
has_code_82:
  00c71  JUMPDEST
  00c72  PUSH 4
  00c74  MALLOC
  00c75  LSET 9
  00c77  LGET 9
  00c79  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  00c9a  MSTORE
  00c9b  PUSH @call_ok_83
  00c9e  GAS
  00c9f  LGET 8
  00ca1  LGET 9
  00ca3  PUSH 4
  00ca5  PUSH0
  00ca6  PUSH0
  00ca7  STATICCALL
  00ca8  JUMPI
  00ca9  RETURNDATASIZE
  00caa  MALLOC
  00cab  DUP1
  00cac  PUSH0
  00cad  RETURNDATASIZE
  00cae  RETURNDATACOPY
  00caf  RETURNDATASIZE
  00cb0  REVERT
call_ok_83:
  00cb1  JUMPDEST
  00cb2  PUSH @ret_ok_84
  00cb5  RETURNDATASIZE
  00cb6  PUSH 32
  00cb8  LT
  00cb9  ISZERO
  00cba  JUMPI
  00cbb  PUSH 100
  00cbd  MALLOC
  00cbe  DUP1
  00cbf  PUSH 1920
  00cc2  PUSH 100
  00cc4  DATACOPY
  00cc5  PUSH 100
  00cc7  REVERT
ret_ok_84:
  00cc8  JUMPDEST
  00cc9  PUSH 32
  00ccb  MALLOC
  00ccc  LSET 10
  00cce  LGET 10
  00cd0  PUSH0
  00cd1  PUSH 32
  00cd3  RETURNDATACOPY
  00cd4  LGET 10
  00cd6  MLOAD
  00cd7  LSET 3
    ; vault.coin:202: let debt = self.debt(v.art)
  00cd9  LGET 2
  00cdb  CALLF @fn_VaultEngine_debt
  00cde  LSET 4
    ; vault.coin:203: require(mul_div(v.collateral, price, WAD) * WAD < debt * self.liquidation_ratio, "vault is safe")
  00ce0  PUSH @req_ok_85
  00ce3  LGET 1
  00ce5  LGET 3
  00ce7  PUSH 0xde0b6b3a7640000
  00cf0  MULDIV
  00cf1  PUSH 0xde0b6b3a7640000
  00cfa  CMUL
  00cfb  LGET 4
  00cfd  PUSH 3
  00cff  SLOAD
  00d00  CMUL
  00d01  LT
  00d02  JUMPI
  00d03  PUSH 100
  00d05  MALLOC
  00d06  DUP1
  00d07  PUSH 2020
  00d0a  PUSH 100
  00d0c  DATACOPY
  00d0d  PUSH 100
  00d0f  REVERT
req_ok_85:
  00d10  JUMPDEST
    ; vault.coin:204: let tab = debt + mul_div(debt, self.liquidation_penalty, WAD)
  00d11  LGET 4
  00d13  LGET 4
  00d15  PUSH 4
  00d17  SLOAD
  00d18  PUSH 0xde0b6b3a7640000
  00d21  MULDIV
  00d22  CADD
  00d23  LSET 5
    ; vault.coin:205: let start_price = mul_div(price, self.auction_buffer, WAD)
  00d25  LGET 3
  00d27  PUSH 9
  00d29  SLOAD
  00d2a  PUSH 0xde0b6b3a7640000
  00d33  MULDIV
  00d34  LSET 6
    ; vault.coin:206: let id = self.auction_count
  00d36  PUSH 18
  00d38  SLOAD
  00d39  LSET 7
    ; vault.coin:207: self.auctions[id] = Auction(owner: owner, collateral: v.collateral, tab: tab, debt: debt,
  00d3b  LGET 0
  00d3d  LGET 1
  00d3f  LGET 5
  00d41  LGET 4
    ; vault.coin:208: start_price: start_price, started_at: block.timestamp, active: true)
  00d43  LGET 6
  00d45  TIMESTAMP
  00d46  PUSH 1
    ; vault.coin:207: self.auctions[id] = Auction(owner: owner, collateral: v.collateral, tab: tab, debt: debt,
  00d48  PUSH0
  00d49  LGET 7
  00d4b  MSTORE
  00d4c  PUSH 32
  00d4e  PUSH 17
  00d50  MSTORE
  00d51  PUSH0
  00d52  PUSH 64
  00d54  KECCAK256
  00d55  LSET 8
  00d57  LGET 8
  00d59  PUSH 6
  00d5b  ADD
  00d5c  SWAP1
  00d5d  SSTORE
  00d5e  LGET 8
  00d60  PUSH 5
  00d62  ADD
  00d63  SWAP1
  00d64  SSTORE
  00d65  LGET 8
  00d67  PUSH 4
  00d69  ADD
  00d6a  SWAP1
  00d6b  SSTORE
  00d6c  LGET 8
  00d6e  PUSH 3
  00d70  ADD
  00d71  SWAP1
  00d72  SSTORE
  00d73  LGET 8
  00d75  PUSH 2
  00d77  ADD
  00d78  SWAP1
  00d79  SSTORE
  00d7a  LGET 8
  00d7c  PUSH 1
  00d7e  ADD
  00d7f  SWAP1
  00d80  SSTORE
  00d81  LGET 8
  00d83  SWAP1
  00d84  SSTORE
    ; vault.coin:209: self.auction_count = id + 1
  00d85  LGET 7
  00d87  PUSH 1
  00d89  CADD
  00d8a  PUSH 18
  00d8c  SWAP1
  00d8d  SSTORE
    ; vault.coin:210: self.auction_debt += debt
  00d8e  PUSH 13
  00d90  DUP1
  00d91  SLOAD
  00d92  LGET 4
  00d94  CADD
  00d95  SSTORE
    ; vault.coin:211: self.total_art -= v.art
  00d96  PUSH 12
  00d98  DUP1
  00d99  SLOAD
  00d9a  LGET 2
  00d9c  CSUB
  00d9d  SSTORE
    ; vault.coin:212: self.vaults[owner] = Vault(collateral: 0, art: 0)
  00d9e  PUSH 0
  00d9f  PUSH 0
  00da0  PUSH0
  00da1  LGET 0
  00da3  MSTORE
  00da4  PUSH 32
  00da6  PUSH 16
  00da8  MSTORE
  00da9  PUSH0
  00daa  PUSH 64
  00dac  KECCAK256
  00dad  LSET 8
  00daf  LGET 8
  00db1  PUSH 1
  00db3  ADD
  00db4  SWAP1
  00db5  SSTORE
  00db6  LGET 8
  00db8  SWAP1
  00db9  SSTORE
    ; vault.coin:213: emit Liquidation(id, owner, v.collateral, debt, tab, start_price)
  00dba  LGET 1
  00dbc  LSET 8
  00dbe  PUSH 128
  00dc0  MALLOC
  00dc1  LSET 9
  00dc3  LGET 9
  00dc5  LGET 8
  00dc7  MSTORE
  00dc8  LGET 9
  00dca  PUSH 32
  00dcc  ADD
  00dcd  LGET 4
  00dcf  MSTORE
  00dd0  LGET 9
  00dd2  PUSH 64
  00dd4  ADD
  00dd5  LGET 5
  00dd7  MSTORE
  00dd8  LGET 9
  00dda  PUSH 96
  00ddc  ADD
  00ddd  LGET 6
  00ddf  MSTORE
  00de0  LGET 9
  00de2  PUSH 128
  00de4  PUSH 0x153ebcfa55942ddab0dbb20f74bf76232080212ecf0b2fe5cb78af7ec0d682f8
  00e05  LGET 7
  00e07  LGET 0
  00e09  LOG3
    ; vault.coin:214: return id
  00e0a  LGET 7
  00e0c  RETF
  00e0d  INVALID
fn_VaultEngine_take:
    ; vault.coin:219: pub fn take(id: uint, max_collateral: uint, max_price: uint) -> uint {
  00e0e  ENTER 21
  00e10  LSET 2
  00e12  LSET 1
  00e14  LSET 0
    ; vault.coin:220: let a = self.auctions[id]
  00e16  PUSH0
  00e17  LGET 0
  00e19  MSTORE
  00e1a  PUSH 32
  00e1c  PUSH 17
  00e1e  MSTORE
  00e1f  PUSH0
  00e20  PUSH 64
  00e22  KECCAK256
  00e23  LSET 17
  00e25  LGET 17
  00e27  SLOAD
  00e28  LGET 17
  00e2a  PUSH 1
  00e2c  ADD
  00e2d  SLOAD
  00e2e  LGET 17
  00e30  PUSH 2
  00e32  ADD
  00e33  SLOAD
  00e34  LGET 17
  00e36  PUSH 3
  00e38  ADD
  00e39  SLOAD
  00e3a  LGET 17
  00e3c  PUSH 4
  00e3e  ADD
  00e3f  SLOAD
  00e40  LGET 17
  00e42  PUSH 5
  00e44  ADD
  00e45  SLOAD
  00e46  LGET 17
  00e48  PUSH 6
  00e4a  ADD
  00e4b  SLOAD
  00e4c  LSET 9
  00e4e  LSET 8
  00e50  LSET 7
  00e52  LSET 6
  00e54  LSET 5
  00e56  LSET 4
  00e58  LSET 3
    ; vault.coin:221: require(a.active, "auction is not active")
  00e5a  PUSH @req_ok_86
  00e5d  LGET 9
  00e5f  JUMPI
  00e60  PUSH 100
  00e62  MALLOC
  00e63  DUP1
  00e64  PUSH 2120
  00e67  PUSH 100
  00e69  DATACOPY
  00e6a  PUSH 100
  00e6c  REVERT
req_ok_86:
  00e6d  JUMPDEST
    ; vault.coin:222: let price = self.price_at(a.start_price, a.started_at)
  00e6e  LGET 7
  00e70  LGET 8
  00e72  CALLF @fn_VaultEngine_price_at
  00e75  LSET 10
    ; vault.coin:223: require(price <= max_price, "auction price is above max_price")
  00e77  PUSH @req_ok_87
  00e7a  LGET 10
  00e7c  LGET 2
  00e7e  GT
  00e7f  ISZERO
  00e80  JUMPI
  00e81  PUSH 100
  00e83  MALLOC
  00e84  DUP1
  00e85  PUSH 2220
  00e88  PUSH 100
  00e8a  DATACOPY
  00e8b  PUSH 100
  00e8d  REVERT
req_ok_87:
  00e8e  JUMPDEST
    ; vault.coin:224: let slice = min(max_collateral, a.collateral)
  00e8f  LGET 1
  00e91  LSET 17
  00e93  LGET 4
  00e95  LSET 18
  00e97  LGET 18
  00e99  LGET 17
  00e9b  LGET 18
  00e9d  XOR
  00e9e  LGET 17
  00ea0  LGET 18
  00ea2  LT
  00ea3  MUL
  00ea4  XOR
  00ea5  LSET 11
    ; vault.coin:225: require(slice > 0, "nothing to take")
  00ea7  PUSH @req_ok_88
  00eaa  LGET 11
  00eac  PUSH 0
  00ead  GT
  00eae  JUMPI
  00eaf  PUSH 100
  00eb1  MALLOC
  00eb2  DUP1
  00eb3  PUSH 2320
  00eb6  PUSH 100
  00eb8  DATACOPY
  00eb9  PUSH 100
  00ebb  REVERT
req_ok_88:
  00ebc  JUMPDEST
    ; vault.coin:226: let owe = mul_div(slice, price, WAD)
  00ebd  LGET 11
  00ebf  LGET 10
  00ec1  PUSH 0xde0b6b3a7640000
  00eca  MULDIV
  00ecb  LSET 12
    ; vault.coin:227: if owe > a.tab {
  00ecd  PUSH @else_89
  00ed0  LGET 12
  00ed2  LGET 5
  00ed4  GT
  00ed5  ISZERO
  00ed6  JUMPI
    ; vault.coin:228: owe = a.tab
  00ed7  LGET 5
  00ed9  LSET 12
    ; vault.coin:229: slice = min(a.collateral, mul_div(owe, WAD, price))
  00edb  LGET 4
  00edd  LSET 17
  00edf  LGET 12
  00ee1  PUSH 0xde0b6b3a7640000
  00eea  LGET 10
  00eec  MULDIV
  00eed  LSET 18
  00eef  LGET 18
  00ef1  LGET 17
  00ef3  LGET 18
  00ef5  XOR
  00ef6  LGET 17
  00ef8  LGET 18
  00efa  LT
  00efb  MUL
  00efc  XOR
  00efd  LSET 11
else_89:
  00eff  JUMPDEST
    ; vault.coin:231: let repaid = min(owe, a.debt)
  00f00  LGET 12
  00f02  LSET 17
  00f04  LGET 6
  00f06  LSET 18
  00f08  LGET 18
  00f0a  LGET 17
  00f0c  LGET 18
  00f0e  XOR
  00f0f  LGET 17
  00f11  LGET 18
  00f13  LT
  00f14  MUL
  00f15  XOR
  00f16  LSET 13
    ; vault.coin:232: a.debt -= repaid
  00f18  LGET 6
  00f1a  LGET 13
  00f1c  CSUB
  00f1d  LSET 6
    ; vault.coin:233: a.tab -= owe
  00f1f  LGET 5
  00f21  LGET 12
  00f23  CSUB
  00f24  LSET 5
    ; vault.coin:234: a.collateral -= slice
  00f26  LGET 4
  00f28  LGET 11
  00f2a  CSUB
  00f2b  LSET 4
    ; vault.coin:235: self.auction_debt -= repaid
  00f2d  PUSH 13
  00f2f  DUP1
  00f30  SLOAD
  00f31  LGET 13
  00f33  CSUB
  00f34  SSTORE
    ; vault.coin:236: self.surplus += owe - repaid
  00f35  PUSH 15
  00f37  DUP1
  00f38  SLOAD
  00f39  LGET 12
  00f3b  LGET 13
  00f3d  CSUB
  00f3e  CADD
  00f3f  SSTORE
    ; vault.coin:237: let closed = a.tab == 0 or a.collateral == 0
  00f40  LGET 5
  00f42  PUSH 0
  00f43  EQ
  00f44  DUP1
  00f45  PUSH @or_90
  00f48  SWAP1
  00f49  JUMPI
  00f4a  POP
  00f4b  LGET 4
  00f4d  PUSH 0
  00f4e  EQ
or_90:
  00f4f  JUMPDEST
  00f50  LSET 14
    ; vault.coin:238: let returned = 0
  00f52  PUSH 0
  00f53  LSET 15
    ; vault.coin:239: let lost = 0
  00f55  PUSH 0
  00f56  LSET 16
    ; vault.coin:240: if closed {
  00f58  PUSH @else_91
  00f5b  LGET 14
  00f5d  ISZERO
  00f5e  JUMPI
    ; vault.coin:241: returned = a.collateral
  00f5f  LGET 4
  00f61  LSET 15
    ; vault.coin:242: if a.tab > 0 {
  00f63  PUSH @else_92
  00f66  LGET 5
  00f68  PUSH 0
  00f69  GT
  00f6a  ISZERO
  00f6b  JUMPI
    ; vault.coin:243: lost = a.debt
  00f6c  LGET 6
  00f6e  LSET 16
    ; vault.coin:244: self.bad_debt += lost
  00f70  PUSH 14
  00f72  DUP1
  00f73  SLOAD
  00f74  LGET 16
  00f76  CADD
  00f77  SSTORE
    ; vault.coin:245: self.auction_debt -= lost
  00f78  PUSH 13
  00f7a  DUP1
  00f7b  SLOAD
  00f7c  LGET 16
  00f7e  CSUB
  00f7f  SSTORE
else_92:
  00f80  JUMPDEST
    ; vault.coin:247: a.debt = 0
  00f81  PUSH 0
  00f82  LSET 6
    ; vault.coin:248: a.collateral = 0
  00f84  PUSH 0
  00f85  LSET 4
    ; vault.coin:249: a.active = false
  00f87  PUSH 0
  00f88  LSET 9
else_91:
  00f8a  JUMPDEST
    ; vault.coin:253: self.auctions[id] = a
  00f8b  LGET 3
  00f8d  LGET 4
  00f8f  LGET 5
  00f91  LGET 6
  00f93  LGET 7
  00f95  LGET 8
  00f97  LGET 9
  00f99  PUSH0
  00f9a  LGET 0
  00f9c  MSTORE
  00f9d  PUSH 32
  00f9f  PUSH 17
  00fa1  MSTORE
  00fa2  PUSH0
  00fa3  PUSH 64
  00fa5  KECCAK256
  00fa6  LSET 17
  00fa8  LGET 17
  00faa  PUSH 6
  00fac  ADD
  00fad  SWAP1
  00fae  SSTORE
  00faf  LGET 17
  00fb1  PUSH 5
  00fb3  ADD
  00fb4  SWAP1
  00fb5  SSTORE
  00fb6  LGET 17
  00fb8  PUSH 4
  00fba  ADD
  00fbb  SWAP1
  00fbc  SSTORE
  00fbd  LGET 17
  00fbf  PUSH 3
  00fc1  ADD
  00fc2  SWAP1
  00fc3  SSTORE
  00fc4  LGET 17
  00fc6  PUSH 2
  00fc8  ADD
  00fc9  SWAP1
  00fca  SSTORE
  00fcb  LGET 17
  00fcd  PUSH 1
  00fcf  ADD
  00fd0  SWAP1
  00fd1  SSTORE
  00fd2  LGET 17
  00fd4  SWAP1
  00fd5  SSTORE
    ; vault.coin:254: if owe > 0 {
  00fd6  PUSH @else_93
  00fd9  LGET 12
  00fdb  PUSH 0
  00fdc  GT
  00fdd  ISZERO
  00fde  JUMPI
    ; vault.coin:255: Mintable(self.coin).burn(msg.sender, owe)
  00fdf  PUSH 1
  00fe1  SLOAD
  00fe2  LSET 17
  00fe4  CALLER
  00fe5  LSET 18
  00fe7  LGET 12
  00fe9  LSET 19
  00feb  PUSH @has_code_94
  00fee  LGET 17
  00ff0  EXTCODESIZE
  00ff1  JUMPI
  00ff2  PUSH 132
  00ff4  MALLOC
  00ff5  DUP1
  00ff6  PUSH 1656
  00ff9  PUSH 132
  00ffb  DATACOPY
  00ffc  PUSH 132
  00ffe  REVERT
has_code_94:
  00fff  JUMPDEST
  01000  PUSH 68
  01002  MALLOC
  01003  LSET 20
  01005  LGET 20
  01007  PUSH 0x9dc29fac00000000000000000000000000000000000000000000000000000000
  01028  MSTORE
  01029  LGET 20
  0102b  PUSH 4
  0102d  ADD
  0102e  LGET 18
  01030  MSTORE
  01031  LGET 20
  01033  PUSH 36
  01035  ADD
  01036  LGET 19
  01038  MSTORE
  01039  PUSH @call_ok_95
  0103c  GAS
  0103d  LGET 17
  0103f  PUSH0
  01040  LGET 20
  01042  PUSH 68
  01044  PUSH0
  01045  PUSH0
  01046  CALL
  01047  JUMPI
  01048  RETURNDATASIZE
  01049  MALLOC
  0104a  DUP1
  0104b  PUSH0
  0104c  RETURNDATASIZE
  0104d  RETURNDATACOPY
  0104e  RETURNDATASIZE
  0104f  REVERT
call_ok_95:
  01050  JUMPDEST
else_93:
  01051  JUMPDEST
    ; vault.coin:257: send(msg.sender, slice)
  01052  CALLER
  01053  LSET 17
  01055  LGET 11
  01057  LSET 18
  01059  PUSH @send_ok_96
  0105c  GAS
  0105d  LGET 17
  0105f  LGET 18
  01061  PUSH0
  01062  PUSH0
  01063  PUSH0
  01064  PUSH0
  01065  CALL
  01066  JUMPI
  01067  PUSH @send_fail_97
  0106a  RETURNDATASIZE
  0106b  ISZERO
  0106c  JUMPI
  0106d  RETURNDATASIZE
  0106e  MALLOC
  0106f  DUP1
  01070  PUSH0
  01071  RETURNDATASIZE
  01072  RETURNDATACOPY
  01073  RETURNDATASIZE
  01074  REVERT
send_fail_97:
  01075  JUMPDEST
  01076  PUSH 100
  01078  MALLOC
  01079  DUP1
  0107a  PUSH 628
  0107d  PUSH 100
  0107f  DATACOPY
  01080  PUSH 100
  01082  REVERT
send_ok_96:
  01083  JUMPDEST
    ; vault.coin:258: emit Take(id, msg.sender, slice, owe, price)
  01084  CALLER
  01085  LSET 17
  01087  PUSH 96
  01089  MALLOC
  0108a  LSET 18
  0108c  LGET 18
  0108e  LGET 11
  01090  MSTORE
  01091  LGET 18
  01093  PUSH 32
  01095  ADD
  01096  LGET 12
  01098  MSTORE
  01099  LGET 18
  0109b  PUSH 64
  0109d  ADD
  0109e  LGET 10
  010a0  MSTORE
  010a1  LGET 18
  010a3  PUSH 96
  010a5  PUSH 0x2bcf8e467d8eb1ddcb1a906d2c88d716e2b6408281b3c6a73db185c6b7c81d
  010c5  LGET 0
  010c7  LGET 17
  010c9  LOG3
    ; vault.coin:259: if closed {
  010ca  PUSH @else_98
  010cd  LGET 14
  010cf  ISZERO
  010d0  JUMPI
    ; vault.coin:260: if returned > 0 {
  010d1  PUSH @else_99
  010d4  LGET 15
  010d6  PUSH 0
  010d7  GT
  010d8  ISZERO
  010d9  JUMPI
    ; vault.coin:261: send(a.owner, returned)
  010da  LGET 3
  010dc  LSET 17
  010de  LGET 15
  010e0  LSET 18
  010e2  PUSH @send_ok_100
  010e5  GAS
  010e6  LGET 17
  010e8  LGET 18
  010ea  PUSH0
  010eb  PUSH0
  010ec  PUSH0
  010ed  PUSH0
  010ee  CALL
  010ef  JUMPI
  010f0  PUSH @send_fail_101
  010f3  RETURNDATASIZE
  010f4  ISZERO
  010f5  JUMPI
  010f6  RETURNDATASIZE
  010f7  MALLOC
  010f8  DUP1
  010f9  PUSH0
  010fa  RETURNDATASIZE
  010fb  RETURNDATACOPY
  010fc  RETURNDATASIZE
  010fd  REVERT
send_fail_101:
  010fe  JUMPDEST
  010ff  PUSH 100
  01101  MALLOC
  01102  DUP1
  01103  PUSH 628
  01106  PUSH 100
  01108  DATACOPY
  01109  PUSH 100
  0110b  REVERT
send_ok_100:
  0110c  JUMPDEST
else_99:
  0110d  JUMPDEST
    ; vault.coin:263: emit AuctionClosed(id, returned, lost)
  0110e  PUSH 64
  01110  MALLOC
  01111  LSET 17
  01113  LGET 17
  01115  LGET 15
  01117  MSTORE
  01118  LGET 17
  0111a  PUSH 32
  0111c  ADD
  0111d  LGET 16
  0111f  MSTORE
  01120  LGET 17
  01122  PUSH 64
  01124  PUSH 0xb1318b18051ae7825ed56b03ed2431a994f919d5c4f4229b7123ef2afd74ba1a
  01145  LGET 0
  01147  LOG2
else_98:
  01148  JUMPDEST
    ; vault.coin:265: return slice
  01149  LGET 11
  0114b  RETF
  0114c  INVALID
fn_VaultEngine_vault:
    ; vault.coin:269: pub view fn vault(owner: address) -> Vault {
  0114d  ENTER 2
  0114f  LSET 0
    ; vault.coin:270: return self.vaults[owner]
  01151  PUSH0
  01152  LGET 0
  01154  MSTORE
  01155  PUSH 32
  01157  PUSH 16
  01159  MSTORE
  0115a  PUSH0
  0115b  PUSH 64
  0115d  KECCAK256
  0115e  LSET 1
  01160  LGET 1
  01162  SLOAD
  01163  LGET 1
  01165  PUSH 1
  01167  ADD
  01168  SLOAD
  01169  RETF
  0116a  INVALID
fn_VaultEngine_debt_of:
    ; vault.coin:273: pub view fn debt_of(owner: address) -> uint {
  0116b  ENTER 1
  0116d  LSET 0
    ; vault.coin:274: return self.debt(self.vaults[owner].art)
  0116f  PUSH0
  01170  LGET 0
  01172  MSTORE
  01173  PUSH 32
  01175  PUSH 16
  01177  MSTORE
  01178  PUSH0
  01179  PUSH 64
  0117b  KECCAK256
  0117c  PUSH 1
  0117e  ADD
  0117f  SLOAD
  01180  CALLF @fn_VaultEngine_debt
  01183  RETF
  01184  INVALID
fn_VaultEngine_collateral_of:
    ; vault.coin:277: pub view fn collateral_of(owner: address) -> uint {
  01185  ENTER 1
  01187  LSET 0
    ; vault.coin:278: return self.vaults[owner].collateral
  01189  PUSH0
  0118a  LGET 0
  0118c  MSTORE
  0118d  PUSH 32
  0118f  PUSH 16
  01191  MSTORE
  01192  PUSH0
  01193  PUSH 64
  01195  KECCAK256
  01196  SLOAD
  01197  RETF
  01198  INVALID
fn_VaultEngine_collateral_ratio:
    ; vault.coin:282: pub view fn collateral_ratio(owner: address) -> uint {
  01199  ENTER 6
  0119b  LSET 0
    ; vault.coin:283: let v = self.vaults[owner]
  0119d  PUSH0
  0119e  LGET 0
  011a0  MSTORE
  011a1  PUSH 32
  011a3  PUSH 16
  011a5  MSTORE
  011a6  PUSH0
  011a7  PUSH 64
  011a9  KECCAK256
  011aa  LSET 3
  011ac  LGET 3
  011ae  SLOAD
  011af  LGET 3
  011b1  PUSH 1
  011b3  ADD
  011b4  SLOAD
  011b5  LSET 2
  011b7  LSET 1
    ; vault.coin:284: if v.art == 0 {
  011b9  PUSH @else_102
  011bc  LGET 2
  011be  PUSH 0
  011bf  EQ
  011c0  ISZERO
  011c1  JUMPI
    ; vault.coin:285: return 0
  011c2  PUSH 0
  011c3  RETF
else_102:
  011c4  JUMPDEST
    ; vault.coin:287: return mul_div(mul_div(v.collateral, Feed(self.oracle).price(), WAD), WAD, self.debt(v.art))
  011c5  LGET 1
  011c7  PUSH 2
  011c9  SLOAD
  011ca  LSET 3
  011cc  PUSH @has_code_103
  011cf  LGET 3
  011d1  EXTCODESIZE
  011d2  JUMPI
  011d3  PUSH 132
  011d5  MALLOC
  011d6  DUP1
  011d7  PUSH 1788
  011da  PUSH 132
  011dc  DATACOPY
  011dd  PUSH 132
  011df  REVERT
has_code_103:
  011e0  JUMPDEST
  011e1  PUSH 4
  011e3  MALLOC
  011e4  LSET 4
  011e6  LGET 4
  011e8  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  01209  MSTORE
  0120a  PUSH @call_ok_104
  0120d  GAS
  0120e  LGET 3
  01210  LGET 4
  01212  PUSH 4
  01214  PUSH0
  01215  PUSH0
  01216  STATICCALL
  01217  JUMPI
  01218  RETURNDATASIZE
  01219  MALLOC
  0121a  DUP1
  0121b  PUSH0
  0121c  RETURNDATASIZE
  0121d  RETURNDATACOPY
  0121e  RETURNDATASIZE
  0121f  REVERT
call_ok_104:
  01220  JUMPDEST
  01221  PUSH @ret_ok_105
  01224  RETURNDATASIZE
  01225  PUSH 32
  01227  LT
  01228  ISZERO
  01229  JUMPI
  0122a  PUSH 100
  0122c  MALLOC
  0122d  DUP1
  0122e  PUSH 1920
  01231  PUSH 100
  01233  DATACOPY
  01234  PUSH 100
  01236  REVERT
ret_ok_105:
  01237  JUMPDEST
  01238  PUSH 32
  0123a  MALLOC
  0123b  LSET 5
  0123d  LGET 5
  0123f  PUSH0
  01240  PUSH 32
  01242  RETURNDATACOPY
  01243  LGET 5
  01245  MLOAD
  01246  PUSH 0xde0b6b3a7640000
  0124f  MULDIV
  01250  PUSH 0xde0b6b3a7640000
  01259  LGET 2
  0125b  CALLF @fn_VaultEngine_debt
  0125e  MULDIV
  0125f  RETF
  01260  INVALID
fn_VaultEngine_is_safe:
    ; vault.coin:290: pub view fn is_safe(owner: address) -> bool {
  01261  ENTER 4
  01263  LSET 0
    ; vault.coin:291: let v = self.vaults[owner]
  01265  PUSH0
  01266  LGET 0
  01268  MSTORE
  01269  PUSH 32
  0126b  PUSH 16
  0126d  MSTORE
  0126e  PUSH0
  0126f  PUSH 64
  01271  KECCAK256
  01272  LSET 3
  01274  LGET 3
  01276  SLOAD
  01277  LGET 3
  01279  PUSH 1
  0127b  ADD
  0127c  SLOAD
  0127d  LSET 2
  0127f  LSET 1
    ; vault.coin:292: return v.art == 0 or self.safe(v.collateral, self.debt(v.art))
  01281  LGET 2
  01283  PUSH 0
  01284  EQ
  01285  DUP1
  01286  PUSH @or_106
  01289  SWAP1
  0128a  JUMPI
  0128b  POP
  0128c  LGET 1
  0128e  LGET 2
  01290  CALLF @fn_VaultEngine_debt
  01293  CALLF @fn_VaultEngine_safe
or_106:
  01296  JUMPDEST
  01297  RETF
  01298  INVALID
fn_VaultEngine_auction:
    ; vault.coin:295: pub view fn auction(id: uint) -> Auction {
  01299  ENTER 2
  0129b  LSET 0
    ; vault.coin:296: return self.auctions[id]
  0129d  PUSH0
  0129e  LGET 0
  012a0  MSTORE
  012a1  PUSH 32
  012a3  PUSH 17
  012a5  MSTORE
  012a6  PUSH0
  012a7  PUSH 64
  012a9  KECCAK256
  012aa  LSET 1
  012ac  LGET 1
  012ae  SLOAD
  012af  LGET 1
  012b1  PUSH 1
  012b3  ADD
  012b4  SLOAD
  012b5  LGET 1
  012b7  PUSH 2
  012b9  ADD
  012ba  SLOAD
  012bb  LGET 1
  012bd  PUSH 3
  012bf  ADD
  012c0  SLOAD
  012c1  LGET 1
  012c3  PUSH 4
  012c5  ADD
  012c6  SLOAD
  012c7  LGET 1
  012c9  PUSH 5
  012cb  ADD
  012cc  SLOAD
  012cd  LGET 1
  012cf  PUSH 6
  012d1  ADD
  012d2  SLOAD
  012d3  RETF
  012d4  INVALID
fn_VaultEngine_auction_price:
    ; vault.coin:299: pub view fn auction_price(id: uint) -> uint {
  012d5  ENTER 9
  012d7  LSET 0
    ; vault.coin:300: let a = self.auctions[id]
  012d9  PUSH0
  012da  LGET 0
  012dc  MSTORE
  012dd  PUSH 32
  012df  PUSH 17
  012e1  MSTORE
  012e2  PUSH0
  012e3  PUSH 64
  012e5  KECCAK256
  012e6  LSET 8
  012e8  LGET 8
  012ea  SLOAD
  012eb  LGET 8
  012ed  PUSH 1
  012ef  ADD
  012f0  SLOAD
  012f1  LGET 8
  012f3  PUSH 2
  012f5  ADD
  012f6  SLOAD
  012f7  LGET 8
  012f9  PUSH 3
  012fb  ADD
  012fc  SLOAD
  012fd  LGET 8
  012ff  PUSH 4
  01301  ADD
  01302  SLOAD
  01303  LGET 8
  01305  PUSH 5
  01307  ADD
  01308  SLOAD
  01309  LGET 8
  0130b  PUSH 6
  0130d  ADD
  0130e  SLOAD
  0130f  LSET 7
  01311  LSET 6
  01313  LSET 5
  01315  LSET 4
  01317  LSET 3
  01319  LSET 2
  0131b  LSET 1
    ; vault.coin:301: require(a.active, "auction is not active")
  0131d  PUSH @req_ok_107
  01320  LGET 7
  01322  JUMPI
  01323  PUSH 100
  01325  MALLOC
  01326  DUP1
  01327  PUSH 2120
  0132a  PUSH 100
  0132c  DATACOPY
  0132d  PUSH 100
  0132f  REVERT
req_ok_107:
  01330  JUMPDEST
    ; vault.coin:302: return self.price_at(a.start_price, a.started_at)
  01331  LGET 5
  01333  LGET 6
  01335  CALLF @fn_VaultEngine_price_at
  01338  RETF
  01339  INVALID
fn_VaultEngine_auctions_started:
    ; vault.coin:305: pub view fn auctions_started() -> uint {
  0133a  ENTER 0
    ; vault.coin:306: return self.auction_count
  0133c  PUSH 18
  0133e  SLOAD
  0133f  RETF
  01340  INVALID
fn_VaultEngine_system_debt:
    ; vault.coin:310: pub view fn system_debt() -> uint {
  01341  ENTER 0
    ; vault.coin:311: return self.debt(self.total_art) + self.auction_debt + self.bad_debt
  01343  PUSH 12
  01345  SLOAD
  01346  CALLF @fn_VaultEngine_debt
  01349  PUSH 13
  0134b  SLOAD
  0134c  CADD
  0134d  PUSH 14
  0134f  SLOAD
  01350  CADD
  01351  RETF
  01352  INVALID
fn_VaultEngine_vault_debt:
    ; vault.coin:314: pub view fn vault_debt() -> uint {
  01353  ENTER 0
    ; vault.coin:315: return self.debt(self.total_art)
  01355  PUSH 12
  01357  SLOAD
  01358  CALLF @fn_VaultEngine_debt
  0135b  RETF
  0135c  INVALID
fn_VaultEngine_get_total_art:
    ; vault.coin:318: pub view fn get_total_art() -> uint {
  0135d  ENTER 0
    ; vault.coin:319: return self.total_art
  0135f  PUSH 12
  01361  SLOAD
  01362  RETF
  01363  INVALID
fn_VaultEngine_get_auction_debt:
    ; vault.coin:322: pub view fn get_auction_debt() -> uint {
  01364  ENTER 0
    ; vault.coin:323: return self.auction_debt
  01366  PUSH 13
  01368  SLOAD
  01369  RETF
  0136a  INVALID
fn_VaultEngine_get_bad_debt:
    ; vault.coin:326: pub view fn get_bad_debt() -> uint {
  0136b  ENTER 0
    ; vault.coin:327: return self.bad_debt
  0136d  PUSH 14
  0136f  SLOAD
  01370  RETF
  01371  INVALID
fn_VaultEngine_get_surplus:
    ; vault.coin:330: pub view fn get_surplus() -> uint {
  01372  ENTER 0
    ; vault.coin:331: return self.surplus
  01374  PUSH 15
  01376  SLOAD
  01377  RETF
  01378  INVALID
fn_VaultEngine_get_rate:
    ; vault.coin:334: pub view fn get_rate() -> uint {
  01379  ENTER 0
    ; vault.coin:335: return self.rate
  0137b  PUSH 10
  0137d  SLOAD
  0137e  RETF
  0137f  INVALID
fn_VaultEngine_get_coin:
    ; vault.coin:338: pub view fn get_coin() -> address {
  01380  ENTER 0
    ; vault.coin:339: return self.coin
  01382  PUSH 1
  01384  SLOAD
  01385  RETF
  01386  INVALID
fn_VaultEngine_get_oracle:
    ; vault.coin:342: pub view fn get_oracle() -> address {
  01387  ENTER 0
    ; vault.coin:343: return self.oracle
  01389  PUSH 2
  0138b  SLOAD
  0138c  RETF
  0138d  INVALID
fn_VaultEngine_parameters:
    ; vault.coin:346: pub view fn parameters() -> Parameters {
  0138e  ENTER 0
    ; vault.coin:347: return Parameters(liquidation_ratio: self.liquidation_ratio, liquidation_penalty: self.liquidation_penalty,
  01390  PUSH 3
  01392  SLOAD
  01393  PUSH 4
  01395  SLOAD
    ; vault.coin:348: stability_fee: self.stability_fee, debt_ceiling: self.debt_ceiling, dust: self.dust,
  01396  PUSH 5
  01398  SLOAD
  01399  PUSH 6
  0139b  SLOAD
  0139c  PUSH 7
  0139e  SLOAD
    ; vault.coin:349: auction_duration: self.auction_duration, auction_buffer: self.auction_buffer)
  0139f  PUSH 8
  013a1  SLOAD
  013a2  PUSH 9
  013a4  SLOAD
    ; vault.coin:347: return Parameters(liquidation_ratio: self.liquidation_ratio, liquidation_penalty: self.liquidation_penalty,
  013a5  RETF
  013a6  INVALID
fn__ceil_div:
    ; math.coin:30: view fn ceil_div(a: uint, b: uint) -> uint {
  013a7  ENTER 2
  013a9  LSET 1
  013ab  LSET 0
    ; math.coin:31: if a == 0 {
  013ad  PUSH @else_108
  013b0  LGET 0
  013b2  PUSH 0
  013b3  EQ
  013b4  ISZERO
  013b5  JUMPI
    ; math.coin:32: return 0
  013b6  PUSH 0
  013b7  RETF
else_108:
  013b8  JUMPDEST
    ; math.coin:34: return (a - 1) / b + 1
  013b9  LGET 0
  013bb  PUSH 1
  013bd  CSUB
  013be  LGET 1
  013c0  CDIV
  013c1  PUSH 1
  013c3  CADD
  013c4  RETF
  013c5  INVALID
fn__rpow:
    ; math.coin:8: view fn rpow(x: uint, n: uint, base: uint) -> uint {
  013c6  ENTER 7
  013c8  LSET 2
  013ca  LSET 1
  013cc  LSET 0
    ; math.coin:9: if n == 0 {
  013ce  PUSH @else_109
  013d1  LGET 1
  013d3  PUSH 0
  013d4  EQ
  013d5  ISZERO
  013d6  JUMPI
    ; math.coin:10: return base
  013d7  LGET 2
  013d9  RETF
else_109:
  013da  JUMPDEST
    ; math.coin:12: let z = base
  013db  LGET 2
  013dd  LSET 3
    ; math.coin:13: if n % 2 == 1 {
  013df  PUSH @else_110
  013e2  LGET 1
  013e4  PUSH 2
  013e6  CMOD
  013e7  PUSH 1
  013e9  EQ
  013ea  ISZERO
  013eb  JUMPI
    ; math.coin:14: z = x
  013ec  LGET 0
  013ee  LSET 3
else_110:
  013f0  JUMPDEST
    ; math.coin:16: let half = base / 2
  013f1  LGET 2
  013f3  PUSH 2
  013f5  CDIV
  013f6  LSET 4
    ; math.coin:17: let xx = x
  013f8  LGET 0
  013fa  LSET 5
    ; math.coin:18: let k = n / 2
  013fc  LGET 1
  013fe  PUSH 2
  01400  CDIV
  01401  LSET 6
while_111:
    ; math.coin:19: while k > 0 {
  01403  JUMPDEST
  01404  PUSH @wend_112
  01407  LGET 6
  01409  PUSH 0
  0140a  GT
  0140b  ISZERO
  0140c  JUMPI
    ; math.coin:20: xx = (xx * xx + half) / base
  0140d  LGET 5
  0140f  LGET 5
  01411  CMUL
  01412  LGET 4
  01414  CADD
  01415  LGET 2
  01417  CDIV
  01418  LSET 5
    ; math.coin:21: if k % 2 == 1 {
  0141a  PUSH @else_113
  0141d  LGET 6
  0141f  PUSH 2
  01421  CMOD
  01422  PUSH 1
  01424  EQ
  01425  ISZERO
  01426  JUMPI
    ; math.coin:22: z = (z * xx + half) / base
  01427  LGET 3
  01429  LGET 5
  0142b  CMUL
  0142c  LGET 4
  0142e  CADD
  0142f  LGET 2
  01431  CDIV
  01432  LSET 3
else_113:
  01434  JUMPDEST
    ; math.coin:24: k = k / 2
  01435  LGET 6
  01437  PUSH 2
  01439  CDIV
  0143a  LSET 6
    ; math.coin:19: while k > 0 {
  0143c  PUSH @while_111
  0143f  JUMP
wend_112:
  01440  JUMPDEST
    ; math.coin:26: return z
  01441  LGET 3
  01443  RETF
  01444  INVALID
fn_Owned_only_owner:
    ; access.coin:24: view fn only_owner() {
  01445  ENTER 0
    ; access.coin:25: require(msg.sender == self.owner, "caller is not the owner")
  01447  PUSH @req_ok_114
  0144a  CALLER
  0144b  PUSH 0
  0144c  SLOAD
  0144d  EQ
  0144e  JUMPI
  0144f  PUSH 100
  01451  MALLOC
  01452  DUP1
  01453  PUSH 2420
  01456  PUSH 100
  01458  DATACOPY
  01459  PUSH 100
  0145b  REVERT
req_ok_114:
  0145c  JUMPDEST
    ; access.coin:24: view fn only_owner() {
  0145d  RETF
fn_VaultEngine_debt:
    ; vault.coin:352: view fn debt(art: uint) -> uint {
  0145e  ENTER 1
  01460  LSET 0
    ; vault.coin:353: return mul_div(art, self.rate, RAY)
  01462  LGET 0
  01464  PUSH 10
  01466  SLOAD
  01467  PUSH 0x33b2e3c9fd0803ce8000000
  01474  MULDIV
  01475  RETF
  01476  INVALID
fn_VaultEngine_price_at:
    ; vault.coin:361: view fn price_at(start_price: uint, started_at: uint) -> uint {
  01477  ENTER 3
  01479  LSET 1
  0147b  LSET 0
    ; vault.coin:362: let elapsed = block.timestamp - started_at
  0147d  TIMESTAMP
  0147e  LGET 1
  01480  CSUB
  01481  LSET 2
    ; vault.coin:363: if elapsed >= self.auction_duration {
  01483  PUSH @else_115
  01486  LGET 2
  01488  PUSH 8
  0148a  SLOAD
  0148b  LT
  0148c  ISZERO
  0148d  ISZERO
  0148e  JUMPI
    ; vault.coin:364: return 0
  0148f  PUSH 0
  01490  RETF
else_115:
  01491  JUMPDEST
    ; vault.coin:366: return mul_div(start_price, self.auction_duration - elapsed, self.auction_duration)
  01492  LGET 0
  01494  PUSH 8
  01496  SLOAD
  01497  LGET 2
  01499  CSUB
  0149a  PUSH 8
  0149c  SLOAD
  0149d  MULDIV
  0149e  RETF
  0149f  INVALID
fn_VaultEngine_safe:
    ; vault.coin:356: view fn safe(collateral: uint, debt: uint) -> bool {
  014a0  ENTER 6
  014a2  LSET 1
  014a4  LSET 0
    ; vault.coin:357: let price = Feed(self.oracle).price()
  014a6  PUSH 2
  014a8  SLOAD
  014a9  LSET 3
  014ab  PUSH @has_code_116
  014ae  LGET 3
  014b0  EXTCODESIZE
  014b1  JUMPI
  014b2  PUSH 132
  014b4  MALLOC
  014b5  DUP1
  014b6  PUSH 1788
  014b9  PUSH 132
  014bb  DATACOPY
  014bc  PUSH 132
  014be  REVERT
has_code_116:
  014bf  JUMPDEST
  014c0  PUSH 4
  014c2  MALLOC
  014c3  LSET 4
  014c5  LGET 4
  014c7  PUSH 0xa035b1fe00000000000000000000000000000000000000000000000000000000
  014e8  MSTORE
  014e9  PUSH @call_ok_117
  014ec  GAS
  014ed  LGET 3
  014ef  LGET 4
  014f1  PUSH 4
  014f3  PUSH0
  014f4  PUSH0
  014f5  STATICCALL
  014f6  JUMPI
  014f7  RETURNDATASIZE
  014f8  MALLOC
  014f9  DUP1
  014fa  PUSH0
  014fb  RETURNDATASIZE
  014fc  RETURNDATACOPY
  014fd  RETURNDATASIZE
  014fe  REVERT
call_ok_117:
  014ff  JUMPDEST
  01500  PUSH @ret_ok_118
  01503  RETURNDATASIZE
  01504  PUSH 32
  01506  LT
  01507  ISZERO
  01508  JUMPI
  01509  PUSH 100
  0150b  MALLOC
  0150c  DUP1
  0150d  PUSH 1920
  01510  PUSH 100
  01512  DATACOPY
  01513  PUSH 100
  01515  REVERT
ret_ok_118:
  01516  JUMPDEST
  01517  PUSH 32
  01519  MALLOC
  0151a  LSET 5
  0151c  LGET 5
  0151e  PUSH0
  0151f  PUSH 32
  01521  RETURNDATACOPY
  01522  LGET 5
  01524  MLOAD
  01525  LSET 2
    ; vault.coin:358: return mul_div(collateral, price, WAD) * WAD >= debt * self.liquidation_ratio
  01527  LGET 0
  01529  LGET 2
  0152b  PUSH 0xde0b6b3a7640000
  01534  MULDIV
  01535  PUSH 0xde0b6b3a7640000
  0153e  CMUL
  0153f  LGET 1
  01541  PUSH 3
  01543  SLOAD
  01544  CMUL
  01545  LT
  01546  ISZERO
  01547  RETF
  01548  INVALID
fn_VaultEngine_set_all:
    ; vault.coin:101: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  01549  ENTER 12
  0154b  LSET 6
  0154d  LSET 5
  0154f  LSET 4
  01551  LSET 3
  01553  LSET 2
  01555  LSET 1
  01557  LSET 0
    ; vault.coin:103: require(liquidation_ratio >= WAD, "liquidation ratio must be at least 100%")
  01559  PUSH @req_ok_119
  0155c  LGET 0
  0155e  PUSH 0xde0b6b3a7640000
  01567  LT
  01568  ISZERO
  01569  JUMPI
  0156a  PUSH 132
  0156c  MALLOC
  0156d  DUP1
  0156e  PUSH 2520
  01571  PUSH 132
  01573  DATACOPY
  01574  PUSH 132
  01576  REVERT
req_ok_119:
  01577  JUMPDEST
    ; vault.coin:104: require(liquidation_penalty <= WAD, "liquidation penalty must be at most 100%")
  01578  PUSH @req_ok_120
  0157b  LGET 1
  0157d  PUSH 0xde0b6b3a7640000
  01586  GT
  01587  ISZERO
  01588  JUMPI
  01589  PUSH 132
  0158b  MALLOC
  0158c  DUP1
  0158d  PUSH 2652
  01590  PUSH 132
  01592  DATACOPY
  01593  PUSH 132
  01595  REVERT
req_ok_120:
  01596  JUMPDEST
    ; vault.coin:105: require(stability_fee >= RAY and stability_fee < 2 * RAY, "stability fee is a per-second ray >= 1")
  01597  PUSH @req_ok_121
  0159a  LGET 2
  0159c  PUSH 0x33b2e3c9fd0803ce8000000
  015a9  LT
  015aa  ISZERO
  015ab  DUP1
  015ac  ISZERO
  015ad  PUSH @and_122
  015b0  SWAP1
  015b1  JUMPI
  015b2  POP
  015b3  LGET 2
  015b5  PUSH 0x6765c793fa10079d0000000
  015c2  LT
and_122:
  015c3  JUMPDEST
  015c4  JUMPI
  015c5  PUSH 132
  015c7  MALLOC
  015c8  DUP1
  015c9  PUSH 2784
  015cc  PUSH 132
  015ce  DATACOPY
  015cf  PUSH 132
  015d1  REVERT
req_ok_121:
  015d2  JUMPDEST
    ; vault.coin:106: require(auction_duration > 0, "auction duration must be positive")
  015d3  PUSH @req_ok_123
  015d6  LGET 5
  015d8  PUSH 0
  015d9  GT
  015da  JUMPI
  015db  PUSH 132
  015dd  MALLOC
  015de  DUP1
  015df  PUSH 2916
  015e2  PUSH 132
  015e4  DATACOPY
  015e5  PUSH 132
  015e7  REVERT
req_ok_123:
  015e8  JUMPDEST
    ; vault.coin:107: require(auction_buffer >= WAD, "auction buffer must be at least 1")
  015e9  PUSH @req_ok_124
  015ec  LGET 6
  015ee  PUSH 0xde0b6b3a7640000
  015f7  LT
  015f8  ISZERO
  015f9  JUMPI
  015fa  PUSH 132
  015fc  MALLOC
  015fd  DUP1
  015fe  PUSH 3048
  01601  PUSH 132
  01603  DATACOPY
  01604  PUSH 132
  01606  REVERT
req_ok_124:
  01607  JUMPDEST
    ; vault.coin:108: self.liquidation_ratio = liquidation_ratio
  01608  PUSH 3
  0160a  LGET 0
  0160c  SSTORE
    ; vault.coin:109: self.liquidation_penalty = liquidation_penalty
  0160d  PUSH 4
  0160f  LGET 1
  01611  SSTORE
    ; vault.coin:110: self.stability_fee = stability_fee
  01612  PUSH 5
  01614  LGET 2
  01616  SSTORE
    ; vault.coin:111: self.debt_ceiling = debt_ceiling
  01617  PUSH 6
  01619  LGET 3
  0161b  SSTORE
    ; vault.coin:112: self.dust = dust
  0161c  PUSH 7
  0161e  LGET 4
  01620  SSTORE
    ; vault.coin:113: self.auction_duration = auction_duration
  01621  PUSH 8
  01623  LGET 5
  01625  SSTORE
    ; vault.coin:114: self.auction_buffer = auction_buffer
  01626  PUSH 9
  01628  LGET 6
  0162a  SSTORE
    ; vault.coin:115: emit ParameterSet("liquidation_ratio", liquidation_ratio)
  0162b  PUSH 64
  0162d  MALLOC
  0162e  DUP1
  0162f  PUSH 3180
  01632  PUSH 64
  01634  DATACOPY
  01635  LSET 7
  01637  PUSH 64
  01639  LGET 7
  0163b  MLOAD
  0163c  PUSH 31
  0163e  ADD
  0163f  PUSH 5
  01641  SHR
  01642  PUSH 5
  01644  SHL
  01645  PUSH 32
  01647  ADD
  01648  ADD
  01649  LSET 8
  0164b  LGET 8
  0164d  MALLOC
  0164e  LSET 9
  01650  PUSH 64
  01652  LSET 10
  01654  LGET 9
  01656  PUSH 0
  01657  ADD
  01658  LGET 10
  0165a  MSTORE
  0165b  LGET 9
  0165d  PUSH 0
  0165e  ADD
  0165f  LGET 10
  01661  ADD
  01662  LGET 7
  01664  LGET 7
  01666  MLOAD
  01667  PUSH 31
  01669  ADD
  0166a  PUSH 5
  0166c  SHR
  0166d  PUSH 5
  0166f  SHL
  01670  PUSH 32
  01672  ADD
  01673  DUP1
  01674  LSET 11
  01676  MCOPY
  01677  LGET 10
  01679  LGET 11
  0167b  ADD
  0167c  LSET 10
  0167e  LGET 9
  01680  PUSH 32
  01682  ADD
  01683  LGET 0
  01685  MSTORE
  01686  LGET 9
  01688  LGET 8
  0168a  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  016ab  LOG1
    ; vault.coin:116: emit ParameterSet("liquidation_penalty", liquidation_penalty)
  016ac  PUSH 64
  016ae  MALLOC
  016af  DUP1
  016b0  PUSH 3244
  016b3  PUSH 64
  016b5  DATACOPY
  016b6  LSET 7
  016b8  PUSH 64
  016ba  LGET 7
  016bc  MLOAD
  016bd  PUSH 31
  016bf  ADD
  016c0  PUSH 5
  016c2  SHR
  016c3  PUSH 5
  016c5  SHL
  016c6  PUSH 32
  016c8  ADD
  016c9  ADD
  016ca  LSET 8
  016cc  LGET 8
  016ce  MALLOC
  016cf  LSET 9
  016d1  PUSH 64
  016d3  LSET 10
  016d5  LGET 9
  016d7  PUSH 0
  016d8  ADD
  016d9  LGET 10
  016db  MSTORE
  016dc  LGET 9
  016de  PUSH 0
  016df  ADD
  016e0  LGET 10
  016e2  ADD
  016e3  LGET 7
  016e5  LGET 7
  016e7  MLOAD
  016e8  PUSH 31
  016ea  ADD
  016eb  PUSH 5
  016ed  SHR
  016ee  PUSH 5
  016f0  SHL
  016f1  PUSH 32
  016f3  ADD
  016f4  DUP1
  016f5  LSET 11
  016f7  MCOPY
  016f8  LGET 10
  016fa  LGET 11
  016fc  ADD
  016fd  LSET 10
  016ff  LGET 9
  01701  PUSH 32
  01703  ADD
  01704  LGET 1
  01706  MSTORE
  01707  LGET 9
  01709  LGET 8
  0170b  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0172c  LOG1
    ; vault.coin:117: emit ParameterSet("stability_fee", stability_fee)
  0172d  PUSH 64
  0172f  MALLOC
  01730  DUP1
  01731  PUSH 3308
  01734  PUSH 64
  01736  DATACOPY
  01737  LSET 7
  01739  PUSH 64
  0173b  LGET 7
  0173d  MLOAD
  0173e  PUSH 31
  01740  ADD
  01741  PUSH 5
  01743  SHR
  01744  PUSH 5
  01746  SHL
  01747  PUSH 32
  01749  ADD
  0174a  ADD
  0174b  LSET 8
  0174d  LGET 8
  0174f  MALLOC
  01750  LSET 9
  01752  PUSH 64
  01754  LSET 10
  01756  LGET 9
  01758  PUSH 0
  01759  ADD
  0175a  LGET 10
  0175c  MSTORE
  0175d  LGET 9
  0175f  PUSH 0
  01760  ADD
  01761  LGET 10
  01763  ADD
  01764  LGET 7
  01766  LGET 7
  01768  MLOAD
  01769  PUSH 31
  0176b  ADD
  0176c  PUSH 5
  0176e  SHR
  0176f  PUSH 5
  01771  SHL
  01772  PUSH 32
  01774  ADD
  01775  DUP1
  01776  LSET 11
  01778  MCOPY
  01779  LGET 10
  0177b  LGET 11
  0177d  ADD
  0177e  LSET 10
  01780  LGET 9
  01782  PUSH 32
  01784  ADD
  01785  LGET 2
  01787  MSTORE
  01788  LGET 9
  0178a  LGET 8
  0178c  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  017ad  LOG1
    ; vault.coin:118: emit ParameterSet("debt_ceiling", debt_ceiling)
  017ae  PUSH 64
  017b0  MALLOC
  017b1  DUP1
  017b2  PUSH 3372
  017b5  PUSH 64
  017b7  DATACOPY
  017b8  LSET 7
  017ba  PUSH 64
  017bc  LGET 7
  017be  MLOAD
  017bf  PUSH 31
  017c1  ADD
  017c2  PUSH 5
  017c4  SHR
  017c5  PUSH 5
  017c7  SHL
  017c8  PUSH 32
  017ca  ADD
  017cb  ADD
  017cc  LSET 8
  017ce  LGET 8
  017d0  MALLOC
  017d1  LSET 9
  017d3  PUSH 64
  017d5  LSET 10
  017d7  LGET 9
  017d9  PUSH 0
  017da  ADD
  017db  LGET 10
  017dd  MSTORE
  017de  LGET 9
  017e0  PUSH 0
  017e1  ADD
  017e2  LGET 10
  017e4  ADD
  017e5  LGET 7
  017e7  LGET 7
  017e9  MLOAD
  017ea  PUSH 31
  017ec  ADD
  017ed  PUSH 5
  017ef  SHR
  017f0  PUSH 5
  017f2  SHL
  017f3  PUSH 32
  017f5  ADD
  017f6  DUP1
  017f7  LSET 11
  017f9  MCOPY
  017fa  LGET 10
  017fc  LGET 11
  017fe  ADD
  017ff  LSET 10
  01801  LGET 9
  01803  PUSH 32
  01805  ADD
  01806  LGET 3
  01808  MSTORE
  01809  LGET 9
  0180b  LGET 8
  0180d  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  0182e  LOG1
    ; vault.coin:119: emit ParameterSet("dust", dust)
  0182f  PUSH 64
  01831  MALLOC
  01832  DUP1
  01833  PUSH 3436
  01836  PUSH 64
  01838  DATACOPY
  01839  LSET 7
  0183b  PUSH 64
  0183d  LGET 7
  0183f  MLOAD
  01840  PUSH 31
  01842  ADD
  01843  PUSH 5
  01845  SHR
  01846  PUSH 5
  01848  SHL
  01849  PUSH 32
  0184b  ADD
  0184c  ADD
  0184d  LSET 8
  0184f  LGET 8
  01851  MALLOC
  01852  LSET 9
  01854  PUSH 64
  01856  LSET 10
  01858  LGET 9
  0185a  PUSH 0
  0185b  ADD
  0185c  LGET 10
  0185e  MSTORE
  0185f  LGET 9
  01861  PUSH 0
  01862  ADD
  01863  LGET 10
  01865  ADD
  01866  LGET 7
  01868  LGET 7
  0186a  MLOAD
  0186b  PUSH 31
  0186d  ADD
  0186e  PUSH 5
  01870  SHR
  01871  PUSH 5
  01873  SHL
  01874  PUSH 32
  01876  ADD
  01877  DUP1
  01878  LSET 11
  0187a  MCOPY
  0187b  LGET 10
  0187d  LGET 11
  0187f  ADD
  01880  LSET 10
  01882  LGET 9
  01884  PUSH 32
  01886  ADD
  01887  LGET 4
  01889  MSTORE
  0188a  LGET 9
  0188c  LGET 8
  0188e  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  018af  LOG1
    ; vault.coin:120: emit ParameterSet("auction_duration", auction_duration)
  018b0  PUSH 64
  018b2  MALLOC
  018b3  DUP1
  018b4  PUSH 3500
  018b7  PUSH 64
  018b9  DATACOPY
  018ba  LSET 7
  018bc  PUSH 64
  018be  LGET 7
  018c0  MLOAD
  018c1  PUSH 31
  018c3  ADD
  018c4  PUSH 5
  018c6  SHR
  018c7  PUSH 5
  018c9  SHL
  018ca  PUSH 32
  018cc  ADD
  018cd  ADD
  018ce  LSET 8
  018d0  LGET 8
  018d2  MALLOC
  018d3  LSET 9
  018d5  PUSH 64
  018d7  LSET 10
  018d9  LGET 9
  018db  PUSH 0
  018dc  ADD
  018dd  LGET 10
  018df  MSTORE
  018e0  LGET 9
  018e2  PUSH 0
  018e3  ADD
  018e4  LGET 10
  018e6  ADD
  018e7  LGET 7
  018e9  LGET 7
  018eb  MLOAD
  018ec  PUSH 31
  018ee  ADD
  018ef  PUSH 5
  018f1  SHR
  018f2  PUSH 5
  018f4  SHL
  018f5  PUSH 32
  018f7  ADD
  018f8  DUP1
  018f9  LSET 11
  018fb  MCOPY
  018fc  LGET 10
  018fe  LGET 11
  01900  ADD
  01901  LSET 10
  01903  LGET 9
  01905  PUSH 32
  01907  ADD
  01908  LGET 5
  0190a  MSTORE
  0190b  LGET 9
  0190d  LGET 8
  0190f  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  01930  LOG1
    ; vault.coin:121: emit ParameterSet("auction_buffer", auction_buffer)
  01931  PUSH 64
  01933  MALLOC
  01934  DUP1
  01935  PUSH 3564
  01938  PUSH 64
  0193a  DATACOPY
  0193b  LSET 7
  0193d  PUSH 64
  0193f  LGET 7
  01941  MLOAD
  01942  PUSH 31
  01944  ADD
  01945  PUSH 5
  01947  SHR
  01948  PUSH 5
  0194a  SHL
  0194b  PUSH 32
  0194d  ADD
  0194e  ADD
  0194f  LSET 8
  01951  LGET 8
  01953  MALLOC
  01954  LSET 9
  01956  PUSH 64
  01958  LSET 10
  0195a  LGET 9
  0195c  PUSH 0
  0195d  ADD
  0195e  LGET 10
  01960  MSTORE
  01961  LGET 9
  01963  PUSH 0
  01964  ADD
  01965  LGET 10
  01967  ADD
  01968  LGET 7
  0196a  LGET 7
  0196c  MLOAD
  0196d  PUSH 31
  0196f  ADD
  01970  PUSH 5
  01972  SHR
  01973  PUSH 5
  01975  SHL
  01976  PUSH 32
  01978  ADD
  01979  DUP1
  0197a  LSET 11
  0197c  MCOPY
  0197d  LGET 10
  0197f  LGET 11
  01981  ADD
  01982  LSET 10
  01984  LGET 9
  01986  PUSH 32
  01988  ADD
  01989  LGET 6
  0198b  MSTORE
  0198c  LGET 9
  0198e  LGET 8
  01990  PUSH 0xc6eeddce4b4af1253d6c284283a236f83c854ba2163447903920eeec1842903b
  019b1  LOG1
    ; vault.coin:101: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  019b2  RETF
; ---- init section (1330 bytes)
    ; vault.coin:43: contract VaultEngine is Owned {
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
    ; vault.coin:74: init(coin: address, oracle: address, liquidation_ratio: uint, liquidation_penalty: uint,
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
    ; vault.coin:43: contract VaultEngine is Owned {
  00048  JUMPDEST
  00049  PUSH0
  0004a  PUSH0
  0004b  REVERT
fn_VaultEngine_init:
    ; vault.coin:74: init(coin: address, oracle: address, liquidation_ratio: uint, liquidation_penalty: uint,
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
    ; vault.coin:77: Owned.init()
  00060  CALLF @fn_Owned_init
    ; vault.coin:78: self.coin = coin
  00063  PUSH 1
  00065  LGET 0
  00067  SSTORE
    ; vault.coin:79: self.oracle = oracle
  00068  PUSH 2
  0006a  LGET 1
  0006c  SSTORE
    ; vault.coin:80: self.rate = RAY
  0006d  PUSH 10
  0006f  PUSH 0x33b2e3c9fd0803ce8000000
  0007c  SSTORE
    ; vault.coin:81: self.rho = block.timestamp
  0007d  TIMESTAMP
  0007e  PUSH 11
  00080  SWAP1
  00081  SSTORE
    ; vault.coin:82: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00082  LGET 2
  00084  LGET 3
  00086  LGET 4
  00088  LGET 5
  0008a  LGET 6
    ; vault.coin:83: auction_duration, auction_buffer)
  0008c  LGET 7
  0008e  LGET 8
    ; vault.coin:82: self.set_all(liquidation_ratio, liquidation_penalty, stability_fee, debt_ceiling, dust,
  00090  CALLF @fn_VaultEngine_set_all
    ; vault.coin:74: init(coin: address, oracle: address, liquidation_ratio: uint, liquidation_penalty: uint,
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
    ; vault.coin:101: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  000c8  ENTER 12
  000ca  LSET 6
  000cc  LSET 5
  000ce  LSET 4
  000d0  LSET 3
  000d2  LSET 2
  000d4  LSET 1
  000d6  LSET 0
    ; vault.coin:103: require(liquidation_ratio >= WAD, "liquidation ratio must be at least 100%")
  000d8  PUSH @req_ok_3
  000db  LGET 0
  000dd  PUSH 0xde0b6b3a7640000
  000e6  LT
  000e7  ISZERO
  000e8  JUMPI
  000e9  PUSH 132
  000eb  MALLOC
  000ec  DUP1
  000ed  PUSH 2520
  000f0  PUSH 132
  000f2  DATACOPY
  000f3  PUSH 132
  000f5  REVERT
req_ok_3:
  000f6  JUMPDEST
    ; vault.coin:104: require(liquidation_penalty <= WAD, "liquidation penalty must be at most 100%")
  000f7  PUSH @req_ok_4
  000fa  LGET 1
  000fc  PUSH 0xde0b6b3a7640000
  00105  GT
  00106  ISZERO
  00107  JUMPI
  00108  PUSH 132
  0010a  MALLOC
  0010b  DUP1
  0010c  PUSH 2652
  0010f  PUSH 132
  00111  DATACOPY
  00112  PUSH 132
  00114  REVERT
req_ok_4:
  00115  JUMPDEST
    ; vault.coin:105: require(stability_fee >= RAY and stability_fee < 2 * RAY, "stability fee is a per-second ray >= 1")
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
  00148  PUSH 2784
  0014b  PUSH 132
  0014d  DATACOPY
  0014e  PUSH 132
  00150  REVERT
req_ok_5:
  00151  JUMPDEST
    ; vault.coin:106: require(auction_duration > 0, "auction duration must be positive")
  00152  PUSH @req_ok_7
  00155  LGET 5
  00157  PUSH 0
  00158  GT
  00159  JUMPI
  0015a  PUSH 132
  0015c  MALLOC
  0015d  DUP1
  0015e  PUSH 2916
  00161  PUSH 132
  00163  DATACOPY
  00164  PUSH 132
  00166  REVERT
req_ok_7:
  00167  JUMPDEST
    ; vault.coin:107: require(auction_buffer >= WAD, "auction buffer must be at least 1")
  00168  PUSH @req_ok_8
  0016b  LGET 6
  0016d  PUSH 0xde0b6b3a7640000
  00176  LT
  00177  ISZERO
  00178  JUMPI
  00179  PUSH 132
  0017b  MALLOC
  0017c  DUP1
  0017d  PUSH 3048
  00180  PUSH 132
  00182  DATACOPY
  00183  PUSH 132
  00185  REVERT
req_ok_8:
  00186  JUMPDEST
    ; vault.coin:108: self.liquidation_ratio = liquidation_ratio
  00187  PUSH 3
  00189  LGET 0
  0018b  SSTORE
    ; vault.coin:109: self.liquidation_penalty = liquidation_penalty
  0018c  PUSH 4
  0018e  LGET 1
  00190  SSTORE
    ; vault.coin:110: self.stability_fee = stability_fee
  00191  PUSH 5
  00193  LGET 2
  00195  SSTORE
    ; vault.coin:111: self.debt_ceiling = debt_ceiling
  00196  PUSH 6
  00198  LGET 3
  0019a  SSTORE
    ; vault.coin:112: self.dust = dust
  0019b  PUSH 7
  0019d  LGET 4
  0019f  SSTORE
    ; vault.coin:113: self.auction_duration = auction_duration
  001a0  PUSH 8
  001a2  LGET 5
  001a4  SSTORE
    ; vault.coin:114: self.auction_buffer = auction_buffer
  001a5  PUSH 9
  001a7  LGET 6
  001a9  SSTORE
    ; vault.coin:115: emit ParameterSet("liquidation_ratio", liquidation_ratio)
  001aa  PUSH 64
  001ac  MALLOC
  001ad  DUP1
  001ae  PUSH 3180
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
    ; vault.coin:116: emit ParameterSet("liquidation_penalty", liquidation_penalty)
  0022b  PUSH 64
  0022d  MALLOC
  0022e  DUP1
  0022f  PUSH 3244
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
    ; vault.coin:117: emit ParameterSet("stability_fee", stability_fee)
  002ac  PUSH 64
  002ae  MALLOC
  002af  DUP1
  002b0  PUSH 3308
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
    ; vault.coin:118: emit ParameterSet("debt_ceiling", debt_ceiling)
  0032d  PUSH 64
  0032f  MALLOC
  00330  DUP1
  00331  PUSH 3372
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
    ; vault.coin:119: emit ParameterSet("dust", dust)
  003ae  PUSH 64
  003b0  MALLOC
  003b1  DUP1
  003b2  PUSH 3436
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
    ; vault.coin:120: emit ParameterSet("auction_duration", auction_duration)
  0042f  PUSH 64
  00431  MALLOC
  00432  DUP1
  00433  PUSH 3500
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
    ; vault.coin:121: emit ParameterSet("auction_buffer", auction_buffer)
  004b0  PUSH 64
  004b2  MALLOC
  004b3  DUP1
  004b4  PUSH 3564
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
    ; vault.coin:101: fn set_all(liquidation_ratio: uint, liquidation_penalty: uint, stability_fee: uint,
  00531  RETF
; ---- data section (3628 bytes)
  00000  08c379a000000000000000000000000000000000000000000000000000000000
  00020  0000002000000000000000000000000000000000000000000000000000000000
  00040  000000206f776e65722063616e6e6f7420626520746865207a65726f20616464
  00060  7265737300000000000000000000000000000000000000000000000000000000
  00080  000000066f7261636c6500000000000000000000000000000000000000000000
  000a0  0000000008c379a0000000000000000000000000000000000000000000000000
  000c0  0000000000000020000000000000000000000000000000000000000000000000
  000e0  00000000000000186465706f736974206d75737420626520706f736974697665
  00100  000000000000000008c379a00000000000000000000000000000000000000000
  00120  0000000000000000000000200000000000000000000000000000000000000000
  00140  000000000000000000000020776974686472617720616d6f756e74206d757374
  00160  20626520706f73697469766508c379a000000000000000000000000000000000
  00180  0000000000000000000000000000002000000000000000000000000000000000
  001a0  00000000000000000000000000000022776974686472617720616d6f756e7420
  001c0  6578636565647320636f6c6c61746572616c0000000000000000000000000000
  001e0  0000000000000000000000000000000008c379a0000000000000000000000000
  00200  0000000000000000000000000000000000000020000000000000000000000000
  00220  00000000000000000000000000000000000000267769746864726177616c2077
  00240  6f756c64206d616b6520746865207661756c7420756e73616665000000000000
  00260  000000000000000000000000000000000000000008c379a00000000000000000
  00280  0000000000000000000000000000000000000000000000200000000000000000
  002a0  00000000000000000000000000000000000000000000001573656e643a207472
  002c0  616e73666572206661696c6564000000000000000000000008c379a000000000
  002e0  0000000000000000000000000000000000000000000000000000002000000000
  00300  0000000000000000000000000000000000000000000000000000001e626f7272
  00320  6f7720616d6f756e74206d75737420626520706f736974697665000008c379a0
  00340  0000000000000000000000000000000000000000000000000000000000000020
  00360  000000000000000000000000000000000000000000000000000000000000002a
  00380  7661756c74206465627420776f756c642062652062656c6f7720746865206475
  003a0  7374206d696e696d756d00000000000000000000000000000000000000000000
  003c0  08c379a000000000000000000000000000000000000000000000000000000000
  003e0  0000002000000000000000000000000000000000000000000000000000000000
  00400  0000001464656274206365696c696e6720726561636865640000000000000000
  00420  0000000008c379a0000000000000000000000000000000000000000000000000
  00440  0000000000000020000000000000000000000000000000000000000000000000
  00460  00000000000000236e6f7420656e6f75676820636f6c6c61746572616c20666f
  00480  7220746869732064656274000000000000000000000000000000000000000000
  004a0  000000000000000008c379a00000000000000000000000000000000000000000
  004c0  0000000000000000000000200000000000000000000000000000000000000000
  004e0  00000000000000000000002c63616c6c20746f206d696e743a20746865207461
  00500  72676574206164647265737320686173206e6f20636f64650000000000000000
  00520  00000000000000000000000008c379a000000000000000000000000000000000
  00540  0000000000000000000000000000002000000000000000000000000000000000
  00560  0000000000000000000000000000001d726570617920616d6f756e74206d7573
  00580  7420626520706f73697469766500000008c379a0000000000000000000000000
  005a0  0000000000000000000000000000000000000020000000000000000000000000
  005c0  00000000000000000000000000000000000000117661756c7420686173206e6f
  005e0  206465627400000000000000000000000000000008c379a00000000000000000
  00600  0000000000000000000000000000000000000000000000200000000000000000
  00620  00000000000000000000000000000000000000000000002e72656d61696e696e
  00640  67206465627420776f756c642062652062656c6f77207468652064757374206d
  00660  696e696d756d00000000000000000000000000000000000008c379a000000000
  00680  0000000000000000000000000000000000000000000000000000002000000000
  006a0  0000000000000000000000000000000000000000000000000000002c63616c6c
  006c0  20746f206275726e3a2074686520746172676574206164647265737320686173
  006e0  206e6f20636f6465000000000000000000000000000000000000000008c379a0
  00700  0000000000000000000000000000000000000000000000000000000000000020
  00720  000000000000000000000000000000000000000000000000000000000000002d
  00740  63616c6c20746f2070726963653a207468652074617267657420616464726573
  00760  7320686173206e6f20636f646500000000000000000000000000000000000000
  00780  08c379a000000000000000000000000000000000000000000000000000000000
  007a0  0000002000000000000000000000000000000000000000000000000000000000
  007c0  0000002063616c6c20746f2070726963653a2073686f72742072657475726e20
  007e0  6461746108c379a0000000000000000000000000000000000000000000000000
  00800  0000000000000020000000000000000000000000000000000000000000000000
  00820  000000000000000d7661756c7420697320736166650000000000000000000000
  00840  000000000000000008c379a00000000000000000000000000000000000000000
  00860  0000000000000000000000200000000000000000000000000000000000000000
  00880  00000000000000000000001561756374696f6e206973206e6f74206163746976
  008a0  65000000000000000000000008c379a000000000000000000000000000000000
  008c0  0000000000000000000000000000002000000000000000000000000000000000
  008e0  0000000000000000000000000000002061756374696f6e207072696365206973
  00900  2061626f7665206d61785f707269636508c379a0000000000000000000000000
  00920  0000000000000000000000000000000000000020000000000000000000000000
  00940  000000000000000000000000000000000000000f6e6f7468696e6720746f2074
  00960  616b65000000000000000000000000000000000008c379a00000000000000000
  00980  0000000000000000000000000000000000000000000000200000000000000000
  009a0  00000000000000000000000000000000000000000000001763616c6c65722069
  009c0  73206e6f7420746865206f776e657200000000000000000008c379a000000000
  009e0  0000000000000000000000000000000000000000000000000000002000000000
  00a00  000000000000000000000000000000000000000000000000000000276c697175
  00a20  69646174696f6e20726174696f206d757374206265206174206c656173742031
  00a40  3030250000000000000000000000000000000000000000000000000008c379a0
  00a60  0000000000000000000000000000000000000000000000000000000000000020
  00a80  0000000000000000000000000000000000000000000000000000000000000028
  00aa0  6c69717569646174696f6e2070656e616c7479206d757374206265206174206d
  00ac0  6f73742031303025000000000000000000000000000000000000000000000000
  00ae0  08c379a000000000000000000000000000000000000000000000000000000000
  00b00  0000002000000000000000000000000000000000000000000000000000000000
  00b20  0000002673746162696c697479206665652069732061207065722d7365636f6e
  00b40  6420726179203e3d203100000000000000000000000000000000000000000000
  00b60  0000000008c379a0000000000000000000000000000000000000000000000000
  00b80  0000000000000020000000000000000000000000000000000000000000000000
  00ba0  000000000000002161756374696f6e206475726174696f6e206d757374206265
  00bc0  20706f7369746976650000000000000000000000000000000000000000000000
  00be0  000000000000000008c379a00000000000000000000000000000000000000000
  00c00  0000000000000000000000200000000000000000000000000000000000000000
  00c20  00000000000000000000002161756374696f6e20627566666572206d75737420
  00c40  6265206174206c65617374203100000000000000000000000000000000000000
  00c60  0000000000000000000000000000000000000000000000000000000000000000
  00c80  0000000000000000000000116c69717569646174696f6e5f726174696f000000
  00ca0  0000000000000000000000000000000000000000000000000000000000000000
  00cc0  0000000000000000000000136c69717569646174696f6e5f70656e616c747900
  00ce0  0000000000000000000000000000000000000000000000000000000000000000
  00d00  00000000000000000000000d73746162696c6974795f66656500000000000000
  00d20  0000000000000000000000000000000000000000000000000000000000000000
  00d40  00000000000000000000000c646562745f6365696c696e670000000000000000
  00d60  0000000000000000000000000000000000000000000000000000000000000000
  00d80  0000000000000000000000046475737400000000000000000000000000000000
  00da0  0000000000000000000000000000000000000000000000000000000000000000
  00dc0  00000000000000000000001061756374696f6e5f6475726174696f6e00000000
  00de0  0000000000000000000000000000000000000000000000000000000000000000
  00e00  00000000000000000000000e61756374696f6e5f627566666572000000000000
  00e20  000000000000000000000000
