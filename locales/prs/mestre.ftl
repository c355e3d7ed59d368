# Mestre — دری (Dari). Short, plain sentences.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

app-name = Mestre
loading = در حال بار شدن …

## Language
language-name = دری
language-choose-title = زبان خود را انتخاب کنید
language-change = تبدیل زبان

## Speaker and sound
speaker-play = بشنوید
speech-no-voice = هنوز برای این زبان آواز نیست. متن را اینجا بخوانید:
speech-failed = آواز پخش نشد. متن را اینجا بخوانید:

## Navigation
nav-back = پس
nav-home = صفحهٔ اول
logout = بیرون شدن

## First-run setup
setup-title = به Mestre خوش آمدید
setup-intro = اول کافه و اولین رهنما را جور می‌کنیم.
setup-cafe-name = نام کافه
setup-country = کشور
country-no = ناروی
country-se = سویدن
setup-mentor-name = نام شما
setup-mentor-password = رمز
setup-password-rule = کم از کم { $min } حرف.
setup-submit = کافه را جور کنید
form-name-missing = یک نام بنویسید.
form-password-short = رمز باید کم از کم { $min } حرف داشته باشد.

## Who are you?
wall-title = شما کی هستید؟
wall-mentors = رهنماها
wall-trainees = کارآموزان
wall-empty = هنوز کارآموز نیست. یک رهنما می‌تواند آن‌ها را اضافه کند.
say-name = { $name }

## Picture PIN
pin-title = سه عکس خود را لمس کنید
pin-progress = { $count } از 3
pin-clear = از سر شروع کنید

## Password
password-title = رمز خود را بنویسید
password-label = رمز
password-submit = داخل شدن

## Trainee home board
home-greeting = سلام { $name }! از دیدن شما خوش استم.

## Mentor
mentor-title = رهنما: { $name }
mentor-trainees = کارآموزان
mentor-add-trainee = اضافه کردن کارآموز
mentor-no-trainees = هنوز کارآموز نیست.
mentor-languages = زبان: { $ui }، زبان مادری: { $home }

## New trainee
trainee-new-title = کارآموز نو
trainee-name = نام
trainee-photo = عکس
trainee-photo-file =
    عکس را از فایل انتخاب کنید
trainee-photo-camera = با کمره عکس بگیرید
trainee-photo-take = عکس بگیرید
trainee-photo-remove = عکس را پاک کنید
trainee-ui-lang = زبانی که برنامه با او گپ می‌زند
trainee-home-lang = زبان مادری (در پهلوی نارویژی دیده می‌شود)
trainee-pin = رمز عکسی: سه عکس انتخاب کنید
trainee-pin-repeat = همان سه عکس را یک بار دیگر انتخاب کنید
trainee-pin-mismatch = عکس‌ها یکسان نبودند. سه عکس نو انتخاب کنید.
trainee-pin-done = رمز عکسی انتخاب شد.
trainee-save = کارآموز را ذخیره کنید
trainee-saved = { $name } اضافه شد.
trainee-new-pin = رمز عکسی نو
trainee-new-pin-saved = رمز عکسی نو برای { $name } ذخیره شد.
camera-unavailable = کمره پیدا نشد.

## The twelve pictures of the picture PIN
picture-apple = سیب
picture-fish = ماهی
picture-sun = آفتاب
picture-cat = پشک
picture-car = موتر
picture-flower = گل
picture-house = خانه
picture-star = ستاره
picture-cup = پیاله
picture-tree = درخت
picture-bread = نان
picture-heart = قلب

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = درست نبود. دوباره کوشش کنید.
error-login-locked =
    { $minutes ->
        [one] کوشش‌ها زیاد شد. یک دقیقه صبر کنید، بعد دوباره کوشش کنید.
       *[other] کوشش‌ها زیاد شد. { $minutes } دقیقه صبر کنید، بعد دوباره کوشش کنید.
    }
error-not-allowed = تنها رهنما این کار را کرده می‌تواند.
error-invalid-input = چیزی را که نوشتید یا انتخاب کردید بررسی کنید.
error-image-unreadable = عکس باز نمی‌شود. خراب است، یا عکس نیست.
error-image-too-large = عکس بسیار کلان است. عکس خوردتر انتخاب کنید.
error-database-too-new = معلومات را نسخهٔ نوتر Mestre ساخته است. برنامه را تازه کنید.
error-database-unavailable = معلومات باز نمی‌شود.
error-not-found = پیدا نشد.
error-setup-state = کافه پیش از این جور شده است.
error-storage = هنگام ذخیره کردن مشکل پیش آمد. هیچ چیز پاک نشد.
error-peer-unreachable = دستگاه دیگر پیدا نشد. ببینید که هر دو در یک شبکه باشند.
error-not-paired = این دستگاه با دستگاه دیگر وصل نیست. اول آن‌ها را وصل کنید.
error-sync-interrupted = همگام‌سازی قطع شد. هیچ چیز گم نشد. دوباره کوشش کنید.
error-sync-refused = دستگاه دیگر قبول نکرد. دوباره کوشش کنید، یا آن‌ها را از نو وصل کنید.
error-schema-mismatch = دستگاه‌ها نسخه‌های مختلف Mestre دارند. هر دو را تازه کنید.
error-pairing-wrong-code = کود غلط است. دوباره کوشش کنید.
error-pairing-closed = این کود دیگر اعتبار ندارد. کود نو بخواهید.

## Sync
sync-now = حالا همگام کنید
sync-last = آخرین همگام‌سازی: { $when }
sync-never = هنوز همگام نشده
sync-running = در حال همگام‌سازی …
sync-rows = معلومات: { $done } از { $total }
sync-media = عکس‌ها: { $done } از { $total }
sync-done = تمام شد! هر دو یکسان هستند.
connect-tablet = وصل کردن تبلیت
connect-laptop = وصل شدن به کمپیوتر رهنما
pair-code-title = کود وصل شدن
pair-code-help = این عددها را در تبلیت بنویسید، یا عکس را با کمره اسکن کنید.
pair-code-expires = این کود برای { $minutes } دقیقه اعتبار دارد.
pair-address = آدرس کمپیوتر
pair-code-label = کود (شش عدد)
pair-join-submit = وصل کنید
pair-done = به { $name } وصل شد.
paired-devices = دستگاه‌های وصل شده
unpair = قطع کردن
pair-none = هنوز هیچ دستگاهی وصل نشده.
sync-photo-coming = عکس با همگام‌سازی بعدی می‌آید.
pair-scan = کود را با کمره اسکن کنید
error-recording-empty = ثبت خالی است. کمی نزدیک‌تر گپ بزنید و دوباره کوشش کنید.
error-audio-unreadable = ثبت پخش نمی‌شود. خراب است.
error-microphone-missing = مایکروفون پیدا نشد. از رهنما کمک بخواهید.
error-microphone-busy = مایکروفون مصروف است یا کار نمی‌کند. کمی بعد دوباره کوشش کنید.

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

## Recording studio
studio-open = آوازها را ثبت کنید
studio-title = استدیوی ثبت
studio-lang = زبان
studio-recorded = ثبت شده
studio-missing = هنوز ثبت نشده
