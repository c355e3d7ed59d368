## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers; a native speaker should check these sentences
section-fridge = یخچال
fridge-title = یخچال او لیبل
fridge-zone-fridge = یخچال
fridge-zone-freezer = فریزر
fridge-zone-dry = وچ ګودام
fridge-event-made = جوړ شوی
fridge-event-opened = پرانیستل شوی
fridge-event-thawed = ویلې شوی
fridge-event-delivered = ترلاسه شوی
fridge-hot-holding = ګرم ساتل
fridge-cooling = سړول
fridge-game-where-does-it-go = چېرته کېښودل شي؟
fridge-game-how-cold = څومره سوړ؟
fridge-game-write-the-label = لیبل ولیکه
fridge-game-first-in-first-out = لومړی راغلی، لومړی وتلی
fridge-ask-zone = { $food } چېرته کېښودل شي؟
fridge-ask-cold = { $food } په { $zone ->
        [freezer] فریزر
       *[fridge] یخچال
    } کې: کومه تودوخه سمه ده؟
fridge-ask-hot = خواړه د ورکولو لپاره ګرم ساتل کېږي. کومه تودوخه سمه ده؟
fridge-ask-cooling = ګرم خواړه سړېږي. له { $hours } ساعتونو وروسته: کومه تودوخه سمه ده؟
fridge-ask-label-made = تا نن { $food } جوړ کړل. لیبل جوړ کړه.
fridge-ask-label-opened = تا نن { $food } پرانیستل. لیبل جوړ کړه.
fridge-ask-label-thawed = تا نن { $food } ویلي کړل. لیبل جوړ کړه.
fridge-ask-label-delivered = تا نن { $food } ترلاسه کړل. لیبل جوړ کړه.
fridge-ask-shelf = هغه ډبه چې ډېره زړه ده، وغورځوه. پاتې نور په المارۍ کې کېږده: هغه چې لومړی کارول کېږي، مخې ته.
fridge-why-zone-cold = { $food } په { $zone ->
        [freezer] فریزر
       *[fridge] یخچال
    } کې کېښودل کېږي، په { $max } یا سړه.
fridge-why-zone-dry = { $food } په وچ ګودام کې کېښودل کېږي: وچ او سوړ ځای، په تړلې ډبه کې.
fridge-why-hot = هغه خواړه چې ګرم ساتل کېږي، باید لږ تر لږه { $min } وي.
fridge-why-cooling = ګرم خواړه باید په { $hours } ساعتونو کې له { $to } لاندې ساړه شي.
fridge-why-product = محصول { $food } دی.
fridge-why-made = { $event ->
        [opened] پرانیستل شوی
        [thawed] ویلې شوی
        [delivered] ترلاسه شوی
       *[made] جوړ شوی
    }: نن، { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } په همغه ورځ کارول کېږي.
       *[other] { $food } { $days } ورځې ښه پاتې کېږي.
    } { $event ->
        [opened] پرانیستل شوی
        [thawed] ویلې شوی
        [delivered] ترلاسه شوی
       *[made] جوړ شوی
    } { $made }، تر { $date } پورې وکاروئ.
fridge-why-allergens = په { $food } کې دا الرژي راوړونکي توکي دي: { $list }.
fridge-why-no-allergens = په { $food } کې له ۱۴ الرژي راوړونکو توکو هېڅ یو نشته.
fridge-why-maker = تا خواړه جوړ کړل. ځان وټاکه.
fridge-why-expired = { $food } باید تر { $date } پورې کارول شوي وای. باید وغورځول شي.
fridge-why-order = هغه چې لومړی کارول کېږي، مخې ته وي. تر ټولو نوی، شا ته.
fridge-right = سم دی!
fridge-wrong = سم نه دی.
fridge-partly = له { $total } څخه { $right } سم.
fridge-result = تا له { $total } څخه { $right } سم ځواب کړل.
fridge-label-keep = { $zone ->
        [freezer] فریزر
       *[fridge] یخچال
    }، تر ټولو زیات { $max }
