# Mestre — پښتو. Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native Pashto speaker at the café is needed.

## Why a change was refused
refusal-unsigned = وسیلې دا بدلون نه دی لاسلیک کړی.
refusal-unknown-device = دا وسیله د کافې نه ده.
refusal-bad-signature = لاسلیک سم نه دی. کېدای شي بدلون جعلي وي.
refusal-stamp-out-of-range = د بدلون وخت ناشونی دی.
refusal-device-retired = کله چې بدلون وشو، وسیله جلا شوې وه.
refusal-invalid = یو ارزښت غلط یا ډېر لوی دی.
refusal-unknown-author = دا کس په کافه کې نشته.
refusal-not-owner = دا د بل چا دی.
refusal-owner-changed = بدلون هڅه وکړه چې بل چا ته یې ورکړي.
refusal-needs-mentor = یوازې ښوونکې دا کار کولی شي.
refusal-unknown-mentor-key = د ښوونکې کیلي دلته نه پېژندل کېږي.
refusal-bad-mentor-signature = د ښوونکې لاسلیک سم نه دی.
refusal-mentor-key-revoked = د ښوونکې کیلي بېرته اخیستل شوې وه.
# review: new sentence, not yet checked by a native speaker
refusal-append-only = په لړلیک کې یو شی نه شي بدلېدای.

## What a change was about
record-device-intro = یوه وسیله
record-mentor-key = د ښوونکې کیلي
record-cafe = کافه
record-person = یو کس
record-credential = پټنوم یا د انځورونو PIN
record-media = انځور یا ثبت شوی غږ
record-diary-day = په کتابچه کې یوه ورځ
record-diary-item = په کتابچه کې څه
record-diary-comment = یوه تبصره
record-prompt-clip = ثبت شوی غږ
# review: new names, not yet checked by a native speaker
record-word = یوه کلمه
record-word-translation = یوه کلمه په بله ژبه
record-word-review = د کلمو په تمرین کې یو ځواب
record-ingredient = یو خوراکي توکی
record-recipe = د پخلي لارښود
record-recipe-step = د پخلي یو ګام
record-recipe-ingredient = په لارښود کې یو توکی
record-menu-dish = د اونۍ په مینو کې یو خواړه
record-fridge-routine = د یوه خوراک لپاره د کافې خپله موده
record-fridge-practice = د یخچال د تمرین پایله
record-fridge-label = یو چاپ شوی لیبل
record-fridge-reading = د تودوخې یوه اندازه

## The mentor's list of refused changes
quarantine-title = درول شوي بدلونونه
quarantine-count = درول شوي: { $count }
quarantine-help = یوې وسیلې دا بدلونونه ولېږل، خو اجازه یې نه درلوده. ساتل شوي، خو نه کارول کېږي.
quarantine-none = هېڅ بدلون نه دی درول شوی.
quarantine-from = { $who } په { $device }
quarantine-set-aside = په لړلیک کې نه دی ساتل شوی
quarantine-open = درول شوي بدلونونه وګورئ
record-competence-plan = د زده کوونکې په پلان کې موخه
record-competence-rating = د زده کوونکې د ځان ارزونه
record-competence-evidence = له موخې سره تړلی شاهد
record-competence-mark = د لارښودې لاسلیک شوې نښه (P، F، K)
# review: to be checked by a native speaker
record-review-seen = هغه څه چې لارښودې د زده کوونکې له کاره لیدلي
# review: to be checked by a native speaker
record-practice-suggestion = د لارښودې وړاندیز چې زده کوونکې پرې تمرین وکړي
# review: to be checked by a native speaker
record-erasure = د زده کوونکې ړنګول
# review: to be checked by a native speaker
record-task-card = د دندې کارت
# review: to be checked by a native speaker
record-fridge-food = د کافې له خپلو خوړو یو
# review: to be checked by a native speaker
record-competence-aim = د کافې له خپلو موخو یوه
# review: to be checked by a native speaker
record-content-language = منځپانګه په یوه ژبه: لیکنه یا ثبت شوی غږ
