# Mestre — دری. Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native Dari speaker at the café is welcome.

## Why a change was refused
refusal-unsigned = دستگاه این تغییر را امضا نکرده است.
refusal-unknown-device = این دستگاه از کافه نیست.
refusal-bad-signature = امضا درست نیست. شاید این تغییر جعلی باشد.
refusal-stamp-out-of-range = وقت این تغییر ممکن نیست.
refusal-device-retired = وقتی این تغییر شد، دستگاه جدا شده بود.
refusal-invalid = یک قیمت غلط یا بسیار کلان است.
refusal-unknown-author = این شخص در کافه نیست.
refusal-not-owner = این از کس دیگر است.
refusal-owner-changed = این تغییر خواست آن را به کس دیگر بدهد.
refusal-needs-mentor = تنها رهنما این کار را کرده می‌تواند.
refusal-unknown-mentor-key = کلید رهنما اینجا شناخته نیست.
refusal-bad-mentor-signature = امضای رهنما درست نیست.
refusal-mentor-key-revoked = کلید رهنما پس گرفته شده بود.
# review: new sentence, not yet checked by a native speaker
refusal-append-only = یک مورد در یک فهرست را نمی‌شود تغییر داد.

## What a change was about
record-device-intro = یک دستگاه
record-mentor-key = کلید رهنما
record-cafe = کافه
record-person = یک شخص
record-credential = رمز یا پین تصویری
record-media = عکس یا آواز ثبت‌شده
record-diary-day = یک روز در کتابچه
record-diary-item = چیزی در کتابچه
record-diary-comment = یک نظر
record-prompt-clip = آواز ثبت‌شده
# review: new names, not yet checked by a native speaker
record-word = یک کلمه
record-word-translation = یک کلمه به زبان دیگر
record-word-review = یک جواب در تمرین کلمه‌ها
record-ingredient = یک مادهٔ غذایی
record-recipe = یک دستور پخت
record-recipe-step = یک مرحلهٔ دستور پخت
record-recipe-ingredient = یک ماده در دستور پخت
record-menu-dish = یک غذا در مینوی هفته
record-fridge-routine = مدت نگهداری خود کافه برای یک غذا
record-fridge-practice = نتیجه تمرین یخچال
record-fridge-label = یک برچسب چاپ‌شده
record-fridge-reading = یک اندازه‌گیری حرارت

## The mentor's list of refused changes
quarantine-title = تغییرهای ایستاده‌شده
quarantine-count = ایستاده‌شده: { $count }
quarantine-help = یک دستگاه این تغییرها را فرستاد، اما اجازه نداشتند. نگه داشته شده‌اند، اما استفاده نشده‌اند.
quarantine-none = هیچ تغییری ایستاده نشده است.
quarantine-from = { $who } روی { $device }
quarantine-set-aside = در فهرست نگه داشته نشده
quarantine-open = دیدن تغییرهای ایستاده‌شده
record-competence-plan = هدفی در پلان یک کارآموز
record-competence-rating = ارزیابی کارآموز از خودش
record-competence-evidence = مدرکی وصل به یک هدف
record-competence-mark = نشانی امضاشدهٔ منتور (P، F، K)
# review: to be checked by a native speaker
record-review-seen = آنچه منتور از کار کارآموز دیده است
# review: to be checked by a native speaker
record-practice-suggestion = پیشنهاد منتور برای تمرین کارآموز
# review: to be checked by a native speaker
record-erasure = پاک کردن کارآموز
# review: to be checked by a native speaker
record-task-card = یک کارت کار
# review: to be checked by a native speaker
record-fridge-food = یکی از غذاهای خود کافه
# review: to be checked by a native speaker
record-competence-aim = یکی از هدف‌های خود کافه
# review: to be checked by a native speaker
record-content-language = محتوا به یک زبان: متن یا آواز ثبت‌شده
