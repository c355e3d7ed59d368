# Mestre — Kurdî (Kurmancî), Latin script. Short, plain sentences.
# review: the whole file needs a check by a native Kurmanji speaker at the café.

app-name = Mestre
loading = Tê barkirin …

## Language
language-name = Kurdî (Kurmancî)
language-choose-title = Zimanê xwe hilbijêre
language-change = Zimên biguherîne

## Speaker and sound
speaker-play = Guhdarî bike
speech-no-voice = Ji bo vî zimanî hêj deng tune ye. Nivîsê li vir bixwîne:
speech-failed = Deng nehat lêxistin. Nivîsê li vir bixwîne:

## Navigation
nav-back = Paş
nav-home = Destpêk
logout = Derkeve

## First-run setup
setup-title = Bi xêr hatî Mestre
setup-intro = Pêşî em kafeyê û rêberê yekem çêdikin.
setup-cafe-name = Navê kafeyê
setup-country = Welat
country-no = Norwêc
country-se = Swêd
setup-mentor-name = Navê te
setup-mentor-password = Şîfre
setup-password-rule = Herî kêm { $min } tîp.
setup-submit = Kafeyê çêke
form-name-missing = Navekî binivîse.
form-password-short = Divê şîfre herî kêm { $min } tîp be.

## Who are you?
wall-title = Tu kî yî?
wall-mentors = Rêber
wall-trainees = Beşdar
wall-empty = Hêj beşdar tune ne. Rêberek dikare wan zêde bike.
say-name = { $name }

## Picture PIN
pin-title = Li sê wêneyên xwe bide
pin-progress = { $count } ji 3
pin-clear = Ji nû ve dest pê bike

## Password
password-title = Şîfreya xwe binivîse
password-label = Şîfre
password-submit = Têkeve

## Trainee home board
home-greeting = Silav { $name }! Ez kêfxweş im ku te dibînim.

## Mentor
mentor-title = Rêber: { $name }
mentor-trainees = Beşdar
mentor-add-trainee = Beşdarekê zêde bike
mentor-no-trainees = Hêj beşdar tune ne.
mentor-languages = Ziman: { $ui }, zimanê dayikê: { $home }

## New trainee
trainee-new-title = Beşdara nû
trainee-name = Nav
trainee-photo = Wêne
trainee-photo-file = Wêneyekî ji pelê hilbijêre
trainee-photo-camera = Bi kamerayê wêne bikişîne
trainee-photo-take = Wêne bikişîne
trainee-photo-remove = Wêneyê rake
trainee-ui-lang = Zimanê ku sepan pê re diaxive
trainee-home-lang = Zimanê dayikê (li kêleka norwêcî tê nîşandan)
trainee-pin = PIN-a wêneyan: sê wêneyan hilbijêre
trainee-pin-repeat = Heman sê wêneyan careke din hilbijêre
trainee-pin-mismatch = Wêne ne wek hev bûn. Sê wêneyên nû hilbijêre.
trainee-pin-done = PIN-a wêneyan hate hilbijartin.
trainee-save = Beşdarê tomar bike
trainee-saved = { $name } hate zêdekirin.
trainee-new-pin = PIN-a wêneyan a nû
trainee-new-pin-saved = PIN-a wêneyan a nû ji bo { $name } hate tomarkirin.
camera-unavailable = Kamera nehate dîtin.

## The twelve pictures of the picture PIN
picture-apple = sêv
picture-fish = masî
picture-sun = roj
picture-cat = pisîk
picture-car = erebe
picture-flower = kulîlk
picture-house = xanî
picture-star = stêrk
picture-cup = fincan
picture-tree = dar
picture-bread = nan
picture-heart = dil

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = Ev ne rast bû. Dîsa biceribîne.
error-login-locked =
    { $minutes ->
        [one] Gelek ceribandin. Deqeyekê bisekine, paşê dîsa biceribîne.
       *[other] Gelek ceribandin. { $minutes } deqeyan bisekine, paşê dîsa biceribîne.
    }
error-not-allowed = Tenê rêber dikare vê bike.
error-invalid-input = Tiştê ku te nivîsand an hilbijart kontrol bike.
error-image-unreadable = Wêne venabe. Xera bûye, an ne wêne ye.
error-image-too-large = Wêne pir mezin e. Wêneyekî piçûktir hilbijêre.
error-database-too-new = Dane ji aliyê Mestre-ya nûtir ve hatine çêkirin. Sepanê nû bike.
error-database-unavailable = Dane venabin.
error-not-found = Nehate dîtin.
error-setup-state = Kafe berê hatiye sazkirin.
error-storage = Dema tomarkirinê xeletiyek çêbû. Tiştek nehate jêbirin.
error-peer-unreachable = Amûra din nehat dîtin. Kontrol bike ku her du jî li ser heman torê ne.
error-not-paired = Ev amûr bi ya din re nehatiye girêdan. Pêşî wan bi hev ve girêde.
error-sync-interrupted = Hevdemkirin qut bû. Tiştek winda nebû. Dîsa biceribîne.
error-sync-refused = Amûra din got na. Dîsa biceribîne, an wan ji nû ve girêde.
error-schema-mismatch = Guhertoyên Mestre yên amûran cuda ne. Herduyan nû bike.
error-pairing-wrong-code = Koda şaş. Dîsa biceribîne.
error-pairing-closed = Kod êdî ne derbasdar e. Kodeke nû bixwaze.

## Sync
sync-now = Niha hevdem bike
sync-last = Hevdemkirina dawî: { $when }
sync-never = Hêj nehatiye hevdemkirin
sync-running = Tê hevdemkirin …
sync-rows = Dane: { $done } ji { $total }
sync-media = Wêne: { $done } ji { $total }
sync-done = Qediya! Her du jî wek hev in.
connect-tablet = Tabletekê girêde
connect-laptop = Bi komputera rêberê ve girêde
pair-code-title = Koda girêdanê
pair-code-help = Van jimaran li ser tabletê binivîse, an wêneyê bi kamerayê bixwîne.
pair-code-expires = Kod { $minutes } deqeyan derbasdar e.
pair-address = Navnîşana komputerê
pair-code-label = Kod (şeş jimar)
pair-join-submit = Girêde
pair-done = Bi { $name } ve hate girêdan.
paired-devices = Amûrên girêdayî
unpair = Veqetîne
pair-none = Hêj tu amûr nehatine girêdan.
sync-photo-coming = Wêne bi hevdemkirina din re tê.
pair-scan = Kodê bi kamerayê bixwîne
error-recording-empty = Tomar vala ye. Hinekî nêzîktir biaxive û dîsa biceribîne.
error-audio-unreadable = Tomar nayê lêxistin. Xera bûye.
error-microphone-missing = Mîkrofon nehat dîtin. Ji rêberê alîkarî bixwaze.
error-microphone-busy = Mîkrofon mijûl e an naxebite. Piştî hinekê dîsa biceribîne.

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

## Recording studio
studio-open = Dengan tomar bike
studio-title = Stûdyoya tomarkirinê
studio-lang = Ziman
studio-recorded = Hate tomarkirin
studio-missing = Hêj nehatiye tomarkirin
