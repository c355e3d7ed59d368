# Mestre — Norsk bokmål. The reference locale: every message exists here first.
# Short, plain sentences: many trainees are just learning to read.

app-name = Mestre
loading = Laster …

## Language
# The name of this language, in this language. Shown and spoken on its card.
language-name = Norsk bokmål
language-choose-title = Velg språk
language-change = Bytt språk

## Speaker and sound
speaker-play = Hør
speech-no-voice = Det finnes ingen stemme for dette språket ennå. Les teksten her:
speech-failed = Lyden kunne ikke spilles av. Les teksten her:

## Navigation
nav-back = Tilbake
nav-home = Hjem
logout = Logg ut

## First-run setup
setup-title = Velkommen til Mestre
setup-intro = Først lager vi kafeen og den første veilederen.
setup-cafe-name = Navn på kafeen
setup-country = Land
country-no = Norge
country-se = Sverige
setup-mentor-name = Ditt navn
setup-mentor-password = Passord
setup-password-rule = Minst { $min } tegn.
setup-submit = Opprett kafeen
form-name-missing = Skriv et navn.
form-password-short = Passordet må ha minst { $min } tegn.

## Who are you?
wall-title = Hvem er du?
wall-mentors = Veiledere
wall-trainees = Deltakere
wall-empty = Ingen deltakere ennå. En veileder kan legge dem til.
# Says a person's name when her speaker is tapped.
say-name = { $name }

## Picture PIN
pin-title = Trykk på de tre bildene dine
pin-progress = { $count } av 3
pin-clear = Start på nytt

## Password
password-title = Skriv passordet ditt
password-label = Passord
password-submit = Logg inn

## Trainee home board
home-greeting = Hei, { $name }! Godt å se deg.

## Mentor
mentor-title = Veileder: { $name }
mentor-trainees = Deltakere
mentor-add-trainee = Legg til deltaker
mentor-no-trainees = Ingen deltakere ennå.
mentor-languages = Språk: { $ui }, morsmål: { $home }

## New trainee
trainee-new-title = Ny deltaker
trainee-name = Navn
trainee-photo = Bilde
trainee-photo-file = Velg bilde fra fil
trainee-photo-camera = Ta bilde med kamera
trainee-photo-take = Ta bildet
trainee-photo-remove = Fjern bildet
trainee-ui-lang = Språket appen snakker til henne
trainee-home-lang = Morsmål (vises ved siden av norsk)
trainee-pin = Bilde-PIN: velg tre bilder
trainee-pin-repeat = Velg de samme tre bildene en gang til
trainee-pin-mismatch = Bildene var ikke like. Velg tre nye bilder.
trainee-pin-done = Bilde-PIN er valgt.
trainee-save = Lagre deltaker
trainee-saved = { $name } er lagt til.
trainee-new-pin = Ny bilde-PIN
trainee-new-pin-saved = Ny bilde-PIN er lagret for { $name }.
camera-unavailable = Fant ikke noe kamera.

## The twelve pictures of the picture PIN
picture-apple = eple
picture-fish = fisk
picture-sun = sol
picture-cat = katt
picture-car = bil
picture-flower = blomst
picture-house = hus
picture-star = stjerne
picture-cup = kopp
picture-tree = tre
picture-bread = brød
picture-heart = hjerte

## Formats (used on labels and reports)
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = Det var ikke riktig. Prøv igjen.
error-login-locked =
    { $minutes ->
        [one] For mange forsøk. Vent ett minutt, så kan du prøve igjen.
       *[other] For mange forsøk. Vent { $minutes } minutter, så kan du prøve igjen.
    }
error-not-allowed = Bare en veileder kan gjøre dette.
error-invalid-input = Sjekk det du har skrevet eller valgt.
error-image-unreadable = Bildet kan ikke åpnes. Det er ødelagt, eller det er ikke et bilde.
error-image-too-large = Bildet er for stort. Velg et mindre bilde.
error-database-too-new = Dataene er laget av en nyere Mestre. Oppdater appen.
error-database-unavailable = Dataene kan ikke åpnes.
error-not-found = Fant det ikke.
error-setup-state = Kafeen er allerede satt opp.
error-storage = Noe gikk galt ved lagring. Ingenting er slettet.
error-peer-unreachable = Fant ikke den andre enheten. Sjekk at begge er på samme nett.
error-not-paired = Denne enheten er ikke koblet til den andre. Koble dem sammen først.
error-sync-interrupted = Synkroniseringen ble avbrutt. Ingenting er tapt. Prøv igjen.
error-sync-refused = Den andre enheten sa nei. Prøv igjen, eller koble dem sammen på nytt.
error-schema-mismatch = Enhetene har ulike versjoner av Mestre. Oppdater begge.
error-pairing-wrong-code = Feil kode. Prøv igjen.
error-pairing-closed = Koden gjelder ikke lenger. Be om en ny kode.

