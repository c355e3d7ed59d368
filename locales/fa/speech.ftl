# Mestre — فارسی (Persian). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: translated by the development team; a native speaker at the café should check it.

## Speaker and sound
speaker-play = گوش کنید
speech-no-voice = هنوز صدایی برای این زبان نیست. متن را اینجا بخوانید:
speech-failed = صدا پخش نشد. متن را اینجا بخوانید:

## Recording studio
studio-open = صداها را ضبط کنید
studio-title = استودیوی ضبط
studio-lang = زبان
studio-recorded = ضبط شده
studio-missing = هنوز ضبط نشده
