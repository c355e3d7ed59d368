# Mestre — العربية (Arabic). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: translated by the development team; a native speaker at the café should check it.

## Speaker and sound
speaker-play = استمعي
speech-no-voice = لا يوجد صوت بلغتكِ بعد.
speech-failed = لم يعمل الصوت.
## Recording studio
studio-open = سجّلي الأصوات
studio-title = استوديو التسجيل
studio-lang = اللغة
studio-recorded = مسجّل
studio-missing = لم يُسجّل بعد
studio-progress = { $language }: { $recorded } من { $total }
studio-only-missing = اعرض الناقص فقط
studio-heard =
    { $count ->
        [one] سُمع مرة واحدة
        [two] سُمع مرتين
        [few] سُمع { $count } مرات
       *[other] سُمع { $count } مرة
    }
studio-synthetic = يوجد صوت اصطناعي
studio-no-synthetic = لا يوجد صوت اصطناعي
studio-export = حفظ حزمة الأصوات
studio-exported = تم حفظ { $count } تسجيلات في { $path }
studio-import = فتح حزمة أصوات
studio-imported = أصوات جديدة: { $added }. موجودة من قبل: { $same }. تسجيلاتنا الباقية: { $kept }. تم تخطي: { $skipped }.
