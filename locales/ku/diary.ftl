# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# This file: my day: the little book.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

## My day: the little book
# review: diary and task words need a check by a native speaker at the café.
section-my-day = Roja min
section-my-book = Pirtûka min
day-tasks-title = Te îro çi kir?
day-area-kitchen = Metbex
day-area-cleaning = Paqijî
day-area-serving = Servîs
day-add-photo = Wêneyê tiştê ku te çêkir bikişîne
day-add-voice = Notek dengî tomar bike
day-add-word = Peyva nû
day-mood-title = Roj çawa bû?
mood-great = Pir baş
mood-good = Baş
mood-ok = Ne xirab
mood-tired = Westiyayî
mood-hard = Dijwar
record-start = Tomar bike
record-stop = Raweste
record-listen = Guhdarî bike
record-keep = Bihêle
record-redo = Dîsa tomar bike
recording-now = Tê tomarkirin …
word-say-it = Peyvê bibêje
word-take-picture = Wêneyê tiştê bikişîne
book-title = Pirtûka min
book-empty = Hêj roj tune ne.
day-comments = Ji rêberê
comment-new = Nû
day-saved = Hate tomarkirin.
day-photo = Wêne
day-voice-note = Nota dengî
day-word = Peyva nû
mentor-diaries = Rojnivîsk
comment-write = Şîroveyek binivîse
comment-send = Bişîne
comment-record = Şîroveyek dengî tomar bike
word-spelling = Peyvê binivîse
word-spelling-save = Peyvê tomar bike
play-clip = Lêxe
task-wash-hands = destan şuştin
task-cut-vegetables = sebze birîn
task-peel-potatoes = kartol spî kirin
task-bake-bread = nan pijandin
task-bake-cakes = kek pijandin
task-make-soup = şorbe çêkirin
task-make-salad = selete çêkirin
task-cook-rice = birinc kelandin
task-make-sandwiches = sandwîç çêkirin
task-make-coffee = qehwe çêkirin
task-weigh-ingredients = malzeme kişandin
task-check-temperature = germahî pîvandin
task-label-food = etîket li xwarinê xistin
task-fill-fridge = sarincê tije kirin
task-receive-goods = mal wergirtin
task-make-waffles = wafle çêkirin
task-wash-dishes = firaq şuştin
task-load-dishwasher = makîneya firaqan tije kirin
task-clean-surfaces = ser maseyan paqij kirin
task-sweep-floor = erd malîn
task-mop-floor = erd şuştin
task-take-out-rubbish = zibil derxistin
task-sort-recycling = zibil cuda kirin
task-clean-toilet = tuwalet paqij kirin
task-serve-customer = xizmeta xerîdarekî
task-take-order = sîparîş wergirtin
task-use-till = kaseyê bikaranîn
task-set-tables = mase amade kirin
task-clear-tables = mase rakirin
task-greet-customer = silav li xerîdaran kirin
task-fill-display = vîtrînê tije kirin
task-team-meeting = civîna tîmê

## My day in steps
day-summary-title = Ev e ya ku te îro tomar kir
day-nothing-yet = Hîn tiştek tune
day-done = Qediya
book-start = Roja xwe tije bike
