# Mestre — العربية (Arabic). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: translated by the development team; a native speaker at the café should check it.

## Speaker and sound
speaker-play = استمعي
speech-no-voice = لا يوجد صوت لهذه اللغة بعد. اقرئي النص هنا:
speech-failed = لم يعمل الصوت. اقرئي النص هنا:

## Recording studio
studio-open = سجّلي الأصوات
studio-title = استوديو التسجيل
studio-lang = اللغة
studio-recorded = مسجّل
studio-missing = لم يُسجّل بعد
