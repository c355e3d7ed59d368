# Mestre — العربية (Arabic). Short, plain sentences.
# review: translated by the development team; a native speaker at the café should check it.

app-name = Mestre
loading = جارٍ التحميل …

## Language
language-name = العربية
language-choose-title = اختاري لغتك
language-change = تغيير اللغة

## Speaker and sound
speaker-play = استمعي
speech-no-voice = لا يوجد صوت لهذه اللغة بعد. اقرئي النص هنا:
speech-failed = لم يعمل الصوت. اقرئي النص هنا:

## Navigation
nav-back = رجوع
nav-home = الصفحة الرئيسية
logout = خروج

## First-run setup
setup-title = أهلاً بك في Mestre
setup-intro = أولاً ننشئ المقهى والمرشدة الأولى.
setup-cafe-name = اسم المقهى
setup-country = البلد
country-no = النرويج
country-se = السويد
setup-mentor-name = اسمك
setup-mentor-password = كلمة المرور
setup-password-rule = { $min } أحرف على الأقل.
setup-submit = أنشئي المقهى
form-name-missing = اكتبي اسماً.
form-password-short = يجب أن تكون كلمة المرور { $min } أحرف على الأقل.

## Who are you?
wall-title = من أنتِ؟
wall-mentors = المرشدات
wall-trainees = المتدرّبات
wall-empty = لا توجد متدرّبات بعد. يمكن للمرشدة إضافتهن.
say-name = { $name }

## Picture PIN
pin-title = اضغطي على صورك الثلاث
pin-progress = { $count } من 3
pin-clear = ابدئي من جديد

## Password
password-title = اكتبي كلمة المرور
password-label = كلمة المرور
password-submit = دخول

## Trainee home board
home-greeting = مرحباً يا { $name }! سعيدة برؤيتك.

## Mentor
mentor-title = المرشدة: { $name }
mentor-trainees = المتدرّبات
mentor-add-trainee = إضافة متدرّبة
mentor-no-trainees = لا توجد متدرّبات بعد.
mentor-languages = اللغة: { $ui }، اللغة الأم: { $home }

## New trainee
trainee-new-title = متدرّبة جديدة
trainee-name = الاسم
trainee-photo = الصورة
trainee-photo-file = اختاري صورة من ملف
trainee-photo-camera = التقطي صورة بالكاميرا
trainee-photo-take = التقطي الصورة
trainee-photo-remove = احذفي الصورة
trainee-ui-lang = اللغة التي يكلّمها بها التطبيق
trainee-home-lang = اللغة الأم (تظهر بجانب النرويجية)
trainee-pin = رمز الصور: اختاري ثلاث صور
trainee-pin-repeat = اختاري الصور الثلاث نفسها مرة أخرى
trainee-pin-mismatch = الصور لم تكن متطابقة. اختاري ثلاث صور جديدة.
trainee-pin-done = تم اختيار رمز الصور.
trainee-save = حفظ المتدرّبة
trainee-saved = تمت إضافة { $name }.
trainee-new-pin = رمز صور جديد
trainee-new-pin-saved = تم حفظ رمز صور جديد لـ { $name }.
camera-unavailable = لم يتم العثور على كاميرا.

## The twelve pictures of the picture PIN
picture-apple = تفاحة
picture-fish = سمكة
picture-sun = شمس
picture-cat = قطة
picture-car = سيارة
picture-flower = زهرة
picture-house = بيت
picture-star = نجمة
picture-cup = فنجان
picture-tree = شجرة
picture-bread = خبز
picture-heart = قلب

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °م
format-date = { DATETIME($date) }

## Errors
error-login-failed = هذا غير صحيح. حاولي مرة أخرى.
error-login-locked =
    { $minutes ->
        [one] محاولات كثيرة. انتظري دقيقة واحدة ثم حاولي مرة أخرى.
        [two] محاولات كثيرة. انتظري دقيقتين ثم حاولي مرة أخرى.
        [few] محاولات كثيرة. انتظري { $minutes } دقائق ثم حاولي مرة أخرى.
       *[other] محاولات كثيرة. انتظري { $minutes } دقيقة ثم حاولي مرة أخرى.
    }
error-not-allowed = المرشدة فقط تستطيع فعل هذا.
error-invalid-input = تحقّقي مما كتبتِ أو اخترتِ.
error-image-unreadable = لا يمكن فتح الصورة. إنها تالفة، أو ليست صورة.
error-image-too-large = الصورة كبيرة جداً. اختاري صورة أصغر.
error-database-too-new = البيانات من نسخة أحدث من Mestre. حدّثي التطبيق.
error-database-unavailable = لا يمكن فتح البيانات.
error-not-found = لم يتم العثور عليه.
error-setup-state = المقهى مُعَدّ من قبل.
error-storage = حدث خطأ أثناء الحفظ. لم يُحذف شيء.
error-peer-unreachable = لم يتم العثور على الجهاز الآخر. تأكّدي أن الجهازين على نفس الشبكة.
error-not-paired = هذا الجهاز غير مربوط بالجهاز الآخر. اربطيهما أولاً.
error-sync-interrupted = انقطعت المزامنة. لم يضع شيء. حاولي مرة أخرى.
error-sync-refused = الجهاز الآخر رفض. حاولي مرة أخرى، أو اربطي الجهازين من جديد.
error-schema-mismatch = لدى الجهازين نسختان مختلفتان من Mestre. حدّثي الاثنين.
error-pairing-wrong-code = الرمز خطأ. حاولي مرة أخرى.
error-pairing-closed = الرمز لم يعد صالحاً. اطلبي رمزاً جديداً.

