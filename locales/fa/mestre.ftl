# Mestre — فارسی (Persian). Short, plain sentences.
# review: translated by the development team; a native speaker at the café should check it.

app-name = Mestre
loading = در حال بارگذاری …

## Language
language-name = فارسی
language-choose-title = زبان خود را انتخاب کنید
language-change = تغییر زبان

## Speaker and sound
speaker-play = گوش کنید
speech-no-voice = هنوز صدایی برای این زبان نیست. متن را اینجا بخوانید:
speech-failed = صدا پخش نشد. متن را اینجا بخوانید:

## Navigation
nav-back = برگشت
nav-home = صفحهٔ اصلی
logout = خروج

## First-run setup
setup-title = به Mestre خوش آمدید
setup-intro = اول کافه و اولین راهنما را می‌سازیم.
setup-cafe-name = نام کافه
setup-country = کشور
country-no = نروژ
country-se = سوئد
setup-mentor-name = نام شما
setup-mentor-password = رمز عبور
setup-password-rule = دست‌کم { $min } حرف.
setup-submit = ساختن کافه
form-name-missing = یک نام بنویسید.
form-password-short = رمز عبور باید دست‌کم { $min } حرف داشته باشد.

## Who are you?
wall-title = شما کی هستید؟
wall-mentors = راهنماها
wall-trainees = کارآموزان
wall-empty = هنوز کارآموزی نیست. یک راهنما می‌تواند آن‌ها را اضافه کند.
say-name = { $name }

## Picture PIN
pin-title = روی سه عکس خود بزنید
pin-progress = { $count } از 3
pin-clear = از نو شروع کنید

## Password
password-title = رمز عبور خود را بنویسید
password-label = رمز عبور
password-submit = ورود

## Trainee home board
home-greeting = سلام { $name }! از دیدنت خوشحالم.

## Mentor
mentor-title = راهنما: { $name }
mentor-trainees = کارآموزان
mentor-add-trainee = افزودن کارآموز
mentor-no-trainees = هنوز کارآموزی نیست.
mentor-languages = زبان: { $ui }، زبان مادری: { $home }

## New trainee
trainee-new-title = کارآموز تازه
trainee-name = نام
trainee-photo = عکس
trainee-photo-file = انتخاب عکس از فایل
trainee-photo-camera = گرفتن عکس با دوربین
trainee-photo-take = عکس بگیر
trainee-photo-remove = حذف عکس
trainee-ui-lang = زبانی که برنامه با او حرف می‌زند
trainee-home-lang = زبان مادری (کنار نروژی نشان داده می‌شود)
trainee-pin = رمز تصویری: سه عکس انتخاب کنید
trainee-pin-repeat = همان سه عکس را یک بار دیگر انتخاب کنید
trainee-pin-mismatch = عکس‌ها یکی نبودند. سه عکس تازه انتخاب کنید.
trainee-pin-done = رمز تصویری انتخاب شد.
trainee-save = ذخیرهٔ کارآموز
trainee-saved = { $name } اضافه شد.
trainee-new-pin = رمز تصویری تازه
trainee-new-pin-saved = رمز تصویری تازه برای { $name } ذخیره شد.
camera-unavailable = دوربینی پیدا نشد.

## The twelve pictures of the picture PIN
picture-apple = سیب
picture-fish = ماهی
picture-sun = خورشید
picture-cat = گربه
picture-car = ماشین
picture-flower = گل
picture-house = خانه
picture-star = ستاره
picture-cup = فنجان
picture-tree = درخت
picture-bread = نان
picture-heart = قلب

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = درست نبود. دوباره امتحان کنید.
error-login-locked =
    { $minutes ->
        [one] تلاش‌ها زیاد شد. یک دقیقه صبر کنید و دوباره امتحان کنید.
       *[other] تلاش‌ها زیاد شد. { $minutes } دقیقه صبر کنید و دوباره امتحان کنید.
    }
error-not-allowed = فقط راهنما می‌تواند این کار را بکند.
error-invalid-input = آنچه نوشتید یا انتخاب کردید را بررسی کنید.
error-image-unreadable = عکس باز نمی‌شود. خراب است یا عکس نیست.
error-image-too-large = عکس خیلی بزرگ است. عکس کوچک‌تری انتخاب کنید.
error-database-too-new = داده‌ها را نسخهٔ تازه‌تری از Mestre ساخته است. برنامه را به‌روز کنید.
error-database-unavailable = داده‌ها باز نمی‌شوند.
error-not-found = پیدا نشد.
error-setup-state = کافه قبلاً ساخته شده است.
error-storage = هنگام ذخیره مشکلی پیش آمد. چیزی پاک نشد.
error-peer-unreachable = دستگاه دیگر پیدا نشد. مطمئن شوید هر دو در یک شبکه هستند.
error-not-paired = این دستگاه به دستگاه دیگر وصل نشده است. اول آن‌ها را وصل کنید.
error-sync-interrupted = همگام‌سازی قطع شد. چیزی گم نشد. دوباره امتحان کنید.
error-sync-refused = دستگاه دیگر قبول نکرد. دوباره امتحان کنید، یا دوباره وصلشان کنید.
error-schema-mismatch = دستگاه‌ها نسخه‌های متفاوتی از Mestre دارند. هر دو را به‌روز کنید.
error-pairing-wrong-code = کد اشتباه است. دوباره امتحان کنید.
error-pairing-closed = این کد دیگر معتبر نیست. کد تازه بخواهید.

