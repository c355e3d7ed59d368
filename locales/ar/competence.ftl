### Competences: her plan, her own rating, evidence, the mentor's signed marks and the
### certificate.

section-competence = ما أستطيع فعله
competence-mentor-title = الكفاءات
competence-plan-empty = مرشدتكِ تختار أهداف خطتكِ.
competence-level-cant-yet = لا أستطيع بعد
competence-level-with-help = أستطيع بمساعدة
competence-level-on-my-own = أستطيع وحدي
competence-rate-question = ماذا تستطيعين؟
competence-rated = شكراً! حُفظت إجابتكِ.
competence-mark-started = بدأت
competence-mark-completed = أُنجز
competence-mark-checked = تم التحقق
competence-mark-none = لم يُعلَّم بعد
competence-mark-by = { $mark } – { $mentor }، { $date }
competence-evidence-diary-day = يوم في اليوميات
competence-evidence-photo = صورة
competence-evidence-voice-note = ملاحظة صوتية
competence-evidence-fridge-practice = تمرين الثلاجة
competence-evidence-word-practice = تمرين الكلمات
competence-summary-day = { $date }: { $tasks }
competence-summary-photo = صورة، { $date }
competence-summary-voice = ملاحظة صوتية، { $date }
competence-summary-fridge = { $game }: { $right } من { $total }، { $date }
competence-summary-words = تمرّنتِ على { $count } كلمة، { $right } صحيحة، { $date }
competence-evidence = الأدلة
competence-suggestions = أدلة مقترحة
competence-no-evidence = لا توجد أدلة بعد.
competence-no-suggestions = لا اقتراحات الآن. ما يناسب من اليوميات والثلاجة والكلمات يظهر هنا.
competence-link = أضيفي كدليل
competence-unlink = أزيليه من الأدلة
competence-plan-toggle = ضمن خطة { $name }
competence-sign = وقّعي { $letter }
competence-comment = تعليق
competence-history = العلامات حتى الآن
competence-signature-valid = موقَّع بمفتاح المرشدة الخاص
competence-signature-invalid = التوقيع غير مطابق: ربما تغيّرت هذه العلامة.
competence-needs-evidence = أضيفي دليلاً قبل أن توقّعي K.
competence-back-needs-comment = الرجوع خطوة يحتاج تعليقاً يوضح السبب.
competence-chart-title = أهداف الخطة شهراً بشهر
competence-totals = تم التحقق من { $checked } من { $planned } أهداف
competence-official = نص المنهج
competence-print-certificate = شهادة الكفاءة (PDF)
competence-certificate-saved = حُفظت الشهادة: { $path }
competence-group = المجموعة
competence-her-rating = تقييمها لنفسها
competence-open-aim = افتحي الهدف
competence-chart-started = P بدأت
competence-chart-completed = F أُنجز
competence-chart-checked = K تم التحقق
competence-chart-own = تستطيع وحدها
certificate-title = شهادة الكفاءة
certificate-intro = أظهرت { $name } هذه الكفاءات في التدريب على العمل في { $cafe }.
certificate-checked-on = تم التحقق في { $date }
certificate-evidence = الأدلة: { $list }
certificate-evidence-item = { $kind } { $count }
certificate-signed = وقّعته { $mentor }، { $date }
certificate-key = كل هدف موقَّع رقمياً بمفتاح المرشدة { $key }.
certificate-none = لم يتم التحقق من أي هدف بعد.
certificate-file = kompetansebevis

## The monthly report to NAV (PDF in the working language, CSV).
report-title = التقرير الشهري إلى NAV – { $month }
report-made = أُعدّ في { $date } بواسطة { $mentor }، { $cafe }
report-col-trainee = المتدرّبة
report-col-days = الأيام
report-col-added = ما أضافته
report-col-word-practice = تمرين الكلمات
report-col-fridge = الثلاجة
report-col-ratings = التقييم الذاتي
report-col-marks = علامات جديدة
report-col-plan = الخطة
report-added = { $photos } صور، { $voice } ملاحظات صوتية، { $words } كلمات جديدة
report-practice = { $count } ({ $right } صحيح)
report-plan = { $checked } K من { $planned }
report-chart-days = أيام في اليوميات هذا الشهر
report-chart-plan = الخطة في نهاية الشهر: K، F، P
report-aims-marked = أهداف عُلّمت هذا الشهر
report-none = لا شيء
report-file = manedsrapport
competence-monthly-report = التقرير الشهري إلى NAV (PDF وCSV)
competence-report-month = الشهر
competence-report-saved = حُفظ التقرير الشهري: { $pdf } و{ $csv }

## An aim she holds as a signed Open Badge.
competence-issue-badge = شارة Open Badge (JSON وPNG)
competence-badge-saved = حُفظت الشارة ووُقّعت: { $json } و{ $png }
# review: to be checked by a native speaker
competence-own-curriculum = أهداف المقهى الخاصة
# review: to be checked by a native speaker
competence-own-area = ما نتعلمه هنا
