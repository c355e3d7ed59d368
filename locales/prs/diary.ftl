# Mestre — دری (Dari). Short, plain sentences.
# This file: my day: the little book.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## My day: the little book
# review: diary and task words need a check by a native speaker at the café.
section-my-day = روز من
section-my-book = کتاب من
day-tasks-title = امروز چه کار کردید؟
day-area-kitchen = آشپزخانه
day-area-cleaning = پاک‌کاری
day-area-serving = خدمت
day-add-photo = از چیزی که ساختید عکس بگیرید
day-add-voice = یک یادداشت آوازی ثبت کنید
day-add-word = کلمهٔ نو
day-mood-title = روز چطور بود؟
mood-great = بسیار خوب
mood-good = خوب
mood-ok = خیر است
mood-tired = مانده
mood-hard = سخت
record-start = ثبت
record-stop = ایستاد
record-listen = بشنوید
record-keep = نگه دارید
record-redo = دوباره ثبت کنید
recording-now = در حال ثبت …
word-say-it = کلمه را بگویید
word-take-picture = از آن چیز عکس بگیرید
book-title = کتاب من
book-empty = هنوز روزی نیست.
day-comments = از رهنما
comment-new = نو
day-saved = ذخیره شد.
day-photo = عکس
day-voice-note = یادداشت آوازی
day-word = کلمهٔ نو
mentor-diaries = کتابچه‌های روزانه
comment-write = یک نظر بنویسید
comment-send = بفرستید
comment-record = یک نظر ثبت کنید
word-spelling = کلمه را بنویسید
word-spelling-save = کلمه را ذخیره کنید
play-clip = پخش
task-wash-hands = شستن دست‌ها
task-cut-vegetables = ریزه کردن سبزی
task-peel-potatoes = پوست کردن کچالو
task-bake-bread = پختن نان
task-bake-cakes = پختن کیک
task-make-soup = پختن شوروا
task-make-salad = ساختن سلاد
task-cook-rice = پختن برنج
task-make-sandwiches = ساختن ساندویچ
task-make-coffee = ساختن قهوه
task-weigh-ingredients = وزن کردن مواد
task-check-temperature = اندازه کردن حرارت
task-label-food = نشانی زدن روی غذا
task-fill-fridge = پر کردن یخچال
task-receive-goods = تحویل گرفتن جنس
task-make-waffles = ساختن وافل
task-wash-dishes = شستن ظرف‌ها
task-load-dishwasher = پر کردن ماشین ظرف‌شویی
task-clean-surfaces = پاک کردن روی میزها
task-sweep-floor = جارو کردن زمین
task-mop-floor = تی کشیدن زمین
task-take-out-rubbish = بیرون بردن کثافات
task-sort-recycling = جدا کردن کثافات
task-clean-toilet = پاک کردن تشناب
task-serve-customer = خدمت به مشتری
task-take-order = گرفتن فرمایش
task-use-till = کار با صندوق
task-set-tables = آماده کردن میزها
task-clear-tables = جمع کردن میزها
task-greet-customer = سلام دادن به مشتری‌ها
task-fill-display = پر کردن ویترین
task-team-meeting = جلسهٔ تیم

## My day in steps
day-summary-title = این‌ها را امروز ذخیره کردید
day-nothing-yet = هنوز هیچ چیز
day-done = تمام
book-start = روز خود را پر کنید
