## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
section-fridge = Kylskåpet
fridge-title = Kylskåp och märkning
fridge-zone-fridge = Kylskåp
fridge-zone-freezer = Frys
fridge-zone-dry = Torrförråd
fridge-event-made = Tillverkad
fridge-event-opened = Öppnad
fridge-event-thawed = Tinad
fridge-event-delivered = Mottagen
fridge-hot-holding = Varmhållning
fridge-cooling = Nedkylning
fridge-game-where-does-it-go = Var ska den stå?
fridge-game-how-cold = Hur kallt?
fridge-game-write-the-label = Skriv etiketten
fridge-game-first-in-first-out = Först in, först ut
fridge-ask-zone = Var ska { $food } stå?
fridge-ask-cold = { $food } i { $zone ->
        [freezer] frysen
       *[fridge] kylskåpet
    }: vilken temperatur är rätt?
fridge-ask-hot = Maten hålls varm för servering. Vilken temperatur är rätt?
fridge-ask-cooling = Varm mat kyls ned. Efter { $hours } timmar: vilken temperatur är rätt?
fridge-ask-label-made = Du har lagat { $food } i dag. Gör etiketten.
fridge-ask-label-opened = Du har öppnat { $food } i dag. Gör etiketten.
fridge-ask-label-thawed = Du har tinat { $food } i dag. Gör etiketten.
fridge-ask-label-delivered = Du har tagit emot { $food } i dag. Gör etiketten.
fridge-ask-shelf = Släng burken som är för gammal. Ställ resten på hyllan: den som ska användas först står längst fram.
fridge-why-zone-cold = { $food } ska i { $zone ->
        [freezer] frysen
       *[fridge] kylskåpet
    }, vid { $max } eller kallare.
fridge-why-zone-dry = { $food } ska i torrförrådet: torrt och svalt, i en stängd burk.
fridge-why-hot = Mat som hålls varm ska vara minst { $min }.
fridge-why-cooling = Varm mat ska kylas ned till under { $to } inom { $hours } timmar.
fridge-why-product = Produkten är { $food }.
fridge-why-made = { $event ->
        [opened] Öppnad
        [thawed] Tinad
        [delivered] Mottagen
       *[made] Tillverkad
    }: i dag, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } används samma dag.
       *[other] { $food } håller { $days } dygn.
    } { $event ->
        [opened] Öppnad
        [thawed] Tinad
        [delivered] Mottagen
       *[made] Tillverkad
    } { $made }, används senast { $date }.
fridge-why-allergens = { $food } har dessa allergener: { $list }.
fridge-why-no-allergens = { $food } har inget av de 14 allergenerna.
fridge-why-maker = Det är du som lagade maten. Välj dig själv.
fridge-why-expired = { $food } skulle användas senast { $date }. Den ska slängas.
fridge-why-order = Den som ska användas först står längst fram. Den nyaste står längst bak.
fridge-right = Rätt!
fridge-wrong = Inte rätt.
fridge-partly = { $right } av { $total } rätt.
fridge-result = Du fick { $right } av { $total } rätt.
fridge-label-keep = { $zone ->
        [freezer] Frys
       *[fridge] Kylskåp
    }, högst { $max }
fridge-label-use-by = Används senast
fridge-label-allergens = Allergener
fridge-label-no-allergens = Inga allergener
fridge-label-made-by = Gjord av { $initials }
fridge-too-warm-fridge = För varmt! Kylskåpet är { $reading }. Det ska vara { $max } eller kallare. Säg till handledaren, stäng dörren ordentligt och mät igen om en timme.
fridge-too-warm-freezer = För varmt! Frysen är { $reading }. Den ska vara { $max } eller kallare. Säg till handledaren med en gång.
fridge-practice = Öva
fridge-practice-hint = Öva på kylskåpet: var maten ska stå, hur kallt, etiketten och ordningen.
fridge-labels = Etiketter
fridge-check = Temperatur
fridge-catalogue = Livsmedel
fridge-question = Fråga { $n } av { $total }
fridge-finish = Klar
fridge-play-again = Öva en gång till
fridge-choose-game = Välj en övning
fridge-pick-product = Vilken mat är det?
fridge-pick-made = Datum tillverkad
fridge-pick-use-by = Används senast
fridge-pick-allergens = Allergener: tryck på dem maten har
fridge-pick-maker = Vem lagade maten?
fridge-check-label = Kontrollera etiketten
fridge-shelf-bin = Soporna
fridge-shelf-front = Längst fram
fridge-shelf-back = Längst bak
fridge-shelf-step-bin = Tryck på burken som är för gammal.
fridge-shelf-step-order = Tryck på burkarna i ordning: den som ska användas först, först.
fridge-shelf-again = Börja om med hyllan
fridge-pick-reading = Vad visar termometern?
fridge-evidence-saved = Sparat som bevis för kunskapsmål { $aim }.
fridge-print-title = Skriv ut etikett
fridge-print-item = Välj livsmedlet
fridge-print-recipe = Lagad efter recept
fridge-print-no-recipe = Inget recept
fridge-print-day = Datum
fridge-print-today = I dag
fridge-print-yesterday = I går
fridge-print-size = Storlek
fridge-size-62mm = Rulle 62 mm
fridge-size-57x32mm = Etikett 57 × 32 mm
fridge-print = Skriv ut
fridge-save-pdf = Spara bara PDF
fridge-reprint = Skriv ut igen
fridge-printed = Etiketten har skickats till skrivaren.
fridge-saved = Sparad som PDF: { $path }
fridge-label-log = Utskrivna etiketter
fridge-label-log-empty = Inga etiketter har skrivits ut än.
fridge-label-reprint-mark = kopia
fridge-check-title = Temperaturkontroll
fridge-check-today = Mätt i dag
fridge-check-missing = Inte mätt i dag
fridge-check-limit = Högst { $max }
fridge-check-type = Temperatur i grader
fridge-check-save = Spara mätningen
fridge-check-ok = Bra! Temperaturen är rätt.
fridge-check-chart = De senaste 30 dagarna
fridge-check-empty = Inga mätningar än.
fridge-check-warmer = Varmare
fridge-check-colder = Kallare
fridge-keeps = { $days ->
        [0] Används samma dag
       *[other] Håller { $days } dygn
    }
fridge-max = Högst { $max }
fridge-own-routine = Kaféets egen rutin
fridge-routine-days = Dygn
fridge-routine-note = Varför (rutinen i egenkontrollen)
fridge-routine-save = Spara rutinen
fridge-routine-reset = Använd regeln igen
fridge-rules-title = Reglerna
fridge-rules-source = Källa
