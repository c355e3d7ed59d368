# Mestre — دری (Dari). Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: translated by the development team from Persian with Dari word choices; a native Dari speaker should check it.

## Who are you?
wall-title = شما کی هستید؟
wall-mentors = رهنماها
wall-trainees = کارآموزان
wall-empty = هنوز کارآموز نیست. یک رهنما می‌تواند آن‌ها را اضافه کند.
say-name = { $name }

## Picture PIN
pin-title = سه عکس خود را لمس کنید
pin-progress = { $count } از 3
pin-clear = از سر شروع کنید

## Password
password-title = رمز خود را بنویسید
password-label = رمز
password-submit = داخل شدن

## Trainee home board
home-greeting = سلام { $name }! از دیدن شما خوش استم.

## Mentor
mentor-title = رهنما: { $name }
mentor-trainees = کارآموزان
mentor-add-trainee = اضافه کردن کارآموز
mentor-no-trainees = هنوز کارآموز نیست.
mentor-languages = زبان: { $ui }، زبان مادری: { $home }

## New trainee
trainee-new-title = کارآموز نو
trainee-name = نام
trainee-photo = عکس
trainee-photo-file =
    عکس را از فایل انتخاب کنید
trainee-photo-camera = با کمره عکس بگیرید
trainee-photo-take = عکس بگیرید
trainee-photo-remove = عکس را پاک کنید
trainee-ui-lang = زبانی که برنامه با او گپ می‌زند
trainee-home-lang = زبان مادری (در پهلوی نارویژی دیده می‌شود)
trainee-pin = رمز عکسی: سه عکس انتخاب کنید
trainee-pin-repeat = همان سه عکس را یک بار دیگر انتخاب کنید
trainee-pin-mismatch = عکس‌ها یکسان نبودند. سه عکس نو انتخاب کنید.
trainee-pin-done = رمز عکسی انتخاب شد.
trainee-save = کارآموز را ذخیره کنید
trainee-saved = { $name } اضافه شد.
trainee-new-pin = رمز عکسی نو
trainee-new-pin-saved = رمز عکسی نو برای { $name } ذخیره شد.
camera-unavailable = کمره پیدا نشد.

## The twelve pictures of the picture PIN
picture-apple = سیب
picture-fish = ماهی
picture-sun = آفتاب
picture-cat = پشک
picture-car = موتر
picture-flower = گل
picture-house = خانه
picture-star = ستاره
picture-cup = پیاله
picture-tree = درخت
picture-bread = نان
picture-heart = قلب

## Caption order and this device
mentor-caption-order = اول { $language }
mentor-tablet-settings = این دستگاه
mentor-idle = خروج خودکار بعد از
mentor-idle-minutes =
    { $minutes ->
        [one] یک دقیقه
       *[other] { $minutes } دقیقه
    }
mentor-idle-never = هرگز

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = رهنماها و رمزها
mentors-you = { $name } (شما)
mentors-add-title = رهنمای نو
mentors-first-password = رمز اول
mentors-add-submit = افزودن رهنما
mentors-added = { $name } حالا رهنما است. رمز را به او بدهید. خودش می‌تواند آن را تبدیل کند.
mentors-change-title = رمز خود را تبدیل کنید
mentors-old-password = رمز فعلی شما
mentors-new-password = رمز نو
mentors-change-submit = تبدیل رمز
mentors-changed = رمز شما تبدیل شد.
mentors-reset = دادن رمز نو
mentors-reset-submit = ذخیرهٔ رمز نو
mentors-reset-done = { $name } رمز نو دارد.
mentors-retire = برداشتن از رهنماها
mentors-retire-confirm = { $name } از رهنماها برداشته شود؟ دیگر داخل شده نمی‌تواند.
mentors-retired = { $name } دیگر رهنما نیست.
mentors-cancel = لغو
