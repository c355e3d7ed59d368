# Mestre — العربية. Short, plain sentences.
# This file: trust — changes a device sent that were not allowed, and why.
# review: the trust messages are new; a check by a native speaker at the café is welcome.

## Why a change was refused
refusal-unsigned = الجهاز لم يوقّع هذا التغيير.
refusal-unknown-device = هذا الجهاز ليس من المقهى.
refusal-bad-signature = التوقيع غير مطابق. قد يكون التغيير مزوّراً.
refusal-stamp-out-of-range = وقت التغيير غير ممكن.
refusal-device-retired = كان الجهاز قد أُزيل عندما حدث التغيير.
refusal-invalid = قيمة خاطئة أو كبيرة جداً.
refusal-unknown-author = هذا الشخص ليس من المقهى.
refusal-not-owner = هذا يخص شخصاً آخر.
refusal-owner-changed = حاول التغيير أن يعطيه لشخص آخر.
refusal-needs-mentor = هذا تفعله المرشدة فقط.
refusal-unknown-mentor-key = مفتاح المرشدة غير معروف هنا.
refusal-bad-mentor-signature = توقيع المرشدة غير مطابق.
refusal-mentor-key-revoked = مفتاح المرشدة كان قد سُحب.
refusal-append-only = لا يمكن تغيير سطر في سجل.

## What a change was about
record-device-intro = جهاز
record-mentor-key = مفتاح مرشدة
record-cafe = المقهى
record-person = شخص
record-credential = كلمة سر أو رمز صور
record-media = صورة أو تسجيل
record-diary-day = يوم في اليوميات
record-diary-item = شيء في اليوميات
record-diary-comment = تعليق
record-prompt-clip = مقطع صوتي مسجّل
record-word = كلمة
record-word-translation = كلمة بلغة أخرى
record-word-review = إجابة في تمرين الكلمات
record-ingredient = مكوّن
record-recipe = وصفة
record-recipe-step = خطوة في وصفة
record-recipe-ingredient = مكوّن في وصفة
record-menu-dish = طبق في قائمة الأسبوع
record-fridge-routine = مدة صلاحية خاصة بالمقهى لطعام
record-fridge-practice = نتيجة تمرين الثلاجة
record-fridge-label = ملصق مطبوع
record-fridge-reading = قياس درجة حرارة

## The mentor's list of refused changes
quarantine-title = تغييرات موقوفة
quarantine-count = موقوفة: { $count }
quarantine-help = أرسل جهاز هذه التغييرات، لكنها لم تكن مسموحة. هي محفوظة، لكنها غير مستخدمة.
quarantine-none = لا توجد تغييرات موقوفة.
quarantine-from = { $who } على { $device }
quarantine-set-aside = غير محفوظ في السجل
quarantine-open = عرض التغييرات الموقوفة
record-competence-plan = هدف في خطة متدرّبة
record-competence-rating = تقييم متدرّبة لنفسها
record-competence-evidence = دليل مرتبط بهدف
record-competence-mark = علامة موقَّعة من مرشدة (P، F، K)
# review: to be checked by a native speaker
record-review-seen = ما شاهدته المرشدة من عمل متدربة
# review: to be checked by a native speaker
record-practice-suggestion = اقتراح المرشدة لما تتمرن عليه المتدربة
# review: to be checked by a native speaker
record-erasure = حذف متدربة
# review: to be checked by a native speaker
record-task-card = بطاقة مهمة
# review: to be checked by a native speaker
record-fridge-food = طعام من أطعمة المقهى الخاصة
# review: to be checked by a native speaker
record-competence-aim = هدف من أهداف المقهى الخاصة
# review: to be checked by a native speaker
record-content-language = محتوى بلغة واحدة: نص أو تسجيل
