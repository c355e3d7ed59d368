### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.

section-competence = کارهایی که بلد هستم
competence-mentor-title = شایستگی‌ها
competence-plan-empty = منتور تو هدف‌های پلانت را انتخاب می‌کند.
competence-level-cant-yet = هنوز بلد نیستم
competence-level-with-help = با کمک می‌توانم
competence-level-on-my-own = خودم می‌توانم
competence-rate-question = چه کاری بلد هستی؟
competence-rated = تشکر! جوابت ذخیره شد.
competence-mark-started = شروع شده
competence-mark-completed = تکمیل شده
competence-mark-checked = تأیید شده
competence-mark-none = هنوز نشانی نشده
competence-mark-by = { $mark } – { $mentor }، { $date }
competence-evidence-diary-day = روز کتابچه
competence-evidence-photo = عکس
competence-evidence-voice-note = یادداشت صوتی
competence-evidence-fridge-practice = تمرین یخچال
competence-evidence-word-practice = تمرین کلمه‌ها
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = عکس، { $date }
competence-summary-voice = یادداشت صوتی، { $date }
competence-summary-fridge = { $game }: { $right } از { $total }، { $date }
competence-summary-words = { $count } کلمه تمرین شد، { $right } درست، { $date }
competence-evidence = مدارک
competence-suggestions = مدارک پیشنهادی
competence-no-evidence = هنوز مدرکی نیست.
competence-no-suggestions = حالا پیشنهادی نیست. چیزهای مناسب از کتابچه، یخچال و کلمه‌ها اینجا دیده می‌شوند.
competence-link = به حیث مدرک اضافه کن
competence-unlink = از مدارک بردار
competence-plan-toggle = در پلان { $name }
competence-sign = امضا کن { $letter }
competence-comment = نظر
competence-history = نشانی‌ها تا حالا
competence-signature-valid = با کلید خود منتور امضا شده
competence-signature-invalid = امضا درست نیست: شاید این نشانی تغییر کرده باشد.
competence-needs-evidence = قبل از امضای K مدرک اضافه کن.
competence-back-needs-comment = برگشت به عقب به نظری ضرورت دارد که دلیلش را بگوید.
competence-chart-title = هدف‌های پلان، ماه به ماه
competence-totals = { $checked } از { $planned } هدف تأیید شده
competence-official = متن نصاب درسی
competence-print-certificate = تصدیق‌نامه شایستگی (PDF)
competence-certificate-saved = تصدیق‌نامه ذخیره شد: { $path }
competence-group = گروپ
competence-her-rating = ارزیابی خودش
competence-open-aim = هدف را باز کن
competence-chart-started = P شروع شده
competence-chart-completed = F تکمیل شده
competence-chart-checked = K تأیید شده
competence-chart-own = خودش می‌تواند
certificate-title = تصدیق‌نامه شایستگی
certificate-intro = { $name } این شایستگی‌ها را در کارآموزی در { $cafe } نشان داده است.
certificate-checked-on = تأیید شده در { $date }
certificate-evidence = مدارک: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = امضا شده توسط { $mentor }، { $date }
certificate-key = هر هدف به‌صورت دیجیتال با کلید منتور { $key } امضا شده است.
certificate-none = هنوز هیچ هدفی تأیید نشده.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
report-title = گزارش ماهوار به NAV – { $month }
report-made = ساخته شده در { $date } توسط { $mentor }، { $cafe }
report-col-trainee = کارآموز
report-col-days = روزها
report-col-added = اضافه‌شده
report-col-word-practice = تمرین کلمه‌ها
report-col-fridge = یخچال
report-col-ratings = خودارزیابی
report-col-marks = نشانی‌های نو
report-col-plan = پلان
report-added = { $photos } عکس، { $voice } یادداشت صوتی، { $words } کلمهٔ نو
report-practice = { $count } ({ $right } درست)
report-plan = { $checked } K از { $planned }
report-chart-days = روزهای کتابچه در این ماه
report-chart-plan = پلان در پایان ماه: K، F، P
report-aims-marked = هدف‌هایی که این ماه نشانی شدند
report-none = هیچ
report-file = manedsrapport
competence-monthly-report = گزارش ماهوار به NAV (PDF و CSV)
competence-report-month = ماه
competence-report-saved = گزارش ماهوار ذخیره شد: { $pdf } و { $csv }

## An aim she holds as a signed Open Badge.
competence-issue-badge = نشان Open Badge (JSON و PNG)
competence-badge-saved = نشان ذخیره و امضا شد: { $json } و { $png }
# review: to be checked by a native speaker
competence-own-curriculum = هدف‌های خود کافه
# review: to be checked by a native speaker
competence-own-area = آنچه اینجا یاد می‌گیریم
