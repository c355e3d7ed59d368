# Mestre — فارسی. Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native speaker at the café is welcome.

## Why a change was refused
refusal-unsigned = دستگاه این تغییر را امضا نکرده است.
refusal-unknown-device = این دستگاه عضو کافه نیست.
refusal-bad-signature = امضا درست نیست. شاید این تغییر جعلی باشد.
refusal-stamp-out-of-range = زمان این تغییر ممکن نیست.
refusal-device-retired = وقتی این تغییر انجام شد، دستگاه جدا شده بود.
refusal-invalid = یک مقدار اشتباه یا خیلی بزرگ است.
refusal-unknown-author = این شخص در کافه نیست.
refusal-not-owner = این مال شخص دیگری است.
refusal-owner-changed = این تغییر خواست آن را به شخص دیگری بدهد.
refusal-needs-mentor = فقط مربی می‌تواند این کار را بکند.
refusal-unknown-mentor-key = کلید مربی اینجا شناخته نیست.
refusal-bad-mentor-signature = امضای مربی درست نیست.
refusal-mentor-key-revoked = کلید مربی پس گرفته شده بود.
refusal-append-only = یک مورد در یک فهرست را نمی‌شود تغییر داد.

## What a change was about
record-device-intro = یک دستگاه
record-mentor-key = کلید مربی
record-cafe = کافه
record-person = یک شخص
record-credential = رمز یا پین تصویری
record-media = عکس یا صدای ضبط‌شده
record-diary-day = یک روز در دفترچه
record-diary-item = چیزی در دفترچه
record-diary-comment = یک یادداشت
record-prompt-clip = صدای ضبط‌شده
record-word = یک واژه
record-word-translation = یک واژه به زبان دیگر
record-word-review = یک پاسخ در تمرین واژه‌ها
record-ingredient = یک مادهٔ غذایی
record-recipe = یک دستور پخت
record-recipe-step = یک مرحلهٔ دستور پخت
record-recipe-ingredient = یک ماده در دستور پخت
record-menu-dish = یک غذا در منوی هفته
record-fridge-routine = مدت نگهداری خود کافه برای یک غذا
record-fridge-practice = نتیجه تمرین یخچال
record-fridge-label = یک برچسب چاپ‌شده
record-fridge-reading = یک اندازه‌گیری دما

## The mentor's list of refused changes
quarantine-title = تغییرهای متوقف‌شده
quarantine-count = متوقف‌شده: { $count }
quarantine-help = یک دستگاه این تغییرها را فرستاد، اما اجازه نداشتند. نگه داشته شده‌اند، اما به کار نرفته‌اند.
quarantine-none = هیچ تغییری متوقف نشده است.
quarantine-from = { $who } روی { $device }
quarantine-set-aside = در فهرست نگه داشته نشده
quarantine-open = دیدن تغییرهای متوقف‌شده
record-competence-plan = هدفی در برنامهٔ یک کارآموز
record-competence-rating = ارزیابی کارآموز از خودش
record-competence-evidence = مدرکی وصل به یک هدف
record-competence-mark = علامت امضاشدهٔ مربی (P، F، K)
# review: to be checked by a native speaker
record-review-seen = آنچه مربی از کار کارآموز دیده است
# review: to be checked by a native speaker
record-practice-suggestion = پیشنهاد مربی برای تمرین کارآموز
# review: to be checked by a native speaker
record-erasure = پاک کردن کارآموز
# review: to be checked by a native speaker
record-task-card = یک کارت کار
# review: to be checked by a native speaker
record-fridge-food = یکی از غذاهای خود کافه
# review: to be checked by a native speaker
record-competence-aim = یکی از هدف‌های خود کافه
# review: to be checked by a native speaker
record-content-language = محتوا به یک زبان: متن یا صدای ضبط‌شده
