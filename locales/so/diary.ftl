# Mestre — Soomaali (Somali). Short, plain sentences.
# This file: my day: the little book.
# review: the whole file needs a check by a native Somali speaker at the café.

## My day: the little book
# review: diary and task words need a check by a native speaker at the café.
section-my-day = Maalintayda
section-my-book = Buuggayga
day-tasks-title = Maxaad qabatay maanta?
day-area-kitchen = Jikada
day-area-cleaning = Nadiifinta
day-area-serving = Adeegga
day-add-photo = Sawir waxa aad samaysay
day-add-voice = Duub qoraal cod ah
day-add-word = Eray cusub
day-mood-title = Maalintu sidee ahayd?
mood-great = Aad u fiican
mood-good = Fiican
mood-ok = Caadi
mood-tired = Daalan
mood-hard = Adag
record-start = Duub
record-stop = Jooji
record-listen = Dhageyso
record-keep = Hayso
record-redo = Mar kale duub
recording-now = Waa la duubayaa …
word-say-it = Dheh erayga
word-take-picture = Sawir shayga
book-title = Buuggayga
book-empty = Weli maalmo ma jiraan.
day-comments = Hagaha ka yimid
comment-new = Cusub
day-saved = Waa la kaydiyay.
day-photo = Sawir
day-voice-note = Qoraal cod ah
day-word = Eray cusub
mentor-diaries = Buugaagta maalinlaha
comment-write = Qor faallo
comment-send = Dir
comment-record = Duub faallo
word-spelling = Qor erayga
word-spelling-save = Kaydi erayga
play-clip = Shid
task-wash-hands = gacmo dhaqid
task-cut-vegetables = khudaar jarid
task-peel-potatoes = baradho diirid
task-bake-bread = rooti dubid
task-bake-cakes = keeg dubid
task-make-soup = maraq karin
task-make-salad = saladh samayn
task-cook-rice = bariis karin
task-make-sandwiches = sandwich samayn
task-make-coffee = kafee samayn
task-weigh-ingredients = miisaamid walxaha
task-check-temperature = cabbirid heerkulka
task-label-food = calaamadin cuntada
task-fill-fridge = buuxin qaboojiyaha
task-receive-goods = qaadasho alaabta
task-make-waffles = samayn waffle
task-wash-dishes = weel dhaqid
task-load-dishwasher = buuxin mashiinka weelka
task-clean-surfaces = nadiifin miisaska shaqada
task-sweep-floor = xaaqid sagxadda
task-mop-floor = masax sagxadda
task-take-out-rubbish = qashin saarid
task-sort-recycling = kala soocid qashinka
task-clean-toilet = nadiifin musqusha
task-serve-customer = u adeegid macmiil
task-take-order = qaadasho dalab
task-use-till = isticmaalid khasnadda
task-set-tables = diyaarin miisaska
task-clear-tables = ka qaadid miisaska
task-greet-customer = salaamid macaamiisha
task-fill-display = buuxin bandhigga
task-team-meeting = kulan kooxeed

## My day in steps
day-summary-title = Kani waa waxa aad maanta kaydisay
day-nothing-yet = Weli waxba
day-done = Dhammaaday
book-start = Buuxi maalintaada
