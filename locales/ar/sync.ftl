# Mestre — العربية (Arabic). Short, plain sentences.
# This file: connecting devices and syncing.
# review: translated by the development team; a native speaker at the café should check it.

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
