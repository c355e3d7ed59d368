## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
section-fridge = Kjøleskapet
fridge-title = Kjøleskap og merking
fridge-zone-fridge = Kjøleskap
fridge-zone-freezer = Fryser
fridge-zone-dry = Tørrlager
fridge-event-made = Laget
fridge-event-opened = Åpnet
fridge-event-thawed = Tint
fridge-event-delivered = Mottatt
fridge-hot-holding = Varmholding
fridge-cooling = Nedkjøling
fridge-game-where-does-it-go = Hvor skal den?
fridge-game-how-cold = Hvor kaldt?
fridge-game-write-the-label = Skriv etiketten
fridge-game-first-in-first-out = Først inn, først ut
fridge-ask-zone = Hvor skal { $food } stå?
fridge-ask-cold = { $food } i { $zone ->
        [freezer] fryseren
       *[fridge] kjøleskapet
    }: hvilken temperatur er riktig?
fridge-ask-hot = Maten holdes varm for servering. Hvilken temperatur er riktig?
fridge-ask-cooling = Varm mat kjøles ned. Etter { $hours } timer: hvilken temperatur er riktig?
fridge-ask-label-made = Du har laget { $food } i dag. Lag etiketten.
fridge-ask-label-opened = Du har åpnet { $food } i dag. Lag etiketten.
fridge-ask-label-thawed = Du har tint { $food } i dag. Lag etiketten.
fridge-ask-label-delivered = Du har tatt imot { $food } i dag. Lag etiketten.
fridge-ask-shelf = Kast boksen som er for gammel. Sett resten i hylla: den som må brukes først, står fremst.
fridge-why-zone-cold = { $food } skal i { $zone ->
        [freezer] fryseren
       *[fridge] kjøleskapet
    }, på { $max } eller kaldere.
fridge-why-zone-dry = { $food } skal i tørrlageret: tørt og kjølig, i en lukket boks.
fridge-why-hot = Mat som holdes varm, skal være minst { $min }.
fridge-why-cooling = Varm mat skal kjøles ned til under { $to } innen { $hours } timer.
fridge-why-product = Produktet er { $food }.
fridge-why-made = { $event ->
        [opened] Åpnet
        [thawed] Tint
        [delivered] Mottatt
       *[made] Laget
    }: i dag, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } brukes samme dag.
       *[other] { $food } holder { $days } døgn.
    } { $event ->
        [opened] Åpnet
        [thawed] Tint
        [delivered] Mottatt
       *[made] Laget
    } { $made }, brukes innen { $date }.
fridge-why-allergens = { $food } har disse allergenene: { $list }.
fridge-why-no-allergens = { $food } har ingen av de 14 allergenene.
fridge-why-maker = Det er du som laget maten. Velg deg selv.
fridge-why-expired = { $food } skulle brukes innen { $date }. Den skal kastes.
fridge-why-order = Den som må brukes først, står fremst. Den nyeste står bakerst.
fridge-right = Riktig!
fridge-wrong = Ikke riktig.
fridge-partly = { $right } av { $total } riktig.
fridge-result = Du fikk { $right } av { $total } riktig.
fridge-label-keep = { $zone ->
        [freezer] Fryser
       *[fridge] Kjøleskap
    }, høyst { $max }
fridge-label-use-by = Brukes innen
fridge-label-allergens = Allergener
fridge-label-no-allergens = Ingen allergener
fridge-label-made-by = Laget av { $initials }
fridge-too-warm-fridge = For varmt! Kjøleskapet er { $reading }. Det skal være { $max } eller kaldere. Si fra til veilederen, lukk døren godt og mål igjen om en time.
fridge-too-warm-freezer = For varmt! Fryseren er { $reading }. Den skal være { $max } eller kaldere. Si fra til veilederen med en gang.
fridge-practice = Øv
fridge-practice-hint = Øv på kjøleskapet: hvor maten skal stå, hvor kaldt, etiketten og rekkefølgen.
fridge-labels = Etiketter
fridge-check = Temperatur
fridge-catalogue = Matvarer
fridge-question = Spørsmål { $n } av { $total }
fridge-finish = Ferdig
fridge-play-again = Øv en gang til
fridge-choose-game = Velg en øvelse
fridge-pick-product = Hvilken mat er det?
fridge-pick-made = Dato laget
fridge-pick-use-by = Brukes innen
fridge-pick-allergens = Allergener: trykk på dem maten har
fridge-pick-maker = Hvem laget maten?
fridge-check-label = Sjekk etiketten
fridge-shelf-bin = Søppel
fridge-shelf-front = Fremst
fridge-shelf-back = Bakerst
fridge-shelf-step-bin = Trykk på boksen som er for gammel.
fridge-shelf-step-order = Trykk på boksene i rekkefølge: den som må brukes først, først.
fridge-shelf-again = Start hylla på nytt
fridge-pick-reading = Hva viser termometeret?
fridge-evidence-saved = Lagret som bevis for læreplanmål { $aim }.
fridge-print-title = Skriv ut etikett
fridge-print-item = Velg matvaren
fridge-print-recipe = Laget etter oppskrift
fridge-print-no-recipe = Ingen oppskrift
fridge-print-day = Dato
fridge-print-today = I dag
fridge-print-yesterday = I går
fridge-print-size = Størrelse
fridge-size-62mm = Rull 62 mm
fridge-size-57x32mm = Etikett 57 × 32 mm
fridge-print = Skriv ut
fridge-save-pdf = Bare lagre PDF
fridge-reprint = Skriv ut igjen
fridge-printed = Etiketten er sendt til skriveren.
fridge-saved = Lagret som PDF: { $path }
fridge-label-log = Utskrevne etiketter
fridge-label-log-empty = Ingen etiketter er skrevet ut ennå.
fridge-label-reprint-mark = kopi
fridge-check-title = Temperaturkontroll
fridge-check-today = Målt i dag
fridge-check-missing = Ikke målt i dag
fridge-check-limit = Høyst { $max }
fridge-check-type = Temperatur i grader
fridge-check-save = Lagre målingen
fridge-check-ok = Bra! Temperaturen er riktig.
fridge-check-chart = De siste 30 dagene
fridge-check-empty = Ingen målinger ennå.
fridge-check-warmer = Varmere
fridge-check-colder = Kaldere
fridge-keeps = { $days ->
        [0] Brukes samme dag
       *[other] Holder { $days } døgn
    }
fridge-max = Høyst { $max }
fridge-own-routine = Kafeens egen rutine
fridge-routine-days = Døgn
fridge-routine-note = Hvorfor (rutinen i IK-mat)
fridge-routine-save = Lagre rutinen
fridge-routine-reset = Bruk regelen igjen
fridge-rules-title = Reglene
fridge-rules-source = Kilde
