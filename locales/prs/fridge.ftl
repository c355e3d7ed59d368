## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers from the Persian text with Dari words; a native speaker should check these sentences
section-fridge = یخچال
fridge-title = یخچال و برچسب
fridge-zone-fridge = یخچال
fridge-zone-freezer = فریزر
fridge-zone-dry = انبار خشک
fridge-event-made = تهیه شده
fridge-event-opened = باز شده
fridge-event-thawed = یخ‌زدایی شده
fridge-event-delivered = تحویل گرفته شده
fridge-hot-holding = گرم نگه داشتن
fridge-cooling = سرد کردن
fridge-game-where-does-it-go = کجا گذاشته شود؟
fridge-game-how-cold = چقدر سرد؟
fridge-game-write-the-label = برچسب را بنویس
fridge-game-first-in-first-out = اول وارد، اول خارج
fridge-ask-zone = { $food } کجا گذاشته شود؟
fridge-ask-cold = { $food } در { $zone ->
        [freezer] فریزر
       *[fridge] یخچال
    }: کدام دما درست است؟
fridge-ask-hot = غذا برای سرو گرم نگه داشته می‌شود. کدام دما درست است؟
fridge-ask-cooling = غذای گرم سرد می‌شود. بعد از { $hours } ساعت: کدام دما درست است؟
fridge-ask-label-made = امروز { $food } درست کردی. برچسب را بساز.
fridge-ask-label-opened = امروز { $food } را باز کردی. برچسب را بساز.
fridge-ask-label-thawed = امروز یخ { $food } را باز کردی. برچسب را بساز.
fridge-ask-label-delivered = امروز { $food } را تحویل گرفتی. برچسب را بساز.
fridge-ask-shelf = ظرفی را که خیلی کهنه است دور بینداز. بقیه را در قفسه بگذار: آنچه باید اول مصرف شود، جلو.
fridge-why-zone-cold = { $food } در { $zone ->
        [freezer] فریزر
       *[fridge] یخچال
    } گذاشته می‌شود، در { $max } یا سردتر.
fridge-why-zone-dry = { $food } در انبار خشک گذاشته می‌شود: خشک و خنک، در ظرف بسته.
fridge-why-hot = غذایی که گرم نگه داشته می‌شود باید دست‌کم { $min } باشد.
fridge-why-cooling = غذای گرم باید در { $hours } ساعت به زیر { $to } سرد شود.
fridge-why-product = محصول { $food } است.
fridge-why-made = { $event ->
        [opened] باز شده
        [thawed] یخ‌زدایی شده
        [delivered] تحویل گرفته شده
       *[made] تهیه شده
    }: امروز، { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } همان روز مصرف می‌شود.
       *[other] { $food } { $days } روز سالم می‌ماند.
    } { $event ->
        [opened] باز شده
        [thawed] یخ‌زدایی شده
        [delivered] تحویل گرفته شده
       *[made] تهیه شده
    } { $made }، مصرف تا { $date }.
fridge-why-allergens = { $food } این مواد حساسیت‌زا را دارد: { $list }.
fridge-why-no-allergens = { $food } هیچ‌کدام از ۱۴ ماده حساسیت‌زا را ندارد.
fridge-why-maker = تو غذا را درست کردی. خودت را انتخاب کن.
fridge-why-expired = { $food } باید تا { $date } مصرف می‌شد. باید دور انداخته شود.
fridge-why-order = آنچه باید اول مصرف شود، جلو است. تازه‌ترین، عقب.
fridge-right = درست است!
fridge-wrong = درست نیست.
fridge-partly = { $right } از { $total } درست.
fridge-result = { $right } از { $total } را درست جواب دادی.
fridge-label-keep = { $zone ->
        [freezer] فریزر
       *[fridge] یخچال
    }، حداکثر { $max }
