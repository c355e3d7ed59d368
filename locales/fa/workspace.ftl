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
