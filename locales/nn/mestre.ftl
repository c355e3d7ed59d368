# Mestre — Norsk nynorsk.

app-name = Mestre
loading = Lastar …

## Language
language-name = Norsk nynorsk
language-choose-title = Vel språk
language-change = Byt språk

## Speaker and sound
speaker-play = Høyr
speech-no-voice = Det finst inga stemme for dette språket enno. Les teksten her:
speech-failed = Lyden kunne ikkje spelast av. Les teksten her:

## Navigation
nav-back = Tilbake
nav-home = Heim
logout = Logg ut

## First-run setup
setup-title = Velkomen til Mestre
setup-intro = Først lagar vi kafeen og den første rettleiaren.
setup-cafe-name = Namnet på kafeen
setup-country = Land
country-no = Noreg
country-se = Sverige
setup-mentor-name = Namnet ditt
setup-mentor-password = Passord
setup-password-rule = Minst { $min } teikn.
setup-submit = Opprett kafeen
form-name-missing = Skriv eit namn.
form-password-short = Passordet må ha minst { $min } teikn.

## Who are you?
wall-title = Kven er du?
wall-mentors = Rettleiarar
wall-trainees = Deltakarar
wall-empty = Ingen deltakarar enno. Ein rettleiar kan leggje dei til.
say-name = { $name }

## Picture PIN
pin-title = Trykk på dei tre bileta dine
pin-progress = { $count } av 3
pin-clear = Start på nytt

## Password
password-title = Skriv passordet ditt
password-label = Passord
password-submit = Logg inn

## Trainee home board
home-greeting = Hei, { $name }! Godt å sjå deg.

## Mentor
mentor-title = Rettleiar: { $name }
mentor-trainees = Deltakarar
mentor-add-trainee = Legg til deltakar
mentor-no-trainees = Ingen deltakarar enno.
mentor-languages = Språk: { $ui }, morsmål: { $home }

## New trainee
trainee-new-title = Ny deltakar
trainee-name = Namn
trainee-photo = Bilete
trainee-photo-file = Vel bilete frå fil
trainee-photo-camera = Ta bilete med kamera
trainee-photo-take = Ta biletet
trainee-photo-remove = Fjern biletet
trainee-ui-lang = Språket appen snakkar til henne
trainee-home-lang = Morsmål (blir vist ved sida av norsk)
trainee-pin = Bilete-PIN: vel tre bilete
trainee-pin-repeat = Vel dei same tre bileta ein gong til
trainee-pin-mismatch = Bileta var ikkje like. Vel tre nye bilete.
trainee-pin-done = Bilete-PIN er vald.
trainee-save = Lagre deltakar
trainee-saved = { $name } er lagd til.
trainee-new-pin = Ny bilete-PIN
trainee-new-pin-saved = Ny bilete-PIN er lagra for { $name }.
camera-unavailable = Fann ikkje noko kamera.

## The twelve pictures of the picture PIN
picture-apple = eple
picture-fish = fisk
picture-sun = sol
picture-cat = katt
picture-car = bil
picture-flower = blome
picture-house = hus
picture-star = stjerne
picture-cup = kopp
picture-tree = tre
picture-bread = brød
picture-heart = hjarte

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = Det var ikkje rett. Prøv igjen.
error-login-locked =
    { $minutes ->
        [one] For mange forsøk. Vent eitt minutt, så kan du prøve igjen.
       *[other] For mange forsøk. Vent { $minutes } minutt, så kan du prøve igjen.
    }
error-not-allowed = Berre ein rettleiar kan gjere dette.
error-invalid-input = Sjekk det du har skrive eller valt.
error-image-unreadable = Biletet kan ikkje opnast. Det er øydelagt, eller det er ikkje eit bilete.
error-image-too-large = Biletet er for stort. Vel eit mindre bilete.
error-database-too-new = Dataa er laga av ein nyare Mestre. Oppdater appen.
error-database-unavailable = Dataa kan ikkje opnast.
error-not-found = Fann det ikkje.
error-setup-state = Kafeen er allereie sett opp.
error-storage = Noko gjekk gale ved lagring. Ingenting er sletta.
error-peer-unreachable = Fann ikkje den andre eininga. Sjekk at begge er på same nett.
error-not-paired = Denne eininga er ikkje kopla til den andre. Kopla dei saman først.
error-sync-interrupted = Synkroniseringa vart avbroten. Ingenting er tapt. Prøv igjen.
error-sync-refused = Den andre eininga sa nei. Prøv igjen, eller kopla dei saman på nytt.
error-schema-mismatch = Einingane har ulike versjonar av Mestre. Oppdater begge.
error-pairing-wrong-code = Feil kode. Prøv igjen.
error-pairing-closed = Koden gjeld ikkje lenger. Be om ein ny kode.

