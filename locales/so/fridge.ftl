## The fridge: the food catalogue, the practice games, prep labels and the daily temperature check
# review: written by the developers; a native speaker should check these sentences
section-fridge = Qaboojiyaha
fridge-title = Qaboojiyaha iyo calaamadaha
fridge-zone-fridge = Qaboojiye
fridge-zone-freezer = Barafeeye
fridge-zone-dry = Bakhaarka qalalan
fridge-event-made = La sameeyey
fridge-event-opened = La furay
fridge-event-thawed = Barafka laga dhalaaliyey
fridge-event-delivered = La helay
fridge-hot-holding = Kulayl ku haynta
fridge-cooling = Qaboojinta
fridge-game-where-does-it-go = Xaggee la dhigaa?
fridge-game-how-cold = Intee qabow?
fridge-game-write-the-label = Qor calaamadda
fridge-game-first-in-first-out = Kii hore yimid, kii hore baxa
fridge-ask-zone = Xaggee la dhigaa { $food }?
fridge-ask-cold = { $food } { $zone ->
        [freezer] barafeeyaha
       *[fridge] qaboojiyaha
    } dhexdiisa: heerkulkee ayaa sax ah?
fridge-ask-hot = Cuntada waa la kululeeyaa si loo bixiyo. Heerkulkee ayaa sax ah?
fridge-ask-cooling = Cunto kulul ayaa qaboobaysa. { $hours } saacadood kadib: heerkulkee ayaa sax ah?
fridge-ask-label-made = Maanta waxaad samaysay { $food }. Samee calaamadda.
fridge-ask-label-opened = Maanta waxaad furtay { $food }. Samee calaamadda.
fridge-ask-label-thawed = Maanta waxaad barafka ka dhalaalisay { $food }. Samee calaamadda.
fridge-ask-label-delivered = Maanta waxaad heshay { $food }. Samee calaamadda.
fridge-ask-shelf = Tuur sanduuqa aad u duqoobay. Inta kale saar khaanadda: kan marka hore la isticmaalayo hore ayuu joogaa.
fridge-why-zone-cold = { $food } waxaa la dhigaa { $zone ->
        [freezer] barafeeyaha
       *[fridge] qaboojiyaha
    }, { $max } ama ka qabow.
fridge-why-zone-dry = { $food } waxaa la dhigaa bakhaarka qalalan: meel qalalan oo qabow, sanduuq xiran.
fridge-why-hot = Cuntada kulul lagu hayo waa inay ahaataa ugu yaraan { $min }.
fridge-why-cooling = Cuntada kulul waa in lagu qaboojiyaa wax ka hooseeya { $to } { $hours } saacadood gudahood.
fridge-why-product = Alaabtu waa { $food }.
fridge-why-made = { $event ->
        [opened] La furay
        [thawed] Barafka laga dhalaaliyey
        [delivered] La helay
       *[made] La sameeyey
    }: maanta, { $date }.
fridge-why-use-by = { $days ->
        [0] { $food } isla maalinta ayaa la isticmaalaa.
       *[other] { $food } wuxuu fiicnaanayaa { $days } maalmood.
    } { $event ->
        [opened] La furay
        [thawed] Barafka laga dhalaaliyey
        [delivered] La helay
       *[made] La sameeyey
    } { $made }, isticmaal ilaa { $date }.
fridge-why-allergens = { $food } wuxuu leeyahay xasaasiyadahan: { $list }.
fridge-why-no-allergens = { $food } ma laha mid ka mid ah 14-ka xasaasiyadood.
fridge-why-maker = Adiga ayaa cuntada sameeyey. Dooro naftaada.
fridge-why-expired = { $food } waxay ahayd in la isticmaalo ilaa { $date }. Waa in la tuuro.
fridge-why-order = Kan marka hore la isticmaalayo hore ayuu joogaa. Kan ugu cusub gadaal ayuu joogaa.
fridge-right = Waa sax!
fridge-wrong = Sax maaha.
fridge-partly = { $right } ka mid ah { $total } waa sax.
fridge-result = Waxaad saxday { $right } ka mid ah { $total }.
fridge-label-keep = { $zone ->
        [freezer] Barafeeye
       *[fridge] Qaboojiye
    }, ugu badnaan { $max }
