# Mestre — پښتو (Pashto). Short, plain sentences.
# review: the whole file needs a check by a native Pashto speaker at the café.

app-name = Mestre
loading = پورته کېږي …

## Language
language-name = پښتو
language-choose-title = خپله ژبه وټاکئ
language-change = ژبه بدله کړئ

## Speaker and sound
speaker-play = واورئ
speech-no-voice = د دې ژبې لپاره لا غږ نشته. متن دلته ولولئ:
speech-failed = غږ ونه غږېد. متن دلته ولولئ:

## Navigation
nav-back = شاته
nav-home = کور پاڼه
logout = وتل

## First-run setup
setup-title = Mestre ته ښه راغلئ
setup-intro = لومړی کافه او لومړۍ لارښوده جوړوو.
setup-cafe-name = د کافې نوم
setup-country = هېواد
country-no = ناروې
country-se = سویډن
setup-mentor-name = ستاسو نوم
setup-mentor-password = پټنوم
setup-password-rule = لږ تر لږه { $min } توري.
setup-submit = کافه جوړه کړئ
form-name-missing = یو نوم ولیکئ.
form-password-short = پټنوم باید لږ تر لږه { $min } توري ولري.

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

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = دا سم نه و. بیا هڅه وکړئ.
error-login-locked =
    { $minutes ->
        [one] ډېرې هڅې. یوه دقیقه صبر وکړئ، بیا هڅه وکړئ.
       *[other] ډېرې هڅې. { $minutes } دقیقې صبر وکړئ، بیا هڅه وکړئ.
    }
error-not-allowed = یوازې لارښوده دا کار کولی شي.
error-invalid-input = هغه څه وګورئ چې مو لیکلي یا ټاکلي دي.
error-image-unreadable = انځور نه خلاصېږي. خراب دی، یا انځور نه دی.
error-image-too-large = انځور ډېر لوی دی. کوچنی انځور وټاکئ.
error-database-too-new = معلومات د Mestre له نوې نسخې جوړ شوي. اپ تازه کړئ.
error-database-unavailable = معلومات نه خلاصېږي.
error-not-found = ونه موندل شو.
error-setup-state = کافه له مخکې جوړه شوې ده.
error-storage = د خوندي کولو پر مهال ستونزه پېښه شوه. هېڅ شی نه دی ړنګ شوی.
error-peer-unreachable = بله وسیله ونه موندل شوه. وګورئ چې دواړه په یوه شبکه کې وي.
error-not-paired = دا وسیله له بلې سره نه ده نښلول شوې. لومړی یې سره ونښلوئ.
error-sync-interrupted = همغږي پرې شوه. هېڅ شی ورک نه شو. بیا هڅه وکړئ.
error-sync-refused = بلې وسیلې ونه منله. بیا هڅه وکړئ، یا یې بیا سره ونښلوئ.
error-schema-mismatch = وسیلې د Mestre بېلې نسخې لري. دواړه تازه کړئ.
error-pairing-wrong-code = کوډ غلط دی. بیا هڅه وکړئ.
error-pairing-closed = کوډ نور د اعتبار وړ نه دی. نوی کوډ وغواړئ.

## Sync
sync-now = اوس همغږي کړئ
sync-last = وروستۍ همغږي: { $when }
sync-never = لا همغږي شوې نه ده
sync-running = همغږي روانه ده …
sync-rows = معلومات: { $done } له { $total }
sync-media = انځورونه: { $done } له { $total }
sync-done = بشپړ شو! دواړه یو شان دي.
connect-tablet = ټابلیټ ونښلوئ
connect-laptop = د لارښودې کمپیوټر سره ونښلوئ
pair-code-title = د نښلولو کوډ
pair-code-help = دا عددونه په ټابلیټ کې ولیکئ، یا انځور په کمره سکن کړئ.
pair-code-expires = کوډ د { $minutes } دقیقو لپاره اعتبار لري.
pair-address = د کمپیوټر پته
pair-code-label = کوډ (شپږ عددونه)
pair-join-submit = ونښلوئ
pair-done = له { $name } سره ونښلول شو.
paired-devices = نښلول شوې وسیلې
unpair = جلا کړئ
pair-none = لا هېڅ وسیله نه ده نښلول شوې.
sync-photo-coming = انځور به په راتلونکې همغږۍ کې راشي.
pair-scan = کوډ په کمره سکن کړئ
error-recording-empty = ثبت تش دی. لږ نږدې خبرې وکړئ او بیا هڅه وکړئ.
error-audio-unreadable = ثبت نه غږېږي. خراب دی.
error-microphone-missing = مایکروفون ونه موندل شو. له لارښودې مرسته وغواړئ.
error-microphone-busy = مایکروفون بوخت دی یا کار نه کوي. لږ وروسته بیا هڅه وکړئ.

