# Mestre — پښتو (Pashto). Short, plain sentences.
# This file: my day: the little book.
# review: the whole file needs a check by a native Pashto speaker at the café.

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

## My day in steps
day-summary-title = دا هغه څه دي چې نن مو خوندي کړل
day-nothing-yet = لا هېڅ نشته
day-done = پای
book-start = خپله ورځ ډکه کړئ