## Sync
sync-now = Synkroniser nå
sync-last = Sist synkronisert: { $when }
sync-never = Ikke synkronisert ennå
sync-running = Synkroniserer …
sync-rows = Data: { $done } av { $total }
sync-media = Bilder: { $done } av { $total }
sync-done = Ferdig! Alt er likt på begge.
connect-tablet = Koble til et nettbrett
connect-laptop = Koble til veilederens PC
pair-code-title = Kode for å koble til
pair-code-help = Skriv disse sifrene på nettbrettet, eller skann bildet med kameraet.
pair-code-expires = Koden gjelder i { $minutes } minutter.
pair-address = Adresse til PC-en
pair-code-label = Kode (seks sifre)
pair-join-submit = Koble til
pair-done = Koblet til { $name }.
paired-devices = Tilkoblede enheter
unpair = Koble fra
pair-none = Ingen enheter er koblet til ennå.
sync-photo-coming = Bildet kommer ved neste synkronisering.
pair-scan = Skann koden med kameraet
error-recording-empty = Opptaket er tomt. Snakk litt nærmere, og prøv igjen.
error-audio-unreadable = Opptaket kan ikke spilles av. Det er ødelagt.
error-microphone-missing = Fant ingen mikrofon. Be veilederen om hjelp.
error-microphone-busy = Mikrofonen er i bruk eller virker ikke. Prøv igjen om litt.

## My day: the little book
section-my-day = Min dag
section-my-book = Min bok
day-tasks-title = Hva gjorde du i dag?
day-area-kitchen = Kjøkken
day-area-cleaning = Renhold
day-area-serving = Servering
day-add-photo = Ta bilde av det du laget
day-add-voice = Snakk inn et notat
day-add-word = Nytt ord
day-mood-title = Hvordan var dagen?
mood-great = Veldig bra
mood-good = Bra
mood-ok = Helt greit
mood-tired = Sliten
mood-hard = Vanskelig
record-start = Ta opp
record-stop = Stopp
record-listen = Hør på det
record-keep = Behold
record-redo = Ta opp på nytt
recording-now = Tar opp …
word-say-it = Si ordet
word-take-picture = Ta bilde av tingen
book-title = Min bok
book-empty = Ingen dager ennå.
day-comments = Fra veilederen
comment-new = Ny
day-saved = Lagret.
day-photo = Bilde
day-voice-note = Talenotat
day-word = Nytt ord
mentor-diaries = Dagbøker
comment-write = Skriv en kommentar
comment-send = Send
comment-record = Snakk inn en kommentar
word-spelling = Skriv ordet
word-spelling-save = Lagre ordet
play-clip = Spill av
task-wash-hands = vaske hendene
task-cut-vegetables = kutte grønnsaker
task-peel-potatoes = skrelle poteter
task-bake-bread = bake brød
task-bake-cakes = bake kaker
task-make-soup = lage suppe
task-make-salad = lage salat
task-cook-rice = koke ris
task-make-sandwiches = lage smørbrød
task-make-coffee = lage kaffe
task-weigh-ingredients = veie ingredienser
task-check-temperature = måle temperaturen
task-label-food = merke maten
task-fill-fridge = fylle kjøleskapet
task-receive-goods = ta imot varer
task-make-waffles = lage vafler
task-wash-dishes = vaske opp
task-load-dishwasher = fylle oppvaskmaskinen
task-clean-surfaces = vaske benker
task-sweep-floor = feie gulvet
task-mop-floor = vaske gulvet
task-take-out-rubbish = bære ut søppel
task-sort-recycling = sortere søppel
task-clean-toilet = vaske toalettet
task-serve-customer = betjene en kunde
task-take-order = ta imot bestilling
task-use-till = bruke kassa
task-set-tables = dekke bord
task-clear-tables = rydde bord
task-greet-customer = hilse på kunder
task-fill-display = fylle disken
task-team-meeting = møte med teamet

## Recording studio
studio-open = Spill inn stemmer
studio-title = Innspilling av stemmer
studio-lang = Språk
studio-recorded = Spilt inn
studio-missing = Ikke spilt inn ennå
