# Mestre — فارسی (Persian). Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: translated by the development team; a native speaker at the café should check it.

## Who are you?
wall-title = شما کی هستید؟
wall-mentors = راهنماها
wall-trainees = کارآموزان
wall-empty = هنوز کارآموزی نیست. یک راهنما می‌تواند آن‌ها را اضافه کند.
say-name = { $name }

## Picture PIN
pin-title = روی سه عکس خود بزنید
pin-progress = { $count } از 3
pin-clear = از نو شروع کنید

## Password
password-title = رمز عبور خود را بنویسید
password-label = رمز عبور
password-submit = ورود

## Trainee home board
home-greeting = سلام { $name }! از دیدنت خوشحالم.

## Mentor
mentor-title = راهنما: { $name }
mentor-trainees = کارآموزان
mentor-add-trainee = افزودن کارآموز
mentor-no-trainees = هنوز کارآموزی نیست.
mentor-languages = زبان: { $ui }، زبان مادری: { $home }

## New trainee
trainee-new-title = کارآموز تازه
trainee-name = نام
trainee-photo = عکس
trainee-photo-file = انتخاب عکس از فایل
trainee-photo-camera = گرفتن عکس با دوربین
trainee-photo-take = عکس بگیر
trainee-photo-remove = حذف عکس
trainee-ui-lang = زبانی که برنامه با او حرف می‌زند
trainee-home-lang = زبان مادری (کنار نروژی نشان داده می‌شود)
trainee-pin = رمز تصویری: سه عکس انتخاب کنید
trainee-pin-repeat = همان سه عکس را یک بار دیگر انتخاب کنید
trainee-pin-mismatch = عکس‌ها یکی نبودند. سه عکس تازه انتخاب کنید.
trainee-pin-done = رمز تصویری انتخاب شد.
trainee-save = ذخیرهٔ کارآموز
trainee-saved = { $name } اضافه شد.
trainee-new-pin = رمز تصویری تازه
trainee-new-pin-saved = رمز تصویری تازه برای { $name } ذخیره شد.
camera-unavailable = دوربینی پیدا نشد.

## The twelve pictures of the picture PIN
picture-apple = سیب
picture-fish = ماهی
picture-sun = خورشید
picture-cat = گربه
picture-car = ماشین
picture-flower = گل
picture-house = خانه
picture-star = ستاره
picture-cup = فنجان
picture-tree = درخت
picture-bread = نان
picture-heart = قلب

## Caption order and this device
mentor-caption-order = اول { $language }
mentor-tablet-settings = این دستگاه
mentor-idle = خروج خودکار پس از
mentor-idle-minutes =
    { $minutes ->
        [one] یک دقیقه
       *[other] { $minutes } دقیقه
    }
mentor-idle-never = هرگز

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = مربی‌ها و رمزها
mentors-you = { $name } (شما)
mentors-add-title = مربی تازه
mentors-first-password = رمز اول
mentors-add-submit = افزودن مربی
mentors-added = { $name } حالا مربی است. رمز را به او بدهید. خودش می‌تواند آن را عوض کند.
mentors-change-title = رمز خود را عوض کنید
mentors-old-password = رمز کنونی شما
mentors-new-password = رمز تازه
mentors-change-submit = عوض کردن رمز
mentors-changed = رمز شما عوض شد.
mentors-reset = دادن رمز تازه
mentors-reset-submit = ذخیرهٔ رمز تازه
mentors-reset-done = { $name } رمز تازه دارد.
mentors-retire = برداشتن از مربی‌ها
mentors-retire-confirm = { $name } از مربی‌ها برداشته شود؟ دیگر نمی‌تواند وارد شود.
mentors-retired = { $name } دیگر مربی نیست.
mentors-cancel = لغو