## My day: the little book
# review: diary and task words need a check by a native speaker at the café.
section-my-day = زما ورځ
section-my-book = زما کتاب
day-tasks-title = نن دې څه وکړل؟
day-area-kitchen = پخلنځی
day-area-cleaning = پاکول
day-area-serving = خدمت
day-add-photo = له هغه څه چې دې جوړ کړل انځور واخله
day-add-voice = یو غږیز یادښت ثبت کړه
day-add-word = نوې کلمه
day-mood-title = ورځ څنګه وه؟
mood-great = ډېره ښه
mood-good = ښه
mood-ok = سمه وه
mood-tired = ستړې
mood-hard = سخته
record-start = ثبت
record-stop = ودروه
record-listen = ویې اوره
record-keep = وساته
record-redo = بیا یې ثبت کړه
recording-now = ثبتېږي …
word-say-it = کلمه ووایه
word-take-picture = د هغه شي انځور واخله
book-title = زما کتاب
book-empty = لا ورځې نشته.
day-comments = له لارښودې
comment-new = نوی
day-saved = خوندي شو.
day-photo = انځور
day-voice-note = غږیز یادښت
day-word = نوې کلمه
mentor-diaries = ورځني کتابونه
comment-write = یوه تبصره ولیکه
comment-send = ولېږه
comment-record = یوه تبصره ثبت کړه
word-spelling = کلمه ولیکه
word-spelling-save = کلمه خوندي کړه
play-clip = غږول
task-wash-hands = لاسونه مینځل
task-cut-vegetables = سبزي پرې کول
task-peel-potatoes = کچالو سپینول
task-bake-bread = ډوډۍ پخول
task-bake-cakes = کیک پخول
task-make-soup = شوروا پخول
task-make-salad = سلاته جوړول
task-cook-rice = وریجې پخول
task-make-sandwiches = سانډویچ جوړول
task-make-coffee = قهوه جوړول
task-weigh-ingredients = توکي تلل
task-check-temperature = تودوخه اندازه کول
task-label-food = پر خوراک نښه لګول
task-fill-fridge = یخچال ډکول
task-receive-goods = توکي ترلاسه کول
task-make-waffles = وافل جوړول
task-wash-dishes = لوښي مینځل
task-load-dishwasher = د لوښو ماشین ډکول
task-clean-surfaces = مېزونه پاکول
task-sweep-floor = ځمکه جارو کول
task-mop-floor = ځمکه مینځل
task-take-out-rubbish = کثافات بهر وړل
task-sort-recycling = کثافات بېلول
task-clean-toilet = تشناب پاکول
task-serve-customer = پېرودونکي ته خدمت
task-take-order = فرمایش اخیستل
task-use-till = صندوق کارول
task-set-tables = مېزونه برابرول
task-clear-tables = مېزونه راټولول
task-greet-customer = پېرودونکو ته ستړي مه شې ویل
task-fill-display = نندارتون ډکول
task-team-meeting = د ټیم غونډه

## Recording studio
studio-open = غږونه ثبت کړئ
studio-title = د ثبت سټوډیو
studio-lang = ژبه
studio-recorded = ثبت شوی
studio-missing = لا ثبت شوی نه دی
