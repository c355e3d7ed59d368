### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = امروز
# review: to be checked by a native speaker
workspace-today-lead = کی امروز به شما ضرورت دارد
# review: to be checked by a native speaker
workspace-calm = همه چیز خوب است
# review: to be checked by a native speaker
workspace-review = بررسی
# review: to be checked by a native speaker
workspace-last-day = آخرین روز در کتابچه اش: { $date }
# review: to be checked by a native speaker
workspace-no-day = هنوز روزی در کتابچه اش نیست
# review: to be checked by a native speaker
workspace-seen = دیده شد { $date }
# review: to be checked by a native speaker
workspace-never-seen = هنوز دیده نشده
# review: to be checked by a native speaker
new-days = روزهای نو: { $count }
# review: to be checked by a native speaker
new-photos = عکس‌های نو: { $count }
# review: to be checked by a native speaker
new-voice-notes = یادداشت‌های صوتی نو: { $count }
# review: to be checked by a native speaker
new-words = کلمه‌های نو: { $count }
# review: to be checked by a native speaker
new-practice = جواب‌های تمرین کلمه: { $count }
# review: to be checked by a native speaker
new-fridge = تمرین‌های یخچال: { $count }
# review: to be checked by a native speaker
new-ratings = خودارزیابی‌های نو: { $count }
# review: to be checked by a native speaker
attention-no-diary = { $days } روز بدون کتابچه
# review: to be checked by a native speaker
attention-low-mood-hard = روزهای سخت: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = روزهای خسته: { $days }
# review: to be checked by a native speaker
attention-practice-failing = تمرین کلمه: { $again } از { $answers } جواب غلط در این هفته
# review: to be checked by a native speaker
attention-fridge-failing = تمرین یخچال: { $rounds } دور با کمتر از نیم درست
# review: to be checked by a native speaker
attention-waiting-for-mark = در انتظار نشانی: { $aims } هدف
# review: to be checked by a native speaker
review-title = { $name } – روزهای اخیر
# review: to be checked by a native speaker
review-days = روزها
# review: to be checked by a native speaker
review-mark-seen = همه را دیده شده نشانی کن
# review: to be checked by a native speaker
review-marked-seen = دیده شده نشانی شد.
# review: to be checked by a native speaker
review-new = نو
# review: to be checked by a native speaker
review-timeline = کتابچه اش
# review: to be checked by a native speaker
review-no-days = در این مدت روزی در کتابچه اش نیست.
# review: to be checked by a native speaker
review-words = کلمه‌هایش
# review: to be checked by a native speaker
review-words-known = { $count } کلمه را می‌داند · { $streak } روز پی‌هم · { $due } در انتظار
# review: to be checked by a native speaker
review-practice = تمرین کلمه
# review: to be checked by a native speaker
review-practice-day = { $date }: { $right } از { $answers } درست
# review: to be checked by a native speaker
review-no-practice = در این مدت تمرین کلمه نبوده است.
# review: to be checked by a native speaker
review-fridge = تمرین یخچال
# review: to be checked by a native speaker
review-no-fridge = هنوز دوری نیست.
# review: to be checked by a native speaker
review-competence-totals = { $planned } هدف در پلان · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = کیبورد: J و K روز بعدی و قبلی · S دیده شده · C نظر · Esc برگشت
# review: to be checked by a native speaker
suggest-title = پیشنهاد برای تمرین بعدی
# review: to be checked by a native speaker
suggest-word = یک کلمه
# review: to be checked by a native speaker
suggest-recipe = یک دستور پخت
# review: to be checked by a native speaker
suggest-send = پیشنهاد کن
# review: to be checked by a native speaker
suggest-done = پیشنهاد فرستاده شد. او آن را در صفحهٔ اول خود می‌بیند.
# review: to be checked by a native speaker
suggestions-for-you = این را تمرین کن
# review: to be checked by a native speaker
suggestion-from = از { $mentor }
# review: to be checked by a native speaker
privacy-title = معلومات او
# review: to be checked by a native speaker
export-start = همه چیز در بارهٔ او را صادر کن (ZIP)
# review: to be checked by a native speaker
export-progress = در حال ذخیره … { $done } از { $total }
# review: to be checked by a native speaker
export-done = ذخیره شد: { $path }
# review: to be checked by a native speaker
erase-start = او را از کافه پاک کن
# review: to be checked by a native speaker
erase-explain = همه چیز در بارهٔ { $name } اینجا و در همه دستگاه‌های وصل در همگام‌سازی بعدی پاک می‌شود: کتابچه، عکس‌ها، یادداشت‌های صوتی، کلمه‌ها، تمرین‌ها و نشانی‌ها. دوباره برگشت ندارد. اگر او معلوماتش را می‌خواهد، اول صادر کن.
# review: to be checked by a native speaker
erase-confirm-label = برای تأیید نامش را بنویس
# review: to be checked by a native speaker
erase-confirm = برای همیشه پاک کن
# review: to be checked by a native speaker
erase-done = { $name } پاک شد، با { $files } عکس و فایل صوتی.
# review: to be checked by a native speaker
charts-title = نمودارها
# review: to be checked by a native speaker
charts-group = تمام گروپ
# review: to be checked by a native speaker
chart-words-known = کلمه‌هایی که می‌داند
# review: to be checked by a native speaker
chart-words-known-group = کلمه‌هایی که کارآموزان می‌دانند
# review: to be checked by a native speaker
chart-practice-accuracy = جواب‌های درست در تمرین کلمه (%)
# review: to be checked by a native speaker
chart-diary-activity = روزهای کتابچه در هفته
# review: to be checked by a native speaker
chart-fridge-temperatures = حرارت یخچال (°C)
# review: to be checked by a native speaker
chart-aims-by-status = هدف‌ها نظر به وضعیت
# review: to be checked by a native speaker
chart-no-data = هنوز عددی نیست.
# review: to be checked by a native speaker
chart-week-of = هفته از { $date }
# review: to be checked by a native speaker
manage-title = کارآموزان و کافه
# review: to be checked by a native speaker
manage-archive = آرشیف
# review: to be checked by a native speaker
manage-archived = کارآموزان آرشیف شده
# review: to be checked by a native speaker
manage-restore = دوباره آوردن
# review: to be checked by a native speaker
manage-archived-note = کارآموزان آرشیف شده بالای دیوار و در نمای امروز نشان داده نمی‌شوند. معلومات شان نگهداری می‌شود.
# review: to be checked by a native speaker
settings-title = تنظیمات کافه
# review: to be checked by a native speaker
settings-country = کشور (قاعده‌های یخچال)
# review: to be checked by a native speaker
settings-languages = زبان‌هایی که کافه پیشکش می‌کند
# review: to be checked by a native speaker
settings-saved = ذخیره شد.
# review: to be checked by a native speaker
settings-save = ذخیره کن
# review: to be checked by a native speaker
import-photos = وارد کردن چند عکس به حیث کلمهٔ نو
# review: to be checked by a native speaker
import-photos-progress = در حال وارد کردن عکس‌ها … { $done } از { $total }
# review: to be checked by a native speaker
import-photos-done = { $count } کلمهٔ نو با عکس. کلمه‌ها را در بانک کلمه بنویس.
# review: to be checked by a native speaker
studio-tab-prompts = آنچه برنامه می‌گوید
# review: to be checked by a native speaker
studio-tab-words = کلمه‌ها
# review: to be checked by a native speaker
studio-words-progress = { $language }: { $recorded } از { $total } کلمه ثبت شده
# review: to be checked by a native speaker
content-open = محتوای کافه
# review: to be checked by a native speaker
content-title = محتوای خود کافه
# review: to be checked by a native speaker
content-lead = آنچه کافه انجام می‌دهد و در Mestre نیست اضافه کنید و آنچه استفاده نمی‌کنید پنهان کنید. آوازها را در استودیو ثبت کنید.
# review: to be checked by a native speaker
content-tab-tasks = کارت‌های کار
# review: to be checked by a native speaker
content-tab-foods = غذاها
# review: to be checked by a native speaker
content-tab-aims = هدف‌های خودی
# review: to be checked by a native speaker
content-tasks-lead = کارت‌هایی که او در «روز من» انتخاب می‌کند. کارت پنهان از انتخاب‌ها حذف می‌شود، اما روزهایی که آن را دارند نگه می‌دارند.
# review: to be checked by a native speaker
content-task-add = کارت کار تازه
# review: to be checked by a native speaker
content-foods-lead = غذاهای بازی‌ها، برچسپ‌ها و فهرست. نوع نگهداری تعیین می‌کند کجا بماند، چقدر سرد باشد و چه مدت بماند.
# review: to be checked by a native speaker
content-food-add = غذای تازه
# review: to be checked by a native speaker
content-aims-lead = هدف‌هایی که کافه علاوه بر نصاب‌های درسی یاد می‌دهد. مانند هر هدف دیگر در پلان‌ها گذاشته، ارزیابی، با شواهد همراه و امضا می‌شوند.
# review: to be checked by a native speaker
content-aim-add = هدف تازه
# review: to be checked by a native speaker
content-own = از خود کافه
# review: to be checked by a native speaker
content-hidden = پنهان
# review: to be checked by a native speaker
content-edit = تغییر بده
# review: to be checked by a native speaker
content-hide = پنهان کن
# review: to be checked by a native speaker
content-show = دوباره نشان بده
# review: to be checked by a native speaker
content-save = ذخیره کن
# review: to be checked by a native speaker
content-cancel = لغو
# review: to be checked by a native speaker
content-saved = ذخیره شد.
# review: to be checked by a native speaker
content-name-work = نام به { $language }
# review: to be checked by a native speaker
content-in-language = به { $language }
# review: to be checked by a native speaker
content-names-other = نام به زبان‌هایی که کارآموزان می‌خوانند
# review: to be checked by a native speaker
content-plains-other = توضیح به زبان‌هایی که کارآموزان می‌خوانند
# review: to be checked by a native speaker
content-area = کار در کجا انجام می‌شود
# review: to be checked by a native speaker
content-picture = تصویر
# review: to be checked by a native speaker
content-photo = یا یک عکس
# review: to be checked by a native speaker
content-photo-chosen = عکس انتخاب‌شده
# review: to be checked by a native speaker
content-photo-remove = به جای آن یک تصویر استفاده کنید
# review: to be checked by a native speaker
content-food-class = نگهداری مانند
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }، { $days } روز)
# review: to be checked by a native speaker
content-food-after = روزها از این شمرده می‌شوند
# review: to be checked by a native speaker
content-food-allergens = حساسیت‌زاها
# review: to be checked by a native speaker
content-aim-code = کود
# review: to be checked by a native speaker
content-aim-title = نام کوتاه
# review: to be checked by a native speaker
content-aim-plain = توضیح ساده
# review: to be checked by a native speaker
content-aim-official = متن از نصاب درسی یا شرح وظیفه (می‌تواند خالی بماند)
# review: to be checked by a native speaker
content-aim-tasks = کارت‌های کار که هدف را نشان می‌دهند
# review: to be checked by a native speaker
content-aim-fridge = تمرین‌های یخچال شاهد حساب می‌شوند
# review: to be checked by a native speaker
content-aim-words = تمرین کلمه‌ها شاهد حساب می‌شود
# review: to be checked by a native speaker
content-aim-hidden = این هدف را دیگر پیشنهاد نکن (پلان‌هایی که دارند نگه می‌دارند)
# review: to be checked by a native speaker
content-none = هنوز هیچ.
# review: to be checked by a native speaker
studio-tab-content = محتوا
# review: to be checked by a native speaker
studio-kind-task = کارت‌های کار خودی
# review: to be checked by a native speaker
studio-kind-food = غذاها
# review: to be checked by a native speaker
studio-kind-aim = هدف‌ها
# review: to be checked by a native speaker
studio-kind-aim-plain = توضیح هدف‌ها
# review: to be checked by a native speaker
studio-kind-recipe = دستور پخت‌ها
# review: to be checked by a native speaker
studio-kind-step = مرحله‌های دستور پخت
# review: to be checked by a native speaker
studio-content-progress = { $language }: { $recorded } از { $total } ثبت شده
# review: to be checked by a native speaker
studio-content-none = اینجا هنوز چیزی نیست.
# review: to be checked by a native speaker
studio-write-label = آن را به { $language } بنویسید
# review: to be checked by a native speaker
studio-write-save = متن را ذخیره کن
# review: to be checked by a native speaker
studio-text-saved = متن ذخیره شد.
# review: to be checked by a native speaker
studio-show-more = { $count } تای دیگر را نشان بده ({ $left } باقی)
