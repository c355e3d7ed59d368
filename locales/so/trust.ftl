# Mestre — Soomaali. Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native Somali speaker at the café is needed.

## Why a change was refused
refusal-unsigned = Qalabku ma saxiixin isbeddelkan.
refusal-unknown-device = Qalabkani kama mid aha kafeega.
refusal-bad-signature = Saxiixu isma laha. Isbeddelku waxaa laga yaabaa inuu been abuur yahay.
refusal-stamp-out-of-range = Waqtiga isbeddelku ma suurtowdo.
refusal-device-retired = Qalabka waa la saaray markii isbeddelka la sameeyay.
refusal-invalid = Qiime waa khalad ama aad buu u weyn yahay.
refusal-unknown-author = Qofkani kuma jiro kafeega.
refusal-not-owner = Waxaa leh qof kale.
refusal-owner-changed = Isbeddelku wuxuu isku dayay inuu qof kale siiyo.
refusal-needs-mentor = Kaliya macallimad ayaa samayn karta tan.
refusal-unknown-mentor-key = Furaha macallimadda halkan lagama yaqaan.
refusal-bad-mentor-signature = Saxiixa macallimadda isma laha.
refusal-mentor-key-revoked = Furaha macallimadda waa la laabtay.
# review: new sentence, not yet checked by a native speaker
refusal-append-only = Wax ku qoran diiwaan lama beddeli karo.

## What a change was about
record-device-intro = Qalab
record-mentor-key = Furaha macallimadda
record-cafe = Kafeega
record-person = Qof
record-credential = Furaha sirta ama PIN sawiro
record-media = Sawir ama duubis
record-diary-day = Maalin buugga ku jirta
record-diary-item = Wax buugga ku jira
record-diary-comment = Faallo
record-prompt-clip = Cod la duubay
# review: new names, not yet checked by a native speaker
record-word = Eray
record-word-translation = Eray luqad kale ah
record-word-review = Jawaab ku jirta layli erayo
record-ingredient = Walax cunto
record-recipe = Cunto karis
record-recipe-step = Tallaabo cunto karis
record-recipe-ingredient = Walax ku jira cunto karis
record-menu-dish = Cunto ku jira liiska toddobaadka
record-fridge-routine = Muddada kafeega ee cunto
record-fridge-practice = Natiijada layliga qaboojiyaha
record-fridge-label = Calaamad la daabacay
record-fridge-reading = Cabbir heerkul

## The mentor's list of refused changes
quarantine-title = Isbeddello la joojiyay
quarantine-count = La joojiyay: { $count }
quarantine-help = Qalab ayaa soo diray isbeddelladan, laakiin looma oggolayn. Waa la keydiyay, laakiin lama isticmaalin.
quarantine-none = Isbeddel lama joojin.
quarantine-from = { $who } ee { $device }
quarantine-set-aside = Diiwaanka laguma keydin
quarantine-open = Eeg isbeddellada la joojiyay
record-competence-plan = Yool ku jira qorshaha tababarte
record-competence-rating = Qiimeynta tababarte ee nafteeda
record-competence-evidence = Caddeyn ku xiran yool
record-competence-mark = Calaamad saxiixan oo lataliye (P, F, K)
# review: to be checked by a native speaker
record-review-seen = Waxa lataliyuhu ka arkay tababarto
# review: to be checked by a native speaker
record-practice-suggestion = Soo jeedinta lataliyaha ee waxa tababartadu ku tababarto
# review: to be checked by a native speaker
record-erasure = Tirtiridda tababarto
# review: to be checked by a native speaker
record-task-card = Kaar hawleed
# review: to be checked by a native speaker
record-fridge-food = Cunto ka mid ah cuntooyinka kafeega
# review: to be checked by a native speaker
record-competence-aim = Yool ka mid ah yoolasha kafeega
# review: to be checked by a native speaker
record-content-language = Waxyaabo hal luqad ah: qoraal ama cod la duubay
