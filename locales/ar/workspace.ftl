### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = اليوم
# review: to be checked by a native speaker
workspace-today-lead = من تحتاجك اليوم
# review: to be checked by a native speaker
workspace-calm = كل شيء على ما يرام
# review: to be checked by a native speaker
workspace-review = مراجعة
# review: to be checked by a native speaker
workspace-last-day = آخر يوم في دفترها: { $date }
# review: to be checked by a native speaker
workspace-no-day = لا يوجد يوم في دفترها بعد
# review: to be checked by a native speaker
workspace-seen = شوهد { $date }
# review: to be checked by a native speaker
workspace-never-seen = لم يُشاهد بعد
# review: to be checked by a native speaker
new-days = أيام جديدة: { $count }
# review: to be checked by a native speaker
new-photos = صور جديدة: { $count }
# review: to be checked by a native speaker
new-voice-notes = ملاحظات صوتية جديدة: { $count }
# review: to be checked by a native speaker
new-words = كلمات جديدة: { $count }
# review: to be checked by a native speaker
new-practice = إجابات تمرين الكلمات: { $count }
# review: to be checked by a native speaker
new-fridge = تمارين الثلاجة: { $count }
# review: to be checked by a native speaker
new-ratings = تقييمات ذاتية جديدة: { $count }
# review: to be checked by a native speaker
attention-no-diary = لا يوميات منذ { $days } يومًا
# review: to be checked by a native speaker
attention-low-mood-hard = أيام صعبة: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = أيام متعبة: { $days }
# review: to be checked by a native speaker
attention-practice-failing = تمرين الكلمات: { $again } من { $answers } إجابات خاطئة هذا الأسبوع
# review: to be checked by a native speaker
attention-fridge-failing = تمرين الثلاجة: { $rounds } جولات بأقل من النصف صحيح
# review: to be checked by a native speaker
attention-waiting-for-mark = بانتظار علامة: { $aims } أهداف
# review: to be checked by a native speaker
review-title = { $name } – الأيام الأخيرة
# review: to be checked by a native speaker
review-days = أيام
# review: to be checked by a native speaker
review-mark-seen = علّم الكل كمُشاهَد
# review: to be checked by a native speaker
review-marked-seen = تم التعليم كمُشاهَد.
# review: to be checked by a native speaker
review-new = جديد
# review: to be checked by a native speaker
review-timeline = يومياتها
# review: to be checked by a native speaker
review-no-days = لا أيام في دفترها في هذه الفترة.
# review: to be checked by a native speaker
review-words = كلماتها
# review: to be checked by a native speaker
review-words-known = تعرف { $count } كلمة · { $streak } أيام متتالية · { $due } بالانتظار
# review: to be checked by a native speaker
review-practice = تمرين الكلمات
# review: to be checked by a native speaker
review-practice-day = { $date }: { $right } من { $answers } صحيحة
# review: to be checked by a native speaker
review-no-practice = لا تمرين كلمات في هذه الفترة.
# review: to be checked by a native speaker
review-fridge = تمرين الثلاجة
# review: to be checked by a native speaker
review-no-fridge = لا جولات بعد.
# review: to be checked by a native speaker
review-competence-totals = { $planned } أهداف في الخطة · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = لوحة المفاتيح: J و K اليوم التالي والسابق · S علّم كمُشاهَد · C علّق · Esc رجوع
# review: to be checked by a native speaker
suggest-title = اقترحي ما تتمرن عليه
# review: to be checked by a native speaker
suggest-word = كلمة
# review: to be checked by a native speaker
suggest-recipe = وصفة
# review: to be checked by a native speaker
suggest-send = اقترحي
# review: to be checked by a native speaker
suggest-done = تم الاقتراح. ستراه في صفحتها الرئيسية.
# review: to be checked by a native speaker
suggestions-for-you = تمرّني على هذا
# review: to be checked by a native speaker
suggestion-from = من { $mentor }
# review: to be checked by a native speaker
privacy-title = بياناتها
# review: to be checked by a native speaker
export-start = صدّري كل شيء عنها (ZIP)
# review: to be checked by a native speaker
export-progress = جارٍ الحفظ … { $done } من { $total }
# review: to be checked by a native speaker
export-done = حُفظ: { $path }
# review: to be checked by a native speaker
erase-start = احذفيها من المقهى
# review: to be checked by a native speaker
erase-explain = كل ما يخص { $name } يُحذف هنا وعلى كل جهاز متصل عند المزامنة التالية: اليوميات والصور والملاحظات الصوتية والكلمات والتمارين والعلامات. لا يمكن التراجع. صدّري أولًا إن أرادت الاحتفاظ ببياناتها.
# review: to be checked by a native speaker
erase-confirm-label = اكتبي اسمها للتأكيد
# review: to be checked by a native speaker
erase-confirm = احذفي نهائيًا
# review: to be checked by a native speaker
erase-done = تم حذف { $name } مع { $files } صور وملفات صوتية.
# review: to be checked by a native speaker
charts-title = رسوم بيانية
# review: to be checked by a native speaker
charts-group = المجموعة كلها
# review: to be checked by a native speaker
chart-words-known = الكلمات التي تعرفها
# review: to be checked by a native speaker
chart-words-known-group = الكلمات التي تعرفها المتدربات
# review: to be checked by a native speaker
chart-practice-accuracy = الإجابات الصحيحة في تمرين الكلمات (%)
# review: to be checked by a native speaker
chart-diary-activity = أيام اليوميات في الأسبوع
# review: to be checked by a native speaker
chart-fridge-temperatures = حرارة الثلاجة (°C)
# review: to be checked by a native speaker
chart-aims-by-status = الأهداف حسب الحالة
# review: to be checked by a native speaker
chart-no-data = لا أرقام بعد.
# review: to be checked by a native speaker
chart-week-of = الأسبوع من { $date }
# review: to be checked by a native speaker
manage-title = المتدربات والمقهى
# review: to be checked by a native speaker
manage-archive = أرشفة
# review: to be checked by a native speaker
manage-archived = المتدربات المؤرشفات
# review: to be checked by a native speaker
manage-restore = استعادة
# review: to be checked by a native speaker
manage-archived-note = المتدربات المؤرشفات لا يظهرن على الجدار ولا في نظرة اليوم. بياناتهن محفوظة.
# review: to be checked by a native speaker
settings-title = إعدادات المقهى
# review: to be checked by a native speaker
settings-country = البلد (قواعد الثلاجة)
# review: to be checked by a native speaker
settings-languages = اللغات التي يقدمها المقهى
# review: to be checked by a native speaker
settings-saved = تم الحفظ.
# review: to be checked by a native speaker
settings-save = احفظي
# review: to be checked by a native speaker
import-photos = استوردي صورًا كثيرة ككلمات جديدة
# review: to be checked by a native speaker
import-photos-progress = جارٍ استيراد الصور … { $done } من { $total }
# review: to be checked by a native speaker
import-photos-done = { $count } كلمات جديدة بصورة. اكتبي الكلمات في بنك الكلمات.
# review: to be checked by a native speaker
studio-tab-prompts = ما يقوله التطبيق
# review: to be checked by a native speaker
studio-tab-words = الكلمات
# review: to be checked by a native speaker
studio-words-progress = { $language }: { $recorded } من { $total } كلمة مسجلة
# review: to be checked by a native speaker
content-open = محتوى المقهى
# review: to be checked by a native speaker
content-title = محتوى المقهى الخاص
# review: to be checked by a native speaker
content-lead = أضيفي ما يفعله المقهى وليس موجودًا في Mestre، وأخفي ما لا تستخدمونه. سجّلي الأصوات في الاستوديو.
# review: to be checked by a native speaker
content-tab-tasks = بطاقات المهام
# review: to be checked by a native speaker
content-tab-foods = الأطعمة
# review: to be checked by a native speaker
content-tab-aims = أهداف خاصة
# review: to be checked by a native speaker
content-tasks-lead = البطاقات التي تختارها في «يومي». البطاقة المخفية لا تظهر في الاختيارات، لكن الأيام التي فيها تحتفظ بها.
# review: to be checked by a native speaker
content-task-add = بطاقة مهمة جديدة
# review: to be checked by a native speaker
content-foods-lead = أطعمة الألعاب والملصقات والقائمة. طريقة الحفظ تحدد مكانه ودرجة برودته ومدة صلاحيته.
# review: to be checked by a native speaker
content-food-add = طعام جديد
# review: to be checked by a native speaker
content-aims-lead = أهداف يعلّمها المقهى إلى جانب المناهج. توضع في الخطط وتُقيَّم وتُربط بالأدلة وتُوقَّع مثل أي هدف آخر.
# review: to be checked by a native speaker
content-aim-add = هدف جديد
# review: to be checked by a native speaker
content-own = خاص بالمقهى
# review: to be checked by a native speaker
content-hidden = مخفي
# review: to be checked by a native speaker
content-edit = تعديل
# review: to be checked by a native speaker
content-hide = إخفاء
# review: to be checked by a native speaker
content-show = إظهار مرة أخرى
# review: to be checked by a native speaker
content-save = حفظ
# review: to be checked by a native speaker
content-cancel = إلغاء
# review: to be checked by a native speaker
content-saved = تم الحفظ.
# review: to be checked by a native speaker
content-name-work = الاسم باللغة { $language }
# review: to be checked by a native speaker
content-in-language = باللغة { $language }
# review: to be checked by a native speaker
content-names-other = الاسم باللغات التي تقرؤها المتدربات
# review: to be checked by a native speaker
content-plains-other = الشرح باللغات التي تقرؤها المتدربات
# review: to be checked by a native speaker
content-area = أين تُنجز المهمة
# review: to be checked by a native speaker
content-picture = رسم
# review: to be checked by a native speaker
content-photo = أو صورة فوتوغرافية
# review: to be checked by a native speaker
content-photo-chosen = الصورة المختارة
# review: to be checked by a native speaker
content-photo-remove = استخدمي رسمًا بدلًا منها
# review: to be checked by a native speaker
content-food-class = يُحفظ مثل
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }، { $days } يوم)
# review: to be checked by a native speaker
content-food-after = تُحسب الأيام من
# review: to be checked by a native speaker
content-food-allergens = مسببات الحساسية
# review: to be checked by a native speaker
content-aim-code = الرمز
# review: to be checked by a native speaker
content-aim-title = اسم قصير
# review: to be checked by a native speaker
content-aim-plain = شرح بسيط
# review: to be checked by a native speaker
content-aim-official = نص من المنهج أو الوصف الوظيفي (يمكن تركه فارغًا)
# review: to be checked by a native speaker
content-aim-tasks = بطاقات المهام التي تُظهر الهدف
# review: to be checked by a native speaker
content-aim-fridge = تمارين الثلاجة تُحسب دليلًا
# review: to be checked by a native speaker
content-aim-words = تمارين الكلمات تُحسب دليلًا
# review: to be checked by a native speaker
content-aim-hidden = لا تعرضي الهدف بعد الآن (الخطط التي فيها تحتفظ به)
# review: to be checked by a native speaker
content-none = لا شيء بعد.
# review: to be checked by a native speaker
studio-tab-content = المحتوى
# review: to be checked by a native speaker
studio-kind-task = بطاقات المهام الخاصة
# review: to be checked by a native speaker
studio-kind-food = الأطعمة
# review: to be checked by a native speaker
studio-kind-aim = الأهداف
# review: to be checked by a native speaker
studio-kind-aim-plain = شرح الأهداف
# review: to be checked by a native speaker
studio-kind-recipe = الوصفات
# review: to be checked by a native speaker
studio-kind-step = خطوات الوصفات
# review: to be checked by a native speaker
studio-content-progress = { $language }: تم تسجيل { $recorded } من { $total }
# review: to be checked by a native speaker
studio-content-none = لا شيء هنا بعد.
# review: to be checked by a native speaker
studio-write-label = اكتبيه باللغة { $language }
# review: to be checked by a native speaker
studio-write-save = حفظ النص
# review: to be checked by a native speaker
studio-text-saved = تم حفظ النص.
# review: to be checked by a native speaker
studio-show-more = اعرضي { $count } أخرى (بقي { $left })
