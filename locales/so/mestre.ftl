# Mestre — Soomaali (Somali). Short, plain sentences.
# review: the whole file needs a check by a native Somali speaker at the café.

app-name = Mestre
loading = Waa la soo rarayaa …

## Language
language-name = Soomaali
language-choose-title = Dooro luqaddaada
language-change = Beddel luqadda

## Speaker and sound
speaker-play = Dhageyso
speech-no-voice = Luqaddan cod uma jiro weli. Halkan ka akhri qoraalka:
speech-failed = Codku ma shaqeyn. Halkan ka akhri qoraalka:

## Navigation
nav-back = Dib u noqo
nav-home = Bogga hore
logout = Ka bax

## First-run setup
setup-title = Ku soo dhowow Mestre
setup-intro = Marka hore waxaan samaynaynaa kafeega iyo hagaha ugu horreeya.
setup-cafe-name = Magaca kafeega
setup-country = Dalka
country-no = Norway
country-se = Iswiidhan
setup-mentor-name = Magacaaga
setup-mentor-password = Furaha sirta ah
setup-password-rule = Ugu yaraan { $min } xaraf.
setup-submit = Samee kafeega
form-name-missing = Qor magac.
form-password-short = Furaha sirta ahi waa inuu lahaadaa ugu yaraan { $min } xaraf.

## Who are you?
wall-title = Yaad tahay?
wall-mentors = Hagayaasha
wall-trainees = Ardayda
wall-empty = Weli arday ma jiraan. Hage ayaa ku dari kara.
say-name = { $name }

## Picture PIN
pin-title = Taabo saddexda sawir ee adiga kuu gaarka ah
pin-progress = { $count } ka mid ah 3
pin-clear = Dib u bilow

## Password
password-title = Qor furahaaga sirta ah
password-label = Furaha sirta ah
password-submit = Gal

## Trainee home board
home-greeting = Haye, { $name }! Waan ku faraxsanahay inaan ku arko.

## Mentor
mentor-title = Hage: { $name }
mentor-trainees = Ardayda
mentor-add-trainee = Ku dar arday
mentor-no-trainees = Weli arday ma jiraan.
mentor-languages = Luqadda: { $ui }, luqadda hooyo: { $home }

## New trainee
trainee-new-title = Arday cusub
trainee-name = Magaca
trainee-photo = Sawir
trainee-photo-file = Ka dooro sawir fayl
trainee-photo-camera = Sawir ku qaad kamarada
trainee-photo-take = Qaad sawirka
trainee-photo-remove = Ka saar sawirka
trainee-ui-lang = Luqadda barnaamijku kula hadlayo
trainee-home-lang = Luqadda hooyo (waxay ka muuqataa agagaarka Noorwiijiga)
trainee-pin = PIN sawir: dooro saddex sawir
trainee-pin-repeat = Mar kale dooro isla saddexdaas sawir
trainee-pin-mismatch = Sawiradu isku mid ma ahayn. Dooro saddex sawir oo cusub.
trainee-pin-done = PIN-ka sawirka waa la doortay.
trainee-save = Kaydi ardayda
trainee-saved = { $name } waa lagu daray.
trainee-new-pin = PIN sawir cusub
trainee-new-pin-saved = PIN sawir cusub ayaa loo kaydiyay { $name }.
camera-unavailable = Kamarad lama helin.

## The twelve pictures of the picture PIN
picture-apple = tufaax
picture-fish = kalluun
picture-sun = qorrax
picture-cat = bisad
picture-car = baabuur
picture-flower = ubax
picture-house = guri
picture-star = xiddig
picture-cup = koob
picture-tree = geed
picture-bread = rooti
picture-heart = qalbi

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = Taasi sax ma ahayn. Isku day mar kale.
error-login-locked =
    { $minutes ->
        [one] Isku day badan. Sug hal daqiiqo, kadibna isku day mar kale.
       *[other] Isku day badan. Sug { $minutes } daqiiqo, kadibna isku day mar kale.
    }
error-not-allowed = Hage keliya ayaa samayn kara tan.
error-invalid-input = Hubi waxa aad qortay ama dooratay.
error-image-unreadable = Sawirka lama furi karo. Wuu jaban yahay, ama sawir maaha.
error-image-too-large = Sawirku aad buu u weyn yahay. Dooro sawir ka yar.
error-database-too-new = Xogta waxaa sameeyay Mestre ka cusub. Cusboonaysii barnaamijka.
error-database-unavailable = Xogta lama furi karo.
error-not-found = Lama helin.
error-setup-state = Kafeega horay ayaa loo diyaariyay.
error-storage = Khalad ayaa dhacay markii la kaydinayay. Waxba lama tirtirin.
error-peer-unreachable = Qalabka kale lama helin. Hubi in labaduba ku jiraan isla shabakadda.
error-not-paired = Qalabkan laguma xirin kan kale. Marka hore isku xir.
error-sync-interrupted = Isku-dhafka waa go'ay. Waxba ma lumin. Isku day mar kale.
error-sync-refused = Qalabka kale wuu diiday. Isku day mar kale, ama dib u isku xir.
error-schema-mismatch = Qalabyadu waxay leeyihiin noocyo kala duwan oo Mestre ah. Cusboonaysii labadaba.
error-pairing-wrong-code = Kood khaldan. Isku day mar kale.
error-pairing-closed = Koodku hadda ma shaqeeyo. Weydii kood cusub.

## Sync
sync-now = Hadda isku dhaf
sync-last = Markii ugu dambeysay: { $when }
sync-never = Weli lama isku dhafin
sync-running = Waa la isku dhafayaa …
sync-rows = Xog: { $done } ka mid ah { $total }
sync-media = Sawirro: { $done } ka mid ah { $total }
sync-done = Waa dhammaatay! Labaduba waa isku mid.
connect-tablet = Ku xir tablet
connect-laptop = Ku xir kombiyuutarka hagaha
pair-code-title = Koodka isku xirka
pair-code-help = Ku qor lambaradan tablet-ka, ama sawirka ku iskaan kamarada.
pair-code-expires = Koodku wuxuu shaqeynayaa { $minutes } daqiiqo.
pair-address = Cinwaanka kombiyuutarka
pair-code-label = Kood (lix lambar)
pair-join-submit = Isku xir
pair-done = Waxaa lagu xiray { $name }.
paired-devices = Qalabka ku xiran
unpair = Ka fur
pair-none = Weli qalab lama xirin.
sync-photo-coming = Sawirku wuxuu iman doonaa isku-dhafka xiga.
pair-scan = Koodka ku iskaan kamarada
error-recording-empty = Duubistu waa madhan tahay. Ku dhowow oo isku day mar kale.
error-audio-unreadable = Duubista lama shidi karo. Way jaban tahay.
error-microphone-missing = Makarafoon lama helin. Hagaha ka codso caawimo.
error-microphone-busy = Makarafoonku waa mashquul ama ma shaqeynayo. Isku day mar kale dhawaan.

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

## Recording studio
studio-open = Duub codadka
studio-title = Istuudiyaha duubista
studio-lang = Luqadda
studio-recorded = Waa la duubay
studio-missing = Weli lama duubin
