# Mestre — العربية (Arabic). Short, plain sentences.
# This file: every error, as a person hears it.
# review: translated by the development team; a native speaker at the café should check it.

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
error-voice-pack-unreadable = هذا الملف ليس حزمة أصوات من Mestre، أو أنه تالف.
error-recording-empty = التسجيل فارغ. تكلّمي بقرب أكثر وحاولي مرة أخرى.
error-audio-unreadable = لا يمكن تشغيل التسجيل. إنه تالف.
error-microphone-missing = لم يتم العثور على ميكروفون. اطلبي المساعدة من المرشدة.
error-microphone-busy = الميكروفون مشغول أو لا يعمل. حاولي بعد قليل.
error-other-cafe = هذا الجهاز تابع لمقهى آخر.
error-pairing-busy = الجهاز الآخر مشغول. انتظري قليلاً وحاولي مرة أخرى.
error-mentor-key-missing = مفتاح المرشدة الخاص بكِ ليس على هذا الجهاز بعد. زامني مع حاسوب المقهى أولاً.
error-printer-unavailable = لم تستقبل أيّ طابعة الملف. ملف PDF محفوظ.
error-reading-out-of-range = لا يمكن لميزان الحرارة أن يُظهر هذا. انظري مرة أخرى واكتبي الرقم من جديد.
error-aim-not-in-plan = هذا الهدف ليس في خطتها بعد. أضيفيه إلى الخطة أولاً.
error-mark-out-of-order = العلامات تأتي بالترتيب: أولاً P، ثم F، ثم K.
error-evidence-missing = K يحتاج إلى دليل. أضيفي دليلاً واحداً على الأقل أولاً.
error-comment-missing = اكتبي أو قولي السبب عندما ترجعين خطوة.
error-credential-invalid = هذه الشهادة تالفة أو تغيّرت بعد توقيعها. لا يمكن الوثوق بها.
error-aim-not-checked = تُصنع شارة Open Badge عندما يتم التحقق من الهدف (K).
