# Mestre — Svenska.

app-name = Mestre
loading = Laddar …

## Language
language-name = Svenska
language-choose-title = Välj språk
language-change = Byt språk

## Speaker and sound
speaker-play = Lyssna
speech-no-voice = Det finns ingen röst för det här språket än. Läs texten här:
speech-failed = Ljudet kunde inte spelas upp. Läs texten här:

## Navigation
nav-back = Tillbaka
nav-home = Hem
logout = Logga ut

## First-run setup
setup-title = Välkommen till Mestre
setup-intro = Först skapar vi kaféet och den första handledaren.
setup-cafe-name = Kaféets namn
setup-country = Land
country-no = Norge
country-se = Sverige
setup-mentor-name = Ditt namn
setup-mentor-password = Lösenord
setup-password-rule = Minst { $min } tecken.
setup-submit = Skapa kaféet
form-name-missing = Skriv ett namn.
form-password-short = Lösenordet måste ha minst { $min } tecken.

## Who are you?
wall-title = Vem är du?
wall-mentors = Handledare
wall-trainees = Deltagare
wall-empty = Inga deltagare än. En handledare kan lägga till dem.
say-name = { $name }

## Picture PIN
pin-title = Tryck på dina tre bilder
pin-progress = { $count } av 3
pin-clear = Börja om

## Password
password-title = Skriv ditt lösenord
password-label = Lösenord
password-submit = Logga in

## Trainee home board
home-greeting = Hej, { $name }! Roligt att se dig.

## Mentor
mentor-title = Handledare: { $name }
mentor-trainees = Deltagare
mentor-add-trainee = Lägg till deltagare
mentor-no-trainees = Inga deltagare än.
mentor-languages = Språk: { $ui }, modersmål: { $home }

## New trainee
trainee-new-title = Ny deltagare
trainee-name = Namn
trainee-photo = Bild
trainee-photo-file = Välj bild från fil
trainee-photo-camera = Ta bild med kameran
trainee-photo-take = Ta bilden
trainee-photo-remove = Ta bort bilden
trainee-ui-lang = Språket appen talar till henne
trainee-home-lang = Modersmål (visas bredvid norska)
trainee-pin = Bild-PIN: välj tre bilder
trainee-pin-repeat = Välj samma tre bilder en gång till
trainee-pin-mismatch = Bilderna var inte lika. Välj tre nya bilder.
trainee-pin-done = Bild-PIN är vald.
trainee-save = Spara deltagare
trainee-saved = { $name } har lagts till.
trainee-new-pin = Ny bild-PIN
trainee-new-pin-saved = Ny bild-PIN är sparad för { $name }.
camera-unavailable = Ingen kamera hittades.

## The twelve pictures of the picture PIN
picture-apple = äpple
picture-fish = fisk
picture-sun = sol
picture-cat = katt
picture-car = bil
picture-flower = blomma
picture-house = hus
picture-star = stjärna
picture-cup = kopp
picture-tree = träd
picture-bread = bröd
picture-heart = hjärta

## Formats
format-temperature = { NUMBER($value, minimumFractionDigits: 1, maximumFractionDigits: 1) } °C
format-date = { DATETIME($date) }

## Errors
error-login-failed = Det var inte rätt. Försök igen.
error-login-locked =
    { $minutes ->
        [one] För många försök. Vänta en minut och försök sedan igen.
       *[other] För många försök. Vänta { $minutes } minuter och försök sedan igen.
    }
error-not-allowed = Bara en handledare kan göra detta.
error-invalid-input = Kontrollera det du skrev eller valde.
error-image-unreadable = Bilden kan inte öppnas. Den är skadad, eller så är det inte en bild.
error-image-too-large = Bilden är för stor. Välj en mindre bild.
error-database-too-new = Datan kommer från en nyare Mestre. Uppdatera appen.
error-database-unavailable = Datan kan inte öppnas.
error-not-found = Hittades inte.
error-setup-state = Kaféet är redan skapat.
error-storage = Något gick fel när det skulle sparas. Inget har raderats.
error-peer-unreachable = Hittade inte den andra enheten. Kontrollera att båda är på samma nät.
error-not-paired = Den här enheten är inte ihopkopplad med den andra. Koppla ihop dem först.
error-sync-interrupted = Synkroniseringen avbröts. Inget har gått förlorat. Försök igen.
error-sync-refused = Den andra enheten sa nej. Försök igen, eller koppla ihop dem på nytt.
error-schema-mismatch = Enheterna har olika versioner av Mestre. Uppdatera båda.
error-pairing-wrong-code = Fel kod. Försök igen.
error-pairing-closed = Koden gäller inte längre. Be om en ny kod.