## Sync
sync-now = زامني الآن
sync-last = آخر مزامنة: { $when }
sync-never = لم تتم المزامنة بعد
sync-running = جارٍ المزامنة …
sync-rows = البيانات: { $done } من { $total }
sync-media = الصور: { $done } من { $total }
sync-done = انتهى! كل شيء متطابق في الجهازين.
connect-tablet = ربط جهاز لوحي
connect-laptop = الربط بحاسوب المرشدة
pair-code-title = رمز الربط
pair-code-help = اكتبي هذه الأرقام على الجهاز اللوحي، أو امسحي الصورة بالكاميرا.
pair-code-expires = الرمز صالح لمدة { $minutes } دقائق.
pair-address = عنوان الحاسوب
pair-code-label = الرمز (ستة أرقام)
pair-join-submit = اربطي
pair-done = تم الربط مع { $name }.
paired-devices = الأجهزة المربوطة
unpair = فك الربط
pair-none = لا توجد أجهزة مربوطة بعد.
sync-photo-coming = ستصل الصورة مع المزامنة القادمة.
pair-scan = امسحي الرمز بالكاميرا
error-recording-empty = التسجيل فارغ. تكلّمي بقرب أكثر وحاولي مرة أخرى.
error-audio-unreadable = لا يمكن تشغيل التسجيل. إنه تالف.
error-microphone-missing = لم يتم العثور على ميكروفون. اطلبي المساعدة من المرشدة.
error-microphone-busy = الميكروفون مشغول أو لا يعمل. حاولي بعد قليل.

## My day: the little book
section-my-day = يومي
section-my-book = كتابي
day-tasks-title = ماذا فعلتِ اليوم؟
day-area-kitchen = المطبخ
day-area-cleaning = التنظيف
day-area-serving = الخدمة
day-add-photo = صوّري ما صنعتِ
day-add-voice = سجّلي ملاحظة صوتية
day-add-word = كلمة جديدة
day-mood-title = كيف كان اليوم؟
mood-great = جيد جداً
mood-good = جيد
mood-ok = لا بأس
mood-tired = متعبة
mood-hard = صعب
record-start = سجّلي
record-stop = توقّفي
record-listen = استمعي إليه
record-keep = احتفظي به
record-redo = سجّلي من جديد
recording-now = جارٍ التسجيل …
word-say-it = قولي الكلمة
word-take-picture = صوّري الشيء
book-title = كتابي
book-empty = لا توجد أيام بعد.
day-comments = من المرشدة
comment-new = جديد
day-saved = تم الحفظ.
day-photo = صورة
day-voice-note = ملاحظة صوتية
day-word = كلمة جديدة
mentor-diaries = اليوميات
comment-write = اكتبي تعليقاً
comment-send = أرسلي
comment-record = سجّلي تعليقاً
word-spelling = اكتبي الكلمة
word-spelling-save = احفظي الكلمة
play-clip = تشغيل
task-wash-hands = غسل اليدين
task-cut-vegetables = تقطيع الخضار
task-peel-potatoes = تقشير البطاطا
task-bake-bread = خبز الخبز
task-bake-cakes = خبز الكعك
task-make-soup = طبخ الشوربة
task-make-salad = تحضير السلطة
task-cook-rice = طبخ الأرز
task-make-sandwiches = تحضير السندويشات
task-make-coffee = تحضير القهوة
task-weigh-ingredients = وزن المكوّنات
task-check-temperature = قياس الحرارة
task-label-food = وضع ملصق على الطعام
task-fill-fridge = ترتيب الثلاجة
task-receive-goods = استلام البضاعة
task-make-waffles = تحضير الوافل
task-wash-dishes = غسل الصحون
task-load-dishwasher = تعبئة غسالة الصحون
task-clean-surfaces = تنظيف الأسطح
task-sweep-floor = كنس الأرض
task-mop-floor = مسح الأرض
task-take-out-rubbish = إخراج القمامة
task-sort-recycling = فرز القمامة
task-clean-toilet = تنظيف المرحاض
task-serve-customer = خدمة زبون
task-take-order = أخذ طلب
task-use-till = استخدام الصندوق
task-set-tables = ترتيب الطاولات
task-clear-tables = رفع الأطباق عن الطاولات
task-greet-customer = الترحيب بالزبائن
task-fill-display = ملء واجهة العرض
task-team-meeting = اجتماع الفريق

## Recording studio
studio-open = سجّلي الأصوات
studio-title = استوديو التسجيل
studio-lang = اللغة
studio-recorded = مسجّل
studio-missing = لم يُسجّل بعد
