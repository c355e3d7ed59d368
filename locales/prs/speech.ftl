# Mestre — دری (Dari). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## Speaker and sound
speaker-play = بشنوید
speech-no-voice = هنوز برای زبان شما آواز نیست.
speech-failed = آواز کار نکرد.
## Recording studio
studio-open = آوازها را ثبت کنید
studio-title = استدیوی ثبت
studio-lang = زبان
studio-recorded = ثبت شده
studio-missing = هنوز ثبت نشده
studio-progress = { $language }: { $recorded } از { $total }
studio-only-missing = فقط باقی‌مانده‌ها را نشان بده
studio-heard =
    { $count ->
        [one] یک بار شنیده شده
       *[other] { $count } بار شنیده شده
    }
studio-synthetic = آواز مصنوعی دارد
studio-no-synthetic = آواز مصنوعی ندارد
studio-export = ذخیرهٔ بستهٔ آواز
studio-exported = { $count } ثبت در { $path } ذخیره شد
studio-import = باز کردن بستهٔ آواز
studio-imported = آوازهای نو: { $added }. از قبل بود: { $same }. از خود ما ماند: { $kept }. رد شد: { $skipped }.
