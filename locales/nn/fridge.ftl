## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
section-fridge = Kjøleskapet
fridge-title = Kjøleskap og merking
fridge-zone-fridge = Kjøleskap
fridge-zone-freezer = Frysar
fridge-zone-dry = Tørrlager
fridge-event-made = Laga
fridge-event-opened = Opna
fridge-event-thawed = Tint
fridge-event-delivered = Motteke
fridge-hot-holding = Varmhalding
fridge-cooling = Nedkjøling
fridge-game-where-does-it-go = Kvar skal han stå?
fridge-game-how-cold = Kor kaldt?
fridge-game-write-the-label = Skriv etiketten
fridge-game-first-in-first-out = Først inn, først ut
fridge-ask-zone = Kvar skal { $food } stå?
fridge-ask-cold = { $food } i { $zone ->
        [freezer] frysaren
       *[fridge] kjøleskapet
    }: kva temperatur er rett?
fridge-ask-hot = Maten vert halden varm til servering. Kva temperatur er rett?
fridge-ask-cooling = Varm mat vert kjølt ned. Etter { $hours } timar: kva temperatur er rett?
fridge-ask-label-made = Du har laga { $food } i dag. Lag etiketten.
fridge-ask-label-opened = Du har opna { $food } i dag. Lag etiketten.
fridge-ask-label-thawed = Du har tint { $food } i dag. Lag etiketten.
fridge-ask-label-delivered = Du har teke imot { $food } i dag. Lag etiketten.
fridge-ask-shelf = Kast boksen som er for gammal. Set resten i hylla: den som må brukast først, står fremst.
fridge-why-zone-cold = { $food } skal i { $zone ->
        [freezer] frysaren
       *[fridge] kjøleskapet
    }, på { $max } eller kaldare.
fridge-why-zone-dry = { $food } skal i tørrlageret: tørt og kjølig, i ein lukka boks.
fridge-why-hot = Mat som vert halden varm, skal vere minst { $min }.
fridge-why-cooling = Varm mat skal kjølast ned til under { $to } innan { $hours } timar.
fridge-why-product = Produktet er { $food }.
fridge-why-made = { $event ->
        [opened] Opna
        [thawed] Tint
        [delivered] Motteke
       *[made] Laga
    }: i dag, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } vert brukt same dag.
       *[other] { $food } held seg { $days } døgn.
    } { $event ->
        [opened] Opna
        [thawed] Tint
        [delivered] Motteke
       *[made] Laga
    } { $made }, brukast innan { $date }.
fridge-why-allergens = { $food } har desse allergena: { $list }.
fridge-why-no-allergens = { $food } har ingen av dei 14 allergena.
fridge-why-maker = Det er du som laga maten. Vel deg sjølv.
fridge-why-expired = { $food } skulle brukast innan { $date }. Han skal kastast.
fridge-why-order = Den som må brukast først, står fremst. Den nyaste står bakarst.
fridge-right = Rett!
fridge-wrong = Ikkje rett.
fridge-partly = { $right } av { $total } rett.
fridge-result = Du fekk { $right } av { $total } rett.
fridge-label-keep = { $zone ->
        [freezer] Frysar
       *[fridge] Kjøleskap
    }, høgst { $max }
fridge-label-use-by = Brukast innan
fridge-label-allergens = Allergen
fridge-label-no-allergens = Ingen allergen
fridge-label-made-by = Laga av { $initials }
fridge-too-warm-fridge = For varmt! Kjøleskapet er { $reading }. Det skal vere { $max } eller kaldare. Sei frå til rettleiaren, lat att døra godt og mål igjen om ein time.
fridge-too-warm-freezer = For varmt! Frysaren er { $reading }. Han skal vere { $max } eller kaldare. Sei frå til rettleiaren med ein gong.
fridge-practice = Øv
fridge-practice-hint = Øv på kjøleskapet: kvar maten skal stå, kor kaldt, etiketten og rekkjefølgja.
fridge-labels = Etikettar
fridge-check = Temperatur
fridge-catalogue = Matvarer
fridge-question = Spørsmål { $n } av { $total }
fridge-finish = Ferdig
fridge-play-again = Øv ein gong til
fridge-choose-game = Vel ei øving
fridge-pick-product = Kva mat er det?
fridge-pick-made = Dato laga
fridge-pick-use-by = Brukast innan
fridge-pick-allergens = Allergen: trykk på dei maten har
fridge-pick-maker = Kven laga maten?
fridge-check-label = Sjekk etiketten
fridge-shelf-bin = Søppel
fridge-shelf-front = Fremst
fridge-shelf-back = Bakarst
fridge-shelf-step-bin = Trykk på boksen som er for gammal.
fridge-shelf-step-order = Trykk på boksane i rekkjefølgje: den som må brukast først, først.
fridge-shelf-again = Start hylla på nytt
fridge-pick-reading = Kva viser termometeret?
fridge-evidence-saved = Lagra som prov for læreplanmål { $aim }.
fridge-print-title = Skriv ut etikett
fridge-print-item = Vel matvara
fridge-print-recipe = Laga etter oppskrift
fridge-print-no-recipe = Inga oppskrift
fridge-print-day = Dato
fridge-print-today = I dag
fridge-print-yesterday = I går
fridge-print-size = Storleik
fridge-size-62mm = Rull 62 mm
fridge-size-57x32mm = Etikett 57 × 32 mm
fridge-print = Skriv ut
fridge-save-pdf = Berre lagre PDF
fridge-reprint = Skriv ut igjen
fridge-printed = Etiketten er send til skrivaren.
fridge-saved = Lagra som PDF: { $path }
fridge-label-log = Utskrivne etikettar
fridge-label-log-empty = Ingen etikettar er skrivne ut enno.
fridge-label-reprint-mark = kopi
fridge-check-title = Temperaturkontroll
fridge-check-today = Målt i dag
fridge-check-missing = Ikkje målt i dag
fridge-check-limit = Høgst { $max }
fridge-check-type = Temperatur i gradar
fridge-check-save = Lagre målinga
fridge-check-ok = Bra! Temperaturen er rett.
fridge-check-chart = Dei siste 30 dagane
fridge-check-empty = Ingen målingar enno.
fridge-check-warmer = Varmare
fridge-check-colder = Kaldare
fridge-keeps = { $days ->
        [0] Brukast same dag
       *[other] Held seg { $days } døgn
    }
fridge-max = Høgst { $max }
fridge-own-routine = Kaféen sin eigen rutine
fridge-routine-days = Døgn
fridge-routine-note = Kvifor (rutinen i IK-mat)
fridge-routine-save = Lagre rutinen
fridge-routine-reset = Bruk regelen igjen
fridge-rules-title = Reglane
fridge-rules-source = Kjelde
