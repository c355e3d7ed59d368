### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.

section-competence = کارهایی که بلدم
competence-mentor-title = شایستگی‌ها
competence-plan-empty = مربی‌ات هدف‌های برنامه‌ات را انتخاب می‌کند.
competence-level-cant-yet = هنوز بلد نیستم
competence-level-with-help = با کمک می‌توانم
competence-level-on-my-own = خودم می‌توانم
competence-rate-question = چه کاری بلدی؟
competence-rated = ممنون! جوابت ذخیره شد.
competence-mark-started = شروع شده
competence-mark-completed = انجام شده
competence-mark-checked = تأیید شده
competence-mark-none = هنوز علامت نخورده
competence-mark-by = { $mark } – { $mentor }، { $date }
competence-evidence-diary-day = روز دفترچه
competence-evidence-photo = عکس
competence-evidence-voice-note = یادداشت صوتی
competence-evidence-fridge-practice = تمرین یخچال
competence-evidence-word-practice = تمرین واژه‌ها
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = عکس، { $date }
competence-summary-voice = یادداشت صوتی، { $date }
competence-summary-fridge = { $game }: { $right } از { $total }، { $date }
competence-summary-words = { $count } واژه تمرین شد، { $right } درست، { $date }
competence-evidence = مدرک‌ها
competence-suggestions = مدرک‌های پیشنهادی
competence-no-evidence = هنوز مدرکی نیست.
competence-no-suggestions = الان پیشنهادی نیست. چیزهای مناسب از دفترچه، یخچال و واژه‌ها اینجا دیده می‌شوند.
competence-link = به عنوان مدرک اضافه کن
competence-unlink = از مدرک‌ها بردار
competence-plan-toggle = در برنامهٔ { $name }
competence-sign = امضا کن { $letter }
competence-comment = نظر
competence-history = علامت‌ها تا حالا
competence-signature-valid = با کلید خود مربی امضا شده
competence-signature-invalid = امضا درست نیست: شاید این علامت تغییر کرده باشد.
competence-needs-evidence = قبل از امضای K مدرک اضافه کن.
competence-back-needs-comment = برگشت به عقب به نظری نیاز دارد که دلیلش را بگوید.
competence-chart-title = هدف‌های برنامه، ماه به ماه
competence-totals = { $checked } از { $planned } هدف تأیید شده
competence-official = متن برنامهٔ درسی
competence-print-certificate = گواهی شایستگی (PDF)
competence-certificate-saved = گواهی ذخیره شد: { $path }
competence-group = گروه
competence-her-rating = ارزیابی خودش
competence-open-aim = هدف را باز کن
competence-chart-started = P شروع شده
competence-chart-completed = F انجام شده
competence-chart-checked = K تأیید شده
competence-chart-own = خودش می‌تواند
certificate-title = گواهی شایستگی
certificate-intro = { $name } این شایستگی‌ها را در کارآموزی در { $cafe } نشان داده است.
certificate-checked-on = تأیید شده در { $date }
certificate-evidence = مدرک‌ها: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = امضا شده توسط { $mentor }، { $date }
certificate-key = هر هدف به‌صورت دیجیتال با کلید مربی { $key } امضا شده است.
certificate-none = هنوز هیچ هدفی تأیید نشده.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
report-title = گزارش ماهانه به NAV – { $month }
report-made = ساخته شده در { $date } توسط { $mentor }، { $cafe }
report-col-trainee = کارآموز
report-col-days = روزها
report-col-added = اضافه‌شده
report-col-word-practice = تمرین واژه‌ها
report-col-fridge = یخچال
report-col-ratings = خودارزیابی
report-col-marks = علامت‌های تازه
report-col-plan = برنامه
report-added = { $photos } عکس، { $voice } یادداشت صوتی، { $words } واژهٔ تازه
report-practice = { $count } ({ $right } درست)
report-plan = { $checked } K از { $planned }
report-chart-days = روزهای دفترچه در این ماه
report-chart-plan = برنامه در پایان ماه: K، F، P
report-aims-marked = هدف‌هایی که این ماه علامت خوردند
report-none = هیچ
report-file = manedsrapport
competence-monthly-report = گزارش ماهانه به NAV (PDF و CSV)
competence-report-month = ماه
competence-report-saved = گزارش ماهانه ذخیره شد: { $pdf } و { $csv }

## An aim she holds as a signed Open Badge.
competence-issue-badge = نشان Open Badge (JSON و PNG)
competence-badge-saved = نشان ذخیره و امضا شد: { $json } و { $png }
# review: to be checked by a native speaker
competence-own-curriculum = هدف‌های خود کافه
# review: to be checked by a native speaker
competence-own-area = آنچه اینجا یاد می‌گیریم
