# Mestre — دری (Dari). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## Speaker and sound
speaker-play = بشنوید
speech-no-voice = هنوز برای این زبان آواز نیست. متن را اینجا بخوانید:
speech-failed = آواز پخش نشد. متن را اینجا بخوانید:

## Recording studio
studio-open = آوازها را ثبت کنید
studio-title = استدیوی ثبت
studio-lang = زبان
studio-recorded = ثبت شده
studio-missing = هنوز ثبت نشده
