# Mestre — العربية (Arabic). Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: translated by the development team; a native speaker at the café should check it.

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

## Caption order and this device
mentor-caption-order = { $language } أولاً
mentor-tablet-settings = هذا الجهاز
mentor-idle = تسجيل الخروج تلقائياً بعد
mentor-idle-minutes =
    { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    }
mentor-idle-never = أبداً

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = المرشدات وكلمات السر
mentors-you = { $name } (أنتِ)
mentors-add-title = مرشدة جديدة
mentors-first-password = أول كلمة سر
mentors-add-submit = إضافة مرشدة
mentors-added = { $name } الآن مرشدة. أعطيها كلمة السر. تستطيع تغييرها بنفسها.
mentors-change-title = غيّري كلمة السر
mentors-old-password = كلمة السر الآن
mentors-new-password = كلمة سر جديدة
mentors-change-submit = تغيير كلمة السر
mentors-changed = تم تغيير كلمة السر.
mentors-reset = إعطاء كلمة سر جديدة
mentors-reset-submit = حفظ كلمة السر الجديدة
mentors-reset-done = { $name } لديها كلمة سر جديدة.
mentors-retire = إزالة من المرشدات
mentors-retire-confirm = إزالة { $name } من المرشدات؟ لن تستطيع الدخول بعد الآن.
mentors-retired = { $name } لم تعد مرشدة.
mentors-cancel = إلغاء