fridge-label-use-by = تر دې نېټې وکاروئ
fridge-label-allergens = الرژي راوړونکي
fridge-label-no-allergens = الرژي راوړونکي نشته
fridge-label-made-by = جوړونکی { $initials }
fridge-too-warm-fridge = ډېر ګرم دی! یخچال { $reading } دی. باید { $max } یا سوړ وي. لارښودې ته ووایه، دروازه ښه وتړه او یو ساعت وروسته بیا یې اندازه کړه.
fridge-too-warm-freezer = ډېر ګرم دی! فریزر { $reading } دی. باید { $max } یا سوړ وي. سمدستي لارښودې ته ووایه.
fridge-practice = تمرین
fridge-practice-hint = د یخچال تمرین: خواړه چېرته ځي، څومره سوړ، لیبل او ترتیب.
fridge-labels = لیبلونه
fridge-check = تودوخه
fridge-catalogue = خواړه
fridge-question = پوښتنه { $n } له { $total }
fridge-finish = خلاص
fridge-play-again = بیا تمرین وکړه
fridge-choose-game = یو تمرین وټاکه
fridge-pick-product = دا کوم خواړه دي؟
fridge-pick-made = د جوړېدو نېټه
fridge-pick-use-by = تر دې نېټې وکاروئ
fridge-pick-allergens = الرژي راوړونکي: په هغو ووهه چې په خوړو کې دي
fridge-pick-maker = خواړه چا جوړ کړل؟
fridge-check-label = لیبل وګوره
fridge-shelf-bin = د کثافاتو سطل
fridge-shelf-front = مخې ته
fridge-shelf-back = شا ته
fridge-shelf-step-bin = په هغې ډبې ووهه چې ډېره زړه ده.
fridge-shelf-step-order = په ډبو په ترتیب ووهه: هغه چې لومړی کارول کېږي، لومړی.
fridge-shelf-again = المارۍ له سره پیل کړه
fridge-pick-reading = ترمامیټر څه ښيي؟
fridge-evidence-saved = د زده کړې د هدف { $aim } لپاره د ثبوت په توګه خوندي شو.
fridge-print-title = لیبل چاپ کړه
fridge-print-item = خواړه وټاکه
fridge-print-recipe = د ترکیب له مخې جوړ شوی
fridge-print-no-recipe = ترکیب نشته
fridge-print-day = نېټه
fridge-print-today = نن
fridge-print-yesterday = پرون
fridge-print-size = اندازه
fridge-size-62mm = ۶۲ ملي متره رول
fridge-size-57x32mm = ۵۷ × ۳۲ ملي متره لیبل
fridge-print = چاپ
fridge-save-pdf = یوازې PDF خوندي کړه
fridge-reprint = بیا چاپ کړه
fridge-printed = لیبل چاپګر ته ولېږل شو.
fridge-saved = د PDF په توګه خوندي شو: { $path }
fridge-label-log = چاپ شوي لیبلونه
fridge-label-log-empty = تر اوسه هېڅ لیبل نه دی چاپ شوی.
fridge-label-reprint-mark = کاپي
fridge-check-title = د تودوخې کنټرول
fridge-check-today = نن اندازه شو
fridge-check-missing = نن نه دی اندازه شوی
fridge-check-limit = تر ټولو زیات { $max }
fridge-check-type = تودوخه په درجو
fridge-check-save = اندازه خوندي کړه
fridge-check-ok = ښه! تودوخه سمه ده.
fridge-check-chart = وروستۍ ۳۰ ورځې
fridge-check-empty = تر اوسه اندازه نشته.
fridge-check-warmer = ګرم
fridge-check-colder = سوړ
fridge-keeps = { $days ->
        [0] په همغه ورځ وکارول شي
       *[other] { $days } ورځې ښه پاتې کېږي
    }
fridge-max = تر ټولو زیات { $max }
fridge-own-routine = د کافې خپله طریقه
fridge-routine-days = ورځې
fridge-routine-note = ولې (د خوړو د خوندیتوب په پلان کې طریقه)
fridge-routine-save = طریقه خوندي کړه
fridge-routine-reset = بیا قاعده وکاروه
fridge-rules-title = قاعدې
fridge-rules-source = سرچینه