## Sync
sync-now = Synkroniser no
sync-last = Sist synkronisert: { $when }
sync-never = Ikkje synkronisert enno
sync-running = Synkroniserer …
sync-rows = Data: { $done } av { $total }
sync-media = Bilete: { $done } av { $total }
sync-done = Ferdig! Alt er likt på begge.
connect-tablet = Kopla til eit nettbrett
connect-laptop = Kopla til PC-en til rettleiaren
pair-code-title = Kode for å kopla til
pair-code-help = Skriv desse sifra på nettbrettet, eller skann biletet med kameraet.
pair-code-expires = Koden gjeld i { $minutes } minutt.
pair-address = Adressa til PC-en
pair-code-label = Kode (seks siffer)
pair-join-submit = Kopla til
pair-done = Kopla til { $name }.
paired-devices = Tilkopla einingar
unpair = Kopla frå
pair-none = Ingen einingar er kopla til enno.
sync-photo-coming = Biletet kjem ved neste synkronisering.
pair-scan = Skann koden med kameraet
error-recording-empty = Opptaket er tomt. Snakk litt nærare, og prøv igjen.
error-audio-unreadable = Opptaket kan ikkje spelast av. Det er øydelagt.
error-microphone-missing = Fann ingen mikrofon. Be rettleiaren om hjelp.
error-microphone-busy = Mikrofonen er i bruk eller verkar ikkje. Prøv igjen om litt.

## My day: the little book
section-my-day = Dagen min
section-my-book = Boka mi
day-tasks-title = Kva gjorde du i dag?
day-area-kitchen = Kjøkken
day-area-cleaning = Reinhald
day-area-serving = Servering
day-add-photo = Ta bilete av det du laga
day-add-voice = Snakk inn eit notat
day-add-word = Nytt ord
day-mood-title = Korleis var dagen?
mood-great = Veldig bra
mood-good = Bra
mood-ok = Heilt greitt
mood-tired = Sliten
mood-hard = Vanskeleg
record-start = Ta opp
record-stop = Stopp
record-listen = Høyr på det
record-keep = Behald
record-redo = Ta opp på nytt
recording-now = Tek opp …
word-say-it = Sei ordet
word-take-picture = Ta bilete av tingen
book-title = Boka mi
book-empty = Ingen dagar enno.
day-comments = Frå rettleiaren
comment-new = Ny
day-saved = Lagra.
day-photo = Bilete
day-voice-note = Talenotat
day-word = Nytt ord
mentor-diaries = Dagbøker
comment-write = Skriv ein kommentar
comment-send = Send
comment-record = Snakk inn ein kommentar
word-spelling = Skriv ordet
word-spelling-save = Lagre ordet
play-clip = Spel av
task-wash-hands = vaske hendene
task-cut-vegetables = kutte grønsaker
task-peel-potatoes = skrelle poteter
task-bake-bread = bake brød
task-bake-cakes = bake kaker
task-make-soup = lage suppe
task-make-salad = lage salat
task-cook-rice = koke ris
task-make-sandwiches = lage smørbrød
task-make-coffee = lage kaffi
task-weigh-ingredients = vege ingrediensar
task-check-temperature = måle temperaturen
task-label-food = merke maten
task-fill-fridge = fylle kjøleskapet
task-receive-goods = ta imot varer
task-make-waffles = lage vaflar
task-wash-dishes = vaske opp
task-load-dishwasher = fylle oppvaskmaskina
task-clean-surfaces = vaske benker
task-sweep-floor = feie golvet
task-mop-floor = vaske golvet
task-take-out-rubbish = bere ut søppel
task-sort-recycling = sortere søppel
task-clean-toilet = vaske toalettet
task-serve-customer = betene ein kunde
task-take-order = ta imot bestilling
task-use-till = bruke kassa
task-set-tables = dekke bord
task-clear-tables = rydde bord
task-greet-customer = helse på kundar
task-fill-display = fylle disken
task-team-meeting = møte med teamet

## Recording studio
studio-open = Spel inn stemmer
studio-title = Innspeling av stemmer
studio-lang = Språk
studio-recorded = Spelt inn
studio-missing = Ikkje spelt inn enno