fridge-label-use-by = مصرف تا
fridge-label-allergens = مواد حساسیت‌زا
fridge-label-no-allergens = بدون مواد حساسیت‌زا
fridge-label-made-by = تهیه‌کننده { $initials }
fridge-too-warm-fridge = خیلی گرم است! یخچال { $reading } است. باید { $max } یا سردتر باشد. به رهنما بگو، در را خوب ببند و یک ساعت بعد دوباره اندازه بگیر.
fridge-too-warm-freezer = خیلی گرم است! فریزر { $reading } است. باید { $max } یا سردتر باشد. فوراً به رهنما بگو.
fridge-practice = تمرین
fridge-practice-hint = تمرین یخچال: غذا کجا برود، چقدر سرد، برچسب و ترتیب.
fridge-labels = برچسب‌ها
fridge-check = دما
fridge-catalogue = مواد غذایی
fridge-question = سؤال { $n } از { $total }
fridge-finish = تمام
fridge-play-again = دوباره تمرین کن
fridge-choose-game = یک تمرین انتخاب کن
fridge-pick-product = این کدام غذاست؟
fridge-pick-made = تاریخ تهیه
fridge-pick-use-by = مصرف تا
fridge-pick-allergens = مواد حساسیت‌زا: روی آنهایی که غذا دارد بزن
fridge-pick-maker = چه کسی غذا را درست کرد؟
fridge-check-label = برچسب را بررسی کن
fridge-shelf-bin = سطل زباله
fridge-shelf-front = جلو
fridge-shelf-back = عقب
fridge-shelf-step-bin = روی ظرفی که خیلی کهنه است بزن.
fridge-shelf-step-order = روی ظرف‌ها به ترتیب بزن: آنچه باید اول مصرف شود، اول.
fridge-shelf-again = قفسه را از نو شروع کن
fridge-pick-reading = ترمامتر چه نشان می‌دهد؟
fridge-evidence-saved = به عنوان مدرک برای هدف آموزشی { $aim } ذخیره شد.
fridge-print-title = چاپ برچسب
fridge-print-item = غذا را انتخاب کن
fridge-print-recipe = طبق دستور پخت
fridge-print-no-recipe = بدون دستور پخت
fridge-print-day = تاریخ
fridge-print-today = امروز
fridge-print-yesterday = دیروز
fridge-print-size = اندازه
fridge-size-62mm = رول ۶۲ میلی‌متری
fridge-size-57x32mm = برچسب ۵۷ × ۳۲ میلی‌متری
fridge-print = چاپ
fridge-save-pdf = فقط PDF ذخیره شود
fridge-reprint = دوباره چاپ کن
fridge-printed = برچسب به چاپگر فرستاده شد.
fridge-saved = به صورت PDF ذخیره شد: { $path }
fridge-label-log = برچسب‌های چاپ‌شده
fridge-label-log-empty = هنوز برچسبی چاپ نشده است.
fridge-label-reprint-mark = کپی
fridge-check-title = کنترل دما
fridge-check-today = امروز اندازه گرفته شد
fridge-check-missing = امروز اندازه گرفته نشده
fridge-check-limit = حداکثر { $max }
fridge-check-type = دما به درجه
fridge-check-save = اندازه را ذخیره کن
fridge-check-ok = خوب است! دما درست است.
fridge-check-chart = ۳۰ روز گذشته
fridge-check-empty = هنوز اندازه‌ای نیست.
fridge-check-warmer = گرم‌تر
fridge-check-colder = سردتر
fridge-keeps = { $days ->
        [0] همان روز مصرف شود
       *[other] { $days } روز سالم می‌ماند
    }
fridge-max = حداکثر { $max }
fridge-own-routine = روال خود کافه
fridge-routine-days = روز
fridge-routine-note = چرا (روال در برنامه ایمنی غذا)
fridge-routine-save = روال را ذخیره کن
fridge-routine-reset = دوباره از قانون استفاده کن
fridge-rules-title = قوانین
fridge-rules-source = منبع
