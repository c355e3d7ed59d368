### The mentor's workspace: today at a glance, a trainee's recent work, suggestions,
### her data (export and erasure), charts, and managing the café.

# review: to be checked by a native speaker
workspace-today = نن
# review: to be checked by a native speaker
workspace-today-lead = نن څوک تاسو ته اړتیا لري
# review: to be checked by a native speaker
workspace-calm = هر څه سم دي
# review: to be checked by a native speaker
workspace-review = کتنه
# review: to be checked by a native speaker
workspace-last-day = د هغې په کتاب کې وروستۍ ورځ: { $date }
# review: to be checked by a native speaker
workspace-no-day = لا تر اوسه یې په کتاب کې ورځ نشته
# review: to be checked by a native speaker
workspace-seen = ولیدل شو { $date }
# review: to be checked by a native speaker
workspace-never-seen = لا تر اوسه نه دی لیدل شوی
# review: to be checked by a native speaker
new-days = نوې ورځې: { $count }
# review: to be checked by a native speaker
new-photos = نوي انځورونه: { $count }
# review: to be checked by a native speaker
new-voice-notes = نوي غږیز یادښتونه: { $count }
# review: to be checked by a native speaker
new-words = نوې کلمې: { $count }
# review: to be checked by a native speaker
new-practice = د کلمو تمرین ځوابونه: { $count }
# review: to be checked by a native speaker
new-fridge = د یخچال تمرینونه: { $count }
# review: to be checked by a native speaker
new-ratings = نوې ځان ارزونې: { $count }
# review: to be checked by a native speaker
attention-no-diary = { $days } ورځې پرته له ورځپاڼې
# review: to be checked by a native speaker
attention-low-mood-hard = سختې ورځې: { $days }
# review: to be checked by a native speaker
attention-low-mood-tired = ستړې ورځې: { $days }
# review: to be checked by a native speaker
attention-practice-failing = د کلمو تمرین: پدې اونۍ کې له { $answers } ځوابونو { $again } غلط
# review: to be checked by a native speaker
attention-fridge-failing = د یخچال تمرین: { $rounds } پړاوونه له نیمایي لږ سم
# review: to be checked by a native speaker
attention-waiting-for-mark = د نښې په تمه: { $aims } موخې
# review: to be checked by a native speaker
review-title = { $name } – وروستۍ ورځې
# review: to be checked by a native speaker
review-days = ورځې
# review: to be checked by a native speaker
review-mark-seen = ټول لیدل شوي په نښه کړئ
# review: to be checked by a native speaker
review-marked-seen = لیدل شوي په نښه شول.
# review: to be checked by a native speaker
review-new = نوی
# review: to be checked by a native speaker
review-timeline = د هغې ورځپاڼه
# review: to be checked by a native speaker
review-no-days = پدې موده کې یې په کتاب کې ورځ نشته.
# review: to be checked by a native speaker
review-words = د هغې کلمې
# review: to be checked by a native speaker
review-words-known = { $count } کلمې پېژني · { $streak } ورځې پرله پسې · { $due } په تمه
# review: to be checked by a native speaker
review-practice = د کلمو تمرین
# review: to be checked by a native speaker
review-practice-day = { $date }: له { $answers } څخه { $right } سم
# review: to be checked by a native speaker
review-no-practice = پدې موده کې د کلمو تمرین نشته.
# review: to be checked by a native speaker
review-fridge = د یخچال تمرین
# review: to be checked by a native speaker
review-no-fridge = لا تر اوسه پړاو نشته.
# review: to be checked by a native speaker
review-competence-totals = په پلان کې { $planned } موخې · P { $started } · F { $completed } · K { $checked }
# review: to be checked by a native speaker
review-keys = کیبورډ: J او K بله او تېره ورځ · S لیدل شوی · C نظر · Esc شاته
# review: to be checked by a native speaker
suggest-title = د راتلونکي تمرین وړاندیز
# review: to be checked by a native speaker
suggest-word = یوه کلمه
# review: to be checked by a native speaker
suggest-recipe = د پخلي یو لارښود
# review: to be checked by a native speaker
suggest-send = وړاندیز وکړئ
# review: to be checked by a native speaker
suggest-done = وړاندیز ولېږل شو. هغه یې په خپله لومړۍ پاڼه ویني.
# review: to be checked by a native speaker
suggestions-for-you = پر دې تمرین وکړه
# review: to be checked by a native speaker
suggestion-from = له { $mentor } څخه
# review: to be checked by a native speaker
privacy-title = د هغې معلومات
# review: to be checked by a native speaker
export-start = د هغې په اړه هر څه صادر کړئ (ZIP)
# review: to be checked by a native speaker
export-progress = خوندي کېږي … له { $total } څخه { $done }
# review: to be checked by a native speaker
export-done = خوندي شو: { $path }
# review: to be checked by a native speaker
erase-start = هغه له کافې څخه ړنګه کړئ
# review: to be checked by a native speaker
erase-explain = د { $name } په اړه هر څه دلته او په راتلونکي همغږي کې په ټولو نښلول شویو وسیلو کې ړنګېږي: ورځپاڼه، انځورونه، غږیز یادښتونه، کلمې، تمرینونه او نښې. بېرته نه راګرځي. که هغه خپل معلومات غواړي، لومړی یې صادر کړئ.
# review: to be checked by a native speaker
erase-confirm-label = د تایید لپاره یې نوم ولیکئ
# review: to be checked by a native speaker
erase-confirm = د تل لپاره ړنګ کړئ
# review: to be checked by a native speaker
erase-done = { $name } ړنګه شوه، له { $files } انځورونو او غږیزو فایلونو سره.
# review: to be checked by a native speaker
charts-title = ګرافونه
# review: to be checked by a native speaker
charts-group = ټوله ډله
# review: to be checked by a native speaker
chart-words-known = هغه کلمې چې پېژني یې
# review: to be checked by a native speaker
chart-words-known-group = هغه کلمې چې زده کوونکې یې پېژني
# review: to be checked by a native speaker
chart-practice-accuracy = د کلمو په تمرین کې سم ځوابونه (%)
# review: to be checked by a native speaker
chart-diary-activity = په اونۍ کې د ورځپاڼې ورځې
# review: to be checked by a native speaker
chart-fridge-temperatures = د یخچال تودوخه (°C)
# review: to be checked by a native speaker
chart-aims-by-status = موخې د حالت له مخې
# review: to be checked by a native speaker
chart-no-data = لا تر اوسه شمېرې نشته.
# review: to be checked by a native speaker
chart-week-of = اونۍ له { $date }
# review: to be checked by a native speaker
manage-title = زده کوونکې او کافه
# review: to be checked by a native speaker
manage-archive = آرشیف
# review: to be checked by a native speaker
manage-archived = آرشیف شوې زده کوونکې
# review: to be checked by a native speaker
manage-restore = بیرته راوستل
# review: to be checked by a native speaker
manage-archived-note = آرشیف شوې زده کوونکې په دېوال او د نن په کتنه کې نه ښودل کېږي. معلومات یې ساتل کېږي.
# review: to be checked by a native speaker
settings-title = د کافې امستنې
# review: to be checked by a native speaker
settings-country = هېواد (د یخچال قواعد)
# review: to be checked by a native speaker
settings-languages = هغه ژبې چې کافه یې وړاندې کوي
# review: to be checked by a native speaker
settings-saved = خوندي شو.
# review: to be checked by a native speaker
settings-save = خوندي کړئ
# review: to be checked by a native speaker
import-photos = ډېر انځورونه د نویو کلمو په توګه راوړئ
# review: to be checked by a native speaker
import-photos-progress = انځورونه راوړل کېږي … له { $total } څخه { $done }
# review: to be checked by a native speaker
import-photos-done = { $count } نوې کلمې له انځور سره. کلمې د کلمو په بانک کې ولیکئ.
# review: to be checked by a native speaker
studio-tab-prompts = هغه څه چې اپ یې وايي
# review: to be checked by a native speaker
studio-tab-words = کلمې
# review: to be checked by a native speaker
studio-words-progress = { $language }: له { $total } کلمو څخه { $recorded } ثبت شوې
# review: to be checked by a native speaker
content-open = د کافې منځپانګه
# review: to be checked by a native speaker
content-title = د کافې خپله منځپانګه
# review: to be checked by a native speaker
content-lead = هغه څه ور زیات کړئ چې کافه یې کوي او په Mestre کې نشته، او هغه پټ کړئ چې نه یې کاروئ. غږونه په سټوډیو کې ثبت کړئ.
# review: to be checked by a native speaker
content-tab-tasks = د دندو کارتونه
# review: to be checked by a native speaker
content-tab-foods = خوراکونه
# review: to be checked by a native speaker
content-tab-aims = خپلې موخې
# review: to be checked by a native speaker
content-tasks-lead = هغه کارتونه چې هغه یې په «زما ورځ» کې غوره کوي. پټ شوی کارت له انتخابونو ځي، خو هغه ورځې چې لري یې ساتي یې.
# review: to be checked by a native speaker
content-task-add = نوی د دندې کارت
# review: to be checked by a native speaker
content-foods-lead = د لوبو، لیبلونو او لړلیک خوراکونه. د ساتلو ډول ټاکي چې چیرته وي، څومره سوړ وي او څومره موده پاتې کېږي.
# review: to be checked by a native speaker
content-food-add = نوی خوراک
# review: to be checked by a native speaker
content-aims-lead = هغه موخې چې کافه یې د درسي پروګرامونو سربېره ښيي. د نورو موخو په څېر په پلانونو کې ایښودل کېږي، ارزول کېږي، شواهد ترلاسه کوي او لاسلیک کېږي.
# review: to be checked by a native speaker
content-aim-add = نوې موخه
# review: to be checked by a native speaker
content-own = د کافې خپل
# review: to be checked by a native speaker
content-hidden = پټ
# review: to be checked by a native speaker
content-edit = بدل کړئ
# review: to be checked by a native speaker
content-hide = پټ کړئ
# review: to be checked by a native speaker
content-show = بیا یې وښایئ
# review: to be checked by a native speaker
content-save = خوندي کړئ
# review: to be checked by a native speaker
content-cancel = لغوه کړئ
# review: to be checked by a native speaker
content-saved = خوندي شو.
# review: to be checked by a native speaker
content-name-work = نوم په { $language }
# review: to be checked by a native speaker
content-in-language = په { $language }
# review: to be checked by a native speaker
content-names-other = نوم په هغو ژبو چې زده کوونکې یې لولي
# review: to be checked by a native speaker
content-plains-other = تشریح په هغو ژبو چې زده کوونکې یې لولي
# review: to be checked by a native speaker
content-area = دنده چیرته ترسره کېږي
# review: to be checked by a native speaker
content-picture = انځور
# review: to be checked by a native speaker
content-photo = یا یو عکس
# review: to be checked by a native speaker
content-photo-chosen = غوره شوی عکس
# review: to be checked by a native speaker
content-photo-remove = پر ځای یې انځور وکاروئ
# review: to be checked by a native speaker
content-food-class = د دې په څېر ساتل کېږي
# review: to be checked by a native speaker
content-food-class-option = { $foods } ({ $zone }، { $days } ورځې)
# review: to be checked by a native speaker
content-food-after = ورځې له دې شمېرل کېږي
# review: to be checked by a native speaker
content-food-allergens = حساسیت راوړونکي
# review: to be checked by a native speaker
content-aim-code = کوډ
# review: to be checked by a native speaker
content-aim-title = لنډ نوم
# review: to be checked by a native speaker
content-aim-plain = په ساده ډول
# review: to be checked by a native speaker
content-aim-official = له درسي پروګرام یا دندې تشریح متن (تش پاتې کېدای شي)
# review: to be checked by a native speaker
content-aim-tasks = د دندو کارتونه چې موخه ښيي
# review: to be checked by a native speaker
content-aim-fridge = د یخچال تمرینونه د شواهدو په توګه شمېرل کېږي
# review: to be checked by a native speaker
content-aim-words = د کلمو تمرین د شواهدو په توګه شمېرل کېږي
# review: to be checked by a native speaker
content-aim-hidden = دا موخه نور مه وړاندې کوئ (هغه پلانونه چې لري یې ساتي یې)
# review: to be checked by a native speaker
content-none = لا هیڅ نشته.
# review: to be checked by a native speaker
studio-tab-content = منځپانګه
# review: to be checked by a native speaker
studio-kind-task = د دندو خپل کارتونه
# review: to be checked by a native speaker
studio-kind-food = خوراکونه
# review: to be checked by a native speaker
studio-kind-aim = موخې
# review: to be checked by a native speaker
studio-kind-aim-plain = د موخو تشریح
# review: to be checked by a native speaker
studio-kind-recipe = د پخلي لارښوونې
# review: to be checked by a native speaker
studio-kind-step = د پخلي ګامونه
# review: to be checked by a native speaker
studio-content-progress = { $language }: له { $total } څخه { $recorded } ثبت شوي
# review: to be checked by a native speaker
studio-content-none = دلته لا هیڅ نشته.
# review: to be checked by a native speaker
studio-write-label = په { $language } یې ولیکئ
# review: to be checked by a native speaker
studio-write-save = متن خوندي کړئ
# review: to be checked by a native speaker
studio-text-saved = متن خوندي شو.
# review: to be checked by a native speaker
studio-show-more = نور { $count } وښایئ ({ $left } پاتې)