fridge-label-use-by = Isticmaal ilaa
fridge-label-allergens = Xasaasiyad
fridge-label-no-allergens = Xasaasiyad ma leh
fridge-label-made-by = Waxaa sameeyey { $initials }
fridge-too-warm-fridge = Aad bay u kulul tahay! Qaboojiyuhu waa { $reading }. Waa inuu ahaadaa { $max } ama ka qabow. U sheeg hagaha, albaabka si fiican u xir oo mar kale cabbir saacad kadib.
fridge-too-warm-freezer = Aad bay u kulul tahay! Barafeeyuhu waa { $reading }. Waa inuu ahaadaa { $max } ama ka qabow. Isla markiiba u sheeg hagaha.
fridge-practice = Ku celceli
fridge-practice-hint = Ku celceli qaboojiyaha: meesha cuntadu gasho, intee qabow, calaamadda iyo kala horreynta.
fridge-labels = Calaamadaha
fridge-check = Heerkulka
fridge-catalogue = Cuntooyinka
fridge-question = Su'aal { $n } ka mid ah { $total }
fridge-finish = Waa dhammaatay
fridge-play-again = Mar kale ku celceli
fridge-choose-game = Dooro layli
fridge-pick-product = Waa cuntadee?
fridge-pick-made = Taariikhda la sameeyey
fridge-pick-use-by = Isticmaal ilaa
fridge-pick-allergens = Xasaasiyad: taabo kuwa cuntadu leedahay
fridge-pick-maker = Yaa cuntada sameeyey?
fridge-check-label = Hubi calaamadda
fridge-shelf-bin = Qashinka
fridge-shelf-front = Hore
fridge-shelf-back = Gadaal
fridge-shelf-step-bin = Taabo sanduuqa aad u duqoobay.
fridge-shelf-step-order = Taabo sanduuqyada si isku xigta: kan marka hore la isticmaalayo, marka hore.
fridge-shelf-again = Khaanadda ka bilow mar kale
fridge-pick-reading = Maxay muujinaysaa heerkulbeegga?
fridge-evidence-saved = Waxaa loo kaydiyey caddayn ahaan hadafka manhajka { $aim }.
fridge-print-title = Daabac calaamad
fridge-print-item = Dooro cuntada
fridge-print-recipe = Waxaa lagu sameeyey cunto karis
fridge-print-no-recipe = Cunto karis ma jiro
fridge-print-day = Taariikhda
fridge-print-today = Maanta
fridge-print-yesterday = Shalay
fridge-print-size = Cabbirka
fridge-size-62mm = Duub 62 mm
fridge-size-57x32mm = Calaamad 57 × 32 mm
fridge-print = Daabac
fridge-save-pdf = Kaliya kaydi PDF
fridge-reprint = Mar kale daabac
fridge-printed = Calaamadda waxaa loo diray daabacaha.
fridge-saved = Waxaa loo kaydiyey PDF: { $path }
fridge-label-log = Calaamadaha la daabacay
fridge-label-log-empty = Weli calaamad lama daabicin.
fridge-label-reprint-mark = nuqul
fridge-check-title = Hubinta heerkulka
fridge-check-today = Maanta waa la cabbiray
fridge-check-missing = Maanta lama cabbirin
fridge-check-limit = Ugu badnaan { $max }
fridge-check-type = Heerkulka oo darajo ah
fridge-check-save = Kaydi cabbirka
fridge-check-ok = Fiican! Heerkulku waa sax.
fridge-check-chart = 30-kii maalmood ee ugu dambeeyey
fridge-check-empty = Weli cabbir ma jiro.
fridge-check-warmer = Ka kulul
fridge-check-colder = Ka qabow
fridge-keeps = { $days ->
        [0] Isla maalinta isticmaal
       *[other] Wuxuu fiicnaanayaa { $days } maalmood
    }
fridge-max = Ugu badnaan { $max }
fridge-own-routine = Habka kafeega u gaarka ah
fridge-routine-days = Maalmood
fridge-routine-note = Sababta (habka qorshaha badbaadada cuntada)
fridge-routine-save = Kaydi habka
fridge-routine-reset = Mar kale isticmaal xeerka
fridge-rules-title = Xeerarka
fridge-rules-source = Isha
