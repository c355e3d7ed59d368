# Mestre — فارسی (Persian). Short, plain sentences.
# This file: speakers, sound and the recording studio.
# review: translated by the development team; a native speaker at the café should check it.

## Speaker and sound
speaker-play = گوش کنید
speech-no-voice = هنوز صدایی برای زبان شما نیست.
speech-failed = صدا کار نکرد.
## Recording studio
studio-open = صداها را ضبط کنید
studio-title = استودیوی ضبط
studio-lang = زبان
studio-recorded = ضبط شده
studio-missing = هنوز ضبط نشده
studio-progress = { $language }: { $recorded } از { $total }
studio-only-missing = فقط موارد ناقص را نشان بده
studio-heard =
    { $count ->
        [one] یک بار شنیده شده
       *[other] { $count } بار شنیده شده
    }
studio-synthetic = صدای مصنوعی دارد
studio-no-synthetic = صدای مصنوعی ندارد
studio-export = ذخیرهٔ بستهٔ صدا
studio-exported = { $count } ضبط در { $path } ذخیره شد
studio-import = باز کردن بستهٔ صدا
studio-imported = صداهای جدید: { $added }. از قبل بود: { $same }. از خودمان ماند: { $kept }. رد شد: { $skipped }.
