## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers; a native speaker should check these sentences
section-fridge = Sarinc
fridge-title = Sarinc û etîket
fridge-zone-fridge = Sarinc
fridge-zone-freezer = Cemidok
fridge-zone-dry = Embara hişk
fridge-event-made = Hatiye çêkirin
fridge-event-opened = Hatiye vekirin
fridge-event-thawed = Hatiye helandin
fridge-event-delivered = Hatiye wergirtin
fridge-hot-holding = Germ hiştin
fridge-cooling = Sarkirin
fridge-game-where-does-it-go = Li ku tê danîn?
fridge-game-how-cold = Çiqas sar?
fridge-game-write-the-label = Etîketê binivîse
fridge-game-first-in-first-out = Yê pêşî hat, pêşî diçe
fridge-ask-zone = { $food } li ku tê danîn?
fridge-ask-cold = { $food } di { $zone ->
        [freezer] cemidokê
       *[fridge] sarincê
    } de: kîjan germahî rast e?
fridge-ask-hot = Xwarin ji bo pêşkêşkirinê germ tê hiştin. Kîjan germahî rast e?
fridge-ask-cooling = Xwarina germ sar dibe. Piştî { $hours } saetan: kîjan germahî rast e?
fridge-ask-label-made = Te îro { $food } çêkir. Etîketê çêke.
fridge-ask-label-opened = Te îro { $food } vekir. Etîketê çêke.
fridge-ask-label-thawed = Te îro { $food } helandin. Etîketê çêke.
fridge-ask-label-delivered = Te îro { $food } wergirt. Etîketê çêke.
fridge-ask-shelf = Qutiya ku pir kevn e bavêje. Yên din deyne ser refikê: ya ku divê pêşî were bikaranîn, li pêş e.
fridge-why-zone-cold = { $food } dikeve { $zone ->
        [freezer] cemidokê
       *[fridge] sarincê
    }, di { $max } an sartir de.
fridge-why-zone-dry = { $food } dikeve embara hişk: hişk û hênik, di qutiyeke girtî de.
fridge-why-hot = Xwarina ku germ tê hiştin divê herî kêm { $min } be.
fridge-why-cooling = Divê xwarina germ di nav { $hours } saetan de heta binî { $to } were sarkirin.
fridge-why-product = Berhem { $food } e.
fridge-why-made = { $event ->
        [opened] Hatiye vekirin
        [thawed] Hatiye helandin
        [delivered] Hatiye wergirtin
       *[made] Hatiye çêkirin
    }: îro, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } heman rojê tê bikaranîn.
       *[other] { $food } { $days } rojan baş dimîne.
    } { $event ->
        [opened] Hatiye vekirin
        [thawed] Hatiye helandin
        [delivered] Hatiye wergirtin
       *[made] Hatiye çêkirin
    } { $made }, heta { $date } bikar bîne.
fridge-why-allergens = Di { $food } de ev alerjen hene: { $list }.
fridge-why-no-allergens = Di { $food } de tu ji 14 alerjenan tune.
fridge-why-maker = Te xwarin çêkir. Xwe hilbijêre.
fridge-why-expired = Diviya bû { $food } heta { $date } were bikaranîn. Divê were avêtin.
fridge-why-order = Ya ku divê pêşî were bikaranîn li pêş e. Ya herî nû li paş e.
fridge-right = Rast e!
fridge-wrong = Ne rast e.
fridge-partly = { $right } ji { $total } rast.
fridge-result = Te { $right } ji { $total } rast bersiv da.
fridge-label-keep = { $zone ->
        [freezer] Cemidok
       *[fridge] Sarinc
    }, herî zêde { $max }
fridge-label-use-by = Heta vê dîrokê bikar bîne
fridge-label-allergens = Alerjen
fridge-label-no-allergens = Alerjen tune
fridge-label-made-by = Çêker { $initials }
fridge-too-warm-fridge = Pir germ e! Sarinc { $reading } e. Divê { $max } an sartir be. Ji rêberê re bêje, derî baş bigire û piştî saetekê dîsa bipîve.
fridge-too-warm-freezer = Pir germ e! Cemidok { $reading } e. Divê { $max } an sartir be. Tavilê ji rêberê re bêje.
fridge-practice = Perwerde bike
fridge-practice-hint = Sarincê perwerde bike: xwarin li ku diçe, çiqas sar, etîket û rêz.
fridge-labels = Etîket
fridge-check = Germahî
fridge-catalogue = Xwarin
fridge-question = Pirs { $n } ji { $total }
fridge-finish = Qediya
fridge-play-again = Dîsa perwerde bike
fridge-choose-game = Perwerdeyekê hilbijêre
fridge-pick-product = Ev kîjan xwarin e?
fridge-pick-made = Dîroka çêkirinê
fridge-pick-use-by = Heta vê dîrokê bikar bîne
fridge-pick-allergens = Alerjen: li yên ku di xwarinê de hene bitikîne
fridge-pick-maker = Kê xwarin çêkir?
fridge-check-label = Etîketê kontrol bike
fridge-shelf-bin = Zibil
fridge-shelf-front = Pêş
fridge-shelf-back = Paş
fridge-shelf-step-bin = Li qutiya ku pir kevn e bitikîne.
fridge-shelf-step-order = Li qutiyan bi rêzê bitikîne: ya ku divê pêşî were bikaranîn, pêşî.
fridge-shelf-again = Refikê ji nû ve dest pê bike
fridge-pick-reading = Germpîv çi nîşan dide?
fridge-evidence-saved = Wek delîl ji bo armanca bernameyê { $aim } hate tomarkirin.
fridge-print-title = Etîketê çap bike
fridge-print-item = Xwarinê hilbijêre
fridge-print-recipe = Li gorî reçeteyê hatiye çêkirin
fridge-print-no-recipe = Reçete tune
fridge-print-day = Dîrok
fridge-print-today = Îro
fridge-print-yesterday = Duh
fridge-print-size = Mezinahî
fridge-size-62mm = Lûleya 62 mm
fridge-size-57x32mm = Etîketa 57 × 32 mm
fridge-print = Çap bike
fridge-save-pdf = Tenê PDF tomar bike
fridge-reprint = Dîsa çap bike
fridge-printed = Etîket ji çapkerê re hate şandin.
fridge-saved = Wek PDF hate tomarkirin: { $path }
fridge-label-log = Etîketên çapkirî
fridge-label-log-empty = Hîn tu etîket nehatiye çapkirin.
fridge-label-reprint-mark = kopî
fridge-check-title = Kontrola germahiyê
fridge-check-today = Îro hate pîvandin
fridge-check-missing = Îro nehatiye pîvandin
fridge-check-limit = Herî zêde { $max }
fridge-check-type = Germahî bi derece
fridge-check-save = Pîvanê tomar bike
fridge-check-ok = Baş e! Germahî rast e.
fridge-check-chart = 30 rojên dawî
fridge-check-empty = Hîn pîvan tune.
fridge-check-warmer = Germtir
fridge-check-colder = Sartir
fridge-keeps = { $days ->
        [0] Heman rojê bikar bîne
       *[other] { $days } rojan baş dimîne
    }
fridge-max = Herî zêde { $max }
fridge-own-routine = Rêbaza kafeyê ya xwe
fridge-routine-days = Roj
fridge-routine-note = Çima (rêbaza di plana ewlehiya xwarinê de)
fridge-routine-save = Rêbazê tomar bike
fridge-routine-reset = Dîsa qaîdeyê bikar bîne
fridge-rules-title = Qaîde
fridge-rules-source = Çavkanî
