# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: people: who is who, picture PIN, password, home boards, adding trainees.
# review: the whole file needs a check by a native Pashto speaker at the café.

## Who are you?
wall-title = تاسو څوک یاست؟
wall-mentors = لارښودې
wall-trainees = زده کوونکې
wall-empty = لا زده کوونکې نشته. لارښوده یې اضافه کولی شي.
say-name = { $name }

## Picture PIN
pin-title = خپل درې انځورونه کېکاږئ
pin-progress = { $count } له 3
pin-clear = بیا پیل کړئ

## Password
password-title = خپل پټنوم ولیکئ
password-label = پټنوم
password-submit = ننوتل

## Trainee home board
home-greeting = سلام { $name }! ستا په لیدو خوشحاله یم.

## Mentor
mentor-title = لارښوده: { $name }
mentor-trainees = زده کوونکې
mentor-add-trainee = زده کوونکې اضافه کړئ
mentor-no-trainees = لا زده کوونکې نشته.
mentor-languages = ژبه: { $ui }، مورنۍ ژبه: { $home }

## New trainee
trainee-new-title = نوې زده کوونکې
trainee-name = نوم
trainee-photo = انځور
trainee-photo-file = له فایل څخه انځور وټاکئ
trainee-photo-camera = په کمره انځور واخلئ
trainee-photo-take = انځور واخلئ
trainee-photo-remove = انځور لرې کړئ
trainee-ui-lang = هغه ژبه چې اپ ورسره خبرې کوي
trainee-home-lang = مورنۍ ژبه (د ناروېژي ترڅنګ ښودل کېږي)
trainee-pin = انځوري پن: درې انځورونه وټاکئ
trainee-pin-repeat = هماغه درې انځورونه یو ځل بیا وټاکئ
trainee-pin-mismatch = انځورونه یو شان نه وو. درې نوي انځورونه وټاکئ.
trainee-pin-done = انځوري پن وټاکل شو.
trainee-save = زده کوونکې خوندي کړئ
trainee-saved = { $name } اضافه شوه.
trainee-new-pin = نوی انځوري پن
trainee-new-pin-saved = د { $name } لپاره نوی انځوري پن خوندي شو.
camera-unavailable = کمره ونه موندل شوه.

## The twelve pictures of the picture PIN
picture-apple = مڼه
picture-fish = کب
picture-sun = لمر
picture-cat = پیشو
picture-car = موټر
picture-flower = ګل
picture-house = کور
picture-star = ستوری
picture-cup = پیاله
picture-tree = ونه
picture-bread = ډوډۍ
picture-heart = زړه

## Caption order and this device
mentor-caption-order = لومړی { $language }
mentor-tablet-settings = دا وسیله
mentor-idle = په خپله ووځه وروسته له
mentor-idle-minutes =
    { $minutes ->
        [one] یوه دقیقه
       *[other] { $minutes } دقیقې
    }
mentor-idle-never = هېڅکله

## Mentors: adding, passwords, leaving
# review: the mentor messages below are new.
mentors-manage = ښوونکې او پټنومونه
mentors-you = { $name } (تاسو)
mentors-add-title = نوې ښوونکې
mentors-first-password = لومړی پټنوم
mentors-add-submit = ښوونکې ورزیاته کړئ
mentors-added = { $name } اوس ښوونکې ده. پټنوم ورکړئ. هغه یې پخپله بدلولی شي.
mentors-change-title = خپل پټنوم بدل کړئ
mentors-old-password = ستاسو اوسنی پټنوم
mentors-new-password = نوی پټنوم
mentors-change-submit = پټنوم بدل کړئ
mentors-changed = ستاسو پټنوم بدل شو.
mentors-reset = نوی پټنوم ورکړئ
mentors-reset-submit = نوی پټنوم خوندي کړئ
mentors-reset-done = { $name } نوی پټنوم لري.
mentors-retire = له ښوونکو لرې کړئ
mentors-retire-confirm = { $name } له ښوونکو لرې شي؟ نور نشي ننوتلی.
mentors-retired = { $name } نور ښوونکې نه ده.
mentors-cancel = لغوه