## Sync
sync-now = اکنون همگام کنید
sync-last = آخرین همگام‌سازی: { $when }
sync-never = هنوز همگام نشده
sync-running = در حال همگام‌سازی …
sync-rows = داده‌ها: { $done } از { $total }
sync-media = عکس‌ها: { $done } از { $total }
sync-done = تمام شد! هر دو یکسان‌اند.
connect-tablet = وصل کردن تبلت
connect-laptop = وصل شدن به رایانهٔ راهنما
pair-code-title = کد اتصال
pair-code-help = این رقم‌ها را روی تبلت بنویسید، یا تصویر را با دوربین اسکن کنید.
pair-code-expires = این کد { $minutes } دقیقه معتبر است.
pair-address = نشانی رایانه
pair-code-label = کد (شش رقم)
pair-join-submit = وصل شو
pair-done = به { $name } وصل شد.
paired-devices = دستگاه‌های وصل‌شده
unpair = قطع اتصال
pair-none = هنوز دستگاهی وصل نشده است.
sync-photo-coming = عکس با همگام‌سازی بعدی می‌رسد.
pair-scan = کد را با دوربین اسکن کنید
error-recording-empty = ضبط خالی است. کمی نزدیک‌تر صحبت کنید و دوباره امتحان کنید.
error-audio-unreadable = ضبط پخش نمی‌شود. خراب است.
error-microphone-missing = میکروفونی پیدا نشد. از راهنما کمک بخواهید.
error-microphone-busy = میکروفون در حال استفاده است یا کار نمی‌کند. کمی بعد دوباره امتحان کنید.

## My day: the little book
section-my-day = روز من
section-my-book = کتاب من
day-tasks-title = امروز چه کار کردید؟
day-area-kitchen = آشپزخانه
day-area-cleaning = نظافت
day-area-serving = پذیرایی
day-add-photo = از چیزی که درست کردید عکس بگیرید
day-add-voice = یک یادداشت صوتی ضبط کنید
day-add-word = کلمهٔ تازه
day-mood-title = روز چطور بود؟
mood-great = خیلی خوب
mood-good = خوب
mood-ok = بد نبود
mood-tired = خسته
mood-hard = سخت
record-start = ضبط
record-stop = توقف
record-listen = گوش کنید
record-keep = نگه دارید
record-redo = دوباره ضبط کنید
recording-now = در حال ضبط …
word-say-it = کلمه را بگویید
word-take-picture = از آن چیز عکس بگیرید
book-title = کتاب من
book-empty = هنوز روزی نیست.
day-comments = از راهنما
comment-new = تازه
day-saved = ذخیره شد.
day-photo = عکس
day-voice-note = یادداشت صوتی
day-word = کلمهٔ تازه
mentor-diaries = دفترهای روزانه
comment-write = یک نظر بنویسید
comment-send = بفرست
comment-record = یک نظر ضبط کنید
word-spelling = کلمه را بنویسید
word-spelling-save = کلمه را ذخیره کنید
play-clip = پخش
task-wash-hands = شستن دست‌ها
task-cut-vegetables = خرد کردن سبزی
task-peel-potatoes = پوست کندن سیب‌زمینی
task-bake-bread = پختن نان
task-bake-cakes = پختن کیک
task-make-soup = پختن سوپ
task-make-salad = درست کردن سالاد
task-cook-rice = پختن برنج
task-make-sandwiches = درست کردن ساندویچ
task-make-coffee = درست کردن قهوه
task-weigh-ingredients = وزن کردن مواد
task-check-temperature = اندازه گرفتن دما
task-label-food = برچسب زدن روی غذا
task-fill-fridge = پر کردن یخچال
task-receive-goods = تحویل گرفتن کالا
task-make-waffles = درست کردن وافل
task-wash-dishes = شستن ظرف‌ها
task-load-dishwasher = پر کردن ماشین ظرف‌شویی
task-clean-surfaces = تمیز کردن سطح‌ها
task-sweep-floor = جارو کردن زمین
task-mop-floor = طی کشیدن زمین
task-take-out-rubbish = بیرون بردن زباله
task-sort-recycling = جدا کردن زباله
task-clean-toilet = تمیز کردن توالت
task-serve-customer = پذیرایی از مشتری
task-take-order = گرفتن سفارش
task-use-till = کار با صندوق
task-set-tables = چیدن میزها
task-clear-tables = جمع کردن میزها
task-greet-customer = سلام کردن به مشتری‌ها
task-fill-display = پر کردن ویترین
task-team-meeting = جلسهٔ گروه

## Recording studio
studio-open = صداها را ضبط کنید
studio-title = استودیوی ضبط
studio-lang = زبان
studio-recorded = ضبط شده
studio-missing = هنوز ضبط نشده
