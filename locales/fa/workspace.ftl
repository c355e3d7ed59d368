### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = امروز
# review: to be checked by a native speaker
workspace-today-lead = چه کسی امروز به تو نیاز دارد
# review: to be checked by a native speaker
workspace-calm = همه چیز خوب است
# review: to be checked by a native speaker
workspace-review = بررسی
# review: to be checked by a native speaker
workspace-last-day = آخرین روز در دفترش: { $date }
# review: to be checked by a native speaker
workspace-no-day = هنوز روزی در دفترش نیست
# review: to be checked by a native speaker
workspace-seen = دیده شد { $date }
# review: to be checked by a native speaker
workspace-never-seen = هنوز دیده نشده
# review: to be checked by a native speaker
new-days = روزهای تازه: { $count }
# review: to be checked by a native speaker
new-photos = عکس‌های تازه: { $count }
# review: to be checked by a native speaker
new-voice-notes = یادداشت‌های صوتی تازه: { $count }
# review: to be checked by a native speaker
new-words = واژه‌های تازه: { $count }
# review: to be checked by a native speaker
new-practice = پاسخ‌های تمرین واژه: { $count }
# review: to be checked by a native speaker
new-fridge = تمرین‌های یخچال: { $count }
# review: to be checked by a native speaker
new-ratings = خودارزیابی‌های تازه: { $count }
# review: to be checked by a native speaker
attention-no-diary = { $days } روز بدون دفترچه
# review: to be checked by a native speaker
attention-low-mood-hard = روزهای سخت: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = روزهای خسته: { $days }
# review: to be checked by a native speaker
attention-practice-failing = تمرین واژه: { $again } از { $answers } پاسخ نادرست در این هفته
# review: to be checked by a native speaker
attention-fridge-failing = تمرین یخچال: { $rounds } دور با کمتر از نصف درست
# review: to be checked by a native speaker
attention-waiting-for-mark = در انتظار علامت: { $aims } هدف
# review: to be checked by a native speaker
review-title = { $name } – روزهای اخیر
# review: to be checked by a native speaker
review-days = روزها
# review: to be checked by a native speaker
review-mark-seen = همه را دیده‌شده علامت بزن
# review: to be checked by a native speaker
review-marked-seen = دیده‌شده علامت خورد.
# review: to be checked by a native speaker
review-new = تازه
# review: to be checked by a native speaker
review-timeline = دفترچه‌اش
# review: to be checked by a native speaker
review-no-days = در این بازه روزی در دفترش نیست.
# review: to be checked by a native speaker
review-words = واژه‌هایش
# review: to be checked by a native speaker
review-words-known = { $count } واژه بلد است · { $streak } روز پشت سر هم · { $due } در انتظار
# review: to be checked by a native speaker
review-practice = تمرین واژه
# review: to be checked by a native speaker
review-practice-day = { $date }: { $right } از { $answers } درست
# review: to be checked by a native speaker
review-no-practice = در این بازه تمرین واژه نبوده است.
# review: to be checked by a native speaker
review-fridge = تمرین یخچال
# review: to be checked by a native speaker
review-no-fridge = هنوز دوری نیست.
# review: to be checked by a native speaker
review-competence-totals = { $planned } هدف در برنامه · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = صفحه‌کلید: J و K روز بعد و قبل · S دیده‌شده · C نظر · Esc بازگشت
# review: to be checked by a native speaker
suggest-title = پیشنهاد برای تمرین بعدی
# review: to be checked by a native speaker
suggest-word = یک واژه
# review: to be checked by a native speaker
suggest-recipe = یک دستور پخت
# review: to be checked by a native speaker
suggest-send = پیشنهاد بده
# review: to be checked by a native speaker
suggest-done = پیشنهاد فرستاده شد. او آن را در صفحهٔ اول خود می‌بیند.
# review: to be checked by a native speaker
suggestions-for-you = این را تمرین کن
# review: to be checked by a native speaker
suggestion-from = از { $mentor }
# review: to be checked by a native speaker
privacy-title = داده‌های او
# review: to be checked by a native speaker
export-start = همه چیز دربارهٔ او را بیرون بده (ZIP)
# review: to be checked by a native speaker
export-progress = در حال ذخیره … { $done } از { $total }
# review: to be checked by a native speaker
export-done = ذخیره شد: { $path }
# review: to be checked by a native speaker
erase-start = او را از کافه پاک کن
# review: to be checked by a native speaker
erase-explain = همه چیز دربارهٔ { $name } اینجا و در همهٔ دستگاه‌های وصل در همگام‌سازی بعدی پاک می‌شود: دفترچه، عکس‌ها، یادداشت‌های صوتی، واژه‌ها، تمرین‌ها و علامت‌ها. برگشت‌پذیر نیست. اگر او داده‌هایش را می‌خواهد، اول بیرون بده.
# review: to be checked by a native speaker
erase-confirm-label = برای تأیید نامش را بنویس
# review: to be checked by a native speaker
erase-confirm = برای همیشه پاک کن
# review: to be checked by a native speaker
erase-done = { $name } پاک شد، با { $files } عکس و فایل صوتی.
# review: to be checked by a native speaker
charts-title = نمودارها
# review: to be checked by a native speaker
charts-group = همهٔ گروه
# review: to be checked by a native speaker
chart-words-known = واژه‌هایی که بلد است
# review: to be checked by a native speaker
chart-words-known-group = واژه‌هایی که کارآموزان بلدند
# review: to be checked by a native speaker
chart-practice-accuracy = پاسخ‌های درست در تمرین واژه (%)
# review: to be checked by a native speaker
chart-diary-activity = روزهای دفترچه در هفته
# review: to be checked by a native speaker
chart-fridge-temperatures = دمای یخچال (°C)
# review: to be checked by a native speaker
chart-aims-by-status = هدف‌ها بر پایهٔ وضعیت
# review: to be checked by a native speaker
chart-no-data = هنوز عددی نیست.
# review: to be checked by a native speaker
chart-week-of = هفته از { $date }
# review: to be checked by a native speaker
manage-title = کارآموزان و کافه
# review: to be checked by a native speaker
manage-archive = بایگانی
# review: to be checked by a native speaker
manage-archived = کارآموزان بایگانی‌شده
# review: to be checked by a native speaker
manage-restore = بازگرداندن
# review: to be checked by a native speaker
manage-archived-note = کارآموزان بایگانی‌شده روی دیوار و در نمای امروز نشان داده نمی‌شوند. داده‌هایشان نگه داشته می‌شود.
# review: to be checked by a native speaker
settings-title = تنظیمات کافه
# review: to be checked by a native speaker
settings-country = کشور (قانون‌های یخچال)
# review: to be checked by a native speaker
settings-languages = زبان‌هایی که کافه ارائه می‌دهد
# review: to be checked by a native speaker
settings-saved = ذخیره شد.
# review: to be checked by a native speaker
settings-save = ذخیره کن
# review: to be checked by a native speaker
import-photos = وارد کردن چند عکس به‌عنوان واژهٔ تازه
# review: to be checked by a native speaker
import-photos-progress = در حال وارد کردن عکس‌ها … { $done } از { $total }
# review: to be checked by a native speaker
import-photos-done = { $count } واژهٔ تازه با عکس. واژه‌ها را در بانک واژه بنویس.
# review: to be checked by a native speaker
studio-tab-prompts = آنچه برنامه می‌گوید
# review: to be checked by a native speaker
studio-tab-words = واژه‌ها
# review: to be checked by a native speaker
studio-words-progress = { $language }: { $recorded } از { $total } واژه ضبط شده
# review: to be checked by a native speaker
content-open = محتوای کافه
# review: to be checked by a native speaker
content-title = محتوای خود کافه
# review: to be checked by a native speaker
content-lead = آنچه کافه انجام می‌دهد و در Mestre نیست اضافه کنید و آنچه استفاده نمی‌کنید پنهان کنید. صداها را در استودیو ضبط کنید.
# review: to be checked by a native speaker
content-tab-tasks = کارت‌های کار
# review: to be checked by a native speaker
content-tab-foods = غذاها
# review: to be checked by a native speaker
content-tab-aims = هدف‌های خودی
# review: to be checked by a native speaker
content-tasks-lead = کارت‌هایی که او در «روز من» انتخاب می‌کند. کارت پنهان از انتخاب‌ها حذف می‌شود، اما روزهایی که آن را دارند نگهش می‌دارند.
# review: to be checked by a native speaker
content-task-add = کارت کار جدید
# review: to be checked by a native speaker
content-foods-lead = غذاهای بازی‌ها، برچسب‌ها و فهرست. نوع نگهداری تعیین می‌کند کجا بماند، چقدر سرد باشد و چه مدت سالم بماند.
# review: to be checked by a native speaker
content-food-add = غذای جدید
# review: to be checked by a native speaker
content-aims-lead = هدف‌هایی که کافه علاوه بر برنامه‌های درسی آموزش می‌دهد. مانند هر هدف دیگر در برنامه‌ها گذاشته، ارزیابی، با شواهد همراه و امضا می‌شوند.
# review: to be checked by a native speaker
content-aim-add = هدف جدید
# review: to be checked by a native speaker
content-own = مال خود کافه
# review: to be checked by a native speaker
content-hidden = پنهان
# review: to be checked by a native speaker
content-edit = ویرایش
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
content-area = کار کجا انجام می‌شود
# review: to be checked by a native speaker
content-picture = تصویر
# review: to be checked by a native speaker
content-photo = یا یک عکس
# review: to be checked by a native speaker
content-photo-chosen = عکس انتخاب‌شده
# review: to be checked by a native speaker
content-photo-remove = به جای آن از یک تصویر استفاده کنید
# review: to be checked by a native speaker
content-food-class = نگهداری مانند
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }، { $days } روز)
# review: to be checked by a native speaker
content-food-after = روزها از این شمرده می‌شوند
# review: to be checked by a native speaker
content-food-allergens = آلرژی‌زاها
# review: to be checked by a native speaker
content-aim-code = کد
# review: to be checked by a native speaker
content-aim-title = نام کوتاه
# review: to be checked by a native speaker
content-aim-plain = توضیح ساده
# review: to be checked by a native speaker
content-aim-official = متن از برنامهٔ درسی یا شرح وظایف (می‌تواند خالی بماند)
# review: to be checked by a native speaker
content-aim-tasks = کارت‌های کاری که هدف را نشان می‌دهند
# review: to be checked by a native speaker
content-aim-fridge = تمرین‌های یخچال شاهد حساب می‌شوند
# review: to be checked by a native speaker
content-aim-words = تمرین واژه‌ها شاهد حساب می‌شود
# review: to be checked by a native speaker
content-aim-hidden = این هدف را دیگر پیشنهاد نده (برنامه‌هایی که آن را دارند نگهش می‌دارند)
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
studio-kind-step = مراحل دستور پخت
# review: to be checked by a native speaker
studio-content-progress = { $language }: { $recorded } از { $total } ضبط شده
# review: to be checked by a native speaker
studio-content-none = اینجا هنوز چیزی نیست.
# review: to be checked by a native speaker
studio-write-label = آن را به { $language } بنویسید
# review: to be checked by a native speaker
studio-write-save = متن را ذخیره کن
# review: to be checked by a native speaker
studio-text-saved = متن ذخیره شد.
# review: to be checked by a native speaker
studio-show-more = { $count } مورد دیگر را نشان بده ({ $left } مانده)