## Sync
sync-now = Synkronisera nu
sync-last = Senast synkroniserad: { $when }
sync-never = Inte synkroniserad än
sync-running = Synkroniserar …
sync-rows = Data: { $done } av { $total }
sync-media = Bilder: { $done } av { $total }
sync-done = Klart! Allt är likadant på båda.
connect-tablet = Koppla till en surfplatta
connect-laptop = Koppla till handledarens dator
pair-code-title = Kod för att koppla ihop
pair-code-help = Skriv de här siffrorna på surfplattan, eller skanna bilden med kameran.
pair-code-expires = Koden gäller i { $minutes } minuter.
pair-address = Datorns adress
pair-code-label = Kod (sex siffror)
pair-join-submit = Koppla ihop
pair-done = Ihopkopplad med { $name }.
paired-devices = Ihopkopplade enheter
unpair = Koppla bort
pair-none = Inga enheter är ihopkopplade än.
sync-photo-coming = Bilden kommer vid nästa synkronisering.
pair-scan = Skanna koden med kameran
error-recording-empty = Inspelningen är tom. Prata lite närmare och försök igen.
error-audio-unreadable = Inspelningen kan inte spelas upp. Den är skadad.
error-microphone-missing = Ingen mikrofon hittades. Be handledaren om hjälp.
error-microphone-busy = Mikrofonen används eller fungerar inte. Försök igen om en stund.

## My day: the little book
section-my-day = Min dag
section-my-book = Min bok
day-tasks-title = Vad gjorde du i dag?
day-area-kitchen = Kök
day-area-cleaning = Städning
day-area-serving = Servering
day-add-photo = Ta en bild av det du gjorde
day-add-voice = Spela in en anteckning
day-add-word = Nytt ord
day-mood-title = Hur var dagen?
mood-great = Mycket bra
mood-good = Bra
mood-ok = Helt okej
mood-tired = Trött
mood-hard = Svårt
record-start = Spela in
record-stop = Stopp
record-listen = Lyssna på det
record-keep = Behåll
record-redo = Spela in igen
recording-now = Spelar in …
word-say-it = Säg ordet
word-take-picture = Ta en bild av saken
book-title = Min bok
book-empty = Inga dagar än.
day-comments = Från handledaren
comment-new = Ny
day-saved = Sparat.
day-photo = Bild
day-voice-note = Röstanteckning
day-word = Nytt ord
mentor-diaries = Dagböcker
comment-write = Skriv en kommentar
comment-send = Skicka
comment-record = Spela in en kommentar
word-spelling = Skriv ordet
word-spelling-save = Spara ordet
play-clip = Spela upp
task-wash-hands = tvätta händerna
task-cut-vegetables = skära grönsaker
task-peel-potatoes = skala potatis
task-bake-bread = baka bröd
task-bake-cakes = baka kakor
task-make-soup = laga soppa
task-make-salad = göra sallad
task-cook-rice = koka ris
task-make-sandwiches = göra smörgåsar
task-make-coffee = koka kaffe
task-weigh-ingredients = väga ingredienser
task-check-temperature = mäta temperaturen
task-label-food = märka maten
task-fill-fridge = fylla kylskåpet
task-receive-goods = ta emot varor
task-make-waffles = göra våfflor
task-wash-dishes = diska
task-load-dishwasher = fylla diskmaskinen
task-clean-surfaces = torka av bänkar
task-sweep-floor = sopa golvet
task-mop-floor = moppa golvet
task-take-out-rubbish = bära ut soporna
task-sort-recycling = sortera soporna
task-clean-toilet = städa toaletten
task-serve-customer = betjäna en kund
task-take-order = ta emot en beställning
task-use-till = använda kassan
task-set-tables = duka borden
task-clear-tables = duka av borden
task-greet-customer = hälsa på kunder
task-fill-display = fylla disken
task-team-meeting = möte med teamet

## Recording studio
studio-open = Spela in röster
studio-title = Inspelning av röster
studio-lang = Språk
studio-recorded = Inspelad
studio-missing = Inte inspelad än
